//! The Canvas component and its 2D context through the headless harness: reactive redraws
//! repaint only the canvas, clearing forgets the recording, and hostile command sequences
//! (NaN, huge radii, million-point paths, random sequences) neither panic nor grow without
//! bound.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use arkui::draw::FillRule;
use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::{Canvas, CanvasRenderingContext2D, MAX_CANVAS_OPS, Path2D};
use common::assert_near;
use proptest::prelude::*;

fn canvas_app(
    ctx: &CanvasRenderingContext2D,
    draw: impl Fn(&CanvasRenderingContext2D) + 'static,
) -> TestApp {
    let c = ctx.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Column::new()
            .child(
                Canvas::new(&c)
                    .width(100.vp())
                    .height(60.vp())
                    .id("canvas")
                    .on_draw(draw),
            )
            .child(Text::new("unrelated").id("text"))
    });
    t.render();
    t
}

#[test]
fn a_state_read_by_the_drawing_redraws_only_the_canvas() {
    let color = State::new(Color::RED);
    let ctx = CanvasRenderingContext2D::new();
    let mut t = canvas_app(&ctx, move |ctx| {
        ctx.set_fill_style(color.get());
        ctx.fill_rect(0.0, 0.0, 50.0, 30.0);
    });
    let r = t.rect("canvas").unwrap();
    assert_near(
        t.render().pixel(r.x as u32 + 10, r.y as u32 + 10),
        Color::RED,
        "first draw",
    );
    arkui::reset_stats();
    color.set(Color::BLUE);
    t.render();
    let s = arkui::stats();
    assert_eq!(
        s.nodes_recorded, 1,
        "only the canvas is recorded again: {s:?}"
    );
    assert_eq!(s.frames_patched, 1, "{s:?}");
    assert_near(
        t.render().pixel(r.x as u32 + 10, r.y as u32 + 10),
        Color::BLUE,
        "redrawn",
    );
    assert_eq!(
        ctx.op_count(),
        1,
        "each redraw starts from a cleared canvas"
    );
}

#[test]
fn clearing_the_whole_canvas_forgets_what_was_drawn() {
    let ctx = CanvasRenderingContext2D::new();
    let _t = canvas_app(&ctx, |ctx| {
        for i in 0..100 {
            ctx.fill_rect(i as f32, 0.0, 1.0, 1.0);
        }
    });
    assert_eq!(ctx.op_count(), 100);
    ctx.clear_rect(0.0, 0.0, ctx.width(), ctx.height());
    assert_eq!(ctx.op_count(), 0);
    // A partial clear is recorded (it erases through a composite layer).
    ctx.fill_rect(0.0, 0.0, 10.0, 10.0);
    ctx.clear_rect(2.0, 2.0, 3.0, 3.0);
    assert!(ctx.op_count() > 1);
}

#[test]
fn drawing_is_clipped_to_the_canvas() {
    let ctx = CanvasRenderingContext2D::new();
    let mut t = canvas_app(&ctx, |ctx| {
        ctx.set_fill_style(Color::RED);
        ctx.fill_rect(-50.0, -50.0, 1000.0, 1000.0);
    });
    let text = t.rect("text").unwrap();
    let px = t.render().pixel(text.x as u32 + 1, text.y as u32 + 1);
    assert!(
        px[0] < 250 || px[1] > 10,
        "the canvas does not paint over its neighbour: {px:?}"
    );
}

#[test]
fn hostile_input_is_ignored_in_bounded_time() {
    let ctx = CanvasRenderingContext2D::new();
    let mut t = canvas_app(&ctx, |ctx| {
        ctx.set_line_width(f32::NAN);
        ctx.set_line_dash(&[f32::INFINITY, -1.0]);
        ctx.move_to(f32::NAN, 0.0);
        ctx.arc(10.0, 10.0, 1.0e6, 0.0, 1.0e9, false);
        ctx.arc(10.0, 10.0, -5.0, 0.0, 1.0, false);
        ctx.ellipse(0.0, 0.0, f32::INFINITY, 1.0, 0.0, 0.0, 1.0, false);
        ctx.fill_rect(f32::NAN, 0.0, 10.0, 10.0);
        ctx.scale(f32::INFINITY, 1.0);
        ctx.stroke();
        ctx.fill(FillRule::EvenOdd);
        ctx.set_font("nonsense");
        ctx.fill_text("ok", f32::NAN, 0.0);
    });
    // A million-point path: bounded by the op and verb limits, drawn once.
    ctx.begin_path();
    ctx.move_to(0.0, 0.0);
    for i in 0..1_000_000 {
        ctx.line_to((i % 100) as f32, (i / 10_000) as f32);
    }
    let before = ctx.op_count();
    ctx.stroke();
    assert_eq!(ctx.op_count(), before + 1, "the long path is recorded");
    t.render();
    // Malformed Path2D data is an error, never a panic.
    assert!(Path2D::from_svg("M0 0 L10").is_err());
}

