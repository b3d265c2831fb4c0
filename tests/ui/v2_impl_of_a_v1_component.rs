use arkui::prelude::*;

#[component]
struct Counter {
    #[state(0)]
    count: i32,
}

#[component_v2]
impl Counter {
    #[monitor("count")]
    fn changed(&self, _m: &Monitor) {}

    fn build(&self) -> impl View {
        ui! { Text(format!("{}", self.count.get())) }
    }
}

fn main() {}
