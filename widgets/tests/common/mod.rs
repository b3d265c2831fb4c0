//! Helpers the widget tests share: pixel comparisons and inspector lookups.

#![allow(dead_code, reason = "each test file uses a different subset")]

use arkui::Color;
use arkui::platform::TestApp;

/// Whether `px` is `c` within `tol` on every channel (the iot profile renders to RGB565, so
/// colours come back quantised).
pub(crate) fn near(px: [u8; 4], c: Color, tol: u8) -> bool {
    let d = |a: u8, b: u8| a.abs_diff(b) <= tol;
    d(px[0], c.r) && d(px[1], c.g) && d(px[2], c.b)
}

/// Assert `near`, with the colours in the message.
#[track_caller]
pub(crate) fn assert_near(px: [u8; 4], c: Color, what: &str) {
    assert!(near(px, c, 10), "{what}: pixel {px:?} is not {c:?}");
}

/// The pixel at `(fx, fy)` of the rect of `.id(id)` (fractions of its width and height).
pub(crate) fn pixel_in(t: &mut TestApp, id: &str, fx: f32, fy: f32) -> [u8; 4] {
    let r = t.rect(id).unwrap_or_else(|| panic!("{id} is mounted"));
    let (x, y) = (r.x + r.width * fx, r.y + r.height * fy);
    t.render().pixel(x as u32, y as u32)
}

/// `$attrs[name]` of `.id(id)` as a string.
pub(crate) fn attr(t: &mut TestApp, id: &str, name: &str) -> String {
    let v = t.inspect(id).unwrap_or_else(|| panic!("{id} is mounted"));
    v["$attrs"][name]
        .as_str()
        .unwrap_or_else(|| panic!("{id} has no attribute {name}: {}", v["$attrs"]))
        .to_string()
}

/// Click `.id(id)` at `(fx, fy)` of its rect.
pub(crate) fn click_at(t: &mut TestApp, id: &str, fx: f32, fy: f32) {
    let r = t.rect(id).unwrap_or_else(|| panic!("{id} is mounted"));
    t.app().click_at(r.x + r.width * fx, r.y + r.height * fy);
}

/// The light theme's brand colour.
pub(crate) const BRAND: Color = Color::from_rgb(0x007DFF);
