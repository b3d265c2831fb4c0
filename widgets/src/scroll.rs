//! `Scroll`: a viewport onto content larger than itself, with fling, overscroll with
//! spring-back and a scroll bar (the motion and the bar are shared with List and Grid).

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::{
    CommonAttribute, Element, FlexDirection, Gesture, ItemAlign, Length, MediaEnv, NodeId,
    NodeKind, PanDirection, observe_layout,
};

use crate::handle::component_handle;
use crate::scroll_bar::ScrollBar;
use crate::scroll_physics::{EdgeEffect, ScrollPhysics};

/// ArkUI's `ScrollDirection`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ScrollDirection {
    /// Scrolls up and down (default).
    #[default]
    Vertical,
    /// Scrolls left and right.
    Horizontal,
}

/// A Scroll's motion and bar.
struct Parts {
    physics: ScrollPhysics,
    bar: ScrollBar,
    vertical: bool,
    density: f32,
    /// The axis the drag was installed for.
    pan_axis: Option<bool>,
    /// The motion knows the scrollable range (a layout was synced).
    synced: bool,
}

/// A Scroll's parts, kept in its node.
#[derive(Clone)]
struct ScrollParts(Rc<RefCell<Parts>>);

fn parts(n: NodeId) -> Option<Rc<RefCell<Parts>>> {
    n.extension::<ScrollParts>().map(|p| p.0)
}

/// The motion, bar and axis of Scroll `n`, for the attributes every scrolling container
/// shares (`crate::scrollable`).
pub(crate) fn motion(n: NodeId) -> Option<crate::scrollable::Motion> {
    let p = parts(n)?;
    let p = p.borrow();
    Some(crate::scrollable::Motion {
        physics: p.physics.clone(),
        bar: p.bar.clone(),
        vertical: p.vertical,
    })
}

component_handle!(
    /// A scrolling viewport, ArkUI's `Scroll`: its child keeps its full size along the
    /// scrolling axis, and the part at the scroll offset shows through (the rest is clipped).
    /// A drag scrolls; releasing it flings with ArkUI's friction on the frame clock; with
    /// `edge_effect(EdgeEffect::Spring)` the content can be pulled past its ends and springs
    /// back.
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
    /// assert_eq!(arkui_core::inspector_rect(&app.inspector_by_id("content").unwrap()).unwrap().y, -120.0);
    /// s.scroll_to(0.0, 1000.0); // clamped to the content
    /// assert_eq!(arkui_core::inspector_rect(&app.inspector_by_id("content").unwrap()).unwrap().y, -200.0);
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
        let density = MediaEnv::current()
            .map(|m| arkui_core::untrack(|| m.density()))
            .filter(|d| d.is_finite() && *d > 0.0)
            .unwrap_or(1.0);
        let physics = ScrollPhysics::new(EdgeEffect::None);
        physics.set_density(density);
        let bar = ScrollBar::new(n, true, density);
        let p = Rc::new(RefCell::new(Parts {
            physics: physics.clone(),
            bar: bar.clone(),
            vertical: true,
            density,
            pan_axis: None,
            synced: false,
        }));
        n.set_extension(ScrollParts(p));
        physics.set_apply(move |o| apply(n, o));
        physics.set_node(n);
        observe_layout(n, move || sync(n));
        crate::scroller::keep_offset(n, density);
        Scroll(n)
    }

    fn update(self, _: ()) {}
}

/// The Scroll's own drag, along its axis (known once attributes are applied): it comes
/// before the core's plain drag, so it flings.
fn install_pan(n: NodeId, p: &Rc<RefCell<Parts>>) {
    let (vertical, density, physics) = {
        let mut p = p.borrow_mut();
        if p.pan_axis == Some(p.vertical) {
            return;
        }
        p.pan_axis = Some(p.vertical);
        (p.vertical, p.density, p.physics.clone())
    };
    let (a, b, c, d) = (physics.clone(), physics.clone(), physics.clone(), physics);
    let pan = Gesture::pan(if vertical {
        PanDirection::Vertical
    } else {
        PanDirection::Horizontal
    })
    .on_action_start(move |_| {
        sync(n);
        a.drag_start();
    })
    .on_action_update(move |e| {
        b.drag_update(if vertical { e.offset_y } else { e.offset_x } * density);
    })
    .on_action_end(move |_| c.drag_end())
    .on_action_cancel(move || d.drag_end());
    n.gesture(pan);
}

/// The content nodes of a Scroll (everything but its bar).
fn content(n: NodeId) -> Vec<NodeId> {
    let thumb = parts(n).map(|p| p.borrow().bar.thumb());
    n.flattened_children()
        .into_iter()
        .filter(|c| Some(*c) != thumb)
        .collect()
}

