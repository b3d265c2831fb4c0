//! `Divider`: a thin line across its container.

use arkui_core::{Color, Element, Length, NodeId, NodeKind};

use crate::handle::component_handle;
use crate::themed::{self, Slot};

/// ArkUI's documented divider colour (#33182431). Dividers now follow the theme's
/// `comp_divider` token instead (#33000000 light, #33FFFFFF dark).
pub const DIVIDER_COLOR: Color = Color::from_argb(0x3318_2431);

component_handle!(
    /// A horizontal (default) or vertical line, ArkUI's `Divider`: it stretches across its
    /// container and is `stroke_width` thick (1 px by default).
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{Column, Divider};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Column::new().width(200.0).child(Divider::new().id("d"))
    /// });
    /// assert_eq!(app.inspector_by_id("d").unwrap()["$rect"], "[60.00, 0.00],[260.00,1.00]");
    /// ```
    Divider
);

impl Element<()> for Divider {
    fn create(_: ()) -> Divider {
        let n = NodeId::create("Divider", NodeKind::Leaf);
        n.set_layout(|a| {
            a.align_self = arkui_core::ItemAlign::Stretch;
            a.height = Length::Px(1.0);
            a.flex_shrink = Some(0.0);
        });
        n.set_visual(|v| v.background_color = DIVIDER_COLOR);
        themed::follow(n, Slot::Background(|t| t.comp_divider));
        Divider(n)
    }

    fn update(self, _: ()) {}
}

impl Default for Divider {
    fn default() -> Self {
        Divider::new()
    }
}

impl Divider {
    /// A horizontal divider.
    pub fn new() -> Divider {
        Divider::create(())
    }

    /// `vertical`: a vertical line (in a Row).
    pub fn vertical(self, vertical: bool) -> Self {
        self.0.set_layout(|a| {
            let thickness = if vertical { a.height } else { a.width };
            let thickness = if thickness == Length::Auto {
                Length::Px(1.0)
            } else {
                thickness
            };
            if vertical {
                a.width = thickness;
                a.height = Length::Auto;
            } else {
                a.height = thickness;
                a.width = Length::Auto;
            }
        });
        self
    }

    /// `strokeWidth`: the line's thickness.
    pub fn stroke_width(self, w: impl Into<Length>) -> Self {
        let w = w.into();
        self.0.set_layout(|a| {
            if a.width != Length::Auto && a.height == Length::Auto {
                a.width = w;
            } else {
                a.height = w;
            }
        });
        self
    }

    /// `color` (default: the theme's `comp_divider`).
    pub fn color(self, c: Color) -> Self {
        self.0.set_visual(|v| v.background_color = c);
        self
    }
}
