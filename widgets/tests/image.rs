//! Image through the headless harness: real PNG and JPEG files decoded by the app's decode
//! thread, drawn by the software renderer, pixels checked per fit mode; damaged, missing and
//! oversized files end as a placeholder and a typed error.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::Duration;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{ImageError, ImageLoadError, ImageStatus};
use common::{assert_near, attr};

const RED: Color = Color::from_rgb(0xFF0000);
const GREEN: Color = Color::from_rgb(0x00C800);
const BLUE: Color = Color::from_rgb(0x0000FF);
const BLACK: Color = Color::from_rgb(0x000000);
const PLACEHOLDER: Color = Color::from_rgb(0xE0E0E0);

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// One image of 40x20 px (four 10 px stripes: red, green, blue, black) in a `w`x`h` box.
fn mount(file: &str, fit: ImageFit, w: f32, h: f32) -> TestApp {
    let path = fixture(file);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Column::new()
            .child(
                Image::new(path)
                    .object_fit(fit)
                    .width(w)
                    .height(h)
                    .id("img"),
            )
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

#[test]
fn fill_stretches_the_image_to_the_box() {
    let mut t = mount("stripes.png", ImageFit::Fill, 60.0, 60.0);
    assert_eq!(attr(&mut t, "img", "status"), "loaded");
    // 15 px stripes over the whole height.
    assert_near(px(&mut t, 7.0, 2.0), RED, "fill, first stripe, top row");
    assert_near(px(&mut t, 22.0, 30.0), GREEN, "fill, second stripe");
    assert_near(
        px(&mut t, 37.0, 57.0),
        BLUE,
        "fill, third stripe, bottom row",
    );
    assert_near(px(&mut t, 52.0, 30.0), BLACK, "fill, fourth stripe");
}

#[test]
fn contain_fits_inside_and_letterboxes() {
    let mut t = mount("stripes.png", ImageFit::Contain, 60.0, 60.0);
    // Scaled 1.5x to 60x30, centred: rows 15..45.
    assert_near(px(&mut t, 30.0, 5.0), Color::WHITE, "contain, band above");
    assert_near(px(&mut t, 7.0, 30.0), RED, "contain, first stripe");
    assert_near(px(&mut t, 52.0, 30.0), BLACK, "contain, last stripe");
    assert_near(px(&mut t, 30.0, 55.0), Color::WHITE, "contain, band below");
}

#[test]
fn cover_fills_the_box_and_crops_the_sides() {
    let mut t = mount("stripes.png", ImageFit::Cover, 60.0, 60.0);
    // Scaled 3x to 120x60, centred: the red and black stripes are cut off.
    assert_near(px(&mut t, 5.0, 3.0), GREEN, "cover, left half");
    assert_near(px(&mut t, 55.0, 57.0), BLUE, "cover, right half");
}

#[test]
fn none_keeps_the_natural_size_centred() {
    let mut t = mount("stripes.png", ImageFit::None, 60.0, 60.0);
    // 40x20 at (10, 20).
    assert_near(px(&mut t, 5.0, 30.0), Color::WHITE, "none, left margin");
    assert_near(px(&mut t, 15.0, 30.0), RED, "none, first stripe");
    assert_near(px(&mut t, 45.0, 30.0), BLACK, "none, last stripe");
    assert_near(px(&mut t, 30.0, 10.0), Color::WHITE, "none, above");
}

#[test]
fn scale_down_shrinks_but_never_enlarges() {
    // A smaller box: scaled down to 20x10, centred at rows 5..15.
    let mut t = mount("stripes.png", ImageFit::ScaleDown, 20.0, 20.0);
    assert_near(px(&mut t, 2.0, 10.0), RED, "scale down, first stripe");
    assert_near(px(&mut t, 18.0, 10.0), BLACK, "scale down, last stripe");
    assert_near(px(&mut t, 10.0, 2.0), Color::WHITE, "scale down, above");
    // A larger box: natural size, as `None`.
    let mut t = mount("stripes.png", ImageFit::ScaleDown, 60.0, 60.0);
    assert_near(
        px(&mut t, 5.0, 30.0),
        Color::WHITE,
        "scale down, not enlarged",
    );
    assert_near(
        px(&mut t, 15.0, 30.0),
        RED,
        "scale down, natural first stripe",
    );
}

#[test]
fn a_jpeg_decodes_too() {
    let mut t = mount("stripes.jpg", ImageFit::Fill, 40.0, 20.0);
    assert_near(px(&mut t, 5.0, 10.0), RED, "jpeg red");
    assert_near(px(&mut t, 25.0, 10.0), BLUE, "jpeg blue");
}

#[test]
fn without_a_size_the_image_takes_its_own_and_reports_it() {
    let done = Rc::new(RefCell::new(None));
    let d = done.clone();
    let path = fixture("stripes.png");
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Image::new(path)
            .on_complete(move |w, h| *d.borrow_mut() = Some((w, h)))
            .id("img")
    });
    assert_eq!(attr(&mut t, "img", "status"), "loading");
    // The load completes through the frame loop: frames until it lands.
    for _ in 0..500 {
        t.render();
        if done.borrow().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    assert_eq!(*done.borrow(), Some((40, 20)));
    let r = t.rect("img").unwrap();
    assert_eq!((r.width, r.height), (40.0, 20.0));
}

