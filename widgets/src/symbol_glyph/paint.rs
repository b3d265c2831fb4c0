//! What a `SymbolGlyph` node draws from ([`GlyphLook`], kept in the node), how it draws it,
//! and the appear effect that moves it for a moment.

use arkui_core::draw::{FillRule, LineCap, LineJoin, PaintCtx, StrokeStyle, Transform};
use arkui_core::{Color, FontWeight, Length, NodeId, post_frame_callback};

use super::outlines::{GRID, Ink, Part, parts, stroke_width};
use super::{Symbol, SymbolEffectStrategy, SymbolRenderingStrategy};

/// How long the appear effect plays, ms.
const EFFECT_MS: f64 = 300.0;
/// How far the scale effect shrinks the glyph at its deepest.
const PULSE_DEPTH: f32 = 0.15;
/// The secondary layer's opacity under `MultipleOpacity`.
const SECOND_LAYER_OPACITY: f32 = 0.5;

/// Everything the painter draws from.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct GlyphLook {
    pub(super) symbol: Option<Symbol>,
    /// `fontSize`: the side of the square the glyph is drawn in.
    pub(super) size: Length,
    /// `fontColor` as set; empty: follow the theme.
    pub(super) colors: Vec<Color>,
    /// The theme's colour, for when none is set.
    pub(super) theme: Color,
    pub(super) weight: FontWeight,
    pub(super) rendering: SymbolRenderingStrategy,
    pub(super) effect: SymbolEffectStrategy,
    /// How far the appear effect has played, 0..=1 (1: at rest).
    pub(super) played: f32,
    /// Bumped when the effect restarts, so an older run of it stops.
    pub(super) run: u32,
}

impl GlyphLook {
    pub(super) fn new(size: Length, theme: Color) -> GlyphLook {
        GlyphLook {
            symbol: None,
            size,
            colors: Vec::new(),
            theme,
            weight: FontWeight::Normal,
            rendering: SymbolRenderingStrategy::Single,
            effect: SymbolEffectStrategy::None,
            played: 1.0,
            run: 0,
        }
    }

    /// The colours in use: those set, or the theme's.
    pub(super) fn shown_colors(&self) -> Vec<Color> {
        if self.colors.is_empty() {
            vec![self.theme]
        } else {
            self.colors.clone()
        }
    }

    /// The colour and opacity of `layer` (0 or 1), the appear effect included.
    fn ink(&self, layer: u8, layers: u8) -> (Color, f32) {
        let first = self.colors.first().copied().unwrap_or(self.theme);
        let (color, opacity) = match (self.rendering, layer) {
            (SymbolRenderingStrategy::MultipleColor, 1) => {
                (self.colors.get(1).copied().unwrap_or(first), 1.0)
            }
            (SymbolRenderingStrategy::MultipleOpacity, 1) => (first, SECOND_LAYER_OPACITY),
            _ => (first, 1.0),
        };
        let shown = if self.effect == SymbolEffectStrategy::Hierarchical {
            // The layers fade in one after the other: the primary first.
            let p = self.played * f32::from(layers) - f32::from(layer);
            p.clamp(0.0, 1.0)
        } else {
            1.0
        };
        (color, opacity * shown)
    }

    /// The scale the effect draws the glyph at now.
    fn scale(&self) -> f32 {
        if self.effect == SymbolEffectStrategy::Scale {
            1.0 - PULSE_DEPTH * (std::f32::consts::PI * self.played.clamp(0.0, 1.0)).sin()
        } else {
            1.0
        }
    }
}

/// The painter: the symbol, `fontSize` square, centred in the content box.
pub(super) fn paint(cx: &mut PaintCtx<'_>) {
    let Some(look) = cx.extension::<GlyphLook>() else {
        return;
    };
    let Some(symbol) = look.symbol else {
        return;
    };
    let side = cx.length(look.size, 0.0);
    if !(side.is_finite() && side > 0.0) {
        return;
    }
    let content = cx.content_rect();
    let k = side / GRID * look.scale();
    let to_box = Transform::translate(-GRID / 2.0, -GRID / 2.0)
        .then(&Transform::scale(k, k))
        .then(&Transform::translate(
            content.x + content.width / 2.0,
            content.y + content.height / 2.0,
        ));
    let stroke = StrokeStyle::new(stroke_width(look.weight.to_number()) * k)
        .with_cap(LineCap::Round)
        .with_join(LineJoin::Round);
    let all = parts(symbol);
    let layers = symbol.layers();
    let (second, first) = (look.ink(1, layers), look.ink(0, layers));
    if layers == 1 || second == first {
        draw_group(cx, all.iter(), first, &to_box, &stroke);
    } else {
        // The secondary layer under the primary one.
        let of = |l: u8| all.iter().filter(move |p| p.layer == l);
        draw_group(cx, of(1), second, &to_box, &stroke);
        draw_group(cx, of(0), first, &to_box, &stroke);
    }
}

/// Draw `parts` in `color` faded by `opacity` as one group, so where the parts overlap
/// a translucent colour does not darken (as one glyph of a font would not).
fn draw_group<'p>(
    cx: &mut PaintCtx<'_>,
    parts: impl Iterator<Item = &'p Part>,
    (color, opacity): (Color, f32),
    to_box: &Transform,
    stroke: &StrokeStyle,
) {
    let opacity = opacity * f32::from(color.a) / 255.0;
    if opacity <= 0.0 {
        return;
    }
    let grouped = opacity < 1.0;
    if grouped {
        cx.push_layer(opacity);
    }
    let solid = Color::rgba(color.r, color.g, color.b, 255);
    for part in parts {
        let path = match part.path() {
            Ok(path) => path.transformed(to_box),
            Err(e) => {
                debug_assert!(false, "a symbol outline does not parse: {e}");
                log::warn!("SymbolGlyph: a symbol outline does not parse ({e}); skipped");
                continue;
            }
        };
        if part.ink == Ink::Solid {
            cx.fill_path(&path, FillRule::NonZero, solid.into());
        }
        cx.stroke_path(&path, stroke, solid.into());
    }
    if grouped {
        cx.pop_layer();
    }
}

/// Play the appear effect of the glyph on `node` from the start, one step per frame.
pub(super) fn play(node: NodeId, run: u32) {
    step(node, run, None);
}

fn step(node: NodeId, run: u32, start: Option<f64>) {
    post_frame_callback(move |now| {
        let start = start.unwrap_or(now);
        let played = ((now - start) / EFFECT_MS).clamp(0.0, 1.0) as f32;
        let current = node.update_extension(|l: &mut GlyphLook| {
            if l.run != run {
                return false;
            }
            l.played = played;
            true
        });
        if current != Some(true) {
            return;
        }
        node.invalidate_paint();
        if played < 1.0 {
            step(node, run, Some(start));
        }
    });
}
