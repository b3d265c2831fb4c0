//! Pickers driven as a person would: recorded touch sequences (a fling, a slow drag, a
//! tap), the D-pad alone on the TV profile, a mouse wheel; the wheel's position asserted
//! frame by frame, and the selected row's pixels.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{InputEvent, Key};

fn letters() -> Vec<String> {
    ('A'..='Z').map(String::from).collect()
}

/// A 26-letter picker filling the iot screen's width, with its changes logged.
fn letter_picker(looping: bool, log: Rc<RefCell<Vec<usize>>>) -> impl FnOnce() -> TextPicker {
    move || {
        TextPicker::new(letters())
            .can_loop(looping)
            .on_change(move |_, at| log.borrow_mut().push(at[0]))
            .width(320.0)
            .id("letters")
    }
}

/// Frames until the wheel rests (at most 3 s of frame time); the time reached.
fn settle(t: &mut TestApp, mut ms: f64) -> f64 {
    for _ in 0..200 {
        ms += 16.0;
        t.app().advance_time(ms);
        t.app().frame();
        if !t.app().is_animating() {
            break;
        }
    }
    ms
}

/// The letter whose row is nearest the wheel's centre now (from the rows' rects).
fn centre_letter(t: &mut TestApp) -> usize {
    let tree = t.inspect("letters").unwrap();
    let wheel = &tree["$children"][0];
    let r = t.rect("letters").unwrap();
    let centre = r.y + r.height / 2.0;
    let mut best = (f32::MAX, 0);
    for row in wheel["$children"].as_array().unwrap() {
        let Some(rect) = arkui::inspector_rect(row) else {
            continue;
        };
        let Some(text) = row["$attrs"]["content"].as_str() else {
            continue;
        };
        let Some(c) = text.chars().next().filter(char::is_ascii_uppercase) else {
            continue;
        };
        let d = (rect.y + rect.height / 2.0 - centre).abs();
        if d < best.0 {
            best = (d, (c as u8 - b'A') as usize);
        }
    }
    best.1
}

#[test]
fn a_fling_carries_the_wheel_on_and_it_snaps_to_a_row() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut t = TestApp::with_view(DeviceProfile::iot(), letter_picker(true, log.clone()));
    let picker = TextPicker::from_id(t.app(), "letters").unwrap();
    let r = t.rect("letters").unwrap();
    assert_eq!(r.height, 200.0, "56 vp selected row and four 36 vp rows");
    let (x, y) = (r.x + r.width / 2.0, r.y + 150.0);
    // A quick flick upwards: 90 px in 5 moves of 16 ms.
    let mut ms = 0.0;
    t.app().advance_time(ms);
    t.app().pointer_down(x, y);
    for i in 1..=5 {
        ms += 16.0;
        t.app().advance_time(ms);
        t.app().pointer_move(x, y - 18.0 * i as f32);
        t.app().frame();
    }
    t.app().pointer_up(x, y - 90.0);
    t.app().frame();
    // Frame by frame the wheel keeps turning the same way, then stops on a row: the
    // selected row's text never goes back towards A.
    let mut last = 0;
    for _ in 0..80 {
        ms += 16.0;
        t.app().advance_time(ms);
        t.app().frame();
        let shown = centre_letter(&mut t);
        assert!(shown >= last, "turning on: {shown} after {last}");
        last = shown;
    }
    let at = picker.indices()[0];
    // 90 px is 2.5 rows of 36 vp; the fling carries it further.
    assert!(at > 3 && at < 26, "past where the finger left it: {at}");
    assert_eq!(*log.borrow(), [at], "one change, once it stopped");
    assert_eq!(picker.values(), [letters()[at].clone()]);
    assert!(!t.app().is_animating());
}

