//! List, ListItem and ListItemGroup through the headless harness: placement, `space`,
//! dividers, sticky headers, `scroll_to_index`, `on_scroll_index`, fling and spring-back.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::{
    EdgeEffect, List, ListDivider, ListItem, ListItemGroup, Scroller, StickyStyle, Text,
};
use common::assert_near;

/// A list of `n` rows `h` px tall (iot density 1: px = vp) in a 100 px viewport.
fn rows(n: usize, h: f32) -> impl FnOnce() -> List {
    move || {
        let list = List::new().width(200.0).height(100.0).id("list");
        for i in 0..n {
            list.child(
                ListItem::new()
                    .height(h)
                    .id(format!("row{i}"))
                    .child(Text::new(format!("row {i}"))),
            );
        }
        list
    }
}

fn top(t: &mut TestApp, id: &str) -> f32 {
    t.rect(id).unwrap_or_else(|| panic!("{id} is mounted")).y
}

fn at(t: &mut TestApp, ms: f64) {
    t.app().advance_time(ms);
    t.app().frame();
}

/// Drag from `from` by `d` in `steps` moves `ms_per_step` apart; returns the time at release.
fn drag(
    t: &mut TestApp,
    start: f64,
    from: (f32, f32),
    d: (f32, f32),
    steps: u32,
    ms_per_step: f64,
) -> f64 {
    let mut ms = start;
    at(t, ms);
    t.app().pointer_down(from.0, from.1);
    for i in 1..=steps {
        ms += ms_per_step;
        at(t, ms);
        let f = i as f32 / steps as f32;
        t.app().pointer_move(from.0 + d.0 * f, from.1 + d.1 * f);
    }
    t.app().pointer_up(from.0 + d.0, from.1 + d.1);
    t.app().frame();
    ms
}

/// Step the frame clock in 16 ms frames until nothing moves; returns the time.
fn settle(t: &mut TestApp, mut ms: f64) -> f64 {
    for _ in 0..2000 {
        if !t.app().is_animating() {
            break;
        }
        ms += 16.0;
        at(t, ms);
    }
    ms
}

#[test]
fn rows_follow_each_other_with_space() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || rows(10, 20.0)().space(5.0));
    let list_top = top(&mut t, "list");
    assert_eq!(top(&mut t, "row0"), list_top);
    assert_eq!(top(&mut t, "row1"), list_top + 25.0);
    assert_eq!(top(&mut t, "row3"), list_top + 75.0);
    let r = t.rect("row0").unwrap();
    assert_eq!(r.width, 200.0, "a list item is as wide as its list");
}

#[test]
fn scroll_to_index_puts_the_row_at_the_top_and_clamps() {
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        rows(50, 20.0)().scroller(scroller)
    });
    let list_top = top(&mut t, "list");
    scroller.scroll_to_index(7);
    t.app().frame();
    assert_eq!(top(&mut t, "row7"), list_top);
    // Past the end: clamped to the last row, and to the scrollable range (the last row ends
    // at the viewport's bottom).
    scroller.scroll_to_index(10_000);
    t.app().frame();
    assert_eq!(top(&mut t, "row49"), list_top + 80.0);
    assert!(scroller.is_at_end());
}

#[test]
fn initial_index_and_on_scroll_index() {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let s = seen.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        rows(50, 20.0)()
            .initial_index(10)
            .on_scroll_index(move |a, b| s.borrow_mut().push((a, b)))
    });
    let list_top = top(&mut t, "list");
    assert_eq!(top(&mut t, "row10"), list_top);
    assert_eq!(seen.borrow().last().copied(), Some((10, 14)));
}

