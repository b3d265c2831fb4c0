//! The gallery on a TV: arrow keys, OK and Back alone reach every page, and Back returns to
//! the menu item that opened the page.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::platform::TestApp;
use arkui::{DeviceProfile, Key};
use arkui_gallery::pages::{self, GalleryShell};

#[test]
fn arrows_ok_and_back_reach_every_page() {
    let mut t = TestApp::new::<GalleryShell>(DeviceProfile::tv());
    t.render();
    let pages = pages::all();
    assert_eq!(
        t.app().focused_id().as_deref(),
        Some("menu-0"),
        "the TV starts on the first item"
    );
    for (i, page) in pages.iter().enumerate() {
        let item = format!("menu-{i}");
        if i > 0 {
            // Focus is still on the item of the previous page: one step down is the next.
            t.app().press_key(Key::Down);
            t.render();
        }
        assert_eq!(
            t.app().focused_id().as_deref(),
            Some(item.as_str()),
            "Down moves through the menu"
        );
        t.app().press_key(Key::Enter);
        t.render();
        assert_eq!(
            t.text("shell-title").unwrap(),
            page.title,
            "OK opened {}",
            page.name
        );
        assert!(!t.render().is_uniform());
        assert!(
            t.app().focused().is_some(),
            "{} has focus for the remote",
            page.name
        );
        t.app().press_key(Key::Back);
        t.render();
        assert_eq!(
            t.text("shell-title").unwrap(),
            "arkui-rs gallery",
            "Back returned from {}",
            page.name
        );
        assert_eq!(
            t.app().focused_id().as_deref(),
            Some(item.as_str()),
            "Back from {} returns focus to the item that opened it",
            page.name
        );
        assert!(t.app().focus_ring_visible());
    }
    // Past the last item there is nowhere further down.
    let last = format!("menu-{}", pages.len() - 1);
    t.app().press_key(Key::Down);
    assert_eq!(t.app().focused_id().as_deref(), Some(last.as_str()));
}
