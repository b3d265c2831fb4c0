//! Painting a Text: its `textShadow`s, then its glyph runs (one per span colour), then its
//! decoration lines.

use arkui_renderer::text::FontContext;
use arkui_renderer::{CompositeMode, DisplayList, DrawCmd, Rect};

use crate::Units;
use crate::layout::shaped_for_paint;
use crate::tree::Node;

/// Largest shadow blur sigma, px: a text shadow wider than this is a faint wash anyway.
const MAX_SHADOW_SIGMA: f32 = 64.0;

/// Draw `node`'s text in its content box `content`, faded by `opacity`. Returns where its
/// inline objects (`ImageSpan`s) go, in window pixels, by span index: the caller, which
/// has the span nodes, draws their images.
pub(crate) fn paint_text(
    node: &mut Node,
    fonts: &mut FontContext,
    units: &Units,
    content: Rect,
    opacity: f32,
    list: &mut DisplayList,
) -> Vec<(usize, Rect)> {
    let Some(text) = node.text.as_deref() else {
        return Vec::new();
    };
    let color = text.font_color.with_opacity(opacity);
    // Each shadow as drawn: colour, blur sigma and shift in px (ArkUI gives px; the blur
    // radius is twice the Gaussian's sigma, as for a component's `shadow`).
    let shadows: Vec<_> = text
        .text_shadows
        .iter()
        .map(|s| {
            let px = |l: crate::Length| l.to_px(units).filter(|v| v.is_finite()).unwrap_or(0.0);
            let sigma = (px(s.radius) / 2.0).clamp(0.0, MAX_SHADOW_SIGMA);
            (
                s.color.with_opacity(opacity),
                sigma,
                px(s.offset_x),
                px(s.offset_y),
            )
        })
        .filter(|(c, ..)| c.a > 0)
        .collect();
    let span_colors = crate::tree::span_colors(node, opacity);
    // `align`: the lines' place in a box taller than they are.
    let share = text.vertical_align;
    let layout = shaped_for_paint(node, fonts, units, content.width, content.height);
    let y = content.y + ((content.height - layout.height) * share).max(0.0);
    for (shadow, sigma, dx, dy) in shadows {
        let (x, y) = (content.x + dx, y + dy);
        if sigma > 0.0 {
            // The layer's bound: the shifted text and three sigmas of blur around it.
            let reach = 3.0 * sigma + layout.size;
            let bounds = Rect::new(
                x - reach,
                y - reach,
                layout.width + 2.0 * reach,
                layout.height + 2.0 * reach,
            );
            list.push(DrawCmd::PushCompositeLayer {
                mode: CompositeMode::SourceOver,
                shadow: None,
                bounds: Some(bounds),
                blur: sigma,
            });
        }
        // Every span's glyphs in the shadow's colour, and the decoration lines with them.
        for run in layout.to_glyph_runs(x, y, shadow, &[]) {
            list.push(DrawCmd::Glyphs(run));
        }
        for rect in layout.decoration_rects(x, y) {
            list.push(DrawCmd::Rect {
                rect,
                color: shadow,
            });
        }
        if sigma > 0.0 {
            list.push(DrawCmd::PopLayer);
        }
    }
    for run in layout.to_glyph_runs(content.x, y, color, &span_colors) {
        list.push(DrawCmd::Glyphs(run));
    }
    layout.push_decoration_cmds(content.x, y, color, opacity, list);
    layout
        .objects
        .iter()
        .map(|o| {
            let r = o.rect;
            (
                o.span,
                Rect::new(r.x + content.x, r.y + y, r.width, r.height),
            )
        })
        .collect()
}
