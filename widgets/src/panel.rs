//! `Panel`: a card over the bottom of its parent that the user drags between sizes, ArkUI's
//! `Panel` (kept for apps written against it; `bindSheet` is its successor). It covers its
//! parent with a faint mask and holds its content in a card with a drag bar, at the
//! mini, half or full height its type allows.

use std::cell::Cell;
use std::rc::Rc;

use arkui_core::{
    Color, CommonAttribute, Effect, Element, FlexAlign, FlexDirection, Gesture, ItemAlign, Length,
    LengthExt, NodeId, NodeKind, PanDirection, State, Visibility, Widget, observe_layout, pct,
    untrack,
};

use crate::theme::ThemedColor;
use crate::tween::Tween;

/// ArkUI's mask under a panel (#08182431).
pub const PANEL_MASK: Color = Color::from_argb(0x0818_2431);
/// ArkUI's default mini height, vp.
pub const PANEL_MINI_VP: f32 = 48.0;
/// The gap above a full panel, vp.
const FULL_GAP_VP: f32 = 8.0;
/// Pixels per vp of the app running this code (callbacks of layout run outside any
/// component scope, where `MediaEnv` is not provided).
fn density() -> f32 {
    arkui_core::vp2px(1.0)
}

/// How long a panel takes to settle, ms.
const SETTLE_MS: f64 = 250.0;
/// A release faster than this (vp/s) goes the way it points.
const FLING: f32 = 800.0;

/// Which sizes a panel has, ArkUI's `PanelType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum PanelType {
    /// Mini and full.
    Minibar,
    /// Mini, half and full (the default).
    #[default]
    Foldable,
    /// Half and full.
    Temporary,
    /// As tall as its content; it does not change size.
    Custom,
}

/// A panel's size, ArkUI's `PanelMode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PanelMode {
    /// The mini height (48 vp by default).
    Mini,
    /// Half the parent.
    Half,
    /// The parent less an 8 vp gap.
    Full,
}

impl PanelType {
    /// The modes this type allows, smallest first.
    fn modes(self) -> &'static [PanelMode] {
        match self {
            PanelType::Minibar => &[PanelMode::Mini, PanelMode::Full],
            PanelType::Foldable => &[PanelMode::Mini, PanelMode::Half, PanelMode::Full],
            PanelType::Temporary => &[PanelMode::Half, PanelMode::Full],
            PanelType::Custom => &[],
        }
    }

    /// The mode a panel of this type starts in.
    fn default_mode(self) -> PanelMode {
        match self {
            PanelType::Minibar => PanelMode::Mini,
            _ => PanelMode::Half,
        }
    }
}

type ChangeHandler = Rc<dyn Fn(f32, f32, PanelMode)>;
type HeightHandler = Rc<dyn Fn(f32)>;

/// A card over the bottom of its parent, ArkUI's `Panel`: the parent (a `Stack` or the
/// page) is covered by a faint mask, and the card at its bottom shows the children at a
/// height its [`PanelType`] allows: mini (48 vp), half the parent, or full (the parent less
/// 8 vp). Dragging the card moves it; on release it settles at the nearest allowed height
/// (a fling goes the way it points). `on_change` reports the content's size and the mode.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, pct};
/// use arkui_widgets::{Panel, PanelMode, Stack, Text};
/// let mut app = App::with_view(DeviceProfile::phone(), || {
///     Stack::new()
///         .width(pct(100.0))
///         .height(pct(100.0))
///         .child(Panel::new(true).mode(PanelMode::Half).child(Text::new("Details")).id("p"))
/// });
/// for i in 1..=30 { app.advance_time(16.0 * f64::from(i)); app.frame(); }
/// let card = arkui_core::inspector_rect(&app.inspector_by_id("p-card").unwrap()).unwrap();
/// let (w, h) = app.size();
/// assert!((card.height - h as f32 / 2.0).abs() < 2.0, "half the parent: {card:?}");
/// assert_eq!(card.y + card.height, h as f32, "at the bottom");
/// ```
#[derive(Clone, Copy)]
pub struct Panel {
    node: NodeId,
    card: NodeId,
    content: NodeId,
    bar: NodeId,
    inner: State<Option<Rc<Inner>>>,
}

