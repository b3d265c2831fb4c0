//! The shape components through the headless harness: pixels inside and outside each
//! outline, inherited styles, the view port, content sizes and malformed path data.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use arkui::draw::{FillRule, LineCap};
use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::{Circle, Ellipse, Line, Path, Polygon, Polyline, Rect, Shape};
use arkui::{Effect, ViewPort};
use common::{assert_near, near, pixel_at};

fn stage(build: impl FnOnce() -> Stack + 'static) -> TestApp {
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        build()
            .width(pct(100.0))
            .height(pct(100.0))
            .align_content(Alignment::TopStart)
            .background_color(Color::WHITE)
    });
    t.render();
    t
}

#[test]
fn a_circle_fills_the_disc_centred_in_its_box() {
    let mut t = stage(|| {
        Stack::new().child(
            Circle::new()
                .width(60.vp())
                .height(40.vp())
                .fill(Color::RED)
                .id("c"),
        )
    });
    t.render()
        .save_png(concat!(env!("CARGO_TARGET_TMPDIR"), "/shapes-circle.png"))
        .ok();
    assert_near(pixel_at(&mut t, "c", 30.0, 20.0), Color::RED, "centre");
    // Radius 20 centred at (30, 20): (12, 20) is inside, (8, 20) is not.
    assert_near(
        pixel_at(&mut t, "c", 12.0, 20.0),
        Color::RED,
        "inside the radius",
    );
    assert_near(
        pixel_at(&mut t, "c", 8.0, 20.0),
        Color::WHITE,
        "outside the radius",
    );
    assert_near(pixel_at(&mut t, "c", 2.0, 2.0), Color::WHITE, "corner");
}

#[test]
fn an_ellipse_and_a_rounded_rect_follow_their_boxes() {
    let mut t = stage(|| {
        Stack::new()
            .child(
                Ellipse::new()
                    .width(80.vp())
                    .height(30.vp())
                    .fill(Color::BLUE)
                    .id("e"),
            )
            .child(
                Rect::new()
                    .width(60.vp())
                    .height(40.vp())
                    .radius(10.0)
                    .fill(Color::GREEN)
                    .position(100.vp(), 0.vp())
                    .id("r"),
            )
    });
    assert_near(
        pixel_at(&mut t, "e", 3.0, 15.0),
        Color::BLUE,
        "ellipse's left end",
    );
    assert_near(
        pixel_at(&mut t, "e", 40.0, 2.0),
        Color::BLUE,
        "ellipse's top",
    );
    assert_near(
        pixel_at(&mut t, "e", 6.0, 3.0),
        Color::WHITE,
        "outside the ellipse",
    );
    assert_near(
        pixel_at(&mut t, "r", 30.0, 20.0),
        Color::GREEN,
        "rect inside",
    );
    assert_near(
        pixel_at(&mut t, "r", 0.5, 0.5),
        Color::WHITE,
        "rounded corner",
    );
    assert_near(
        pixel_at(&mut t, "r", 5.0, 20.0),
        Color::GREEN,
        "straight side",
    );
}

#[test]
fn strokes_are_centred_dashed_and_capped() {
    let mut t = stage(|| {
        Stack::new()
            .child(
                Line::new()
                    .start_point((10.0, 10.0))
                    .end_point((110.0, 10.0))
                    .stroke(Color::BLACK)
                    .stroke_width(6.0)
                    .stroke_dash_array(vec![10.0, 10.0])
                    .id("dash"),
            )
            .child(
                Line::new()
                    .start_point((10.0, 30.0))
                    .end_point((110.0, 30.0))
                    .stroke(Color::BLACK)
                    .stroke_width(6.0)
                    .stroke_line_cap(LineCap::Square)
                    .id("cap"),
            )
    });
    t.render()
        .save_png(concat!(env!("CARGO_TARGET_TMPDIR"), "/shapes-strokes.png"))
        .ok();
    // Dashes: 10..20 ink, 20..30 gap, 30..40 ink.
    assert_near(
        pixel_at(&mut t, "dash", 15.0, 10.0),
        Color::BLACK,
        "first dash",
    );
    assert_near(
        pixel_at(&mut t, "dash", 25.0, 10.0),
        Color::WHITE,
        "first gap",
    );
    assert_near(
        pixel_at(&mut t, "dash", 35.0, 10.0),
        Color::BLACK,
        "second dash",
    );
    // Centred: 3 px each side of the line.
    assert_near(
        pixel_at(&mut t, "dash", 15.0, 8.0),
        Color::BLACK,
        "above the centre line",
    );
    assert_near(
        pixel_at(&mut t, "dash", 15.0, 14.0),
        Color::WHITE,
        "past the half width",
    );
    // A square cap reaches half the width past the end.
    assert_near(
        pixel_at(&mut t, "cap", 8.0, 30.0),
        Color::BLACK,
        "square cap before the start",
    );
    assert_near(
        pixel_at(&mut t, "cap", 5.0, 30.0),
        Color::WHITE,
        "beyond the cap",
    );
}

#[test]
fn lines_and_paths_size_themselves_by_their_points() {
    let mut t = stage(|| {
        Stack::new()
            .child(
                Polyline::new()
                    .points(vec![(0.0, 0.0), (30.0, 20.0), (60.0, 5.0)])
                    .id("p"),
            )
            .child(Path::new().commands("M0 0 h40 v25 z").id("path"))
    });
    let p = t.rect("p").unwrap();
    assert_eq!((p.width, p.height), (60.0, 20.0));
    let path = t.rect("path").unwrap();
    assert_eq!((path.width, path.height), (40.0, 25.0));
}

