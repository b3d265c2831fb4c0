//! Styled spans shaped as one paragraph (ArkUI's `Text() { Span() Span() }`): each span has
//! its own size, weight and face, lines wrap across span boundaries, and the layout remembers
//! which glyphs each span produced so every span is drawn in its own colour.

use cosmic_text::{Attrs, Buffer, Family, LayoutGlyph, Metrics, Shaping, Style, Weight};

use super::fonts::FontContext;
use super::inline_object::{InlineBox, OBJECT_TEXT, object_attrs, sane_box};
use super::paragraph::ParagraphStyle;
use super::shape::{FontStyle, INDENT_TEXT, TextLayout, TextStyle, align_of, indent_of};
use crate::{Color, Glyph, GlyphRun, Rect};

/// The font of one span. Line height and alignment belong to the paragraph
/// ([`TextStyle`]), not to a span.
#[derive(Clone, Debug, PartialEq)]
pub struct SpanStyle {
    /// Font size in device pixels.
    pub size: f32,
    /// CSS-style weight: 400 regular, 700 bold.
    pub weight: u16,
    /// Upright or italic.
    pub style: FontStyle,
    /// A family name; `None` is the default sans-serif family.
    pub family: Option<String>,
    /// An inline object (ArkUI's `ImageSpan`): the span's text is not shown; a box this
    /// size takes its place in the line (see [`crate::text::TextLayout::objects`]).
    pub object: Option<InlineBox>,
}

impl SpanStyle {
    /// The font part of a paragraph style: what a span without attributes of its own uses.
    pub fn of(paragraph: &TextStyle) -> SpanStyle {
        SpanStyle {
            size: paragraph.size,
            weight: paragraph.weight,
            style: paragraph.style,
            family: paragraph.family.clone(),
            object: None,
        }
    }
}

/// Consecutive glyphs of a [`TextLayout`] shaped from one span at one size and weight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GlyphSpan {
    /// Index of the span in the slice given to [`FontContext::shape_spans`].
    pub span: usize,
    /// First glyph, an index into [`TextLayout::glyphs`].
    pub start: usize,
    /// One past the last glyph.
    pub end: usize,
    /// Font size of these glyphs in device pixels.
    pub size: f32,
    /// Weight of these glyphs.
    pub weight: u16,
}

/// Grow the last [`GlyphSpan`] by glyph `index`, or start a new one when `g` comes from
/// another span or font.
pub(super) fn extend_span(spans: &mut Vec<GlyphSpan>, index: usize, g: &LayoutGlyph) {
    let weight = g.font_weight.0;
    if let Some(last) = spans.last_mut()
        && last.span == g.metadata
        && last.end == index
        && last.size == g.font_size
        && last.weight == weight
    {
        last.end = index + 1;
        return;
    }
    spans.push(GlyphSpan {
        span: g.metadata,
        start: index,
        end: index + 1,
        size: g.font_size,
        weight,
    });
}

/// cosmic-text attributes of span `i`: its font, its metrics, and its index as metadata
/// (which the shaped glyphs carry back).
fn attrs_of(i: usize, s: &SpanStyle, line_height: f32, spacing: f32) -> Attrs<'_> {
    let family = match &s.family {
        Some(name) => Family::Name(name),
        None => Family::SansSerif,
    };
    Attrs::new()
        .family(family)
        .weight(Weight(s.weight.clamp(1, 1000)))
        .style(match s.style {
            FontStyle::Normal => Style::Normal,
            FontStyle::Italic => Style::Italic,
        })
        .metrics(Metrics::new(sane(s.size), line_height))
        .letter_spacing(spacing / sane(s.size))
        .metadata(i)
}

fn sane(size: f32) -> f32 {
    if size.is_finite() {
        size.clamp(0.5, 4096.0)
    } else {
        14.0
    }
}

impl FontContext {
    /// Shape styled spans as one paragraph, wrapping at `max_width` when given. `paragraph`
    /// gives the line height, alignment and the metrics of empty lines; each span its font.
    /// A line is as tall as its tallest span, and baselines line up.
    ///
    /// ```
    /// use arkui_renderer::text::{FontContext, FontSource, SpanStyle, TextStyle};
    /// let mut fonts = FontContext::new(FontSource::BundledOnly);
    /// let base = TextStyle::new(16.0);
    /// let big = SpanStyle { size: 32.0, ..SpanStyle::of(&base) };
    /// let l = fonts.shape_spans(&[("ab", SpanStyle::of(&base)), ("cd", big)], &base, None);
    /// assert_eq!(l.line_count, 1);
    /// assert_eq!(l.spans.len(), 2);
    /// assert_eq!((l.spans[1].span, l.spans[1].size), (1, 32.0));
    /// // "c" starts where "ab" ends.
    /// let ab = fonts.shape("ab", &base, None).width;
    /// assert!((l.glyphs[l.spans[1].start].x - ab).abs() < 0.5);
    /// ```
    pub fn shape_spans(
        &mut self,
        spans: &[(&str, SpanStyle)],
        paragraph: &TextStyle,
        max_width: Option<f32>,
    ) -> TextLayout {
        self.shape_rich(spans, paragraph, &ParagraphStyle::default(), max_width)
    }