#[test]
fn dividers_sit_in_the_gaps_but_not_after_the_last_row() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        let list = List::new()
            .width(200.0)
            .height(200.0)
            .space(10.0)
            .divider(ListDivider {
                stroke_width: Length::Px(2.0),
                color: Color::RED,
                start_margin: Length::Px(20.0),
                end_margin: Length::Px(20.0),
            })
            .id("list");
        for i in 0..3 {
            list.child(ListItem::new().height(30.0).id(format!("row{i}")));
        }
        list
    });
    let list = t.rect("list").unwrap();
    let row0 = t.rect("row0").unwrap();
    // The gap after row 0 is 10 px; the 2 px line is in its middle, 20 px in from each side.
    let y = (row0.y + 30.0 + 4.5) as u32;
    let canvas = t.render();
    assert_near(
        canvas.pixel((list.x + 100.0) as u32, y),
        Color::RED,
        "divider",
    );
    assert_near(
        canvas.pixel((list.x + 10.0) as u32, y),
        Color::WHITE,
        "start margin",
    );
    assert_near(
        canvas.pixel((list.x + 190.0) as u32, y),
        Color::WHITE,
        "end margin",
    );
    let row2 = t.rect("row2").unwrap();
    let after_last = (row2.y + 30.0 + 4.5) as u32;
    let canvas = t.render();
    assert_near(
        canvas.pixel((list.x + 100.0) as u32, after_last),
        Color::WHITE,
        "none after the last row",
    );
}

/// Two groups: a 20 px header and five 30 px items each (170 px per group).
fn groups() -> List {
    let list = List::new()
        .width(200.0)
        .height(100.0)
        .sticky(StickyStyle::Header)
        .edge_effect(EdgeEffect::None)
        .id("list");
    for g in 0..2 {
        let group = ListItemGroup::new().header(
            Text::new(format!("Group {g}"))
                .height(20.0)
                .id(format!("h{g}")),
        );
        for i in 0..5 {
            group.child(ListItem::new().height(30.0).id(format!("g{g}i{i}")));
        }
        list.child(group.id(format!("group{g}")));
    }
    list
}

#[test]
fn a_sticky_header_stays_at_the_top_until_the_next_header_pushes_it() {
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || groups().scroller(scroller));
    let list_top = top(&mut t, "list");
    assert_eq!(top(&mut t, "h0"), list_top);
    scroller.scroll_to(0.0, 50.0);
    t.app().frame();
    assert_eq!(top(&mut t, "h0"), list_top, "pinned while its items scroll");
    assert_eq!(top(&mut t, "g0i1"), list_top - 50.0 + 20.0 + 30.0);
    // At 160 px the group's last 10 px are visible: the header is pushed up by 10 px.
    scroller.scroll_to(0.0, 160.0);
    t.app().frame();
    assert_eq!(top(&mut t, "h0"), list_top - 10.0);
    assert_eq!(top(&mut t, "h1"), list_top + 10.0);
    scroller.scroll_to(0.0, 200.0);
    t.app().frame();
    assert_eq!(top(&mut t, "h1"), list_top, "the next header is pinned now");
}

#[test]
fn a_fling_is_deterministic_under_the_frame_clock() {
    // The frame clock never goes back: the second run starts later, at the same pace.
    let run = |start: f64| {
        let mut t = TestApp::with_view(DeviceProfile::iot(), || rows(500, 20.0)());
        let r = t.rect("list").unwrap();
        let c = (r.x + 100.0, r.y + 80.0);
        let released = drag(&mut t, start, c, (0.0, -60.0), 6, 10.0);
        let after_drag = List::from_id(t.app(), "list").unwrap().offset();
        settle(&mut t, released);
        (after_drag, List::from_id(t.app(), "list").unwrap().offset())
    };
    let (dragged, first) = run(1000.0);
    let (_, second) = run(100_000.0);
    assert_eq!(dragged, 60.0);
    // 60 px in 60 ms is 1000 px/s; friction 0.6 decays at 0.6 * 4.2 per second, so the
    // fling travels 1000 / 2.52 px more.
    assert!(
        (first - (60.0 + 1000.0 / 2.52)).abs() < 1.0,
        "flung to {first}"
    );
    assert_eq!(first, second);
}

