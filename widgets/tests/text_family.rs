//! Text's look and fit through the headless harness: shadows and italics in pixels, the
//! first-line indent, word breaking and case in glyph positions, and the adaptive font size
//! under each height policy.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::renderer::{DrawCmd, Glyph};
use common::{attr, near};

/// A 320x240 screen at density 1 with 8-bit channels: px and vp agree, colours are exact.
fn screen() -> DeviceProfile {
    DeviceProfile::desktop(320, 240)
}

/// Every glyph the last frame drew, in the colour it was drawn, in order.
fn glyphs(t: &mut TestApp) -> Vec<(Glyph, Color, f32)> {
    t.render();
    t.app()
        .display_list()
        .commands
        .iter()
        .filter_map(|c| match c {
            DrawCmd::Glyphs(run) => Some(
                run.glyphs
                    .iter()
                    .map(|g| (*g, run.color, run.size))
                    .collect::<Vec<_>>(),
            ),
            _ => None,
        })
        .flatten()
        .collect()
}

#[test]
fn a_text_shadow_is_a_shifted_copy_under_the_glyphs_blurred_by_its_radius() {
    // A full block, so the glyph and its shadow are solid areas whose edges are known.
    let (ink, shade) = (Color::BLACK, Color::from_rgb(0xE84026));
    let mut t = TestApp::with_view(screen(), move || {
        Column::new()
            .child(
                Text::new("\u{2588}")
                    .font_size(40.px())
                    .font_color(ink)
                    .text_shadow(ShadowOptions::new(0.0).color(shade).offset(12.0, 0.0))
                    .id("sharp"),
            )
            .child(
                Text::new("\u{2588}")
                    .font_size(40.px())
                    .font_color(ink)
                    .text_shadow(ShadowOptions::new(16.0).color(shade).offset(12.0, 0.0))
                    .margin(Edges::symmetric(0.vp(), 10.vp()))
                    .id("soft"),
            )
    });
    t.render();
    // The block's own pixels: black. Find its right edge on the middle row.
    let r = t.rect("sharp").unwrap();
    let y = (r.y + r.height * 0.5) as u32;
    let canvas = t.render();
    let right = (r.x as u32..(r.x + r.width + 30.0) as u32)
        .filter(|x| near(canvas.pixel(*x, y), ink, 40))
        .max()
        .expect("the block is drawn in black");
    let beyond = right + 6;
    assert!(
        near(canvas.pixel(beyond, y), shade, 12),
        "6 px right of the block, inside the 12 px shift: shadow colour, got {:?}",
        canvas.pixel(beyond, y)
    );
    assert!(
        near(canvas.pixel(right + 20, y), Color::WHITE, 2),
        "past the shadow: page"
    );
    // The blurred one, at the same place relative to its block, is a mix: neither the
    // solid shadow nor the page, and it reaches past the sharp shadow's edge.
    let s = t.rect("soft").unwrap();
    let y = (s.y + s.height * 0.5) as u32;
    let canvas = t.render();
    let mid = canvas.pixel(right + 6, y);
    assert!(
        !near(mid, shade, 12) && !near(mid, Color::WHITE, 12),
        "blurred: {mid:?}"
    );
    let far = canvas.pixel(right + 16, y);
    assert!(
        !near(far, Color::WHITE, 3),
        "the blur reaches past the shift: {far:?}"
    );
    // The text itself stays on top, sharp and black.
    assert!(near(canvas.pixel(right - 3, y), ink, 40));
    assert_eq!(
        attr(&mut t, "soft", "textShadow"),
        "[{radius: 16.00px, color: #FFE84026, offsetX: 12.00px, offsetY: 0.00px}]"
    );
}

