use arkui::prelude::*;

#[component]
struct Form {
    #[state("x".to_string())]
    name: String,
}

impl Form {
    fn build(&self) -> impl View {
        ui! { Text(content = bind!(self.name)) }
    }
}

fn main() {}