#[test]
fn pulling_past_the_top_springs_back_to_zero() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || rows(50, 20.0)());
    let r = t.rect("list").unwrap();
    let c = (r.x + 100.0, r.y + 10.0);
    t.app().advance_time(5000.0);
    t.app().pointer_down(c.0, c.1);
    for i in 1..=4 {
        t.app().advance_time(5000.0 + 100.0 * f64::from(i));
        t.app().pointer_move(c.0, c.1 + 15.0 * i as f32);
        t.app().frame();
    }
    let list = List::from_id(t.app(), "list").unwrap();
    assert!(list.offset() < -20.0, "overscrolled: {}", list.offset());
    let list_top = r.y;
    assert!(top(&mut t, "row0") > list_top + 20.0);
    t.app().pointer_up(c.0, c.1 + 60.0);
    settle(&mut t, 5400.0);
    assert_eq!(list.offset(), 0.0);
    assert_eq!(top(&mut t, "row0"), list_top);
}

#[test]
fn a_wheel_turn_scrolls_the_list_under_the_pointer() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || rows(50, 20.0)());
    let r = t.rect("list").unwrap();
    t.app().handle_input(&arkui::InputEvent::Scroll {
        x: r.x + 10.0,
        y: r.y + 10.0,
        dx: 0.0,
        dy: 45.0,
    });
    t.app().frame();
    assert_eq!(List::from_id(t.app(), "list").unwrap().offset(), 45.0);
    assert_eq!(top(&mut t, "row3"), r.y + 60.0 - 45.0);
}

#[test]
fn d_pad_focus_scrolls_the_focused_row_into_view() {
    // TV: density 1.5, the list is 150 vp (225 px) tall, rows 40 vp (60 px).
    let mut t = TestApp::with_view(DeviceProfile::tv(), || {
        let list = List::new().width(300.0).height(150.0).id("list");
        for i in 0..30 {
            list.child(
                ListItem::new()
                    .height(40.0)
                    .focusable(true)
                    .id(format!("row{i}"))
                    .child(Text::new(format!("row {i}"))),
            );
        }
        list
    });
    t.app().frame();
    assert_eq!(t.app().focused_id().as_deref(), Some("row0"));
    for _ in 0..10 {
        t.app().press_key(arkui::Key::Down);
        t.app().frame();
    }
    assert_eq!(t.app().focused_id().as_deref(), Some("row10"));
    let list = t.rect("list").unwrap();
    let row = t.rect("row10").unwrap();
    assert!(
        row.y >= list.y && row.y + row.height <= list.y + list.height,
        "{row:?} in {list:?}"
    );
    // The least scroll that shows it: its bottom at the list's bottom.
    assert_eq!(row.y + row.height, list.y + list.height);
}

#[test]
fn list_padding_insets_the_items() {
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let list = List::new()
            .width(200.0)
            .height(100.0)
            .padding(10.0)
            .scroller(scroller)
            .id("list");
        for i in 0..20 {
            list.child(ListItem::new().height(20.0).id(format!("row{i}")));
        }
        list
    });
    let (list, row) = (t.rect("list").unwrap(), t.rect("row0").unwrap());
    assert_eq!((row.x - list.x, row.y - list.y), (10.0, 10.0));
    assert_eq!(row.width, 180.0, "the side paddings narrow the rows");
    // Scrolled to the end, the last row ends the bottom padding above the list's edge:
    // 400 px of rows and 20 of padding in a 100 px list.
    scroller.scroll_edge(ScrollEdge::End);
    assert_eq!(scroller.current_offset().1, 320.0);
    let last = t.rect("row19").unwrap();
    assert_eq!(list.y + list.height - (last.y + last.height), 10.0);
}

// ---- lanes and alignListItem ----------------------------------------------------------