#[test]
fn several_shadows_draw_in_order_under_the_text() {
    let mut t = TestApp::with_view(screen(), || {
        Text::new("ab")
            .font_color(Color::BLACK)
            .text_shadow(vec![
                ShadowOptions::new(0.0).color(Color::RED).offset(2.0, 0.0),
                ShadowOptions::new(0.0).color(Color::BLUE).offset(0.0, 2.0),
            ])
            .id("t")
    });
    let colours: Vec<Color> = glyphs(&mut t).iter().map(|(_, c, _)| *c).collect();
    assert_eq!(
        colours,
        [
            Color::RED,
            Color::RED,
            Color::BLUE,
            Color::BLUE,
            Color::BLACK,
            Color::BLACK
        ]
    );
}

#[test]
fn italic_text_leans_right() {
    // A tall "I": upright, its stem's left edge is the same at the top and the bottom;
    // italic, the top is further right.
    let lean = |style: FontStyle| {
        let mut t = TestApp::with_view(screen(), move || {
            Text::new("I")
                .font_size(80.px())
                .font_style(style)
                .font_color(Color::BLACK)
                .id("t")
        });
        let r = t.rect("t").unwrap();
        let canvas = t.render();
        let left_at = |fy: f32| {
            let y = (r.y + r.height * fy) as u32;
            (r.x as u32..(r.x + r.width) as u32)
                .find(|x| near(canvas.pixel(*x, y), Color::BLACK, 60))
                .unwrap_or_else(|| panic!("ink on row {y}"))
        };
        left_at(0.3) as i32 - left_at(0.7) as i32
    };
    assert_eq!(lean(FontStyle::Normal), 0);
    assert!(lean(FontStyle::Italic) >= 4, "{}", lean(FontStyle::Italic));
}

#[test]
fn the_indent_moves_only_the_first_line() {
    let words = "one two three four five six seven eight nine ten eleven";
    let mut t = TestApp::with_view(screen(), move || {
        Text::new(words)
            .width(150.vp())
            .text_indent(30.vp())
            .font_color(Color::BLACK)
            .id("t")
    });
    let r = t.rect("t").unwrap();
    let g = glyphs(&mut t);
    let first_y = g[0].0.y;
    assert!(
        (g[0].0.x - r.x - 30.0).abs() < 1.0,
        "first line at the indent"
    );
    let next = g.iter().find(|(g, ..)| g.y > first_y + 1.0).unwrap();
    assert!((next.0.x - r.x).abs() < 1.0, "the second line at the edge");
    // No line runs past the width.
    assert!(g.iter().all(|(g, ..)| g.x < r.x + 150.0));
    assert_eq!(attr(&mut t, "t", "textIndent"), "30.00vp");
}

#[test]
fn word_break_chooses_where_a_long_word_breaks() {
    let line_count = |wb: WordBreak| {
        let mut t = TestApp::with_view(screen(), move || {
            Text::new("a Supercalifragilistic b")
                .width(100.vp())
                .word_break(wb)
                .id("t")
        });
        let mut ys: Vec<i32> = glyphs(&mut t).iter().map(|(g, ..)| g.y as i32).collect();
        ys.dedup();
        ys.len()
    };
    // BREAK_WORD: "a" alone, the word broken over two lines, then "b" after it.
    assert!(line_count(WordBreak::BreakWord) >= 3);
    // NORMAL: the long word overflows a line of its own.
    assert_eq!(line_count(WordBreak::Normal), 3);
    // BREAK_ALL fills each line: fewer lines than keeping words whole.
    assert!(line_count(WordBreak::BreakAll) <= line_count(WordBreak::BreakWord));
}

#[test]
fn upper_case_is_shown_and_spans_follow_the_text_case() {
    let mut t = TestApp::with_view(screen(), || {
        Column::new()
            .child(Text::new("ABC").id("caps"))
            .child(Text::new("abc").text_case(TextCase::UpperCase).id("shown"))
            .child(
                Text::empty()
                    .text_case(TextCase::UpperCase)
                    .child(Span::new("ab"))
                    .child(Span::new("c").font_style(FontStyle::Italic))
                    .id("spans"),
            )
    });
    let w = |t: &mut TestApp, id| t.rect(id).unwrap().width;
    assert!((w(&mut t, "caps") - w(&mut t, "shown")).abs() < 0.5);
    assert!(w(&mut t, "spans") > w(&mut t, "caps") - 3.0);
    assert_eq!(attr(&mut t, "shown", "content"), "abc");
}

