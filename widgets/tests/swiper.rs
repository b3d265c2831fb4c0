//! Swiper through the headless harness: swipes that snap, autoplay on the frame clock,
//! loop, the indicator and `on_change`.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::{Swiper, SwiperController, Text};
use common::{BRAND, assert_near};

fn swiper(index: State<usize>, changes: Rc<RefCell<Vec<usize>>>) -> impl FnOnce() -> Swiper {
    move || {
        let s = Swiper::new()
            .width(200.0)
            .height(100.0)
            .bind_index(index)
            .on_change(move |i| changes.borrow_mut().push(i))
            .looping(false)
            .id("swiper");
        for i in 0..4 {
            s.child(Text::new(format!("page {i}")).id(format!("p{i}")));
        }
        s
    }
}

/// A horizontal drag of `dx` px over `steps` frames of 16 ms from `start`; then frames until
/// nothing animates. Returns the time at the end.
fn swipe(t: &mut TestApp, start: f64, dx: f32, steps: u32) -> f64 {
    let r = t.rect("swiper").unwrap();
    let (x, y) = (r.x + r.width / 2.0, r.y + r.height / 2.0);
    let mut ms = start;
    t.app().advance_time(ms);
    t.app().pointer_down(x, y);
    for i in 1..=steps {
        ms += 16.0;
        t.app().advance_time(ms);
        t.app().pointer_move(x + dx * i as f32 / steps as f32, y);
        t.app().frame();
    }
    t.app().pointer_up(x + dx, y);
    for _ in 0..100 {
        ms += 16.0;
        t.app().advance_time(ms);
        t.app().frame();
    }
    ms
}

#[test]
fn a_swiper_loops_by_default_as_in_arkui() {
    let index = State::new(0usize);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let s = Swiper::new()
            .width(200.0)
            .height(100.0)
            .bind_index(index)
            .id("swiper");
        for i in 0..4 {
            s.child(Text::new(format!("page {i}")).id(format!("p{i}")));
        }
        s
    });
    // Right from the first page: the last one.
    swipe(&mut t, 1000.0, 150.0, 10);
    assert_eq!(index.get(), 3);
}

#[test]
fn a_partial_swipe_snaps_back_and_a_long_one_turns_the_page() {
    let index = State::new(0usize);
    let changes = Rc::new(RefCell::new(Vec::new()));
    let mut t = TestApp::with_view(DeviceProfile::iot(), swiper(index, changes.clone()));
    let s = t.rect("swiper").unwrap();
    // 60 px of 200, slowly: back to page 0.
    let ms = swipe(&mut t, 1000.0, -60.0, 20);
    assert_eq!(index.get(), 0);
    assert_eq!(t.rect("p0").unwrap().x, s.x);
    // 130 px: page 1, snapped exactly.
    let ms = swipe(&mut t, ms + 100.0, -130.0, 20);
    assert_eq!(index.get(), 1);
    assert_eq!(t.rect("p1").unwrap().x, s.x);
    assert_eq!(t.rect("p0").unwrap().x, s.x - 200.0);
    assert_eq!(*changes.borrow(), vec![1]);
    // Swiping right from the first page without `loop` stays on it.
    index.set(0);
    t.app().frame();
    swipe(&mut t, ms + 100.0, 150.0, 10);
    assert_eq!(index.get(), 0);
}

#[test]
fn autoplay_turns_pages_on_the_frame_clock_and_loops() {
    let index = State::new(0usize);
    let changes = Rc::new(RefCell::new(Vec::new()));
    let build = swiper(index, changes.clone());
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        build().autoplay(true).interval(1000.0).looping(true)
    });
    let start = arkui::now_ms();
    let mut ms = start;
    for _ in 0..(4 * 1000 / 16 + 40) {
        ms += 16.0;
        t.app().advance_time(ms);
        t.app().frame();
    }
    // Four turns in a bit over four seconds: 1, 2, 3, then round to 0.
    assert_eq!(*changes.borrow(), vec![1, 2, 3, 0]);
    assert_eq!(index.get(), 0);
}

#[test]
fn the_indicator_marks_the_current_page_and_a_controller_turns_it() {
    let c = SwiperController::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let s = Swiper::new()
            .width(200.0)
            .height(100.0)
            .controller(c)
            .id("swiper");
        for i in 0..3 {
            s.child(Text::new(format!("page {i}")).id(format!("p{i}")));
        }
        s
    });
    t.app().frame();
    let dots = t
        .app()
        .find_by_id("swiper")
        .unwrap()
        .flattened_children()
        .into_iter()
        .find(|n| n.tag() == Some("SwiperIndicator"))
        .unwrap()
        .children();
    assert_eq!(dots.len(), 3);
    let r = dots[0].rect().unwrap();
    assert_eq!(r.width, 12.0, "the selected dot is long");
    // Frames stepped through `app()` bypass the harness's canvas: paint one for it.
    t.app().request_full_frame();
    let px = t.render().pixel((r.x + 6.0) as u32, (r.y + 3.0) as u32);
    assert_near(px, BRAND, "selected dot");
    c.show_next();
    for i in 1..40 {
        t.app().advance_time(100_000.0 + 16.0 * f64::from(i));
        t.app().frame();
    }
    assert_eq!(c.index(), 1);
    assert_eq!(dots[1].rect().unwrap().width, 12.0);
    c.change_index(99);
    t.app().frame();
    assert_eq!(c.index(), 2, "clamped");
}

#[test]
fn display_count_shows_pages_side_by_side_and_stops_at_the_last_full_view() {
    let index = State::new(0usize);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let s = Swiper::new()
            .width(200.0)
            .height(100.0)
            .display_count(2u16)
            .looping(false)
            .bind_index(index)
            .id("swiper");
        for i in 0..4 {
            s.child(Text::new(format!("page {i}")).id(format!("p{i}")));
        }
        s
    });
    let s = t.rect("swiper").unwrap();
    assert_eq!(t.rect("p0").unwrap().width, 100.0);
    assert_eq!(t.rect("p1").unwrap().x, s.x + 100.0, "two across");
    // A long drag turns one page, not two.
    let ms = swipe(&mut t, 1000.0, -120.0, 20);
    assert_eq!(index.get(), 1);
    assert_eq!(t.rect("p1").unwrap().x, s.x);
    let ms = swipe(&mut t, ms + 100.0, -120.0, 20);
    assert_eq!(index.get(), 2, "pages 2 and 3 show");
    assert_eq!(t.rect("p3").unwrap().x, s.x + 100.0);
    swipe(&mut t, ms + 100.0, -120.0, 20);
    assert_eq!(index.get(), 2, "no empty half at the end");
}

#[test]
fn display_count_follows_the_breakpoint() {
    let mut t = TestApp::with_view(DeviceProfile::desktop(400, 300), || {
        let s = Swiper::new()
            .height(100.0)
            .display_count(ByBreakpoint::new(1u16).md(2).lg(4));
        for i in 0..6 {
            s.child(Text::new(format!("page {i}")).id(format!("p{i}")));
        }
        s
    });
    assert_eq!(t.rect("p0").unwrap().width, 400.0, "sm: one");
    t.app().resize(700, 300);
    t.render();
    assert_eq!(t.rect("p0").unwrap().width, 350.0, "md: two");
    t.app().resize(1000, 300);
    t.render();
    assert_eq!(t.rect("p0").unwrap().width, 250.0, "lg: four");
}
