//! `Text`'s look beyond the font size and colour: ArkUI's `fontStyle`, `textCase`,
//! `textShadow`, `textIndent` and `wordBreak`.

use arkui_core::{FontStyle, Length, ShadowOptions, TextCase, Widget, WordBreak};

use crate::{Span, Text};

/// What `textShadow` takes: one shadow or several (drawn in order, the first lowest), as
/// ArkUI's `ShadowOptions | Array<ShadowOptions>`.
///
/// ```
/// use arkui_core::ShadowOptions;
/// use arkui_widgets::TextShadows;
/// let one: TextShadows = ShadowOptions::new(4.0).into();
/// let two: TextShadows = vec![ShadowOptions::new(1.0), ShadowOptions::new(6.0)].into();
/// assert_eq!((one.0.len(), two.0.len()), (1, 2));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct TextShadows(pub Vec<ShadowOptions>);

impl From<ShadowOptions> for TextShadows {
    fn from(s: ShadowOptions) -> TextShadows {
        TextShadows(vec![s])
    }
}

impl From<Vec<ShadowOptions>> for TextShadows {
    fn from(s: Vec<ShadowOptions>) -> TextShadows {
        TextShadows(s)
    }
}

impl<const N: usize> From<[ShadowOptions; N]> for TextShadows {
    fn from(s: [ShadowOptions; N]) -> TextShadows {
        TextShadows(s.to_vec())
    }
}

impl Text {
    /// `fontStyle`: [`FontStyle::Italic`] slants the text (the bundled face has true
    /// italics; a family without them is slanted).
    ///
    /// ```
    /// use arkui_widgets::Text;
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, FontStyle};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Text::new("slanted").font_style(FontStyle::Italic).id("t")
    /// });
    /// let t = app.inspector_by_id("t").unwrap();
    /// assert_eq!(t["$attrs"]["fontStyle"], "FontStyle.Italic");
    /// ```
    pub fn font_style(self, style: FontStyle) -> Self {
        self.node().set_text(|t| t.font_style = style);
        self
    }

    /// `textCase`: show the letters upper or lower case (the content keeps its case).
    ///
    /// ```
    /// use arkui_widgets::Text;
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, TextCase};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     arkui_widgets::Row::new()
    ///         .child(Text::new("abc").id("a"))
    ///         .child(Text::new("abc").text_case(TextCase::UpperCase).id("b"))
    /// });
    /// let mut w = |id| arkui_core::inspector_rect(&app.inspector_by_id(id).unwrap()).unwrap().width;
    /// assert!(w("b") > w("a"), "capitals are wider");
    /// assert_eq!(app.inspector_by_id("b").unwrap()["$attrs"]["content"], "abc");
    /// ```
    pub fn text_case(self, case: TextCase) -> Self {
        self.node().set_text(|t| t.text_case = case);
        self
    }

    /// `textShadow`: one shadow or several, each blurred by its `radius` (px) and shifted
    /// by its offsets, drawn under the glyphs in its colour.
    ///
    /// ```
    /// use arkui_widgets::Text;
    /// use arkui_core::{App, Color, CommonAttribute, DeviceProfile, ShadowOptions};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Text::new("Sky")
    ///         .text_shadow(ShadowOptions::new(4.0).color(Color::BLUE).offset(2.0, 3.0))
    ///         .id("t")
    /// });
    /// let t = app.inspector_by_id("t").unwrap();
    /// assert_eq!(
    ///     t["$attrs"]["textShadow"],
    ///     "[{radius: 4.00px, color: #FF0000FF, offsetX: 2.00px, offsetY: 3.00px}]"
    /// );
    /// ```
    pub fn text_shadow(self, shadows: impl Into<TextShadows>) -> Self {
        let shadows = shadows.into().0;
        self.node().set_text(|t| t.text_shadows = shadows);
        self
    }

    /// `textIndent`: space before the first line (default 0; negative is none).
    ///
    /// ```
    /// use arkui_widgets::Text;
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, LengthExt};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     arkui_widgets::Column::new()
    ///         .child(Text::new("Hello").id("a"))
    ///         .child(Text::new("Hello").text_indent(24.vp()).id("b"))
    /// });
    /// let mut w = |id| arkui_core::inspector_rect(&app.inspector_by_id(id).unwrap()).unwrap().width;
    /// assert!((w("b") - w("a") - 24.0).abs() < 1.0, "{} {}", w("a"), w("b"));
    /// ```
    pub fn text_indent(self, indent: impl Into<Length>) -> Self {
        let indent = indent.into();
        self.node().set_text(|t| t.text_indent = indent);
        self
    }

    /// `wordBreak`: where lines may break. The default, [`WordBreak::BreakWord`], keeps
    /// words whole unless one is longer than a line; [`WordBreak::Normal`] lets such a word
    /// overflow; [`WordBreak::BreakAll`] breaks anywhere.
    ///
    /// ```
    /// use arkui_widgets::Text;
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, LengthExt, WordBreak};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     arkui_widgets::Column::new()
    ///         .child(Text::new("Supercalifragilistic").width(60.vp()).id("a"))
    ///         .child(Text::new("Supercalifragilistic").width(60.vp()).word_break(WordBreak::Normal).id("b"))
    /// });
    /// let mut h = |id| arkui_core::inspector_rect(&app.inspector_by_id(id).unwrap()).unwrap().height;
    /// assert!(h("a") > 2.0 * h("b"), "broken inside the word vs one overflowing line");
    /// ```
    pub fn word_break(self, word_break: WordBreak) -> Self {
        self.node().set_text(|t| t.word_break = word_break);
        self
    }
}

impl Span {
    /// `fontStyle` (default: the Text's).
    pub fn font_style(self, style: FontStyle) -> Self {
        self.node().set_span(|s| s.font_style = Some(style));
        self
    }
}
