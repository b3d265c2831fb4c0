//! Tabs and TabContent through the headless harness: clicks and keys by id, the inspector's
//! index, which page shows, the indicator's pixels, bar placement and modes.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{Key, Visibility};
use common::{BRAND, assert_near, attr};

#[component]
struct Pages {
    #[state(0usize)]
    index: usize,
}

impl Pages {
    fn build(&self) -> impl View {
        ui! {
            Column {
                Tabs(index = bind!(self.index)) {
                    TabContent() { Text("Home page").id("home-text") }.tab_bar("Home").id("home")
                    TabContent() { Text("Mail page").id("mail-text") }.tab_bar("Mail").id("mail")
                    TabContent() { Text("Me page").id("me-text") }.tab_bar("Me").id("me")
                }
                .id("tabs")
                Text(format!("index {}", self.index.get())).id("state")
            }
            .width(pct(100.0))
            .height(pct(100.0))
        }
    }
}

fn shown(t: &mut TestApp, id: &str) -> bool {
    let n = t.app().find_by_id(id).unwrap();
    n.layout_attrs().unwrap().visibility == Visibility::Visible
}

#[test]
fn clicking_a_tab_shows_its_page_and_moves_the_indicator() {
    let mut t = TestApp::new::<Pages>(DeviceProfile::iot());
    assert_eq!(attr(&mut t, "tabs", "index"), "0");
    assert!(shown(&mut t, "home") && !shown(&mut t, "mail"));
    assert_near(
        common::pixel_in(&mut t, "home-tab-indicator", 0.5, 0.5),
        BRAND,
        "indicator under Home",
    );
    t.click("mail-tab").unwrap();
    assert_eq!(attr(&mut t, "tabs", "index"), "1");
    assert_eq!(t.text("state").unwrap(), "index 1", "two-way binding");
    assert!(!shown(&mut t, "home") && shown(&mut t, "mail"));
    assert_near(
        common::pixel_in(&mut t, "mail-tab-indicator", 0.5, 0.5),
        BRAND,
        "indicator under Mail",
    );
    assert_near(
        common::pixel_in(&mut t, "home-tab-indicator", 0.5, 0.5),
        Color::WHITE,
        "no indicator under Home",
    );
    // The bar sits above the pages, the tabs split it equally.
    let (bar, page) = (t.rect("home-tab").unwrap(), t.rect("mail").unwrap());
    assert!(bar.y + bar.height <= page.y);
    assert_eq!(
        t.rect("home-tab").unwrap().width,
        t.rect("me-tab").unwrap().width
    );
}

#[test]
fn arrow_keys_and_the_dpad_switch_tabs_by_focus() {
    let mut t = TestApp::new::<Pages>(DeviceProfile::tv());
    t.render();
    assert_eq!(t.app().focused_id().as_deref(), Some("home-tab"));
    t.app().press_key(Key::Right);
    assert_eq!(t.app().focused_id().as_deref(), Some("mail-tab"));
    assert_eq!(attr(&mut t, "tabs", "index"), "1");
    t.app().press_key(Key::Right);
    assert_eq!(attr(&mut t, "tabs", "index"), "2");
    assert!(shown(&mut t, "me"));
    t.app().press_key(Key::Left);
    assert_eq!(attr(&mut t, "tabs", "index"), "1");
}

#[test]
fn on_change_reports_user_switches() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let l = log.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Tabs::new()
            .child(TabContent::new().tab_bar("A").id("a"))
            .child(TabContent::new().tab_bar("B").id("b"))
            .on_change(move |i| l.borrow_mut().push(i))
    });
    t.click("b-tab").unwrap();
    t.click("b-tab").unwrap();
    t.click("a-tab").unwrap();
    assert_eq!(*log.borrow(), vec![1, 0]);
}

#[test]
fn bar_position_end_and_vertical() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Tabs::new()
            .child(TabContent::new().tab_bar("A").id("a"))
            .child(TabContent::new().tab_bar("B").id("b"))
            .bar_position(BarPosition::End)
            .id("tabs")
    });
    let (tab, page) = (t.rect("a-tab").unwrap(), t.rect("a").unwrap());
    assert!(
        tab.y >= page.y + page.height,
        "bar below the page: {tab:?} {page:?}"
    );
    assert_eq!(attr(&mut t, "tabs", "barPosition"), "BarPosition.End");
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Tabs::new()
            .child(TabContent::new().tab_bar("A").id("a"))
            .child(TabContent::new().tab_bar("B").id("b"))
            .vertical(true)
    });
    let (a, b, page) = (
        t.rect("a-tab").unwrap(),
        t.rect("b-tab").unwrap(),
        t.rect("a").unwrap(),
    );
    assert!(b.y > a.y && a.x == b.x, "stacked down the side");
    assert!(a.x + a.width <= page.x, "bar left of the page");
}

#[test]
fn a_scrollable_bar_keeps_natural_widths_and_scrolls() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        let tabs = Tabs::new().bar_mode(BarMode::Scrollable);
        for i in 0..10 {
            tabs.child(
                TabContent::new()
                    .tab_bar(format!("Section {i}"))
                    .id(format!("s{i}")),
            );
        }
        tabs
    });
    let first = t.rect("s0-tab").unwrap();
    let last = t.rect("s9-tab").unwrap();
    assert!(
        last.x + last.width > 320.0,
        "wider than the screen: {last:?}"
    );
    assert!(first.width < 320.0 / 2.0);
    t.click("s1-tab").unwrap();
    assert!(shown(&mut t, "s1"));
}
