//! Visual attributes through the headless harness: shadows, gradients, per-side borders,
//! outlines and clip shapes, checked by pixels (and written to PNGs to look at).

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use arkui::platform::TestApp;
use arkui::prelude::*;
use common::{assert_near, near, pixel_at};

fn card(id: &str) -> Column {
    Column::new().width(60.vp()).height(40.vp()).id(id)
}

fn stage(build: impl FnOnce() -> Column + 'static) -> TestApp {
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Stack::new()
            .width(pct(100.0))
            .height(pct(100.0))
            .background_color(Color::WHITE)
            .child(build())
    });
    t.render();
    t
}

#[test]
fn a_shadow_darkens_outside_the_box_and_follows_its_offset() {
    let mut t = stage(|| {
        card("c")
            .background_color(Color::WHITE)
            .shadow(ShadowOptions::new(8.0).color(Color::BLACK).offset(6.0, 6.0))
    });
    t.render()
        .save_png(concat!(
            env!("CARGO_TARGET_TMPDIR"),
            "/decoration-shadow.png"
        ))
        .ok();
    // Below-right (where the offset casts it) is dark, above-left is not.
    let below = pixel_at(&mut t, "c", 62.0, 42.0);
    let above = pixel_at(&mut t, "c", -3.0, -3.0);
    assert!(below[0] < 200, "shadow below-right: {below:?}");
    assert!(
        above[0] > below[0] + 40,
        "lighter above-left: {above:?} vs {below:?}"
    );
    // The box itself stays white.
    assert_near(pixel_at(&mut t, "c", 30.0, 20.0), Color::WHITE, "inside");
}

#[test]
fn a_preset_shadow_is_drawn_in_vp() {
    let mut t = stage(|| {
        card("c")
            .background_color(Color::WHITE)
            .shadow(ShadowStyle::OuterDefaultLg)
    });
    // 10 vp down: the band under the box is darker than above it.
    let under = pixel_at(&mut t, "c", 30.0, 44.0);
    let over = pixel_at(&mut t, "c", 30.0, -4.0);
    assert!(under[0] < over[0], "{under:?} vs {over:?}");
}

#[test]
fn a_preset_shadow_darkens_in_dark_mode_and_back() {
    let mut t = stage(|| {
        card("c")
            .background_color(Color::WHITE)
            .shadow(ShadowStyle::OuterDefaultMd)
    });
    let light = pixel_at(&mut t, "c", 30.0, 44.0);
    arkui::Environment::set_color_mode(arkui::ColorMode::Dark);
    let dark = pixel_at(&mut t, "c", 30.0, 44.0);
    arkui::Environment::set_color_mode(arkui::ColorMode::Light);
    let again = pixel_at(&mut t, "c", 30.0, 44.0);
    assert!(
        dark[0] + 10 < light[0],
        "darker in dark mode: {dark:?} vs {light:?}"
    );
    assert_eq!(again, light, "light again");
    let node = t.inspect("c").unwrap();
    let shadow = node["$attrs"]["shadow"].as_str().unwrap().to_string();
    assert!(
        shadow.contains("color: #26000000"),
        "light values again: {shadow}"
    );
}

#[test]
fn a_linear_gradient_runs_along_its_angle() {
    let mut t = stage(|| {
        card("c").linear_gradient(
            LinearGradient::new([(Color::RED, 0.0), (Color::BLUE, 1.0)]).angle(90.0),
        )
    });
    t.render()
        .save_png(concat!(
            env!("CARGO_TARGET_TMPDIR"),
            "/decoration-linear.png"
        ))
        .ok();
    let left = pixel_at(&mut t, "c", 1.0, 20.0);
    let right = pixel_at(&mut t, "c", 58.0, 20.0);
    assert!(left[0] > 220 && left[2] < 40, "red on the left: {left:?}");
    assert!(
        right[2] > 220 && right[0] < 40,
        "blue on the right: {right:?}"
    );
    let mid = pixel_at(&mut t, "c", 30.0, 20.0);
    assert!(
        near(mid, Color::rgb(128, 0, 128), 24),
        "purple midway: {mid:?}"
    );
}

