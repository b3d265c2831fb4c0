use arkui::prelude::*;

fn view() -> impl View {
    ui! {
        Text("a")
        Text("b")
    }
}

fn main() {
    let _ = view;
}
