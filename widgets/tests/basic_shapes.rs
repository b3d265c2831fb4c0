//! Button types, Blank and Divider through the headless harness: corner and centre pixels,
//! rects from the inspector.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use arkui::platform::TestApp;
use arkui::prelude::*;
use common::{BRAND, assert_near, attr, pixel_at};

/// `(x, y, width, height)` of `.id(key)`, relative to `.id(origin)`.
fn frame(t: &mut TestApp, key: &str, origin: &str) -> (f32, f32, f32, f32) {
    let o = t.rect(origin).unwrap();
    let r = t.rect(key).unwrap();
    (r.x - o.x, r.y - o.y, r.width, r.height)
}

fn button(kind: ButtonType, id: &str) -> Button {
    Button::empty().button_type(kind).id(id)
}

#[test]
fn a_capsule_rounds_its_ends_by_half_its_height() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new().child(
            button(ButtonType::Capsule, "b")
                .width(80.vp())
                .height(40.vp()),
        )
    });
    assert_eq!(attr(&mut t, "b", "type"), "ButtonType.Capsule");
    assert_near(pixel_at(&mut t, "b", 40.0, 20.0), BRAND, "centre");
    assert_near(pixel_at(&mut t, "b", 40.0, 1.0), BRAND, "straight top edge");
    // The left end is a half circle of radius 20 around (20, 20): (2, 20) is inside it,
    // (3, 5) outside (a radius of 10 would still cover it).
    assert_near(pixel_at(&mut t, "b", 2.0, 20.0), BRAND, "end, mid height");
    assert_near(
        pixel_at(&mut t, "b", 3.0, 5.0),
        Color::WHITE,
        "rounded corner",
    );
    assert_near(
        pixel_at(&mut t, "b", 77.0, 35.0),
        Color::WHITE,
        "far corner",
    );
}

#[test]
fn a_normal_button_has_square_corners_unless_given_a_radius() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new()
            .space(8.vp())
            .child(
                button(ButtonType::Normal, "square")
                    .width(80.vp())
                    .height(40.vp()),
            )
            .child(
                button(ButtonType::Normal, "rounded")
                    .border_radius(8.vp())
                    .width(80.vp())
                    .height(40.vp()),
            )
    });
    assert_eq!(attr(&mut t, "square", "type"), "ButtonType.Normal");
    assert_near(
        pixel_at(&mut t, "square", 0.5, 0.5),
        BRAND,
        "top-left corner",
    );
    assert_near(
        pixel_at(&mut t, "square", 79.5, 39.5),
        BRAND,
        "bottom-right corner",
    );
    assert_near(
        pixel_at(&mut t, "rounded", 0.5, 0.5),
        Color::WHITE,
        "radius 8 corner",
    );
    assert_near(
        pixel_at(&mut t, "rounded", 4.0, 4.0),
        BRAND,
        "inside the radius",
    );
    assert_near(pixel_at(&mut t, "rounded", 40.0, 20.0), BRAND, "centre");
}

#[test]
fn a_circle_is_as_wide_as_high_and_shows_the_page_in_its_corners() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new()
            .space(8.vp())
            .child(button(ButtonType::Circle, "auto"))
            .child(button(ButtonType::Circle, "big").height(60.vp()))
    });
    assert_eq!(attr(&mut t, "auto", "type"), "ButtonType.Circle");
    let r = t.rect("auto").unwrap();
    assert_eq!(
        (r.width, r.height),
        (40.0, 40.0),
        "follows the default height"
    );
    let r = t.rect("big").unwrap();
    assert_eq!((r.width, r.height), (60.0, 60.0), "follows a set height");
    for (id, d) in [("auto", 40.0), ("big", 60.0)] {
        assert_near(pixel_at(&mut t, id, d / 2.0, d / 2.0), BRAND, "centre");
        assert_near(
            pixel_at(&mut t, id, d / 2.0, 1.5),
            BRAND,
            "top of the circle",
        );
        assert_near(
            pixel_at(&mut t, id, 3.0, 3.0),
            Color::WHITE,
            "top-left corner",
        );
        assert_near(
            pixel_at(&mut t, id, d - 3.0, d - 3.0),
            Color::WHITE,
            "bottom-right corner",
        );
    }
}

#[test]
fn a_circle_with_different_width_and_height_uses_the_smaller_side() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        button(ButtonType::Circle, "wide")
            .width(80.vp())
            .height(40.vp())
    });
    let r = t.rect("wide").unwrap();
    assert_eq!((r.width, r.height), (40.0, 40.0));
    assert_near(pixel_at(&mut t, "wide", 3.0, 3.0), Color::WHITE, "corner");
}

