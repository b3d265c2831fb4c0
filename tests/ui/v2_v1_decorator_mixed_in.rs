use arkui::prelude::*;

#[component_v2]
struct Counter {
    #[local]
    count: i32,
    #[state(0)]
    old: i32,
}

impl Counter {
    fn build(&self) -> impl View {
        ui! { Text(format!("{}", self.count.get())) }
    }
}

fn main() {}
