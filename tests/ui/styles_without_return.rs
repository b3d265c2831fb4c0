use arkui::prelude::*;

#[styles]
fn card<W: CommonAttribute>(w: W) {
    let _ = w;
}

fn main() {}
