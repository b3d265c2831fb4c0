//! Progress and LoadingProgress through the headless harness: inspector and pixels.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::LOADING_PERIOD_MS;
use common::{BRAND, assert_near, attr, near, pixel_in};

#[component]
struct Download {
    #[state(25.0)]
    done: f64,
}

impl Download {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 8.vp()) {
                Progress(value = self.done.get()).width(200.vp()).id("bar")
                Progress(value = self.done.get(), progress_type = ProgressType::Ring).id("ring")
                Button("more").id("more").on_click(move |_| self.done.update(|d| *d += 50.0))
            }
        }
    }
}

#[test]
fn the_bar_fills_its_share_and_follows_the_value() {
    let mut t = TestApp::new::<Download>(DeviceProfile::iot());
    assert_eq!(attr(&mut t, "bar", "value"), "25");
    assert_eq!(attr(&mut t, "bar", "type"), "ProgressType.Linear");
    assert_near(pixel_in(&mut t, "bar", 0.1, 0.5), BRAND, "filled");
    let rest = pixel_in(&mut t, "bar", 0.6, 0.5);
    assert!(
        !near(rest, BRAND, 40),
        "unfilled part is the track: {rest:?}"
    );
    t.click("more").unwrap();
    assert_eq!(attr(&mut t, "bar", "value"), "75");
    assert_near(
        pixel_in(&mut t, "bar", 0.6, 0.5),
        BRAND,
        "filled after the change",
    );
}

/// Where `deg` degrees clockwise from twelve o'clock lies on the default ring's stroke centre
/// line (radius 22 of 24 vp), as fractions of the ring's box.
fn on_ring(deg: f32) -> (f32, f32) {
    let (s, c) = deg.to_radians().sin_cos();
    (0.5 + 22.0 / 48.0 * s, 0.5 - 22.0 / 48.0 * c)
}

#[test]
fn the_ring_fills_clockwise_from_twelve() {
    let mut t = TestApp::new::<Download>(DeviceProfile::iot());
    assert_eq!(attr(&mut t, "ring", "type"), "ProgressType.Ring");
    // 45° is inside a quarter, 180° is not.
    let (x, y) = on_ring(45.0);
    assert_near(pixel_in(&mut t, "ring", x, y), BRAND, "45°");
    let (x, y) = on_ring(180.0);
    let bottom = pixel_in(&mut t, "ring", x, y);
    assert!(!near(bottom, BRAND, 40), "180° is track: {bottom:?}");
    assert!(bottom[0] < 250, "the track is drawn: {bottom:?}");
    t.click("more").unwrap();
    assert_near(pixel_in(&mut t, "ring", x, y), BRAND, "180° at 75%");
    // The middle of the ring stays empty.
    assert_near(pixel_in(&mut t, "ring", 0.5, 0.5), Color::WHITE, "hole");
}

#[test]
fn bad_totals_and_values_are_repaired() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new()
            .child(
                Progress::new()
                    .total(-3.0)
                    .value(50.0)
                    .width(100.vp())
                    .id("neg"),
            )
            .child(Progress::new().value(f64::NAN).width(100.vp()).id("nan"))
            .child(Progress::new().value(500.0).width(100.vp()).id("over"))
            .child(
                Progress::new()
                    .progress_type(ProgressType::Ring)
                    .style(ProgressStyle {
                        stroke_width: Some(f32::INFINITY),
                        ..ProgressStyle::default()
                    })
                    .id("ring"),
            )
    });
    assert_near(
        pixel_in(&mut t, "neg", 0.4, 0.5),
        BRAND,
        "total<=0 counts as 100",
    );
    assert!(!near(pixel_in(&mut t, "neg", 0.6, 0.5), BRAND, 40));
    assert_eq!(attr(&mut t, "nan", "value"), "0");
    assert_near(
        pixel_in(&mut t, "over", 0.95, 0.5),
        BRAND,
        "clamped to full",
    );
    let _ = t.render();
}