#[test]
fn lanes_put_items_side_by_side_and_a_group_takes_a_whole_line() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        let list = List::new()
            .lanes(3, Length::Px(10.0))
            .space(4.0)
            .width(320.0)
            .height(300.0)
            .id("list");
        for i in 0..4 {
            list.child(
                ListItem::new()
                    .height(30.0)
                    .background_color(Color::BLUE)
                    .id(format!("i{i}")),
            );
        }
        let group = ListItemGroup::new()
            .header(Text::new("Group").height(20.0).id("header"))
            .space(6.0)
            .id("group");
        for i in 0..4 {
            group.child(
                ListItem::new()
                    .height(25.0)
                    .background_color(Color::RED)
                    .id(format!("g{i}")),
            );
        }
        list.child(group)
    });
    let l = t.rect("list").unwrap();
    let r = |t: &mut TestApp, id: &str| t.rect(id).unwrap();
    // (320 - 2 * 10) / 3 = 100 px lanes.
    let (i0, i1, i2, i3) = (
        r(&mut t, "i0"),
        r(&mut t, "i1"),
        r(&mut t, "i2"),
        r(&mut t, "i3"),
    );
    assert_eq!((i0.x - l.x, i0.width), (0.0, 100.0));
    assert_eq!((i1.x - l.x, i1.y), (110.0, i0.y));
    assert_eq!((i2.x - l.x, i2.y), (220.0, i0.y));
    assert_eq!((i3.x - l.x, i3.y - i0.y), (0.0, 34.0));
    // The group starts on the next line, across all lanes...
    let group = r(&mut t, "group");
    assert_eq!((group.x, group.width, group.y - i3.y), (l.x, 320.0, 34.0));
    // ...its header across it, its items in the same three lanes, 6 px between rows.
    assert_eq!(r(&mut t, "header").width, 320.0);
    let (g0, g2, g3) = (r(&mut t, "g0"), r(&mut t, "g2"), r(&mut t, "g3"));
    assert_eq!((g0.width, g2.x - l.x, g2.y), (100.0, 220.0, g0.y));
    assert_eq!((g3.x - l.x, g3.y - g0.y), (0.0, 31.0));
    let canvas = t.render();
    assert_near(
        canvas.pixel((l.x + 105.0) as u32, (i0.y + 15.0) as u32),
        Color::WHITE,
        "the gutter between lanes is empty",
    );
    assert_near(
        canvas.pixel((l.x + 270.0) as u32, (g2.y + 12.0) as u32),
        Color::RED,
        "a group item in the third lane",
    );
}

#[test]
fn constrained_lanes_follow_the_width_and_align_narrow_items() {
    use arkui::widgets::{ListItemAlign, ListLanes};
    let lanes = ListLanes::Constrain {
        min: Length::Px(120.0),
        max: Length::Px(150.0),
    };
    let build = move |width: f32| {
        move || {
            let list = List::new()
                .lanes(lanes, Length::Px(0.0))
                .align_list_item(ListItemAlign::Center)
                .width(width)
                .height(200.0)
                .id("list");
            for i in 0..6 {
                list.child(ListItem::new().height(30.0).id(format!("i{i}")));
            }
            list
        }
    };
    let mut wide = TestApp::with_view(DeviceProfile::iot(), build(400.0));
    let l = wide.rect("list").unwrap();
    // 400 / 120: three lanes of 133.3, items fill them.
    let i2 = wide.rect("i2").unwrap();
    assert!((i2.x - l.x - 266.7).abs() < 1.0 && (i2.width - 133.3).abs() < 1.0);
    let mut narrow = TestApp::with_view(DeviceProfile::iot(), build(200.0));
    let l = narrow.rect("list").unwrap();
    // One lane of 200; items at most 150, centred in it.
    let i1 = narrow.rect("i1").unwrap();
    assert_eq!((i1.x - l.x, i1.width), (25.0, 150.0));
}

