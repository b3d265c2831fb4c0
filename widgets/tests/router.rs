//! The router through the headless harness: a two-page app driven by clicks, the Back key,
//! Backspace and the edge swipe, with the page lifecycle asserted in order; single-instance
//! and replace semantics, errors, page state queries, and page transitions frame by frame
//! (pixels of the rendered frame and the page frame's presented transform).

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::cell::RefCell;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{Curve, Key, NodeId, TouchKind};
use serde_json::json;

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn log(s: impl Into<String>) {
    LOG.with(|l| l.borrow_mut().push(s.into()));
}

/// What was logged since the last call.
fn take_log() -> Vec<String> {
    LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
}

const INDEX_BLUE: Color = Color::from_argb(0xFF20_40C0);
const DETAIL_RED: Color = Color::from_argb(0xFFC0_2020);

#[component]
struct Index {
    #[state(0)]
    opened: i32,
}

impl Index {
    fn about_to_appear(&self) {
        log("Index.aboutToAppear");
    }
    fn about_to_disappear(&self) {
        log("Index.aboutToDisappear");
    }
    fn build(&self) -> impl View {
        router::on_page_show(|| log("Index.onPageShow"));
        router::on_page_hide(|| log("Index.onPageHide"));
        let r = Router::current().unwrap();
        let opened = self.opened;
        ui! {
            Column() {
                Button("Open").id("open").width(pct(100.0)).on_click(move |_| {
                    opened.update(|n| *n += 1);
                    r.push_url(RouterOptions::new("pages/Detail")
                        .params(json!({"from": "index", "n": opened.get_untracked()})))
                        .unwrap();
                })
                Text(format!("opened {}", self.opened.get())).id("opened")
            }
            .width(pct(100.0))
            .height(pct(100.0))
            .background_color(INDEX_BLUE)
        }
    }
}

#[component]
struct Detail {
    #[state(false)]
    searching: bool,
}

impl Detail {
    fn about_to_appear(&self) {
        log("Detail.aboutToAppear");
    }
    fn about_to_disappear(&self) {
        log("Detail.aboutToDisappear");
    }
    fn build(&self) -> impl View {
        router::on_page_show(|| log("Detail.onPageShow"));
        router::on_page_hide(|| log("Detail.onPageHide"));
        let searching = self.searching;
        // A page in "search mode" takes the first back to leave it, as ArkUI apps do.
        router::on_back_press(move || {
            log("Detail.onBackPress");
            if searching.get_untracked() {
                searching.set(false);
                return true;
            }
            false
        });
        let r = Router::current().unwrap();
        let params = r.get_params().unwrap_or_default();
        ui! {
            Column() {
                Text(format!("from {} #{}", params["from"].as_str().unwrap_or("?"), params["n"]))
                    .id("detail-title")
                Button("Search").id("search").on_click(move |_| searching.set(true))
                Button("Back").id("back").on_click(move |_| r.back())
            }
            .width(pct(100.0))
            .height(pct(100.0))
            .background_color(DETAIL_RED)
            .id("detail-body")
        }
    }
}

fn two_pages() -> Router {
    Router::new()
        .page::<Index>("pages/Index")
        .page::<Detail>("pages/Detail")
}

fn app(profile: DeviceProfile, r: Router) -> TestApp {
    take_log();
    let mut t = TestApp::with_view(profile, move || r.view("pages/Index"));
    t.app().advance_time(0.0);
    t.render();
    t
}

/// Let every transition finish (a transition starts on the frame that first shows it).
fn settle(t: &mut TestApp, now: &mut f64) {
    t.render();
    *now += 1000.0;
    t.app().advance_time(*now);
    t.render();
}

/// A finger from the left edge across the screen, in window pixels, a step a frame.
fn edge_swipe(t: &mut TestApp, y: f32, to_x: f32) {
    let d = t.app().profile().density;
    let mut x = 2.0 * d;
    t.app().touch(TouchKind::Down, 0, x, y);
    while x < to_x {
        x += 20.0 * d;
        t.app().touch(TouchKind::Move, 0, x, y);
    }
    t.app().touch(TouchKind::Up, 0, x, y);
}

