//! Hit testing: components are hit where they are drawn (through `translate`, `scale` and
//! `rotate`, their own and their ancestors'), `responseRegion` moves with them, and
//! `hitTestBehavior` decides who else takes the event.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::cell::RefCell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{ClickEvent, HitTestMode, Rect, State, TouchKind};

fn centre(t: &mut TestApp, id: &str) -> (f32, f32) {
    let r = t.rect(id).unwrap();
    (r.x + r.width / 2.0, r.y + r.height / 2.0)
}

/// A full-screen page holding `button` alone; `clicks` counts its clicks.
fn page(clicks: State<u32>, shape: fn(Button) -> Button) -> TestApp {
    TestApp::with_view(DeviceProfile::iot(), move || {
        let b = Button::new("b")
            .id("b")
            .on_click(move |_| clicks.update(|c| *c += 1));
        Column::new()
            .width(pct(100.0))
            .height(pct(100.0))
            .justify_content(FlexAlign::Center)
            .child(shape(b))
    })
}

#[test]
fn a_translated_button_is_hit_where_it_is_drawn_not_where_it_is_laid_out() {
    let clicks = State::new(0);
    let mut t = page(clicks, |b| {
        b.size(60.vp(), 30.vp()).translate(100.vp(), 50.vp())
    });
    t.render();
    let (x, y) = centre(&mut t, "b");
    t.app().click_at(x, y);
    assert_eq!(clicks.get(), 0, "nothing is drawn at the layout place");
    t.app().click_at(x + 100.0, y + 50.0);
    assert_eq!(clicks.get(), 1, "the drawn place takes the click");
    t.click("b").unwrap();
    assert_eq!(clicks.get(), 2, "click by id aims at the drawn centre");
}

#[test]
fn a_scaled_button_is_hit_over_its_drawn_size() {
    let clicks = State::new(0);
    let mut t = page(clicks, |b| b.size(40.vp(), 40.vp()).scale(2.0, 2.0));
    t.render();
    let r = t.rect("b").unwrap();
    let (_, y) = centre(&mut t, "b");
    t.app().click_at(r.x - 15.0, y);
    assert_eq!(
        clicks.get(),
        1,
        "15 px left of the box is inside the doubled drawing"
    );
    t.app().click_at(r.x - 25.0, y);
    assert_eq!(clicks.get(), 1, "25 px left is outside it");

    let clicks = State::new(0);
    let mut t = page(clicks, |b| b.size(40.vp(), 40.vp()).scale(0.5, 0.5));
    t.render();
    let r = t.rect("b").unwrap();
    let (x, y) = centre(&mut t, "b");
    t.app().click_at(r.x + 5.0, y);
    assert_eq!(
        clicks.get(),
        0,
        "the halved drawing leaves the box's edge empty"
    );
    t.app().click_at(x + 8.0, y);
    assert_eq!(clicks.get(), 1, "near the centre is still the button");
}

#[test]
fn a_rotated_button_is_hit_along_its_drawn_axis() {
    let clicks = State::new(0);
    // A 100x20 bar turned upright: drawn 20 wide and 100 tall about the same centre.
    let mut t = page(clicks, |b| b.size(100.vp(), 20.vp()).rotate(90.0));
    t.render();
    let (x, y) = centre(&mut t, "b");
    t.app().click_at(x - 40.0, y);
    assert_eq!(
        clicks.get(),
        0,
        "the laid-out bar's left end is empty once turned"
    );
    t.app().click_at(x, y - 40.0);
    assert_eq!(clicks.get(), 1, "above the centre is the turned bar");
}

#[test]
fn ancestors_transforms_compose_with_the_childs() {
    let clicks = State::new(0);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        ui! {
            Column() {
                Button("b").id("b").size(40.vp(), 20.vp()).translate(30.vp(), 0.vp())
                    .on_click(move |_| clicks.update(|c| *c += 1))
            }
            .size(300.vp(), 200.vp())
            .rotate(180.0)
            .id("outer")
        }
    });
    t.render();
    let (ox, oy) = centre(&mut t, "outer");
    let (x, y) = centre(&mut t, "b");
    // The child's own shift, then the parent's half turn about its centre.
    let drawn = (2.0 * ox - (x + 30.0), 2.0 * oy - y);
    t.app().click_at(x, y);
    t.app().click_at(x + 30.0, y);
    assert_eq!(
        clicks.get(),
        0,
        "neither the layout place nor the child's shift alone"
    );
    t.app().click_at(drawn.0, drawn.1);
    assert_eq!(clicks.get(), 1);
    t.click("b").unwrap();
    assert_eq!(clicks.get(), 2);
}

#[test]
fn a_response_region_moves_and_scales_with_the_transform() {
    let clicks = State::new(0);
    // A 10 px button taking touches over three times its size, drawn 50 px to the right
    // at double size.
    let mut t = page(clicks, |b| {
        b.size(10.vp(), 10.vp())
            .padding(0.vp())
            .response_region(pct(-100.0), pct(-100.0), pct(300.0), pct(300.0))
            .translate(50.vp(), 0.vp())
            .scale(2.0, 2.0)
    });
    t.render();
    let (x, y) = centre(&mut t, "b");
    t.app().click_at(x - 12.0, y);
    assert_eq!(
        clicks.get(),
        0,
        "the region left the layout place with the drawing"
    );
    // Untransformed the region reaches 15 px from the centre; doubled, 30.
    t.app().click_at(x + 50.0 - 25.0, y);
    assert_eq!(clicks.get(), 1, "inside the doubled region");
    t.app().click_at(x + 50.0 + 35.0, y);
    assert_eq!(clicks.get(), 1, "past it");
}

