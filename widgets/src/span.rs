//! `Span`: a run of a `Text` with its own font size, weight and colour, ArkUI's `Span`.

use arkui_core::{Color, Element, FontWeight, Length, NodeId, SpanAttrs, Widget};

/// A piece of a [`crate::Text`]: `Text() { Span("a") Span("b").font_weight(Bold) }`. The
/// spans of one Text are shaped as one paragraph, so lines wrap across them; what a span
/// does not set (size, weight, colour, family) is the Text's. A Text with spans shows the
/// spans instead of its own content.
///
/// ```
/// use arkui_core::{App, Color, CommonAttribute, DeviceProfile, FontWeight};
/// use arkui_widgets::{Span, Text};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     Text::empty()
///         .id("t")
///         .child(Span::new("Hello, "))
///         .child(Span::new("world").font_weight(FontWeight::Bold).font_color(Color::RED).id("w"))
/// });
/// let w = app.inspector_by_id("w").unwrap();
/// assert_eq!(w["$type"], "Span");
/// assert_eq!(w["$attrs"]["fontColor"], "#FFFF0000");
/// assert_eq!(w["$attrs"]["fontWeight"], "700");
/// // Both spans sit on one line of the Text, wider than "Hello, " alone.
/// let t = app.inspector_by_id("t").unwrap();
/// let width = arkui_core::inspector_rect(&t).unwrap().width;
/// assert!(width > 70.0, "{width}");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span(NodeId);

impl Widget for Span {
    fn node(self) -> NodeId {
        self.0
    }
}

impl Element<(String,)> for Span {
    fn create((content,): (String,)) -> Span {
        Span(NodeId::create_span(content))
    }

    fn update(self, (content,): (String,)) {
        self.content(content);
    }
}

impl Span {
    /// A span showing `content`.
    pub fn new(content: impl Into<String>) -> Span {
        Span::create((content.into(),))
    }

    fn set(self, f: impl FnOnce(&mut SpanAttrs)) -> Self {
        self.0.set_span(f);
        self
    }

    /// Replace the content.
    pub fn content(self, v: impl Into<String>) -> Self {
        let v = v.into();
        self.set(|s| s.content = v)
    }

    /// `fontSize` (default: the Text's).
    pub fn font_size(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        self.set(|s| s.font_size = Some(v))
    }

    /// `fontWeight` (default: the Text's).
    pub fn font_weight(self, v: FontWeight) -> Self {
        self.set(|s| s.font_weight = Some(v))
    }

    /// `fontColor` (default: the Text's, which follows the theme).
    pub fn font_color(self, v: Color) -> Self {
        self.set(|s| s.font_color = Some(v))
    }

    /// `fontFamily` (default: the Text's).
    pub fn font_family(self, v: impl Into<String>) -> Self {
        let v = v.into();
        self.set(|s| s.font_family = Some(v))
    }
}
