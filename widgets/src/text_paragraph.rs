//! `Text`'s paragraph attributes: ArkUI's `maxLines`, `textOverflow`, `letterSpacing` and
//! `decoration`. Layout measures with them (a `max_lines(1)` Text is one line tall) and paint
//! draws the ellipsis and the decoration lines the shaped paragraph carries.

use arkui_core::{Color, Length, TextDecorationType, TextOverflow, Widget};

use crate::Text;

impl Text {
    /// `maxLines`: show at most `n` lines (at least one); the component is only that tall.
    /// What the cut looks like is [`Text::text_overflow`].
    ///
    /// ```
    /// use arkui_widgets::Text;
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, LengthExt, TextOverflow};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Text::new("one two three four five six seven eight nine ten")
    ///         .width(80.vp())
    ///         .max_lines(2)
    ///         .text_overflow(TextOverflow::Ellipsis)
    ///         .id("t")
    /// });
    /// let t = app.inspector_by_id("t").unwrap();
    /// assert_eq!(t["$attrs"]["maxLines"], "2");
    /// assert_eq!(t["$attrs"]["textOverflow"], "TextOverflow.Ellipsis");
    /// let height = arkui_core::inspector_rect(&t).unwrap().height;
    /// assert!(height > 30.0 && height < 45.0, "two 16 px lines, not five: {height}");
    /// ```
    pub fn max_lines(self, n: usize) -> Self {
        self.node().set_text(|t| t.max_lines = Some(n));
        self
    }

    /// `textOverflow({overflow})`: with [`TextOverflow::Ellipsis`] the last line shown ends
    /// in "…" when `max_lines` cuts the text; [`TextOverflow::Clip`] (the default) just
    /// drops the rest.
    pub fn text_overflow(self, overflow: TextOverflow) -> Self {
        self.node().set_text(|t| t.text_overflow = overflow);
        self
    }

    /// `letterSpacing`: extra space after every character (negative tightens).
    pub fn letter_spacing(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        self.node().set_text(|t| t.letter_spacing = v);
        self
    }

    /// `decoration({type, color})`: underline, line-through or overline in `color`.
    ///
    /// ```
    /// use arkui_widgets::Text;
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, Color, TextDecorationType};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Text::new("link").decoration(TextDecorationType::Underline, Color::RED).id("t")
    /// });
    /// let t = app.inspector_by_id("t").unwrap();
    /// assert_eq!(
    ///     t["$attrs"]["decoration"],
    ///     "{type: TextDecorationType.Underline, color: #FFFF0000}"
    /// );
    /// ```
    pub fn decoration(self, kind: TextDecorationType, color: Color) -> Self {
        self.node().set_text(|t| {
            t.decoration = kind;
            t.decoration_color = color;
        });
        self
    }
}
