//! Span through the headless harness: `Text() { Span() .. }` in `ui!`, the spans in the
//! inspector, one paragraph wrapping across spans, and each span drawn in its own colour
//! after the one before it.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use arkui::platform::TestApp;
use arkui::prelude::*;
use common::near;

/// Columns of the Text's box holding a pixel near `c` (strongly coloured, unlike
/// anti-aliased edges of other glyphs).
fn columns_in(t: &mut TestApp, id: &str, c: Color) -> Vec<u32> {
    let r = t.rect(id).unwrap();
    let frame = t.render();
    let (x0, y0) = (r.x as u32, r.y as u32);
    let (x1, y1) = ((r.x + r.width) as u32, (r.y + r.height) as u32);
    (x0..x1)
        .filter(|x| (y0..y1).any(|y| near(frame.pixel(*x, y), c, 40)))
        .collect()
}

fn height(t: &mut TestApp, id: &str) -> f32 {
    t.rect(id).unwrap().height
}

#[test]
fn spans_are_text_children_in_the_inspector() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        ui! {
            Text() {
                Span("plain ").id("a")
                Span("bold").font_weight(FontWeight::Bold).font_color(Color::RED).font_size(20.fp()).id("b")
            }
            .id("t")
        }
    });
    let text = t.inspect("t").unwrap();
    let children = text["$children"].as_array().unwrap();
    assert_eq!(children.len(), 2);
    assert_eq!(children[0]["$type"], "Span");
    assert_eq!(children[0]["$attrs"]["content"], "plain ");
    let b = &children[1]["$attrs"];
    assert_eq!(b["content"], "bold");
    assert_eq!(b["fontWeight"], "700");
    assert_eq!(b["fontColor"], "#FFFF0000");
    assert_eq!(b["fontSize"], "20.00fp");
    // Unset attributes are the Text's, so the span does not report them.
    assert!(children[0]["$attrs"].get("fontColor").is_none());
}

#[test]
fn a_coloured_span_is_drawn_in_its_colour_after_the_span_before_it() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        ui! {
            Text() {
                Span("HHHH").font_color(Color::BLUE)
                Span("HHHH").font_color(Color::RED)
            }
            .font_size(20.fp())
            .id("t")
        }
    });
    let blue = columns_in(&mut t, "t", Color::BLUE);
    let red = columns_in(&mut t, "t", Color::RED);
    assert!(!blue.is_empty() && !red.is_empty(), "{blue:?} {red:?}");
    let (blue_end, red_start) = (*blue.last().unwrap(), red[0]);
    assert!(
        red_start > blue_end,
        "red starts at {red_start}, blue ends at {blue_end}"
    );
    // Each span covers about half the text.
    let r = t.rect("t").unwrap();
    let middle = (r.x + r.width / 2.0) as u32;
    assert!(blue_end < middle + 3 && red_start + 3 > middle, "{middle}");
}

#[test]
fn a_span_without_a_colour_takes_the_texts() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        ui! {
            Text() {
                Span("HHHH")
                Span("HHHH").font_color(Color::RED)
            }
            .font_color(Color::BLUE)
            .font_size(20.fp())
            .id("t")
        }
    });
    let blue = columns_in(&mut t, "t", Color::BLUE);
    let red = columns_in(&mut t, "t", Color::RED);
    assert!(
        !blue.is_empty(),
        "the first span is drawn in the Text's blue"
    );
    assert!(red[0] > *blue.last().unwrap());
}

#[test]
fn spans_wrap_as_one_paragraph() {
    // The same words as one string and split into spans mid-line wrap identically: the
    // spans are shaped together, not box by box.
    const WORDS: &str = "one two three four five six seven";
    let mut plain = TestApp::with_view(DeviceProfile::iot(), || {
        ui! { Text(WORDS).width(100.vp()).id("t") }
    });
    let mut spans = TestApp::with_view(DeviceProfile::iot(), || {
        ui! {
            Text() {
                Span("one two th")
                Span("ree four five ")
                Span("six seven")
            }
            .width(100.vp())
            .id("t")
        }
    });
    let lines = height(&mut plain, "t");
    assert!(lines > 40.0, "the words take several lines: {lines}");
    assert_eq!(height(&mut spans, "t"), lines);
    let (a, b) = (plain.render().clone(), spans.render().clone());
    assert_eq!(a.count_differing(&b, 0), 0, "the same pixels");
}

#[test]
fn a_bigger_span_makes_its_line_taller_and_its_glyphs_wider() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        ui! {
            Column() {
                Text() { Span("ab") Span("cd") }.id("small")
                Text() { Span("ab") Span("cd").font_size(32.fp()) }.id("big")
                Text() { Span("ab") Span("cd").font_weight(FontWeight::Bold) }.id("bold")
            }
        }
    });
    let (small, big) = (t.rect("small").unwrap(), t.rect("big").unwrap());
    assert!(big.height > small.height + 10.0, "{small:?} {big:?}");
    assert!(big.width > small.width + 10.0, "{small:?} {big:?}");
    let bold = t.rect("bold").unwrap();
    assert!(bold.width > small.width, "bold glyphs are wider: {bold:?}");
    assert_eq!(bold.height, small.height);
}

#[test]
fn span_attributes_and_conditional_spans_follow_state() {
    let colour = State::new(Color::RED);
    let more = State::new(false);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        ui! {
            Text() {
                Span("HHHH").font_color(colour.get())
                if more.get() {
                    Span(" and more")
                }
            }
            .font_size(20.fp())
            .id("t")
        }
    });
    assert!(!columns_in(&mut t, "t", Color::RED).is_empty());
    let narrow = t.rect("t").unwrap().width;
    colour.set(Color::BLUE);
    assert!(columns_in(&mut t, "t", Color::RED).is_empty(), "repainted");
    assert!(!columns_in(&mut t, "t", Color::BLUE).is_empty());
    more.set(true);
    let wide = t.rect("t").unwrap().width;
    assert!(
        wide > narrow + 40.0,
        "the new span is shaped in: {narrow} -> {wide}"
    );
    assert_eq!(
        t.inspect("t").unwrap()["$children"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    more.set(false);
    assert_eq!(t.rect("t").unwrap().width, narrow);
}
