use arkui::prelude::*;

fn view(items: Vec<u32>) -> impl View {
    ui! {
        Column() {
            ForEach(items.clone(), |it| { Text(it.to_string()) })
        }
    }
}

fn main() {
    let _ = view;
}
