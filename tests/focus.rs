//! Keyboard and D-pad focus: Tab order, arrows over a list and a grid, focus groups,
//! explicit next focus, Enter/Space clicking, the focus ring, and the TV profile's start.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{FocusDirection, Key};

#[component]
struct Menu {
    #[state(String::new())]
    last: String,
}

impl Menu {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 8.vp()) {
                Text(self.last.get()).id("last")
                Column(space = 4.vp()) {
                    ForEach(vec!["a", "b", "c"], |s| *s, |s: &'static str| {
                        Button(s).id(format!("list-{s}")).on_click(move |_| self.last.set(s.to_string()))
                    })
                }
                GridRow() {
                    ForEach((0..6).collect::<Vec<u32>>(), |i| *i, |i: u32| {
                        GridCol() {
                            Button(format!("g{i}")).id(format!("grid-{i}"))
                                .on_click(move |_| self.last.set(format!("grid {i}")))
                        }
                        .span(4)
                    })
                }
                .width(300.vp())
                Row(space = 4.vp()) {
                    Button("x").id("row-x").on_click(|_| {})
                    Button("y").id("row-y").on_click(|_| {}).default_focus(true)
                    Button("z").id("row-z").on_click(|_| {}).next_focus(FocusDirection::Right, "list-a")
                }
                .focus_group(true)
            }
            .width(pct(100.0))
        }
    }
}

fn tv() -> TestApp {
    TestApp::new::<Menu>(DeviceProfile::tv())
}

#[test]
fn tv_starts_on_the_default_focus_with_the_ring_shown() {
    let mut t = tv();
    t.render();
    assert_eq!(t.app().focused_id().as_deref(), Some("row-y"));
    assert!(t.app().focus_ring_visible());
}

#[test]
fn arrows_move_through_a_list_and_a_grid_by_geometry() {
    let mut t = tv();
    t.render();
    t.app().focus_id("list-a").unwrap();
    t.app().press_key(Key::Down);
    assert_eq!(t.app().focused_id().as_deref(), Some("list-b"));
    t.app().press_key(Key::Down);
    t.app().press_key(Key::Down);
    // Below the list comes the grid's first row; the nearest is the middle cell.
    let first_grid = t.app().focused_id().unwrap();
    assert!(first_grid.starts_with("grid-"), "{first_grid}");
    t.app().focus_id("grid-0").unwrap();
    t.app().press_key(Key::Right);
    assert_eq!(t.app().focused_id().as_deref(), Some("grid-1"));
    t.app().press_key(Key::Down);
    assert_eq!(
        t.app().focused_id().as_deref(),
        Some("grid-4"),
        "2-D: straight down"
    );
    t.app().press_key(Key::Left);
    assert_eq!(t.app().focused_id().as_deref(), Some("grid-3"));
    t.app().press_key(Key::Up);
    assert_eq!(t.app().focused_id().as_deref(), Some("grid-0"));
}

#[test]
fn enter_and_space_click_the_focused_component() {
    let mut t = tv();
    t.app().focus_id("list-b").unwrap();
    t.app().press_key(Key::Enter);
    assert_eq!(t.text("last").unwrap(), "b");
    t.app().focus_id("grid-5").unwrap();
    t.app().press_key(Key::Space);
    assert_eq!(t.text("last").unwrap(), "grid 5");
}

#[test]
fn a_focus_group_remembers_its_last_child_and_explicit_next_focus_wins() {
    let mut t = tv();
    t.app().focus_id("row-z").unwrap();
    t.app().press_key(Key::Right);
    assert_eq!(
        t.app().focused_id().as_deref(),
        Some("list-a"),
        "explicit next focus"
    );
    // Come back into the row from above: the group returns to z, where focus left it.
    t.app().focus_id("grid-4").unwrap();
    t.app().press_key(Key::Down);
    assert_eq!(t.app().focused_id().as_deref(), Some("row-z"));
}

#[test]
fn tab_order_follows_the_document_and_wraps() {
    let mut t = TestApp::new::<Menu>(DeviceProfile::desktop(800, 600));
    t.app().focus_id("list-c").unwrap();
    t.app().press_key(Key::Tab);
    assert_eq!(t.app().focused_id().as_deref(), Some("grid-0"));
    let shift_tab = arkui::InputEvent::Key {
        key: Key::Tab,
        pressed: true,
        modifiers: arkui::Modifiers {
            shift: true,
            ..Default::default()
        },
    };
    t.app().handle_input(&shift_tab);
    assert_eq!(t.app().focused_id().as_deref(), Some("list-c"));
    // The last component in the document wraps to the first, and back.
    t.app().focus_id("row-z").unwrap();
    t.app().press_key(Key::Tab);
    assert_eq!(t.app().focused_id().as_deref(), Some("list-a"), "wraps");
    t.app().handle_input(&shift_tab);
    assert_eq!(
        t.app().focused_id().as_deref(),
        Some("row-z"),
        "wraps backwards"
    );
}

