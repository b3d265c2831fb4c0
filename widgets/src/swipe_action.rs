//! ArkUI's `ListItem.swipeAction`: drag a list item sideways to reveal actions behind it
//! (the `end` ones when dragging towards the start, the `start` ones the other way). A
//! release past half an action's width leaves it open; dragging on past the action by
//! `actionAreaDistance` arms its `onAction` (a delete on full swipe), fired on release.
//! Opening one item closes any other open item of the same list, and the list scrolling
//! closes it too.

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::{
    AnimateParam, CommonAttribute, Curve, Gesture, Length, MediaEnv, NodeId, PanDirection,
    Positioning, View, Visibility, animate_to, pct, untrack,
};

type Callback = Rc<dyn Fn()>;
type StateCallback = Rc<dyn Fn(SwipeActionState)>;

/// ArkUI's `SwipeActionState`.
///
/// ```
/// assert_ne!(arkui_widgets::SwipeActionState::Collapsed, arkui_widgets::SwipeActionState::Expanded);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwipeActionState {
    /// Nothing revealed.
    Collapsed,
    /// An action is revealed and stays open.
    Expanded,
    /// Dragged into the action area and released: `onAction` runs.
    Actioning,
}

/// ArkUI's `SwipeEdgeEffect`: what a drag past the actions (or towards a side without
/// actions) does.
///
/// ```
/// assert_eq!(arkui_widgets::SwipeEdgeEffect::default(), arkui_widgets::SwipeEdgeEffect::Spring);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SwipeEdgeEffect {
    /// Goes on with resistance and springs back (the default).
    #[default]
    Spring,
    /// Stops at the edge.
    None,
}

/// One side's action, ArkUI's `SwipeActionItem`: the view revealed behind the item and what
/// a full swipe does.
///
/// ```
/// use arkui_widgets::{SwipeActionItem, Text};
/// let delete = SwipeActionItem::new(Text::new("Delete")).on_action(|| println!("deleted"));
/// assert!(format!("{delete:?}").contains("on_action: true"));
/// ```
#[derive(Clone)]
pub struct SwipeActionItem {
    node: NodeId,
    action_area_distance: Length,
    on_action: Option<Callback>,
    on_enter_action_area: Option<Callback>,
    on_exit_action_area: Option<Callback>,
    on_state_change: Option<StateCallback>,
}

impl std::fmt::Debug for SwipeActionItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SwipeActionItem")
            .field("action_area_distance", &self.action_area_distance)
            .field("on_action", &self.on_action.is_some())
            .finish()
    }
}

impl SwipeActionItem {
    /// `builder`: the view shown behind the item (a delete button, say). It is as tall as
    /// the item.
    pub fn new(view: impl View) -> SwipeActionItem {
        SwipeActionItem {
            node: view.into_node(),
            action_area_distance: Length::Vp(56.0),
            on_action: None,
            on_enter_action_area: None,
            on_exit_action_area: None,
            on_state_change: None,
        }
    }

    /// `actionAreaDistance`: how far past the action a drag must go to arm `onAction`
    /// (56 vp by default).
    pub fn action_area_distance(mut self, d: impl Into<Length>) -> Self {
        self.action_area_distance = d.into();
        self
    }

    /// `onAction`: a release in the action area (the full swipe) runs this.
    pub fn on_action(mut self, f: impl Fn() + 'static) -> Self {
        self.on_action = Some(Rc::new(f));
        self
    }

    /// `onEnterActionArea`: the drag went past the action area's threshold.
    pub fn on_enter_action_area(mut self, f: impl Fn() + 'static) -> Self {
        self.on_enter_action_area = Some(Rc::new(f));
        self
    }

    /// `onExitActionArea`: the drag came back under the threshold.
    pub fn on_exit_action_area(mut self, f: impl Fn() + 'static) -> Self {
        self.on_exit_action_area = Some(Rc::new(f));
        self
    }

    /// `onStateChange`: the action opened, closed or fired.
    pub fn on_state_change(mut self, f: impl Fn(SwipeActionState) + 'static) -> Self {
        self.on_state_change = Some(Rc::new(f));
        self
    }
}

/// ArkUI's `SwipeActionOptions`.
///
/// ```
/// use arkui_widgets::{SwipeActionItem, SwipeActionOptions, SwipeEdgeEffect, Text};
/// let o = SwipeActionOptions::new()
///     .end(SwipeActionItem::new(Text::new("Delete")))
///     .edge_effect(SwipeEdgeEffect::None);
/// assert!(format!("{o:?}").contains("None"));
/// ```
#[derive(Clone, Default)]
pub struct SwipeActionOptions {
    start: Option<SwipeActionItem>,
    end: Option<SwipeActionItem>,
    edge_effect: SwipeEdgeEffect,
    on_offset_change: Option<Rc<dyn Fn(f32)>>,
}

