//! Navigation, NavPathStack, NavDestination and SideBarContainer through the headless
//! harness: pushes and pops by click and by the Back key, split mode on wide screens, the
//! side bar's placement.

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

thread_local! {
    /// The test's clock: each settle moves it a second on.
    static NOW: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

/// Let the push or pop transitions finish.
fn settle(t: &mut TestApp) {
    t.render();
    let now = NOW.with(|n| {
        n.set(n.get() + 1000.0);
        n.get()
    });
    t.app().advance_time(now);
    t.render();
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
    settle(&mut t);
    assert_eq!(t.text("nav-destination-title").unwrap(), "detail 7");
    assert!(
        !visible(&mut t, "nav-bar"),
        "stacked: the page covers the home page"
    );
    t.click("deeper").unwrap();
    settle(&mut t);
    assert_eq!(t.text("nav-destination-title").unwrap(), "more -");
    t.click("nav-back").unwrap();
    settle(&mut t);
    assert_eq!(t.text("nav-destination-title").unwrap(), "detail 7");
    // The Back key pops too.
    t.app().focus_id("deeper").unwrap();
    assert!(t.app().press_key(Key::Back));
    settle(&mut t);
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
    settle(&mut t);
    assert!(t.inspect("c").is_some());
    assert_eq!(stack.pop_to_name("a"), Some(0));
    settle(&mut t);
    assert!(t.inspect("a").is_some() && t.inspect("c").is_none());
    assert_eq!(stack.pop_to_name("zzz"), None);
    stack.clear();
    settle(&mut t);
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

// ---- pages that stay alive, their lifecycle, results, bars --------------------------------

type Log = Rc<RefCell<Vec<String>>>;

/// A destination that logs its lifecycle under `name`.
fn logged(name: &str, log: &Log) -> NavDestination {
    let hook = |what: &'static str| {
        let (log, name) = (log.clone(), name.to_string());
        move || log.borrow_mut().push(format!("{name}.{what}"))
    };
    NavDestination::new()
        .title(name)
        .on_will_appear(hook("onWillAppear"))
        .on_will_show(hook("onWillShow"))
        .on_shown(hook("onShown"))
        .on_will_hide(hook("onWillHide"))
        .on_hidden(hook("onHidden"))
        .on_will_disappear(hook("onWillDisappear"))
}

#[component]
struct Tally {
    #[state(0)]
    n: i32,
}

impl Tally {
    fn build(&self) -> impl View {
        let n = self.n;
        ui! { Button(format!("tally {}", self.n.get())).id("tally").on_click(move |_| n.update(|v| *v += 1)) }
    }
}

fn logged_app(log: &Log) -> (TestApp, NavPathStack) {
    let stack = NavPathStack::new();
    let log = log.clone();
    let t = TestApp::with_view(DeviceProfile::iot(), move || {
        Navigation::new(stack)
            .title("Home")
            .mode(NavigationMode::Stack)
            .nav_destination(move |name, _| logged(name, &log).child(ui! { Tally() }))
    });
    (t, stack)
}

#[test]
fn destinations_hear_their_lifecycle_in_order_and_covered_pages_keep_their_state() {
    let log: Log = Rc::default();
    let (mut t, stack) = logged_app(&log);
    stack.push_path_by_name("a", None);
    assert_eq!(
        *log.borrow(),
        ["a.onWillAppear", "a.onWillShow", "a.onShown"]
    );
    t.click("tally").unwrap();
    t.click("tally").unwrap();
    log.borrow_mut().clear();
    stack.push_path_by_name("b", None);
    assert_eq!(
        *log.borrow(),
        [
            "b.onWillAppear",
            "a.onWillHide",
            "b.onWillShow",
            "a.onHidden",
            "b.onShown"
        ]
    );
    settle(&mut t);
    assert_eq!(
        t.text("tally").unwrap(),
        "tally 0",
        "the new page's own state"
    );
    log.borrow_mut().clear();
    t.click("nav-back").unwrap();
    settle(&mut t);
    assert_eq!(
        *log.borrow(),
        [
            "b.onWillHide",
            "b.onWillDisappear",
            "a.onWillShow",
            "b.onHidden",
            "a.onShown"
        ]
    );
    assert_eq!(
        t.text("tally").unwrap(),
        "tally 2",
        "a was kept alive under b"
    );
    assert_eq!(t.text("nav-destination-title").unwrap(), "a");

    // A covered page removed from the stack just goes; the top page hears nothing.
    stack.push_path_by_name("c", None);
    log.borrow_mut().clear();
    assert_eq!(stack.remove_by_name("a"), 1);
    assert_eq!(*log.borrow(), ["a.onWillDisappear"]);
    assert_eq!(stack.names(), ["c"]);
}

#[test]
fn on_back_pressed_can_keep_the_page_and_results_reach_the_pusher() {
    let stack = NavPathStack::new();
    let keep = State::new(true);
    let results: Rc<RefCell<Vec<serde_json::Value>>> = Rc::default();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Navigation::new(stack)
            .mode(NavigationMode::Stack)
            .nav_destination(move |name, _| {
                NavDestination::new()
                    .title(name)
                    .on_back_pressed(move || {
                        if keep.get_untracked() {
                            keep.set(false);
                            return true;
                        }
                        false
                    })
                    .child(Button::new("Pick blue").id("pick").on_click(move |_| {
                        stack.pop_with_result(serde_json::json!({"color": "blue"}));
                    }))
            })
    });
    let r = results.clone();
    stack.push_path_by_name_with_result("picker", Some("p".into()), move |info| {
        assert_eq!(
            (info.name.as_str(), info.param.as_deref()),
            ("picker", Some("p"))
        );
        r.borrow_mut().push(info.result.clone());
    });
    t.render();
    t.click("nav-back").unwrap();
    assert_eq!(stack.size(), 1, "on_back_pressed kept the page once");
    assert!(t.app().press_key(Key::Back));
    assert_eq!(stack.size(), 0);
    assert_eq!(*results.borrow(), [serde_json::Value::Null]);
    let r = results.clone();
    stack.push_path_by_name_with_result("picker", Some("p".into()), move |info| {
        r.borrow_mut().push(info.result.clone());
    });
    // The page slides in over the home page before it takes clicks.
    t.render();
    t.app().advance_time(1000.0);
    t.render();
    t.click("pick").unwrap();
    assert_eq!(results.borrow()[1], serde_json::json!({"color": "blue"}));
}

