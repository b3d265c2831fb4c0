use arkui::prelude::*;

#[component]
struct Plain {
    count: i32,
}

impl Plain {
    fn build(&self) -> impl View {
        ui! { Text("x") }
    }
}

fn main() {}