impl std::fmt::Debug for SwipeActionOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SwipeActionOptions")
            .field("start", &self.start)
            .field("end", &self.end)
            .field("edge_effect", &self.edge_effect)
            .finish()
    }
}

impl SwipeActionOptions {
    /// No actions.
    pub fn new() -> SwipeActionOptions {
        SwipeActionOptions::default()
    }

    /// `start`: revealed when the item is dragged towards the end (rightwards).
    pub fn start(mut self, item: SwipeActionItem) -> Self {
        self.start = Some(item);
        self
    }

    /// `end`: revealed when the item is dragged towards the start (leftwards).
    pub fn end(mut self, item: SwipeActionItem) -> Self {
        self.end = Some(item);
        self
    }

    /// `edgeEffect`.
    pub fn edge_effect(mut self, e: SwipeEdgeEffect) -> Self {
        self.edge_effect = e;
        self
    }

    /// `onOffsetChange`: the item's offset in vp while it moves (negative: towards the
    /// start).
    pub fn on_offset_change(mut self, f: impl Fn(f32) + 'static) -> Self {
        self.on_offset_change = Some(Rc::new(f));
        self
    }
}

/// An item's swipe state, kept in its node.
struct Swipe {
    options: SwipeActionOptions,
    /// Current offset along the swipe axis, px (negative: the end action shows).
    offset: f32,
    /// Offset when the drag began.
    base: f32,
    state: SwipeActionState,
    in_area: bool,
    density: f32,
    /// The item's own `responseRegion`, given back when the actions close.
    own_region: Option<(Length, Length, Length, Length)>,
}

#[derive(Clone)]
struct SwipeSlot(Rc<RefCell<Swipe>>);

/// The open item of a list, kept in the list's node.
#[derive(Clone, Copy)]
struct OpenItem(NodeId);

fn swipe(item: NodeId) -> Option<Rc<RefCell<Swipe>>> {
    item.extension::<SwipeSlot>().map(|s| s.0)
}

/// The List `item` belongs to, and whether it scrolls vertically.
fn list_of(item: NodeId) -> Option<(NodeId, bool)> {
    let mut n = item.parent();
    while let Some(p) = n {
        if p.tag() == Some("List") {
            let vertical = crate::scroller_engine::engine(p).is_none_or(|e| e.vertical.get());
            return Some((p, vertical));
        }
        n = p.parent();
    }
    None
}

/// Give `item` the swipe actions of `options` (replacing earlier ones).
pub(crate) fn attach(item: NodeId, options: SwipeActionOptions) {
    if let Some(old) = swipe(item) {
        let old = old.borrow();
        for side in [&old.options.start, &old.options.end].into_iter().flatten() {
            item.remove_child(side.node);
        }
    }
    for (side, at_end) in [(&options.start, false), (&options.end, true)] {
        let Some(side) = side else { continue };
        side.node.set_layout(|a| {
            a.positioning = Positioning::Absolute {
                x: if at_end { pct(100.0) } else { Length::Px(0.0) },
                y: Length::Px(0.0),
            };
            a.height = pct(100.0);
            a.visibility = Visibility::Hidden;
        });
        item.append(side.node);
    }
    let density = MediaEnv::current()
        .map(|m| untrack(|| m.density()))
        .filter(|d| d.is_finite() && *d > 0.0)
        .unwrap_or(1.0);
    let fresh = item.extension::<SwipeSlot>().is_none();
    item.set_extension(SwipeSlot(Rc::new(RefCell::new(Swipe {
        options,
        offset: 0.0,
        base: 0.0,
        state: SwipeActionState::Collapsed,
        in_area: false,
        density,
        own_region: item.current_response_region(),
    }))));
    if fresh {
        install_pan(item);
    }
}

