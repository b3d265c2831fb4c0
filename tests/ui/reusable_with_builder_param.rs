use arkui::prelude::*;

#[reusable]
#[component]
struct Card {
    #[builder_param]
    content: BuilderParam,
}

impl Card {
    fn build(&self) -> impl View {
        ui! { Column() { self.content.view() } }
    }
}

fn main() {}
