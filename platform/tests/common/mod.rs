//! A small UI shared by the platform tests: a 100x40 box `tap` at the top centre that
//! toggles red / blue when clicked, above a 60x60 green box `other`.
#![allow(
    dead_code,
    reason = "each test binary uses a different part of this module"
)]

use arkui_core::{App, Color, CommonAttribute, DeviceProfile, NodeId, NodeKind, State};
use arkui_platform::TestApp;

pub(crate) fn colour(clicks: i32) -> Color {
    if clicks % 2 == 0 {
        Color::RED
    } else {
        Color::BLUE
    }
}

fn view(clicks: State<i32>) -> NodeId {
    let column = NodeId::create("Column", NodeKind::Flex);
    let tap = NodeId::create("Button", NodeKind::Flex)
        .width(100.0)
        .height(40.0)
        .id("tap")
        .on_click(move |_| clicks.update(|c| *c += 1));
    arkui_core::macro_support::attr(
        move || colour(clicks.get()),
        move |c| tap.set_visual(|v| v.background_color = c),
    );
    let other = NodeId::create("Column", NodeKind::Flex)
        .width(60.0)
        .height(60.0)
        .background_color(Color::GREEN)
        .id("other");
    column.append(tap);
    column.append(other);
    column
}

/// The toggle UI as an [`App`], with its click counter.
pub(crate) fn toggle_app(profile: DeviceProfile) -> (App, State<i32>) {
    arkui_core::set_font_source(arkui_renderer::text::FontSource::BundledOnly);
    let clicks = State::new(0);
    (App::with_view(profile, move || view(clicks)), clicks)
}

/// The same UI in the headless harness (the reference frames).
pub(crate) fn toggle_test_app(profile: DeviceProfile) -> (TestApp, State<i32>) {
    let clicks = State::new(0);
    (TestApp::with_view(profile, move || view(clicks)), clicks)
}

/// The reference frame for `clicks` clicks at `size`, as RGBA bytes.
pub(crate) fn reference_rgba(profile: DeviceProfile, size: (u32, u32), clicks: i32) -> Vec<u8> {
    let (mut t, state) = toggle_test_app(profile);
    state.set(clicks);
    t.app().resize(size.0, size.1);
    t.render().pixels().to_vec()
}

/// Pixels whose channels differ by more than `tolerance` (alpha ignored).
pub(crate) fn count_differing_rgb(a: &[u8], b: &[u8], tolerance: u8) -> usize {
    assert_eq!(a.len(), b.len(), "frames of different sizes");
    a.chunks_exact(4)
        .zip(b.chunks_exact(4))
        .filter(|(p, q)| (0..3).any(|i| p[i].abs_diff(q[i]) > tolerance))
        .count()
}