/// The size of the first glyph `.id(id)` draws.
fn drawn_size(t: &mut TestApp, id: &str) -> f32 {
    let r = t.rect(id).unwrap();
    glyphs(t)
        .into_iter()
        .find(|(g, ..)| g.x >= r.x - 0.5 && g.y > r.y && g.y < r.y + r.height + 1.0)
        .map(|(.., size)| size)
        .unwrap()
}

#[test]
fn the_adaptive_font_is_the_largest_that_fits_each_policy() {
    let long = "one two three four five six seven eight nine ten";
    let mut t = TestApp::with_view(screen(), move || {
        Column::new()
            .child(
                Text::new("Hi")
                    .min_font_size(10.px())
                    .max_font_size(30.px())
                    .max_lines(1)
                    .width(150.vp())
                    .id("fits"),
            )
            .child(
                Text::new(long)
                    .min_font_size(10.px())
                    .max_font_size(30.px())
                    .max_lines(2)
                    .width(150.vp())
                    .id("two-lines"),
            )
            .child(
                Text::new(long)
                    .min_font_size(10.px())
                    .max_font_size(30.px())
                    .height_adaptive_policy(TextHeightAdaptivePolicy::LayoutConstraintFirst)
                    .width(150.vp())
                    .height(40.vp())
                    .id("box"),
            )
            .child(
                Text::new(long)
                    .min_font_size(10.px())
                    .max_font_size(30.px())
                    .max_lines(1)
                    .height_adaptive_policy(TextHeightAdaptivePolicy::MinFontSizeFirst)
                    .width(150.vp())
                    .height(60.vp())
                    .id("more-lines"),
            )
    });
    assert_eq!(drawn_size(&mut t, "fits"), 30.0);
    // Two lines of the long text: smaller than the largest, a whole px, no cut.
    let two = drawn_size(&mut t, "two-lines");
    assert!(two < 30.0 && two > 10.0 && two.fract() == 0.0, "{two}");
    let lines = |t: &mut TestApp, id: &str| {
        let r = t.rect(id).unwrap();
        let mut ys: Vec<i32> = glyphs(t)
            .iter()
            .filter(|(g, ..)| {
                g.x >= r.x - 0.5 && g.x < r.x + r.width && g.y > r.y && g.y <= r.y + r.height
            })
            .map(|(g, ..)| g.y as i32)
            .collect();
        ys.dedup();
        ys
    };
    assert_eq!(lines(&mut t, "two-lines").len(), 2);
    // One px larger would not fit in two lines: the choice is the largest.
    let wider = arkui::with_fonts(|f| {
        let para = arkui::renderer::text::ParagraphStyle {
            max_lines: Some(2),
            ..Default::default()
        };
        f.shape_paragraph(
            long,
            &arkui::renderer::text::TextStyle::new(two + 1.0),
            &para,
            Some(150.5),
        )
        .truncated
    });
    assert!(wider, "{two} + 1 px would be cut");
    // The 40 px box: every line drawn is inside it.
    let r = t.rect("box").unwrap();
    let boxed = drawn_size(&mut t, "box");
    assert!(boxed < 16.0, "{boxed}");
    assert!(
        lines(&mut t, "box")
            .iter()
            .all(|y| (*y as f32) <= r.y + r.height)
    );
    // MIN_FONT_SIZE_FIRST: at 10 px it still needs two lines, so it shows them rather than
    // cutting to one.
    assert_eq!(drawn_size(&mut t, "more-lines"), 10.0);
    assert!(lines(&mut t, "more-lines").len() >= 2);
    assert_eq!(attr(&mut t, "two-lines", "minFontSize"), "10.00px");
}

