//! Text's paragraph attributes through the headless harness: max lines with an ellipsis,
//! decorations, letter spacing, what the inspector reports, and the glyph cache an iot
//! profile bounds.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::renderer::text::TextStyle;
use arkui::renderer::{DrawCmd, GlyphRun, Rect};
use arkui::with_fonts;
use common::{attr, near};

/// Wraps to three lines in a 200 px box at 16 px (checked below, not assumed).
const THREE_LINES: &str = "The quick brown fox jumps over the lazy dog, runs off and hides.";

/// A 320x240 screen at density 1 with 8-bit channels: 16fp text is 16 px, colours exact.
fn screen() -> DeviceProfile {
    DeviceProfile::desktop(320, 240)
}

/// The glyph runs of the last frame that start inside `r`.
fn runs_in(t: &mut TestApp, r: Rect) -> Vec<GlyphRun> {
    t.render();
    t.app()
        .display_list()
        .commands
        .iter()
        .filter_map(|c| match c {
            DrawCmd::Glyphs(run)
                if run.glyphs.first().is_some_and(|g| {
                    g.x >= r.x - 1.0 && g.x < r.x + r.width && g.y > r.y && g.y < r.y + r.height
                }) =>
            {
                Some(run.clone())
            }
            _ => None,
        })
        .collect()
}

fn is_white(px: [u8; 4]) -> bool {
    near(px, Color::WHITE, 2)
}

#[test]
fn max_lines_one_is_one_line_tall_and_ends_in_an_ellipsis() {
    let mut t = TestApp::with_view(screen(), || {
        Column::new()
            .child(
                Text::new(THREE_LINES)
                    .width(200.vp())
                    .font_color(Color::BLACK)
                    .id("full"),
            )
            .child(
                Text::new(THREE_LINES)
                    .width(200.vp())
                    .font_color(Color::BLACK)
                    .max_lines(1)
                    .text_overflow(TextOverflow::Ellipsis)
                    .id("cut"),
            )
            .child(
                Text::new(THREE_LINES)
                    .width(200.vp())
                    .font_color(Color::BLACK)
                    .max_lines(1)
                    .id("clipped"),
            )
    });
    let full = t.rect("full").unwrap();
    let cut = t.rect("cut").unwrap();
    let clipped = t.rect("clipped").unwrap();
    assert!(
        (full.height / cut.height - 3.0).abs() < 0.05,
        "the unlimited text is three lines ({} px), the cut one is one ({} px)",
        full.height,
        cut.height
    );
    assert_eq!(clipped.height, cut.height, "clipping is one line tall too");

    let dots = with_fonts(|f| f.shape("\u{2026}", &TextStyle::new(16.0), None));
    let ellipsis = dots.glyphs[0].id;
    let runs = runs_in(&mut t, cut);
    let last = runs
        .iter()
        .flat_map(|r| r.glyphs.iter())
        .max_by(|a, b| a.x.total_cmp(&b.x))
        .copied()
        .unwrap();
    assert_eq!(last.id, ellipsis, "the one line shown ends in \u{2026}");
    let baselines: Vec<f32> = runs
        .iter()
        .flat_map(|r| r.glyphs.iter().map(|g| g.y))
        .collect();
    assert!(
        baselines.iter().all(|y| (y - baselines[0]).abs() < 0.5),
        "one line of glyphs"
    );
    let clipped_glyphs: Vec<u16> = runs_in(&mut t, clipped)
        .iter()
        .flat_map(|r| r.glyphs.iter().map(|g| g.id))
        .collect();
    assert!(!clipped_glyphs.is_empty() && !clipped_glyphs.contains(&ellipsis));

    // Right of the ellipsis (to past the box, where unclipped text would run on) and in the
    // two dropped lines' place below it, nothing is drawn.
    let canvas = t.render();
    let after = (last.x + dots.width).ceil() as u32 + 1;
    let (top, bottom) = (cut.y as u32, (cut.y + cut.height) as u32);
    let mut inked_before = 0;
    for y in top..bottom {
        for x in after..(cut.x + cut.width) as u32 + 40 {
            assert!(
                is_white(canvas.pixel(x, y)),
                "pixel ({x}, {y}) right of the ellipsis is {:?}",
                canvas.pixel(x, y)
            );
        }
        inked_before += (cut.x as u32..after)
            .filter(|x| !is_white(canvas.pixel(*x, y)))
            .count();
    }
    assert!(inked_before > 200, "the line itself is drawn");
    let ellipsis_ink = (top..bottom)
        .flat_map(|y| ((last.x as u32)..after).map(move |x| (x, y)))
        .filter(|(x, y)| !is_white(canvas.pixel(*x, *y)))
        .count();
    assert!(ellipsis_ink >= 3, "the three dots are drawn");
    let below = clipped.y as u32 + clipped.height as u32;
    for y in below..(below + 2 * cut.height as u32).min(240) {
        for x in 0..320 {
            assert!(
                is_white(canvas.pixel(x, y)),
                "({x}, {y}) below the cut text"
            );
        }
    }
}

