use arkui::prelude::*;

fn view() -> impl View {
    ui! { Text(42) }
}

fn main() {
    let _ = view;
}