#[test]
fn a_two_page_app_runs_its_lifecycle_in_order_for_every_kind_of_back() {
    let r = two_pages();
    let mut t = app(DeviceProfile::phone(), r);
    let mut now = 0.0;
    assert_eq!(take_log(), ["Index.aboutToAppear", "Index.onPageShow"]);
    let push = [
        "Detail.aboutToAppear",
        "Detail.onPageShow",
        "Index.onPageHide",
    ];
    // ArkUI's order: the new page is built, the old one hides, the new one shows.
    let push_order = [push[0], push[2], push[1]];
    let pop = [
        "Detail.onPageHide",
        "Index.onPageShow",
        "Detail.aboutToDisappear",
    ];

    // 1. The page's own Back button (router.back(): no onBackPress).
    t.click("open").unwrap();
    settle(&mut t, &mut now);
    assert_eq!(take_log(), push_order);
    assert_eq!(t.text("detail-title").unwrap(), "from index #1");
    assert_eq!(r.get_length(), 2);
    t.click("back").unwrap();
    settle(&mut t, &mut now);
    assert_eq!(take_log(), pop);
    assert!(
        t.app().find_by_id("detail-title").is_none(),
        "popped pages are destroyed"
    );
    assert_eq!(
        t.text("opened").unwrap(),
        "opened 1",
        "the page below kept its state"
    );

    // 2. The Back key (Escape, a remote's Back): onBackPress first.
    t.click("open").unwrap();
    settle(&mut t, &mut now);
    assert_eq!(take_log(), push_order);
    assert!(t.app().press_key(Key::Back));
    settle(&mut t, &mut now);
    let mut expected = vec!["Detail.onBackPress"];
    expected.extend(pop);
    assert_eq!(take_log(), expected);

    // 3. The edge swipe.
    t.click("open").unwrap();
    settle(&mut t, &mut now);
    take_log();
    let (w, h) = t.app().size();
    edge_swipe(&mut t, h as f32 / 2.0, w as f32 / 2.0);
    settle(&mut t, &mut now);
    assert_eq!(take_log(), expected);
    assert_eq!(r.get_length(), 1);

    // 4. Backspace nothing else used.
    t.click("open").unwrap();
    settle(&mut t, &mut now);
    take_log();
    assert!(t.app().press_key(Key::Backspace));
    settle(&mut t, &mut now);
    assert_eq!(take_log(), expected);

    // On the first page the back goes unused: the platform may close the app.
    assert!(!t.app().press_key(Key::Back));
    assert_eq!(r.get_length(), 1);
    assert_eq!(t.text("opened").unwrap(), "opened 4");
}

#[test]
fn on_back_press_returning_true_keeps_the_page() {
    let r = two_pages();
    let mut t = app(DeviceProfile::phone(), r);
    t.click("open").unwrap();
    t.click("search").unwrap();
    take_log();
    assert!(t.app().press_key(Key::Back));
    assert_eq!(take_log(), ["Detail.onBackPress"]);
    assert_eq!(r.get_length(), 2, "the page left search mode instead");
    assert!(t.app().back());
    assert_eq!(r.get_length(), 1);
}

#[test]
fn the_edge_swipe_takes_the_touch_from_the_app_and_only_on_touch_screens() {
    let r = two_pages();
    let mut t = app(DeviceProfile::phone(), r);
    // A swipe that starts on the Open button (at the left edge) neither clicks it nor goes back
    // when it ends short of the threshold.
    let open = t.rect("open").unwrap();
    let y = open.y + open.height / 2.0;
    let d = t.app().profile().density;
    t.app().touch(TouchKind::Down, 0, 1.0, y);
    t.app().touch(TouchKind::Move, 0, 1.0 + 30.0 * d, y);
    t.app().touch(TouchKind::Up, 0, 1.0 + 30.0 * d, y);
    assert_eq!(
        r.get_length(),
        1,
        "too short to go back, but no click either"
    );
    assert_eq!(t.text("opened").unwrap(), "opened 0");
    // A vertical drag from the edge is the app's: a plain tap there still clicks.
    t.app().touch(TouchKind::Down, 0, 1.0, y);
    t.app().touch(TouchKind::Up, 0, 1.0, y);
    assert_eq!(
        r.get_length(),
        2,
        "a tap in the edge band is an ordinary tap"
    );

    // A desktop window and an IoT panel have no edge swipe: the same drag is the app's.
    for profile in [DeviceProfile::desktop(1280, 800), DeviceProfile::iot()] {
        let r = two_pages();
        let mut t = app(profile, r);
        r.push_url("pages/Detail").unwrap();
        let (w, h) = t.app().size();
        edge_swipe(&mut t, h as f32 / 2.0, w as f32 * 0.8);
        assert_eq!(r.get_length(), 2);
    }
}

