use arkui::prelude::*;

fn view(items: Vec<u32>) -> impl View {
    ui! {
        Column() {
            ForEach(items.clone())
        }
    }
}

fn main() {
    let _ = view;
}
