use arkui::prelude::*;

fn view() -> impl View {
    ui! {}
}

fn main() {
    let _ = view;
}
