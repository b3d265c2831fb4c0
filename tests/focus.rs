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
}

#[test]
fn the_ring_shows_after_keys_and_hides_on_touch() {
    let mut t = TestApp::new::<Menu>(DeviceProfile::phone());
    let before = t.render().clone();
    assert!(
        !t.app().focus_ring_visible(),
        "touch devices start without a ring"
    );
    t.app().focus_id("list-a").unwrap();
    t.app().press_key(Key::Down);
    assert!(t.app().focus_ring_visible());
    let with_ring = t.render().clone();
    let ring = with_ring
        .diff_bounds(&before, 8)
        .expect("the ring is drawn");
    let b = t.rect("list-b").unwrap();
    assert!(
        ring.x0 as f32 <= b.x && ring.x1 as f32 >= b.x + b.width,
        "ring around list-b: {ring:?} {b:?}"
    );
    t.click("list-c").unwrap();
    assert!(!t.app().focus_ring_visible(), "touch hides it");
    assert_eq!(
        t.app().focused_id().as_deref(),
        Some("list-c"),
        "but the touched button has focus"
    );
}

#[test]
fn disabled_components_take_no_focus_and_no_clicks() {
    let clicks = arkui::State::new(0);
    let mut t = TestApp::with_view(DeviceProfile::tv(), move || {
        ui! {
            Column() {
                Button("off").id("off").enabled(false).on_click(move |_| clicks.update(|c| *c += 1))
                Button("on").id("on").on_click(move |_| clicks.update(|c| *c += 1))
            }
        }
    });
    t.render();
    assert_eq!(t.app().focused_id().as_deref(), Some("on"));
    assert!(t.app().focus_id("off").is_err());
    t.click("off").unwrap();
    assert_eq!(clicks.get(), 0);
    t.app().press_key(Key::Up);
    assert_eq!(
        t.app().focused_id().as_deref(),
        Some("on"),
        "nothing focusable above"
    );
}

#[test]
fn key_events_go_to_the_focused_component_first_and_bubble() {
    let log = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let (a, b) = (log.clone(), log.clone());
    let mut t = TestApp::with_view(DeviceProfile::tv(), move || {
        let (a, b) = (a.clone(), b.clone());
        ui! {
            Column() {
                Button("inner").id("inner").on_click(|_| {})
                    .on_key_event(move |e| { a.borrow_mut().push(format!("inner {:?}", e.key)); e.key == Key::Character("x".into()) })
            }
            .on_key_event(move |e| { b.borrow_mut().push(format!("outer {:?}", e.key)); false })
        }
    });
    t.app().focus_id("inner").unwrap();
    t.app().handle_input(&arkui::InputEvent::Key {
        key: Key::Character("x".into()),
        pressed: true,
        modifiers: Default::default(),
    });
    t.app().handle_input(&arkui::InputEvent::Key {
        key: Key::Character("y".into()),
        pressed: true,
        modifiers: Default::default(),
    });
    assert_eq!(
        *log.borrow(),
        vec![
            "inner Character(\"x\")",
            "inner Character(\"y\")",
            "outer Character(\"y\")"
        ]
    );
}