#[test]
fn title_modes_menus_and_the_tool_bar_lay_out_as_arkui() {
    let picked = State::new(String::new());
    let items = move |n: usize| -> Vec<NavigationMenuItem> {
        (0..n)
            .map(|i| NavigationMenuItem::new(format!("m{i}"), move || picked.set(format!("m{i}"))))
            .collect()
    };
    let stack = NavPathStack::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Navigation::new(stack)
            .title("Inbox")
            .title_mode(NavigationTitleMode::Full)
            .menus(items(5))
            .toolbar_configuration(items(3))
            .child(Column::new().id("home-body"))
    });
    let bar = t.rect("nav-title-bar").unwrap();
    assert_eq!(bar.height, 112.0, "Full: 112 vp");
    assert_eq!(
        t.app()
            .find_by_id("nav-title")
            .unwrap()
            .text()
            .unwrap()
            .font_size,
        30.fp()
    );
    // Five menus: two shown, the rest behind "more".
    assert!(t.rect("nav-menu-1").is_some() && t.rect("nav-menu-2").is_none());
    t.click("nav-menu-more").unwrap();
    t.click("menu-item-2").unwrap();
    assert_eq!(picked.get(), "m4");
    t.click("nav-menu-0").unwrap();
    assert_eq!(picked.get(), "m0");
    // The tool bar: three equal cells across the bottom.
    let (a, b, c) = (
        t.rect("nav-toolbar-item-0").unwrap(),
        t.rect("nav-toolbar-item-1").unwrap(),
        t.rect("nav-toolbar-item-2").unwrap(),
    );
    // Equal to the pixel (320 px in three snaps to 107, 106, 107).
    assert!(
        (a.width - b.width).abs() <= 1.0 && (b.width - c.width).abs() <= 1.0,
        "{a:?} {b:?} {c:?}"
    );
    assert_eq!(a.y + a.height, 240.0, "at the bottom of the 240 px screen");
    t.click("nav-toolbar-item-2").unwrap();
    assert_eq!(picked.get(), "m2");
    let body = t.rect("home-body").unwrap();
    assert_eq!(body.y, 112.0, "the home page starts under the bar");

    // Mini: one 56 vp row; hidden bars take no space.
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Navigation::new(NavPathStack::new())
            .title("Inbox")
            .title_mode(NavigationTitleMode::Mini)
            .child(Column::new().id("home-body"))
    });
    assert_eq!(t.rect("nav-title-bar").unwrap().height, 56.0);
    assert_eq!(t.rect("home-body").unwrap().y, 56.0);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Navigation::new(NavPathStack::new())
            .hide_title_bar(true)
            .toolbar_configuration(items(2))
            .hide_tool_bar(true)
            .child(Column::new().id("home-body"))
    });
    assert!(t.rect("nav-title-bar").is_none() && t.rect("nav-toolbar").is_none());
    assert_eq!(t.rect("home-body").unwrap().y, 0.0);
}

