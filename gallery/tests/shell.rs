//! The gallery's home as a person evaluating the framework meets it: the frame each device
//! gets, the search that filters the cards, the dark switch, and each page's source.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::platform::TestApp;
use arkui::{ColorMode, DeviceProfile, Environment, InputEvent, Visibility};
use arkui_gallery::pages::{self, GalleryShell};

#[test]
fn each_device_gets_its_frame() {
    let mut phone = TestApp::new::<GalleryShell>(DeviceProfile::phone());
    assert!(
        phone.inspect("bottom-tabs").is_some(),
        "a phone has a bottom tab bar"
    );
    assert!(phone.inspect("side-bar").is_none());
    let mut tablet = TestApp::new::<GalleryShell>(DeviceProfile::tablet());
    assert!(tablet.inspect("side-bar").is_some(), "a tablet splits");
    assert!(tablet.inspect("bottom-tabs").is_none());
    // Opening a page keeps the side bar and puts the page beside it.
    tablet.click("menu-1").unwrap();
    tablet.render();
    let side = tablet.rect("side-bar").unwrap();
    assert_eq!(tablet.text("shell-title").unwrap(), pages::all()[1].title);
    assert!(tablet.rect("side-bar").is_some_and(|r| r == side));
    for profile in [DeviceProfile::wearable(), DeviceProfile::iot()] {
        let mut t = TestApp::new::<GalleryShell>(profile);
        assert!(t.inspect("side-bar").is_none() && t.inspect("bottom-tabs").is_none());
        assert!(
            t.inspect("search").is_none(),
            "one compact column, no cards"
        );
        assert!(t.rect("menu-0").is_some());
    }
}

#[test]
fn the_search_filters_the_cards_and_their_groups() {
    let mut t = TestApp::new::<GalleryShell>(DeviceProfile::phone());
    let all = pages::all();
    let router = all.iter().position(|p| p.name == "router").unwrap();
    let counter = all.iter().position(|p| p.name == "counter").unwrap();
    let search = |t: &mut TestApp, text: &str| {
        t.click("search").unwrap();
        for _ in 0..20 {
            t.app().press_key(arkui::Key::Backspace);
        }
        t.app().handle_input(&InputEvent::Text(text.into()));
        t.render();
    };
    search(&mut t, "rout");
    // Shown: neither it nor a parent has `Visibility::None`.
    let shown = |t: &mut TestApp, id: &str| {
        let mut n = t.app().find_by_id(id);
        while let Some(node) = n {
            if node.layout_attrs().unwrap().visibility == Visibility::None {
                return false;
            }
            n = node.parent();
        }
        true
    };
    assert!(shown(&mut t, &format!("menu-{router}")));
    assert!(!shown(&mut t, &format!("menu-{counter}")));
    assert!(shown(&mut t, "category-Navigation"));
    assert!(
        !shown(&mut t, "category-Layout"),
        "an empty group hides its header"
    );
    assert!(!shown(&mut t, "no-match"));
    // The group's name matches too.
    search(&mut t, "state & APPS");
    assert!(shown(&mut t, &format!("menu-{counter}")));
    assert!(!shown(&mut t, &format!("menu-{router}")));
    search(&mut t, "zebra");
    assert!(shown(&mut t, "no-match"));
}

#[test]
fn the_dark_switch_darkens_the_whole_shell() {
    let mut t = TestApp::new::<GalleryShell>(DeviceProfile::tablet());
    let before = t.render().pixel(5, 5);
    t.click("dark-mode").unwrap();
    assert_eq!(Environment::color_mode().get(), ColorMode::Dark);
    let after = t.render().pixel(5, 5);
    assert!(
        after[0] < 60 && before[0] > 200,
        "light {before:?} then dark {after:?}"
    );
    t.click("dark-mode").unwrap();
    assert_eq!(Environment::color_mode().get(), ColorMode::Light);
}

#[test]
fn each_page_shows_its_own_source() {
    let mut t = TestApp::new::<GalleryShell>(DeviceProfile::tablet());
    let all = pages::all();
    let counter = all.iter().position(|p| p.name == "counter").unwrap();
    t.click(&format!("menu-{counter}")).unwrap();
    t.render();
    assert!(t.inspect("add").is_some(), "the counter demo");
    t.click("source").unwrap();
    t.render();
    let source = t.text("source-text").unwrap();
    assert!(
        source.contains("ui!") && source.contains("struct Counter"),
        "{source:.80}"
    );
    assert!(t.inspect("add").is_none(), "the source replaces the demo");
    assert_eq!(t.text("source").unwrap(), "Demo");
    // Another page opens on its demo.
    t.click("menu-0").unwrap();
    t.render();
    assert!(t.inspect("source-text").is_none());
}
