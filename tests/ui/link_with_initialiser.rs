use arkui::prelude::*;

#[component]
struct Child {
    #[link(5)]
    count: i32,
}

impl Child {
    fn build(&self) -> impl View {
        ui! { Text("x") }
    }
}

fn main() {}
