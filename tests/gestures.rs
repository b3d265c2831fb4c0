//! Gestures and their arbitration, driven by pointer events on a controlled clock.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::cell::RefCell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{Gesture, GestureMode, PanDirection, SwipeDirection, TouchKind};

type Log = Rc<RefCell<Vec<String>>>;

fn log() -> Log {
    Rc::new(RefCell::new(Vec::new()))
}

fn push(l: &Log, s: impl Into<String>) {
    l.borrow_mut().push(s.into());
}

fn centre(t: &mut TestApp, id: &str) -> (f32, f32) {
    let r = t.rect(id).unwrap();
    (r.x + r.width / 2.0, r.y + r.height / 2.0)
}

fn at(t: &mut TestApp, ms: f64) {
    t.app().advance_time(ms);
}

/// A drag from `from` by (dx, dy) px in `steps` moves, `ms_per_step` apart.
fn drag(
    t: &mut TestApp,
    start_ms: f64,
    from: (f32, f32),
    d: (f32, f32),
    steps: u32,
    ms_per_step: f64,
) -> f64 {
    let mut ms = start_ms;
    at(t, ms);
    t.app().pointer_down(from.0, from.1);
    for i in 1..=steps {
        ms += ms_per_step;
        at(t, ms);
        let f = i as f32 / steps as f32;
        t.app().pointer_move(from.0 + d.0 * f, from.1 + d.1 * f);
    }
    t.app().pointer_up(from.0 + d.0, from.1 + d.1);
    ms
}

#[test]
fn the_child_wins_by_default_and_a_priority_gesture_changes_that() {
    for priority in [false, true] {
        let l = log();
        let (a, b) = (l.clone(), l.clone());
        let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
            let (a, b) = (a.clone(), b.clone());
            let parent_tap = Gesture::tap(1).on_action(move |_| push(&a, "parent"));
            let col = ui! {
                Column() {
                    Button("child").id("child").on_click(move |_| push(&b, "child"))
                }
                .size(200.vp(), 100.vp())
            };
            if priority {
                col.priority_gesture(parent_tap)
            } else {
                col.gesture(parent_tap)
            }
        });
        t.click("child").unwrap();
        assert_eq!(*l.borrow(), vec![if priority { "parent" } else { "child" }]);
    }
}

#[test]
fn a_parallel_gesture_recognises_alongside_the_child() {
    let l = log();
    let (a, b) = (l.clone(), l.clone());
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let (a, b) = (a.clone(), b.clone());
        ui! {
            Column() {
                Button("child").id("child").on_click(move |_| push(&b, "child"))
            }
            .size(200.vp(), 100.vp())
            .parallel_gesture(Gesture::tap(1).on_action(move |_| push(&a, "parent")))
        }
    });
    t.click("child").unwrap();
    let mut got = l.borrow().clone();
    got.sort();
    assert_eq!(got, vec!["child", "parent"]);
}

#[test]
fn long_press_fires_after_500_ms_and_not_before() {
    let l = log();
    let a = l.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let a = a.clone();
        ui! {
            Column() {}.size(100.vp(), 100.vp()).id("box")
                .gesture(Gesture::long_press().on_action(move |e| push(&a, format!("long {}", e.repeat))))
        }
    });
    let (x, y) = centre(&mut t, "box");
    at(&mut t, 1000.0);
    t.app().pointer_down(x, y);
    at(&mut t, 1400.0);
    assert!(l.borrow().is_empty(), "400 ms is not long enough");
    assert!(t.app().is_gesture_pending());
    at(&mut t, 1500.0);
    assert_eq!(*l.borrow(), vec!["long 1"]);
    t.app().pointer_up(x, y);
    // A short press is no long press.
    at(&mut t, 3000.0);
    t.app().pointer_down(x, y);
    at(&mut t, 3200.0);
    t.app().pointer_up(x, y);
    at(&mut t, 4000.0);
    assert_eq!(l.borrow().len(), 1);
}

