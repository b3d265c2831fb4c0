//! Paragraph attributes beyond the font: line limits with ellipsis, letter spacing and
//! decorations (underline, strike-through, overline drawn as rectangles).

use crate::{Color, DisplayList, DrawCmd, Rect};

use super::TextLayout;

/// What happens to text beyond `max_lines`, as ArkUI's `TextOverflow`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum TextOverflow {
    /// Further lines are dropped.
    #[default]
    Clip,
    /// The last line shown ends in "…".
    Ellipsis,
}

/// A line drawn with the text, as ArkUI's `TextDecorationType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum TextDecoration {
    /// None.
    #[default]
    None,
    /// Below the baseline.
    Underline,
    /// Through the middle of lower-case letters.
    LineThrough,
    /// Above the tallest letters.
    Overline,
}

/// Where lines may break, as ArkUI's `WordBreak`.
///
/// ```
/// use arkui_renderer::text::{FontContext, FontSource, ParagraphStyle, TextStyle, WordBreak};
/// let mut fonts = FontContext::new(FontSource::BundledOnly);
/// let long = "Supercalifragilistic";
/// let shape = |fonts: &mut FontContext, word_break| {
///     let para = ParagraphStyle { word_break, ..Default::default() };
///     fonts.shape_paragraph(long, &TextStyle::new(16.0), &para, Some(60.0))
/// };
/// // `Normal` keeps a word whole even when it overflows; the others break inside it.
/// assert_eq!(shape(&mut fonts, WordBreak::Normal).line_count, 1);
/// assert!(shape(&mut fonts, WordBreak::BreakWord).line_count > 1);
/// assert!(shape(&mut fonts, WordBreak::BreakAll).line_count > 1);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum WordBreak {
    /// Lines break between words (and between CJK characters); a word longer than the line
    /// overflows it.
    Normal,
    /// Lines break between any two characters, filling each line.
    BreakAll,
    /// Lines break between words; a word longer than a whole line is broken inside
    /// (ArkUI's default for `Text`).
    #[default]
    BreakWord,
}

impl WordBreak {
    /// cosmic-text's wrap mode for it.
    pub(super) fn wrap(self) -> cosmic_text::Wrap {
        match self {
            WordBreak::Normal => cosmic_text::Wrap::Word,
            WordBreak::BreakAll => cosmic_text::Wrap::Glyph,
            WordBreak::BreakWord => cosmic_text::Wrap::WordOrGlyph,
        }
    }
}

/// Paragraph attributes for [`super::FontContext::shape_paragraph`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ParagraphStyle {
    /// Most lines shown; `None` for all.
    pub max_lines: Option<usize>,
    /// What the last line does when lines are dropped.
    pub overflow: TextOverflow,
    /// Extra space after every character, in device pixels (may be negative).
    pub letter_spacing: f32,
    /// Decoration line.
    pub decoration: TextDecoration,
    /// Where lines may break.
    pub word_break: WordBreak,
    /// Space before the first line, in device pixels (ArkUI's `textIndent`; negative and
    /// non-finite values are none).
    pub indent: f32,
}

/// One visual line of a [`TextLayout`].
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct TextLine {
    /// Baseline from the top of the text box.
    pub baseline: f32,
    /// Left edge of the inked advance.
    pub x: f32,
    /// Width of the line's glyph advances.
    pub width: f32,
}

impl TextLayout {
    /// Rectangles of the decoration lines with the layout's top-left at `(x, y)`: one per
    /// line, `size / 14` thick (at least one pixel).
    ///
    /// ```
    /// use arkui_renderer::text::{FontContext, FontSource, ParagraphStyle, TextDecoration, TextStyle};
    /// let mut fonts = FontContext::new(FontSource::BundledOnly);
    /// let para = ParagraphStyle { decoration: TextDecoration::Underline, ..Default::default() };
    /// let l = fonts.shape_paragraph("Link", &TextStyle::new(20.0), &para, None);
    /// let r = l.decoration_rects(0.0, 0.0);
    /// assert_eq!(r.len(), 1);
    /// assert!(r[0].y > l.first_baseline && (r[0].width - l.width).abs() < 1.0);
    /// ```
    pub fn decoration_rects(&self, x: f32, y: f32) -> Vec<Rect> {
        let thickness = (self.size / 14.0).max(1.0);
        let offset = match self.decoration {
            TextDecoration::None => return Vec::new(),
            TextDecoration::Underline => self.size * 0.12,
            TextDecoration::LineThrough => -self.size * 0.28,
            TextDecoration::Overline => -self.size * 0.92,
        };
        self.lines
            .iter()
            .map(|l| {
                Rect::new(
                    x + l.x,
                    y + l.baseline + offset - thickness / 2.0,
                    l.width,
                    thickness,
                )
            })
            .collect()
    }

    /// Append this text drawn at `(x, y)` in `color`: the glyph run, then its decorations
    /// in [`TextLayout::decoration_color`] (or `color` when that is unset).
    pub fn push_draw_cmds(&self, x: f32, y: f32, color: Color, list: &mut DisplayList) {
        if !self.glyphs.is_empty() {
            list.push(DrawCmd::Glyphs(self.to_glyph_run(x, y, color)));
        }
        self.push_decoration_cmds(x, y, color, 1.0, list);
    }

    /// Append only the decoration lines, drawn over glyph runs already pushed (one run, or
    /// one per span). `color` is the text colour as drawn, used when the layout has no
    /// [`TextLayout::decoration_color`]; that colour is faded by `opacity` so the lines fade
    /// with text inside a translucent component.
    ///
    /// ```
    /// use arkui_renderer::text::{FontContext, FontSource, ParagraphStyle, TextDecoration, TextStyle};
    /// use arkui_renderer::{Color, DisplayList, DrawCmd};
    /// let mut fonts = FontContext::new(FontSource::BundledOnly);
    /// let para = ParagraphStyle { decoration: TextDecoration::Underline, ..Default::default() };
    /// let mut l = fonts.shape_paragraph("Link", &TextStyle::new(20.0), &para, None);
    /// l.decoration_color = Some(Color::rgb(255, 0, 0));
    /// let mut list = DisplayList::new();
    /// l.push_decoration_cmds(0.0, 0.0, Color::BLACK.with_opacity(0.5), 0.5, &mut list);
    /// let red = Color::rgb(255, 0, 0).with_opacity(0.5);
    /// assert!(matches!(list.commands[..], [DrawCmd::Rect { color, .. }] if color == red));
    /// ```
    pub fn push_decoration_cmds(
        &self,
        x: f32,
        y: f32,
        color: Color,
        opacity: f32,
        list: &mut DisplayList,
    ) {
        let color = self
            .decoration_color
            .map_or(color, |c| c.with_opacity(opacity));
        for rect in self.decoration_rects(x, y) {
            list.push(DrawCmd::Rect { rect, color });
        }
    }
}
