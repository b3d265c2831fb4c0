use arkui::prelude::*;

#[component]
struct Counter {
    #[state(0)]
    #[watch]
    count: i32,
}

impl Counter {
    fn build(&self) -> impl View {
        ui! { Text("x") }
    }
}

fn main() {}