#[test]
fn a_polygon_fills_by_its_rule() {
    // A five-point star drawn in one stroke: even-odd leaves the pentagon in the middle empty.
    let star = vec![
        (50.0, 0.0),
        (79.0, 90.0),
        (2.0, 35.0),
        (98.0, 35.0),
        (21.0, 90.0),
    ];
    let s2 = star.clone();
    let mut t = stage(move || {
        Stack::new()
            .child(Polygon::new().points(star).fill(Color::RED).id("nz"))
            .child(
                Polygon::new()
                    .points(s2)
                    .fill(Color::RED)
                    .fill_rule(FillRule::EvenOdd)
                    .position(110.vp(), 0.vp())
                    .id("eo"),
            )
    });
    t.render()
        .save_png(concat!(env!("CARGO_TARGET_TMPDIR"), "/shapes-star.png"))
        .ok();
    assert_near(
        pixel_at(&mut t, "nz", 50.0, 50.0),
        Color::RED,
        "nonzero fills the centre",
    );
    assert_near(
        pixel_at(&mut t, "eo", 50.0, 50.0),
        Color::WHITE,
        "evenodd leaves it",
    );
    assert_near(
        pixel_at(&mut t, "eo", 50.0, 15.0),
        Color::RED,
        "a point is filled",
    );
}

#[test]
fn shapes_inherit_their_containers_style_and_view_port() {
    let mut t = stage(|| {
        Stack::new().child(
            Shape::new()
                .width(100.vp())
                .height(100.vp())
                .view_port(ViewPort::new(0.0, 0.0, 50.0, 50.0))
                .fill(Color::BLUE)
                .id("s")
                .child(Rect::new().width(25.vp()).height(25.vp()))
                .child(
                    Rect::new()
                        .width(25.vp())
                        .height(25.vp())
                        .fill(Color::RED)
                        .position(25.vp(), 25.vp()),
                ),
        )
    });
    t.render()
        .save_png(concat!(env!("CARGO_TARGET_TMPDIR"), "/shapes-viewport.png"))
        .ok();
    // Scaled ×2: the first rect covers 0..50 px, the second 50..100.
    assert_near(
        pixel_at(&mut t, "s", 45.0, 45.0),
        Color::BLUE,
        "inherited fill, scaled",
    );
    assert_near(
        pixel_at(&mut t, "s", 55.0, 55.0),
        Color::RED,
        "own fill, scaled",
    );
    assert_near(pixel_at(&mut t, "s", 55.0, 45.0), Color::WHITE, "between");
}

#[test]
fn changing_the_containers_fill_repaints_its_shapes() {
    let color = State::new(Color::BLUE);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let s = Shape::new().width(40.vp()).height(40.vp()).id("s");
        let s2 = s;
        Effect::new(move || {
            s2.fill(color.get());
        });
        s.child(Rect::new().width(40.vp()).height(40.vp()))
    });
    t.render();
    assert!(near(pixel_at(&mut t, "s", 20.0, 20.0), Color::BLUE, 10));
    color.set(Color::RED);
    t.render();
    assert_near(pixel_at(&mut t, "s", 20.0, 20.0), Color::RED, "repainted");
}

#[test]
fn malformed_path_data_draws_nothing_and_says_why() {
    let mut t = stage(|| {
        Stack::new().child(
            Path::new()
                .width(50.vp())
                .height(50.vp())
                .commands("M0 0 L50 0 L50 50 Lx")
                .id("bad"),
        )
    });
    assert_near(
        pixel_at(&mut t, "bad", 45.0, 10.0),
        Color::WHITE,
        "nothing drawn",
    );
    let bad = Path::from_node(t.app().find_by_id("bad").unwrap());
    let err = bad.commands_error().expect("an error");
    assert!(err.to_string().contains("byte"), "{err}");
}

#[test]
fn hostile_geometry_never_panics() {
    let mut t = stage(|| {
        Stack::new()
            .child(Circle::new().width(1.0e6.vp()).height(f32::NAN.vp()))
            .child(
                Rect::new()
                    .width((-5.0).vp())
                    .height(10.vp())
                    .radius(f32::INFINITY),
            )
            .child(
                Polyline::new()
                    .points(vec![(f32::NAN, 0.0), (1.0e30, 5.0)])
                    .stroke(Color::RED),
            )
            .child(
                Line::new()
                    .end_point((50.0, 50.0))
                    .stroke(Color::RED)
                    .stroke_width(f32::NAN)
                    .stroke_dash_array(vec![-1.0, f32::INFINITY]),
            )
            .child(
                Rect::new()
                    .width(20.vp())
                    .height(20.vp())
                    .fill(Color::BLUE)
                    .position(200.vp(), 100.vp())
                    .id("ok"),
            )
    });
    // The frame after them is whole: a shape beside them still draws.
    assert_near(
        pixel_at(&mut t, "ok", 10.0, 10.0),
        Color::BLUE,
        "drawn after hostile shapes",
    );
}

#[test]
fn anti_alias_off_paints_every_edge_pixel_fully_or_not_at_all() {
    let count_mixed = |aa: bool| {
        let mut t = stage(move || {
            Stack::new().child(
                Circle::new()
                    .width(41.vp())
                    .height(41.vp())
                    .fill(Color::RED)
                    .anti_alias(aa)
                    .id("c"),
            )
        });
        let r = t.rect("c").unwrap();
        let frame = t.render();
        let mut mixed = 0;
        for y in r.y as u32..(r.y + r.height) as u32 {
            for x in r.x as u32..(r.x + r.width) as u32 {
                let p = frame.pixel(x, y);
                let red = Color::RED;
                if p != [red.r, red.g, red.b, 255] && p != [255; 4] {
                    mixed += 1;
                }
            }
        }
        mixed
    };
    assert!(count_mixed(true) > 20, "smoothed edges blend");
    assert_eq!(count_mixed(false), 0, "hard edges: red or background only");
}
