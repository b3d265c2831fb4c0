use arkui::prelude::*;

fn view() -> impl View {
    ui! { Colum() { Text("a") } }
}

fn main() {
    let _ = view;
}
