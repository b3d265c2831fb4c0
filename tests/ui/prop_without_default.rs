use arkui::prelude::*;

struct Config {
    level: u8,
}

#[component]
struct Child {
    #[prop]
    config: Config,
}

impl Child {
    fn build(&self) -> impl View {
        ui! { Text("x") }
    }
}

fn main() {}
