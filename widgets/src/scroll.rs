//! `Scroll`: a viewport onto content larger than itself.

use arkui_core::{Element, FlexDirection, ItemAlign, NodeId, NodeKind};

use crate::handle::component_handle;

/// ArkUI's `ScrollDirection`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ScrollDirection {
    /// Scrolls up and down (default).
    #[default]
    Vertical,
    /// Scrolls left and right.
    Horizontal,
}

component_handle!(
    /// A scrolling viewport, ArkUI's `Scroll`: its child keeps its full size along the
    /// scrolling axis, and the part at the scroll offset shows through (the rest is clipped).
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{Column, Scroll};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Scroll::new().height(100.0).width(50.0).id("s")
    ///         .child(Column::new().width(50.0).height(300.0).id("content"))
    /// });
    /// let s = Scroll::from_id(&app, "s").unwrap();
    /// s.scroll_to(0.0, 120.0);
    /// assert_eq!(app.inspector_by_id("content").unwrap()["$rect"][0][1], -120.0);
    /// s.scroll_to(0.0, 1000.0); // clamped to the content
    /// assert_eq!(app.inspector_by_id("content").unwrap()["$rect"][0][1], -200.0);
    /// ```
    Scroll
);

impl Element<()> for Scroll {
    fn create(_: ()) -> Scroll {
        let n = NodeId::create("Scroll", NodeKind::Scroll);
        n.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Center;
        });
        Scroll(n)
    }

    fn update(self, _: ()) {}
}

impl Default for Scroll {
    fn default() -> Self {
        Scroll::new()
    }
}

impl Scroll {
    /// A vertical scroll view.
    pub fn new() -> Scroll {
        Scroll::create(())
    }

    /// The scroll view with `.id(id)` in `app`.
    pub fn from_id(app: &arkui_core::App, id: &str) -> Option<Scroll> {
        app.find_by_id(id)
            .filter(|n| n.tag() == Some("Scroll"))
            .map(Scroll)
    }

    /// `scrollable`: the scrolling axis.
    pub fn scrollable(self, d: ScrollDirection) -> Self {
        self.0.set_layout(|a| {
            a.direction = match d {
                ScrollDirection::Vertical => FlexDirection::Column,
                ScrollDirection::Horizontal => FlexDirection::Row,
            }
        });
        self
    }

    /// Scroll the content to offset `(x, y)` in pixels (clamped to the content).
    pub fn scroll_to(self, x: f32, y: f32) {
        self.0.set_scroll_offset(x, y);
    }

    /// Scroll by `(dx, dy)` pixels.
    pub fn scroll_by(self, dx: f32, dy: f32) {
        let (x, y) = self.0.scroll_offset();
        self.0.set_scroll_offset(x + dx, y + dy);
    }

    /// The current offset in pixels.
    pub fn offset(self) -> (f32, f32) {
        self.0.scroll_offset()
    }
}
