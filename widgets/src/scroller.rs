//! `Scroller`: the controller an app binds to a Scroll, List, Grid or WaterFlow to scroll
//! it from code, ArkUI's `Scroller`.

use arkui_core::{NodeId, State, untrack};

use crate::scrollable::motion_of;
use crate::scroller_engine::engine;

/// An edge to scroll to, ArkUI's `Edge` as `scrollEdge` takes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScrollEdge {
    /// The start of a vertical container.
    Top,
    /// The end of a vertical container.
    Bottom,
    /// The start of the container's axis.
    Start,
    /// The end of the container's axis.
    End,
}

/// Scrolls the container it is bound to (`.scroller(s)`), ArkUI's `Scroller`. `Copy`:
/// keep it in the component that owns the container.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{List, ListItem, ScrollableCommonMethod, Scroller, Text};
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
        if let Some(n) = self.node() {
            jump(n, x, y);
        }
    }

    /// `currentOffset`: how far the content is scrolled, in pixels `(x, y)`.
    pub fn current_offset(self) -> (f32, f32) {
        self.node().map_or((0.0, 0.0), offset_of)
    }

    /// `scrollEdge`: jump to an edge of the content (`Top`/`Start` to the start,
    /// `Bottom`/`End` to the end of the container's axis).
    pub fn scroll_edge(self, edge: ScrollEdge) {
        let Some(m) = self.node().and_then(motion_of) else {
            return;
        };
        match edge {
            ScrollEdge::Top | ScrollEdge::Start => m.physics.jump_to(0.0),
            ScrollEdge::Bottom | ScrollEdge::End => m.physics.jump_to(m.physics.max()),
        }
    }

    /// `scrollPage`: one viewport on (`next`) or back, animated over 300 ms or at once.
    pub fn scroll_page(self, next: bool, animate: bool) {
        let Some(n) = self.node() else { return };
        let Some(m) = motion_of(n) else { return };
        let Some(r) = n.rect() else { return };
        let page = if m.vertical { r.height } else { r.width };
        let to = m.physics.offset() + if next { page } else { -page };
        if animate {
            m.physics.animate_to(to, 300.0);
        } else {
            m.physics.jump_to(to);
        }
    }

    /// `scrollBy`: move the content by `(dx, dy)` pixels (clamped), along the container's
    /// axis.
    pub fn scroll_by(self, dx: f32, dy: f32) {
        let Some(m) = self.node().and_then(motion_of) else {
            return;
        };
        let by = if m.vertical { dy } else { dx };
        m.physics.jump_to(m.physics.offset() + by);
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

/// Scroll container `n` (a Scroll, or a List, Grid or WaterFlow) to `(x, y)` pixels.
fn jump(n: NodeId, x: f32, y: f32) {
    match engine(n) {
        Some(e) => e.physics.jump_to(if e.vertical.get() { y } else { x }),
        None => crate::scroll::scroll_to(n, x, y),
    }
}

/// How far container `n` is scrolled, in pixels `(x, y)`.
fn offset_of(n: NodeId) -> (f32, f32) {
    match engine(n) {
        Some(e) if e.vertical.get() => (0.0, e.physics.offset()),
        Some(e) => (e.physics.offset(), 0.0),
        None => crate::scroll::offset(n),
    }
}

/// Keep scroll container `n`'s offset across a restart of the app (the previewer's
/// rebuild), in vp so it means the same on a screen of another density.
pub(crate) fn keep_offset(n: NodeId, density: f32) {
    n.add_restorable(
        "offset",
        // Saved even at 0: the app may start scrolled elsewhere.
        move || {
            let (x, y) = offset_of(n);
            Some(serde_json::json!([x / density, y / density]))
        },
        move |saved| {
            let at = |i: usize| saved[i].as_f64().filter(|v| v.is_finite());
            match (at(0), at(1)) {
                (Some(x), Some(y)) => {
                    jump(n, x as f32 * density, y as f32 * density);
                    true
                }
                _ => false,
            }
        },
    );
}
