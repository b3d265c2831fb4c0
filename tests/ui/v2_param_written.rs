use arkui::prelude::*;

#[component_v2]
struct Child {
    #[param(0)]
    value: i32,
}

impl Child {
    fn build(&self) -> impl View {
        ui! { Button("reset").on_click(move |_| self.value.set(0)) }
    }
}

fn main() {}
