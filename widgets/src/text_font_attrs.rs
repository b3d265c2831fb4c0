//! The font attributes of the components that are a line of text of their own (TextClock,
//! TextTimer, Marquee, Hyperlink): the same setters as [`crate::Text`]'s, on their node.

/// Give component `$name` `fontSize`, `fontColor`, `fontWeight`, `fontFamily`, `fontStyle`
/// and `textShadow`, set on its own node (a text node) or on the text node `$text` returns.
macro_rules! text_font_attrs {
    ($name:ident) => {
        $crate::text_font_attrs::text_font_attrs!($name, |s: $name| arkui_core::Widget::node(s));
    };
    ($name:ident, $text:expr) => {
        impl $name {
            /// `fontSize` (default 16fp).
            pub fn font_size(self, v: impl Into<arkui_core::Length>) -> Self {
                let v = v.into();
                ($text)(self).set_text(|t| t.font_size = v);
                self
            }

            /// `fontColor`.
            pub fn font_color(self, v: arkui_core::Color) -> Self {
                ($text)(self).set_text(|t| t.font_color = v);
                self
            }

            /// `fontWeight`.
            pub fn font_weight(self, v: arkui_core::FontWeight) -> Self {
                ($text)(self).set_text(|t| t.font_weight = v);
                self
            }

            /// `fontFamily`.
            pub fn font_family(self, v: impl Into<String>) -> Self {
                let v = v.into();
                ($text)(self).set_text(|t| t.font_family = Some(v));
                self
            }

            /// `fontStyle`.
            pub fn font_style(self, v: arkui_core::FontStyle) -> Self {
                ($text)(self).set_text(|t| t.font_style = v);
                self
            }

            /// `textShadow`: one shadow or several (see [`crate::Text::text_shadow`]).
            pub fn text_shadow(self, shadows: impl Into<crate::TextShadows>) -> Self {
                let shadows = shadows.into().0;
                ($text)(self).set_text(|t| t.text_shadows = shadows);
                self
            }
        }
    };
}

pub(crate) use text_font_attrs;
