use arkui::prelude::*;

#[component]
struct Volume {
    #[storage_link]
    volume: u8,
}

impl Volume {
    fn build(&self) -> impl View {
        ui! { Text("x") }
    }
}

fn main() {}
