//! Shaping: text plus a [`TextStyle`] in, positioned glyphs and a size out.

use cosmic_text::{
    Attrs, Buffer, Ellipsize, EllipsizeHeightLimit, Family, Metrics, Shaping, Style, Weight,
};

use super::fonts::{BUNDLED_FAMILY, FontContext};
use super::paragraph::{ParagraphStyle, TextDecoration, TextLine, TextOverflow};
use crate::{Color, Glyph, GlyphRun, Rect};

/// Upright or italic, as ArkUI's `FontStyle`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum FontStyle {
    /// Upright.
    #[default]
    Normal,
    /// Italic (or oblique when the family has no italic).
    Italic,
}

/// Horizontal alignment of lines inside the text box, as ArkUI's `TextAlign`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum TextAlign {
    /// Lines start at the leading edge.
    #[default]
    Start,
    /// Lines are centred.
    Center,
    /// Lines end at the trailing edge.
    End,
}

/// How to shape a string. Sizes are device pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct TextStyle {
    /// Font size in device pixels.
    pub size: f32,
    /// Line height in device pixels; `None` uses the face's natural line spacing.
    pub line_height: Option<f32>,
    /// CSS-style weight: 400 regular, 700 bold.
    pub weight: u16,
    /// Upright or italic.
    pub style: FontStyle,
    /// A family name; `None` is the default sans-serif family.
    pub family: Option<String>,
    /// Alignment of lines within the width the text is given.
    pub align: TextAlign,
}

impl TextStyle {
    /// Regular weight, default family, natural line height.
    pub fn new(size: f32) -> TextStyle {
        TextStyle {
            size,
            line_height: None,
            weight: 400,
            style: FontStyle::Normal,
            family: None,
            align: TextAlign::Start,
        }
    }
}

/// Shaped text: glyph positions relative to the top-left of the text box.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TextLayout {
    /// Width of the widest line.
    pub width: f32,
    /// Height of all lines.
    pub height: f32,
    /// Number of visual lines after wrapping.
    pub line_count: usize,
    /// Baseline of the first line, from the top.
    pub first_baseline: f32,
    /// Font size the glyphs were shaped at.
    pub size: f32,
    /// Weight the glyphs were shaped at.
    pub weight: u16,
    /// Glyphs; `y` is the baseline of the glyph's line.
    pub glyphs: Vec<Glyph>,
    /// Each visual line's baseline and horizontal extent (for decorations and carets).
    pub lines: Vec<TextLine>,
    /// The decoration [`FontContext::shape_paragraph`] was asked for.
    pub decoration: TextDecoration,
    /// Colour of the decoration lines (ArkUI's `decoration({color})`); `None` draws them in
    /// the text's colour. Not a shaping input, so set it on the layout before drawing.
    pub decoration_color: Option<Color>,
    /// True when lines were dropped by `max_lines` (and, with an ellipsis, shortened).
    pub truncated: bool,
    /// Which glyphs came from which span, for text shaped from styled spans
    /// ([`FontContext::shape_spans`]); empty when the whole text has one style.
    pub spans: Vec<super::GlyphSpan>,
    /// Where the inline objects of the spans (ArkUI's `ImageSpan`) landed.
    pub objects: Vec<super::InlineObject>,
}

impl TextLayout {
    /// A glyph run placing this layout's top-left at `(x, y)`.
    pub fn to_glyph_run(&self, x: f32, y: f32, color: Color) -> GlyphRun {
        // Glyph ink can reach past the advance box (italics, accents); pad generously.
        let pad = self.size * 0.5 + 2.0;
        GlyphRun {
            size: self.size,
            weight: self.weight,
            color,
            bounds: Rect::new(
                x - pad,
                y - pad,
                self.width + 2.0 * pad,
                self.height + 2.0 * pad,
            ),
            glyphs: self
                .glyphs
                .iter()
                .map(|g| Glyph {
                    font: g.font,
                    id: g.id,
                    x: g.x + x,
                    y: g.y + y,
                })
                .collect(),
        }
    }
}

/// The text that holds a first-line indent's place: a no-break space (so the first word is
/// never broken away from it), stretched by letter spacing to the indent's width.
pub(super) const INDENT_TEXT: &str = "\u{a0}";

/// The span metadata of the indent's glyph, which the layout leaves out.
pub(super) const INDENT_SPAN: usize = usize::MAX - 1;

/// The indent a paragraph asks for, in device pixels: none when negative or not finite.
pub(super) fn indent_of(para: &ParagraphStyle) -> f32 {
    if para.indent.is_finite() {
        para.indent.clamp(0.0, 16384.0)
    } else {
        0.0
    }
}

/// cosmic-text's alignment for ours (`None` is the leading edge).
pub(super) fn align_of(align: TextAlign) -> Option<cosmic_text::Align> {
    match align {
        TextAlign::Start => None,
        TextAlign::Center => Some(cosmic_text::Align::Center),
        TextAlign::End => Some(cosmic_text::Align::End),
    }
}