fn install_pan(item: NodeId) {
    // Sideways only: a vertical list's items (the common case). A horizontal list's items
    // would swipe up and down, which a vertical pan here would take from the list's own
    // scrolling; they get no swipe actions yet.
    let vertical_list = move || list_of(item).is_none_or(|(_, v)| v);
    let pan = Gesture::pan(PanDirection::Horizontal)
        .on_action_start(move |_| {
            if let Some((list, _)) = list_of(item)
                && let Some(OpenItem(open)) = list.extension::<OpenItem>()
                && open != item
            {
                close(open);
            }
            if let Some(s) = swipe(item) {
                let mut s = s.borrow_mut();
                s.base = s.offset;
            }
        })
        .on_action_update(move |ev| {
            let travel = if vertical_list() {
                ev.offset_x
            } else {
                ev.offset_y
            };
            drag(item, travel);
        })
        .on_action_end(move |_| release(item))
        .on_action_cancel(move || release(item));
    item.gesture(pan);
}

/// Widths of the start and end actions, px.
fn widths(s: &Swipe, vertical_list: bool) -> (f32, f32) {
    let len = |a: &Option<SwipeActionItem>| {
        a.as_ref()
            .and_then(|a| a.node.rect())
            .map_or(0.0, |r| if vertical_list { r.width } else { r.height })
    };
    (len(&s.options.start), len(&s.options.end))
}

/// The finger moved `travel` vp from where the drag started.
fn drag(item: NodeId, travel: f32) {
    let Some(st) = swipe(item) else { return };
    let vertical_list = list_of(item).is_none_or(|(_, v)| v);
    let (enter, exit) = {
        let mut s = st.borrow_mut();
        if !travel.is_finite() {
            return;
        }
        let (start_w, end_w) = widths(&s, vertical_list);
        let raw = s.base + travel * s.density;
        let (side, width) = if raw >= 0.0 {
            (s.options.start.clone(), start_w)
        } else {
            (s.options.end.clone(), end_w)
        };
        let magnitude = raw.abs();
        let has_action = side.as_ref().is_some_and(|a| a.on_action.is_some());
        let limited = if side.is_none() {
            // No action this way: only the edge effect's give.
            match s.options.edge_effect {
                SwipeEdgeEffect::Spring => magnitude * 0.3,
                SwipeEdgeEffect::None => 0.0,
            }
        } else if magnitude <= width || has_action {
            magnitude
        } else {
            match s.options.edge_effect {
                SwipeEdgeEffect::Spring => width + (magnitude - width) * 0.3,
                SwipeEdgeEffect::None => width,
            }
        };
        s.offset = limited.copysign(raw);
        let threshold = side.as_ref().map_or(f32::INFINITY, |a| {
            width + px(a.action_area_distance, s.density)
        });
        let now_in = has_action && magnitude > threshold;
        let was_in = std::mem::replace(&mut s.in_area, now_in);
        let cb =
            |f: fn(&SwipeActionItem) -> &Option<Callback>| side.as_ref().and_then(|a| f(a).clone());
        match (was_in, now_in) {
            (false, true) => (cb(|a| &a.on_enter_action_area), None),
            (true, false) => (None, cb(|a| &a.on_exit_action_area)),
            _ => (None, None),
        }
    };
    apply(item, vertical_list);
    if let Some(f) = enter {
        f();
    }
    if let Some(f) = exit {
        f();
    }
}

/// `l` in pixels (a percentage has no base here: 0).
fn px(l: Length, density: f32) -> f32 {
    crate::length_px::px(l, density, 0.0)
}

/// The finger lifted: fire the armed action, open past half an action, or close.
fn release(item: NodeId) {
    let Some(st) = swipe(item) else { return };
    let vertical_list = list_of(item).is_none_or(|(_, v)| v);
    let (target, state, action, side_cb) = {
        let mut s = st.borrow_mut();
        let (start_w, end_w) = widths(&s, vertical_list);
        let towards_end = s.offset < 0.0;
        let (side, width) = if towards_end {
            (s.options.end.clone(), end_w)
        } else {
            (s.options.start.clone(), start_w)
        };
        let state_cb = side.as_ref().and_then(|a| a.on_state_change.clone());
        if std::mem::take(&mut s.in_area) {
            let action = side.as_ref().and_then(|a| a.on_action.clone());
            (0.0, SwipeActionState::Actioning, action, state_cb)
        } else if side.is_some() && width > 0.0 && s.offset.abs() >= width / 2.0 {
            let target = if towards_end { -width } else { width };
            (target, SwipeActionState::Expanded, None, state_cb)
        } else {
            (0.0, SwipeActionState::Collapsed, None, state_cb)
        }
    };
    settle(item, target, vertical_list);
    let changed = {
        let mut s = st.borrow_mut();
        std::mem::replace(&mut s.state, state) != state
    };
    if let Some((list, _)) = list_of(item) {
        if state == SwipeActionState::Expanded {
            list.set_extension(OpenItem(item));
        } else if list.extension::<OpenItem>().is_some_and(|o| o.0 == item) {
            list.remove_extension::<OpenItem>();
        }
    }
    if changed && let Some(f) = &side_cb {
        f(state);
    }
    if let Some(f) = action {
        f();
        // The action ran; the item closes behind it (the app usually removes it).
        if let Some(s) = swipe(item) {
            s.borrow_mut().state = SwipeActionState::Collapsed;
        }
        if let Some(f) = side_cb {
            f(SwipeActionState::Collapsed);
        }
    }
}