#[test]
fn a_repeating_gradient_repeats_its_stops() {
    let mut t = stage(|| {
        card("c").linear_gradient(
            LinearGradient::new([
                (Color::RED, 0.0),
                (Color::RED, 0.25),
                (Color::BLUE, 0.25),
                (Color::BLUE, 0.5),
            ])
            .direction(GradientDirection::Right)
            .repeating(true),
        )
    });
    // Period 30 px: red 0..7.5, blue 7.5..15, red again 15..22.5 (60 px wide: 0.5 = 30 px).
    assert_near(
        pixel_at(&mut t, "c", 3.0, 20.0),
        Color::RED,
        "first red band",
    );
    assert_near(
        pixel_at(&mut t, "c", 20.0, 20.0),
        Color::BLUE,
        "first blue band",
    );
    assert_near(pixel_at(&mut t, "c", 33.0, 20.0), Color::RED, "red again");
    assert_near(pixel_at(&mut t, "c", 50.0, 20.0), Color::BLUE, "blue again");
}

#[test]
fn radial_and_sweep_gradients_centre_where_asked() {
    let mut t = stage(|| {
        Column::new()
            .child(card("r").radial_gradient(RadialGradient::new(
                (pct(50.0), pct(50.0)),
                20.0,
                [(Color::WHITE, 0.0), (Color::BLACK, 1.0)],
            )))
            .child(card("s").sweep_gradient(SweepGradient::new(
                (pct(50.0), pct(50.0)),
                [(Color::RED, 0.0), (Color::BLUE, 1.0)],
            )))
    });
    t.render()
        .save_png(concat!(
            env!("CARGO_TARGET_TMPDIR"),
            "/decoration-radial-sweep.png"
        ))
        .ok();
    assert!(pixel_at(&mut t, "r", 30.0, 20.0)[0] > 230, "white centre");
    assert!(
        pixel_at(&mut t, "r", 2.0, 2.0)[0] < 20,
        "black past the radius"
    );
    // Sweep: just below the 3 o'clock ray is the start (red), just above it the end (blue).
    let start = pixel_at(&mut t, "s", 55.0, 22.0);
    let end = pixel_at(&mut t, "s", 55.0, 18.0);
    assert!(start[0] > 200 && start[2] < 60, "red after 0°: {start:?}");
    assert!(end[2] > 200 && end[0] < 60, "blue before 360°: {end:?}");
}

#[test]
fn borders_take_a_colour_and_style_per_side() {
    let mut t = stage(|| {
        card("c")
            .border_widths(Edges {
                top: 4.vp(),
                right: 4.vp(),
                bottom: 4.vp(),
                left: 4.vp(),
            })
            .border_colors(EdgeColors {
                left: Color::RED,
                top: Color::GREEN,
                right: Color::BLUE,
                bottom: Color::BLACK,
            })
            .border_style(EdgeStyles {
                bottom: BorderStyle::Dashed,
                ..BorderStyle::Solid.into()
            })
    });
    t.render()
        .save_png(concat!(
            env!("CARGO_TARGET_TMPDIR"),
            "/decoration-border.png"
        ))
        .ok();
    assert_near(pixel_at(&mut t, "c", 1.0, 20.0), Color::RED, "left");
    assert_near(pixel_at(&mut t, "c", 30.0, 1.0), Color::GREEN, "top");
    assert_near(pixel_at(&mut t, "c", 58.0, 20.0), Color::BLUE, "right");
    // Dashed: along the bottom some pixels are ink, some gaps.
    let row: Vec<[u8; 4]> = (6..54)
        .map(|x| pixel_at(&mut t, "c", x as f32, 38.0))
        .collect();
    let ink = row.iter().filter(|p| near(**p, Color::BLACK, 40)).count();
    let gap = row.iter().filter(|p| near(**p, Color::WHITE, 40)).count();
    assert!(ink > 10 && gap > 10, "dashes: {ink} ink, {gap} gap");
}

