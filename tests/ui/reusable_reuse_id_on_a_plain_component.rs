use arkui::prelude::*;

#[component]
struct Plain {
    #[prop]
    n: u32,
}

impl Plain {
    fn build(&self) -> impl View {
        ui! { Text(format!("{}", self.n.get())) }
    }
}

#[component]
struct Page {}

impl Page {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Plain(n = 1).reuse_id("kind")
            }
        }
    }
}

fn main() {}
