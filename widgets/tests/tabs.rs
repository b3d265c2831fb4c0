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

thread_local! {
    /// The test's clock: each settle moves it a second on.
    static CLOCK: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

/// Let a page switch finish (a slide starts on the frame after the change).
fn settle(t: &mut TestApp) {
    t.render();
    let now = CLOCK.with(|c| {
        c.set(c.get() + 1000.0);
        c.get()
    });
    t.app().advance_time(now);
    t.render();
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
    // The pages slide for 300 ms; then only the new one shows.
    assert!(
        shown(&mut t, "home") && shown(&mut t, "mail"),
        "both while sliding"
    );
    settle(&mut t);
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

// ---- bar styles, sizes, swipes, clicks and the controller ---------------------------------

/// A solid `w`x`h` PNG, as an image source.
fn png(w: u32, h: u32, rgb: [u8; 3]) -> Vec<u8> {
    let img = image::RgbImage::from_pixel(w, h, image::Rgb(rgb));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

#[test]
fn bottom_tab_bar_style_puts_the_icon_over_the_label_and_swaps_the_selected_icon() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        let style = |name: &str| {
            BottomTabBarStyle::of(png(24, 24, [120, 120, 120]), name).selected_icon(png(
                24,
                24,
                [0, 125, 255],
            ))
        };
        Tabs::new()
            .bar_position(BarPosition::End)
            .child(TabContent::new().tab_bar(style("Home")).id("home"))
            .child(TabContent::new().tab_bar(style("Me")).id("me"))
    });
    t.render();
    let (icon, label) = (
        t.rect("home-tab-icon-selected").unwrap(),
        t.rect("home-tab-label").unwrap(),
    );
    assert_eq!((icon.width, icon.height), (24.0, 24.0));
    assert!(
        icon.y + icon.height <= label.y,
        "icon above the label: {icon:?} {label:?}"
    );
    assert!(
        (icon.x + icon.width / 2.0 - (label.x + label.width / 2.0)).abs() <= 1.0,
        "centred over it"
    );
    assert!(
        !shown(&mut t, "home-tab-icon"),
        "the selected tab shows its selected icon"
    );
    assert!(shown(&mut t, "me-tab-icon") && !shown(&mut t, "me-tab-icon-selected"));
    let bar = t.rect("home-tab").unwrap();
    assert_eq!(bar.y + bar.height, 240.0, "a bottom bar");
    t.click("me-tab").unwrap();
    assert!(shown(&mut t, "me-tab-icon-selected") && shown(&mut t, "home-tab-icon"));
    t.render();
    assert!(t.app().wait_for_images(std::time::Duration::from_secs(10)));
    assert_near(
        common::pixel_in(&mut t, "me-tab-icon-selected", 0.5, 0.5),
        Color::from_argb(0xFF00_7DFF),
        "the selected icon is drawn",
    );
}

/// A black icon on a transparent background: its left half is transparent.
fn half_icon(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbaImage::from_fn(w, h, |x, _| {
        image::Rgba([0, 0, 0, if x < w / 2 { 0 } else { 255 }])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

#[test]
fn icon_style_tints_the_icon_in_the_selected_and_unselected_colours() {
    let (on, off) = (Color::from_argb(0xFFE8_4026), Color::from_argb(0xFF64_BB5C));
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let style = |name: &str| {
            BottomTabBarStyle::of(half_icon(24, 24), name).icon_style(TabBarIconStyle {
                selected_color: Some(on),
                unselected_color: Some(off),
            })
        };
        Tabs::new()
            .bar_position(BarPosition::End)
            .child(TabContent::new().tab_bar(style("Home")).id("home"))
            .child(TabContent::new().tab_bar(style("Me")).id("me"))
    });
    t.render();
    assert!(t.app().wait_for_images(std::time::Duration::from_secs(10)));
    let [r, g, b, a] = common::pixel_in(&mut t, "home-tab", 0.02, 0.5);
    let bar = Color::rgba(r, g, b, a);
    let probe = |t: &mut TestApp, id: &str, x: f32| common::pixel_in(t, id, x, 0.5);
    assert_near(
        probe(&mut t, "home-tab-icon", 0.75),
        on,
        "the selected icon, tinted",
    );
    assert_near(
        probe(&mut t, "me-tab-icon", 0.75),
        off,
        "the other one, tinted",
    );
    // The transparent half stays transparent: the bar shows through.
    assert_near(probe(&mut t, "home-tab-icon", 0.25), bar, "alpha kept");
    assert_eq!(
        t.inspect("home-tab-icon").unwrap()["$attrs"]["fillColor"],
        on.to_argb_string()
    );
    t.click("me-tab").unwrap();
    t.render();
    assert_near(probe(&mut t, "home-tab-icon", 0.75), off, "deselected");
    assert_near(probe(&mut t, "me-tab-icon", 0.75), on, "selected");
}

#[test]
fn sub_tab_bar_board_mode_and_a_custom_builder() {
    let index = State::new(0usize);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Tabs::new()
            .bind_index(index)
            .child(
                TabContent::new()
                    .tab_bar(SubTabBarStyle::of("Board").selected_mode(SelectedMode::Board))
                    .id("board"),
            )
            .child(
                TabContent::new()
                    .tab_bar(TabBarOptions::builder(move || {
                        Text::new("custom")
                            .font_color(if index.get_untracked() == 1 {
                                Color::RED
                            } else {
                                Color::BLACK
                            })
                            .id("custom-face")
                    }))
                    .id("custom"),
            )
    });
    t.render();
    let board = common::pixel_at(&mut t, "board-tab-face", 2.0, 2.0);
    assert!(
        board != [255, 255, 255, 255],
        "the selected board is tinted: {board:?}"
    );
    assert!(
        t.app().find_by_id("board-tab-indicator").is_none(),
        "a board has no line"
    );
    t.click("custom-face").unwrap();
    assert_eq!(index.get(), 1, "a custom tab selects its page when clicked");
    let board = common::pixel_at(&mut t, "board-tab-face", 2.0, 2.0);
    assert_near(board, Color::WHITE, "the board leaves with the selection");
}