#[test]
fn a_text_clock_ticks_each_second_in_its_zone_without_asking_for_frames() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let seen = Rc::new(RefCell::new(Vec::new()));
    let s = seen.clone();
    let mut t = TestApp::with_view(screen(), move || {
        Column::new()
            .child(
                TextClock::with_options(TextClockOptions {
                    time_zone_offset: Some(-8.0),
                    controller: None,
                })
                .format("yyyy/MM/dd HH:mm:ss")
                .on_date_change(move |secs| s.borrow_mut().push(secs))
                .id("east"),
            )
            .child(TextClock::new().format("EEEE hh:mm aa").id("local"))
    });
    let app = t.app();
    app.set_wall_clock_ms(1_700_000_000_000.0); // 2023-11-14 22:13:20 UTC
    app.set_utc_offset_minutes(-300); // UTC-5
    app.frame();
    assert!(!app.is_animating(), "clocks wait on timers, not frames");
    let due = app.next_timer_ms().expect("a clock's next second is due");
    assert!(due <= 1000.0);
    for ms in (100..=3000).step_by(100) {
        t.app().advance_time(f64::from(ms));
    }
    assert_eq!(attr(&mut t, "east", "content"), "2023/11/15 06:13:23");
    assert_eq!(attr(&mut t, "local", "content"), "Tuesday 05:13 PM");
    // One report a second (the first timer was armed before the wall clock was pinned,
    // so it may report the pinned second itself).
    let seen = seen.borrow();
    assert!(
        seen.ends_with(&[1_700_000_001.0, 1_700_000_002.0, 1_700_000_003.0]),
        "{seen:?}"
    );
    assert!(seen.windows(2).all(|w| w[1] - w[0] == 1.0), "{seen:?}");
}

#[test]
fn a_text_timer_reports_each_unit_of_its_pattern() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let seen = Rc::new(RefCell::new(Vec::new()));
    let s = seen.clone();
    let c = TextTimerController::new();
    let c2 = c.clone();
    let mut t = TestApp::with_view(screen(), move || {
        TextTimer::with_options(TextTimerOptions {
            controller: Some(c2),
            ..TextTimerOptions::default()
        })
        .format("mm:ss")
        .on_timer(move |_utc, elapsed| s.borrow_mut().push(elapsed))
        .id("t")
    });
    assert_eq!(attr(&mut t, "t", "content"), "00:00");
    c.start();
    for ms in (50..=3500).step_by(50) {
        t.app().advance_time(f64::from(ms));
    }
    assert_eq!(attr(&mut t, "t", "content"), "00:03");
    assert_eq!(*seen.borrow(), [1.0, 2.0, 3.0]);
    // A bad pattern (date letters) falls back to the default.
    let mut bad = TestApp::with_view(screen(), || TextTimer::new().format("yyyy").id("t"));
    assert_eq!(attr(&mut bad, "t", "format"), "HH:mm:ss.SS");
    assert_eq!(attr(&mut bad, "t", "content"), "00:00:00.00");
}

/// The x shift of a marquee's text, px, from the inspector.
fn shift(t: &mut TestApp, id: &str) -> f32 {
    let v = t.inspect(id).unwrap();
    let Some(s) = v["$attrs"]["translate"].as_str() else {
        return 0.0;
    };
    let x = s.trim_start_matches("{x: ").split("px").next().unwrap();
    x.parse().unwrap()
}

