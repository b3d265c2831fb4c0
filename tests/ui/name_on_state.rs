use arkui::prelude::*;

#[component]
struct Counter {
    #[state(name = "count", default = 1)]
    count: i32,
}

impl Counter {
    fn build(&self) -> impl View {
        ui! { Text("x") }
    }
}

fn main() {}
