//! SymbolGlyph through the headless harness: where each symbol inks, in which colours, at
//! which size, and that every symbol of the set draws inside its box.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::{Symbol, SymbolEffectStrategy, SymbolGlyph, SymbolRenderingStrategy};
use arkui::{ColorMode, Environment};
use common::{assert_near, attr, near, pixel_at};

/// The column `glyphs` builds, on white, its children 20 px in from the top-left corner.
fn stage(profile: DeviceProfile, glyphs: impl FnOnce() -> Column + 'static) -> TestApp {
    let mut t = TestApp::with_view(profile, move || {
        glyphs()
            .padding(20.0)
            .width(pct(100.0))
            .height(pct(100.0))
            .align_items(HorizontalAlign::Start)
            .background_color(Color::WHITE)
    });
    t.render();
    t
}

/// Whether a pixel is not the white background.
fn inked(px: [u8; 4]) -> bool {
    px[..3].iter().any(|c| *c < 235)
}

/// The pixels (x, y) of the whole window that `pred` picks.
fn pixels_where(t: &mut TestApp, pred: impl Fn([u8; 4]) -> bool) -> Vec<(u32, u32)> {
    let c = t.render();
    let mut out = Vec::new();
    for y in 0..c.height() {
        for x in 0..c.width() {
            if pred(c.pixel(x, y)) {
                out.push((x, y));
            }
        }
    }
    out
}

/// The bounding box (x0, y0, x1, y1) of `pixels`.
fn extent(pixels: &[(u32, u32)]) -> (u32, u32, u32, u32) {
    let x0 = pixels.iter().map(|p| p.0).min().unwrap();
    let y0 = pixels.iter().map(|p| p.1).min().unwrap();
    let x1 = pixels.iter().map(|p| p.0).max().unwrap();
    let y1 = pixels.iter().map(|p| p.1).max().unwrap();
    (x0, y0, x1, y1)
}

/// Whether the centre of pixel `(x, y)` is inside `r`.
fn inside(r: &arkui::Rect, (x, y): (u32, u32)) -> bool {
    let (x, y) = (x as f32 + 0.5, y as f32 + 0.5);
    x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height
}

#[test]
fn a_red_checkmark_inks_red_inside_its_box_and_nothing_outside() {
    let mut t = stage(DeviceProfile::iot(), || {
        Column::new().child(
            SymbolGlyph::new(Symbol::Checkmark)
                .font_size(48.vp())
                .font_color([Color::RED])
                .id("ok"),
        )
    });
    let r = t.rect("ok").unwrap();
    assert_eq!(
        (r.width, r.height),
        (48.0, 48.0),
        "the box is fontSize square"
    );
    // The tick's corner at grid (9.5, 18) and a point on its long arm, grid (16, 10.84);
    // above the arms, grid (12, 6), is paper.
    assert_near(pixel_at(&mut t, "ok", 19.0, 36.0), Color::RED, "corner");
    assert_near(pixel_at(&mut t, "ok", 32.0, 21.7), Color::RED, "long arm");
    assert_near(
        pixel_at(&mut t, "ok", 24.0, 12.0),
        Color::WHITE,
        "above the tick",
    );
    let ink = pixels_where(&mut t, inked);
    assert!(ink.len() > 100, "the tick is drawn: {} pixels", ink.len());
    assert!(ink.iter().all(|p| inside(&r, *p)), "ink outside {r:?}");
    let red = ink
        .iter()
        .filter(|(x, y)| near(t.render().pixel(*x, *y), Color::RED, 10))
        .count();
    assert!(
        red * 2 > ink.len(),
        "mostly solid red: {red} of {}",
        ink.len()
    );
}

#[test]
fn font_size_sets_the_box_and_scales_the_drawing() {
    let mut t = stage(DeviceProfile::iot(), || {
        Column::new()
            .child(
                SymbolGlyph::new(Symbol::Stop)
                    .font_color([Color::RED])
                    .id("small"),
            )
            .child(
                SymbolGlyph::new(Symbol::Stop)
                    .font_size(32.fp())
                    .font_color([Color::BLUE])
                    .id("big"),
            )
    });
    assert_eq!(
        attr(&mut t, "small", "fontSize"),
        "16.00fp",
        "ArkUI's default"
    );
    let (small, big) = (t.rect("small").unwrap(), t.rect("big").unwrap());
    assert_eq!((small.width, small.height), (16.0, 16.0));
    assert_eq!((big.width, big.height), (32.0, 32.0));
    let side = |px: &[(u32, u32)]| {
        let (x0, _, x1, _) = extent(px);
        x1 - x0 + 1
    };
    let red = pixels_where(&mut t, |p| near(p, Color::RED, 40));
    let blue = pixels_where(&mut t, |p| near(p, Color::BLUE, 40));
    // The stop square spans grid 6..18 plus its stroke: 14 of 24.
    let (s, b) = (side(&red), side(&blue));
    assert!((8..=11).contains(&s), "16 px square: {s}");
    assert!(b >= 2 * s - 2 && b <= 2 * s + 2, "doubled: {s} -> {b}");
}

