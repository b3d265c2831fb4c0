use arkui::prelude::*;

fn view() -> impl View {
    ui! { Text("a").font_color(5) }
}

fn main() {
    let _ = view;
}