#[component]
struct TitledPage {}

impl TitledPage {
    fn build(&self) -> impl View {
        NavDestination::new()
            .title("From a component")
            .hide_back_button(true)
            .menus(vec![NavigationMenuItem::new("Share", || {})])
    }
}

#[test]
fn a_destination_inside_a_custom_component_keeps_its_title_bar_settings() {
    let stack = NavPathStack::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Navigation::new(stack).nav_destination(|_, _| ui! { TitledPage() })
    });
    stack.push_path_by_name("x", None);
    assert_eq!(t.text("nav-destination-title").unwrap(), "From a component");
    assert!(t.rect("nav-back").is_none(), "hide_back_button");
    assert!(t.rect("nav-destination-menu-0").is_some());
    let hidden = NavPathStack::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Navigation::new(hidden).nav_destination(|_, _| {
            NavDestination::new()
                .hide_title_bar(true)
                .child(Column::new().id("own"))
        })
    });
    hidden.push_path_by_name("x", None);
    assert!(t.rect("nav-destination-title").is_none());
    assert_eq!(t.rect("own").unwrap().y, 0.0);
}

#[test]
fn the_side_bar_drags_within_its_bounds_hides_past_the_minimum_and_reports_changes() {
    let show = State::new(true);
    let changes: Rc<RefCell<Vec<bool>>> = Rc::default();
    let c = changes.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        ui! {
            SideBarContainer(SideBarContainerType::Embed) {
                Column().id("bar")
                Column().id("content")
            }
            .side_bar_width(300.0)
            .min_side_bar_width(80.0)
            .max_side_bar_width(200.0)
            .bind_show_side_bar(show)
            .on_change(move |on| c.borrow_mut().push(on))
        }
    });
    assert_eq!(
        t.rect("bar").unwrap().width,
        200.0,
        "clamped to the maximum"
    );
    // Drag the divider 60 px left: 140 wide.
    let d = t.rect("sidebar-divider").unwrap();
    let (x, y) = (d.x + d.width / 2.0, d.y + d.height / 2.0);
    let drag = |t: &mut TestApp, to: f32| {
        t.app().pointer_down(x, y);
        for i in 1..=6 {
            t.app().pointer_move(x + (to - x) * i as f32 / 6.0, y);
        }
        t.app().pointer_up(to, y);
    };
    drag(&mut t, x - 60.0);
    assert_eq!(t.rect("bar").unwrap().width, 140.0);
    assert_eq!(t.rect("content").unwrap().x, 140.0, "the content follows");
    // Past the minimum: hidden, and said so.
    let d = t.rect("sidebar-divider").unwrap();
    let x = d.x + d.width / 2.0;
    t.app().pointer_down(x, y);
    for i in 1..=6 {
        t.app().pointer_move(x - 100.0 * i as f32 / 6.0, y);
    }
    t.app().pointer_up(x - 100.0, y);
    assert!(!show.get());
    assert_eq!(t.rect("content").unwrap().x, 0.0);
    t.click("sidebar-control").unwrap();
    assert_eq!(*changes.borrow(), [false, true]);
    // Without auto_hide the drag stops at the minimum.
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        SideBarContainer::with_type(SideBarContainerType::Overlay)
            .child(Column::new().id("bar"))
            .child(Column::new().id("content"))
            .side_bar_width(100.0)
            .min_side_bar_width(80.0)
            .auto_hide(false)
    });
    let d = t.rect("sidebar-divider").unwrap();
    let (x, y) = (d.x + d.width / 2.0, d.y + d.height / 2.0);
    t.app().pointer_down(x, y);
    for i in 1..=6 {
        t.app().pointer_move(x - 90.0 * i as f32 / 6.0, y);
    }
    t.app().pointer_up(x - 90.0, y);
    assert_eq!(t.rect("bar").unwrap().width, 80.0);
    assert_eq!(
        t.rect("content").unwrap().width,
        320.0,
        "overlay: content keeps its width"
    );
}