#[test]
fn the_recording_is_bounded() {
    let ctx = CanvasRenderingContext2D::new();
    let _t = canvas_app(&ctx, |_| {});
    for _ in 0..(MAX_CANVAS_OPS + 10) {
        ctx.fill_rect(1.0, 1.0, 1.0, 1.0);
    }
    assert_eq!(ctx.op_count(), MAX_CANVAS_OPS);
}

/// One random canvas call.
fn apply(ctx: &CanvasRenderingContext2D, op: u8, a: [f32; 6]) {
    match op % 24 {
        0 => ctx.fill_rect(a[0], a[1], a[2], a[3]),
        1 => ctx.stroke_rect(a[0], a[1], a[2], a[3]),
        2 => ctx.clear_rect(a[0], a[1], a[2], a[3]),
        3 => ctx.begin_path(),
        4 => ctx.move_to(a[0], a[1]),
        5 => ctx.line_to(a[0], a[1]),
        6 => ctx.arc(a[0], a[1], a[2], a[3], a[4], a[5] > 0.0),
        7 => ctx.arc_to(a[0], a[1], a[2], a[3], a[4]),
        8 => ctx.bezier_curve_to(a[0], a[1], a[2], a[3], a[4], a[5]),
        9 => ctx.fill(if a[0] > 0.0 {
            FillRule::EvenOdd
        } else {
            FillRule::NonZero
        }),
        10 => ctx.stroke(),
        11 => ctx.clip(FillRule::NonZero),
        12 => ctx.save(),
        13 => ctx.restore(),
        14 => ctx.translate(a[0], a[1]),
        15 => ctx.rotate(a[0]),
        16 => ctx.scale(a[0], a[1]),
        17 => ctx.set_line_width(a[0]),
        18 => ctx.set_line_dash(&[a[0], a[1], a[2]]),
        19 => ctx.set_global_alpha(a[0]),
        20 => ctx.set_shadow_blur(a[0]),
        21 => ctx.round_rect(a[0], a[1], a[2], a[3], &[a[4], a[5]]),
        22 => ctx.set_transform(a[0], a[1], a[2], a[3], a[4], a[5]),
        _ => ctx.fill_text("Ab", a[0], a[1]),
    }
}

