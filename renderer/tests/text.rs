//! Text: paragraph attributes, complex scripts, and golden pictures.
//!
//! Goldens live in `tests/goldens/*.png` and change only with `ARKUI_BLESS=1`; a missing or
//! different golden fails the test (it is never rewritten silently). The goldens use only
//! the bundled DejaVu Sans, so they hold on every machine.

use arkui_renderer::software::{PixelFormat, RenderTarget, SoftwareRenderer};
use arkui_renderer::text::{
    FontContext, FontSource, ParagraphStyle, TextAlign, TextDecoration, TextOverflow, TextStyle,
};
use arkui_renderer::{Color, DisplayList, DrawCmd, IRect, Rect};

const LOREM: &str = "The quick brown fox jumps over the lazy dog, again and again and again.";

fn render(list: &DisplayList, w: u32, h: u32, fonts: &mut FontContext) -> Vec<u8> {
    let mut px = vec![0u8; (w * h * 4) as usize];
    let mut t =
        RenderTarget::new(&mut px, w, h, w as usize * 4, PixelFormat::Rgba8888).expect("target");
    SoftwareRenderer::new().render(list, &mut t, fonts, IRect::from_size(w, h));
    px
}

/// Compare with (or, under ARKUI_BLESS=1, write) `tests/goldens/{name}.png`.
fn golden(name: &str, w: u32, h: u32, px: &[u8]) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/goldens")
        .join(format!("{name}.png"));
    let straight: Vec<u8> = px
        .chunks_exact(4)
        .flat_map(|p| {
            let c = arkui_renderer::PremulColor {
                r: p[0],
                g: p[1],
                b: p[2],
                a: p[3],
            }
            .unpremultiplied();
            [c.r, c.g, c.b, c.a]
        })
        .collect();
    if std::env::var_os("ARKUI_BLESS").is_some_and(|v| v == "1") {
        image::RgbaImage::from_raw(w, h, straight)
            .expect("size")
            .save(&path)
            .expect("write golden");
        println!("blessed {}", path.display());
        return;
    }
    let want = image::open(&path)
        .unwrap_or_else(|e| {
            panic!(
                "golden {} missing or unreadable ({e}); run with ARKUI_BLESS=1 to create it",
                path.display()
            )
        })
        .into_rgba8();
    assert_eq!(want.dimensions(), (w, h), "golden {name} has another size");
    let differing = want
        .as_raw()
        .chunks_exact(4)
        .zip(straight.chunks_exact(4))
        .filter(|(a, b)| a.iter().zip(b.iter()).any(|(x, y)| x.abs_diff(*y) > 2))
        .count();
    assert!(
        differing * 1000 <= (w * h) as usize,
        "{name}: {differing} pixels differ from the golden by more than 2; if the change is intended, re-run with ARKUI_BLESS=1 and review the PNG"
    );
}

fn background(list: &mut DisplayList, w: u32, h: u32) {
    list.push(DrawCmd::Rect {
        rect: Rect::new(0.0, 0.0, w as f32, h as f32),
        color: Color::WHITE,
    });
}