#[test]
fn routing_errors_are_reported_and_change_nothing() {
    let r = two_pages();
    assert_eq!(r.push_url("pages/Index"), Err(RouterError::NotShown));
    let mut t = app(DeviceProfile::iot(), r);
    let missing = r.push_url("pages/Nope").unwrap_err();
    assert_eq!(missing.code(), 200_002);
    assert!(missing.to_string().contains("pages/Nope"));
    assert_eq!(
        r.push_named_route("pages/Detail").unwrap_err().code(),
        200_002
    );
    for _ in 1..arkui::widgets::router::MAX_PAGES {
        r.push_url("pages/Detail").unwrap();
    }
    assert_eq!(r.push_url("pages/Detail"), Err(RouterError::TooManyPages));
    assert_eq!(r.get_length(), 32);
    r.clear();
    assert_eq!(r.get_length(), 1);
    assert_eq!(r.get_state().unwrap().name, "Detail");
    assert_eq!(
        r.back_to("pages/Index").unwrap_err(),
        RouterError::NotOnStack {
            url: "pages/Index".into()
        }
    );
    t.render();
    // A router shown at an unknown URL says so where the page would be.
    let r = Router::new().page::<Index>("pages/Index");
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || r.view("pages/Missing"));
    assert!(t.text("router-error").unwrap().contains("pages/Missing"));
}

#[component]
struct Counter {
    #[state(0)]
    n: i32,
}

impl Counter {
    fn about_to_disappear(&self) {
        log("Counter.aboutToDisappear");
    }
    fn build(&self) -> impl View {
        let n = self.n;
        router::on_page_show(move || log(format!("Counter.onPageShow {}", n.get_untracked())));
        ui! {
            Button(format!("n {}", self.n.get())).id("count").on_click(move |_| n.update(|v| *v += 1))
        }
    }
}

fn three_routes() -> Router {
    Router::new()
        .page::<Index>("pages/Index")
        .page::<Detail>("pages/Detail")
        .page::<Counter>("pages/Counter")
}

#[test]
fn single_mode_brings_the_existing_page_to_the_top_with_its_state() {
    let r = three_routes();
    let mut t = app(DeviceProfile::iot(), r);
    r.push_url("pages/Counter").unwrap();
    t.click("count").unwrap();
    t.click("count").unwrap();
    r.push_url(RouterOptions::new("pages/Detail").params(json!({"from": "a", "n": 1})))
        .unwrap();
    take_log();
    r.push_url(
        RouterOptions::new("pages/Counter")
            .params(json!({"again": true}))
            .mode(RouterMode::Single),
    )
    .unwrap();
    assert_eq!(take_log(), ["Detail.onPageHide", "Counter.onPageShow 2"]);
    let names: Vec<String> = (1..=r.get_length())
        .map(|i| r.get_state_by_index(i).unwrap().name)
        .collect();
    assert_eq!(names, ["Index", "Detail", "Counter"]);
    assert_eq!(
        t.text("count").unwrap(),
        "n 2",
        "the same instance, state kept"
    );
    assert_eq!(r.get_params(), Some(json!({"again": true})));

    // Standard mode makes a new instance.
    r.push_url("pages/Counter").unwrap();
    assert_eq!(r.get_length(), 4);
    assert_eq!(r.get_state_by_url("pages/Counter").len(), 2);

    // replaceUrl in single mode: the existing Detail replaces the top page.
    take_log();
    r.replace_url(RouterOptions::new("pages/Detail").mode(RouterMode::Single))
        .unwrap();
    assert_eq!(
        take_log(),
        ["Detail.onPageShow", "Counter.aboutToDisappear"]
    );
    let names: Vec<String> = (1..=r.get_length())
        .map(|i| r.get_state_by_index(i).unwrap().name)
        .collect();
    assert_eq!(names, ["Index", "Counter", "Detail"]);
}