#[test]
fn a_lazy_list_in_lanes_scrolls_to_an_item_by_rows() {
    use arkui::{VecDataSource, macro_support};
    let source = VecDataSource::new((0..10_000).collect::<Vec<u32>>());
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let list = List::new()
            .lanes(2, Length::Px(0.0))
            .width(200.0)
            .height(200.0)
            .scroller(scroller)
            .id("list");
        macro_support::lazy_for_each(
            list,
            source,
            |n, _| *n,
            |n, row| row.append(ListItem::new().height(40.0).id(format!("i{n}")).into_node()),
        );
        list
    });
    let top = t.rect("list").unwrap().y;
    scroller.scroll_to_index(501);
    t.app().frame();
    // Item 501 is the right half of row 250.
    let i501 = t.rect("i501").unwrap();
    assert_eq!((i501.y, i501.x - t.rect("i500").unwrap().x), (top, 100.0));
    assert_eq!(scroller.current_offset(), (0.0, 250.0 * 40.0));
    let mounted = t.app().find_by_id("list").unwrap().flattened_children();
    assert!(
        mounted
            .iter()
            .filter(|n| n.tag() == Some("ListItem"))
            .count()
            < 20,
        "only the screen's rows and the cached ones are built"
    );
}

// ---- swipeAction -----------------------------------------------------------------------

/// Drag from (x, y) by dx in six steps, a frame each, then lift.
fn swipe_by(t: &mut TestApp, x: f32, y: f32, dx: f32) {
    t.app().pointer_down(x, y);
    for i in 1..=6 {
        t.app().pointer_move(x + dx * i as f32 / 6.0, y);
        t.app().frame();
    }
    t.app().pointer_up(x + dx, y);
}

/// Run frames until animations settle (bounded).
fn settle_frames(t: &mut TestApp) {
    for _ in 0..60 {
        arkui::set_now_ms(arkui::now_ms() + 16.0);
        t.app().frame();
    }
}

#[test]
fn a_swipe_reveals_the_end_action_a_full_swipe_deletes_and_scrolling_closes() {
    use arkui::widgets::{Button, SwipeActionItem, SwipeActionOptions, SwipeActionState};
    let rows = Rc::new(RefCell::new(vec!["a", "b", "c"]));
    let log = Rc::new(RefCell::new(Vec::<String>::new()));
    let (r2, l2) = (rows.clone(), log.clone());
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let list = List::new().width(300.0).height(200.0).id("list");
        for name in r2.borrow().iter().copied() {
            let (rows, log) = (r2.clone(), l2.clone());
            let (log2, log3) = (l2.clone(), l2.clone());
            let delete = SwipeActionItem::new(
                Button::new("Delete")
                    .width(80.0)
                    .background_color(Color::RED)
                    .on_click(move |_| log3.borrow_mut().push(format!("clicked {name}")))
                    .id(format!("del-{name}")),
            )
            .on_action(move || {
                log.borrow_mut().push(format!("action {name}"));
                rows.borrow_mut().retain(|r| *r != name);
            })
            .on_state_change(move |s| log2.borrow_mut().push(format!("{name} {s:?}")));
            list.child(
                ListItem::new()
                    .height(60.0)
                    .background_color(Color::BLUE)
                    .id(name)
                    .child(Text::new(name))
                    .swipe_action(SwipeActionOptions::new().end(delete)),
            );
        }
        list
    });
    let a = t.rect("a").unwrap();
    // A short drag springs back closed.
    swipe_by(&mut t, a.x + 250.0, a.y + 30.0, -30.0);
    settle_frames(&mut t);
    let item =
        |t: &mut TestApp, id: &str| ListItem::from_node(t.app().find_by_id(id).unwrap()).unwrap();
    assert_eq!(
        item(&mut t, "a").swipe_state(),
        Some(SwipeActionState::Collapsed)
    );
    // Past half the action: it stays open, the red button where the row's end was.
    swipe_by(&mut t, a.x + 250.0, a.y + 30.0, -60.0);
    settle_frames(&mut t);
    assert_eq!(
        item(&mut t, "a").swipe_state(),
        Some(SwipeActionState::Expanded)
    );
    let canvas = t.render();
    if let Ok(p) = std::env::var("ARKUI_SAVE_PNG") {
        canvas.save_png(p).unwrap();
    }
    assert_near(
        canvas.pixel((a.x + 260.0) as u32, (a.y + 5.0) as u32),
        Color::RED,
        "the action shows at the row's end",
    );
    assert_near(
        canvas.pixel((a.x + 200.0) as u32, (a.y + 5.0) as u32),
        Color::BLUE,
        "the row moved left by the action's width",
    );
    // Its button takes clicks where it is drawn, outside the item's own box.
    t.app().pointer_down(a.x + 260.0, a.y + 30.0);
    t.app().pointer_up(a.x + 260.0, a.y + 30.0);
    t.app().frame();
    // Opening another row closes the first.
    let b = t.rect("b").unwrap();
    swipe_by(&mut t, b.x + 250.0, b.y + 30.0, -60.0);
    settle_frames(&mut t);
    assert_eq!(
        item(&mut t, "a").swipe_state(),
        Some(SwipeActionState::Collapsed)
    );
    assert_eq!(
        item(&mut t, "b").swipe_state(),
        Some(SwipeActionState::Expanded)
    );
    // A full swipe on c (80 px action + 56 px area) fires its action.
    let c = t.rect("c").unwrap();
    swipe_by(&mut t, c.x + 280.0, c.y + 30.0, -200.0);
    settle_frames(&mut t);
    assert_eq!(*rows.borrow(), vec!["a", "b"]);
    let log = log.borrow().clone();
    assert_eq!(
        log,
        [
            "a Expanded",
            "clicked a",
            "a Collapsed",
            "b Expanded",
            "b Collapsed",
            "c Actioning",
            "action c",
            "c Collapsed"
        ],
        "states in order (b closed when c's drag began)"
    );
}