fn failing(
    src: impl Into<arkui::ImageSource>,
    profile: DeviceProfile,
) -> (TestApp, ImageLoadError) {
    let err = Rc::new(RefCell::new(None));
    let e = err.clone();
    let src = src.into();
    let mut t = TestApp::with_view(profile, move || {
        Column::new()
            .child(
                Image::new(src)
                    .on_error(move |x| *e.borrow_mut() = Some(x.clone()))
                    .width(40.0)
                    .height(40.0)
                    .id("img"),
            )
            .background_color(Color::WHITE)
    });
    t.render();
    assert!(t.app().wait_for_images(Duration::from_secs(10)));
    let got = err.borrow().clone().expect("on_error fired");
    (t, got)
}

#[test]
fn a_corrupt_file_shows_a_placeholder_and_fires_on_error() {
    let (mut t, e) = failing(fixture("corrupt.png"), DeviceProfile::iot());
    assert!(
        matches!(e, ImageLoadError::Decode(ImageError::Malformed(_))),
        "{e:?}"
    );
    assert!(e.to_string().contains("damaged"), "{e}");
    assert_eq!(attr(&mut t, "img", "status"), "error");
    assert_near(px(&mut t, 20.0, 20.0), PLACEHOLDER, "placeholder");
    let n = t.app().find_by_id("img").unwrap();
    assert!(matches!(n.image_status(), ImageStatus::Failed(_)));
}

#[test]
fn a_missing_file_is_an_io_error_naming_the_path() {
    let (mut t, e) = failing("no/such/file.png", DeviceProfile::iot());
    assert!(
        matches!(&e, ImageLoadError::Io { path, .. } if path.ends_with("file.png")),
        "{e:?}"
    );
    assert!(e.to_string().contains("no/such/file.png"), "{e}");
    assert_near(px(&mut t, 20.0, 20.0), PLACEHOLDER, "placeholder");
}

#[test]
fn a_huge_declared_size_under_the_iot_profile_fails_with_bounded_memory() {
    let (mut t, e) = failing(fixture("bomb.png"), DeviceProfile::iot());
    assert!(
        matches!(
            e,
            ImageLoadError::Decode(ImageError::TooLarge { width: 100_000, .. })
        ),
        "{e:?}"
    );
    assert!(e.to_string().contains("100000x100000"), "{e}");
    let cache = t.app().image_cache();
    assert!(cache.bytes() <= cache.budget());
    assert_eq!(cache.budget(), DeviceProfile::iot().image_cache_budget());
    assert_near(px(&mut t, 20.0, 20.0), PLACEHOLDER, "placeholder");
}

#[test]
fn an_image_over_the_iot_budget_is_refused_but_fits_on_a_phone() {
    // 200x200 RGBA is 160 KB decoded: more than the iot profile's 128 KiB for one image.
    let big = {
        let mut p = Vec::new();
        let w = 200u32;
        p.extend_from_slice(b"BM");
        let size = 54 + w * w * 3;
        for v in [size, 0, 54, 40, w, w] {
            p.extend_from_slice(&v.to_le_bytes());
        }
        p.extend_from_slice(&1u16.to_le_bytes());
        p.extend_from_slice(&24u16.to_le_bytes());
        for v in [0u32, w * w * 3, 2835, 2835, 0, 0] {
            p.extend_from_slice(&v.to_le_bytes());
        }
        p.resize(size as usize, 0x80);
        p
    };
    let (_, e) = failing(big.clone(), DeviceProfile::iot());
    assert!(
        matches!(e, ImageLoadError::Decode(ImageError::OverBudget { .. })),
        "{e:?}"
    );
    let mut t = TestApp::with_view(DeviceProfile::phone(), move || {
        Image::new(big).width(40.0).height(40.0).id("img")
    });
    t.render();
    assert!(t.app().wait_for_images(Duration::from_secs(10)));
    assert_eq!(attr(&mut t, "img", "status"), "loaded");
}