/// Rows of `r` holding at least `min` pixels matching `is`, and the x range they cover.
fn rows_where(
    t: &mut TestApp,
    r: Rect,
    min: usize,
    is: impl Fn([u8; 4]) -> bool,
) -> Vec<(u32, u32, u32)> {
    let canvas = t.render();
    let mut rows = Vec::new();
    for y in r.y as u32..(r.y + r.height).ceil() as u32 {
        let xs: Vec<u32> = (r.x as u32..(r.x + r.width).ceil() as u32)
            .filter(|x| is(canvas.pixel(*x, y)))
            .collect();
        if xs.len() >= min {
            rows.push((y, xs[0], xs[xs.len() - 1]));
        }
    }
    rows
}

#[test]
fn underline_and_line_through_are_drawn_in_their_colour() {
    let mut t = TestApp::with_view(screen(), || {
        Column::new()
            .child(
                Text::new("Underlined")
                    .font_color(Color::BLACK)
                    .decoration(TextDecorationType::Underline, Color::RED)
                    .id("under"),
            )
            .child(
                Text::new("Struck")
                    .font_color(Color::BLACK)
                    .decoration(TextDecorationType::LineThrough, Color::RED)
                    .id("through"),
            )
            .child(
                Text::new("Faded")
                    .font_color(Color::BLACK)
                    .decoration(TextDecorationType::Underline, Color::RED)
                    .opacity(0.5)
                    .id("faded"),
            )
    });
    let baseline =
        with_fonts(|f| f.shape("Underlined", &TextStyle::new(16.0), None)).first_baseline;
    // A decoration line is about 1.1 px thick and anti-aliased across two rows, so "red" is
    // any pixel where red clearly dominates; how much it dominates is its coverage.
    let redness = |p: [u8; 4]| {
        let (r, g, b) = (i32::from(p[0]), i32::from(p[1]), i32::from(p[2]));
        if r > 200 && (g - b).abs() < 20 {
            r - g
        } else {
            0
        }
    };
    let red = |p: [u8; 4]| redness(p) > 50;
    let dark = |p: [u8; 4]| p[0] < 100 && p[1] < 100 && p[2] < 100;

    let under = t.rect("under").unwrap();
    let ink = rows_where(&mut t, under, 1, dark);
    let (ink_left, ink_right) = (
        ink.iter().map(|r| r.1).min().unwrap(),
        ink.iter().map(|r| r.2).max().unwrap(),
    );
    let lines = rows_where(&mut t, under, 20, red);
    assert!(!lines.is_empty(), "an underline is drawn");
    for (y, left, right) in &lines {
        assert!(
            *y as f32 >= (under.y + baseline).floor(),
            "underline row {y} is below the baseline at {}",
            under.y + baseline
        );
        assert!(
            left.abs_diff(ink_left) <= 2 && right.abs_diff(ink_right) <= 2,
            "the underline spans the glyphs ({left}..{right} vs ink {ink_left}..{ink_right})"
        );
    }

    let through = t.rect("through").unwrap();
    let lines = rows_where(&mut t, through, 20, red);
    assert!(!lines.is_empty(), "a line-through is drawn");
    for (y, ..) in &lines {
        let above = through.y + baseline - *y as f32;
        assert!(
            above > 2.0 && above < 10.0,
            "the line-through crosses the lower-case letters ({above} px above the baseline)"
        );
    }

    // Inside a half-transparent component the underline fades with the text.
    let strongest = |t: &mut TestApp, r: Rect| {
        let canvas = t.render();
        (r.y as u32..(r.y + r.height).ceil() as u32)
            .flat_map(|y| (r.x as u32..(r.x + r.width) as u32).map(move |x| (x, y)))
            .map(|(x, y)| redness(canvas.pixel(x, y)))
            .max()
            .unwrap_or(0)
    };
    let faded = t.rect("faded").unwrap();
    let (full, half) = (strongest(&mut t, under), strongest(&mut t, faded));
    assert!(
        half * 10 > full * 4 && half * 10 < full * 6,
        "a half-faded underline is half as red ({half} vs {full})"
    );
}

