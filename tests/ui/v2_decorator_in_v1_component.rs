use arkui::prelude::*;

#[component]
struct Counter {
    #[state(0)]
    count: i32,
    #[param(0)]
    step: i32,
}

impl Counter {
    fn build(&self) -> impl View {
        ui! { Text(format!("{}", self.count.get())) }
    }
}

fn main() {}