#[test]
fn alt_stands_in_while_loading_and_for_a_failed_source() {
    let (alt, bad) = (fixture("stripes.png"), fixture("corrupt.png"));
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Image::new(bad)
            .alt(alt)
            .object_fit(ImageFit::Fill)
            .width(40.0)
            .height(20.0)
            .id("img")
    });
    t.render();
    assert!(t.app().wait_for_images(Duration::from_secs(10)));
    assert_eq!(attr(&mut t, "img", "status"), "error");
    assert_near(
        px(&mut t, 5.0, 10.0),
        RED,
        "alt drawn instead of the placeholder",
    );
}

#[test]
fn interpolation_and_fit_are_inspector_attributes() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Image::new("x.png")
            .object_fit(ImageFit::ScaleDown)
            .interpolation(ImageInterpolation::None)
            .id("img")
    });
    assert_eq!(attr(&mut t, "img", "objectFit"), "ImageFit.ScaleDown");
    assert_eq!(
        attr(&mut t, "img", "interpolation"),
        "ImageInterpolation.None"
    );
    assert_eq!(attr(&mut t, "img", "src"), "x.png");
}

/// `path` loaded with only the attributes `style` sets, under `profile`; its rect once loaded.
fn measured(profile: DeviceProfile, style: impl Fn(Image) -> Image + 'static) -> (f32, f32) {
    let path = fixture("stripes.png");
    let mut t = TestApp::with_view(profile, move || {
        Column::new()
            .width(pct(100.0))
            .child(style(Image::new(path.clone()).id("img")))
    });
    t.render();
    assert!(t.app().wait_for_images(Duration::from_secs(10)));
    let r = t.rect("img").unwrap();
    (r.width, r.height)
}

#[test]
fn one_side_set_keeps_the_images_aspect_ratio() {
    // stripes.png is 40x20.
    assert_eq!(
        measured(DeviceProfile::iot(), |i| i.width(20.0)),
        (20.0, 10.0)
    );
    assert_eq!(
        measured(DeviceProfile::iot(), |i| i.height(40.0)),
        (80.0, 40.0)
    );
    assert_eq!(
        measured(DeviceProfile::iot(), |i| i.width(pct(50.0))),
        (160.0, 80.0),
        "half of the 320 px page"
    );
    // Sizes include padding: 30 wide with 5 each side leaves 20 for the picture.
    assert_eq!(
        measured(DeviceProfile::iot(), |i| i.width(30.0).padding(5.0)),
        (30.0, 20.0)
    );
    assert_eq!(
        measured(DeviceProfile::iot(), |i| i.width(20.0).height(30.0)),
        (20.0, 30.0)
    );
}

#[test]
fn the_natural_size_is_in_vp_and_bounded_by_constraint_size() {
    assert_eq!(measured(DeviceProfile::phone(), |i| i), (120.0, 60.0));
    assert_eq!(
        measured(DeviceProfile::iot(), |i| i.constraint_size(
            Length::Auto,
            30.0,
            Length::Auto,
            Length::Auto
        )),
        (30.0, 15.0)
    );
}

#[test]
fn the_decoded_size_is_measured_not_written_into_the_attributes() {
    let path = fixture("stripes.png");
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Image::new(path.clone()).width(20.0).id("img")
    });
    t.render();
    assert!(t.app().wait_for_images(Duration::from_secs(10)));
    t.render();
    let n = t.app().find_by_id("img").unwrap();
    assert_eq!(n.layout_attrs().unwrap().height, Length::Auto);
    assert_eq!(t.inspect("img").unwrap()["$attrs"]["height"], "auto");
    // A later width re-derives the height from the picture.
    n.width(60.0);
    let r = t.rect("img").unwrap();
    assert_eq!((r.width, r.height), (60.0, 30.0));
}

#[test]
fn a_failed_image_has_no_size_of_its_own() {
    let path = fixture("corrupt.png");
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Column::new().child(Image::new(path.clone()).width(20.0).id("img"))
    });
    t.render();
    assert!(t.app().wait_for_images(Duration::from_secs(10)));
    let r = t.rect("img").unwrap();
    assert_eq!((r.width, r.height), (20.0, 0.0));
}