#[test]
fn replace_back_to_and_page_state_follow_arkui() {
    let r = three_routes();
    let mut t = app(DeviceProfile::iot(), r);
    r.push_url("pages/Counter").unwrap();
    take_log();
    r.replace_url(RouterOptions::new("pages/Detail").params(json!({"from": "replace", "n": 3})))
        .unwrap();
    assert_eq!(
        take_log(),
        [
            "Detail.aboutToAppear",
            "Detail.onPageShow",
            "Counter.aboutToDisappear"
        ]
    );
    assert_eq!(r.get_length(), 2);
    assert_eq!(t.text("detail-title").unwrap(), "from replace #3");
    let state = r.get_state().unwrap();
    assert_eq!(
        (state.index, state.name.as_str(), state.path.as_str()),
        (2, "Detail", "pages/")
    );

    r.push_url("pages/Counter").unwrap();
    r.push_url("pages/Counter").unwrap();
    take_log();
    // Back to Index with parameters: the pages above are destroyed, the top one last shown.
    r.back_to(RouterOptions::new("pages/Index").params(json!({"result": "ok"})))
        .unwrap();
    let log = take_log();
    assert_eq!(log.first().map(String::as_str), Some("Index.onPageShow"));
    assert_eq!(
        log.iter()
            .filter(|l| l.ends_with("aboutToDisappear"))
            .count(),
        3
    );
    assert_eq!(r.get_length(), 1);
    assert_eq!(r.get_params(), Some(json!({"result": "ok"})));

    r.push_url("pages/Detail").unwrap();
    r.push_url("pages/Counter").unwrap();
    assert_eq!(r.back_to_index(1, None), Ok(()));
    assert_eq!(r.get_length(), 1);
    assert!(
        r.back_to_index(1, None).is_err(),
        "already on the first page"
    );
    t.render();
}

/// The colour of the rendered frame at window pixel `(x, y)`.
fn pixel(t: &mut TestApp, x: u32, y: u32) -> [u8; 4] {
    let canvas = t.render();
    canvas.pixel(x, y)
}

fn close(a: [u8; 4], c: Color) -> bool {
    let b = [c.r, c.g, c.b];
    a.iter().zip(b).all(|(x, y)| x.abs_diff(y) <= 8)
}

/// The router's full-size frame around the page showing `.id(id)`: what transitions move.
fn page_frame(t: &mut TestApp, id: &str) -> NodeId {
    let mut at = t.app().find_by_id(id).unwrap();
    while at.tag() != Some("Page") {
        at = at.parent().unwrap();
    }
    at
}

#[test]
fn the_system_transition_slides_the_new_page_over_and_back_off() {
    let r = two_pages();
    let mut t = app(DeviceProfile::iot(), r);
    let (w, h) = t.app().size();
    let y = h - 10;
    t.click("open").unwrap();
    t.app().advance_time(0.0);
    t.render();
    // Half way through 300 ms fast-out-slow-in, the new page has covered more than half the
    // screen from the right; the old page shows at the left.
    t.app().advance_time(150.0);
    let left = pixel(&mut t, 4, y);
    let right = pixel(&mut t, w - 4, y);
    assert!(close(left, INDEX_BLUE), "left {left:?}");
    assert!(close(right, DETAIL_RED), "right {right:?}");
    let detail = page_frame(&mut t, "detail-body");
    let dx = detail.visual().unwrap().translate.0;
    let shown = match dx {
        Length::Px(px) => px,
        Length::Vp(vp) => vp,
        other => panic!("translate {other:?}"),
    };
    assert!(
        shown > 0.0 && shown < w as f32 * 0.5,
        "mid-slide at {shown}"
    );
    t.app().advance_time(400.0);
    assert!(close(pixel(&mut t, 4, y), DETAIL_RED));
    let index = page_frame(&mut t, "open");
    assert_eq!(
        index.layout_attrs().unwrap().visibility,
        Visibility::Hidden,
        "the covered page is hidden once covered (its state stays)"
    );

    // Back: the old page slides back in from the left while the top one leaves to the right.
    t.app().press_key(Key::Back);
    t.app().advance_time(550.0);
    assert!(close(pixel(&mut t, 4, y), INDEX_BLUE));
    assert!(close(pixel(&mut t, w - 4, y), DETAIL_RED), "still leaving");
    t.app().advance_time(800.0);
    assert!(close(pixel(&mut t, w - 4, y), INDEX_BLUE), "gone");
    assert_eq!(
        index.layout_attrs().unwrap().visibility,
        Visibility::Visible
    );
}