#[test]
fn bar_width_and_bar_height_take_percentages() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Tabs::new()
            .bar_height(pct(20.0))
            .bar_width(pct(50.0))
            .child(TabContent::new().tab_bar("A").id("a"))
            .child(TabContent::new().tab_bar("B").id("b"))
    });
    let (a, b, page) = (
        t.rect("a-tab").unwrap(),
        t.rect("b-tab").unwrap(),
        t.rect("a").unwrap(),
    );
    assert_eq!(a.height, 48.0, "20% of 240");
    assert_eq!(a.width + b.width, 160.0, "50% of 320");
    assert_eq!(page.y, 48.0);
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Tabs::new()
            .vertical(true)
            .bar_width(pct(25.0))
            .child(TabContent::new().tab_bar("A").id("a"))
            .child(TabContent::new().tab_bar("B").id("b"))
    });
    assert_eq!(t.rect("a-tab").unwrap().width, 80.0, "25% of 320");
    assert_eq!(t.rect("a").unwrap().x, 80.0);
}

fn three_pages(index: State<usize>) -> impl FnOnce() -> Tabs {
    move || {
        let tabs = Tabs::new().bind_index(index).animation_duration(200.0);
        for (i, c) in [0xFF20_40C0u32, 0xFFC0_2020, 0xFF20_A020]
            .into_iter()
            .enumerate()
        {
            tabs.child(
                TabContent::new()
                    .tab_bar(format!("P{i}"))
                    .child(
                        Column::new()
                            .width(pct(100.0))
                            .height(pct(100.0))
                            .background_color(Color::from_argb(c)),
                    )
                    .id(format!("p{i}")),
            );
        }
        tabs
    }
}

#[test]
fn a_swipe_across_the_pages_turns_them_and_the_pages_slide() {
    let index = State::new(0usize);
    let mut t = TestApp::with_view(DeviceProfile::iot(), three_pages(index));
    t.app().advance_time(10_000.0);
    t.render();
    let page = t.rect("p0").unwrap();
    let y = page.y + page.height / 2.0;
    // A slow short drag leaves the page; a long one turns it.
    t.app().pointer_down(200.0, y);
    t.app().pointer_move(180.0, y);
    t.app().pointer_move(170.0, y);
    t.app().pointer_up(170.0, y);
    assert_eq!(index.get(), 0);
    t.app().advance_time(11_000.0);
    t.app().pointer_down(260.0, y);
    for x in [240.0, 200.0, 160.0, 120.0] {
        t.app().advance_time(11_000.0 + (260.0 - x) as f64);
        t.app().pointer_move(x, y);
        // A frame a move, as on a screen: the pages follow the finger.
        t.render();
    }
    t.app().pointer_up(120.0, y);
    assert_eq!(index.get(), 1, "dragged left: the next page");
    // As the finger lets go: the new page is coming in from the right, the old one leaving
    // at the left (both from where the finger left them).
    let canvas = t.render();
    assert_near(
        canvas.pixel(316, y as u32),
        Color::from_argb(0xFFC0_2020),
        "P1 at the right",
    );
    assert_near(
        canvas.pixel(4, y as u32),
        Color::from_argb(0xFF20_40C0),
        "P0 leaving at the left",
    );
    t.app().advance_time(12_000.0);
    let canvas = t.render();
    assert_near(
        canvas.pixel(4, y as u32),
        Color::from_argb(0xFFC0_2020),
        "P1 in place",
    );
    assert!(!shown(&mut t, "p0"));
    // Dragging right goes back; none before the first page.
    t.app().pointer_down(60.0, y);
    for x in [80.0, 120.0, 160.0, 200.0] {
        t.app().pointer_move(x, y);
    }
    t.app().pointer_up(200.0, y);
    assert_eq!(index.get(), 0);
    // With scrollable(false) the pages stay.
    let index = State::new(0usize);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        three_pages(index)().scrollable(false)
    });
    t.render();
    t.app().pointer_down(260.0, y);
    for x in [200.0, 140.0, 80.0] {
        t.app().pointer_move(x, y);
    }
    t.app().pointer_up(80.0, y);
    assert_eq!(index.get(), 0);
}