#[test]
fn a_marquee_runs_its_passes_then_finishes_at_the_start() {
    use std::cell::Cell;
    use std::rc::Rc;
    let (bounces, finishes, starts) = (
        Rc::new(Cell::new(0)),
        Rc::new(Cell::new(0)),
        Rc::new(Cell::new(0)),
    );
    let (b, f, s) = (bounces.clone(), finishes.clone(), starts.clone());
    let mut t = TestApp::with_view(screen(), move || {
        let mut two = MarqueeOptions::new("A headline far wider than its box", true);
        two.r#loop = 2;
        two.step = 12.0;
        let mut back = MarqueeOptions::new("A headline far wider than its box", true);
        back.from_start = false;
        Column::new()
            .child(
                Marquee::new(two)
                    .width(100.vp())
                    .on_start(move || s.set(s.get() + 1))
                    .on_bounce(move || b.set(b.get() + 1))
                    .on_finish(move || f.set(f.get() + 1))
                    .id("m"),
            )
            .child(Marquee::new(back).width(100.vp()).id("back"))
            .child(
                Marquee::new(MarqueeOptions::new("short", true))
                    .width(200.vp())
                    .id("short"),
            )
    });
    t.render();
    let width = t.rect("m-text").unwrap().width;
    let mut now = 0.0;
    let mut step = |t: &mut TestApp, ms: f64| {
        now += ms;
        t.app().advance_time(now);
        t.app().frame();
    };
    step(&mut t, 16.0);
    step(&mut t, 170.0); // two steps of 12 px
    assert!((shift(&mut t, "m-text") + 24.0).abs() < 0.5);
    assert!(shift(&mut t, "back-text") > 10.0, "the other way");
    assert_eq!(
        shift(&mut t, "short-text"),
        0.0,
        "text narrower than its box stands"
    );
    assert_eq!(starts.get(), 1);
    // The first pass ends when the text has left the box: (width) px at 12 px / 85 ms.
    let first = f64::from(width) / 12.0 * 85.0;
    let mut spent = 186.0;
    while spent < first + 100.0 {
        step(&mut t, 16.0);
        spent += 16.0;
    }
    assert_eq!(bounces.get(), 1);
    assert!(
        shift(&mut t, "m-text") > 0.0,
        "the second pass comes in from the right"
    );
    while spent < first * 3.0 {
        step(&mut t, 16.0);
        spent += 16.0;
    }
    assert_eq!((bounces.get(), finishes.get()), (2, 1));
    assert_eq!(shift(&mut t, "m-text"), 0.0, "back at the start");
    assert_eq!(attr(&mut t, "m", "loop"), "2");
}

#[test]
fn a_hyperlink_opens_on_click_and_enter_and_refuses_other_schemes() {
    let mut t = TestApp::with_view(screen(), || {
        Column::new()
            .child(Hyperlink::new("https://example.com/a", "Example").id("a"))
            .child(Hyperlink::new("file:///etc/passwd", "Local").id("b"))
    });
    t.render();
    let before = arkui::opened_urls().len();
    t.click("a").unwrap();
    assert_eq!(
        arkui::opened_urls().last().unwrap(),
        "https://example.com/a"
    );
    t.click("b").unwrap();
    assert_eq!(arkui::opened_urls().len(), before + 1, "file: was refused");
    // The content is drawn in the brand colour.
    let run_colour = glyphs(&mut t)[0].1;
    assert_eq!(run_colour, common::BRAND);
}