#[test]
fn an_outline_sits_outside_the_box_and_takes_no_space() {
    let mut t = stage(|| {
        Column::new()
            .child(card("a").outline(OutlineOptions::new(3.0, Color::RED)))
            .child(card("b").background_color(Color::BLUE))
    });
    let a = t.rect("a").unwrap();
    let b = t.rect("b").unwrap();
    assert_eq!(a.y + a.height, b.y, "no layout space");
    assert_near(
        pixel_at(&mut t, "a", -2.0, 20.0),
        Color::RED,
        "outside left",
    );
    assert_near(pixel_at(&mut t, "a", 30.0, -2.0), Color::RED, "outside top");
    assert_near(
        pixel_at(&mut t, "a", 30.0, 20.0),
        Color::WHITE,
        "inside is untouched",
    );
}

#[test]
fn a_clip_shape_cuts_the_box_and_its_children() {
    let mut t = stage(|| {
        card("c")
            .background_color(Color::RED)
            .clip_shape(ClipShape::Circle)
            .child(
                Column::new()
                    .width(80.vp())
                    .height(80.vp())
                    .background_color(Color::BLUE),
            )
    });
    t.render()
        .save_png(concat!(env!("CARGO_TARGET_TMPDIR"), "/decoration-clip.png"))
        .ok();
    // The circle is 40 px across, centred: the corners are cut, the centre is the child.
    assert_near(pixel_at(&mut t, "c", 1.0, 1.0), Color::WHITE, "corner cut");
    assert_near(
        pixel_at(&mut t, "c", 58.0, 38.0),
        Color::WHITE,
        "other corner cut",
    );
    assert_near(
        pixel_at(&mut t, "c", 30.0, 20.0),
        Color::BLUE,
        "child inside the circle",
    );
    assert_near(
        pixel_at(&mut t, "c", 5.0, 20.0),
        Color::WHITE,
        "left of the circle",
    );
}

#[test]
fn clip_true_follows_the_rounded_corners() {
    let mut t = stage(|| {
        card("c").border_radius(20.0).clip(true).child(
            Column::new()
                .width(60.vp())
                .height(40.vp())
                .background_color(Color::BLUE),
        )
    });
    assert_near(
        pixel_at(&mut t, "c", 1.0, 1.0),
        Color::WHITE,
        "rounded corner cut",
    );
    assert_near(pixel_at(&mut t, "c", 30.0, 20.0), Color::BLUE, "inside");
}

#[test]
fn changing_a_shadow_repaints_only_that_node() {
    let on = State::new(false);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Column::new()
            .child(card("a").background_color(Color::WHITE))
            .child(card("b").background_color(Color::GRAY))
    });
    t.render();
    let _ = on;
    let a = t.app().find_by_id("a").unwrap();
    arkui::reset_stats();
    a.shadow(ShadowOptions::new(6.0));
    t.render();
    let s = arkui::stats();
    assert_eq!(s.nodes_recorded, 1, "{s:?}");
    assert_eq!(s.frames_patched, 1, "{s:?}");
}