#[test]
fn golden_text_attributes() {
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let (w, h) = (240u32, 300u32);
    let mut list = DisplayList::new();
    background(&mut list, w, h);
    let mut y = 4.0;
    let mut put = |fonts: &mut FontContext,
                   list: &mut DisplayList,
                   text: &str,
                   style: TextStyle,
                   para: ParagraphStyle,
                   color: Color| {
        let l = fonts.shape_paragraph(text, &style, &para, Some(232.0));
        l.push_draw_cmds(4.0, y, color, list);
        y += l.height + 6.0;
    };
    put(
        &mut fonts,
        &mut list,
        "Regular 14",
        TextStyle::new(14.0),
        ParagraphStyle::default(),
        Color::BLACK,
    );
    put(
        &mut fonts,
        &mut list,
        "Bold 20",
        TextStyle {
            weight: 700,
            ..TextStyle::new(20.0)
        },
        ParagraphStyle::default(),
        Color::rgb(0, 90, 200),
    );
    put(
        &mut fonts,
        &mut list,
        "Underlined link",
        TextStyle::new(16.0),
        ParagraphStyle {
            decoration: TextDecoration::Underline,
            ..Default::default()
        },
        Color::rgb(0, 0, 238),
    );
    put(
        &mut fonts,
        &mut list,
        "Struck through",
        TextStyle::new(16.0),
        ParagraphStyle {
            decoration: TextDecoration::LineThrough,
            ..Default::default()
        },
        Color::GRAY,
    );
    put(
        &mut fonts,
        &mut list,
        "S P A C E D",
        TextStyle::new(14.0),
        ParagraphStyle {
            letter_spacing: 3.0,
            ..Default::default()
        },
        Color::BLACK,
    );
    put(
        &mut fonts,
        &mut list,
        "Centred",
        TextStyle {
            align: TextAlign::Center,
            ..TextStyle::new(16.0)
        },
        ParagraphStyle::default(),
        Color::BLACK,
    );
    put(
        &mut fonts,
        &mut list,
        "End-aligned",
        TextStyle {
            align: TextAlign::End,
            ..TextStyle::new(16.0)
        },
        ParagraphStyle::default(),
        Color::BLACK,
    );
    put(
        &mut fonts,
        &mut list,
        LOREM,
        TextStyle::new(14.0),
        ParagraphStyle {
            max_lines: Some(2),
            overflow: TextOverflow::Ellipsis,
            ..Default::default()
        },
        Color::BLACK,
    );
    put(
        &mut fonts,
        &mut list,
        LOREM,
        TextStyle {
            line_height: Some(24.0),
            ..TextStyle::new(13.0)
        },
        ParagraphStyle {
            max_lines: Some(2),
            ..Default::default()
        },
        Color::rgb(120, 0, 0),
    );
    let px = render(&list, w, h, &mut fonts);
    golden("text_attributes", w, h, &px);
}

#[test]
fn max_lines_clip_and_ellipsis() {
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let style = TextStyle::new(16.0);
    let all = fonts.shape(LOREM, &style, Some(150.0));
    assert!(all.line_count > 3 && !all.truncated);
    let clip = fonts.shape_paragraph(
        LOREM,
        &style,
        &ParagraphStyle {
            max_lines: Some(2),
            ..Default::default()
        },
        Some(150.0),
    );
    assert_eq!((clip.line_count, clip.lines.len()), (2, 2));
    assert!(clip.truncated && clip.height < all.height);
    let ell = fonts.shape_paragraph(
        LOREM,
        &style,
        &ParagraphStyle {
            max_lines: Some(2),
            overflow: TextOverflow::Ellipsis,
            ..Default::default()
        },
        Some(150.0),
    );
    assert_eq!(ell.line_count, 2);
    let dots = fonts.shape("\u{2026}", &style, None).glyphs[0].id;
    assert!(
        ell.glyphs.iter().any(|g| g.id == dots),
        "the last line ends in an ellipsis"
    );
    assert!(ell.width <= 150.5);
    let short = fonts.shape_paragraph(
        "fits",
        &style,
        &ParagraphStyle {
            max_lines: Some(2),
            overflow: TextOverflow::Ellipsis,
            ..Default::default()
        },
        Some(150.0),
    );
    assert!(!short.truncated && !short.glyphs.iter().any(|g| g.id == dots));
}

#[test]
fn letter_spacing_alignment_and_decorations() {
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let style = TextStyle::new(16.0);
    let plain = fonts.shape("abcdef", &style, None);
    let spaced = fonts.shape_paragraph(
        "abcdef",
        &style,
        &ParagraphStyle {
            letter_spacing: 2.0,
            ..Default::default()
        },
        None,
    );
    let grown = spaced.width - plain.width;
    assert!(
        (10.0..=12.5).contains(&grown),
        "six letters at 2 px each grew the line by {grown}"
    );
    let centred = fonts.shape(
        "mid",
        &TextStyle {
            align: TextAlign::Center,
            ..style.clone()
        },
        Some(200.0),
    );
    let left = centred.lines[0].x;
    assert!(
        (left - (200.0 - centred.lines[0].width) / 2.0).abs() < 1.5,
        "centred line starts at {left}"
    );
    let end = fonts.shape(
        "end",
        &TextStyle {
            align: TextAlign::End,
            ..style.clone()
        },
        Some(200.0),
    );
    assert!((end.lines[0].x + end.lines[0].width - 200.0).abs() < 1.5);
    let through = fonts.shape_paragraph(
        "x",
        &style,
        &ParagraphStyle {
            decoration: TextDecoration::LineThrough,
            ..Default::default()
        },
        None,
    );
    let r = through.decoration_rects(0.0, 0.0)[0];
    assert!(r.y < through.first_baseline && r.y > through.first_baseline - 16.0);
    assert!(
        fonts
            .shape("x", &style, None)
            .decoration_rects(0.0, 0.0)
            .is_empty()
    );
}