#[test]
fn a_push_slides_the_page_in_over_the_one_it_covers_and_a_pop_slides_it_out() {
    let mut t = TestApp::new::<Mail>(DeviceProfile::iot());
    t.app().advance_time(0.0);
    t.render();
    let nav = t.rect("nav").unwrap();
    t.click("open").unwrap();
    settle(&mut t);
    let start = NOW.with(std::cell::Cell::get);
    t.click("deeper").unwrap();
    t.render();
    // The page's frame (the child of the Navigation's content holding the destination) is
    // what slides.
    let frame = |t: &mut TestApp, id: &str| {
        let mut n = t.app().find_by_id(id)?;
        while n.parent()?.key().as_deref() != Some("nav-content") {
            n = n.parent()?;
        }
        Some(n)
    };
    let shift = |t: &mut TestApp, id: &str| {
        frame(t, id)
            .and_then(|n| n.visual())
            .map(|v| match v.translate.0 {
                // iot: 1 px per vp.
                Length::Px(x) | Length::Vp(x) => x,
                Length::Percent(p) => p / 100.0 * nav.width,
                _ => 0.0,
            })
            .unwrap()
    };
    let shown = |t: &mut TestApp, id: &str| {
        frame(t, id)
            .and_then(|n| n.layout_attrs())
            .is_some_and(|l| l.visibility == Visibility::Visible)
    };
    // A third of the way: the new page is partly in; the one it covers still shows,
    // drifting towards the start.
    t.app().advance_time(start + 100.0);
    t.render();
    let page = shift(&mut t, "page-more");
    assert!(
        page > 0.0 && page < nav.width,
        "the page is sliding in: {page}"
    );
    assert!(
        shown(&mut t, "page-detail"),
        "the covered page shows under it"
    );
    let drift = shift(&mut t, "page-detail");
    assert!(
        drift < 0.0 && drift > -0.3 * nav.width - 1.0,
        "drifting: {drift}"
    );
    t.app().advance_time(start + 1000.0);
    t.render();
    assert_eq!(shift(&mut t, "page-more"), 0.0);
    assert!(!shown(&mut t, "page-detail"), "covered, then hidden");
    // Back: the page slides out over the one below, which slides back, then it is gone.
    t.click("nav-back").unwrap();
    t.render();
    t.app().advance_time(start + 1100.0);
    t.render();
    let out = shift(&mut t, "page-more");
    assert!(out > 0.0 && out < nav.width, "sliding out: {out}");
    assert!(shown(&mut t, "page-detail"));
    t.app().advance_time(start + 2000.0);
    t.render();
    assert!(t.inspect("page-more").is_none(), "destroyed once out");
    assert_eq!(shift(&mut t, "page-detail"), 0.0, "back at rest");
}