/// `backgroundImage` on a Column: at its natural size from the corner, repeated along x,
/// and aligned to the centre; the box's own children draw over it.
#[test]
fn a_background_image_sits_repeats_and_aligns_under_the_content() {
    use arkui::{BackgroundImagePosition, BackgroundImageSize, ImageRepeat};
    let path = fixture("stripes.png");
    let p2 = path.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Column::new()
            .child(
                Column::new()
                    .width(100.vp())
                    .height(30.vp())
                    .background_color(Color::WHITE)
                    .background_image(path.clone(), ImageRepeat::X)
                    .id("x"),
            )
            .child(
                Column::new()
                    .width(100.vp())
                    .height(30.vp())
                    .background_color(Color::WHITE)
                    .background_image(p2.clone(), ImageRepeat::NoRepeat)
                    .background_image_size(BackgroundImageSize::Contain)
                    .background_image_position(BackgroundImagePosition::Align(Alignment::Center))
                    .id("c"),
            )
    });
    t.render();
    assert!(t.app().wait_for_images(Duration::from_secs(10)));
    t.render()
        .save_png(concat!(
            env!("CARGO_TARGET_TMPDIR"),
            "/background-image.png"
        ))
        .ok();
    let at = |t: &mut TestApp, id: &str, x: f32, y: f32| common::pixel_at(t, id, x, y);
    // 40x20 stripes repeated along x: red at 5 and again at 45, nothing below y = 20.
    assert_near(at(&mut t, "x", 5.0, 10.0), RED, "first tile");
    assert_near(at(&mut t, "x", 45.0, 10.0), RED, "second tile");
    assert_near(at(&mut t, "x", 85.0, 10.0), RED, "third tile");
    assert_near(
        at(&mut t, "x", 5.0, 25.0),
        Color::WHITE,
        "no repeat along y",
    );
    // Contained (60x30 in 100x30) and centred: white margins of 20 left and right.
    assert_near(at(&mut t, "c", 10.0, 15.0), Color::WHITE, "left margin");
    assert_near(at(&mut t, "c", 27.0, 15.0), RED, "first stripe");
    assert_near(at(&mut t, "c", 90.0, 15.0), Color::WHITE, "right margin");
    assert!(attr(&mut t, "x", "backgroundImage").ends_with("ImageRepeat.X"));
}

#[test]
fn border_radius_rounds_the_picture() {
    let path = fixture("stripes.png");
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Column::new()
            .child(
                Image::new(path)
                    .object_fit(ImageFit::Fill)
                    .width(60.0)
                    .height(60.0)
                    .border_radius(20.0)
                    .id("img"),
            )
            .background_color(Color::WHITE)
    });
    t.render();
    assert!(t.app().wait_for_images(Duration::from_secs(10)));
    // The corner is cut: the page's white shows where the red stripe's corner was.
    assert_near(
        px(&mut t, 1.0, 1.0),
        Color::WHITE,
        "the top-left corner is rounded off",
    );
    assert_near(
        px(&mut t, 58.0, 58.0),
        Color::WHITE,
        "so is the bottom-right one",
    );
    // Inside the curve the picture is whole.
    assert_near(px(&mut t, 7.0, 30.0), RED, "the first stripe, mid-height");
    assert_near(px(&mut t, 52.0, 30.0), BLACK, "the last stripe, mid-height");
}

#[test]
fn an_svg_is_drawn_at_the_devices_density_with_sharp_edges() {
    let done = Rc::new(RefCell::new(None));
    let d = done.clone();
    let path = fixture("half.svg");
    let mut t = TestApp::with_view(DeviceProfile::phone(), move || {
        Column::new()
            .child(
                Image::new(path)
                    .on_complete(move |w, h| *d.borrow_mut() = Some((w, h)))
                    .id("icon"),
            )
            .background_color(Color::WHITE)
    });
    t.render();
    assert!(t.app().wait_for_images(Duration::from_secs(10)));
    t.render();
    // 24 units reported; rasterized at density 3 and laid out 24 vp: 72 px, not rescaled.
    assert_eq!(*done.borrow(), Some((24, 24)));
    let r = t.rect("icon").unwrap();
    assert_eq!((r.width, r.height), (72.0, 72.0));
    let canvas = t.render();
    let at = |x: f32, y: f32| canvas.pixel((r.x + x) as u32, (r.y + y) as u32);
    // One pixel either side of the half-way line: full red, then the white page.
    assert_near(
        at(34.5, 6.0),
        Color::from_rgb(0xE84026),
        "red up to the edge",
    );
    assert_near(at(36.5, 6.0), Color::WHITE, "page right after it");
    assert_near(at(36.0, 36.0), Color::from_rgb(0x007DFF), "the disc");
}

#[test]
fn a_hostile_svg_is_refused_with_a_clear_error() {
    let deep = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\">{}{}</svg>",
        "<g>".repeat(20_000),
        "</g>".repeat(20_000)
    );
    let bytes: std::sync::Arc<[u8]> = deep.into_bytes().into();
    let (mut t, e) = failing(arkui::ImageSource::Bytes(bytes), DeviceProfile::iot());
    assert!(e.to_string().contains("nests elements"), "{e}");
    assert_eq!(attr(&mut t, "img", "status"), "error");
    let huge = br#"<svg xmlns="http://www.w3.org/2000/svg" width="90000" height="90000"/>"#;
    let bytes: std::sync::Arc<[u8]> = huge.to_vec().into();
    let (_, e) = failing(arkui::ImageSource::Bytes(bytes), DeviceProfile::iot());
    assert!(
        matches!(e, ImageLoadError::Decode(ImageError::TooLarge { .. })),
        "{e:?}"
    );
}
