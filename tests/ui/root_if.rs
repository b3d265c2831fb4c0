use arkui::prelude::*;

fn view(show: bool) -> impl View {
    ui! {
        if show { Text("a") }
    }
}

fn main() {
    let _ = view;
}
