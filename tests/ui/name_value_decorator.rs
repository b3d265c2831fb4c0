use arkui::prelude::*;

#[component]
struct Counter {
    #[state = 5]
    count: i32,
}

impl Counter {
    fn build(&self) -> impl View {
        ui! { Text("x") }
    }
}

fn main() {}
