use arkui::prelude::*;

#[component_v2]
struct Child {
    #[event(|_| {})]
    on_change: fn(i32),
}

impl Child {
    fn build(&self) -> impl View {
        ui! { Text("x") }
    }
}

fn main() {}
