use arkui::prelude::*;

fn view() -> impl View {
    ui! { Text("a").font_sise(12.fp()) }
}

fn main() {
    let _ = view;
}