#[test]
fn pan_recognises_after_5_vp_in_its_direction_and_reports_offsets() {
    let l = log();
    let a = l.clone();
    let mut t = TestApp::with_view(DeviceProfile::phone(), move || {
        let (a, b, c) = (a.clone(), a.clone(), a.clone());
        ui! {
            Column() {}.size(200.vp(), 200.vp()).id("box")
                .gesture(
                    Gesture::pan(PanDirection::Horizontal)
                        .on_action_start(move |e| push(&a, format!("start {:.0}", e.offset_x)))
                        .on_action_update(move |e| push(&b, format!("update {:.0}", e.offset_x)))
                        .on_action_end(move |e| push(&c, format!("end {:.0}", e.offset_x))),
                )
        }
    });
    let c = centre(&mut t, "box");
    // Vertical movement: a horizontal pan never recognises.
    drag(&mut t, 0.0, c, (0.0, 150.0), 10, 16.0);
    assert!(l.borrow().is_empty());
    // 3 vp of horizontal travel is under the 5 vp threshold (phone density 3: 9 px).
    drag(&mut t, 1000.0, c, (9.0, 0.0), 3, 16.0);
    assert!(l.borrow().is_empty());
    drag(&mut t, 2000.0, c, (90.0, 0.0), 3, 16.0);
    assert_eq!(
        *l.borrow(),
        vec!["start 10", "update 10", "update 20", "update 30", "end 30"]
    );
}

#[test]
fn a_scroll_container_takes_the_drag_from_a_childs_click() {
    let clicks = arkui::State::new(0);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        ui! {
            Scroll() {
                Column() {
                    Button("in the list").id("item").on_click(move |_| clicks.update(|c| *c += 1))
                    Column() {}.size(100.vp(), 600.vp())
                }
            }
            .size(200.vp(), 200.vp())
            .id("scroll")
        }
    });
    let c = centre(&mut t, "item");
    // A tap clicks.
    t.click("item").unwrap();
    assert_eq!(clicks.get(), 1);
    // A drag scrolls, and the click is cancelled.
    drag(&mut t, 1000.0, c, (0.0, -60.0), 6, 16.0);
    assert_eq!(clicks.get(), 1);
    let scroll = t.app().find_by_id("scroll").unwrap();
    assert_eq!(scroll.scroll_offset().1, 60.0);
}

#[test]
fn a_childs_horizontal_pan_and_a_vertical_scroll_each_get_their_own_direction() {
    let l = log();
    let a = l.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let a = a.clone();
        ui! {
            Scroll() {
                Column() {
                    Column() {}.size(200.vp(), 60.vp()).id("slider")
                        .gesture(Gesture::pan(PanDirection::Horizontal).on_action_update(move |e| push(&a, format!("{:.0}", e.offset_x))))
                    Column() {}.size(100.vp(), 600.vp())
                }
            }
            .size(200.vp(), 200.vp())
            .id("scroll")
        }
    });
    let c = centre(&mut t, "slider");
    drag(&mut t, 0.0, c, (40.0, 0.0), 4, 16.0);
    assert_eq!(l.borrow().last().unwrap(), "40");
    assert_eq!(t.app().find_by_id("scroll").unwrap().scroll_offset().1, 0.0);
    l.borrow_mut().clear();
    drag(&mut t, 1000.0, c, (0.0, -40.0), 4, 16.0);
    assert!(l.borrow().is_empty(), "vertical goes to the scroll");
    assert_eq!(
        t.app().find_by_id("scroll").unwrap().scroll_offset().1,
        40.0
    );
}

#[test]
fn swipe_needs_speed() {
    let l = log();
    let a = l.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let a = a.clone();
        ui! {
            Column() {}.size(300.vp(), 200.vp()).id("box")
                .gesture(Gesture::swipe(SwipeDirection::Horizontal).on_action(move |e| push(&a, format!("swipe {:.0}", e.speed))))
        }
    });
    let c = centre(&mut t, "box");
    // 60 vp in 600 ms: 100 vp/s is the threshold, 60 vp over 0.6 s is too slow... barely.
    drag(&mut t, 0.0, (c.0 - 30.0, c.1), (50.0, 0.0), 10, 60.0);
    assert!(l.borrow().is_empty(), "slow: {:?}", l.borrow());
    drag(&mut t, 2000.0, (c.0 - 30.0, c.1), (80.0, 0.0), 4, 10.0);
    assert_eq!(l.borrow().len(), 1, "fast");
}

