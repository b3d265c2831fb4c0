use arkui::prelude::*;

#[component_v2]
struct Themed {
    #[provider("blue".to_string(), name = "accent")]
    accent: String,
}

impl Themed {
    fn build(&self) -> impl View {
        ui! { Text(self.accent.get()) }
    }
}

#[component_v2]
struct Page {}

impl Page {
    fn build(&self) -> impl View {
        ui! { Column() { Themed(accent = "red") } }
    }
}

fn main() {}
