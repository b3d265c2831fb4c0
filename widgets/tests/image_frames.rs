//! Animated images (GIF, WebP) stepping on the app clock, `renderMode(Template)` and
//! `objectRepeat`, checked on the pixels the software renderer draws.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::path::PathBuf;
use std::time::Duration;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{ImageRepeat, ImageStatus};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn mount(style: impl Fn() -> Image + 'static) -> TestApp {
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Column::new()
            .child(style().id("img"))
            .background_color(Color::WHITE)
    });
    t.render();
    assert!(t.app().wait_for_images(Duration::from_secs(10)));
    t
}

/// The pixel at `(x, y)` px inside the image's box.
fn px(t: &mut TestApp, x: f32, y: f32) -> [u8; 4] {
    let r = t.rect("img").unwrap();
    t.render().pixel((r.x + x) as u32, (r.y + y) as u32)
}

fn frame(t: &mut TestApp) -> Option<(usize, usize)> {
    t.app().find_by_id("img").unwrap().image_frame()
}

const RED: [u8; 4] = [255, 0, 0, 255];
const GREEN: [u8; 4] = [0, 200, 0, 255];
const BLUE: [u8; 4] = [0, 0, 255, 255];

/// Frames of 20x10: red for 50 ms, green for 100 ms, blue for 150 ms.
fn animated(file: &'static str) -> TestApp {
    mount(move || {
        Image::new(fixture(file))
            .object_fit(ImageFit::Fill)
            .width(20.0)
            .height(10.0)
    })
}

#[test]
fn an_animated_gif_steps_through_its_frames_on_the_app_clock_and_stops_after_its_plays() {
    let mut t = animated("anim.gif");
    assert_eq!(frame(&mut t), Some((0, 3)));
    assert_eq!(px(&mut t, 10.0, 5.0), RED);
    // Each frame holds for its own delay.
    t.app().advance_time(49.0);
    assert_eq!(px(&mut t, 10.0, 5.0), RED);
    t.app().advance_time(50.0);
    assert_eq!(frame(&mut t), Some((1, 3)));
    assert_eq!(px(&mut t, 10.0, 5.0), GREEN);
    t.app().advance_time(150.0);
    assert_eq!(px(&mut t, 10.0, 5.0), BLUE);
    // The file says two plays: round again once...
    t.app().advance_time(300.0);
    assert_eq!(px(&mut t, 10.0, 5.0), RED);
    t.app().advance_time(450.0);
    assert_eq!(px(&mut t, 10.0, 5.0), BLUE);
    // ...then rest on the last frame, with no timer left to wake the app.
    t.app().advance_time(600.0);
    assert_eq!(frame(&mut t), Some((2, 3)));
    assert_eq!(t.app().next_timer_ms(), None);
    t.app().advance_time(5000.0);
    assert_eq!(px(&mut t, 10.0, 5.0), BLUE);
}

#[test]
fn an_animated_webp_loops_forever_and_sleeps_between_frames() {
    let mut t = animated("anim.webp");
    assert_eq!(frame(&mut t), Some((0, 3)));
    assert!(
        !t.app().is_animating(),
        "frames come from timers, not every vsync"
    );
    assert_eq!(t.app().next_timer_ms(), Some(50.0));
    // Ten whole loops of 300 ms later it shows its first frame again.
    let mut now = 0.0;
    for _ in 0..10 {
        for step in [50.0, 100.0, 150.0] {
            now += step;
            t.app().advance_time(now);
        }
    }
    assert_eq!(frame(&mut t), Some((0, 3)));
    assert_eq!(px(&mut t, 10.0, 5.0), RED);
    t.app().advance_time(now + 60.0);
    let [r, g, b, _] = px(&mut t, 10.0, 5.0);
    assert!(
        r == 0 && g.abs_diff(200) <= 2 && b == 0,
        "green, got {r} {g} {b}"
    );
    // An app asleep for a minute picks up where the clock is, not where it stopped.
    let later = now + 60_000.0 + 160.0;
    t.app().advance_time(later);
    assert_eq!(frame(&mut t), Some((2, 3)));
    assert_eq!(t.app().next_timer_ms(), Some(now + 60_000.0 + 300.0));
}

