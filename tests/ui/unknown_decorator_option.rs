use arkui::prelude::*;

#[component]
struct Themed {
    #[provide(colour = "red")]
    theme: String,
}

impl Themed {
    fn build(&self) -> impl View {
        ui! { Text("x") }
    }
}

fn main() {}