/// Sanitised size: fonts cannot be shaped at NaN, infinite, zero or absurd sizes.
fn sane_size(size: f32) -> f32 {
    if size.is_finite() {
        size.clamp(0.5, 4096.0)
    } else {
        14.0
    }
}

impl FontContext {
    /// Shape `text`, wrapping at `max_width` when given (a NaN or negative width means none).
    pub fn shape(&mut self, text: &str, style: &TextStyle, max_width: Option<f32>) -> TextLayout {
        self.shape_paragraph(text, style, &ParagraphStyle::default(), max_width)
    }

    /// [`FontContext::shape`] with paragraph attributes: at most `max_lines` lines (the last
    /// one ending in "…" with [`TextOverflow::Ellipsis`]), letter spacing, and a decoration
    /// that [`TextLayout::decoration_rects`] turns into rectangles.
    ///
    /// ```
    /// use arkui_renderer::text::{FontContext, FontSource, ParagraphStyle, TextOverflow, TextStyle};
    /// let mut fonts = FontContext::new(FontSource::BundledOnly);
    /// let text = "the quick brown fox jumps over the lazy dog again and again";
    /// let para = ParagraphStyle { max_lines: Some(2), overflow: TextOverflow::Ellipsis, ..Default::default() };
    /// let l = fonts.shape_paragraph(text, &TextStyle::new(16.0), &para, Some(120.0));
    /// assert_eq!(l.line_count, 2);
    /// assert!(l.truncated);
    /// ```
    pub fn shape_paragraph(
        &mut self,
        text: &str,
        style: &TextStyle,
        para: &ParagraphStyle,
        max_width: Option<f32>,
    ) -> TextLayout {
        let size = sane_size(style.size);
        let weight = style.weight.clamp(1, 1000);
        let line_height = match style.line_height {
            Some(h) if h.is_finite() && h > 0.0 => h.min(16384.0),
            _ => self.natural_line_height(style, size),
        };
        let family = match &style.family {
            Some(name) => Family::Name(name),
            None => Family::SansSerif,
        };
        let spacing = if para.letter_spacing.is_finite() {
            para.letter_spacing.clamp(-size, size * 4.0)
        } else {
            0.0
        };
        let attrs = Attrs::new()
            .letter_spacing(spacing / size)
            .family(family)
            .weight(Weight(weight))
            .style(match style.style {
                FontStyle::Normal => Style::Normal,
                FontStyle::Italic => Style::Italic,
            });
        let align = align_of(style.align);
        let width = max_width.filter(|w| w.is_finite() && *w >= 0.0);
        let max_lines = para.max_lines.map(|n| n.max(1));
        let indent = indent_of(para);
        // A paragraph shaped moments ago at another width is laid out again, not re-shaped
        // (ellipsized ones are changed by the ellipsis: they are shaped afresh).
        let key = (max_lines.is_none()).then(|| super::shape_cache::ShapeKey {
            text: text.to_owned(),
            metrics: [size.to_bits(), line_height.to_bits(), spacing.to_bits()],
            weight,
            italic: style.style == FontStyle::Italic,
            family: style.family.clone(),
            align: style.align as u8,
            breaks: (para.word_break as u8, indent.to_bits()),
        });
        let kept = key.as_ref().and_then(|k| self.recent.take(k));
        let mut buffer = match kept {
            Some(mut buffer) => {
                buffer.set_size(width, None);
                buffer
            }
            None => {
                let mut buffer = Buffer::new(&mut self.system, Metrics::new(size, line_height));
                buffer.set_wrap(para.word_break.wrap());
                buffer.set_size(width, None);
                if indent > 0.0 {
                    let lead = self.indent_attrs(&attrs, size, indent);
                    let rich = [(INDENT_TEXT, lead), (text, attrs.clone())];
                    buffer.set_rich_text(rich, &attrs, Shaping::Advanced, align);
                } else {
                    buffer.set_text(text, &attrs, Shaping::Advanced, align);
                }
                buffer
            }
        };
        buffer.shape_until_scroll(&mut self.system, false);
        let truncated = self.limit_lines(&mut buffer, max_lines, para.overflow);

        let mut layout = TextLayout {
            size,
            weight,
            decoration: para.decoration,
            truncated,
            ..TextLayout::default()
        };
        self.read_runs(&buffer, max_lines, false, &[], &mut layout);
        if layout.line_count == 0 {
            layout.height = line_height;
        }
        if let Some(key) = key {
            self.recent.keep(key, buffer);
        }
        layout
    }

    /// Whether `buffer` has more lines than `max_lines`; if so, with an ellipsis overflow,
    /// its last line shown is shaped again ending in "…".
    pub(super) fn limit_lines(
        &mut self,
        buffer: &mut Buffer,
        max_lines: Option<usize>,
        overflow: TextOverflow,
    ) -> bool {
        let Some(n) = max_lines else { return false };
        let truncated = buffer.layout_runs().nth(n).is_some();
        if truncated && overflow == TextOverflow::Ellipsis {
            buffer.set_ellipsize(Ellipsize::End(EllipsizeHeightLimit::Lines(n)));
            buffer.shape_until_scroll(&mut self.system, false);
        }
        truncated
    }