#[test]
fn a_slow_drag_snaps_to_the_nearest_row_and_a_tap_turns_to_the_row_tapped() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut t = TestApp::with_view(DeviceProfile::iot(), letter_picker(false, log.clone()));
    let picker = TextPicker::from_id(t.app(), "letters").unwrap();
    let r = t.rect("letters").unwrap();
    let (x, y) = (r.x + 100.0, r.y + 150.0);
    // 50 px up over a second (no fling): 50 / 36 = 1.4 rows, nearest is 1 row on.
    let mut ms = 0.0;
    t.app().pointer_down(x, y);
    for i in 1..=20 {
        ms += 50.0;
        t.app().advance_time(ms);
        t.app().pointer_move(x, y - 2.5 * i as f32);
        t.app().frame();
    }
    ms += 200.0;
    t.app().advance_time(ms);
    t.app().pointer_move(x, y - 50.0);
    t.app().pointer_up(x, y - 50.0);
    ms = settle(&mut t, ms);
    assert_eq!(picker.indices(), [1]);
    assert_eq!(*log.borrow(), [1]);
    // Tap the row just below the selected one: it turns there.
    let below = r.y + 100.0 + 28.0 + 18.0;
    t.app().pointer_down(x, below);
    t.app().pointer_up(x, below);
    settle(&mut t, ms);
    assert_eq!(picker.values(), ["C"]);
    assert_eq!(*log.borrow(), [1, 2]);
}

#[test]
fn a_wheel_that_does_not_loop_stops_at_its_ends() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut t = TestApp::with_view(DeviceProfile::iot(), letter_picker(false, log.clone()));
    let picker = TextPicker::from_id(t.app(), "letters").unwrap();
    let r = t.rect("letters").unwrap();
    let (x, y) = (r.x + 100.0, r.y + 60.0);
    // Pull down hard at the first row: nothing before A.
    let mut ms = 0.0;
    t.app().pointer_down(x, y);
    for i in 1..=5 {
        ms += 16.0;
        t.app().advance_time(ms);
        t.app().pointer_move(x, y + 25.0 * i as f32);
        t.app().frame();
    }
    t.app().pointer_up(x, y + 125.0);
    settle(&mut t, ms);
    assert_eq!(picker.indices(), [0]);
    assert!(log.borrow().is_empty(), "no change");
    // A looping one goes round: a step back from A is Z.
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut t = TestApp::with_view(DeviceProfile::iot(), letter_picker(true, log.clone()));
    let picker = TextPicker::from_id(t.app(), "letters").unwrap();
    t.app().press_key(Key::Tab);
    t.app().press_key(Key::Up);
    settle(&mut t, 0.0);
    assert_eq!(picker.values(), ["Z"]);
}

#[test]
fn the_mouse_wheel_turns_it_a_row_a_notch() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut t = TestApp::with_view(DeviceProfile::iot(), letter_picker(false, log.clone()));
    let picker = TextPicker::from_id(t.app(), "letters").unwrap();
    let r = t.rect("letters").unwrap();
    for _ in 0..3 {
        t.app().handle_input(&InputEvent::Scroll {
            x: r.x + 100.0,
            y: r.y + 100.0,
            dx: 0.0,
            dy: 40.0,
        });
    }
    settle(&mut t, 0.0);
    assert_eq!(picker.values(), ["D"]);
}

#[test]
fn the_selected_row_is_drawn_in_the_brand_colour_between_the_dividers() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut t = TestApp::with_view(DeviceProfile::iot(), letter_picker(false, log));
    let r = t.rect("letters").unwrap();
    let canvas = t.render();
    let row = |y0: f32, y1: f32| {
        let mut blue = 0;
        let mut dark = 0;
        for y in y0 as u32..y1 as u32 {
            for x in r.x as u32..(r.x + r.width) as u32 {
                let [red, g, b, _] = canvas.pixel(x, y);
                if b > 200 && red < 80 && g < 180 {
                    blue += 1;
                }
                if red < 100 && g < 100 && b < 100 {
                    dark += 1;
                }
            }
        }
        (blue, dark)
    };
    let (blue, _) = row(r.y + 72.0, r.y + 128.0);
    assert!(blue > 20, "the selected A is brand blue ({blue} px)");
    let (blue_below, dark_below) = row(r.y + 128.0, r.y + 164.0);
    assert!(
        blue_below < 3 && dark_below > 10,
        "B below is dark ({dark_below} px)"
    );
    // The dividers: 2 px lines at 28 vp above and below the centre.
    let top = canvas.pixel((r.x + 10.0) as u32, (r.y + 72.0) as u32);
    assert!(top[0] < 240, "a divider line: {top:?}");
}