#[test]
fn multiple_color_draws_the_secondary_layer_in_the_second_colour() {
    let wifi = |strategy, id: &'static str| {
        SymbolGlyph::new(Symbol::Wifi)
            .font_size(48.vp())
            .font_color([Color::BLUE, Color::RED])
            .rendering_strategy(strategy)
            .id(id)
    };
    let mut t = stage(DeviceProfile::iot(), move || {
        Column::new()
            .child(wifi(SymbolRenderingStrategy::MultipleColor, "color"))
            .child(wifi(SymbolRenderingStrategy::Single, "single"))
            .child(wifi(SymbolRenderingStrategy::MultipleOpacity, "opacity"))
    });
    // The dot (primary) centred at grid (12, 19.5); the top of the outer arc (secondary)
    // at grid (12, 7.5).
    let (dot, arc) = ((24.0, 39.0), (24.0, 15.0));
    assert_near(pixel_at(&mut t, "color", dot.0, dot.1), Color::BLUE, "dot");
    assert_near(
        pixel_at(&mut t, "color", arc.0, arc.1),
        Color::RED,
        "outer arc",
    );
    assert_near(
        pixel_at(&mut t, "single", arc.0, arc.1),
        Color::BLUE,
        "single",
    );
    assert_near(
        pixel_at(&mut t, "opacity", dot.0, dot.1),
        Color::BLUE,
        "dot",
    );
    let faded = pixel_at(&mut t, "opacity", arc.0, arc.1);
    assert_near(
        faded,
        Color::rgba(127, 127, 255, 255),
        "outer arc at half opacity",
    );
}

#[test]
fn the_default_colour_is_the_themes_primary_font_colour() {
    let mut t = stage(DeviceProfile::iot(), || {
        Column::new()
            .child(
                SymbolGlyph::new(Symbol::Stop)
                    .font_size(24.vp())
                    .id("plain"),
            )
            .child(
                SymbolGlyph::new(Symbol::Stop)
                    .font_color([Color::RED])
                    .font_color([])
                    .id("reset"),
            )
    });
    let primary = ThemeColors::LIGHT.font_primary;
    let shown = format!("[{}]", primary.to_argb_string());
    assert_eq!(attr(&mut t, "plain", "fontColor"), shown);
    assert_eq!(
        attr(&mut t, "reset", "fontColor"),
        shown,
        "no colours: the theme's"
    );
    // 90% black on white, one even tone inside the square.
    let grey = Color::rgba(26, 26, 26, 255);
    assert_near(
        pixel_at(&mut t, "plain", 12.0, 12.0),
        grey,
        "the stop square",
    );
}

#[test]
fn the_default_colour_follows_dark_mode_and_a_set_colour_stays() {
    let mut t = stage(DeviceProfile::iot(), || {
        Column::new()
            .child(SymbolGlyph::new(Symbol::Stop).id("plain"))
            .child(
                SymbolGlyph::new(Symbol::Stop)
                    .font_color([Color::RED])
                    .id("red"),
            )
    });
    let shown = |c: Color| format!("[{}]", c.to_argb_string());
    Environment::set_color_mode(ColorMode::Dark);
    assert_eq!(
        attr(&mut t, "plain", "fontColor"),
        shown(ThemeColors::DARK.font_primary)
    );
    assert_eq!(attr(&mut t, "red", "fontColor"), shown(Color::RED));
    Environment::set_color_mode(ColorMode::Light);
    assert_eq!(
        attr(&mut t, "plain", "fontColor"),
        shown(ThemeColors::LIGHT.font_primary)
    );
}

#[test]
fn heavier_weights_draw_thicker_lines() {
    let minus = |w, c, id: &'static str| {
        SymbolGlyph::new(Symbol::Minus)
            .font_size(48.vp())
            .font_weight(w)
            .font_color([c])
            .id(id)
    };
    let mut t = stage(DeviceProfile::iot(), move || {
        Column::new()
            .child(minus(FontWeight::Lighter, Color::RED, "light"))
            .child(minus(FontWeight::Bolder, Color::BLUE, "heavy"))
    });
    let thickness = |px: &[(u32, u32)]| {
        let (_, y0, _, y1) = extent(px);
        y1 - y0 + 1
    };
    let light = thickness(&pixels_where(&mut t, |p| near(p, Color::RED, 60)));
    let heavy = thickness(&pixels_where(&mut t, |p| near(p, Color::BLUE, 60)));
    // 1.75 and 3.625 grid units at 2 px per unit.
    assert!(light < heavy, "{light} < {heavy}");
    assert!(heavy >= 6, "{heavy}");
    assert_eq!(attr(&mut t, "heavy", "fontWeight"), "900");
}

