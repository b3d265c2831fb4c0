//! ArkUI's `ScrollableCommonMethod`: the attributes and scroll events Scroll, List, Grid
//! and WaterFlow share, written once over the motion they share
//! ([`crate::scroll_physics::ScrollPhysics`]).

use std::rc::Rc;

use arkui_core::{NodeId, Widget};

use crate::scroll_bar::{BarState, ScrollBar};
use crate::scroll_physics::{EdgeEffect, ScrollEvents, ScrollPhysics, ScrollState};
use crate::scroller::Scroller;

/// The motion, bar and axis of scrolling container `node` (a Scroll, List, Grid or
/// WaterFlow), whichever kind it is.
pub(crate) struct Motion {
    pub(crate) physics: ScrollPhysics,
    pub(crate) bar: ScrollBar,
    pub(crate) vertical: bool,
}

pub(crate) fn motion_of(node: NodeId) -> Option<Motion> {
    if let Some(e) = crate::scroller_engine::engine(node) {
        return Some(Motion {
            physics: e.physics.clone(),
            bar: e.bar.clone(),
            vertical: e.vertical.get(),
        });
    }
    crate::scroll::motion(node)
}

fn with_events(node: NodeId, f: impl FnOnce(&mut ScrollEvents)) {
    if let Some(m) = motion_of(node) {
        m.physics.events(f);
    }
}

/// The attributes and events every scrolling container has, ArkUI's
/// `ScrollableCommonMethod`: implemented by [`Scroll`](crate::Scroll),
/// [`List`](crate::List), [`Grid`](crate::Grid) and [`WaterFlow`](crate::WaterFlow).
/// Offsets are in vp.
///
/// ```
/// use std::{cell::RefCell, rc::Rc};
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Column, Scroll, ScrollableCommonMethod, Scroller};
/// let log = Rc::new(RefCell::new(Vec::new()));
/// let (a, b, c) = (log.clone(), log.clone(), log.clone());
/// let scroller = Scroller::new();
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     Scroll::new().height(100.0).scroller(scroller)
///         .on_reach_start(move || a.borrow_mut().push("start".to_string()))
///         .on_reach_end(move || b.borrow_mut().push("end".to_string()))
///         .on_did_scroll(move |dy, _| c.borrow_mut().push(format!("by {dy}")))
///         .child(Column::new().width(50.0).height(300.0))
/// });
/// app.frame();
/// assert_eq!(*log.borrow(), ["start"], "laid out at its start");
/// scroller.scroll_to(0.0, 200.0);
/// assert_eq!(*log.borrow(), ["start", "by 200", "end"]);
/// ```
pub trait ScrollableCommonMethod: Widget {
    /// `scroller`: bind a controller.
    fn scroller(self, s: Scroller) -> Self {
        s.bind(self.node());
        self
    }

    /// `edgeEffect`: what happens at the ends (Spring for List, Grid and WaterFlow by
    /// default; None for Scroll).
    fn edge_effect(self, effect: EdgeEffect) -> Self {
        if let Some(m) = motion_of(self.node()) {
            m.physics.set_edge(effect);
        }
        self.node()
            .set_inspector_attr("edgeEffect", format!("EdgeEffect.{effect:?}"));
        self
    }

    /// `nestedScroll`: how a drag is shared with the scrolling container around this one
    /// (on the same axis), per direction. Only this one scrolls by default.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, pct};
    /// use arkui_widgets::{Column, List, ListItem, NestedScrollMode, NestedScrollOptions, Scroll,
    ///     ScrollableCommonMethod};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let list = List::new().height(100.0).id("list").nested_scroll(NestedScrollOptions::new(
    ///         NestedScrollMode::SelfFirst, NestedScrollMode::SelfFirst));
    ///     for _ in 0..3 {
    ///         list.child(ListItem::new().height(40.0));
    ///     }
    ///     Scroll::new().width(200.0).height(150.0).id("outer").child(
    ///         Column::new().width(pct(100.0)).child(list).child(Column::new().height(300.0)))
    /// });
    /// app.frame();
    /// let outer = app.find_by_id("outer").unwrap().rect().unwrap();
    /// // Drag up 80 px inside the list: 20 px scroll it to its end, the rest the page.
    /// let (x, y) = (outer.x + 50.0, outer.y + 90.0);
    /// app.pointer_down(x, y);
    /// for i in 1..=8 {
    ///     app.pointer_move(x, y - 10.0 * i as f32);
    ///     app.frame();
    /// }
    /// let inner = app.find_by_id("list").unwrap().rect().unwrap();
    /// assert_eq!(inner.y, outer.y - 60.0, "the page scrolled by the rest");
    /// ```
    fn nested_scroll(self, options: crate::NestedScrollOptions) -> Self {
        if let Some(m) = motion_of(self.node()) {
            m.physics.set_nested(options);
        }
        self
    }

    /// `friction`: how quickly a fling slows (ArkUI's default 0.6; non-positive or
    /// non-finite values keep it).
    fn friction(self, f: f32) -> Self {
        if let Some(m) = motion_of(self.node()) {
            m.physics.set_friction(f);
        }
        self
    }

    /// `scrollBar`: when the scroll bar shows (default: while scrolling).
    fn scroll_bar(self, state: BarState) -> Self {
        if let Some(m) = motion_of(self.node()) {
            m.bar.set_state(state);
        }
        self
    }

    /// `onScrollStart`: the content starts moving (a drag, a fling, an animated scroll).
    fn on_scroll_start(self, f: impl Fn() + 'static) -> Self {
        with_events(self.node(), |e| e.on_scroll_start = Some(Rc::new(f)));
        self
    }

    /// `onScrollStop`: the content came to rest with no finger on it.
    fn on_scroll_stop(self, f: impl Fn() + 'static) -> Self {
        with_events(self.node(), |e| e.on_scroll_stop = Some(Rc::new(f)));
        self
    }

    /// `onDidScroll`: the content moved by `delta` vp along its axis (positive towards
    /// the end), while in `state`.
    fn on_did_scroll(self, f: impl Fn(f32, ScrollState) + 'static) -> Self {
        with_events(self.node(), |e| e.on_did_scroll = Some(Rc::new(f)));
        self
    }

    /// `onReachStart`: the content arrived at its start (also once when first laid out
    /// there).
    fn on_reach_start(self, f: impl Fn() + 'static) -> Self {
        with_events(self.node(), |e| e.on_reach_start = Some(Rc::new(f)));
        self
    }

    /// `onReachEnd`: the content arrived at its end (content that fits, with no range to
    /// scroll, has no end to reach).
    fn on_reach_end(self, f: impl Fn() + 'static) -> Self {
        with_events(self.node(), |e| e.on_reach_end = Some(Rc::new(f)));
        self
    }
}

impl ScrollableCommonMethod for crate::Scroll {}
impl ScrollableCommonMethod for crate::List {}
impl ScrollableCommonMethod for crate::Grid {}
impl ScrollableCommonMethod for crate::WaterFlow {}
