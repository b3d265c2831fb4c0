use arkui::prelude::*;

fn view(show: bool) -> impl View {
    ui! {
        Column() {
            if show { Text("a") }.width(10.vp())
        }
    }
}

fn main() {
    let _ = view;
}