#[test]
fn hebrew_runs_right_to_left_and_arabic_joins() {
    // DejaVu Sans covers both scripts, so this needs no system font.
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let style = TextStyle::new(20.0);
    let hebrew = fonts.shape("שלום", &style, None);
    assert_eq!(hebrew.glyphs.len(), 4);
    assert!(hebrew.glyphs.iter().all(|g| g.id != 0), "Hebrew has glyphs");
    // Glyphs come in visual order: the first letter (shin) is the rightmost.
    let shin = fonts.shape("ש", &style, None).glyphs[0].id;
    let rightmost = hebrew
        .glyphs
        .iter()
        .max_by(|a, b| a.x.total_cmp(&b.x))
        .map(|g| g.id);
    assert_eq!(rightmost, Some(shin));
    let word = fonts.shape("سلام", &style, None);
    let isolated: Vec<u16> = "سلام"
        .chars()
        .map(|c| fonts.shape(&c.to_string(), &style, None).glyphs[0].id)
        .collect();
    let joined: Vec<u16> = word.glyphs.iter().map(|g| g.id).collect();
    assert!(joined.iter().all(|id| *id != 0));
    assert_ne!(
        joined.iter().rev().copied().collect::<Vec<_>>(),
        isolated,
        "Arabic letters take their joined forms"
    );
}

/// The face the CJK test pins: naming it keeps fallback (which, with several CJK faces
/// installed, may pick the Japanese or the Chinese forms of the same Han characters) out of
/// the result. fonts-noto-cjk installs it.
const CJK_FAMILY: &str = "Noto Sans CJK SC";

#[test]
fn chinese_renders_with_system_fonts() {
    let mut fonts = FontContext::new(FontSource::BundledAndSystem);
    // CI sets ARKUI_REQUIRE_CJK=1 and installs the font, so a missing font fails there.
    let required = std::env::var_os("ARKUI_REQUIRE_CJK").is_some_and(|v| v == "1");
    if !fonts.has_family(CJK_FAMILY) {
        assert!(
            !required,
            "ARKUI_REQUIRE_CJK=1 but the system has no {CJK_FAMILY} face: install fonts-noto-cjk"
        );
        println!("skipped: no {CJK_FAMILY} on this system (install fonts-noto-cjk)");
        return;
    }
    let style = TextStyle {
        family: Some(CJK_FAMILY.into()),
        ..TextStyle::new(24.0)
    };
    let layout = fonts.shape("中文字体", &style, None);
    assert_eq!(layout.glyphs.len(), 4, "one glyph per Han character");
    assert!(
        layout.glyphs.iter().all(|g| g.id != 0),
        "{CJK_FAMILY} is installed but shaping produced missing glyphs: {:?}",
        layout.glyphs
    );
    let bundled = fonts.shape("a", &TextStyle::new(24.0), None).glyphs[0].font;
    assert!(
        layout
            .glyphs
            .iter()
            .all(|g| g.font == layout.glyphs[0].font && g.font != bundled),
        "all four characters come from the one pinned face"
    );
    // A CJK face sets Han characters on a square em: four of them at 24 px are 96 px wide.
    assert!(
        (layout.width - 96.0).abs() < 1.0,
        "four Han characters at 24 px measured {} px",
        layout.width
    );
    let mut list = DisplayList::new();
    list.push(DrawCmd::Rect {
        rect: Rect::new(0.0, 0.0, 120.0, 40.0),
        color: Color::WHITE,
    });
    layout.push_draw_cmds(4.0, 4.0, Color::BLACK, &mut list);
    let px = render(&list, 120, 40, &mut fonts);
    let inked = px.chunks_exact(4).filter(|p| p[0] < 128).count();
    assert!(inked > 150, "Chinese glyphs drew only {inked} dark pixels");
    // Each character inks its own 24 px cell (no tofu box, no missing glyph).
    for (i, ch) in "中文字体".chars().enumerate() {
        let x0 = 4 + 24 * i;
        let cell = (0..40)
            .flat_map(|y| (x0..x0 + 24).map(move |x| (y * 120 + x) * 4))
            .filter(|&o| px[o] < 128)
            .count();
        assert!(cell > 30, "{ch} drew only {cell} dark pixels in its cell");
    }
    if let Some(dir) = std::env::var_os("ARKUI_TEST_OUT") {
        let straight: Vec<u8> = px
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        image::RgbImage::from_raw(120, 40, straight)
            .expect("size")
            .save(std::path::Path::new(&dir).join("cjk.png"))
            .expect("png");
    }
}

