//! `Refresh`: pull to refresh. Dragging its content down past its top (a List at its
//! start hands on the drag it cannot use, through [`crate::nested_scroll`]) moves the
//! content down and shows a loading indicator in the gap; letting go past
//! `refresh_offset` starts a refresh (`refreshing` becomes true, `on_refreshing` runs) and
//! the indicator stays until the app sets `refreshing` back to false.

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::{
    AnimateParam, CommonAttribute, Curve, Effect, Element, FlexAlign, FlexDirection, Gesture,
    HorizontalAlign, ItemAlign, Length, LengthExt, Link, LinkSource, MediaEnv, NodeId, NodeKind,
    PanDirection, Positioning, State, View, Visibility, Widget, animate_to, pct, untrack,
};

use crate::LoadingProgress;
use crate::containers::Column;
use crate::nested_scroll::{NestedParent, NestedScrollMode};
use crate::text::Text;
use crate::theme::theme;

/// ArkUI's `RefreshStatus`.
///
/// ```
/// assert_ne!(arkui_widgets::RefreshStatus::Drag, arkui_widgets::RefreshStatus::OverDrag);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefreshStatus {
    /// At rest.
    Inactive,
    /// Pulled, not far enough to refresh on release.
    Drag,
    /// Pulled far enough: a release refreshes.
    OverDrag,
    /// Refreshing.
    Refresh,
    /// The refresh ended; the content goes back up.
    Done,
}

type StatusHandler = Rc<dyn Fn(RefreshStatus)>;

struct Inner {
    node: NodeId,
    indicator: NodeId,
    /// What the pull area shows: the loading indicator (and prompt text), or the app's
    /// `builder`.
    face: NodeId,
    /// `refreshingContent`: shown instead of `face` while refreshing.
    refreshing_face: Option<NodeId>,
    /// How far the content is pulled down, px.
    pull: f32,
    status: RefreshStatus,
    refreshing: Link<bool>,
    refresh_offset: Length,
    pull_to_refresh: bool,
    pull_down_ratio: Option<f32>,
    density: f32,
    on_state_change: Option<StatusHandler>,
    on_refreshing: Option<Rc<dyn Fn()>>,
    on_offset_change: Option<Rc<dyn Fn(f32)>>,
    /// The own pan's last travel (content that does not scroll).
    last_travel: f32,
}

#[derive(Clone)]
struct Slot(Rc<RefCell<Inner>>);

/// A pull-to-refresh container, ArkUI's `Refresh`: put a List (or any content) in it.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, State};
/// use arkui_widgets::{List, ListItem, Refresh};
/// let refreshing = State::new(false);
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     let list = List::new().id("list");
///     for _ in 0..20 {
///         list.child(ListItem::new().height(40.0));
///     }
///     Refresh::new().bind_refreshing(refreshing).height(200.0).child(list)
/// });
/// app.frame();
/// let top = app.find_by_id("list").unwrap().rect().unwrap();
/// // Pull the list down 150 px from its top and let go.
/// let (x, y) = (top.x + 50.0, top.y + 20.0);
/// app.pointer_down(x, y);
/// for i in 1..=10 {
///     app.pointer_move(x, y + 15.0 * i as f32);
///     app.frame();
/// }
/// app.pointer_up(x, y + 150.0);
/// app.frame();
/// assert!(refreshing.get(), "released past the refresh offset");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refresh(NodeId);

impl Widget for Refresh {
    fn node(self) -> NodeId {
        self.0
    }
}

impl Element<()> for Refresh {
    fn create(_: ()) -> Refresh {
        let node = NodeId::create("Refresh", NodeKind::Flex);
        node.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Stretch;
            a.width = pct(100.0);
            a.height = pct(100.0);
        });
        node.set_visual(|v| v.clip = true);
        let indicator = NodeId::create("RefreshIndicator", NodeKind::Stack);
        indicator.set_layout(|a| {
            a.positioning = Positioning::Absolute {
                x: Length::Px(0.0),
                y: Length::Px(0.0),
            };
            a.width = pct(100.0);
            a.height = Length::Px(0.0);
            a.visibility = Visibility::Hidden;
        });
        let face = default_face(None);
        indicator.append(face);
        node.append(indicator);
        let density = MediaEnv::current()
            .map(|m| untrack(|| m.density()))
            .filter(|d| d.is_finite() && *d > 0.0)
            .unwrap_or(1.0);
        let inner = Rc::new(RefCell::new(Inner {
            node,
            indicator,
            face,
            refreshing_face: None,
            pull: 0.0,
            status: RefreshStatus::Inactive,
            refreshing: Link::from(State::new(false)),
            refresh_offset: Length::Vp(64.0),
            pull_to_refresh: true,
            pull_down_ratio: None,
            density,
            on_state_change: None,
            on_refreshing: None,
            on_offset_change: None,
            last_travel: 0.0,
        }));
        node.set_extension(Slot(inner.clone()));
        crate::nested_scroll::set_parent(node, Rc::new(Parent(Rc::downgrade(&inner))));
        install_pan(node);
        watch_refreshing(node);
        Refresh(node)
    }

    fn update(self, _: ()) {}
}

