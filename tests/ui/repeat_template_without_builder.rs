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
                Repeat(self.items.get())
                    .each(|ri| { Text(format!("{}", ri.item.get())) })
                    .template("odd")
            }
        }
    }
}

fn main() {}
