//! The gallery's Router page as a user drives it: open a fruit (the detail page fades in
//! over home), go back home with a result, open settings in single-instance mode, and go
//! back with the Back key and the edge swipe; the lifecycle log shows each step. Set
//! `ARKUI_SHOT_DIR` to keep the frames as PNGs.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{Key, TouchKind};
use arkui_gallery::pages::RouterPage;

fn shot(t: &mut TestApp, name: &str) {
    let canvas = t.render();
    if let Ok(dir) = std::env::var("ARKUI_SHOT_DIR") {
        canvas
            .save_png(std::path::Path::new(&dir).join(format!("router-{name}.png")))
            .unwrap();
    }
}

fn log(t: &mut TestApp) -> String {
    t.text("router-log").unwrap()
}

#[test]
fn the_router_page_pushes_goes_back_with_a_result_and_logs_the_lifecycle() {
    let mut t = TestApp::new::<RouterPage>(DeviceProfile::phone());
    t.app().advance_time(0.0);
    shot(&mut t, "home");
    assert_eq!(log(&mut t), "Home: onPageShow");

    t.click("router-open-1").unwrap();
    shot(&mut t, "push-start");
    t.app().advance_time(125.0);
    shot(&mut t, "push-mid");
    t.app().advance_time(1000.0);
    shot(&mut t, "detail");
    assert_eq!(t.text("router-detail-title").unwrap(), "Banana");
    assert_eq!(
        log(&mut t),
        "Home: onPageShow\nHome: onPageHide\nDetail: onPageShow"
    );

    t.click("router-back-result").unwrap();
    shot(&mut t, "pop-start");
    t.app().advance_time(1100.0);
    shot(&mut t, "pop-mid");
    t.app().advance_time(2000.0);
    shot(&mut t, "home-again");
    assert!(t.app().find_by_id("router-detail-title").is_none());
    assert!(log(&mut t).ends_with("Detail: onPageHide\nHome: onPageShow"));

    // Settings twice in single-instance mode is one page; the Back key leaves it.
    t.click("router-settings").unwrap();
    t.app().advance_time(3000.0);
    t.render();
    assert_eq!(t.text("router-length").unwrap(), "2 pages on the stack");
    assert!(t.app().press_key(Key::Back));
    t.app().advance_time(4000.0);
    t.render();
    assert!(t.app().find_by_id("router-length").is_none());

    // The edge swipe goes back from a detail page too.
    t.click("router-open-0").unwrap();
    t.app().advance_time(5000.0);
    t.render();
    let d = t.app().profile().density;
    let y = 1200.0;
    t.app().touch(TouchKind::Down, 0, 2.0, y);
    for step in 1..=10 {
        t.app()
            .touch(TouchKind::Move, 0, 2.0 + step as f32 * 15.0 * d, y);
    }
    t.app().touch(TouchKind::Up, 0, 2.0 + 150.0 * d, y);
    t.app().advance_time(6000.0);
    shot(&mut t, "after-swipe");
    assert!(t.app().find_by_id("router-detail-title").is_none());
    assert!(!t.app().press_key(Key::Back), "home is the first page");
}