#[test]
fn colour_track_and_stroke_are_attributes() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Progress::new()
            .value(50.0)
            .color(Color::RED)
            .background_color(Color::BLUE)
            .style(ProgressStyle {
                stroke_width: Some(10.0),
                ..ProgressStyle::default()
            })
            .width(100.vp())
            .id("p")
    });
    assert_eq!(t.rect("p").unwrap().height, 10.0);
    assert_near(pixel_in(&mut t, "p", 0.25, 0.5), Color::RED, "colour");
    assert_near(pixel_in(&mut t, "p", 0.75, 0.5), Color::BLUE, "track");
}

/// The colour at `turns` (clockwise from twelve o'clock) on the comet's circle of the node
/// `id`, whose stroke is a tenth of its side.
fn on_circle(t: &mut TestApp, id: &str, turns: f32) -> [u8; 4] {
    let r = t.rect(id).unwrap();
    let side = r.width.min(r.height);
    let radius = (side - side * 0.1) / 2.0;
    let a = turns * std::f32::consts::TAU;
    let (cx, cy) = (r.x + r.width / 2.0, r.y + r.height / 2.0);
    let (x, y) = (cx + radius * a.sin(), cy - radius * a.cos());
    t.render().pixel(x as u32, y as u32)
}

fn red(p: [u8; 4]) -> bool {
    p[0] > 200 && p[1] < 90 && p[2] < 90
}

fn white(p: [u8; 4]) -> bool {
    p[0] > 245 && p[1] > 245 && p[2] > 245
}

#[test]
fn loading_progress_turns_a_comet_on_the_frame_clock_and_hides_when_disabled() {
    let handle = std::rc::Rc::new(std::cell::Cell::new(None));
    let keep = handle.clone();
    let mut t = TestApp::with_view(DeviceProfile::phone(), move || {
        let busy = LoadingProgress::new().color(Color::RED);
        keep.set(Some(busy));
        busy.id("busy")
    });
    let busy: LoadingProgress = handle.get().unwrap();
    assert_eq!(attr(&mut t, "busy", "color"), "#FFFF0000");
    // One painted node, no children.
    assert!(t.inspect("busy").unwrap().get("$children").is_none());
    t.render();
    t.app().advance_time(0.0);
    // Head at twelve o'clock: just behind it the comet is solid red, the gap is ahead of it
    // (twelve to two o'clock), and half way round the tail is faded.
    assert!(red(on_circle(&mut t, "busy", -0.02)), "head");
    assert!(
        white(on_circle(&mut t, "busy", 0.08)),
        "gap ahead of the head"
    );
    let tail = on_circle(&mut t, "busy", 0.5);
    assert!(!white(tail) && !red(tail), "faded tail: {tail:?}");
    // A quarter of a second later the head is at three o'clock.
    t.app().advance_time(LOADING_PERIOD_MS / 4.0);
    assert!(red(on_circle(&mut t, "busy", 0.23)), "head moved to three");
    assert!(white(on_circle(&mut t, "busy", 0.33)), "gap moved with it");
    assert!(
        !red(on_circle(&mut t, "busy", -0.02)),
        "twelve is in the tail now"
    );
    assert!(t.app().is_animating(), "it keeps turning");
    if std::env::var_os("ARKUI_DUMP").is_some() {
        t.render().save_png("/tmp/loading.png").unwrap();
    }
    // Disabled: nothing drawn and no frames asked for.
    busy.enable_loading(false);
    t.app().advance_time(LOADING_PERIOD_MS / 2.0);
    assert_eq!(attr(&mut t, "busy", "enableLoading"), "false");
    assert!(t.render().is_uniform(), "nothing drawn");
    t.app().advance_time(LOADING_PERIOD_MS);
    assert!(
        !t.app().is_animating(),
        "a disabled indicator asks for no frames"
    );
    // Enabled again: it turns again.
    busy.enable_loading(true);
    t.render();
    assert!(t.app().is_animating());
}