#[test]
fn letter_spacing_widens_the_measured_width_by_the_spacing_of_every_character() {
    let mut t = TestApp::with_view(screen(), || {
        Column::new()
            .child(Text::new("abcdef").id("plain"))
            .child(Text::new("abcdef").letter_spacing(3.vp()).id("spaced"))
            .child(
                Text::new("abcdef")
                    .letter_spacing(Length::Vp(-1.0))
                    .id("tight"),
            )
    });
    let plain = t.rect("plain").unwrap().width;
    let spaced = t.rect("spaced").unwrap().width;
    let tight = t.rect("tight").unwrap().width;
    // As in ArkUI (and CSS) the space follows every character, the last one included; the
    // measured width is rounded up to a whole pixel, hence the tolerance of one.
    assert!(
        (spaced - plain - 6.0 * 3.0).abs() <= 1.0,
        "3 vp after each of 6 letters grew {plain} to {spaced}"
    );
    assert!((plain - tight - 6.0).abs() <= 1.0, "{plain} vs {tight}");
}

#[test]
fn inspector_reports_paragraph_attributes() {
    let mut t = TestApp::with_view(screen(), || {
        Column::new().child(Text::new("plain").id("plain")).child(
            Text::new("styled")
                .max_lines(2)
                .text_overflow(TextOverflow::Ellipsis)
                .letter_spacing(2.fp())
                .decoration(TextDecorationType::Overline, Color::from_rgb(0x00_7DFF))
                .text_align(TextAlign::Center)
                .id("styled"),
        )
    });
    let v = t.inspect("plain").unwrap();
    assert!(
        v["$attrs"].get("maxLines").is_none(),
        "no limit, none reported"
    );
    assert_eq!(attr(&mut t, "plain", "textOverflow"), "TextOverflow.Clip");
    assert_eq!(attr(&mut t, "plain", "letterSpacing"), "0.00fp");
    assert_eq!(
        attr(&mut t, "plain", "decoration"),
        "{type: TextDecorationType.None, color: #FF000000}"
    );
    assert_eq!(attr(&mut t, "plain", "textAlign"), "TextAlign.Start");
    assert_eq!(attr(&mut t, "styled", "maxLines"), "2");
    assert_eq!(
        attr(&mut t, "styled", "textOverflow"),
        "TextOverflow.Ellipsis"
    );
    assert_eq!(attr(&mut t, "styled", "letterSpacing"), "2.00fp");
    assert_eq!(
        attr(&mut t, "styled", "decoration"),
        "{type: TextDecorationType.Overline, color: #FF007DFF}"
    );
    assert_eq!(attr(&mut t, "styled", "textAlign"), "TextAlign.Center");
}

/// Latin, Latin-1, Latin Extended-A, Greek and Cyrillic: several hundred glyphs DejaVu Sans
/// has, far more mask bytes at 20 px than an iot glyph cache holds.
fn many_glyphs() -> Vec<char> {
    let ranges = [
        0x21..=0x7E,
        0xA1..=0x17F,
        0x391..=0x3A1,
        0x3A3..=0x3C9,
        0x410..=0x44F,
    ];
    ranges
        .into_iter()
        .flatten()
        .filter_map(char::from_u32)
        .collect()
}

/// Render `pages` screens of 20 px text under `profile`, one app per page (apps on a thread
/// share its font context), and return the most glyph-cache bytes seen after a frame.
fn render_pages(profile: &DeviceProfile, pages: &[String]) -> usize {
    let mut most = 0;
    for page in pages {
        let content = page.clone();
        let mut t = TestApp::with_view(profile.clone(), move || {
            Text::new(content)
                .font_size(20.fp())
                .width(300.vp())
                .id("page")
        });
        t.render();
        let (bytes, budget) = with_fonts(|f| (f.glyph_cache_bytes(), f.glyph_cache_budget()));
        assert_eq!(budget, profile.glyph_cache_budget());
        assert!(
            bytes <= budget,
            "{}: the glyph cache holds {bytes} bytes, over its {budget} byte bound",
            profile.name
        );
        most = most.max(bytes);
    }
    most
}

#[test]
fn iot_glyph_cache_stays_within_the_profile_bound() {
    let glyphs = many_glyphs();
    assert!(glyphs.len() > 400);
    let pages: Vec<String> = glyphs
        .chunks(60)
        .map(|c| c.iter().flat_map(|ch| [*ch, ' ']).collect())
        .collect();
    let iot = DeviceProfile::iot();
    assert_eq!(iot.glyph_cache_budget(), 32 << 10, "a quarter of 128 KiB");
    let iot_most = render_pages(&iot, &pages);
    assert!(iot_most > 0, "glyphs were cached");
    // The same pages at the same density under a roomy profile need more than the iot bound:
    // it was the bound, not the text, that kept the iot cache small.
    let roomy = DeviceProfile::desktop(320, 240);
    let roomy_most = render_pages(&roomy, &pages);
    println!(
        "glyph cache: at most {iot_most} of the iot's {} bytes; {roomy_most} bytes unbounded",
        iot.glyph_cache_budget()
    );
    assert!(
        roomy_most > iot.glyph_cache_budget(),
        "unbounded, these pages cache {roomy_most} bytes"
    );
}
