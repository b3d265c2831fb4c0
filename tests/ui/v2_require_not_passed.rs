use arkui::prelude::*;

#[component_v2]
struct Card {
    #[param(String::new())]
    #[require]
    title: String,
    #[param(0)]
    width: i32,
}

impl Card {
    fn build(&self) -> impl View {
        ui! { Text(self.title.get()) }
    }
}

#[component_v2]
struct Page {}

impl Page {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Card(width = 3)
            }
        }
    }
}

fn main() {}
