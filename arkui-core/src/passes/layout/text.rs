//! Measuring text nodes for taffy: shaping a Text's content or spans with its attributes,
//! choosing the font size between `minFontSize` and `maxFontSize` where it adapts.

use arkui_renderer::text::{
    FontContext, InlineBox, ParagraphStyle, SpanStyle, TextLayout, TextOverflow, TextStyle,
};
use taffy::prelude::{AvailableSpace, Size};

use crate::tree::{Node, SpanAttrs, TextAttrs};
use crate::{TextHeightAdaptivePolicy, Units};

/// The shaping style of a text node under the given units.
pub(crate) fn text_style(t: &TextAttrs, units: &Units) -> TextStyle {
    TextStyle {
        size: t
            .font_size
            .to_px(units)
            .unwrap_or(16.0 * units.density * units.font_scale),
        line_height: t.line_height.and_then(|l| l.to_px(units)),
        weight: t.font_weight.to_number(),
        style: t.font_style,
        family: t.font_family.clone(),
        align: t.text_align,
    }
}

/// The paragraph attributes of a text node (line limit, overflow, spacing, decoration,
/// breaking, indent).
pub(crate) fn paragraph_style(t: &TextAttrs, units: &Units) -> ParagraphStyle {
    ParagraphStyle {
        max_lines: t.max_lines,
        overflow: t.text_overflow,
        letter_spacing: t.letter_spacing.to_px(units).unwrap_or(0.0),
        decoration: t.decoration,
        word_break: t.word_break,
        indent: t.text_indent.to_px(units).unwrap_or(0.0),
    }
}

/// The font of a span: its own attributes where set, else the enclosing Text's; `scale`
/// is the adaptive font size's ratio to the Text's largest.
fn span_style(
    span: &SpanAttrs,
    text: &TextAttrs,
    paragraph: &TextStyle,
    units: &Units,
    scale: f32,
) -> SpanStyle {
    SpanStyle {
        size: span
            .font_size
            .and_then(|l| l.to_px(units))
            .map_or(paragraph.size, |s| s * scale),
        weight: span.font_weight.unwrap_or(text.font_weight).to_number(),
        style: span.font_style.unwrap_or(paragraph.style),
        family: span
            .font_family
            .clone()
            .or_else(|| text.font_family.clone()),
        object: span.image.map(|img| {
            let (width, height) = img.size_px(units);
            InlineBox {
                width,
                height,
                align: img.align,
            }
        }),
    }
}

/// The adaptive font size range of a Text in px, when both ends are set, finite and
/// positive (the larger is the maximum whichever way round they were given).
fn adaptive_range(t: &TextAttrs, units: &Units) -> Option<(f32, f32)> {
    let min = t.min_font_size?.to_px(units)?;
    let max = t.max_font_size?.to_px(units)?;
    let ok = |v: f32| v.is_finite() && v > 0.0;
    (ok(min) && ok(max)).then(|| (min.min(max), min.max(max)))
}

/// Shape a Text's content (or its spans) at font size `size`, with `para`.
fn shape_at(
    text: &TextAttrs,
    spans: &[SpanAttrs],
    fonts: &mut FontContext,
    units: &Units,
    (size, scale): (f32, f32),
    para: &ParagraphStyle,
    width: Option<f32>,
) -> TextLayout {
    let style = TextStyle {
        size,
        ..text_style(text, units)
    };
    if spans.is_empty() {
        let shown = text.text_case.apply(&text.content);
        fonts.shape_paragraph(&shown, &style, para, width)
    } else {
        let shown: Vec<std::borrow::Cow<'_, str>> = spans
            .iter()
            .map(|s| text.text_case.apply(&s.content))
            .collect();
        let styled: Vec<(&str, SpanStyle)> = spans
            .iter()
            .zip(&shown)
            .map(|(s, c)| (c.as_ref(), span_style(s, text, &style, units, scale)))
            .collect();
        fonts.shape_rich(&styled, &style, para, width)
    }
}

