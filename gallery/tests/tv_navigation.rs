//! The gallery on a TV: arrow keys and OK alone reach every page, and Back returns.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::platform::TestApp;
use arkui::{DeviceProfile, Key};
use arkui_gallery::pages::{self, GalleryShell};

#[test]
fn arrows_and_ok_reach_every_page() {
    let mut t = TestApp::new::<GalleryShell>(DeviceProfile::tv());
    t.render();
    let pages = pages::all();
    assert_eq!(
        t.app().focused_id().as_deref(),
        Some("menu-0"),
        "the TV starts on the first item"
    );
    for (i, page) in pages.iter().enumerate() {
        // Walk down the menu to item i using only the remote.
        while t.app().focused_id().as_deref() != Some(format!("menu-{i}").as_str()) {
            assert!(
                t.app().press_key(Key::Down),
                "Down moves through the menu (at {:?})",
                t.app().focused_id()
            );
        }
        t.app().press_key(Key::Enter);
        t.render();
        assert_eq!(
            t.text("shell-title").unwrap(),
            page.title,
            "OK opened {}",
            page.name
        );
        assert!(!t.render().is_uniform());
        t.app().press_key(Key::Back);
        t.render();
        assert_eq!(
            t.text("shell-title").unwrap(),
            "arkui-rs gallery",
            "Back returned from {}",
            page.name
        );
        // Focus starts at the top of the menu again.
        t.app().focus_id("menu-0").unwrap();
    }
}