#[test]
fn tab_bar_clicks_are_reported_and_the_controller_turns_pages() {
    let clicks = Rc::new(RefCell::new(Vec::new()));
    let c = clicks.clone();
    let controller = TabsController::new();
    let index = State::new(0usize);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        three_pages(index)()
            .controller(controller)
            .animation_duration(0.0)
            .on_tab_bar_click(move |i| c.borrow_mut().push(i))
    });
    t.click("p0-tab").unwrap();
    t.click("p2-tab").unwrap();
    assert_eq!(*clicks.borrow(), [0, 2], "the selected tab's click too");
    controller.change_index(1);
    assert_eq!(index.get(), 1);
    assert!(
        shown(&mut t, "p1") && !shown(&mut t, "p2"),
        "no animation: at once"
    );
    assert_eq!(*clicks.borrow(), [0, 2], "code is not a click");
}

#[test]
fn the_pages_follow_the_finger_and_settle_from_where_it_let_go() {
    let index = State::new(0usize);
    let mut t = TestApp::with_view(DeviceProfile::iot(), three_pages(index));
    t.app().advance_time(10_000.0);
    t.render();
    let page = t.rect("p0").unwrap();
    let y = page.y + page.height / 2.0;
    let (blue, red) = (Color::from_argb(0xFF20_40C0), Color::from_argb(0xFFC0_2020));
    // Mid-drag, 100 px to the left: P0 moved with the finger, P1 beside it.
    t.app().pointer_down(260.0, y);
    for (k, x) in [250.0, 220.0, 190.0, 160.0].into_iter().enumerate() {
        t.app().advance_time(10_000.0 + 16.0 * (k + 1) as f64);
        t.app().pointer_move(x, y);
    }
    let canvas = t.render();
    assert_near(
        canvas.pixel(200, y as u32),
        blue,
        "P0 still left of the finger",
    );
    assert_near(canvas.pixel(230, y as u32), red, "P1 follows, 100 px in");
    assert_eq!(index.get(), 0, "not turned while the finger is down");
    // Let go: P1 turns and goes on from where it was, not from the edge.
    t.app().pointer_up(160.0, y);
    assert_eq!(index.get(), 1);
    // The first frame after: P1 is where the finger left it (a slide from the edge would
    // put P0 there).
    let canvas = t.render();
    assert_near(
        canvas.pixel(230, y as u32),
        red,
        "P1 starts where the finger left it",
    );
    t.app().advance_time(11_000.0);
    let canvas = t.render();
    assert_near(canvas.pixel(4, y as u32), red, "P1 in place");
    assert!(!shown(&mut t, "p0"));
    // A short drag back and forth leaves the page where it was.
    t.app().pointer_down(100.0, y);
    for (k, x) in [110.0, 130.0, 140.0].into_iter().enumerate() {
        t.app().advance_time(12_000.0 + 200.0 * (k + 1) as f64);
        t.app().pointer_move(x, y);
    }
    t.app().advance_time(13_000.0);
    t.app().pointer_up(140.0, y);
    assert_eq!(index.get(), 1);
    t.render();
    t.app().advance_time(14_000.0);
    let canvas = t.render();
    assert_near(canvas.pixel(4, y as u32), red, "back in place");
    assert!(
        !shown(&mut t, "p0"),
        "the uncovered neighbour is hidden again"
    );
}