#[test]
fn blank_pushes_what_follows_it_to_the_end_of_a_row() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Row::new()
            .width(200.vp())
            .height(30.vp())
            .id("row")
            .child(Row::new().width(30.vp()).height(10.vp()).id("first"))
            .child(Blank::new().id("blank"))
            .child(Row::new().width(50.vp()).height(10.vp()).id("last"))
    });
    assert_eq!(frame(&mut t, "first", "row").0, 0.0);
    let (bx, _, bw, _) = frame(&mut t, "blank", "row");
    assert_eq!((bx, bw), (30.0, 120.0), "the blank takes the rest");
    let (lx, _, lw, _) = frame(&mut t, "last", "row");
    assert_eq!(
        (lx, lw),
        (150.0, 50.0),
        "the last item ends at the row's end"
    );
}

#[test]
fn blank_grows_down_a_column_and_keeps_its_minimum() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new()
            .child(
                Column::new()
                    .height(100.vp())
                    .id("col")
                    .child(Row::new().width(10.vp()).height(20.vp()))
                    .child(Blank::new().id("grow"))
                    .child(Row::new().width(10.vp()).height(10.vp()).id("bottom")),
            )
            // A row as wide as its content: a plain blank has no width, `Blank(min)` its
            // minimum.
            .child(
                Row::new()
                    .id("tight")
                    .child(Row::new().width(10.vp()).height(10.vp()))
                    .child(Blank::new().id("zero"))
                    .child(Blank::with_min(40.vp()).id("min"))
                    .child(Row::new().width(10.vp()).height(10.vp()).id("after")),
            )
            // Too narrow for its items: the blank still keeps its minimum.
            .child(
                Row::new()
                    .width(60.vp())
                    .id("narrow")
                    .child(Row::new().width(50.vp()).height(10.vp()))
                    .child(Blank::with_min(30.vp()).id("squeezed")),
            )
    });
    assert_eq!(frame(&mut t, "grow", "col").1, 20.0);
    assert_eq!(frame(&mut t, "grow", "col").3, 70.0);
    assert_eq!(frame(&mut t, "bottom", "col").1, 90.0);
    assert_eq!(frame(&mut t, "zero", "tight").2, 0.0);
    assert_eq!(frame(&mut t, "min", "tight").2, 40.0);
    assert_eq!(frame(&mut t, "after", "tight").0, 50.0);
    assert_eq!(t.rect("tight").unwrap().width, 60.0);
    assert_eq!(frame(&mut t, "squeezed", "narrow").2, 30.0);
}

#[test]
fn a_divider_is_stroke_width_thick_across_its_container_in_its_colour() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new()
            .width(200.vp())
            .id("col")
            .child(Divider::new().id("default"))
            .child(Row::new().height(10.vp()))
            .child(
                Divider::new()
                    .stroke_width(4.vp())
                    .color(Color::RED)
                    .id("thick"),
            )
            .child(
                Row::new()
                    .height(50.vp())
                    .id("row")
                    .child(Row::new().width(20.vp()).height(10.vp()))
                    .child(
                        Divider::new()
                            .vertical(true)
                            .stroke_width(3.vp())
                            .color(Color::BLUE)
                            .id("vertical"),
                    )
                    // strokeWidth before vertical keeps the thickness.
                    .child(
                        Divider::new()
                            .stroke_width(6.vp())
                            .vertical(true)
                            .color(Color::GREEN)
                            .id("vertical2"),
                    ),
            )
    });
    let (x, _, w, h) = frame(&mut t, "default", "col");
    assert_eq!((x, w, h), (0.0, 200.0, 1.0), "1px across the column");
    // The theme's comp_divider, 20% black over white.
    assert_near(
        pixel_at(&mut t, "default", 100.0, 0.5),
        Color::from_rgb(0xCCCCCC),
        "default colour",
    );
    let (x, y, w, h) = frame(&mut t, "thick", "col");
    assert_eq!((x, y, w, h), (0.0, 11.0, 200.0, 4.0));
    assert_near(pixel_at(&mut t, "thick", 100.0, 2.0), Color::RED, "stroke");
    assert_near(
        pixel_at(&mut t, "thick", 100.0, 5.0),
        Color::WHITE,
        "below the stroke",
    );
    let (x, y, w, h) = frame(&mut t, "vertical", "row");
    assert_eq!(
        (x, y, w, h),
        (20.0, 0.0, 3.0, 50.0),
        "3 wide, the row's height"
    );
    assert_near(
        pixel_at(&mut t, "vertical", 1.5, 25.0),
        Color::BLUE,
        "vertical stroke",
    );
    assert_near(
        pixel_at(&mut t, "vertical", -1.0, 25.0),
        Color::WHITE,
        "beside it",
    );
    let (x, _, w, h) = frame(&mut t, "vertical2", "row");
    assert_eq!((x, w, h), (23.0, 6.0, 50.0));
    assert_near(
        pixel_at(&mut t, "vertical2", 3.0, 25.0),
        Color::GREEN,
        "second stroke",
    );
}
