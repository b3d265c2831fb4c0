//! The fbdev backend against fake framebuffers: every pixel format, padded lines, page
//! flipping, and damage copies that land exactly where the UI changed.
#![cfg(feature = "fbdev")]

mod common;

use arkui_core::DeviceProfile;
use arkui_platform::fbdev::{
    FakeFramebuffer, FbFormat, FbPresenter, FramebufferDevice, VarScreenInfo,
};
use arkui_renderer::IRect;
use arkui_renderer::software::SoftwareRenderer;
use common::{count_differing_rgb, reference_rgba, toggle_app};

const W: u32 = 320;
const H: u32 = 240;
const SENTINEL: u8 = 0xA5;

fn bpp(format: FbFormat) -> u32 {
    format.bits_per_pixel() / 8
}

/// Largest channel error the format's quantisation allows.
fn tolerance(format: FbFormat) -> u8 {
    match format {
        FbFormat::Rgb565 | FbFormat::Bgr565 => 8,
        _ => 0,
    }
}

#[test]
fn every_format_and_padding_matches_the_headless_render() {
    let formats = [
        FbFormat::Rgb565,
        FbFormat::Bgr565,
        FbFormat::Rgb888,
        FbFormat::Xrgb8888,
        FbFormat::Xbgr8888,
        FbFormat::Argb8888,
    ];
    let reference = reference_rgba(DeviceProfile::iot(), (W, H), 0);
    for format in formats {
        for padding in [0, 52] {
            for pages in [1, 2] {
                let line = W * bpp(format) + padding;
                let mut fb = FakeFramebuffer::new(format, W, H, line, H * pages).unwrap();
                fb.memory().fill(SENTINEL);
                let mut presenter = FbPresenter::new(&fb).unwrap();
                let (mut app, _) = toggle_app(DeviceProfile::iot());
                let mut renderer = SoftwareRenderer::new();
                assert!(presenter.present(&mut fb, &mut app, &mut renderer).unwrap());
                let what = format!("{format:?}, {padding} bytes of padding, {pages} page(s)");
                let bad = count_differing_rgb(&fb.shown_rgba(), &reference, tolerance(format));
                assert_eq!(
                    bad, 0,
                    "{what}: {bad} pixels differ from the headless frame"
                );
                // The padding at the end of each line is the driver's: never written.
                let used = (W * bpp(format)) as usize;
                for (y, l) in fb.bytes().chunks_exact(line as usize).enumerate() {
                    assert!(
                        l[used..].iter().all(|b| *b == SENTINEL),
                        "{what}: padding of line {y} was written"
                    );
                }
                let expected_pans: &[u32] = if pages == 2 { &[H] } else { &[] };
                assert_eq!(fb.pans(), expected_pans, "{what}");
            }
        }
    }
}

#[test]
fn the_common_formats_render_without_conversion() {
    use arkui_renderer::PixelFormat;
    for (format, native) in [
        (FbFormat::Rgb565, Some(PixelFormat::Rgb565)),
        (FbFormat::Xrgb8888, Some(PixelFormat::Bgra8888)),
        (FbFormat::Argb8888, Some(PixelFormat::Bgra8888)),
        (FbFormat::Xbgr8888, Some(PixelFormat::Rgba8888)),
        (FbFormat::Bgr565, None),
        (FbFormat::Rgb888, None),
    ] {
        let fb = FakeFramebuffer::new(format, 8, 8, 8 * bpp(format), 8).unwrap();
        let p = FbPresenter::new(&fb).unwrap();
        let expected = native.unwrap_or(PixelFormat::Rgba8888);
        assert_eq!(p.shadow_format(), expected, "{format:?}");
    }
}

/// Rows `[y0, y1)` of the `tap` box, from the inspector.
fn tap_rows(app: &mut arkui_core::App) -> (i32, i32) {
    let v = app.inspector_by_id("tap").expect("the toggle UI has `tap`");
    let y0 = arkui_core::inspector_rect(&v).expect("a rect").y as i32;
    let y1 = arkui_core::inspector_rect(&v).expect("a rect").bottom() as i32;
    (y0, y1)
}

