use arkui::prelude::*;

#[component]
struct Child {
    #[prop(0)]
    count: i32,
}

impl Child {
    fn build(&self) -> impl View {
        ui! { Text(format!("{}", self.count.get())) }
    }
}

fn view() -> impl View {
    ui! { Column() { Child(count = "three") } }
}

fn main() {
    let _ = view;
}