fn number() -> impl Strategy<Value = f32> {
    prop_oneof![
        -200.0f32..200.0,
        Just(f32::NAN),
        Just(f32::INFINITY),
        Just(-1.0e30f32),
        Just(1.0e6f32),
        Just(0.0f32),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
    /// Any sequence of calls, with any numbers, draws without panicking on both the
    /// recording and the software renderer.
    #[test]
    fn random_command_sequences_never_panic(
        ops in prop::collection::vec((any::<u8>(), prop::array::uniform6(number())), 1..60)
    ) {
        let ctx = CanvasRenderingContext2D::new();
        let mut t = canvas_app(&ctx, |_| {});
        for (op, a) in &ops {
            apply(&ctx, *op, *a);
        }
        t.render();
        prop_assert!(ctx.op_count() <= MAX_CANVAS_OPS);
        // The canvas still answers and still draws after whatever it was told.
        ctx.reset();
        ctx.set_fill_style(Color::RED);
        ctx.fill_rect(0.0, 0.0, 100.0, 60.0);
        let r = t.rect("canvas").unwrap();
        let px = t.render().pixel(r.x as u32 + 50, r.y as u32 + 30);
        prop_assert!(common::near(px, Color::RED, 10), "{:?}", px);
    }
}

fn checker() -> arkui::ImageBitmap {
    // 2x2: red, green / blue, white.
    arkui::ImageBitmap::from_straight_rgba(
        2,
        2,
        vec![
            255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255,
        ],
    )
    .unwrap()
}

#[test]
fn drawn_images_reach_the_screen_through_the_apps_cache() {
    let ctx = CanvasRenderingContext2D::new();
    let img = checker();
    let mut t = canvas_app(&ctx, move |ctx| {
        ctx.set_image_smoothing_enabled(false);
        ctx.draw_image_sized(&img, 0.0, 0.0, 40.0, 40.0);
    });
    let r = t.rect("canvas").unwrap();
    let d = t.app().profile().units().density;
    let f = t.render();
    let at = |x: f32, y: f32| f.pixel((r.x + x * d) as u32, (r.y + y * d) as u32);
    assert_near(at(10.0, 10.0), Color::RED, "top left quarter");
    assert_near(at(30.0, 10.0), Color::rgb(0, 255, 0), "top right quarter");
    assert_near(at(10.0, 30.0), Color::BLUE, "bottom left quarter");
    assert_near(at(30.0, 30.0), Color::WHITE, "bottom right quarter");
}

#[test]
fn hostile_image_arguments_draw_nothing_and_bad_pixels_are_an_error() {
    let ctx = CanvasRenderingContext2D::new();
    let _t = canvas_app(&ctx, |_| {});
    let img = checker();
    let before = ctx.op_count();
    ctx.draw_image(&img, f32::NAN, 0.0);
    ctx.draw_image_sized(&img, 0.0, 0.0, f32::INFINITY, 10.0);
    ctx.draw_image_part(&img, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 10.0, 10.0);
    // A source rectangle wholly outside the image.
    ctx.draw_image_part(&img, 5.0, 5.0, 2.0, 2.0, 0.0, 0.0, 10.0, 10.0);
    assert_eq!(ctx.op_count(), before, "nothing recorded");
    let bad = arkui::widgets::ImageData {
        width: 4,
        height: 4,
        data: vec![0; 10],
    };
    let e = ctx.put_image_data(&bad, 0.0, 0.0).unwrap_err();
    assert!(e.to_string().contains("needs 64"), "{e}");
    assert_eq!(ctx.op_count(), before);
    assert!(ctx.get_image_data(0.0, 0.0, f32::NAN, 5.0).is_none());
    assert!(ctx.get_image_data(0.0, 0.0, 0.0, 5.0).is_none());
    assert!(
        ctx.get_image_data(0.0, 0.0, 1.0e9, 5.0).is_none(),
        "over 16,384 px a side"
    );
    assert!(
        ctx.get_image_data(0.0, 0.0, 2000.0, 2000.0).is_none(),
        "16 MB is over the IoT profile's 128 KiB for one image"
    );
    assert!(ctx.get_image_data(0.0, 0.0, 100.0, 60.0).is_some());
    assert!(ctx.create_pattern(&img, "diagonal").is_none());
}

#[test]
fn get_image_data_reads_device_pixels_and_put_image_data_writes_them_back() {
    let ctx = CanvasRenderingContext2D::new();
    let c = ctx.clone();
    let mut t = TestApp::with_view(DeviceProfile::phone(), move || {
        Canvas::new(&c)
            .width(20.vp())
            .height(20.vp())
            .on_draw(|ctx| {
                ctx.set_fill_style(Color::rgba(255, 0, 0, 128));
                ctx.fill_rect(0.0, 0.0, 10.0, 10.0);
            })
    });
    t.render();
    let d = t.app().profile().units().density;
    let data = ctx.get_image_data(0.0, 0.0, 20.0, 20.0).unwrap();
    assert_eq!(data.width, (20.0 * d).round() as u32, "device pixels");
    let inside = data.pixel(2, 2);
    assert_eq!(inside[3], 128, "alpha as drawn: {inside:?}");
    assert!(
        inside[0] >= 250,
        "straight (not premultiplied) red: {inside:?}"
    );
    assert_eq!(data.pixel(data.width - 1, data.height - 1), [0, 0, 0, 0]);
    // Put the top-left quarter at (10, 10) vp, with a transform and alpha that must not
    // apply.
    let quarter = ctx.get_image_data(0.0, 0.0, 10.0, 10.0).unwrap();
    ctx.translate(3.0, 3.0);
    ctx.set_global_alpha(0.1);
    ctx.put_image_data(&quarter, 10.0, 10.0).unwrap();
    t.render();
    let after = ctx.get_image_data(0.0, 0.0, 20.0, 20.0).unwrap();
    let p = (15.0 * d) as u32;
    assert_eq!(after.pixel(p, p), inside, "copied one to one");
    assert_eq!(after.pixel(p, (5.0 * d) as u32), [0, 0, 0, 0]);
}

#[test]
fn clamp_and_mirror_patterns_extend_and_reflect_the_image() {
    let ctx = CanvasRenderingContext2D::new();
    let img = checker();
    let mut t = canvas_app(&ctx, move |ctx| {
        ctx.set_image_smoothing_enabled(false);
        if let Some(p) = ctx.create_pattern(&img, "clamp") {
            ctx.set_fill_style(p);
            ctx.fill_rect(0.0, 0.0, 40.0, 40.0);
        }
        if let Some(p) = ctx.create_pattern(&img, "mirror") {
            ctx.set_fill_style(p);
            ctx.fill_rect(50.0, 0.0, 40.0, 40.0);
        }
    });
    let r = t.rect("canvas").unwrap();
    let d = t.app().profile().units().density;
    let f = t.render();
    let at = |x: f32, y: f32| f.pixel((r.x + x * d) as u32, (r.y + y * d) as u32);
    // Clamp: past the 2x2 image, its bottom-right (white) pixel extends.
    assert_near(at(30.0, 30.0), Color::WHITE, "clamped corner");
    assert_near(at(30.0, 0.5), Color::rgb(0, 255, 0), "clamped top edge");
    // Mirror: the 2-wide image repeats every 4 vp from the origin as red, green, green, red
    // (every other copy flipped: its edge column doubles); plain repeat would alternate.
    let green = Color::rgb(0, 255, 0);
    assert_near(at(52.5, 0.5), Color::RED, "copy 26");
    assert_near(at(53.5, 0.5), green, "copy 26");
    assert_near(at(54.5, 0.5), green, "copy 27, mirrored");
    assert_near(at(55.5, 0.5), Color::RED, "copy 27, mirrored");
}