/// The shaped text of a Text: at its font size, or, with `minFontSize`/`maxFontSize`, at
/// the largest size between them that fits `width` × `height` by `heightAdaptivePolicy`.
fn shape_text(
    text: &TextAttrs,
    spans: &[SpanAttrs],
    fonts: &mut FontContext,
    units: &Units,
    width: Option<f32>,
    height: Option<f32>,
) -> TextLayout {
    let para = paragraph_style(text, units);
    let Some((lo, hi)) = adaptive_range(text, units) else {
        let size = text_style(text, units).size;
        return shape_at(text, spans, fonts, units, (size, 1.0), &para, width);
    };
    let policy = text.height_adaptive_policy;
    let tall_enough = |l: &TextLayout| height.is_none_or(|h| l.height <= h + 0.5);
    let fits = |l: &TextLayout| match policy {
        TextHeightAdaptivePolicy::MaxLinesFirst => !l.truncated && tall_enough(l),
        TextHeightAdaptivePolicy::MinFontSizeFirst => {
            !l.truncated && l.line_count <= 1 && tall_enough(l)
        }
        TextHeightAdaptivePolicy::LayoutConstraintFirst => {
            tall_enough(l) && (height.is_some() || !l.truncated)
        }
    };
    // Which sizes fit is probed without the ellipsis (it never changes the line count);
    // the one chosen is shaped with it.
    let probe = ParagraphStyle {
        overflow: TextOverflow::Clip,
        ..para.clone()
    };
    let mut at = |size: f32, para: &ParagraphStyle| {
        shape_at(text, spans, fonts, units, (size, size / hi), para, width)
    };
    let chosen = if fits(&at(hi, &probe)) {
        hi
    } else {
        // Sizes a pixel apart, searched by halves: the largest that fits, else the minimum.
        let steps = ((hi - lo).floor() as u32).min(4096);
        let (mut good, mut bad) = (None::<u32>, steps + 1);
        let mut low = 0u32;
        while low < bad {
            let mid = low + (bad - low) / 2;
            if fits(&at(lo + mid as f32, &probe)) {
                good = Some(mid);
                low = mid + 1;
            } else {
                bad = mid;
            }
        }
        good.map_or(lo, |k| lo + k as f32)
    };
    let mut layout = at(chosen, &para);
    if chosen == lo && !fits(&layout) {
        // Nothing fits: what gives way depends on the policy.
        match (policy, height) {
            (TextHeightAdaptivePolicy::MinFontSizeFirst, Some(h)) => {
                // More lines rather than a cut: as many as the height holds.
                let open = ParagraphStyle {
                    max_lines: None,
                    ..para.clone()
                };
                let all = at(lo, &open);
                let per_line = all.height / all.line_count.max(1) as f32;
                let lines = ((h + 0.5) / per_line.max(1.0)).floor().max(1.0) as usize;
                let lines = lines.max(para.max_lines.unwrap_or(1));
                layout = at(
                    lo,
                    &ParagraphStyle {
                        max_lines: Some(lines),
                        ..para
                    },
                );
            }
            (TextHeightAdaptivePolicy::LayoutConstraintFirst, Some(h)) => {
                let per_line = layout.height / layout.line_count.max(1) as f32;
                let lines = ((h + 0.5) / per_line.max(1.0)).floor().max(1.0) as usize;
                let lines = para.max_lines.map_or(lines, |m| m.min(lines));
                layout = at(
                    lo,
                    &ParagraphStyle {
                        max_lines: Some(lines),
                        ..para
                    },
                );
            }
            _ => {}
        }
    }
    layout
}

/// The shaped text of `node` at `max_width` (None: unbounded) and, for a Text whose font
/// size adapts, `max_height`; from its cache when possible.
pub(crate) fn shaped<'n>(
    node: &'n mut Node,
    fonts: &mut FontContext,
    units: &Units,
    max_width: Option<f32>,
    max_height: Option<f32>,
) -> &'n TextLayout {
    let adaptive = node
        .text
        .as_deref()
        .is_some_and(|t| adaptive_range(t, units).is_some());
    let height = max_height.filter(|h| adaptive && h.is_finite() && *h >= 0.0);
    let text_cache: &mut crate::tree::TextCache = node.text_cache.get_or_insert_with(Box::default);
    let cache = &mut text_cache.entries;
    // A width at least as wide as the unbounded layout gives the unbounded layout (a
    // height limit can change the size chosen, so not then).
    let unbounded = cache.iter().position(|(k, _)| *k == (None, None));
    let width = match (max_width, unbounded) {
        (Some(w), Some(i)) if height.is_none() && w + 0.01 >= cache[i].1.width => None,
        _ => max_width,
    };
    let near = |a: Option<f32>, b: Option<f32>| match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() < 0.01,
        _ => false,
    };
    let hit = cache
        .iter()
        .position(|((w, h), _)| near(*w, width) && near(*h, height));
    let index = match hit {
        Some(i) => i,
        None => {
            let Some(text) = node.text.as_deref() else {
                cache.push(((width, height), TextLayout::default()));
                return &cache[cache.len() - 1].1;
            };
            let mut layout = shape_text(text, &text_cache.spans, fonts, units, width, height);
            layout.decoration_color = Some(text.decoration_color);
            // A handful of sizes is all one layout pass asks for.
            if cache.len() >= 4 {
                cache.remove(0);
            }
            cache.push(((width, height), layout));
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
    if let (Some(width), Some(height)) = (known.width, known.height)
        && node
            .text
            .as_deref()
            .is_none_or(|t| adaptive_range(t, units).is_none())
    {
        return Size { width, height };
    }
    let max_width = known.width.or(match available.width {
        AvailableSpace::Definite(w) => Some(w.max(0.0)),
        AvailableSpace::MinContent => Some(0.0),
        AvailableSpace::MaxContent => None,
    });
    let max_height = known.height.or(match available.height {
        AvailableSpace::Definite(h) => Some(h.max(0.0)),
        _ => None,
    });
    let layout = shaped(node, fonts, units, max_width, max_height);
    Size {
        width: known.width.unwrap_or(layout.width.ceil()),
        height: known.height.unwrap_or(layout.height),
    }
}

/// The shaped text to paint in a content box `width` × `height`.
pub(crate) fn shaped_for_paint<'n>(
    node: &'n mut Node,
    fonts: &mut FontContext,
    units: &Units,
    width: f32,
    height: f32,
) -> &'n TextLayout {
    // Rounding can make the final box a hair narrower than the measured text: allow for it
    // rather than wrapping the last word.
    shaped(
        node,
        fonts,
        units,
        Some(width.max(0.0) + 0.5),
        Some(height.max(0.0) + 0.5),
    )
}
