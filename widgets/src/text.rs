//! `Text`: a run of text, ArkUI's `Text`.

use arkui_core::TextAttrs;
use arkui_core::{Color, Element, FontWeight, Length, NodeId, NodeKind};

use crate::handle::component_handle;
use crate::themed::{self, Slot};

component_handle!(
    /// Text, shaped with the thread's fonts and wrapped to the width it is given. With
    /// [`crate::Span`] children (`Text() { Span("a") Span("b") }`) it shows the spans
    /// instead of its content, as one paragraph.
    ///
    /// ```
    /// use arkui_widgets::Text;
    /// use arkui_core::{App, DeviceProfile, LengthExt, CommonAttribute};
    /// let mut app = App::with_view(DeviceProfile::iot(), || Text::new("Hello").font_size(20.fp()).id("t"));
    /// let t = app.inspector_by_id("t").unwrap();
    /// assert_eq!(t["$attrs"]["content"], "Hello");
    /// assert_eq!(t["$attrs"]["fontSize"], "20.00fp");
    /// let height = arkui_core::inspector_rect(&t).unwrap().height;
    /// assert!(height > 20.0 && height < 30.0, "{height}");
    /// ```
    Text
);

impl Text {
    /// Text showing `content`.
    pub fn new(content: impl Into<String>) -> Text {
        Text::create((content.into(),))
    }

    fn set(self, f: impl FnOnce(&mut TextAttrs)) -> Self {
        self.0.set_text(f);
        self
    }

    /// `fontSize` (default 16fp).
    pub fn font_size(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        self.set(|t| t.font_size = v)
    }

    /// `fontWeight`.
    pub fn font_weight(self, v: FontWeight) -> Self {
        self.set(|t| t.font_weight = v)
    }

    /// `fontColor` (default: the theme's `font_primary`, following light and dark mode).
    pub fn font_color(self, v: Color) -> Self {
        self.set(|t| t.font_color = v)
    }

    /// `fontFamily`.
    pub fn font_family(self, v: impl Into<String>) -> Self {
        let v = v.into();
        self.set(|t| t.font_family = Some(v))
    }

    /// `lineHeight`.
    pub fn line_height(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        self.set(|t| t.line_height = Some(v))
    }

    /// `textAlign`.
    pub fn text_align(self, v: arkui_core::TextAlign) -> Self {
        self.set(|t| t.text_align = v)
    }

    /// A Text with no content of its own: a container for [`crate::Span`]s.
    pub fn empty() -> Text {
        Text::create(())
    }

    /// Replace the content.
    pub fn content(self, v: impl Into<String>) -> Self {
        let v = v.into();
        self.set(|t| t.content = v)
    }
}

// A concrete argument type: `ui!` converts `Text("..")` through `FromArgument`, so a wrong
// argument is reported at its own tokens.
impl Element<(String,)> for Text {
    fn create((content,): (String,)) -> Text {
        let n = NodeId::create("Text", NodeKind::Text);
        n.set_text(|t| t.content = content);
        themed::follow(n, Slot::FontColor(|t| t.font_primary));
        Text(n)
    }

    fn update(self, (content,): (String,)) {
        self.content(content);
    }
}

impl Element<()> for Text {
    fn create(_: ()) -> Text {
        let n = NodeId::create("Text", NodeKind::Text);
        themed::follow(n, Slot::FontColor(|t| t.font_primary));
        Text(n)
    }

    fn update(self, _: ()) {}
}
