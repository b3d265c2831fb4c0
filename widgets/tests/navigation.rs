//! Navigation, NavPathStack, NavDestination and SideBarContainer through the headless
//! harness: pushes and pops by click and by the Back key, split mode on wide screens, the
//! side bar's placement.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{Key, Visibility};
use common::attr;

#[component]
struct Mail {
    #[state(NavPathStack::new())]
    stack: NavPathStack,
}

impl Mail {
    fn build(&self) -> impl View {
        let stack = self.stack.get();
        Navigation::new(stack)
            .title("Inbox")
            .child(
                Button::new("Open")
                    .id("open")
                    .on_click(move |_| stack.push_path_by_name("detail", Some("7".into()))),
            )
            .nav_destination(move |name, param| {
                let next = Button::new("Deeper")
                    .id("deeper")
                    .on_click(move |_| stack.push_path_by_name("more", None));
                NavDestination::new()
                    .title(format!("{name} {}", param.unwrap_or("-")))
                    .child(next)
                    .id(format!("page-{name}"))
            })
            .id("nav")
    }
}

fn visible(t: &mut TestApp, id: &str) -> bool {
    t.app()
        .find_by_id(id)
        .and_then(|n| n.layout_attrs())
        .is_some_and(|l| l.visibility == Visibility::Visible)
}

#[test]
fn push_shows_the_page_with_a_title_bar_and_back_pops() {
    let mut t = TestApp::new::<Mail>(DeviceProfile::iot());
    assert_eq!(t.text("nav-title").unwrap(), "Inbox");
    assert_eq!(attr(&mut t, "nav", "split"), "false", "320 px is narrow");
    t.click("open").unwrap();
    assert_eq!(t.text("nav-destination-title").unwrap(), "detail 7");
    assert!(
        !visible(&mut t, "nav-bar"),
        "stacked: the page covers the home page"
    );
    t.click("deeper").unwrap();
    assert_eq!(t.text("nav-destination-title").unwrap(), "more -");
    t.click("nav-back").unwrap();
    assert_eq!(t.text("nav-destination-title").unwrap(), "detail 7");
    // The Back key pops too.
    t.app().focus_id("deeper").unwrap();
    assert!(t.app().press_key(Key::Back));
    assert!(t.inspect("page-detail").is_none());
    assert!(visible(&mut t, "nav-bar"));
}

#[test]
fn the_stack_api_drives_what_shows() {
    let stack = NavPathStack::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Navigation::new(stack)
            .nav_destination(|name, _| NavDestination::new().title(name).id(name.to_string()))
    });
    stack.push_path_by_name("a", None);
    stack.push_path_by_name("b", None);
    stack.push_path_by_name("c", None);
    assert!(t.inspect("c").is_some());
    assert_eq!(stack.pop_to_name("a"), Some(0));
    assert!(t.inspect("a").is_some() && t.inspect("c").is_none());
    assert_eq!(stack.pop_to_name("zzz"), None);
    stack.clear();
    assert!(t.inspect("a").is_none());
    assert!(visible(&mut t, "nav-bar"));
}

#[test]
fn wide_screens_split_at_600_vp() {
    let mut t = TestApp::new::<Mail>(DeviceProfile::tablet());
    assert_eq!(attr(&mut t, "nav", "split"), "true");
    t.click("open").unwrap();
    let (bar, page) = (t.rect("nav-bar").unwrap(), t.rect("page-detail").unwrap());
    assert!(visible(&mut t, "nav-bar"), "the home page stays");
    assert!(
        page.x >= bar.x + bar.width,
        "the page beside it: {bar:?} {page:?}"
    );
    assert_eq!(bar.width, 240.0 * 2.0, "nav_bar_width 240 vp at density 2");
    // Stack mode forces covering even when wide.
    let stack = NavPathStack::new();
    let mut t = TestApp::with_view(DeviceProfile::tablet(), move || {
        Navigation::new(stack).mode(NavigationMode::Stack).id("nav")
    });
    assert_eq!(attr(&mut t, "nav", "split"), "false");
}

#[test]
fn side_bar_embeds_or_overlays_and_the_control_button_toggles() {
    let show = State::new(true);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        SideBarContainer::new()
            .child(Column::new().id("bar"))
            .child(Column::new().id("content"))
            .side_bar_width(100.0)
            .bind_show_side_bar(show)
    });
    let (bar, content) = (t.rect("bar").unwrap(), t.rect("content").unwrap());
    assert_eq!((bar.width, content.x, content.width), (100.0, 100.0, 220.0));
    t.click("sidebar-control").unwrap();
    assert!(!show.get());
    let content = t.rect("content").unwrap();
    assert_eq!((content.x, content.width), (0.0, 320.0));
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        SideBarContainer::new()
            .container_type(SideBarContainerType::Overlay)
            .child(Column::new().id("bar"))
            .child(Column::new().id("content"))
            .side_bar_width(100.0)
    });
    let (bar, content) = (t.rect("bar").unwrap(), t.rect("content").unwrap());
    assert_eq!((bar.x, bar.width), (0.0, 100.0));
    assert_eq!(
        (content.x, content.width),
        (0.0, 320.0),
        "overlay: content keeps its width"
    );
}