#[test]
fn rotated_text_is_the_upright_text_turned() {
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let layout = fonts.shape("Hi!", &TextStyle::new(18.0), None);
    let mut run = layout.to_glyph_run(14.0, 20.0, Color::BLACK);
    // Whole-pixel pens: the upright path then uses the same (unshifted) masks as the turned one.
    for g in &mut run.glyphs {
        g.x = g.x.round();
        g.y = g.y.round();
    }
    let mut upright = DisplayList::new();
    upright.push(DrawCmd::Glyphs(run.clone()));
    let mut turned = DisplayList::new();
    turned.push(DrawCmd::PushTransform {
        transform: arkui_renderer::Transform::rotate_about(std::f32::consts::FRAC_PI_2, 32.0, 32.0),
    });
    turned.push(DrawCmd::Glyphs(run));
    turned.push(DrawCmd::PopTransform);
    let a = render(&upright, 64, 64, &mut fonts);
    let b = render(&turned, 64, 64, &mut fonts);
    let inked = a.chunks_exact(4).filter(|p| p[3] > 0).count();
    assert!(inked > 60, "upright text drew {inked} pixels");
    let mut worst = 0u8;
    for y in 0..64i32 {
        for x in 0..64i32 {
            // A quarter turn clockwise about (32, 32) moves (x, y) to (63 - y, x).
            let (tx, ty) = (63 - y, x);
            let p = &a[((y * 64 + x) * 4) as usize..][..4];
            let q = &b[((ty * 64 + tx) * 4) as usize..][..4];
            worst = worst.max(
                p.iter()
                    .zip(q)
                    .map(|(m, n)| m.abs_diff(*n))
                    .max()
                    .unwrap_or(0),
            );
        }
    }
    assert!(
        worst <= 2,
        "turned text differs from the upright text by {worst}"
    );
}

#[test]
fn golden_transformed_text() {
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let (w, h) = (160u32, 120u32);
    let mut list = DisplayList::new();
    background(&mut list, w, h);
    let layout = fonts.shape("Rotated text", &TextStyle::new(16.0), None);
    list.push(DrawCmd::PushTransform {
        transform: arkui_renderer::Transform::rotate_about(-0.5, 80.0, 60.0),
    });
    layout.push_draw_cmds(30.0, 50.0, Color::rgb(0, 90, 200), &mut list);
    list.push(DrawCmd::PopTransform);
    list.push(DrawCmd::PushTransform {
        transform: arkui_renderer::Transform {
            xx: 1.0,
            yx: 0.0,
            xy: -0.3,
            yy: 1.0,
            tx: 30.0,
            ty: 0.0,
        },
    });
    fonts
        .shape("Skewed", &TextStyle::new(20.0), None)
        .push_draw_cmds(10.0, 85.0, Color::BLACK, &mut list);
    list.push(DrawCmd::PopTransform);
    let px = render(&list, w, h, &mut fonts);
    golden("text_transformed", w, h, &px);
}
