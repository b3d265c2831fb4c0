use arkui::prelude::*;

#[component_v2]
struct Child {
    #[local]
    count: i32,
}

impl Child {
    fn build(&self) -> impl View {
        ui! { Text(format!("{}", self.count.get())) }
    }
}

#[component_v2]
struct Parent {}

impl Parent {
    fn build(&self) -> impl View {
        ui! { Column() { Child(count = 5) } }
    }
}

fn main() {}