#[test]
fn loading_progress_out_of_sight_asks_for_no_frames() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new()
            .child(Blank::new().height(2000.vp()))
            .child(LoadingProgress::new().id("busy"))
    });
    t.render();
    t.app().advance_time(16.0);
    t.render();
    assert!(!t.app().is_animating(), "below the screen it holds still");
}

#[test]
fn the_ring_is_one_painted_node_of_two_strokes() {
    let mut t = TestApp::new::<Download>(DeviceProfile::iot());
    let ring = t.inspect("ring").unwrap();
    // ArkUI leaves `$children` out of a node that has none.
    assert!(ring.get("$children").is_none(), "{ring}");
    let shot = t.render();
    if std::env::var_os("ARKUI_DUMP").is_some() {
        shot.save_png("/tmp/progress-ring.png").unwrap();
    }
    let rect = t.rect("ring").unwrap();
    let list = t.app().display_list().clone();
    let strokes: Vec<_> = list
        .commands
        .iter()
        .filter(|c| match c {
            // Bounds are conservative (stroke joins): the centre tells which node drew it.
            arkui::renderer::DrawCmd::StrokePath { .. } => c.local_bounds().is_some_and(|b| {
                let (x, y) = (b.x + b.width / 2.0, b.y + b.height / 2.0);
                x > rect.x && x < rect.right() && y > rect.y && y < rect.bottom()
            }),
            _ => false,
        })
        .collect();
    assert_eq!(strokes.len(), 2, "the track and the arc: {strokes:?}");
    // The arc at 25% ends at three o'clock: past it (4 o'clock) the track shows.
    let (x, y) = on_ring(60.0);
    assert_near(pixel_in(&mut t, "ring", x, y), BRAND, "inside the arc");
    let (x, y) = on_ring(120.0);
    let track = pixel_in(&mut t, "ring", x, y);
    assert!(
        !near(track, BRAND, 40),
        "past the arc is the track: {track:?}"
    );
}

#[test]
fn eclipse_scale_ring_and_capsule_fill_with_the_value() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new()
            .child(
                Progress::new()
                    .progress_type(ProgressType::Eclipse)
                    .value(50.0)
                    .color(Color::RED)
                    .background_color(Color::BLUE)
                    .id("eclipse"),
            )
            .child(
                Progress::new()
                    .progress_type(ProgressType::ScaleRing)
                    .value(25.0)
                    .color(Color::RED)
                    .background_color(Color::BLUE)
                    .style(ProgressStyle {
                        stroke_width: Some(8.0),
                        scale_count: Some(40),
                        scale_width: Some(3.0),
                    })
                    .id("scale"),
            )
            .child(
                Progress::new()
                    .progress_type(ProgressType::Capsule)
                    .value(30.0)
                    .color(Color::RED)
                    .background_color(Color::BLUE)
                    .width(100.vp())
                    .id("capsule"),
            )
    });
    t.render()
        .save_png(concat!(env!("CARGO_TARGET_TMPDIR"), "/progress-kinds.png"))
        .ok();
    // Half lit: the right half is the value's colour, the left the track's.
    assert_near(
        pixel_in(&mut t, "eclipse", 0.75, 0.5),
        Color::RED,
        "lit half",
    );
    assert_near(
        pixel_in(&mut t, "eclipse", 0.25, 0.5),
        Color::BLUE,
        "dark half",
    );
    // A quarter of the ticks: twelve to three o'clock lit, the rest track.
    assert_near(
        pixel_in(&mut t, "scale", 0.93, 0.45),
        Color::RED,
        "tick before three",
    );
    assert_near(
        pixel_in(&mut t, "scale", 0.07, 0.5),
        Color::BLUE,
        "tick at nine",
    );
    assert_near(
        pixel_in(&mut t, "capsule", 0.2, 0.5),
        Color::RED,
        "filled part",
    );
    assert_near(pixel_in(&mut t, "capsule", 0.7, 0.5), Color::BLUE, "track");
    assert_eq!(attr(&mut t, "capsule", "type"), "ProgressType.Capsule");
    let c = t.rect("capsule").unwrap();
    assert_eq!(c.height, 28.0, "ArkUI's capsule height");
}