/// Animate the item to `target` px.
fn settle(item: NodeId, target: f32, vertical_list: bool) {
    let Some(st) = swipe(item) else { return };
    st.borrow_mut().offset = target;
    let param = AnimateParam::new(250.0)
        .curve(Curve::Friction)
        .on_finish(move || {
            // Hide the actions once fully closed (they sit under the item's content).
            if swipe(item).is_some_and(|s| s.borrow().offset == 0.0) {
                apply(item, vertical_list);
            }
        });
    animate_to(param, || apply_translate(item, target, vertical_list));
    show_sides(item, target);
}

/// Close `item`'s open action.
pub(crate) fn close(item: NodeId) {
    let Some(st) = swipe(item) else { return };
    let (was, cb) = {
        let s = st.borrow();
        let side = if s.offset < 0.0 {
            &s.options.end
        } else {
            &s.options.start
        };
        (
            s.state,
            side.as_ref().and_then(|a| a.on_state_change.clone()),
        )
    };
    let vertical_list = list_of(item).is_none_or(|(_, v)| v);
    settle(item, 0.0, vertical_list);
    st.borrow_mut().state = SwipeActionState::Collapsed;
    if was != SwipeActionState::Collapsed
        && let Some(f) = cb
    {
        f(SwipeActionState::Collapsed);
    }
}

/// Close whatever item of `list` is open (the list scrolled).
pub(crate) fn close_open_item(list: NodeId) {
    if let Some(OpenItem(item)) = list.remove_extension::<OpenItem>() {
        close(item);
    }
}

/// The current state of `item`'s swipe actions, if it has any.
pub(crate) fn state(item: NodeId) -> Option<SwipeActionState> {
    swipe(item).map(|s| s.borrow().state)
}

/// Put the item's content and actions where its offset says, now.
fn apply(item: NodeId, vertical_list: bool) {
    let Some(st) = swipe(item) else { return };
    let (offset, cb, density) = {
        let s = st.borrow();
        (s.offset, s.options.on_offset_change.clone(), s.density)
    };
    apply_translate(item, offset, vertical_list);
    show_sides(item, offset);
    if let Some(f) = cb {
        f(offset / density);
    }
}

fn show_sides(item: NodeId, offset: f32) {
    let Some(st) = swipe(item) else { return };
    let s = st.borrow();
    for (side, shown) in [
        (&s.options.start, offset > 0.0),
        (&s.options.end, offset < 0.0),
    ] {
        if let Some(a) = side {
            a.node.set_layout(|l| {
                l.visibility = if shown {
                    Visibility::Visible
                } else {
                    Visibility::Hidden
                };
            });
        }
    }
}

fn apply_translate(item: NodeId, offset: f32, vertical_list: bool) {
    let Some(st) = swipe(item) else { return };
    let s = st.borrow();
    let (start_w, end_w) = widths(&s, vertical_list);
    let at = |v: f32| {
        let v = Length::Px(if v.is_finite() { v.round() } else { 0.0 });
        if vertical_list {
            (v, Length::Px(0.0))
        } else {
            (Length::Px(0.0), v)
        }
    };
    // The whole item moves (its background too); the actions ride along just outside its
    // edges, so they appear in the room the item leaves.
    item.set_visual(|v| v.translate = at(offset));
    if let Some(a) = &s.options.start {
        a.node.set_visual(|v| v.translate = at(-start_w));
    }
    // The item takes touches over its actions too while they show (a child outside its
    // parent's box is not hit otherwise).
    let own_region = s.own_region;
    let region = if offset == 0.0 {
        own_region
    } else {
        let len = item
            .rect()
            .map_or(0.0, |r| if vertical_list { r.width } else { r.height });
        let (from, across) = (Length::Px(-start_w), Length::Px(len + start_w + end_w));
        Some(if vertical_list {
            (from, Length::Px(0.0), across, pct(100.0))
        } else {
            (Length::Px(0.0), from, pct(100.0), across)
        })
    };
    if item.current_response_region() != region {
        item.set_response_region(region);
    }
}