#[test]
fn a_tv_remote_sets_a_time_with_the_d_pad_alone() {
    let changes = Rc::new(RefCell::new(Vec::new()));
    let c = changes.clone();
    let mut t = TestApp::with_view(DeviceProfile::tv(), move || {
        TimePicker::new(PickerTime::new(9, 15, 0))
            .use_military_time(true)
            .on_change(move |time| c.borrow_mut().push(time))
            .id("time")
    });
    let picker = TimePicker::from_id(t.app(), "time").unwrap();
    assert_eq!(picker.values(), ["09", "15"]);
    // Focus starts on the hour wheel; Down, Down, Right, Up.
    t.app().press_key(Key::Down);
    let mut ms = settle(&mut t, 0.0);
    if picker.time().hour == 9 {
        // The first press only showed where focus is.
        t.app().press_key(Key::Down);
        ms = settle(&mut t, ms);
    }
    t.app().press_key(Key::Down);
    ms = settle(&mut t, ms);
    t.app().press_key(Key::Right);
    t.app().press_key(Key::Up);
    settle(&mut t, ms);
    assert_eq!(picker.time(), PickerTime::new(11, 14, 0));
    assert_eq!(
        changes.borrow().last().copied(),
        Some(PickerTime::new(11, 14, 0))
    );
    assert_eq!(t.inspect("time").unwrap()["$attrs"]["selected"], "11:14:00");
}

#[test]
fn twelve_hour_time_has_an_am_pm_wheel() {
    let mut t = TestApp::with_view(DeviceProfile::phone(), || {
        TimePicker::new(PickerTime::new(0, 5, 0)).id("time")
    });
    let picker = TimePicker::from_id(t.app(), "time").unwrap();
    assert_eq!(picker.values(), ["AM", "12", "05"]);
    picker.set_time(PickerTime::new(23, 59, 0));
    assert_eq!(picker.values(), ["PM", "11", "59"]);
    // Turned to 24-hour time, the wheels are rebuilt and the old ones freed.
    let old = t.app().find_by_id("time").unwrap().children()[0];
    picker.use_military_time(true);
    assert!(!old.is_alive(), "the 12-hour wheels are gone");
    assert_eq!(picker.values(), ["23", "59"]);
    picker.use_military_time(false);
    // No width given: the columns are as wide as their items need, not 0.
    let w = t.rect("time").unwrap().width;
    assert!(w > 100.0, "{w}");
}

#[test]
fn cascading_columns_follow_the_column_before() {
    use arkui::widgets::TextCascadePickerRangeContent as C;
    let range = vec![
        C::new("Fruit").children([C::new("Apple"), C::new("Pear")]),
        C::new("Veg").children([C::new("Leek"), C::new("Kale"), C::new("Okra")]),
    ];
    let seen = Rc::new(RefCell::new(Vec::new()));
    let s = seen.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        TextPicker::new(range.clone())
            .on_change(move |v, _| s.borrow_mut().push(v.to_vec()))
            .width(320.0)
            .id("food")
    });
    let picker = TextPicker::from_id(t.app(), "food").unwrap();
    assert_eq!(picker.values(), ["Fruit", "Apple"]);
    // Tap the row below "Fruit" in the first column.
    let r = t.rect("food").unwrap();
    let (x, y) = (r.x + 40.0, r.y + 100.0 + 46.0);
    t.app().pointer_down(x, y);
    t.app().pointer_up(x, y);
    settle(&mut t, 0.0);
    assert_eq!(picker.values(), ["Veg", "Leek"]);
    assert_eq!(
        *seen.borrow(),
        [vec!["Veg".to_string(), "Leek".to_string()]]
    );
    picker.selected_indices([1, 2]);
    assert_eq!(picker.values(), ["Veg", "Okra"]);
    picker.selected_indices([0]);
    assert_eq!(
        picker.values(),
        ["Fruit", "Pear"],
        "the index is kept where it exists"
    );
}