struct Inner {
    kind: Cell<PanelType>,
    mode: Cell<PanelMode>,
    /// Heights set by the app, vp (`None`: ArkUI's defaults).
    full: Cell<Option<f32>>,
    half: Cell<Option<f32>>,
    mini: Cell<Option<f32>>,
    /// The card's height now, vp, and when a drag began.
    height: Cell<f32>,
    drag_from: Cell<f32>,
    tween: Tween,
    on_change: Cell<Option<ChangeHandler>>,
    on_height_change: Cell<Option<HeightHandler>>,
    on_close: Cell<Option<Rc<dyn Fn()>>>,
    /// The close icon, its slot, and the blank that balances it.
    close: (NodeId, NodeId, NodeId),
}

impl std::fmt::Debug for Panel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Panel")
            .field("node", &self.node)
            .finish_non_exhaustive()
    }
}

impl Widget for Panel {
    fn node(self) -> NodeId {
        self.node
    }

    fn set_children(self, build: Box<dyn FnOnce(NodeId)>) {
        build(self.content);
    }
}

impl Element<(bool,)> for Panel {
    fn create((show,): (bool,)) -> Panel {
        Panel::new(show)
    }

    fn update(self, (show,): (bool,)) {
        self.show(show);
    }
}

impl Panel {
    /// A Foldable panel at half height, shown when `show`.
    pub fn new(show: bool) -> Panel {
        let node = NodeId::create("Panel", NodeKind::Flex);
        node.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.justify_content = FlexAlign::End;
            a.align_items = ItemAlign::Stretch;
        });
        let node = node
            .position(0.vp(), 0.vp())
            .width(pct(100.0))
            .height(pct(100.0))
            .background_color(PANEL_MASK);
        let card = NodeId::create("PanelCard", NodeKind::Flex);
        card.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Stretch;
            a.flex_shrink = Some(0.0);
        });
        let card = card.clip(true).on_click(|_| {});
        card.set_visual(|v| v.border_radius = [32.vp(), 32.vp(), 0.vp(), 0.vp()]);
        let bar = NodeId::create("PanelDragBar", NodeKind::Flex);
        bar.set_layout(|a| {
            a.justify_content = FlexAlign::Center;
            a.align_items = ItemAlign::Center;
            a.flex_shrink = Some(0.0);
        });
        let handle = NodeId::create("PanelDragHandle", NodeKind::Leaf)
            .width(64.vp())
            .height(4.vp())
            .border_radius(2.vp());
        // [balance, grow, handle, grow, close]: the handle stays centred whether the close
        // icon shows or not.
        let grow = || {
            let n = NodeId::create("Blank", NodeKind::Leaf);
            n.set_layout(|a| a.flex_grow = 1.0);
            n
        };
        let balance = NodeId::create("Blank", NodeKind::Leaf).width(40.vp());
        let centred = |tag| {
            let n = NodeId::create(tag, NodeKind::Flex);
            n.set_layout(|a| {
                a.justify_content = FlexAlign::Center;
                a.align_items = ItemAlign::Center;
            });
            n
        };
        // A 24 vp circle in a 40 vp slot (16 vp from the card's right edge).
        let close = centred("PanelClose")
            .width(24.vp())
            .height(24.vp())
            .border_radius(12.vp());
        close.append(crate::text::Text::new("✕").font_size(12.fp()).node());
        let close_slot = centred("Blank").width(40.vp());
        close_slot.append(close);
        for n in [balance, close_slot] {
            n.set_layout(|a| a.visibility = Visibility::None);
        }
        bar.append(balance);
        bar.append(grow());
        bar.append(handle);
        bar.append(grow());
        bar.append(close_slot);
        let bar = bar.width(pct(100.0)).height(24.vp());
        let content = NodeId::create("PanelContent", NodeKind::Flex);
        content.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.flex_grow = 1.0;
            a.flex_shrink = Some(1.0);
            a.flex_basis = 0.vp();
        });
        card.append(bar);
        card.append(content);
        node.append(card);
        let inner = Rc::new(Inner {
            kind: Cell::new(PanelType::Foldable),
            mode: Cell::new(PanelType::Foldable.default_mode()),
            full: Cell::new(None),
            half: Cell::new(None),
            mini: Cell::new(None),
            height: Cell::new(0.0),
            drag_from: Cell::new(0.0),
            tween: Tween::default(),
            on_change: Cell::new(None),
            on_height_change: Cell::new(None),
            on_close: Cell::new(None),
            close: (close, close_slot, balance),
        });
        let p = Panel {
            node,
            card,
            content,
            bar,
            inner: State::new(Some(inner)),
        };
        let (surface, grip) = (
            ThemedColor::new(|t| t.background_primary),
            ThemedColor::new(|t| t.icon_fourth),
        );
        let button = ThemedColor::new(|t| t.background_secondary);
        Effect::new(move || {
            let (s, g, b) = (surface.get(), grip.get(), button.get());
            untrack(|| {
                card.set_visual(|v| v.background_color = s);
                handle.set_visual(|v| v.background_color = g);
                close.set_visual(|v| v.background_color = b);
            });
        });
        // The close icon hides the panel and tells the app (which owns `show`).
        close.on_click(move |_| {
            p.show(false);
            if let Some(f) = p.inner().and_then(|i| take_clone(&i.on_close)) {
                f();
            }
        });
        // The parent's size decides the heights: settle again whenever it is laid out anew.
        let last = Rc::new(Cell::new(0.0f32));
        observe_layout(node, move || {
            let h = p.parent_vp();
            if (h - last.get()).abs() > 0.5 {
                last.set(h);
                p.snap(false);
            }
        });
        let pan = Gesture::pan(PanDirection::Vertical)
            .on_action_start(move |_| {
                if let Some(i) = p.inner() {
                    i.tween.stop();
                    i.drag_from.set(i.height.get());
                }
            })
            .on_action_update(move |e| p.drag(e.offset_y))
            .on_action_end(move |e| p.release(e.speed * e.angle.to_radians().sin()));
        card.gesture(pan);
        p.show(show);
        p
    }

    fn inner(self) -> Option<Rc<Inner>> {
        untrack(|| self.inner.get())
    }

    /// The parent's height, vp (what the panel covers).
    fn parent_vp(self) -> f32 {
        self.node.rect().map_or(0.0, |r| r.height) / density()
    }

    /// The height of `mode`, vp, for the parent's height now.
    fn height_of(self, mode: PanelMode) -> f32 {
        let Some(i) = self.inner() else { return 0.0 };
        let parent = self.parent_vp();
        let full = i
            .full
            .get()
            .unwrap_or(parent - FULL_GAP_VP)
            .clamp(0.0, parent.max(0.0));
        match mode {
            PanelMode::Full => full,
            PanelMode::Half => i.half.get().unwrap_or(parent / 2.0).clamp(0.0, full),
            PanelMode::Mini => i.mini.get().unwrap_or(PANEL_MINI_VP).clamp(0.0, full),
        }
    }

    /// Show the card `h` vp tall (`None`: its content's height).
    fn place(self, h: Option<f32>) {
        self.card
            .set_layout(|a| a.height = h.map_or(Length::Auto, |h| Length::Vp(h.max(0.0))));
        if let (Some(i), Some(h)) = (self.inner(), h) {
            i.height.set(h);
            if let Some(f) = take_clone(&i.on_height_change) {
                f((h - 24.0).max(0.0) * density());
            }
        }
    }

    /// Ease to the current mode's height (at once when not `animate`), then report it.
    fn snap(self, animate: bool) {
        let Some(i) = self.inner() else { return };
        if i.kind.get() == PanelType::Custom {
            self.place(None);
            return;
        }
        let target = self.height_of(i.mode.get());
        let from = i.height.get();
        let report = move || {
            if let Some(i) = self.inner()
                && let Some(f) = take_clone(&i.on_change)
            {
                let w = self.card.rect().map_or(0.0, |r| r.width) / density();
                f(w, (target - 24.0).max(0.0), i.mode.get());
            }
        };
        if !animate || from <= 0.0 {
            self.place(Some(target));
            report();
            return;
        }
        i.tween.start(
            SETTLE_MS,
            move |k| self.place(Some(from + (target - from) * k)),
            report,
        );
    }

    fn drag(self, dy: f32) {
        let Some(i) = self.inner() else { return };
        let modes = i.kind.get().modes();
        if modes.is_empty() {
            return;
        }
        let lowest = self.height_of(modes[0]);
        let highest = self.height_of(modes[modes.len() - 1]);
        let h = (i.drag_from.get() - dy).clamp(lowest * 0.5, highest);
        self.place(Some(h));
    }

    fn release(self, vy: f32) {
        let Some(i) = self.inner() else { return };
        let modes = i.kind.get().modes();
        if modes.is_empty() {
            return;
        }
        let h = i.height.get();
        let by_height: Vec<(PanelMode, f32)> =
            modes.iter().map(|m| (*m, self.height_of(*m))).collect();
        let nearest = by_height
            .iter()
            .min_by(|a, b| (a.1 - h).abs().total_cmp(&(b.1 - h).abs()))
            .map_or(modes[0], |m| m.0);
        let mode = if vy > FLING {
            by_height
                .iter()
                .rev()
                .find(|m| m.1 < h - 1.0)
                .map_or(modes[0], |m| m.0)
        } else if vy < -FLING {
            by_height
                .iter()
                .find(|m| m.1 > h + 1.0)
                .map_or(nearest, |m| m.0)
        } else {
            nearest
        };
        i.mode.set(mode);
        self.report_mode();
        self.snap(true);
    }

    fn report_mode(self) {
        if let Some(i) = self.inner() {
            self.node
                .set_inspector_attr("mode", format!("PanelMode.{:?}", i.mode.get()));
        }
    }

    /// `show`: shown or not (a hidden panel takes no room and no input).
    pub fn show(self, on: bool) -> Self {
        self.node.set_layout(|a| {
            a.visibility = if on {
                Visibility::Visible
            } else {
                Visibility::None
            }
        });
        self
    }

    /// `type`: the sizes it has (default [`PanelType::Foldable`]); it starts in that type's
    /// default mode (mini for a minibar, half for the others).
    pub fn panel_type(self, kind: PanelType) -> Self {
        if let Some(i) = self.inner() {
            i.kind.set(kind);
            i.mode.set(kind.default_mode());
        }
        self.node
            .set_inspector_attr("type", format!("PanelType.{kind:?}"));
        self.report_mode();
        self.snap(false);
        self
    }

    /// `mode`: the size to show (one the type allows; another is ignored).
    pub fn mode(self, mode: PanelMode) -> Self {
        if let Some(i) = self.inner()
            && i.kind.get().modes().contains(&mode)
        {
            i.mode.set(mode);
        }
        self.report_mode();
        self.snap(true);
        self
    }

    /// `dragBar`: show the drag bar (default true).
    pub fn drag_bar(self, on: bool) -> Self {
        self.bar.set_layout(|a| {
            a.visibility = if on {
                Visibility::Visible
            } else {
                Visibility::None
            }
        });
        self
    }

    /// `showCloseIcon`: a close button at the card's top right (default false). Tapping it
    /// hides the panel and calls [`Panel::on_close`], where the app sets its `show` state
    /// false.
    ///
    /// ```
    /// use std::{cell::Cell, rc::Rc};
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, pct};
    /// use arkui_widgets::{Panel, Stack, Text};
    /// let closed = Rc::new(Cell::new(false));
    /// let c = closed.clone();
    /// let mut app = App::with_view(DeviceProfile::phone(), move || {
    ///     Stack::new().width(pct(100.0)).height(pct(100.0)).child(
    ///         Panel::new(true).show_close_icon(true).on_close(move || c.set(true))
    ///             .child(Text::new("Details")).id("p"))
    /// });
    /// for i in 1..=30 { app.advance_time(16.0 * f64::from(i)); app.frame(); }
    /// app.click_id("p-close").unwrap();
    /// assert!(closed.get());
    /// app.frame();
    /// assert!(app.find_by_id("p-card").and_then(|n| n.rect()).is_none_or(|r| r.height == 0.0));
    /// ```
    pub fn show_close_icon(self, on: bool) -> Self {
        if let Some(i) = self.inner() {
            let v = if on {
                Visibility::Visible
            } else {
                Visibility::None
            };
            for n in [i.close.1, i.close.2] {
                n.set_layout(|a| a.visibility = v);
            }
        }
        self.node
            .set_inspector_attr("showCloseIcon", on.to_string());
        self
    }

    /// Called when the close icon hides the panel.
    pub fn on_close(self, f: impl Fn() + 'static) -> Self {
        if let Some(i) = self.inner() {
            i.on_close.set(Some(Rc::new(f)));
        }
        self
    }

    /// `fullHeight`, vp.
    pub fn full_height(self, vp: f32) -> Self {
        self.set_height(|i| &i.full, vp)
    }

    /// `halfHeight`, vp.
    pub fn half_height(self, vp: f32) -> Self {
        self.set_height(|i| &i.half, vp)
    }

    /// `miniHeight`, vp.
    pub fn mini_height(self, vp: f32) -> Self {
        self.set_height(|i| &i.mini, vp)
    }

    fn set_height(self, which: impl Fn(&Inner) -> &Cell<Option<f32>>, vp: f32) -> Self {
        if let Some(i) = self.inner() {
            which(&i).set((vp.is_finite() && vp >= 0.0).then_some(vp));
        }
        self.snap(false);
        self
    }

    /// `backgroundMask`: the colour over the parent (default [`PANEL_MASK`]).
    pub fn background_mask(self, color: Color) -> Self {
        self.node.set_visual(|v| v.background_color = color);
        self
    }

    /// `onChange(width, height, mode)`: it settled at a mode; the content's size in vp.
    pub fn on_change(self, f: impl Fn(f32, f32, PanelMode) + 'static) -> Self {
        if let Some(i) = self.inner() {
            i.on_change.set(Some(Rc::new(f)));
        }
        self
    }

    /// `onHeightChange`: the content's height changed (each frame of a drag), px.
    pub fn on_height_change(self, f: impl Fn(f32) + 'static) -> Self {
        if let Some(i) = self.inner() {
            i.on_height_change.set(Some(Rc::new(f)));
        }
        self
    }

    /// Append content.
    pub fn child(self, child: impl arkui_core::View) -> Self {
        self.content.append(child.into_node());
        self
    }

    /// The id, given to the panel and (with "-card" and "-bar") to its card and drag bar.
    pub fn id(self, id: impl Into<String>) -> Self {
        let id = id.into();
        self.card.set_key(format!("{id}-card"));
        self.bar.set_key(format!("{id}-bar"));
        if let Some(i) = self.inner() {
            i.close.0.set_key(format!("{id}-close"));
        }
        self.node.set_key(id);
        self
    }
}

/// A clone of what `cell` holds, leaving it there.
fn take_clone<T: Clone>(cell: &Cell<Option<T>>) -> Option<T> {
    let v = cell.take();
    cell.set(v.clone());
    v
}
