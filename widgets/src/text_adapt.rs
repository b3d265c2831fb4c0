//! `Text`'s adaptive font size: ArkUI's `minFontSize`, `maxFontSize` and
//! `heightAdaptivePolicy`.

use arkui_core::{Length, TextHeightAdaptivePolicy, Widget};

use crate::Text;

impl Text {
    /// `minFontSize`: with [`Text::max_font_size`], the text takes the largest font size
    /// between the two that fits its `maxLines` and the height it is given (see
    /// [`Text::height_adaptive_policy`]); `fontSize` is then not used. Either alone, or a
    /// size that is not positive, turns adapting off.
    ///
    /// ```
    /// use arkui_widgets::Text;
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, LengthExt};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     arkui_widgets::Column::new()
    ///         .child(Text::new("Hi").min_font_size(10.fp()).max_font_size(40.fp()).max_lines(1).width(100.vp()).id("short"))
    ///         .child(Text::new("A much longer title").min_font_size(10.fp()).max_font_size(40.fp()).max_lines(1).width(100.vp()).id("long"))
    /// });
    /// let mut h = |id| arkui_core::inspector_rect(&app.inspector_by_id(id).unwrap()).unwrap().height;
    /// assert!(h("short") > 40.0, "two letters fit at 40fp: {}", h("short"));
    /// assert!(h("long") < 25.0, "the long title shrinks to stay on one line: {}", h("long"));
    /// ```
    pub fn min_font_size(self, size: impl Into<Length>) -> Self {
        let size = size.into();
        self.node().set_text(|t| t.min_font_size = Some(size));
        self
    }

    /// `maxFontSize`: the largest size the adaptive font takes (see [`Text::min_font_size`]).
    pub fn max_font_size(self, size: impl Into<Length>) -> Self {
        let size = size.into();
        self.node().set_text(|t| t.max_font_size = Some(size));
        self
    }

    /// `heightAdaptivePolicy`: what gives way when the adaptive font does not fit (default
    /// [`TextHeightAdaptivePolicy::MaxLinesFirst`]).
    ///
    /// ```
    /// use arkui_widgets::Text;
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, LengthExt, TextHeightAdaptivePolicy};
    /// let words = "one two three four five six seven eight nine ten eleven twelve";
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     Text::new(words)
    ///         .min_font_size(12.fp())
    ///         .max_font_size(30.fp())
    ///         .height_adaptive_policy(TextHeightAdaptivePolicy::LayoutConstraintFirst)
    ///         .width(120.vp())
    ///         .height(60.vp())
    ///         .id("t")
    /// });
    /// let t = app.inspector_by_id("t").unwrap();
    /// assert_eq!(t["$attrs"]["heightAdaptivePolicy"], "TextHeightAdaptivePolicy.LAYOUT_CONSTRAINT_FIRST");
    /// ```
    pub fn height_adaptive_policy(self, policy: TextHeightAdaptivePolicy) -> Self {
        self.node().set_text(|t| t.height_adaptive_policy = policy);
        self
    }
}
