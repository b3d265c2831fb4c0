//! Counter and Stepper through the headless harness: sizes, presses, the D-pad, and the
//! stepper's bar for each item state.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::{Counter, ItemState, Stepper, StepperItem};
use arkui::{Key, State};
use common::attr;

#[test]
fn a_counter_is_100_by_32_and_its_buttons_follow_the_dpad() {
    let value = State::new(5);
    let mut t = TestApp::with_view(DeviceProfile::tv(), move || {
        Column::new().child(
            Counter::new()
                .on_inc(move || value.set(value.get() + 1))
                .on_dec(move || value.set(value.get() - 1))
                .enable_inc(value.get() < 6)
                .child(Text::new(value.get().to_string()).id("value"))
                .id("c"),
        )
    });
    let r = t.rect("c").unwrap();
    let d = t.app().profile().density;
    assert_eq!((r.width / d, r.height / d), (100.0, 32.0));
    let (dec, inc) = (t.rect("c-dec").unwrap(), t.rect("c-inc").unwrap());
    assert!((dec.width / d - 32.0).abs() < 0.5, "{dec:?}");
    assert!(
        dec.x <= r.x + d + 0.5,
        "inside the 1 vp border: {dec:?} in {r:?}"
    );
    assert!(inc.right() >= r.right() - 1.0);
    // The value sits between the buttons.
    let v = t.rect("value").unwrap();
    assert!(v.x > dec.right() && v.right() < inc.x);
    // The D-pad: focus starts on the minus button, Right moves to plus, Enter presses it.
    t.app().focus_id("c-dec").unwrap();
    t.app().press_key(Key::Right);
    assert_eq!(t.app().focused_id().as_deref(), Some("c-inc"));
    t.app().press_key(Key::Enter);
    assert_eq!(value.get(), 6);
}

#[test]
fn a_disabled_counter_button_is_grey_and_ignored() {
    let presses = Rc::new(RefCell::new(0));
    let p = presses.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Counter::new()
            .enable_inc(false)
            .on_inc(move || *p.borrow_mut() += 1)
            .child(Text::new("0"))
            .id("c")
    });
    t.click("c-inc").unwrap();
    assert_eq!(*presses.borrow(), 0);
    assert_eq!(t.inspect("c-inc").unwrap()["$attrs"]["opacity"], "0.4");
}

#[test]
fn the_stepper_bar_follows_each_item_state() {
    let log = Rc::new(RefCell::new(Vec::<String>::new()));
    let status = State::new(ItemState::Normal);
    let (a, b, c) = (log.clone(), log.clone(), log.clone());
    let mut t = TestApp::with_view(DeviceProfile::phone(), move || {
        let first = StepperItem::new()
            .next_label("Continue")
            .child(Text::new("one").id("page-1"));
        arkui::Effect::new(move || {
            first.status(status.get());
        });
        Stepper::new(0)
            .on_next(move |i, to| a.borrow_mut().push(format!("next {i}->{to}")))
            .on_skip(move || b.borrow_mut().push("skip".into()))
            .on_finish(move || c.borrow_mut().push("finish".into()))
            .child(first)
            .child(
                StepperItem::new()
                    .prev_label("Previous")
                    .child(Text::new("two").id("page-2")),
            )
            .id("s")
    });
    let stepper = t.rect("s").unwrap();
    let d = t.app().profile().density;
    // Only the first page shows, with no Back and the item's own Next label.
    assert!(t.rect("page-1").is_some());
    assert!(
        t.rect("page-2").is_none_or(|r| r.width == 0.0),
        "the second page is hidden"
    );
    assert_eq!(attr(&mut t, "s-next-label", "content"), "Continue");
    assert_eq!(
        t.rect("s-prev").unwrap().width,
        0.0,
        "no Back on the first page"
    );
    let next = t.rect("s-next").unwrap();
    assert!(
        (stepper.bottom() - next.bottom()) / d < 8.0,
        "the bar is at the bottom"
    );
    for (state, label) in [(ItemState::Skip, "Skip"), (ItemState::Disabled, "Continue")] {
        status.set(state);
        t.render();
        assert_eq!(attr(&mut t, "s-next-label", "content"), label);
        t.click("s-next").unwrap();
    }
    assert_eq!(*log.borrow(), ["skip"], "Disabled ignored the press");
    status.set(ItemState::Waiting);
    t.render();
    assert_eq!(t.rect("s-next").unwrap().width, 0.0, "waiting hides Next");
    assert!(
        t.rect("s-waiting").unwrap().width > 0.0,
        "and shows a spinner"
    );
    status.set(ItemState::Normal);
    t.click("s-next").unwrap();
    t.render();
    assert_eq!(attr(&mut t, "s", "index"), "1");
    assert_eq!(
        attr(&mut t, "s-next-label", "content"),
        "Start",
        "the last page"
    );
    assert!(t.rect("s-prev").unwrap().width > 0.0);
    t.click("s-next").unwrap();
    assert_eq!(*log.borrow(), ["skip", "next 0->1", "finish"]);
}