#[test]
fn the_first_push_slides_over_the_home_page_and_the_last_pop_uncovers_it() {
    let mut t = TestApp::new::<Mail>(DeviceProfile::iot());
    t.app().advance_time(0.0);
    t.render();
    let nav = t.rect("nav").unwrap();
    let drift = |t: &mut TestApp, id: &str| {
        let n = t.app().find_by_id(id).unwrap();
        let x = match n.visual().unwrap().translate.0 {
            Length::Px(x) | Length::Vp(x) => x,
            _ => 0.0,
        };
        (x, visible(t, id))
    };
    // Push from home, a third of the way: the page comes in over the home page, which
    // still shows at full width and drifts towards the start.
    t.click("open").unwrap();
    t.render();
    t.app().advance_time(100.0);
    t.render();
    let (home_x, home_shown) = drift(&mut t, "nav-bar");
    assert!(home_shown, "the home page shows under the page");
    assert!(
        home_x < 0.0 && home_x > -0.3 * nav.width - 1.0,
        "drifting: {home_x}"
    );
    assert_eq!(t.rect("nav-bar").unwrap().width, nav.width, "not squeezed");
    let content = t.rect("nav-content").unwrap();
    assert_eq!(
        (content.x, content.width),
        (nav.x, nav.width),
        "the pages cover it all"
    );
    let page = t.app().find_by_id("page-detail").unwrap();
    let mut frame = page;
    while frame.parent().and_then(|p| p.key()).as_deref() != Some("nav-content") {
        frame = frame.parent().unwrap();
    }
    let page_x = match frame.visual().unwrap().translate.0 {
        Length::Px(x) => x,
        other => panic!("{other:?}"),
    };
    assert!(page_x > 0.0 && page_x < nav.width, "sliding in: {page_x}");
    // On the left the home page's Open button (drifted) still draws; the page is right.
    t.app().advance_time(1000.0);
    t.render();
    assert_eq!(
        drift(&mut t, "nav-bar"),
        (0.0, false),
        "covered, at rest, hidden"
    );
    // Pop to home, a third of the way: the page slides off over the home page coming back.
    t.click("nav-back").unwrap();
    t.render();
    t.app().advance_time(1100.0);
    t.render();
    let (home_x, home_shown) = drift(&mut t, "nav-bar");
    assert!(home_shown && home_x < 0.0, "coming back: {home_x}");
    assert!(
        visible(&mut t, "nav-content") && t.inspect("page-detail").is_some(),
        "the popped page still shows while it slides out"
    );
    assert_eq!(
        t.rect("nav-bar").unwrap().x,
        nav.x,
        "the home page is in place"
    );
    t.app().advance_time(2000.0);
    t.render();
    assert!(t.inspect("page-detail").is_none(), "destroyed once out");
    assert_eq!(drift(&mut t, "nav-bar"), (0.0, true));
    assert!(!visible(&mut t, "nav-content"));
    t.click("open").unwrap();
    assert!(
        t.inspect("page-detail").is_some(),
        "the home page takes clicks again"
    );
}

// ---- Free title mode ---------------------------------------------------------------------

/// A Free-mode Navigation whose home page is a long list (rows `row-{i}`, 40 vp each).
fn free_nav() -> TestApp {
    TestApp::with_view(DeviceProfile::iot(), || {
        let list = List::new()
            .width(pct(100.0))
            .height(pct(100.0))
            .id("free-list");
        for i in 0..30 {
            list.child(
                ListItem::new()
                    .child(Text::new(format!("Row {i}")))
                    .height(40.vp())
                    .id(format!("row-{i}")),
            );
        }
        Navigation::new(NavPathStack::new())
            .title("Inbox")
            .child(list)
    })
}

