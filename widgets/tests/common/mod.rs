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

/// The pixel `(dx, dy)` px from the top-left of `.id(id)`.
pub(crate) fn pixel_at(t: &mut TestApp, id: &str, dx: f32, dy: f32) -> [u8; 4] {
    let r = t.rect(id).unwrap_or_else(|| panic!("{id} is mounted"));
    t.render().pixel((r.x + dx) as u32, (r.y + dy) as u32)
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

/// The app's current display list painted whole into a fresh buffer (RGBA): what the
/// incrementally painted canvas must equal.
pub(crate) fn full_repaint(t: &mut TestApp) -> Vec<u8> {
    use arkui::renderer::IRect;
    use arkui::renderer::damage::FrameDamage;
    use arkui::renderer::software::{PixelFormat, RenderTarget, SoftwareRenderer};
    let app = t.app();
    let (w, h) = app.size();
    let mut pixels = vec![0u8; w as usize * h as usize * 4];
    let mut target = RenderTarget::new(&mut pixels, w, h, w as usize * 4, PixelFormat::Rgba8888)
        .expect("a buffer of the app's size");
    let full = FrameDamage::full(IRect::from_size(w, h));
    let (list, images) = (app.display_list(), app.image_cache());
    arkui::with_fonts(|fonts| {
        SoftwareRenderer::new().render_frame(list, &mut target, fonts, images, &full)
    });
    pixels
}

/// Pixels of two RGBA buffers that differ by more than `tolerance` in a channel.
pub(crate) fn differing(a: &[u8], b: &[u8], tolerance: u8) -> usize {
    a.chunks(4)
        .zip(b.chunks(4))
        .filter(|(p, q)| {
            p.iter()
                .zip(q.iter())
                .any(|(x, y)| x.abs_diff(*y) > tolerance)
        })
        .count()
}