#[test]
fn a_new_source_stops_the_animation_it_replaces() {
    let mut t = animated("anim.webp");
    assert_eq!(frame(&mut t), Some((0, 3)));
    let node = t.app().find_by_id("img").unwrap();
    node.set_image_source(Some(fixture("stripes.png").into()));
    t.render();
    assert!(t.app().wait_for_images(Duration::from_secs(10)));
    assert_eq!(frame(&mut t), None);
    t.app().advance_time(50.0);
    // stripes.png: red, green, blue, black stripes across; stretched to 20 px, the first
    // 5 px are red.
    assert_eq!(px(&mut t, 2.0, 5.0), RED);
}

#[test]
fn an_animation_over_the_devices_budget_shows_its_first_frame_still() {
    // Eight 80x80 frames need 200 KiB; the IoT profile allows 128 KiB for one image.
    let mut t = mount(|| Image::new(fixture("anim_big.gif")).width(40.0).height(40.0));
    let img = t.app().find_by_id("img").unwrap();
    assert_eq!(
        img.image_status(),
        ImageStatus::Loaded {
            width: 80,
            height: 80
        }
    );
    assert_eq!(img.image_frame(), None);
    assert_eq!(px(&mut t, 20.0, 20.0), RED);
    // On a phone the same file animates.
    let mut phone = TestApp::with_view(DeviceProfile::phone(), || {
        Image::new(fixture("anim_big.gif")).id("img")
    });
    phone.render();
    assert!(phone.app().wait_for_images(Duration::from_secs(10)));
    assert_eq!(frame(&mut phone), Some((0, 8)));
}

#[test]
fn template_render_mode_draws_the_luminance_and_fill_color_tints_it() {
    let mut t = mount(|| {
        Image::new(fixture("stripes.png"))
            .object_fit(ImageFit::Fill)
            .width(40.0)
            .height(20.0)
            .render_mode(ImageRenderMode::Template)
    });
    // Red (255, 0, 0) has luminance 76; green (0, 200, 0) 117; blue 29; black stays black.
    assert_eq!(px(&mut t, 5.0, 10.0), [76, 76, 76, 255]);
    assert_eq!(px(&mut t, 15.0, 10.0), [117, 117, 117, 255]);
    assert_eq!(px(&mut t, 25.0, 10.0), [29, 29, 29, 255]);
    assert_eq!(px(&mut t, 35.0, 10.0), [0, 0, 0, 255]);
    let a = t.app().inspector_by_id("img").unwrap();
    assert_eq!(a["$attrs"]["renderMode"], "ImageRenderMode.Template");

    // With a fillColor the template is a mask: every opaque pixel takes the colour.
    let mut tinted = mount(|| {
        Image::new(fixture("stripes.png"))
            .object_fit(ImageFit::Fill)
            .width(40.0)
            .height(20.0)
            .render_mode(ImageRenderMode::Template)
            .fill_color(Color::from_rgb(0x007DFF))
    });
    for x in [5.0, 15.0, 25.0, 35.0] {
        assert_eq!(px(&mut tinted, x, 10.0), [0, 0x7D, 0xFF, 255]);
    }
}

#[test]
fn switching_back_to_original_shows_the_colours_again() {
    let mut t = mount(|| {
        Image::new(fixture("stripes.png"))
            .object_fit(ImageFit::Fill)
            .width(40.0)
            .height(20.0)
            .render_mode(ImageRenderMode::Template)
    });
    assert_eq!(px(&mut t, 5.0, 10.0), [76, 76, 76, 255]);
    t.app().find_by_id("img").unwrap().set_image_template(false);
    t.render();
    assert!(t.app().wait_for_images(Duration::from_secs(10)));
    assert_eq!(px(&mut t, 5.0, 10.0), RED);
}

