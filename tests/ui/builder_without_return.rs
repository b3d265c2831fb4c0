use arkui::prelude::*;

#[builder]
fn header(title: &str) {
    let _ = title;
}

fn main() {}
