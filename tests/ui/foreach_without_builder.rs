use arkui::prelude::*;

fn view(items: Vec<u32>) -> impl View {
    ui! {
        Column() {
            ForEach(items.clone(), |it| *it)
        }
    }
}

fn main() {
    let _ = view;
}
