//! GridRow / GridCol and RelativeContainer through the headless harness: gutters, spans,
//! offsets and order per breakpoint (also after a window resize), and a dependency cycle in
//! alignRules reported once per layout with a defined fallback position.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::{AlignRulesExt, GridCol, GridRow, RelativeContainer};
use arkui::{CONTAINER, Diagnostic, HorizontalAlign, VerticalAlign, breakpoint, take_diagnostics};

/// `(x, y, width, height)` of `.id(key)`, relative to `.id(origin)`.
fn frame(t: &mut TestApp, key: &str, origin: &str) -> (f32, f32, f32, f32) {
    let o = t.rect(origin).unwrap();
    let r = t.rect(key).unwrap();
    (r.x - o.x, r.y - o.y, r.width, r.height)
}

#[test]
fn gutter_separates_columns_and_wrapped_rows() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        let row = GridRow::new()
            .columns(4)
            .gutter(10.0, 5.0)
            .width(330.0)
            .id("grid");
        for i in 0..5 {
            row.child(GridCol::new().height(10.0).id(format!("c{i}")));
        }
        row
    });
    // (330 - 3 gutters of 10) / 4 columns = 75 each.
    assert_eq!(frame(&mut t, "c0", "grid"), (0.0, 0.0, 75.0, 10.0));
    assert_eq!(frame(&mut t, "c1", "grid"), (85.0, 0.0, 75.0, 10.0));
    assert_eq!(frame(&mut t, "c3", "grid"), (255.0, 0.0, 75.0, 10.0));
    // The fifth wraps below, one row gutter down.
    assert_eq!(frame(&mut t, "c4", "grid"), (0.0, 15.0, 75.0, 10.0));
}

#[test]
fn a_span_across_gutters_covers_them() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        GridRow::new()
            .columns(4)
            .gutter(10.0, 0.0)
            .width(330.0)
            .id("grid")
            .child(GridCol::new().span(3).height(10.0).id("wide"))
    });
    assert_eq!(frame(&mut t, "wide", "grid"), (0.0, 0.0, 245.0, 10.0));
}

/// On sm both cells take a full row; on md `b` comes first (order) in 3 columns and `a`
/// skips 3 (offset) and spans 6.
fn adaptive() -> GridRow {
    GridRow::new()
        .width(pct(100.0))
        .id("grid")
        .child(
            GridCol::new()
                .span(ByBreakpoint::new(12).md(6))
                .offset(ByBreakpoint::new(0).md(3))
                .order(ByBreakpoint::new(0).md(1))
                .height(10.0)
                .id("a"),
        )
        .child(
            GridCol::new()
                .span(ByBreakpoint::new(12).md(3))
                .height(10.0)
                .id("b"),
        )
}

#[test]
fn span_offset_and_order_follow_the_breakpoint() {
    let mut sm = TestApp::with_view(DeviceProfile::iot(), adaptive);
    assert_eq!(frame(&mut sm, "a", "grid"), (0.0, 0.0, 320.0, 10.0));
    assert_eq!(frame(&mut sm, "b", "grid"), (0.0, 10.0, 320.0, 10.0));
    // 600 vp is md: columns of 50.
    let mut md = TestApp::with_view(DeviceProfile::desktop(600, 400), adaptive);
    assert_eq!(frame(&mut md, "b", "grid"), (0.0, 0.0, 150.0, 10.0));
    assert_eq!(frame(&mut md, "a", "grid"), (300.0, 0.0, 300.0, 10.0));
}

#[test]
fn resizing_the_window_changes_the_breakpoint_and_the_grid() {
    let mut bp = None;
    let mut t = TestApp::with_view(DeviceProfile::desktop(400, 400), || {
        bp = Some(breakpoint());
        adaptive()
    });
    let bp = bp.unwrap();
    assert_eq!(bp.get(), Breakpoint::Sm);
    assert_eq!(frame(&mut t, "b", "grid"), (0.0, 10.0, 400.0, 10.0));
    t.app().resize(600, 400);
    assert_eq!(bp.get(), Breakpoint::Md);
    assert_eq!(frame(&mut t, "a", "grid"), (300.0, 0.0, 300.0, 10.0));
    assert_eq!(frame(&mut t, "b", "grid"), (0.0, 0.0, 150.0, 10.0));
    t.app().resize(400, 400);
    assert_eq!(bp.get(), Breakpoint::Sm);
    assert_eq!(frame(&mut t, "a", "grid"), (0.0, 0.0, 400.0, 10.0));
}