#[test]
fn single_page_copies_only_the_changed_lines() {
    let line = W * 2 + 32;
    let mut fb = FakeFramebuffer::new(FbFormat::Rgb565, W, H, line, H).unwrap();
    let mut presenter = FbPresenter::new(&fb).unwrap();
    assert_eq!(presenter.layout().pages, 1);
    let (mut app, clicks) = toggle_app(DeviceProfile::iot());
    let mut renderer = SoftwareRenderer::new();
    presenter.present(&mut fb, &mut app, &mut renderer).unwrap();
    assert_eq!(presenter.last_copied(), &[IRect::from_size(W, H)]);

    // Poison the screen; only the lines the toggle repaints may be rewritten.
    fb.memory().fill(SENTINEL);
    clicks.set(1);
    assert!(presenter.present(&mut fb, &mut app, &mut renderer).unwrap());
    let (y0, y1) = tap_rows(&mut app);
    assert_eq!(presenter.last_copied(), &[IRect::new(0, y0, W as i32, y1)]);
    let reference = reference_rgba(DeviceProfile::iot(), (W, H), 1);
    for (y, l) in fb.bytes().chunks_exact(line as usize).enumerate() {
        let inside = (y0..y1).contains(&(y as i32));
        if inside {
            let want = &reference[y * W as usize * 4..(y + 1) * W as usize * 4];
            let got: Vec<u8> = (0..W)
                .flat_map(|x| {
                    let [r, g, b] = fb.shown_pixel(x, y as u32);
                    [r, g, b, 255]
                })
                .collect();
            assert_eq!(count_differing_rgb(&got, want, 8), 0, "line {y}");
        } else {
            assert!(
                l.iter().all(|b| *b == SENTINEL),
                "line {y} outside the damage was written"
            );
        }
    }

    // No change: a frame is rendered but nothing is copied.
    app.request_full_frame();
    assert!(presenter.present(&mut fb, &mut app, &mut renderer).unwrap());
    assert!(presenter.last_copied().is_empty());
}

#[test]
fn two_pages_flip_and_each_page_catches_up_on_what_it_missed() {
    let mut fb = FakeFramebuffer::new(FbFormat::Xrgb8888, W, H, W * 4, H * 2).unwrap();
    let mut presenter = FbPresenter::new(&fb).unwrap();
    assert_eq!(presenter.layout().pages, 2);
    let (mut app, clicks) = toggle_app(DeviceProfile::iot());
    let mut renderer = SoftwareRenderer::new();
    for n in 0..5 {
        clicks.set(n);
        assert!(presenter.present(&mut fb, &mut app, &mut renderer).unwrap());
        let reference = reference_rgba(DeviceProfile::iot(), (W, H), n);
        let bad = count_differing_rgb(&fb.shown_rgba(), &reference, 0);
        assert_eq!(bad, 0, "after {n} clicks the shown page is behind");
    }
    // Alternating pages, starting with the hidden one, each flip at a vertical blank.
    assert_eq!(fb.pans(), &[H, 0, H, 0, H]);
    assert_eq!(fb.vsyncs(), 5);
    // Nothing changed: no flip (the hidden page is stale).
    app.request_full_frame();
    presenter.present(&mut fb, &mut app, &mut renderer).unwrap();
    assert_eq!(fb.pans().len(), 5);
}