#[test]
fn double_tap_needs_two_taps_within_300_ms() {
    let l = log();
    let a = l.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let a = a.clone();
        ui! {
            Column() {}.size(100.vp(), 100.vp()).id("box")
                .gesture(Gesture::tap(2).on_action(move |e| push(&a, format!("taps {}", e.repeat))))
        }
    });
    let (x, y) = centre(&mut t, "box");
    let tap = |t: &mut TestApp, ms: f64| {
        at(t, ms);
        t.app().pointer_down(x, y);
        at(t, ms + 50.0);
        t.app().pointer_up(x, y);
    };
    tap(&mut t, 0.0);
    tap(&mut t, 500.0); // too late: starts over
    assert!(l.borrow().is_empty());
    tap(&mut t, 1000.0);
    tap(&mut t, 1200.0);
    assert_eq!(*l.borrow(), vec!["taps 2"]);
}

#[test]
fn pinch_and_rotation_with_two_fingers_in_a_parallel_group() {
    let l = log();
    let (a, b) = (l.clone(), l.clone());
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let (a, b) = (a.clone(), b.clone());
        ui! {
            Column() {}.size(300.vp(), 200.vp()).id("box")
                .gesture(Gesture::group(GestureMode::Parallel, vec![
                    Gesture::pinch().on_action_end(move |e| push(&a, format!("scale {:.1}", e.scale))),
                    Gesture::rotation().on_action_end(move |e| push(&b, format!("rotate {:.0}", e.rotation))),
                ]))
        }
    });
    let (cx, cy) = centre(&mut t, "box");
    at(&mut t, 0.0);
    t.app().touch(TouchKind::Down, 1, cx - 20.0, cy);
    t.app().touch(TouchKind::Down, 2, cx + 20.0, cy);
    // Fingers move apart to 80 px and turn the line between them by 90 degrees.
    at(&mut t, 50.0);
    t.app().touch(TouchKind::Move, 1, cx, cy - 40.0);
    t.app().touch(TouchKind::Move, 2, cx, cy + 40.0);
    t.app().touch(TouchKind::Up, 2, cx, cy + 40.0);
    t.app().touch(TouchKind::Up, 1, cx, cy - 40.0);
    let mut got = l.borrow().clone();
    got.sort();
    assert_eq!(got, vec!["rotate 90", "scale 2.0"]);
}

#[test]
fn sequence_long_press_then_pan() {
    let l = log();
    let (a, b) = (l.clone(), l.clone());
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let (a, b) = (a.clone(), b.clone());
        ui! {
            Column() {}.size(200.vp(), 200.vp()).id("box")
                .gesture(Gesture::group(GestureMode::Sequence, vec![
                    Gesture::long_press().on_action(move |_| push(&a, "held")),
                    Gesture::pan(PanDirection::All).on_action_end(move |e| push(&b, format!("dragged {:.0}", e.offset_x))),
                ]))
        }
    });
    let (x, y) = centre(&mut t, "box");
    at(&mut t, 0.0);
    t.app().pointer_down(x, y);
    at(&mut t, 600.0);
    for i in 1..=5 {
        at(&mut t, 600.0 + 16.0 * f64::from(i));
        t.app().pointer_move(x + 10.0 * i as f32, y);
    }
    t.app().pointer_up(x + 50.0, y);
    assert_eq!(*l.borrow(), vec!["held", "dragged 50"]);
}