impl Default for Refresh {
    fn default() -> Self {
        Refresh::new()
    }
}

fn inner(node: NodeId) -> Option<Rc<RefCell<Inner>>> {
    node.extension::<Slot>().map(|s| s.0)
}

impl Refresh {
    /// A Refresh at rest.
    pub fn new() -> Refresh {
        Refresh::create(())
    }

    /// The Refresh with `.id(id)` in `app`.
    pub fn from_id(app: &arkui_core::App, id: &str) -> Option<Refresh> {
        app.find_by_id(id)
            .filter(|n| n.tag() == Some("Refresh"))
            .map(Refresh)
    }

    /// The content (one child, usually a List).
    pub fn child(self, child: impl View) -> Self {
        self.0.append(child.into_node());
        self
    }

    fn with(self, f: impl FnOnce(&mut Inner)) -> Self {
        if let Some(i) = inner(self.0) {
            f(&mut i.borrow_mut());
        }
        self
    }

    /// `refreshing`: show the refresh state (one-way; use
    /// [`bind_refreshing`](Self::bind_refreshing) so a pull sets the app's state too).
    pub fn refreshing(self, on: bool) -> Self {
        let link = inner(self.0).map(|i| i.borrow().refreshing);
        if let Some(l) = link {
            l.set(on);
        }
        self
    }

    /// Two-way `refreshing` (`refreshing = bind!(state)` in `ui!`, ArkUI's `$$`): a pull
    /// sets it true; the app sets it false when the refresh is done.
    pub fn bind_refreshing(self, source: impl LinkSource<bool>) -> Self {
        let link = inner(self.0).map(|i| i.borrow().refreshing);
        if let Some(l) = link {
            l.bind(source);
        }
        self
    }

    /// `refreshOffset`: how far to pull before a release refreshes (64 vp by default).
    pub fn refresh_offset(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        self.with(|i| i.refresh_offset = v)
    }

    /// `pullToRefresh`: whether a release past the offset refreshes (true by default).
    pub fn pull_to_refresh(self, on: bool) -> Self {
        self.with(|i| i.pull_to_refresh = on)
    }

    /// `pullDownRatio`: how far the content follows the finger, 0..=1 (by default it follows
    /// less the farther it is pulled).
    pub fn pull_down_ratio(self, ratio: f32) -> Self {
        let r = ratio.is_finite().then(|| ratio.clamp(0.0, 1.0));
        self.with(|i| i.pull_down_ratio = r)
    }

    /// `builder`: what the pull area shows instead of the loading indicator, while pulled
    /// and while refreshing (unless [`refreshing_content`](Self::refreshing_content) is
    /// set). It is centred in the area the content was pulled down by.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{Refresh, Text};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Refresh::new().builder(Text::new("Release to sync").id("pull-hint"))
    /// });
    /// assert!(app.find_by_id("pull-hint").is_some());
    /// ```
    pub fn builder(self, view: impl View) -> Self {
        let face = wrap_face(view.into_node());
        self.replace_face(face)
    }

    /// `promptText`: a line under the loading indicator (ignored with a `builder`).
    pub fn prompt_text(self, text: impl Into<String>) -> Self {
        let face = default_face(Some(text.into()));
        self.replace_face(face)
    }

    /// `refreshingContent`: what the pull area shows while refreshing, instead of the
    /// indicator or the `builder`.
    pub fn refreshing_content(self, view: impl View) -> Self {
        let face = wrap_face(view.into_node());
        let Some(i) = inner(self.0) else { return self };
        let (indicator, old, status) = {
            let mut s = i.borrow_mut();
            (s.indicator, s.refreshing_face.replace(face), s.status)
        };
        if let Some(old) = old {
            indicator.remove_child(old);
        }
        indicator.append(face);
        show_faces(self.0, status);
        self
    }