#[component]
struct Faded {}

impl Faded {
    fn build(&self) -> impl View {
        router::page_transition([
            PageTransition::enter()
                .route_type(RouteType::Push)
                .duration(200.0)
                .curve(Curve::Linear)
                .opacity(0.0),
            PageTransition::exit()
                .route_type(RouteType::Pop)
                .duration(100.0)
                .curve(Curve::Linear)
                .slide(SlideEffect::Bottom),
        ]);
        ui! { Column() {}.width(pct(100.0)).height(pct(100.0)).background_color(DETAIL_RED).id("faded") }
    }
}

#[test]
fn a_page_transition_of_the_page_replaces_the_system_one() {
    let r = Router::new()
        .page::<Index>("pages/Index")
        .page::<Faded>("pages/Faded");
    let mut t = app(DeviceProfile::iot(), r);
    let (_, h) = t.app().size();
    r.push_url("pages/Faded").unwrap();
    t.render();
    t.app().advance_time(100.0);
    t.render();
    let frame = page_frame(&mut t, "faded");
    assert!((frame.visual().unwrap().opacity - 0.5).abs() < 0.02);
    assert_eq!(
        frame.visual().unwrap().translate.0,
        Length::Vp(0.0),
        "a fade, no slide"
    );
    t.app().advance_time(250.0);
    t.render();
    assert_eq!(frame.visual().unwrap().opacity, 1.0);
    // Popping: 100 ms sliding down, linear.
    r.back();
    t.app().advance_time(300.0);
    let top = pixel(&mut t, 4, h / 4);
    let bottom = pixel(&mut t, 4, h - 4);
    assert!(
        close(top, INDEX_BLUE) && close(bottom, DETAIL_RED),
        "{top:?} {bottom:?}"
    );
    t.app().advance_time(360.0);
    assert!(close(pixel(&mut t, 4, h - 4), INDEX_BLUE));
}

#[test]
fn a_navigation_inside_a_page_takes_the_back_first() {
    let stack = NavPathStack::new();
    let r = Router::new()
        .page::<Index>("pages/Index")
        .route("pages/Mail", move || {
            Navigation::new(stack)
                .title("Mail")
                .nav_destination(|name, _| NavDestination::new().title(name))
        });
    let mut t = app(DeviceProfile::iot(), r);
    r.push_url("pages/Mail").unwrap();
    stack.push_path_by_name("detail", None);
    t.render();
    assert!(t.app().press_key(Key::Back));
    assert_eq!(
        (stack.size(), r.get_length()),
        (0, 2),
        "the Navigation popped"
    );
    assert!(t.app().press_key(Key::Back));
    assert_eq!(r.get_length(), 1, "then the router");
}

#[test]
fn a_rebuilt_app_gets_its_pages_and_their_params_back() {
    let mut t = app(DeviceProfile::phone(), two_pages());
    let mut now = 0.0;
    t.click("open").unwrap();
    settle(&mut t, &mut now);
    t.click("back").unwrap();
    settle(&mut t, &mut now);
    t.click("open").unwrap();
    settle(&mut t, &mut now);
    assert_eq!(t.text("detail-title").unwrap(), "from index #2");
    let snap = t.app().snapshot();
    // A fresh instance (the previewer's rebuild) starts on the first page...
    let router = two_pages();
    let mut fresh = app(DeviceProfile::phone(), router);
    assert!(fresh.inspect("detail-title").is_none());
    // ...and the snapshot reopens the detail page over it, with the params it had.
    let problems = fresh.app().restore(&snap);
    assert!(problems.is_empty(), "{problems:?}");
    let mut now = 0.0;
    settle(&mut fresh, &mut now);
    assert_eq!(fresh.text("detail-title").unwrap(), "from index #2");
    assert_eq!(router.get_length(), 2);
    // Back still goes to the index under it.
    fresh.click("back").unwrap();
    settle(&mut fresh, &mut now);
    assert!(fresh.inspect("detail-title").is_none());
    assert!(fresh.inspect("open").is_some());
}
