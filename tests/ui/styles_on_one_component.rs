use arkui::prelude::*;

#[styles]
fn card(t: Text) -> Text {
    t.padding(8.vp())
}

fn main() {}