#[test]
fn touch_hover_area_change_and_response_region() {
    let l = log();
    let (a, b, c) = (l.clone(), l.clone(), l.clone());
    let wide = arkui::State::new(false);
    let clicked = arkui::State::new(0);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let (a, b, c) = (a.clone(), b.clone(), c.clone());
        ui! {
            Column() {
                Column() {}.size(if wide.get() { 80.vp() } else { 40.vp() }, 40.vp()).id("box")
                    .on_touch(move |e| push(&a, format!("touch {:?}", e.kind)))
                    .on_hover(move |h| push(&b, format!("hover {h}")))
                    .on_area_change(move |_, now| push(&c, format!("area {}", now.width)))
                Button("tiny").id("tiny").size(10.vp(), 10.vp()).padding(0.vp())
                    .response_region(pct(-100.0), pct(-100.0), pct(300.0), pct(300.0))
                    .on_click(move |_| clicked.update(|c| *c += 1))
            }
            .width(pct(100.0))
        }
    });
    t.render();
    let (x, y) = centre(&mut t, "box");
    t.app().pointer_move(x, y);
    t.app().pointer_move(x + 100.0, y);
    t.click("box").unwrap();
    wide.set(true);
    t.render();
    let got = l.borrow().clone();
    assert!(
        got.starts_with(&[
            "area 40".into(),
            "hover true".into(),
            "hover false".into(),
            "touch Down".into(),
            "touch Up".into()
        ]),
        "{got:?}"
    );
    assert_eq!(got.last().unwrap(), "area 80");
    // The tiny button takes a touch 8 px outside its 10 px box, and not 12 px outside.
    let r = t.rect("tiny").unwrap();
    assert_eq!(r.width, 10.0);
    t.app().click_at(r.x - 12.0, r.y + 5.0);
    assert_eq!(clicked.get(), 0, "past the region");
    t.app().click_at(r.x - 8.0, r.y + 5.0);
    assert_eq!(clicked.get(), 1, "the region took the click");
    assert_eq!(t.app().focused_id().as_deref(), Some("tiny"));
}

#[test]
fn exclusive_group_the_first_member_to_recognise_wins_alone() {
    let l = log();
    let (a, b) = (l.clone(), l.clone());
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let (a, b) = (a.clone(), b.clone());
        ui! {
            Column() {}.size(200.vp(), 200.vp()).id("box")
                .gesture(Gesture::group(GestureMode::Exclusive, vec![
                    Gesture::pan(PanDirection::Horizontal).on_action_end(move |_| push(&a, "horizontal")),
                    Gesture::pan(PanDirection::All).on_action_end(move |_| push(&b, "any")),
                ]))
        }
    });
    let c = centre(&mut t, "box");
    // Both members recognise a sideways drag: the first listed takes it, the other is dropped.
    drag(&mut t, 0.0, c, (40.0, 0.0), 4, 16.0);
    assert_eq!(*l.borrow(), vec!["horizontal"]);
    // Downwards only the second recognises.
    drag(&mut t, 1000.0, c, (0.0, 40.0), 4, 16.0);
    assert_eq!(*l.borrow(), vec!["horizontal", "any"]);
}

#[test]
fn exclusive_double_tap_or_pan() {
    let l = log();
    let (a, b) = (l.clone(), l.clone());
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let (a, b) = (a.clone(), b.clone());
        ui! {
            Column() {}.size(200.vp(), 200.vp()).id("box")
                .gesture(Gesture::group(GestureMode::Exclusive, vec![
                    Gesture::tap(2).on_action(move |_| push(&a, "double")),
                    Gesture::pan(PanDirection::All).on_action_end(move |_| push(&b, "pan")),
                ]))
        }
    });
    let (x, y) = centre(&mut t, "box");
    for ms in [0.0, 150.0] {
        at(&mut t, ms);
        t.app().pointer_down(x, y);
        at(&mut t, ms + 50.0);
        t.app().pointer_up(x, y);
    }
    assert_eq!(*l.borrow(), vec!["double"], "two taps: no pan");
    drag(&mut t, 2000.0, (x, y), (30.0, 30.0), 3, 16.0);
    assert_eq!(*l.borrow(), vec!["double", "pan"], "a drag: no tap");
}