#[test]
fn a_date_picker_clamps_the_day_when_the_year_turns() {
    let dates = Rc::new(RefCell::new(Vec::new()));
    let d = dates.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        DatePicker::new(PickerDate::new(2024, 2, 29))
            .on_date_change(move |date| d.borrow_mut().push(date))
            .width(320.0)
            .id("date")
    });
    let picker = DatePicker::from_id(t.app(), "date").unwrap();
    assert_eq!(picker.values(), ["2024", "Feb", "29"]);
    // Turn the year wheel one row down with a tap: 2025 has no 29 February.
    let r = t.rect("date").unwrap();
    let (x, y) = (r.x + 320.0 / 6.0, r.y + 100.0 + 46.0);
    t.app().pointer_down(x, y);
    t.app().pointer_up(x, y);
    settle(&mut t, 0.0);
    assert_eq!(picker.date(), PickerDate::new(2025, 2, 28));
    assert_eq!(picker.values(), ["2025", "Feb", "28"]);
    assert_eq!(*dates.borrow(), [PickerDate::new(2025, 2, 28)]);
    // A range of a few days: the wheels offer only those.
    picker.range(PickerDate::new(2025, 2, 27), PickerDate::new(2025, 3, 2));
    assert_eq!(picker.values(), ["2025", "Feb", "28"]);
    picker.set_date(PickerDate::new(2030, 1, 1));
    assert_eq!(
        picker.date(),
        PickerDate::new(2025, 3, 2),
        "clamped to the end"
    );
}

#[test]
fn a_date_picker_dialog_reports_the_turned_date_on_ok_and_back_cancels_it() {
    let mut t = TestApp::with_view(DeviceProfile::phone(), || Column::new().id("page"));
    let accepted = Rc::new(RefCell::new(Vec::new()));
    let cancelled = Rc::new(RefCell::new(0));
    let (a, c) = (accepted.clone(), cancelled.clone());
    DatePickerDialog::new(PickerDate::new(2024, 2, 29))
        .on_date_accept(move |d| a.borrow_mut().push(d))
        .on_cancel(move || *c.borrow_mut() += 1)
        .show();
    t.render();
    // Turn the month wheel one row down with a tap: March, the 29th kept.
    let r = t.rect("picker-dialog-picker").unwrap();
    let (x, y) = (r.x + r.width / 2.0, r.y + r.height / 2.0 + 46.0 * 3.0);
    t.app().pointer_down(x, y);
    t.app().pointer_up(x, y);
    settle(&mut t, 0.0);
    t.click("picker-dialog-accept").unwrap();
    assert_eq!(*accepted.borrow(), [PickerDate::new(2024, 3, 29)]);
    assert_eq!(t.app().overlays().count(), 0, "closed");
    assert_eq!(*cancelled.borrow(), 0, "OK is not a cancel");
    // Again, closed with Back: a cancel, nothing accepted.
    let (a, c) = (accepted.clone(), cancelled.clone());
    DatePickerDialog::new(PickerDate::new(2024, 2, 29))
        .on_date_accept(move |d| a.borrow_mut().push(d))
        .on_cancel(move || *c.borrow_mut() += 1)
        .show();
    t.render();
    assert!(t.app().press_key(Key::Back));
    assert_eq!(*cancelled.borrow(), 1);
    assert_eq!(accepted.borrow().len(), 1);
    assert_eq!(t.app().overlays().count(), 0);
}