/// Who takes a press in the middle of `over`, a child drawn above `under` in a Stack.
fn who_takes_it(mode: HitTestMode) -> (Vec<String>, Vec<String>) {
    let touched = Rc::new(RefCell::new(Vec::new()));
    let clicked = Rc::new(RefCell::new(Vec::new()));
    let (t1, t2, t3) = (touched.clone(), touched.clone(), touched.clone());
    let (c1, c2) = (clicked.clone(), clicked.clone());
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let (t1, t2, t3) = (t1.clone(), t2.clone(), t3.clone());
        let (c1, c2) = (c1.clone(), c2.clone());
        ui! {
            Stack() {
                Column() {}
                    .size(100.vp(), 100.vp())
                    .id("under")
                    .on_touch(move |e| if e.kind == TouchKind::Down { t1.borrow_mut().push("under".to_string()) })
                    .on_click(move |_| c1.borrow_mut().push("under".to_string()))
                Column() {}
                    .size(100.vp(), 100.vp())
                    .id("over")
                    .hit_test_behavior(mode)
                    .on_touch(move |e| if e.kind == TouchKind::Down { t2.borrow_mut().push("over".to_string()) })
            }
            .size(200.vp(), 200.vp())
            .on_touch(move |e| if e.kind == TouchKind::Down { t3.borrow_mut().push("stack".to_string()) })
            .on_click(move |_| c2.borrow_mut().push("stack".to_string()))
        }
    });
    t.render();
    let (x, y) = centre(&mut t, "over");
    t.app().click_at(x, y);
    let mut touched = touched.borrow().clone();
    touched.sort();
    let clicked = clicked.borrow().clone();
    (touched, clicked)
}

#[test]
fn hit_test_behavior_default_the_top_child_and_its_ancestors() {
    let (touched, clicked) = who_takes_it(HitTestMode::Default);
    assert_eq!(touched, ["over", "stack"]);
    assert_eq!(
        clicked,
        ["stack"],
        "over has no click: it bubbles to the stack"
    );
}

#[test]
fn hit_test_behavior_block_keeps_the_event_from_siblings_and_ancestors() {
    let (touched, clicked) = who_takes_it(HitTestMode::Block);
    assert_eq!(touched, ["over"]);
    assert!(clicked.is_empty(), "{clicked:?}");
}

#[test]
fn hit_test_behavior_transparent_lets_the_sibling_below_take_it_too() {
    let (touched, clicked) = who_takes_it(HitTestMode::Transparent);
    assert_eq!(touched, ["over", "stack", "under"]);
    assert_eq!(clicked, ["under"], "the deepest click wins");
}

#[test]
fn hit_test_behavior_none_is_not_hit_at_all() {
    let (touched, clicked) = who_takes_it(HitTestMode::None);
    assert_eq!(touched, ["stack", "under"]);
    assert_eq!(clicked, ["under"]);
}

/// The `ClickEvent` a click at window pixel `(x, y)` delivers to a button shaped by `shape`.
fn click_event(shape: fn(Button) -> Button, at: fn(Rect) -> (f32, f32)) -> (ClickEvent, f32) {
    let seen: Rc<RefCell<Option<ClickEvent>>> = Rc::default();
    let s = seen.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let b = Button::new("b")
            .id("b")
            .on_click(move |e| *s.borrow_mut() = Some(*e));
        Column::new()
            .width(pct(100.0))
            .height(pct(100.0))
            .justify_content(FlexAlign::Center)
            .child(shape(b))
    });
    t.render();
    let (x, y) = at(t.rect("b").unwrap());
    t.app().click_at(x, y);
    let ev = seen.borrow().expect("the button took the click");
    (ev, DeviceProfile::iot().density)
}

#[test]
fn a_click_on_a_rotated_button_reports_where_it_fell_in_the_buttons_own_box() {
    // Turned half a circle, the drawn right end is the box's left end.
    let (ev, density) = click_event(
        |b| b.size(100.vp(), 20.vp()).rotate(180.0),
        |r| (r.x + r.width - 10.0, r.y + r.height / 2.0),
    );
    assert!((ev.x * density - 10.0).abs() < 0.5, "{ev:?}");
    assert!((ev.y - 10.0).abs() < 0.5, "{ev:?}");
}

#[test]
fn a_click_on_a_scaled_button_reports_unscaled_local_coordinates() {
    // Doubled about its centre: 8 px left of the drawn right edge is 4 px inside the box.
    let (ev, density) = click_event(
        |b| b.size(40.vp(), 40.vp()).scale(2.0, 2.0),
        |r| (r.x + r.width + r.width / 2.0 - 8.0, r.y + r.height / 2.0),
    );
    assert!(
        (ev.x * density - (40.0 * density - 4.0)).abs() < 0.5,
        "{ev:?}"
    );
}