    /// The attributes of the indent's placeholder in a paragraph whose text has `attrs` at
    /// `size`: its advance stretched to `indent` pixels, marked [`INDENT_SPAN`].
    pub(super) fn indent_attrs<'a>(
        &mut self,
        attrs: &Attrs<'a>,
        size: f32,
        indent: f32,
    ) -> Attrs<'a> {
        self.stretched_attrs(INDENT_TEXT, attrs, size, indent)
            .metadata(INDENT_SPAN)
    }

    /// `attrs` for `text` (one character) at `size` with its advance stretched to `width`
    /// pixels by letter spacing.
    pub(super) fn stretched_attrs<'a>(
        &mut self,
        text: &str,
        attrs: &Attrs<'a>,
        size: f32,
        width: f32,
    ) -> Attrs<'a> {
        // The placeholder's own advance in this face, measured: letter spacing adds to it.
        let plain = attrs.clone().letter_spacing(0.0);
        let mut probe = Buffer::new(&mut self.system, Metrics::new(size, size));
        probe.set_text(text, &plain, Shaping::Advanced, None);
        probe.shape_until_scroll(&mut self.system, false);
        let own = probe
            .layout_runs()
            .flat_map(|r| r.glyphs.iter())
            .map(|g| g.w)
            .sum::<f32>();
        plain.letter_spacing((width - own) / size)
    }

    /// Copy the shaped lines of `buffer` (at most `max_lines`) into `layout`; with `spans`,
    /// also record which glyphs each span (the glyphs' `metadata`) produced.
    pub(super) fn read_runs(
        &mut self,
        buffer: &Buffer,
        max_lines: Option<usize>,
        spans: bool,
        objects: &[Option<super::InlineBox>],
        layout: &mut TextLayout,
    ) {
        let mut faces = Vec::new();
        for run in buffer.layout_runs() {
            if max_lines.is_some_and(|n| layout.line_count >= n) {
                break;
            }
            if layout.line_count == 0 {
                layout.first_baseline = run.line_y;
            }
            layout.line_count += 1;
            layout.width = layout.width.max(run.line_w);
            layout.height = run.line_top + run.line_height;
            let inked = || run.glyphs.iter().filter(|g| g.metadata != INDENT_SPAN);
            let x0 = inked().map(|g| g.x).fold(f32::MAX, f32::min);
            let x1 = inked().map(|g| g.x + g.w).fold(f32::MIN, f32::max);
            if x0 <= x1 {
                layout.lines.push(TextLine {
                    baseline: run.line_y,
                    x: x0,
                    width: x1 - x0,
                });
            }

            for g in run.glyphs {
                if g.metadata == INDENT_SPAN {
                    continue;
                }
                if let Some(i) = super::inline_object::object_span(g.metadata) {
                    if let Some(Some(b)) = objects.get(i) {
                        layout.objects.push(super::InlineObject {
                            span: i,
                            rect: super::inline_object::place(&run, g, b),
                        });
                    }
                    continue;
                }
                if spans {
                    super::rich::extend_span(&mut layout.spans, layout.glyphs.len(), g);
                }
                faces.push(g.font_id);
                layout.glyphs.push(Glyph {
                    font: crate::FontKey(0),
                    id: g.glyph_id,
                    x: g.x + g.x_offset * g.font_size,
                    y: run.line_y - g.y_offset * g.font_size,
                });
            }
        }
        for (glyph, face) in layout.glyphs.iter_mut().zip(faces) {
            glyph.font = self.key_for(face);
        }
    }

    /// ArkUI's default line height: the primary face's ascent + descent + line gap.
    pub(super) fn natural_line_height(&mut self, style: &TextStyle, size: f32) -> f32 {
        let family = style.family.as_deref().unwrap_or(BUNDLED_FAMILY);
        let query = cosmic_text::fontdb::Query {
            families: &[
                cosmic_text::fontdb::Family::Name(family),
                cosmic_text::fontdb::Family::SansSerif,
            ],
            weight: cosmic_text::fontdb::Weight(style.weight.clamp(1, 1000)),
            ..Default::default()
        };
        let Some(id) = self.system.db().query(&query) else {
            return size * 1.2;
        };
        let per_em = match self.face_metrics.get(&id) {
            Some(m) => *m,
            None => {
                let m = self
                    .system
                    .get_font(id, Weight(style.weight))
                    .map(|font| {
                        let m = font.as_swash().metrics(&[]);
                        let upem = f32::from(m.units_per_em.max(1));
                        (m.ascent / upem, m.descent / upem, m.leading / upem)
                    })
                    .unwrap_or((0.9, 0.3, 0.0));
                self.face_metrics.insert(id, m);
                m
            }
        };
        (size * (per_em.0 + per_em.1 + per_em.2)).ceil()
    }
}
