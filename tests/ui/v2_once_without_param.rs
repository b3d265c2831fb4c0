use arkui::prelude::*;

#[component_v2]
struct Counter {
    #[local]
    #[once]
    count: i32,
}

impl Counter {
    fn build(&self) -> impl View {
        ui! { Text(format!("{}", self.count.get())) }
    }
}

fn main() {}
