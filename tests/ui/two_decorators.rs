use arkui::prelude::*;

#[component]
struct Child {
    #[state]
    #[prop]
    count: i32,
}

impl Child {
    fn build(&self) -> impl View {
        ui! { Text("x") }
    }
}

fn main() {}