#[test]
fn a_long_press_selects_a_word_and_the_menu_copies_it() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let changes = Rc::new(RefCell::new(Vec::new()));
    let copied = Rc::new(RefCell::new(String::new()));
    let (c1, c2) = (changes.clone(), copied.clone());
    let mut t = TestApp::with_view(screen(), move || {
        let (c1, c2) = (c1.clone(), c2.clone());
        Column::new()
            .child(
                Text::new("hello wide world")
                    .font_size(24.px())
                    .copy_option(CopyOptions::LocalDevice)
                    .on_text_selection_change(move |a, b| c1.borrow_mut().push((a, b)))
                    .on_copy(move |s| *c2.borrow_mut() = s)
                    .id("t"),
            )
            .child(Text::new("plain").font_size(24.px()).id("plain"))
    });
    let r = t.rect("t").unwrap();
    // Press on "wide": the middle of the text.
    let (x, y) = (r.x + r.width * 0.5, r.y + r.height * 0.5);
    let start = arkui::now_ms();
    t.app().pointer_down(x, y);
    t.app().advance_time(start + 600.0);
    t.app().pointer_up(x, y);
    t.render();
    assert_eq!(attr(&mut t, "t", "selectionStart"), "6");
    assert_eq!(attr(&mut t, "t", "selectionEnd"), "10");
    assert_eq!(*changes.borrow(), [(6, 10)]);
    // The word is drawn highlighted: a blue tint where there is no glyph ink.
    let canvas = t.render();
    let tinted = (r.x as u32..r.right() as u32)
        .map(|px| canvas.pixel(px, (r.y + 2.0) as u32))
        .filter(|p| u16::from(p[2]) > u16::from(p[0]) + 20)
        .count();
    assert!(
        tinted > 10,
        "the selection is drawn: {tinted} tinted pixels"
    );
    // The menu's Copy puts the word on the clipboard and clears the selection.
    t.click("menu-item-0").unwrap();
    assert_eq!(arkui::clipboard_text().as_deref(), Some("wide"));
    assert_eq!(*copied.borrow(), "wide");
    assert_eq!(attr(&mut t, "t", "selectionEnd"), "0");
    // A plain Text does not select.
    let p = t.rect("plain").unwrap();
    let (x, y) = (p.x + p.width * 0.5, p.y + p.height * 0.5);
    let start = arkui::now_ms();
    t.app().pointer_down(x, y);
    t.app().advance_time(start + 600.0);
    t.app().pointer_up(x, y);
    assert!(t.inspect("menu").is_none());
}

#[test]
fn a_clock_and_a_marquee_out_of_sight_hold_still_and_go_on_when_scrolled_back() {
    // A Scroll whose content puts a clock and a marquee 1000 vp down, out of sight.
    let mut t = TestApp::with_view(screen(), move || {
        Scroll::new()
            .child(
                Column::new()
                    .child(Column::new().height(1000.vp()))
                    .child(TextClock::new().format("HH:mm:ss").id("clock"))
                    .child(
                        Marquee::new(MarqueeOptions::new(
                            "A headline far wider than its box",
                            true,
                        ))
                        .width(100.vp())
                        .id("m"),
                    )
                    .child(Column::new().height(1000.vp())),
            )
            .width(pct(100.0))
            .height(pct(100.0))
            .id("scroll")
    });
    t.app().set_wall_clock_ms(1_700_000_000_000.0);
    t.app().set_utc_offset_minutes(0);
    t.render();
    let shown = attr(&mut t, "clock", "content");
    assert_eq!(
        t.app().next_timer_ms(),
        None,
        "no timer for a clock out of sight"
    );
    assert!(
        !t.app().is_animating(),
        "no frames for a marquee out of sight"
    );
    let mut now = 0.0;
    for _ in 0..30 {
        now += 100.0;
        t.app().advance_time(now);
        t.app().frame();
    }
    assert_eq!(attr(&mut t, "clock", "content"), shown, "held still");
    assert_eq!(shift(&mut t, "m-text"), 0.0);
    // Scrolled into sight: the clock shows the time at once and ticks; the marquee moves.
    let y = t.rect("clock").unwrap().y;
    t.app()
        .find_by_id("scroll")
        .unwrap()
        .set_scroll_offset(0.0, y - 20.0);
    t.render();
    assert_eq!(attr(&mut t, "clock", "content"), "22:13:23");
    assert!(t.app().next_timer_ms().is_some());
    for _ in 0..20 {
        now += 16.0;
        t.app().advance_time(now);
        t.app().frame();
    }
    assert!(shift(&mut t, "m-text") < -5.0, "moving");
}