    fn replace_face(self, face: NodeId) -> Self {
        let Some(i) = inner(self.0) else { return self };
        let (indicator, old, status) = {
            let mut s = i.borrow_mut();
            (s.indicator, std::mem::replace(&mut s.face, face), s.status)
        };
        let mut children = indicator.children();
        for c in &mut children {
            if *c == old {
                *c = face;
            }
        }
        indicator.set_children(children);
        show_faces(self.0, status);
        self
    }

    /// `onStateChange`.
    pub fn on_state_change(self, f: impl Fn(RefreshStatus) + 'static) -> Self {
        self.with(|i| i.on_state_change = Some(Rc::new(f)))
    }

    /// `onRefreshing`: a pull started a refresh.
    pub fn on_refreshing(self, f: impl Fn() + 'static) -> Self {
        self.with(|i| i.on_refreshing = Some(Rc::new(f)))
    }

    /// `onOffsetChange`: how far the content is pulled, in vp, as it moves.
    pub fn on_offset_change(self, f: impl Fn(f32) + 'static) -> Self {
        self.with(|i| i.on_offset_change = Some(Rc::new(f)))
    }

    /// The current status.
    pub fn status(self) -> RefreshStatus {
        inner(self.0).map_or(RefreshStatus::Inactive, |i| i.borrow().status)
    }

    /// How far the content is pulled down, in pixels.
    pub fn pull_offset(self) -> f32 {
        inner(self.0).map_or(0.0, |i| i.borrow().pull)
    }
}

/// `l` in pixels (a percentage has no base here: 0).
fn px(l: Length, density: f32) -> f32 {
    crate::length_px::px(l, density, 0.0)
}

/// The built-in pull area: a loading indicator, and `prompt` under it.
fn default_face(prompt: Option<String>) -> NodeId {
    let face = Column::new()
        .space(4.vp())
        .align_items(HorizontalAlign::Center)
        .child(LoadingProgress::new().width(32.0).height(32.0));
    if let Some(p) = prompt {
        face.node().append(
            Text::new(p)
                .font_size(14.fp())
                .font_color(theme().font_secondary)
                .id("refresh-prompt")
                .node(),
        );
    }
    face.node()
}

/// An app's view for the pull area, centred in it.
fn wrap_face(view: NodeId) -> NodeId {
    Column::new()
        .justify_content(FlexAlign::Center)
        .align_items(HorizontalAlign::Center)
        .width(pct(100.0))
        .height(pct(100.0))
        .child(view)
        .node()
}

/// Show the refreshing content while refreshing (when there is one), the face otherwise.
fn show_faces(node: NodeId, status: RefreshStatus) {
    let Some(i) = inner(node) else { return };
    let (face, refreshing) = {
        let s = i.borrow();
        (s.face, s.refreshing_face)
    };
    let Some(refreshing) = refreshing else { return };
    let on = status == RefreshStatus::Refresh;
    let vis = |v: bool| {
        if v {
            Visibility::Visible
        } else {
            Visibility::None
        }
    };
    refreshing.set_layout(|l| l.visibility = vis(on));
    face.set_layout(|l| l.visibility = vis(!on));
}

/// Change status, telling the app.
fn set_status(node: NodeId, status: RefreshStatus) {
    let Some(i) = inner(node) else { return };
    let cb = {
        let mut s = i.borrow_mut();
        if s.status == status {
            return;
        }
        s.status = status;
        s.on_state_change.clone()
    };
    show_faces(node, status);
    if let Some(f) = cb {
        f(status);
    }
}

/// Show pull `pull` px now (`animate`: as an animation that ends at it).
fn show(node: NodeId, pull: f32, animate: bool) {
    let Some(i) = inner(node) else { return };
    let (indicator, cb, density) = {
        let mut s = i.borrow_mut();
        s.pull = pull;
        (s.indicator, s.on_offset_change.clone(), s.density)
    };
    let content: Vec<NodeId> = node
        .children()
        .into_iter()
        .filter(|c| *c != indicator)
        .collect();
    let place = move || {
        let by = Length::Px(pull.round());
        for c in &content {
            c.set_visual(|v| v.translate = (Length::Px(0.0), by));
        }
        indicator.set_layout(|a| {
            a.height = by;
            a.visibility = if pull > 0.5 {
                Visibility::Visible
            } else {
                Visibility::Hidden
            };
        });
    };
    if animate {
        animate_to(AnimateParam::new(300.0).curve(Curve::Friction), place);
    } else {
        place();
    }
    if let Some(f) = cb {
        f(pull / density);
    }
}