/// Show offset `o` (pixels along the axis, possibly past an edge).
fn apply(n: NodeId, o: f32) {
    let Some(p) = parts(n) else { return };
    let (vertical, max) = {
        let p = p.borrow();
        (p.vertical, p.physics.max())
    };
    let inside = o.clamp(0.0, max);
    let (x, y) = n.scroll_offset();
    if vertical {
        n.set_scroll_offset(x, inside);
    } else {
        n.set_scroll_offset(inside, y);
    }
    // Past an edge the content is drawn shifted (layout keeps it in range).
    let over = Length::Px(-(o - inside));
    for c in content(n) {
        c.set_visual(|v| {
            v.translate = if vertical {
                (Length::Px(0.0), over)
            } else {
                (over, Length::Px(0.0))
            }
        });
    }
    p.borrow().bar.activity();
    place_bar(n);
}

/// After layout: the scrollable range, the offset layout clamped to, the bar.
fn sync(n: NodeId) {
    let Some(p) = parts(n) else { return };
    let Some(rect) = n.rect() else { return };
    install_pan(n, &p);
    let vertical = p.borrow().vertical;
    let extent = content(n)
        .iter()
        .filter_map(|c| c.rect())
        .map(|r| {
            if vertical {
                r.y + r.height - rect.y
            } else {
                r.x + r.width - rect.x
            }
        })
        .fold(0.0f32, f32::max);
    let (sx, sy) = n.scroll_offset();
    let offset = if vertical { sy } else { sx };
    let viewport = if vertical { rect.height } else { rect.width };
    let physics = p.borrow().physics.clone();
    p.borrow_mut().synced = true;
    physics.set_max((extent + offset - viewport).max(0.0));
    if !physics.is_moving() {
        physics.set_quiet(offset);
    }
    place_bar(n);
}

fn place_bar(n: NodeId) {
    let Some(p) = parts(n) else { return };
    let Some(rect) = n.rect() else { return };
    let p = p.borrow();
    let (sx, sy) = n.scroll_offset();
    let viewport = if p.vertical { rect.height } else { rect.width };
    let content = p.physics.max() + viewport;
    p.bar.update(
        (rect.width, rect.height),
        content,
        p.physics.offset(),
        (sx, sy),
    );
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
        let vertical = d == ScrollDirection::Vertical;
        self.0.set_layout(|a| {
            a.direction = if vertical {
                FlexDirection::Column
            } else {
                FlexDirection::Row
            }
        });
        if let Some(p) = parts(self.0) {
            let mut p = p.borrow_mut();
            p.vertical = vertical;
            p.bar.set_vertical(vertical);
        }
        self
    }

    /// Scroll the content to offset `(x, y)` in pixels (clamped to the content).
    pub fn scroll_to(self, x: f32, y: f32) {
        scroll_to(self.0, x, y);
    }

    /// Scroll by `(dx, dy)` pixels.
    pub fn scroll_by(self, dx: f32, dy: f32) {
        let (x, y) = self.0.scroll_offset();
        scroll_to(self.0, x + dx, y + dy);
    }

    /// The current offset in pixels.
    pub fn offset(self) -> (f32, f32) {
        offset(self.0)
    }

    /// The scroll bar's thumb (for tests).
    pub fn scroll_bar_thumb(self) -> Option<NodeId> {
        parts(self.0).map(|p| p.borrow().bar.thumb())
    }
}

pub(crate) fn scroll_to(n: NodeId, x: f32, y: f32) {
    let Some(p) = parts(n) else {
        n.set_scroll_offset(x, y);
        return;
    };
    let (physics, vertical, synced) = {
        let p = p.borrow();
        (p.physics.clone(), p.vertical, p.synced)
    };
    if synced {
        // Laid out: the range is known, so the move goes through the motion, which clamps
        // it and reports it (`on_did_scroll`, the edges, start and stop).
        physics.jump_to(if vertical { y } else { x });
    } else {
        // Not laid out yet: layout clamps the offset and the motion picks it up.
        physics.stop_motion();
        n.set_scroll_offset(x, y);
    }
}

pub(crate) fn offset(n: NodeId) -> (f32, f32) {
    n.scroll_offset()
}

pub(crate) fn is_at_end(n: NodeId) -> bool {
    parts(n).is_some_and(|p| {
        let p = p.borrow();
        let (x, y) = n.scroll_offset();
        (if p.vertical { y } else { x }) >= p.physics.max() - 0.5
    })
}
