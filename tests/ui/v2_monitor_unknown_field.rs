use arkui::prelude::*;

#[component_v2]
struct Counter {
    #[local]
    count: i32,
}

#[component_v2]
impl Counter {
    #[monitor("cuont")]
    fn changed(&self, _m: &Monitor) {}

    fn build(&self) -> impl View {
        ui! { Text(format!("{}", self.count.get())) }
    }
}

fn main() {}
