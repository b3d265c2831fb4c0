//! Scroll: fling with friction, spring-back from overscroll and the scroll bar, on the frame
//! clock.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::{Column, Scroll};

fn page(edge: EdgeEffect, bar: BarState) -> impl FnOnce() -> Scroll {
    move || {
        Scroll::new()
            .width(200.0)
            .height(200.0)
            .edge_effect(edge)
            .scroll_bar(bar)
            .id("scroll")
            .child(Column::new().width(200.0).height(2000.0).id("content"))
    }
}

fn step(t: &mut TestApp, ms: f64) {
    t.app().advance_time(ms);
    t.app().frame();
}

/// Drag vertically by `dy` in 6 moves 10 ms apart from the scroll's centre, starting at `ms`.
fn drag(t: &mut TestApp, ms: f64, dy: f32) -> f64 {
    let r = t.rect("scroll").unwrap();
    let (x, y) = (r.x + 100.0, r.y + 100.0);
    step(t, ms);
    t.app().pointer_down(x, y);
    for i in 1..=6 {
        step(t, ms + 10.0 * f64::from(i));
        t.app().pointer_move(x, y + dy * i as f32 / 6.0);
    }
    t.app().pointer_up(x, y + dy);
    ms + 60.0
}

fn settle(t: &mut TestApp, mut ms: f64) -> f64 {
    for _ in 0..2000 {
        if !t.app().is_animating() {
            break;
        }
        ms += 16.0;
        step(t, ms);
    }
    ms
}

#[test]
fn a_released_drag_flings_by_velocity_over_friction() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), page(EdgeEffect::None, BarState::Auto));
    let s = Scroll::from_id(t.app(), "scroll").unwrap();
    let released = drag(&mut t, 1000.0, -60.0);
    assert_eq!(s.offset().1, 60.0);
    settle(&mut t, released);
    // The last 50 px took 50 ms: 1000 px/s; friction 0.6 * 4.2 decays it, adding 1000 / 2.52.
    let expected = 60.0 + 1000.0 / 2.52;
    assert!(
        (s.offset().1 - expected).abs() < 1.5,
        "flung to {:?}",
        s.offset()
    );
}

#[test]
fn spring_edge_effect_pulls_past_the_top_and_returns_to_zero() {
    let mut t = TestApp::with_view(
        DeviceProfile::iot(),
        page(EdgeEffect::Spring, BarState::Auto),
    );
    let top = t.rect("scroll").unwrap().y;
    let r = t.rect("scroll").unwrap();
    step(&mut t, 5000.0);
    t.app().pointer_down(r.x + 100.0, r.y + 20.0);
    for i in 1..=4 {
        step(&mut t, 5000.0 + 100.0 * f64::from(i));
        t.app()
            .pointer_move(r.x + 100.0, r.y + 20.0 + 20.0 * i as f32);
    }
    t.app().frame();
    let shifted = t
        .app()
        .find_by_id("content")
        .unwrap()
        .visual()
        .unwrap()
        .translate
        .1;
    assert!(
        matches!(shifted, Length::Px(v) if v > 20.0),
        "content drawn pulled down: {shifted:?}"
    );
    t.app().pointer_up(r.x + 100.0, r.y + 100.0);
    settle(&mut t, 5400.0);
    let s = Scroll::from_id(t.app(), "scroll").unwrap();
    assert_eq!(s.offset().1, 0.0);
    assert_eq!(
        t.app()
            .find_by_id("content")
            .unwrap()
            .visual()
            .unwrap()
            .translate
            .1,
        Length::Px(0.0)
    );
    assert_eq!(t.rect("content").unwrap().y, top);
}

#[test]
fn the_scroll_bar_is_viewport_over_content_and_fades_in_auto() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), page(EdgeEffect::None, BarState::Auto));
    step(&mut t, 10_000.0);
    let s = Scroll::from_id(t.app(), "scroll").unwrap();
    let thumb = s.scroll_bar_thumb().unwrap();
    let opacity = |n: arkui::NodeId| n.visual().unwrap().opacity;
    assert_eq!(opacity(thumb), 0.0, "hidden before any scrolling");
    s.scroll_to(0.0, 900.0);
    t.app().frame();
    step(&mut t, 10_016.0);
    let r = thumb.rect().unwrap();
    let track = 200.0 - 2.0 * 2.0;
    // 200 of 2000 px visible: a tenth of the track; scrolled halfway: half the rest down.
    assert!((r.height - track / 10.0).abs() <= 1.0, "thumb {r:?}");
    let scroll = t.rect("scroll").unwrap();
    assert!(
        (r.y - (scroll.y + 2.0 + (track - track / 10.0) / 2.0)).abs() <= 1.0,
        "thumb {r:?}"
    );
    assert_eq!(opacity(thumb), 1.0);
    let mut ms = 10_016.0;
    while ms < 11_400.0 {
        ms += 16.0;
        step(&mut t, ms);
    }
    assert_eq!(
        opacity(thumb),
        0.0,
        "faded out after a second and a quarter"
    );
    let mut on = TestApp::with_view(DeviceProfile::iot(), page(EdgeEffect::None, BarState::On));
    on.app().frame();
    let thumb = Scroll::from_id(on.app(), "scroll")
        .unwrap()
        .scroll_bar_thumb()
        .unwrap();
    assert_eq!(opacity(thumb), 1.0, "always shown with BarState::On");
}