#[test]
fn ellipse_and_path_clip_shapes_cut_along_their_outline() {
    let mut t = stage(|| {
        Column::new()
            .child(
                card("e")
                    .background_color(Color::RED)
                    .clip_shape(ClipShape::Ellipse),
            )
            .child(
                card("p")
                    .background_color(Color::BLUE)
                    .clip_shape(ClipShape::Path {
                        commands: "M0 0 L60 0 L0 40 Z".into(),
                    }),
            )
            .child(
                card("bad")
                    .background_color(Color::GREEN)
                    .clip_shape(ClipShape::Path {
                        commands: "M0 0 L60 x".into(),
                    }),
            )
    });
    t.render()
        .save_png(concat!(
            env!("CARGO_TARGET_TMPDIR"),
            "/decoration-clip-paths.png"
        ))
        .ok();
    // The ellipse inscribed in 60x40: its corners are cut, its ends are not.
    assert_near(
        pixel_at(&mut t, "e", 1.0, 1.0),
        Color::WHITE,
        "ellipse corner cut",
    );
    assert_near(
        pixel_at(&mut t, "e", 2.0, 20.0),
        Color::RED,
        "ellipse's left end",
    );
    // The triangle keeps the top-left half.
    assert_near(
        pixel_at(&mut t, "p", 10.0, 10.0),
        Color::BLUE,
        "inside the triangle",
    );
    assert_near(
        pixel_at(&mut t, "p", 50.0, 30.0),
        Color::WHITE,
        "outside the triangle",
    );
    // Malformed data clips nothing (and logs why).
    assert_near(
        pixel_at(&mut t, "bad", 50.0, 30.0),
        Color::GREEN,
        "not clipped",
    );
}

/// The box shadow and blur of the frame's display list.
fn shadow_and_blur(t: &mut TestApp) -> (f32, u8, f32) {
    let app = t.app();
    app.frame();
    let list = app.display_list();
    let shadow = list.commands.iter().find_map(|c| match c {
        arkui::draw::DrawCmd::BoxShadow { blur, color, .. } => Some((*blur, color.a)),
        _ => None,
    });
    let blur = list.commands.iter().find_map(|c| match c {
        arkui::draw::DrawCmd::PushCompositeLayer { blur, .. } if *blur > 0.0 => Some(*blur),
        _ => None,
    });
    let (r, a) = shadow.unwrap_or((0.0, 0));
    (r, a, blur.unwrap_or(0.0))
}

#[test]
fn shadow_blur_and_border_colour_animate_inside_animate_to() {
    let on = State::new(false);
    let mut t = stage(move || {
        let c = card("c")
            .background_color(Color::WHITE)
            .border_width(2.vp());
        arkui::macro_support::attr(
            move || on.get(),
            move |on: bool| {
                let s = if on {
                    ShadowOptions::new(20.0).color(Color::rgba(0, 0, 0, 200))
                } else {
                    ShadowOptions::new(4.0).color(Color::rgba(0, 0, 0, 40))
                };
                c.shadow(s)
                    .blur(if on { 10.0 } else { 0.0 })
                    .border_color(if on { Color::RED } else { Color::BLUE });
            },
        );
        c
    });
    t.app().advance_time(0.0);
    assert_eq!(shadow_and_blur(&mut t), (4.0, 40, 0.0), "before");
    arkui::animate_to(
        arkui::AnimateParam::new(100.0).curve(arkui::Curve::Linear),
        move || on.set(true),
    );
    t.app().advance_time(50.0);
    let (r, a, blur) = shadow_and_blur(&mut t);
    assert!((r - 12.0).abs() < 0.01, "shadow radius half way: {r}");
    assert_eq!(a, 120, "shadow alpha half way");
    // The layer's sigma for a 5 px radius (Skia's rule: 0.57735 r + 0.5).
    assert!(
        (blur - (0.577_35 * 5.0 + 0.5)).abs() < 0.01,
        "blur half way: {blur}"
    );
    let border = t
        .app()
        .find_by_id("c")
        .unwrap()
        .visual()
        .unwrap()
        .border_color;
    assert_eq!(
        (border.r, border.b),
        (128, 128),
        "border colour half way: {border:?}"
    );
    t.app().advance_time(100.0);
    let (r, a, blur) = shadow_and_blur(&mut t);
    assert_eq!((r, a), (20.0, 200), "at the end");
    assert!(
        (blur - (0.577_35 * 10.0 + 0.5)).abs() < 0.01,
        "blur at the end: {blur}"
    );
    // Without animate_to (and no `.animation()`), a change is immediate.
    on.set(false);
    assert_eq!(shadow_and_blur(&mut t), (4.0, 40, 0.0), "immediate");
}