fn cycle_messages() -> Vec<String> {
    take_diagnostics()
        .into_iter()
        .filter_map(|d| match d {
            Diagnostic::Layout { message } if message.contains("cycle") => Some(message),
            _ => None,
        })
        .collect()
}

#[test]
fn a_relative_cycle_is_reported_once_per_layout_and_placed_at_the_top_left() {
    take_diagnostics();
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        let after = |anchor: &str| AlignRules {
            left: Some((anchor.into(), HorizontalAlign::End)),
            top: Some((anchor.into(), VerticalAlign::Bottom)),
            ..AlignRules::default()
        };
        RelativeContainer::new()
            .width(200.0)
            .height(100.0)
            .id("box")
            .child(
                Column::new()
                    .size(30.0, 10.0)
                    .id("a")
                    .align_rules(after("b")),
            )
            .child(
                Column::new()
                    .size(40.0, 20.0)
                    .id("b")
                    .align_rules(after("a")),
            )
            .child(
                Column::new()
                    .size(50.0, 10.0)
                    .id("c")
                    .align_rules(AlignRules {
                        right: Some((CONTAINER.into(), HorizontalAlign::End)),
                        bottom: Some((CONTAINER.into(), VerticalAlign::Bottom)),
                        ..AlignRules::default()
                    }),
            )
    });
    t.render();
    let first = cycle_messages();
    assert_eq!(first.len(), 1, "one report for one layout: {first:?}");
    assert!(
        first[0].contains("a, b"),
        "names the children: {}",
        first[0]
    );
    assert!(
        first[0].contains("__container__"),
        "says how to fix it: {}",
        first[0]
    );
    // The fallback: the cycle's children sit at the container's top-left, at their own size;
    // the rest of the container is laid out as written.
    assert_eq!(frame(&mut t, "a", "box"), (0.0, 0.0, 30.0, 10.0));
    assert_eq!(frame(&mut t, "b", "box"), (0.0, 0.0, 40.0, 20.0));
    assert_eq!(frame(&mut t, "c", "box"), (150.0, 90.0, 50.0, 10.0));
    // Frames that reuse the layout say nothing more; a new layout says it once again.
    t.app().request_full_frame();
    t.render();
    assert!(cycle_messages().is_empty());
    t.app().resize(300, 240);
    t.render();
    assert_eq!(cycle_messages().len(), 1);
}

#[test]
fn the_universal_align_places_text_lines_a_buttons_label_and_a_stacks_children() {
    use arkui::Alignment;
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Row::new()
            .child(
                Text::new("Hg")
                    .font_size(20.0)
                    .width(60.0)
                    .height(120.0)
                    .align(Alignment::Bottom)
                    .id("text"),
            )
            .child(
                Button::new("OK")
                    .width(100.0)
                    .height(120.0)
                    .align(Alignment::TopStart)
                    .id("button"),
            )
            .child(
                Stack::new()
                    .width(100.0)
                    .height(120.0)
                    .align(Alignment::BottomEnd)
                    .id("stack")
                    .child(Column::new().width(20.0).height(20.0).id("dot")),
            )
    });
    // Dark pixels of the text are in the bottom third of its box only.
    let r = t.rect("text").unwrap();
    let canvas = t.render();
    let inked = |y0: f32, y1: f32| {
        (y0 as u32..y1 as u32)
            .any(|y| (r.x as u32..(r.x + r.width) as u32).any(|x| canvas.pixel(x, y)[0] < 128))
    };
    assert!(
        inked(r.y + 80.0, r.y + r.height),
        "the lines sit at the bottom"
    );
    assert!(!inked(r.y, r.y + 60.0), "nothing at the top");
    // The button's label at its top-left corner.
    let b = t.rect("button").unwrap();
    let label = t.app().find_by_id("button").unwrap().children()[0]
        .rect()
        .unwrap();
    assert!(
        label.y - b.y < 10.0 && label.x - b.x < 30.0,
        "{label:?} in {b:?}"
    );
    // The stack's child at its bottom-right.
    let (dot, stack) = (t.rect("dot").unwrap(), t.rect("stack").unwrap());
    assert_eq!(
        (dot.x + dot.width, dot.y + dot.height),
        (stack.x + stack.width, stack.y + stack.height)
    );
}