#[test]
fn explicit_damage_rects_copy_only_their_pixels() {
    let mut fb = FakeFramebuffer::new(FbFormat::Bgr565, W, H, W * 2, H).unwrap();
    let mut presenter = FbPresenter::new(&fb).unwrap();
    let (mut app, _) = toggle_app(DeviceProfile::iot());
    let mut renderer = SoftwareRenderer::new();
    presenter.present(&mut fb, &mut app, &mut renderer).unwrap();
    fb.memory().fill(SENTINEL);
    let rect = IRect::new(120, 10, 150, 20);
    presenter.present_damage(&mut fb, &[rect]).unwrap();
    assert_eq!(presenter.last_copied(), &[rect]);
    for y in 0..H {
        for x in 0..W {
            let inside = (120..150).contains(&x) && (10..20).contains(&y);
            let px = fb.shown_pixel(x, y);
            if inside {
                assert_eq!(px, [255, 0, 0], "({x}, {y}) inside the tap box");
            } else {
                let at = (y * W * 2 + x * 2) as usize;
                assert_eq!(
                    &fb.bytes()[at..at + 2],
                    &[SENTINEL; 2],
                    "({x}, {y}) was written"
                );
            }
        }
    }
}

#[test]
fn palette_and_odd_modes_are_refused_with_a_fix() {
    let (mut var, mut fix) = FbFormat::Rgb565.screen_info(W, H, W * 2, H);
    fix.visual = 3; // FB_VISUAL_PSEUDOCOLOR
    let fb = FakeFramebuffer::with_info(var, fix).unwrap();
    let err = FbPresenter::new(&fb).unwrap_err().to_string();
    assert!(err.contains("palette") && err.contains("fbset"), "{err}");

    fix.visual = arkui_platform::fbdev::FB_VISUAL_TRUECOLOR;
    var = VarScreenInfo {
        bits_per_pixel: 8,
        ..var
    };
    let fb = FakeFramebuffer::with_info(var, fix).unwrap();
    assert!(
        FbPresenter::new(&fb)
            .unwrap_err()
            .to_string()
            .contains("8 bits per pixel")
    );

    // A line length shorter than a row is a driver bug we must not write through.
    let (var, fix) = FbFormat::Xrgb8888.screen_info(W, H, W * 4 - 4, H);
    let fb = FakeFramebuffer::with_info(var, fix).unwrap();
    assert!(FbPresenter::new(&fb).is_err());
}

#[test]
fn a_sideways_panel_shows_the_turned_picture_and_turns_touches_back() {
    use arkui_platform::Rotation;
    use arkui_platform::evdev::{AxisRange, TouchCalibration};

    // A 240x320 portrait panel mounted landscape: the UI is 320x240.
    let mut fb = FakeFramebuffer::new(FbFormat::Xrgb8888, H, W, H * 4, W).unwrap();
    let mut presenter = FbPresenter::new(&fb)
        .unwrap()
        .with_rotation(Rotation::Deg90);
    assert_eq!(presenter.size(), (W, H));
    let (mut app, _) = toggle_app(DeviceProfile::iot());
    let mut renderer = SoftwareRenderer::new();
    presenter.present(&mut fb, &mut app, &mut renderer).unwrap();
    assert_eq!(app.size(), (W, H));
    let reference = reference_rgba(DeviceProfile::iot(), (W, H), 0);
    for y in 0..H {
        for x in 0..W {
            let (px, py) = Rotation::Deg90.to_physical(x, y, H, W);
            let i = ((y * W + x) * 4) as usize;
            let want = [reference[i], reference[i + 1], reference[i + 2]];
            assert_eq!(
                fb.shown_pixel(px, py),
                want,
                "picture ({x}, {y}) at panel ({px}, {py})"
            );
        }
    }

    // The touch panel is glued to the glass: a finger on the `tap` box's centre (picture
    // 160,20) touches panel pixel (219, 160), and comes back as picture coordinates.
    let (px, py) = Rotation::Deg90.to_physical(160, 20, H, W);
    let mut c = TouchCalibration::new(
        AxisRange {
            min: 0,
            max: H as i32 - 1,
        },
        AxisRange {
            min: 0,
            max: W as i32 - 1,
        },
    );
    c.rotation = Rotation::Deg90;
    let (x, y) = c.to_screen(px as i32, py as i32, (W, H));
    assert!(
        (x - 160.0).abs() <= 1.0 && (y - 20.0).abs() <= 1.0,
        "({x}, {y})"
    );
}