#[test]
fn the_scale_effect_shrinks_the_symbol_for_a_moment() {
    let mut t = stage(DeviceProfile::iot(), || {
        Column::new().child(
            SymbolGlyph::new(Symbol::Stop)
                .font_size(48.vp())
                .font_color([Color::RED])
                .effect_strategy(SymbolEffectStrategy::Scale)
                .id("s"),
        )
    });
    assert_eq!(
        attr(&mut t, "s", "effectStrategy"),
        "SymbolEffectStrategy.Scale"
    );
    let width = |t: &mut TestApp| {
        let (x0, _, x1, _) = extent(&pixels_where(t, |p| near(p, Color::RED, 40)));
        x1 - x0 + 1
    };
    let at_rest = width(&mut t);
    t.app().advance_time(1000.0); // the effect starts on this frame
    t.app().advance_time(1150.0); // half way: the deepest point
    let mid = width(&mut t);
    t.app().advance_time(1400.0);
    let after = width(&mut t);
    assert!(mid + 3 <= at_rest, "shrunk: {at_rest} -> {mid}");
    assert_eq!(after, at_rest, "back to its size");
    assert!(!t.app().is_animating());
}

#[test]
fn ui_builds_a_glyph_from_a_symbol_argument() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        ui! {
            Column() {
                SymbolGlyph(Symbol::Wifi).font_size(24.vp()).id("w")
                SymbolGlyph().id("none")
            }
        }
    });
    assert_eq!(attr(&mut t, "w", "symbol"), "ohos_wifi");
    assert_eq!(t.rect("w").unwrap().width, 24.0);
    assert_eq!(
        attr(&mut t, "none", "symbol"),
        "",
        "no symbol: nothing to draw"
    );
}

/// Every symbol at `weight`, 40 px, in rows of eight, in black with its secondary layer
/// in the brand colour.
fn symbol_sheet(weight: FontWeight) -> TestApp {
    const PER_ROW: usize = 8;
    stage(DeviceProfile::desktop(480, 360), move || {
        let mut column = Column::new();
        for (row, symbols) in Symbol::ALL.chunks(PER_ROW).enumerate() {
            let mut cells = Row::new();
            for (i, s) in symbols.iter().enumerate() {
                let glyph = SymbolGlyph::new(*s)
                    .font_size(40.vp())
                    .font_weight(weight)
                    .font_color([Color::BLACK, common::BRAND])
                    .rendering_strategy(SymbolRenderingStrategy::MultipleColor)
                    .margin(8.0)
                    .id(format!("s{}", row * PER_ROW + i));
                cells = cells.child(glyph);
            }
            column = column.child(cells);
        }
        column
    })
}

/// Every symbol of `t` (a [`symbol_sheet`]) inks its box, and nothing is inked outside
/// the boxes.
fn assert_each_draws_inside_its_box(t: &mut TestApp) {
    let boxes: Vec<arkui::Rect> = (0..Symbol::ALL.len())
        .map(|i| t.rect(&format!("s{i}")).unwrap())
        .collect();
    let ink = pixels_where(t, inked);
    for (s, r) in Symbol::ALL.iter().zip(&boxes) {
        assert_eq!((r.width, r.height), (40.0, 40.0), "{s}");
        let own = ink.iter().filter(|p| inside(r, **p)).count();
        assert!(own >= 40, "{s} draws something: {own} pixels");
    }
    let stray: Vec<_> = ink
        .iter()
        .filter(|p| !boxes.iter().any(|r| inside(r, **p)))
        .collect();
    assert!(
        stray.is_empty(),
        "ink outside every box: {:?}",
        &stray[..stray.len().min(5)]
    );
}

/// Writes the sheet to `$ARKUI_SHOT_DIR/symbols.png` when that is set, to look at.
#[test]
fn every_symbol_draws_inside_its_box() {
    let mut t = symbol_sheet(FontWeight::Normal);
    if let Some(dir) = std::env::var_os("ARKUI_SHOT_DIR") {
        let path = std::path::Path::new(&dir).join("symbols.png");
        t.render().save_png(&path).unwrap();
    }
    assert_each_draws_inside_its_box(&mut t);
}

#[test]
fn every_symbol_stays_inside_its_box_at_the_heaviest_weight() {
    let mut t = symbol_sheet(FontWeight::Bolder);
    if let Some(dir) = std::env::var_os("ARKUI_SHOT_DIR") {
        let path = std::path::Path::new(&dir).join("symbols-bolder.png");
        t.render().save_png(&path).unwrap();
    }
    assert_each_draws_inside_its_box(&mut t);
}
