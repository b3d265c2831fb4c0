use arkui::prelude::*;

fn view() -> impl View {
    ui! { Column(gap = 4.vp()) {} }
}

fn main() {
    let _ = view;
}
