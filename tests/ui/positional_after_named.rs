use arkui::prelude::*;

fn view() -> impl View {
    ui! { Column(space = 4.vp(), 5) {} }
}

fn main() {
    let _ = view;
}