/// Take `delta` px of drag (negative: pulling down). Returns the part taken.
fn offer(node: NodeId, delta: f32) -> f32 {
    let Some(i) = inner(node) else { return 0.0 };
    let (pull, status, offset, ratio) = {
        let s = i.borrow();
        (
            s.pull,
            s.status,
            px(s.refresh_offset, s.density),
            s.pull_down_ratio,
        )
    };
    if matches!(status, RefreshStatus::Refresh | RefreshStatus::Done) || !delta.is_finite() {
        return 0.0;
    }
    let (next, taken) = if delta < 0.0 {
        // The farther it is pulled, the less it follows, unless the app fixed a ratio.
        let r = ratio.unwrap_or_else(|| {
            let reach = (offset * 4.0).max(1.0);
            (0.6 * (1.0 - pull / reach)).max(0.1)
        });
        (pull - delta * r, delta)
    } else if pull > 0.0 {
        let next = (pull - delta).max(0.0);
        (next, pull - next)
    } else {
        return 0.0;
    };
    show(node, next, false);
    set_status(
        node,
        if next <= 0.0 {
            RefreshStatus::Inactive
        } else if next >= offset {
            RefreshStatus::OverDrag
        } else {
            RefreshStatus::Drag
        },
    );
    taken
}

/// The finger lifted: refresh when pulled far enough, else go back.
fn release(node: NodeId) {
    let Some(i) = inner(node) else { return };
    let (status, pull_to_refresh, offset, link, on_refreshing) = {
        let s = i.borrow();
        (
            s.status,
            s.pull_to_refresh,
            px(s.refresh_offset, s.density),
            s.refreshing,
            s.on_refreshing.clone(),
        )
    };
    match status {
        RefreshStatus::OverDrag if pull_to_refresh => {
            set_status(node, RefreshStatus::Refresh);
            show(node, offset, true);
            link.set(true);
            if let Some(f) = on_refreshing {
                f();
            }
        }
        RefreshStatus::Drag | RefreshStatus::OverDrag => {
            show(node, 0.0, true);
            set_status(node, RefreshStatus::Inactive);
        }
        _ => {}
    }
}

/// Follow `refreshing` set by the app: true shows the refresh, false ends it.
fn watch_refreshing(node: NodeId) {
    let Some(i) = inner(node) else { return };
    let link = i.borrow().refreshing;
    Effect::new(move || {
        let on = link.get();
        untrack(|| {
            let Some(i) = inner(node) else { return };
            let (status, offset) = {
                let s = i.borrow();
                (s.status, px(s.refresh_offset, s.density))
            };
            match (on, status) {
                (true, RefreshStatus::Refresh) | (false, RefreshStatus::Inactive) => {}
                (true, _) => {
                    set_status(node, RefreshStatus::Refresh);
                    show(node, offset, true);
                }
                (false, _) => {
                    set_status(node, RefreshStatus::Done);
                    show(node, 0.0, true);
                    set_status(node, RefreshStatus::Inactive);
                }
            }
        });
    });
}

/// Drags on content that does not scroll itself.
fn install_pan(node: NodeId) {
    let pan = Gesture::pan(PanDirection::Vertical)
        .on_action_start(move |_| {
            if let Some(i) = inner(node) {
                i.borrow_mut().last_travel = 0.0;
            }
        })
        .on_action_update(move |e| {
            let Some(i) = inner(node) else { return };
            let delta = {
                let mut s = i.borrow_mut();
                let travel = e.offset_y * s.density;
                let d = -(travel - s.last_travel);
                s.last_travel = travel;
                d
            };
            offer(node, delta);
        })
        .on_action_end(move |_| release(node))
        .on_action_cancel(move || release(node));
    node.gesture(pan);
}

/// The Refresh as its content's nested-scroll parent.
struct Parent(std::rc::Weak<RefCell<Inner>>);

impl Parent {
    fn node(&self) -> Option<NodeId> {
        self.0.upgrade().map(|i| i.borrow().node)
    }
}

impl NestedParent for Parent {
    fn mode(&self, delta: f32) -> Option<NestedScrollMode> {
        let pulled = self.0.upgrade().is_some_and(|i| i.borrow().pull > 0.0);
        Some(if delta < 0.0 {
            // Pulling down: the content scrolls back to its top first.
            NestedScrollMode::SelfFirst
        } else if pulled {
            // Pushing up while pulled: close the pull before the content scrolls.
            NestedScrollMode::ParentFirst
        } else {
            NestedScrollMode::SelfOnly
        })
    }

    fn offer(&self, delta: f32) -> f32 {
        self.node().map_or(0.0, |n| offer(n, delta))
    }

    fn release(&self, _velocity: f32) {
        if let Some(n) = self.node() {
            release(n);
        }
    }
}
