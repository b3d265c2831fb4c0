use arkui::prelude::*;

#[component]
struct Card {
    #[builder_param(5)]
    content: BuilderParam,
}

impl Card {
    fn build(&self) -> impl View {
        ui! { Column() { self.content.view() } }
    }
}

fn main() {}
