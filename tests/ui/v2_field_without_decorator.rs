use arkui::prelude::*;

#[component_v2]
struct Counter {
    count: i32,
}

impl Counter {
    fn build(&self) -> impl View {
        ui! { Text("x") }
    }
}

fn main() {}