#[test]
fn a_calendar_picker_lays_out_the_month_and_picks_with_the_dpad() {
    use arkui::widgets::CalendarPicker;
    use std::cell::Cell;
    use std::rc::Rc;
    let picked = Rc::new(Cell::new(None));
    let p = picked.clone();
    let mut t = TestApp::with_view(DeviceProfile::tv(), move || {
        Column::new().child(
            CalendarPicker::new(PickerDate::new(2024, 2, 10))
                .on_change(move |d| p.set(Some(d)))
                .id("cal"),
        )
    });
    t.app().set_wall_clock_ms(1_707_955_200_000.0); // 2024-02-15 00:00 UTC
    t.app().focus_id("cal").unwrap();
    t.app().press_key(Key::Enter);
    t.render();
    assert_eq!(t.text("calendar-title").unwrap(), "February 2024");
    // 1 February 2024 was a Thursday: the fifth column; the 8th is right under it.
    let (d1, d8) = (
        t.rect("calendar-day-1").unwrap(),
        t.rect("calendar-day-8").unwrap(),
    );
    let cell = d1.width;
    let first = t.rect("calendar").unwrap().x;
    assert!(((d1.x - first) / cell - 4.0).abs() < 0.5, "{d1:?}");
    assert!((d8.x - d1.x).abs() < 0.5 && d8.y > d1.y);
    assert!(t.rect("calendar-day-29").is_some() && t.rect("calendar-day-30").is_none());
    // The D-pad: focus a day, move right, Enter picks it.
    t.app().focus_id("calendar-day-20").unwrap();
    t.app().press_key(Key::Right);
    t.app().press_key(Key::Enter);
    t.render();
    assert_eq!(picked.get(), Some(PickerDate::new(2024, 2, 21)));
    assert!(t.rect("calendar").is_none(), "picking closed it");
    assert_eq!(
        t.inspect("cal").unwrap()["$attrs"]["selected"],
        "2024-02-21"
    );
}

#[test]
fn a_watch_crown_turns_the_wheel_a_row_a_detent() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut t = TestApp::with_view(DeviceProfile::wearable(), letter_picker(false, log.clone()));
    let picker = TextPicker::from_id(t.app(), "letters").unwrap();
    // Nothing focused: the crown turns the wheel at the middle of the screen. Three
    // detents clockwise, three rows on.
    for _ in 0..3 {
        t.app().handle_input(&InputEvent::Crown {
            degrees: arkui::CROWN_DETENT_DEGREES,
        });
    }
    let ms = settle(&mut t, 0.0);
    assert_eq!(picker.values(), ["D"]);
    // Anticlockwise turns back; a half detent is not a row.
    t.app().handle_input(&InputEvent::Crown { degrees: -15.0 });
    t.app().handle_input(&InputEvent::Crown { degrees: -7.0 });
    settle(&mut t, ms);
    assert_eq!(picker.values(), ["C"]);
    assert_eq!(log.borrow().last().copied(), Some(2));
}

#[test]
fn the_crown_turns_the_focused_wheel_of_a_time_picker() {
    let mut t = TestApp::with_view(DeviceProfile::wearable(), || {
        TimePicker::new(PickerTime::new(9, 15, 0))
            .use_military_time(true)
            .id("time")
    });
    let picker = TimePicker::from_id(t.app(), "time").unwrap();
    // Focus the minute wheel (the picker's second column), then turn the crown.
    let minute_wheel = t.app().find_by_id("time").unwrap().children()[1];
    minute_wheel.request_focus();
    t.app().frame();
    t.app().handle_input(&InputEvent::Crown { degrees: 30.0 });
    settle(&mut t, 0.0);
    assert_eq!(picker.time(), PickerTime::new(9, 17, 0));
}

#[test]
fn a_date_picker_writes_its_rows_for_the_apps_locale() {
    let mut t = TestApp::with_view(DeviceProfile::phone(), || {
        DatePicker::new(PickerDate::new(2024, 2, 29)).id("day")
    });
    let picker = DatePicker::from_id(t.app(), "day").unwrap();
    assert_eq!(picker.values(), ["2024", "Feb", "29"]);
    let before = arkui::Environment::locale().get();
    arkui::Environment::set_locale("zh-Hans-CN");
    t.render();
    assert_eq!(picker.values(), ["2024年", "2月", "29日"]);
    assert_eq!(picker.date(), PickerDate::new(2024, 2, 29), "the date kept");
    arkui::Environment::set_locale("ko-KR");
    t.render();
    assert_eq!(picker.values(), ["2024년", "2월", "29일"]);
    arkui::Environment::set_locale(&before);
}