    /// [`FontContext::shape_spans`] with paragraph attributes, as
    /// [`FontContext::shape_paragraph`] has them: a line limit with its ellipsis, letter
    /// spacing (in every span), the decoration, word breaking and a first-line indent.
    ///
    /// ```
    /// use arkui_renderer::text::{FontContext, FontSource, ParagraphStyle, SpanStyle, TextOverflow, TextStyle};
    /// let mut fonts = FontContext::new(FontSource::BundledOnly);
    /// let base = TextStyle::new(16.0);
    /// let words = "one two three four five six seven eight nine ten";
    /// let spans = [(words, SpanStyle::of(&base)), (words, SpanStyle::of(&base))];
    /// let para = ParagraphStyle { max_lines: Some(2), overflow: TextOverflow::Ellipsis, indent: 30.0, ..Default::default() };
    /// let l = fonts.shape_rich(&spans, &base, &para, Some(150.0));
    /// assert_eq!(l.line_count, 2);
    /// assert!(l.truncated);
    /// assert!((l.lines[0].x - 30.0).abs() < 0.5, "{}", l.lines[0].x); // indented
    /// assert!(l.lines[1].x < 1.0);
    /// ```
    ///
    /// A span with an [`InlineBox`] holds a box's place in the line instead of text:
    ///
    /// ```
    /// use arkui_renderer::text::{FontContext, FontSource, InlineBox, ObjectAlign, ParagraphStyle, SpanStyle, TextStyle};
    /// let mut fonts = FontContext::new(FontSource::BundledOnly);
    /// let base = TextStyle::new(16.0);
    /// let icon = SpanStyle {
    ///     object: Some(InlineBox { width: 40.0, height: 50.0, align: ObjectAlign::Bottom }),
    ///     ..SpanStyle::of(&base)
    /// };
    /// let spans = [("ab", SpanStyle::of(&base)), ("", icon), ("cd", SpanStyle::of(&base))];
    /// let l = fonts.shape_rich(&spans, &base, &ParagraphStyle::default(), None);
    /// let ab = fonts.shape("ab", &base, None).width;
    /// let o = l.objects[0];
    /// assert_eq!(o.span, 1);
    /// assert!((o.rect.x - ab).abs() < 0.5 && (o.rect.width - 40.0).abs() < 0.01);
    /// // The line is as tall as the box, which sits on its bottom.
    /// assert!((l.height - 50.0).abs() < 0.5 && (o.rect.y + 50.0 - l.height).abs() < 0.5);
    /// // "c" follows the box.
    /// assert!((l.glyphs[l.spans[1].start].x - (ab + 40.0)).abs() < 0.5);
    /// ```
    pub fn shape_rich(
        &mut self,
        spans: &[(&str, SpanStyle)],
        paragraph: &TextStyle,
        para: &ParagraphStyle,
        max_width: Option<f32>,
    ) -> TextLayout {
        let size = sane(paragraph.size);
        let fixed_line_height = paragraph
            .line_height
            .filter(|h| h.is_finite() && *h > 0.0)
            .map(|h| h.min(16384.0));
        let base_line_height = match fixed_line_height {
            Some(h) => h,
            None => self.natural_line_height(paragraph, size),
        };
        // Each span's own metrics: cosmic-text makes a line as tall as its tallest glyph.
        let heights: Vec<f32> = spans
            .iter()
            .map(|(_, s)| {
                let span_size = sane(s.size);
                fixed_line_height.unwrap_or_else(|| {
                    let probe = TextStyle {
                        size: span_size,
                        weight: s.weight,
                        family: s.family.clone(),
                        ..TextStyle::new(span_size)
                    };
                    self.natural_line_height(&probe, span_size)
                })
            })
            .collect();
        let spacing = if para.letter_spacing.is_finite() {
            para.letter_spacing.clamp(-size, size * 4.0)
        } else {
            0.0
        };
        let base = SpanStyle::of(paragraph);
        let default_attrs = attrs_of(usize::MAX, &base, base_line_height, spacing);
        let mut rich: Vec<(&str, Attrs<'_>)> = Vec::with_capacity(spans.len() + 1);
        let indent = indent_of(para);
        if indent > 0.0 {
            let lead = self.indent_attrs(&default_attrs, size, indent);
            rich.push((INDENT_TEXT, lead));
        }
        let objects: Vec<Option<InlineBox>> = spans
            .iter()
            .map(|(_, s)| s.object.map(|b| sane_box(&b)))
            .collect();
        for (i, ((text, style), h)) in spans.iter().zip(&heights).enumerate() {
            let attrs = match &objects[i] {
                // A placeholder as wide as the object, its line at least as tall.
                Some(b) => {
                    let wide = self.stretched_attrs(OBJECT_TEXT, &default_attrs, size, b.width);
                    (OBJECT_TEXT, object_attrs(wide, size, *h, b, i))
                }
                None => (*text, attrs_of(i, style, *h, spacing)),
            };
            rich.push(attrs);
        }
        let width = max_width.filter(|w| w.is_finite() && *w >= 0.0);
        let mut buffer = Buffer::new(&mut self.system, Metrics::new(size, base_line_height));
        buffer.set_wrap(para.word_break.wrap());
        buffer.set_size(width, None);
        buffer.set_rich_text(
            rich,
            &default_attrs,
            Shaping::Advanced,
            align_of(paragraph.align),
        );
        buffer.shape_until_scroll(&mut self.system, false);
        let max_lines = para.max_lines.map(|n| n.max(1));
        let truncated = self.limit_lines(&mut buffer, max_lines, para.overflow);
        let mut layout = TextLayout {
            size,
            weight: paragraph.weight.clamp(1, 1000),
            decoration: para.decoration,
            truncated,
            ..TextLayout::default()
        };
        self.read_runs(&buffer, max_lines, true, &objects, &mut layout);
        if layout.line_count == 0 {
            layout.height = base_line_height;
        }
        layout
    }
}

impl TextLayout {
    /// The glyph runs placing this layout's top-left at `(x, y)`: one run for text of one
    /// style, in `color`; for spans, one run per [`GlyphSpan`], span `i` in
    /// `span_colors[i]` (`color` when the slice is shorter).
    ///
    /// ```
    /// use arkui_renderer::Color;
    /// use arkui_renderer::text::{FontContext, FontSource, SpanStyle, TextStyle};
    /// let mut fonts = FontContext::new(FontSource::BundledOnly);
    /// let base = TextStyle::new(16.0);
    /// let l = fonts.shape_spans(&[("a", SpanStyle::of(&base)), ("b", SpanStyle::of(&base))], &base, None);
    /// let runs: Vec<_> = l.to_glyph_runs(0.0, 0.0, Color::BLACK, &[Color::RED]).collect();
    /// assert_eq!(runs.len(), 2);
    /// assert_eq!((runs[0].color, runs[1].color), (Color::RED, Color::BLACK));
    /// ```
    pub fn to_glyph_runs<'a>(
        &'a self,
        x: f32,
        y: f32,
        color: Color,
        span_colors: &'a [Color],
    ) -> impl Iterator<Item = GlyphRun> + 'a {
        let single = (self.spans.is_empty() && !self.glyphs.is_empty())
            .then(|| self.to_glyph_run(x, y, color));
        let per_span = self.spans.iter().filter_map(move |s| {
            let placed: Vec<Glyph> = self
                .glyphs
                .get(s.start..s.end)?
                .iter()
                .map(|g| Glyph {
                    x: g.x + x,
                    y: g.y + y,
                    ..*g
                })
                .collect();
            Some(GlyphRun {
                size: s.size,
                weight: s.weight,
                color: span_colors.get(s.span).copied().unwrap_or(color),
                bounds: ink_bounds(&placed, s.size),
                glyphs: placed,
            })
        });
        single.into_iter().chain(per_span)
    }
}

/// A conservative box around glyphs drawn at `size`: pen positions give only the origin of
/// each glyph, so an em is allowed past the last one and above every baseline, plus the
/// padding [`TextLayout::to_glyph_run`] uses for ink beyond the advance.
fn ink_bounds(glyphs: &[Glyph], size: f32) -> Rect {
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for g in glyphs {
        x0 = x0.min(g.x);
        x1 = x1.max(g.x);
        y0 = y0.min(g.y);
        y1 = y1.max(g.y);
    }
    let pad = size * 0.5 + 2.0;
    Rect::new(
        x0 - pad,
        y0 - size - pad,
        x1 - x0 + size + 2.0 * pad,
        y1 - y0 + size * 1.4 + 2.0 * pad,
    )
}
