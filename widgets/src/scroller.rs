//! `Scroller`: the controller an app binds to a Scroll, List, Grid or WaterFlow to scroll
//! it from code, ArkUI's `Scroller`.

use arkui_core::{NodeId, State, untrack};

use crate::scroller_engine::engine;

/// Scrolls the container it is bound to (`.scroller(s)`), ArkUI's `Scroller`. `Copy`:
/// keep it in the component that owns the container.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{List, ListItem, Scroller, Text};
/// let scroller = Scroller::new();
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     let list = List::new().scroller(scroller).height(100.0);
///     for i in 0..50 {
///         list.child(ListItem::new().height(20.0).id(format!("row{i}")).child(Text::new(format!("{i}"))));
///     }
///     list
/// });
/// app.frame();
/// scroller.scroll_to_index(10);
/// app.frame();
/// let list_top = arkui_core::inspector_rect(&app.inspector_tree()["$children"][0]).unwrap().y;
/// assert_eq!(arkui_core::inspector_rect(&app.inspector_by_id("row10").unwrap()).unwrap().y, list_top);
/// assert_eq!(scroller.current_offset(), (0.0, 200.0));
/// scroller.scroll_to_index(1_000_000); // clamped to the end, never a panic
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scroller {
    target: State<Option<NodeId>>,
}

impl Default for Scroller {
    fn default() -> Self {
        Scroller::new()
    }
}

impl Scroller {
    /// A controller bound to nothing yet.
    pub fn new() -> Scroller {
        Scroller {
            target: State::new(None),
        }
    }

    pub(crate) fn bind(self, node: NodeId) {
        self.target.set(Some(node));
    }

    fn node(self) -> Option<NodeId> {
        untrack(|| self.target.try_get().ok().flatten())
    }

    /// `scrollToIndex`: bring item `index` to the start of the viewport (clamped to the
    /// items and to the scrollable range; an index past the end is logged).
    pub fn scroll_to_index(self, index: usize) {
        if let Some(e) = self.node().and_then(engine) {
            e.scroll_to_index(index, false);
        }
    }

    /// `scrollToIndex` with `smooth`: animate there over 300 ms on the frame clock.
    pub fn scroll_to_index_smooth(self, index: usize) {
        if let Some(e) = self.node().and_then(engine) {
            e.scroll_to_index(index, true);
        }
    }

    /// `scrollTo`: scroll to `(x, y)` pixels (clamped).
    pub fn scroll_to(self, x: f32, y: f32) {
        let Some(n) = self.node() else { return };
        match engine(n) {
            Some(e) => e.physics.jump_to(if e.vertical.get() { y } else { x }),
            None => crate::scroll::scroll_to(n, x, y),
        }
    }

    /// `currentOffset`: how far the content is scrolled, in pixels `(x, y)`.
    pub fn current_offset(self) -> (f32, f32) {
        let Some(n) = self.node() else {
            return (0.0, 0.0);
        };
        match engine(n) {
            Some(e) if e.vertical.get() => (0.0, e.physics.offset()),
            Some(e) => (e.physics.offset(), 0.0),
            None => crate::scroll::offset(n),
        }
    }

    /// `isAtEnd`: the content is scrolled to its end.
    pub fn is_at_end(self) -> bool {
        let Some(n) = self.node() else { return false };
        match engine(n) {
            Some(e) => e.physics.offset() >= e.physics.max() - 0.5,
            None => crate::scroll::is_at_end(n),
        }
    }
}
