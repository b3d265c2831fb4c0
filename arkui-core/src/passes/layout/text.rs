//! Measuring text nodes for taffy.

use arkui_renderer::text::{FontContext, ParagraphStyle, SpanStyle, TextLayout, TextStyle};
use taffy::prelude::{AvailableSpace, Size};

use crate::Units;
use crate::tree::{Node, SpanAttrs, TextAttrs};

/// The shaping style of a text node under the given units.
pub(crate) fn text_style(t: &TextAttrs, units: &Units) -> TextStyle {
    TextStyle {
        size: t
            .font_size
            .to_px(units)
            .unwrap_or(16.0 * units.density * units.font_scale),
        line_height: t.line_height.and_then(|l| l.to_px(units)),
        weight: t.font_weight.to_number(),
        style: arkui_renderer::text::FontStyle::Normal,
        family: t.font_family.clone(),
        align: t.text_align,
    }
}

/// The paragraph attributes of a text node (line limit, overflow, spacing, decoration).
pub(crate) fn paragraph_style(t: &TextAttrs, units: &Units) -> ParagraphStyle {
    ParagraphStyle {
        max_lines: t.max_lines,
        overflow: t.text_overflow,
        letter_spacing: t.letter_spacing.to_px(units).unwrap_or(0.0),
        decoration: t.decoration,
    }
}

/// The font of a span: its own attributes where set, else the enclosing Text's.
fn span_style(
    span: &SpanAttrs,
    text: &TextAttrs,
    paragraph: &TextStyle,
    units: &Units,
) -> SpanStyle {
    SpanStyle {
        size: span
            .font_size
            .and_then(|l| l.to_px(units))
            .unwrap_or(paragraph.size),
        weight: span.font_weight.unwrap_or(text.font_weight).to_number(),
        style: paragraph.style,
        family: span
            .font_family
            .clone()
            .or_else(|| text.font_family.clone()),
    }
}

/// The shaped text of `node` at `max_width` (None: unbounded), from its cache when possible.
pub(crate) fn shaped<'n>(
    node: &'n mut Node,
    fonts: &mut FontContext,
    units: &Units,
    max_width: Option<f32>,
) -> &'n TextLayout {
    let text_cache: &mut crate::tree::TextCache = node.text_cache.get_or_insert_with(Box::default);
    let cache = &mut text_cache.entries;
    // A width at least as wide as the unbounded layout gives the unbounded layout.
    let unbounded = cache.iter().position(|(w, _)| w.is_none());
    let width = match (max_width, unbounded) {
        (Some(w), Some(i)) if w + 0.01 >= cache[i].1.width => None,
        _ => max_width,
    };
    let hit = cache.iter().position(|(w, _)| match (w, width) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() < 0.01,
        _ => false,
    });
    let index = match hit {
        Some(i) => i,
        None => {
            let Some(text) = node.text.as_deref() else {
                cache.push((width, TextLayout::default()));
                return &cache[cache.len() - 1].1;
            };
            let style = text_style(text, units);
            let spans = &text_cache.spans;
            let mut layout = if spans.is_empty() {
                fonts.shape_paragraph(&text.content, &style, &paragraph_style(text, units), width)
            } else {
                let styled: Vec<(&str, SpanStyle)> = spans
                    .iter()
                    .map(|s| (s.content.as_str(), span_style(s, text, &style, units)))
                    .collect();
                fonts.shape_spans(&styled, &style, width)
            };
            layout.decoration_color = Some(text.decoration_color);
            // A handful of widths is all one layout pass asks for.
            if cache.len() >= 4 {
                cache.remove(0);
            }
            cache.push((width, layout));
            cache.len() - 1
        }
    };
    &cache[index].1
}

/// taffy's measure function for a text leaf.
pub(crate) fn measure(
    node: &mut Node,
    fonts: &mut FontContext,
    units: &Units,
    known: Size<Option<f32>>,
    available: Size<AvailableSpace>,
) -> Size<f32> {
    if let (Some(width), Some(height)) = (known.width, known.height) {
        return Size { width, height };
    }
    let max_width = known.width.or(match available.width {
        AvailableSpace::Definite(w) => Some(w.max(0.0)),
        AvailableSpace::MinContent => Some(0.0),
        AvailableSpace::MaxContent => None,
    });
    let layout = shaped(node, fonts, units, max_width);
    Size {
        width: known.width.unwrap_or(layout.width.ceil()),
        height: known.height.unwrap_or(layout.height),
    }
}

/// The shaped text to paint in a content box `width` wide.
pub(crate) fn shaped_for_paint<'n>(
    node: &'n mut Node,
    fonts: &mut FontContext,
    units: &Units,
    width: f32,
) -> &'n TextLayout {
    // Rounding can make the final box a hair narrower than the measured text: allow for it
    // rather than wrapping the last word.
    shaped(node, fonts, units, Some(width.max(0.0) + 0.5))
}
