//! ImageSpan inside Text: the picture takes its place in the line, the words after it move
//! over, the line grows to hold it, it wraps like a word, and `verticalAlign` places it;
//! checked on drawn pixels.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::time::Duration;

use arkui::platform::{Canvas, TestApp};
use arkui::prelude::*;
use arkui::widgets::ImageSpan;
use arkui::{ImageSpanAlignment, Rect};

/// A `w` x `h` PNG of pure red.
fn red_png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbaImage::from_pixel(w, h, image::Rgba([255, 0, 0, 255]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// The bounding box of pure red pixels.
fn red_box(c: &Canvas) -> Option<Rect> {
    let (mut x0, mut y0, mut x1, mut y1) = (u32::MAX, u32::MAX, 0, 0);
    for y in 0..c.height() {
        for x in 0..c.width() {
            if c.pixel(x, y) == [255, 0, 0, 255] {
                (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
            }
        }
    }
    (x0 <= x1).then(|| {
        Rect::new(
            x0 as f32,
            y0 as f32,
            (x1 - x0 + 1) as f32,
            (y1 - y0 + 1) as f32,
        )
    })
}

/// The horizontal extent of dark (text) pixels in rows `y0..y1`, right of `from`.
fn ink_right_of(c: &Canvas, from: u32, y0: u32, y1: u32) -> Option<u32> {
    (from..c.width()).find(|x| (y0..y1).any(|y| c.pixel(*x, y)[0] < 128 && c.pixel(*x, y)[1] < 128))
}

fn mount(build: impl FnOnce() -> Text + 'static) -> TestApp {
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Column::new()
            .child(build().id("t"))
            .align_items(HorizontalAlign::Start)
            .background_color(Color::WHITE)
    });
    t.render();
    assert!(t.app().wait_for_images(Duration::from_secs(10)));
    t
}

#[test]
fn the_picture_takes_its_place_in_the_line_and_the_words_after_it_move_over() {
    let mut t = mount(|| {
        Text::empty()
            .font_size(16.0)
            .child(Span::new("ab"))
            .child(ImageSpan::new(red_png(4, 4)).width(20.0).height(20.0))
            .child(Span::new("cd"))
    });
    let text = t.rect("t").unwrap();
    let c = t.render();
    let b = red_box(c).expect("the picture is drawn");
    assert!((b.width - 20.0).abs() <= 1.0 && b.height == 20.0, "{b:?}");
    // After "ab", inside the Text, its bottom on the line's bottom (the default).
    assert!(
        b.x > text.x + 10.0 && b.x < text.x + 30.0,
        "{b:?} in {text:?}"
    );
    assert!(
        (b.y + b.height - (text.y + text.height)).abs() <= 1.0,
        "{b:?} in {text:?}"
    );
    // "cd" is drawn right of the picture.
    let cd = ink_right_of(
        c,
        (b.x + b.width) as u32,
        text.y as u32,
        (text.y + text.height) as u32,
    );
    assert!(cd.is_some_and(|x| x >= (b.x + b.width) as u32), "{cd:?}");
    // The line is as tall as the picture.
    assert!(text.height >= 20.0, "{text:?}");
}

#[test]
fn without_a_size_the_picture_is_its_own_size_once_decoded() {
    let mut t = mount(|| {
        Text::empty()
            .child(Span::new("x"))
            .child(ImageSpan::new(red_png(12, 30)).id("img"))
    });
    let text = t.rect("t").unwrap();
    let b = red_box(t.render()).unwrap();
    assert!((b.width - 12.0).abs() <= 1.0 && b.height == 30.0, "{b:?}");
    assert!(text.height >= 30.0);
    // With only a height, the width keeps the image's aspect ratio.
    let mut t = mount(|| {
        Text::empty()
            .child(Span::new("x"))
            .child(ImageSpan::new(red_png(12, 30)).height(15.0))
    });
    let b = red_box(t.render()).unwrap();
    assert!((b.width - 6.0).abs() <= 1.0 && b.height == 15.0, "{b:?}");
}

#[test]
fn vertical_align_places_a_small_picture_in_a_tall_line() {
    // A 6 px picture in a line of 40 px text: the line is the text's.
    let place = |align| {
        let mut t = mount(move || {
            Text::empty()
                .font_size(40.0)
                .child(Span::new("Hg"))
                .child(ImageSpan::new(red_png(6, 6)).vertical_align(align))
        });
        let text = t.rect("t").unwrap();
        let b = red_box(t.render()).unwrap();
        (b.y - text.y, text.height)
    };
    let (top, h) = place(ImageSpanAlignment::Top);
    let (center, _) = place(ImageSpanAlignment::Center);
    let (bottom, _) = place(ImageSpanAlignment::Bottom);
    let (baseline, _) = place(ImageSpanAlignment::Baseline);
    assert!(top.abs() <= 1.0, "top {top}");
    assert!(
        (center - (h - 6.0) / 2.0).abs() <= 1.0,
        "center {center} of {h}"
    );
    assert!((bottom - (h - 6.0)).abs() <= 1.0, "bottom {bottom} of {h}");
    // The baseline is above the line's bottom (the descent is below it).
    assert!(
        baseline > center && baseline < bottom,
        "{top} {center} {baseline} {bottom}"
    );
}

#[test]
fn a_picture_wraps_to_the_next_line_like_a_word() {
    let mut t = mount(|| {
        Text::empty()
            .font_size(16.0)
            .width(60.0)
            .child(Span::new("wide words "))
            .child(ImageSpan::new(red_png(4, 4)).width(30.0).height(16.0))
    });
    let text = t.rect("t").unwrap();
    let b = red_box(t.render()).unwrap();
    assert!(b.y > text.y + 10.0, "on a later line: {b:?} in {text:?}");
    assert!(
        b.x + b.width <= text.x + text.width + 0.5,
        "{b:?} in {text:?}"
    );
}

#[test]
fn image_span_is_a_child_in_the_inspector_with_its_attributes() {
    let mut t = mount(|| {
        Text::empty().child(Span::new("a")).child(
            ImageSpan::new(red_png(4, 4))
                .vertical_align(ImageSpanAlignment::Center)
                .id("img"),
        )
    });
    let img = t.inspect("img").unwrap();
    assert_eq!(img["$type"], "ImageSpan");
    assert_eq!(img["$attrs"]["verticalAlign"], "ImageSpanAlignment.CENTER");
}
