use arkui::prelude::*;

#[styles]
fn card<W: CommonAttribute>(w: W, radius: f32) -> W {
    w.border_radius(radius.vp())
}

fn main() {}
