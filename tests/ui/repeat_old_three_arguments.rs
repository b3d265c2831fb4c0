use arkui::prelude::*;

#[component]
struct Page {
    #[state(vec![1, 2, 3])]
    items: Vec<u32>,
}

impl Page {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Repeat(self.items.get(), |n| *n, |n: u32| { Text(format!("{n}")) })
            }
        }
    }
}

fn main() {}
