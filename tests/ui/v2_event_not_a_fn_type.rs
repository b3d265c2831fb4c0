use arkui::prelude::*;

#[component_v2]
struct Child {
    #[event]
    on_change: i32,
}

impl Child {
    fn build(&self) -> impl View {
        ui! { Text("x") }
    }
}

fn main() {}