#[test]
fn object_repeat_tiles_the_fitted_image_across_the_box() {
    // A 40x20 image, unscaled (ImageFit::None) and centred in a 120x40 box: it lies at
    // x 40..80, y 10..30. Repeated along X it also covers 0..40 and 80..120, still only in
    // the rows it occupies.
    let mut t = mount(|| {
        Image::new(fixture("stripes.png"))
            .object_fit(ImageFit::None)
            .object_repeat(ImageRepeat::X)
            .width(120.0)
            .height(40.0)
    });
    for x0 in [0.0, 40.0, 80.0] {
        assert_eq!(px(&mut t, x0 + 5.0, 20.0), RED, "tile at {x0}");
        assert_eq!(px(&mut t, x0 + 15.0, 20.0), GREEN, "tile at {x0}");
        assert_eq!(px(&mut t, x0 + 25.0, 20.0), BLUE, "tile at {x0}");
    }
    assert_eq!(px(&mut t, 5.0, 5.0), [255, 255, 255, 255], "no tile above");
    assert_eq!(px(&mut t, 5.0, 35.0), [255, 255, 255, 255], "no tile below");

    // XY fills the whole box.
    let mut xy = mount(|| {
        Image::new(fixture("stripes.png"))
            .object_fit(ImageFit::None)
            .object_repeat(ImageRepeat::XY)
            .width(120.0)
            .height(40.0)
    });
    assert_eq!(px(&mut xy, 5.0, 5.0), RED);
    assert_eq!(px(&mut xy, 95.0, 35.0), GREEN);
    let a = xy.app().inspector_by_id("img").unwrap();
    assert_eq!(a["$attrs"]["objectRepeat"], "ImageRepeat.XY");
}

#[test]
fn an_animation_out_of_sight_holds_its_frame_and_goes_on_when_back() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Scroll::new()
            .child(
                Column::new()
                    .child(Column::new().height(1000.0))
                    .child(
                        Image::new(fixture("anim.webp"))
                            .object_fit(ImageFit::Fill)
                            .width(20.0)
                            .height(10.0)
                            .id("img"),
                    )
                    .child(Column::new().height(1000.0)),
            )
            .width(pct(100.0))
            .height(pct(100.0))
            .id("scroll")
    });
    t.render();
    assert!(t.app().wait_for_images(Duration::from_secs(10)));
    t.render();
    assert_eq!(frame(&mut t), Some((0, 3)));
    assert_eq!(t.app().next_timer_ms(), None, "no timer out of sight");
    t.app().advance_time(5000.0);
    assert_eq!(frame(&mut t), Some((0, 3)), "held");
    // Scrolled into sight: 50 ms of red left, then green.
    let y = t.rect("img").unwrap().y;
    t.app()
        .find_by_id("scroll")
        .unwrap()
        .set_scroll_offset(0.0, y - 10.0);
    t.render();
    assert_eq!(t.app().next_timer_ms(), Some(5050.0));
    t.app().advance_time(5050.0);
    assert_eq!(frame(&mut t), Some((1, 3)));
}

#[test]
fn an_animation_that_decodes_but_does_not_fit_the_cache_shows_its_first_frame_still() {
    // Five 64x64 frames (80 KiB) fit the IoT profile's 128 KiB decode budget but not its
    // 64 KiB image cache.
    let mut t = mount(|| Image::new(fixture("anim_mid.gif")).width(32.0).height(32.0));
    let img = t.app().find_by_id("img").unwrap();
    assert_eq!(
        img.image_status(),
        ImageStatus::Loaded {
            width: 64,
            height: 64
        }
    );
    assert_eq!(img.image_frame(), None);
    assert_eq!(px(&mut t, 16.0, 16.0), RED);
}

#[test]
fn an_animated_gif_in_an_image_span_plays() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new().child(
            Text::empty()
                .child(Span::new("a "))
                .child(arkui::widgets::ImageSpan::new(fixture("anim.gif")).id("img"))
                .id("t"),
        )
    });
    t.render();
    assert!(t.app().wait_for_images(Duration::from_secs(10)));
    t.render();
    assert_eq!(frame(&mut t), Some((0, 3)));
    t.app().advance_time(50.0);
    assert_eq!(frame(&mut t), Some((1, 3)), "in sight: it steps");
}
