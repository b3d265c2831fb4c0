use arkui::prelude::*;

#[component_v2]
struct Child {
    #[param]
    items: Vec<String>,
}

impl Child {
    fn build(&self) -> impl View {
        ui! { Button("add").on_click(move |_| self.items.update(|v| v.push("x".into()))) }
    }
}

fn main() {}
