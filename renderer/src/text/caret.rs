//! Where each piece of shaped text sits, by byte offset: what text fields need to draw a
//! caret and a selection and to turn a click into a caret position. Shaped exactly as
//! [`FontContext::shape`] shapes (same font system, attributes and wrapping), so the caret
//! lands between the glyphs the renderer draws.

use cosmic_text::{Attrs, Buffer, Family, Metrics, Shaping, Style, Weight, Wrap};

use super::fonts::FontContext;
use super::shape::{FontStyle, TextAlign, TextStyle};

/// One shaped cluster: the bytes of the source text it shows and its horizontal extent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClusterBox {
    /// First byte in the source text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Left edge, from the left of the text box.
    pub x: f32,
    /// Advance width.
    pub width: f32,
    /// Index into [`TextMap::lines`].
    pub line: usize,
    /// Right-to-left text: its start is at the right edge.
    pub rtl: bool,
}

/// One visual line of a [`TextMap`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineBox {
    /// First byte of the line in the source text.
    pub start: usize,
    /// One past the last byte shown on the line (before its line break).
    pub end: usize,
    /// Top of the line from the top of the text box.
    pub top: f32,
    /// Line height.
    pub height: f32,
    /// Where a caret sits on the line when it shows nothing (an empty paragraph).
    pub x: f32,
}

/// The byte-to-position map of a shaped string.
///
/// ```
/// use arkui_renderer::text::{FontContext, FontSource, TextStyle};
/// let mut fonts = FontContext::new(FontSource::BundledOnly);
/// let style = TextStyle::new(16.0);
/// let map = fonts.text_map("ab\ncd", &style, None);
/// assert_eq!(map.lines.len(), 2);
/// assert_eq!(map.lines[1].start, 3);
/// let b = map.clusters.iter().find(|c| c.start == 1).unwrap();
/// let width = fonts.shape("a", &style, None).width;
/// assert!((b.x - width).abs() < 0.5); // "b" starts where "a" ends
/// ```
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TextMap {
    /// Clusters in visual order, line by line.
    pub clusters: Vec<ClusterBox>,
    /// Visual lines, top to bottom.
    pub lines: Vec<LineBox>,
    /// Width of the widest line.
    pub width: f32,
    /// Height of all lines.
    pub height: f32,
}

impl FontContext {
    /// Map `text` as [`FontContext::shape`] lays it out at `max_width`. Paragraphs are split
    /// at `'\n'` (callers keep other paragraph separators out of edited text).
    pub fn text_map(&mut self, text: &str, style: &TextStyle, max_width: Option<f32>) -> TextMap {
        // `shape` of nothing gives the line height shaping uses, whatever the face.
        let empty = self.shape("", style, None);
        let line_height = empty.height.max(1.0);
        let size = empty.size;
        let family = match &style.family {
            Some(name) => Family::Name(name),
            None => Family::SansSerif,
        };
        let attrs = Attrs::new()
            .letter_spacing(0.0)
            .family(family)
            .weight(Weight(style.weight.clamp(1, 1000)))
            .style(match style.style {
                FontStyle::Normal => Style::Normal,
                FontStyle::Italic => Style::Italic,
            });
        let align = match style.align {
            TextAlign::Start => None,
            TextAlign::Center => Some(cosmic_text::Align::Center),
            TextAlign::End => Some(cosmic_text::Align::End),
        };
        let width = max_width.filter(|w| w.is_finite() && *w >= 0.0);
        let mut buffer = Buffer::new(&mut self.system, Metrics::new(size, line_height));
        buffer.set_wrap(Wrap::WordOrGlyph);
        buffer.set_size(width, None);
        buffer.set_text(text, &attrs, Shaping::Advanced, align);
        buffer.shape_until_scroll(&mut self.system, false);

        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let empty_x = |w: Option<f32>| match (style.align, w) {
            (TextAlign::Center, Some(w)) => w / 2.0,
            (TextAlign::End, Some(w)) => w,
            _ => 0.0,
        };
        let mut map = TextMap::default();
        for run in buffer.layout_runs() {
            let base = starts.get(run.line_i).copied().unwrap_or(text.len());
            let para_end = text[base.min(text.len())..]
                .find('\n')
                .map_or(text.len(), |i| base + i);
            let line = map.lines.len();
            let mut lo = usize::MAX;
            let mut hi = 0;
            for g in run.glyphs {
                let (s, e) = (base + g.start, base + g.end);
                lo = lo.min(s);
                hi = hi.max(e);
                map.clusters.push(ClusterBox {
                    start: s.min(text.len()),
                    end: e.min(text.len()),
                    x: g.x,
                    width: g.w,
                    line,
                    rtl: g.level.is_rtl(),
                });
            }
            if lo == usize::MAX {
                (lo, hi) = (base, base);
            }
            map.lines.push(LineBox {
                start: lo.min(text.len()),
                end: hi.min(para_end).max(lo).min(text.len()),
                top: run.line_top,
                height: run.line_height,
                x: empty_x(width),
            });
            map.width = map.width.max(run.line_w);
            map.height = run.line_top + run.line_height;
        }
        // Consecutive lines of one paragraph meet: a wrapped line ends where the next begins.
        for i in 1..map.lines.len() {
            let next = map.lines[i].start;
            let prev = &mut map.lines[i - 1];
            if next > prev.end && !text[prev.end..next].contains('\n') {
                prev.end = next;
            }
        }
        let after_break =
            text.ends_with('\n') && map.lines.last().is_none_or(|l| l.start < text.len());
        if after_break || map.lines.is_empty() {
            // A caret after a final line break stands on a line of its own.
            map.lines.push(LineBox {
                start: text.len(),
                end: text.len(),
                top: map.height,
                height: line_height,
                x: empty_x(width),
            });
            map.height += line_height;
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::FontSource;

    #[test]
    fn wrapped_lines_cover_the_text_and_agree_with_shape() {
        let mut fonts = FontContext::new(FontSource::BundledOnly);
        let style = TextStyle::new(16.0);
        let text = "the quick brown fox jumps over the lazy dog";
        let shaped = fonts.shape(text, &style, Some(100.0));
        let map = fonts.text_map(text, &style, Some(100.0));
        assert_eq!(map.lines.len(), shaped.line_count);
        assert_eq!(map.lines[0].start, 0);
        assert_eq!(map.lines.last().map(|l| l.end), Some(text.len()));
        for pair in map.lines.windows(2) {
            assert_eq!(pair[0].end, pair[1].start, "{:?}", map.lines);
        }
        assert!((map.height - shaped.height).abs() < 0.5);
    }

    #[test]
    fn empty_text_and_a_final_newline_have_a_caret_line() {
        let mut fonts = FontContext::new(FontSource::BundledOnly);
        let style = TextStyle::new(16.0);
        let map = fonts.text_map("", &style, None);
        assert_eq!(map.lines.len(), 1);
        let map = fonts.text_map("a\n", &style, None);
        assert_eq!(map.lines.len(), 2);
        assert_eq!(map.lines[1].start, 2);
        assert!(map.lines[1].top > 0.0);
    }
}