#[test]
fn line_by_line_mode_matches_the_headless_render_without_a_frame_buffer() {
    use arkui_platform::fbdev::LinePresenter;
    let reference = reference_rgba(DeviceProfile::iot(), (W, H), 0);
    for format in [
        FbFormat::Rgb565,
        FbFormat::Bgr565,
        FbFormat::Xrgb8888,
        FbFormat::Rgb888,
    ] {
        for pages in [1, 2] {
            let line = W * bpp(format) + 20;
            let mut fb = FakeFramebuffer::new(format, W, H, line, H * pages).unwrap();
            fb.memory().fill(SENTINEL);
            let mut presenter = LinePresenter::new(&fb, 8).unwrap();
            // A strip of 8 lines and per-line bookkeeping instead of a whole frame.
            let frame = (W * H * bpp(format)) as usize;
            assert!(
                presenter.buffer_bytes() < frame / 4,
                "{}",
                presenter.buffer_bytes()
            );
            let (mut app, _) = toggle_app(DeviceProfile::iot());
            let mut renderer = SoftwareRenderer::new();
            assert!(presenter.present(&mut fb, &mut app, &mut renderer).unwrap());
            let what = format!("{format:?}, {pages} page(s)");
            let bad = count_differing_rgb(&fb.shown_rgba(), &reference, tolerance(format));
            assert_eq!(bad, 0, "{what}");
            assert_eq!(presenter.last_copied_lines(), H as usize, "{what}");
        }
    }
}

#[test]
fn line_by_line_mode_writes_only_changed_lines_and_pages_catch_up() {
    use arkui_platform::fbdev::LinePresenter;
    // One page: a poisoned screen keeps its poison outside the toggled box's lines.
    let mut fb = FakeFramebuffer::new(FbFormat::Rgb565, W, H, W * 2, H).unwrap();
    let mut presenter = LinePresenter::new(&fb, 16).unwrap();
    let (mut app, clicks) = toggle_app(DeviceProfile::iot());
    let mut renderer = SoftwareRenderer::new();
    presenter.present(&mut fb, &mut app, &mut renderer).unwrap();
    fb.memory().fill(SENTINEL);
    clicks.set(1);
    presenter.present(&mut fb, &mut app, &mut renderer).unwrap();
    let (y0, y1) = tap_rows(&mut app);
    assert_eq!(presenter.last_copied_lines(), (y1 - y0) as usize);
    for (y, l) in fb.bytes().chunks_exact((W * 2) as usize).enumerate() {
        let written = !l.iter().all(|b| *b == SENTINEL);
        assert_eq!(written, (y0..y1).contains(&(y as i32)), "line {y}");
    }

    // Two pages: every shown page is complete, though each present writes few lines.
    let mut fb = FakeFramebuffer::new(FbFormat::Xrgb8888, W, H, W * 4, H * 2).unwrap();
    let mut presenter = LinePresenter::new(&fb, 16).unwrap();
    let (mut app, clicks) = toggle_app(DeviceProfile::iot());
    for n in 0..4 {
        clicks.set(n);
        presenter.present(&mut fb, &mut app, &mut renderer).unwrap();
        let reference = reference_rgba(DeviceProfile::iot(), (W, H), n);
        assert_eq!(
            count_differing_rgb(&fb.shown_rgba(), &reference, 0),
            0,
            "after {n}"
        );
    }
    assert_eq!(fb.pans(), &[H, 0, H, 0]);
    // Page 1 missed click 2's lines only: the 4th present wrote those twice-changed lines.
    let (y0, y1) = tap_rows(&mut app);
    assert_eq!(presenter.last_copied_lines(), (y1 - y0) as usize);
}