#[test]
fn the_fade_edge_effect_glows_instead_of_moving_the_content() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        let list = List::new()
            .edge_effect(EdgeEffect::Fade)
            .width(200.0)
            .height(160.0)
            .id("list");
        for i in 0..3 {
            list.child(ListItem::new().height(40.0).id(format!("row{i}")));
        }
        list
    });
    t.app().advance_time(0.0);
    let top = t.rect("row0").unwrap().y;
    let list = t.rect("list").unwrap();
    // Pull down from the top, 120 px in frames.
    let (x, y) = (list.x + 100.0, list.y + 20.0);
    t.app().pointer_down(x, y);
    for i in 1..=6 {
        t.app().advance_time(16.0 * f64::from(i));
        t.app().pointer_move(x, y + 20.0 * i as f32);
        t.render();
    }
    assert_eq!(
        t.rect("row0").unwrap().y,
        top,
        "the content stays at its edge"
    );
    let glow = t
        .app()
        .find_by_id("list")
        .unwrap()
        .children()
        .into_iter()
        .find(|n| n.tag() == Some("EdgeGlow"))
        .expect("a glow at the pulled edge");
    let g = glow.rect().unwrap();
    assert!(
        (g.y, g.width) == (list.y, list.width) && g.height > 20.0,
        "{g:?}"
    );
    let px = t
        .render()
        .pixel((list.x + 100.0) as u32, (list.y + 2.0) as u32);
    assert!(px[2] > px[0] + 20, "tinted at the top edge: {px:?}");
    // Let go: it fades out.
    t.app().pointer_up(x, y + 120.0);
    t.app().advance_time(200.0);
    t.render();
    t.app().advance_time(1000.0);
    t.render();
    let visual = glow.visual().unwrap();
    assert_eq!(visual.opacity, 0.0);
    let px = t
        .render()
        .pixel((list.x + 100.0) as u32, (list.y + 2.0) as u32);
    assert!(px[0] > 240 && px[2] > 240, "gone: {px:?}");
}