fn shift_tab(t: &mut TestApp) {
    t.app().handle_input(&arkui::InputEvent::Key {
        key: Key::Tab,
        pressed: true,
        modifiers: arkui::Modifiers {
            shift: true,
            ..Default::default()
        },
    });
}

#[test]
fn positive_tab_indexes_come_first_in_ascending_order() {
    let mut t = TestApp::with_view(DeviceProfile::desktop(800, 600), || {
        ui! {
            Row() {
                Button("a").id("a").on_click(|_| {})
                Button("b").id("b").on_click(|_| {}).tab_index(2)
                Button("c").id("c").on_click(|_| {})
                Button("d").id("d").on_click(|_| {}).tab_index(1)
            }
        }
    });
    t.app().focus_id("c").unwrap();
    let mut order = Vec::new();
    for _ in 0..5 {
        t.app().press_key(Key::Tab);
        order.push(t.app().focused_id().unwrap());
    }
    assert_eq!(
        order,
        ["d", "b", "a", "c", "d"],
        "tab indexes, then the document"
    );
    shift_tab(&mut t);
    assert_eq!(t.app().focused_id().as_deref(), Some("c"));
}

#[test]
fn the_first_tab_shows_focus_where_it_starts_without_skipping_it() {
    let mut t = TestApp::with_view(DeviceProfile::desktop(800, 600), || {
        ui! {
            Column() {
                Button("a").id("a").on_click(|_| {})
                Button("b").id("b").on_click(|_| {})
            }
        }
    });
    assert_eq!(t.app().focused_id(), None);
    t.app().press_key(Key::Tab);
    assert_eq!(t.app().focused_id().as_deref(), Some("a"));
    assert!(t.app().focus_ring_visible());
    t.app().press_key(Key::Tab);
    assert_eq!(t.app().focused_id().as_deref(), Some("b"));
}

type Log = std::rc::Rc<std::cell::RefCell<Vec<String>>>;

/// A button above a focus group of three whose right-hand one is its `group_default_focus`;
/// `top` and `x` log focus and blur.
fn grouped(profile: DeviceProfile, log: &Log) -> TestApp {
    let log = log.clone();
    TestApp::with_view(profile, move || {
        let note = move |s: &'static str| {
            let log = log.clone();
            move || log.borrow_mut().push(s.to_string())
        };
        ui! {
            Column(space = 8.vp()) {
                Button("top").id("top").on_click(|_| {})
                    .on_focus(note("top focus"))
                    .on_blur(note("top blur"))
                Row(space = 8.vp()) {
                    Button("x").id("x").on_click(|_| {})
                        .on_focus(note("x focus"))
                        .on_blur(note("x blur"))
                    Button("y").id("y").on_click(|_| {})
                    Button("z").id("z").on_click(|_| {}).group_default_focus(true)
                }
                .focus_group(true)
            }
            .width(pct(100.0))
            .align_items(HorizontalAlign::Start)
        }
    })
}

#[test]
fn entering_a_group_goes_to_its_group_default_focus_until_it_remembers_a_child() {
    let mut t = grouped(DeviceProfile::tv(), &Log::default());
    t.render();
    assert_eq!(t.app().focused_id().as_deref(), Some("top"));
    let (top, x) = (t.rect("top").unwrap(), t.rect("x").unwrap());
    assert!(
        x.x < top.x + top.width,
        "x is straight below top, nearest to it"
    );
    t.app().press_key(Key::Down);
    assert_eq!(
        t.app().focused_id().as_deref(),
        Some("z"),
        "the group's default, not the nearest"
    );
    t.app().press_key(Key::Left);
    assert_eq!(t.app().focused_id().as_deref(), Some("y"));
    t.app().press_key(Key::Up);
    assert_eq!(t.app().focused_id().as_deref(), Some("top"));
    t.app().press_key(Key::Down);
    assert_eq!(
        t.app().focused_id().as_deref(),
        Some("y"),
        "the remembered child wins over the default"
    );
}