/// Move the held pointer to `y` at `ms`, one frame.
fn move_to(t: &mut TestApp, ms: f64, y: f32) {
    t.app().advance_time(ms);
    t.app().pointer_move(160.0, y);
    t.app().frame();
}

fn title_size(t: &mut TestApp) -> f32 {
    match t
        .app()
        .find_by_id("nav-title")
        .unwrap()
        .text()
        .unwrap()
        .font_size
    {
        Length::Fp(v) => v,
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_free_title_collapses_as_the_list_scrolls_up_and_grows_back_at_its_top() {
    let mut t = free_nav();
    assert_eq!(
        t.rect("nav-title-bar").unwrap().height,
        112.0,
        "large at first"
    );
    assert_eq!(title_size(&mut t), 30.0);
    let mut ms = 0.0;
    t.app().pointer_down(160.0, 200.0);
    // Up, slowly: the bar shrinks first and the list does not move under it.
    let mut y = 200.0;
    while y > 150.0 {
        y -= 5.0;
        ms += 50.0;
        move_to(&mut t, ms, y);
    }
    let bar = t.rect("nav-title-bar").unwrap();
    assert!(bar.height < 112.0 && bar.height > 56.0, "part way: {bar:?}");
    assert_eq!(
        t.rect("row-0").unwrap().y,
        bar.y + bar.height,
        "the list has not scrolled"
    );
    let size = title_size(&mut t);
    assert!(
        size < 30.0 && size > 20.0,
        "the title shrinks with it: {size}"
    );
    // Further up: the bar is mini, and the rest of the drag scrolls the list.
    while y > 60.0 {
        y -= 5.0;
        ms += 50.0;
        move_to(&mut t, ms, y);
    }
    let bar = t.rect("nav-title-bar").unwrap();
    assert_eq!(bar.height, 56.0);
    assert_eq!(title_size(&mut t), 20.0);
    let row0 = t.rect("row-0").unwrap();
    assert!(row0.y < 56.0, "the list scrolled: {row0:?}");
    // Back down in the same drag: the list returns to its top first, then the bar grows.
    let scrolled = 56.0 - row0.y;
    while y < 60.0 + scrolled {
        y += 5.0;
        ms += 50.0;
        move_to(&mut t, ms, y);
    }
    assert!(
        t.rect("nav-title-bar").unwrap().height <= 57.0,
        "still mini while the list returns"
    );
    while y < 220.0 {
        y += 5.0;
        ms += 50.0;
        move_to(&mut t, ms, y);
    }
    t.app().pointer_up(160.0, y);
    t.app().frame();
    // The list's spring (pulled past its top) settles.
    while t.app().is_animating() {
        ms += 16.0;
        t.app().advance_time(ms);
        t.app().frame();
    }
    assert_eq!(
        t.rect("nav-title-bar").unwrap().height,
        112.0,
        "large again"
    );
    assert_eq!(t.rect("row-0").unwrap().y, 112.0);
}

#[test]
fn a_free_title_let_go_half_way_settles_to_the_nearer_size() {
    let mut t = free_nav();
    let mut ms = 0.0;
    for (travel, settled) in [(10.0, 112.0), (40.0, 56.0)] {
        t.app().pointer_down(160.0, 200.0);
        let mut y = 200.0;
        let start = t.rect("nav-title-bar").unwrap().height;
        // `travel` px, and 10 more for the touch slop.
        while y > 200.0 - travel - 10.0 {
            y -= 5.0;
            ms += 60.0;
            move_to(&mut t, ms, y);
        }
        let held = t.rect("nav-title-bar").unwrap().height;
        assert!(held < start && held > 56.0, "part way: {held}");
        // Hold still, then let go: no fling.
        ms += 300.0;
        move_to(&mut t, ms, y);
        t.app().pointer_up(160.0, y);
        t.app().frame();
        for _ in 0..30 {
            ms += 16.0;
            t.app().advance_time(ms);
            t.app().frame();
        }
        assert_eq!(
            t.rect("nav-title-bar").unwrap().height,
            settled,
            "let go after {travel} px"
        );
    }
}