#[test]
fn on_blur_runs_when_focus_leaves_before_the_next_on_focus() {
    let log = Log::default();
    let mut t = grouped(DeviceProfile::desktop(800, 600), &log);
    t.app().focus_id("top").unwrap();
    t.app().focus_id("x").unwrap();
    // A touch moves focus too.
    t.click("top").unwrap();
    // Down goes back into the group, to x, which it remembers.
    t.app().press_key(Key::Down);
    t.app().press_key(Key::Right);
    assert_eq!(
        *log.borrow(),
        [
            "top focus",
            "top blur",
            "x focus",
            "x blur",
            "top focus",
            "top blur",
            "x focus",
            "x blur"
        ]
    );
}

#[test]
fn a_focus_group_entered_from_its_far_side_returns_to_the_remembered_child() {
    // From grid-5, above the right end of the row, the nearest below is not row-x...
    let mut fresh = tv();
    fresh.app().focus_id("grid-5").unwrap();
    fresh.app().press_key(Key::Down);
    let nearest = fresh.app().focused_id().unwrap();
    assert_ne!(nearest, "row-x");
    // ...but once focus left the row from row-x, coming back from there returns to row-x.
    let mut t = tv();
    t.app().focus_id("row-x").unwrap();
    t.app().press_key(Key::Up);
    for _ in 0..6 {
        if t.app().focused_id().as_deref() == Some("grid-5") {
            break;
        }
        t.app().press_key(Key::Right);
    }
    assert_eq!(t.app().focused_id().as_deref(), Some("grid-5"));
    t.app().press_key(Key::Down);
    assert_eq!(t.app().focused_id().as_deref(), Some("row-x"));
}

#[test]
fn closing_a_dialog_returns_focus_to_the_button_that_opened_it() {
    let mut t = TestApp::with_view(DeviceProfile::tv(), || {
        let dialog = CustomDialogController::new(|| {
            Column::new()
                .child(Button::new("Yes").id("dlg-yes").on_click(|_| {}))
                .padding(16.vp())
        });
        ui! {
            Column(space = 8.vp()) {
                Button("first").id("first").on_click(|_| {})
                Button("Open").id("open").on_click(move |_| dialog.open())
            }
        }
    });
    t.render();
    assert_eq!(t.app().focused_id().as_deref(), Some("first"));
    t.app().press_key(Key::Down);
    t.app().press_key(Key::Enter);
    t.render();
    assert_eq!(t.app().focused_id().as_deref(), Some("dlg-yes"), "trapped");
    t.app().press_key(Key::Back);
    t.render();
    assert!(t.inspect("dlg-yes").is_none());
    assert_eq!(
        t.app().focused_id().as_deref(),
        Some("open"),
        "back where it was, not at the page's start"
    );
}

#[test]
fn the_focus_ring_is_drawn_around_where_a_translated_button_is_drawn() {
    let mut t = TestApp::with_view(DeviceProfile::desktop(400, 300), || {
        ui! {
            Column() {
                Button("moved").id("moved").on_click(|_| {}).translate(120.vp(), 60.vp())
            }
            .width(pct(100.0))
            .height(pct(100.0))
        }
    });
    t.render();
    t.app().press_key(Key::Tab);
    assert!(t.app().focus_ring_visible());
    let r = t.rect("moved").unwrap();
    let d = DeviceProfile::desktop(400, 300).density;
    // The ring is 2 vp wide, 2 vp outside the box: 3 vp left of it, half way down.
    let (x, y) = (r.x - 3.0 * d, r.y + r.height / 2.0);
    let canvas = t.render();
    let ring = [0x00, 0x7D, 0xFF, 0xFF];
    let near = |p: [u8; 4]| p.iter().zip(ring).all(|(a, b)| a.abs_diff(b) < 40);
    let drawn = canvas.pixel((x + 120.0 * d) as u32, (y + 60.0 * d) as u32);
    let laid_out = canvas.pixel(x as u32, y as u32);
    assert!(near(drawn), "no ring where the button is drawn: {drawn:?}");
    assert!(
        !near(laid_out),
        "a ring where nothing is drawn: {laid_out:?}"
    );
}

#[test]
fn arrows_go_to_what_is_drawn_beside_not_to_what_is_laid_out_beside() {
    // "b" is laid out under "a" but drawn to its right.
    let mut t = TestApp::with_view(DeviceProfile::tv(), || {
        ui! {
            Column() {
                Button("a").id("a").on_click(|_| {}).height(40.vp())
                Button("b").id("b").on_click(|_| {}).height(40.vp()).translate(300.vp(), (-40).vp())
            }
        }
    });
    t.render();
    t.app().focus_id("a").unwrap();
    t.app().press_key(Key::Right);
    assert_eq!(t.app().focused_id().as_deref(), Some("b"));
    t.app().press_key(Key::Left);
    assert_eq!(t.app().focused_id().as_deref(), Some("a"));
}
