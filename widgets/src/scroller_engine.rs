//! The engine behind List, Grid and WaterFlow: it measures the items layout produced,
//! decides which items must exist (the visible ones plus `cached_count` on each side),
//! opens exactly that window on a `LazyForEach`, places the items at the scroll offset, and
//! drives the scroll bar, dividers and sticky headers of its container.
//!
//! Each container node has one engine, kept in the node (widget handles are `Copy` node
//! ids). Work per pass is O(mounted items): item positions come from
//! [`crate::size_estimate::SizeEstimate`]'s prefix sums, never from a walk over the rows above.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use arkui_core::{
    CommonAttribute, Gesture, LazyWindow, Length, MediaEnv, NodeId, PanDirection, Positioning,
    Visibility, observe_layout,
};

use crate::item_layout::ItemLayout;
use crate::scroll_bar::ScrollBar;
use crate::scroll_physics::{EdgeEffect, ScrollPhysics};

/// An item the pass placed: its index, node and rect relative to the container (px).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Placed {
    pub(crate) index: usize,
    pub(crate) node: NodeId,
    pub(crate) main: f32,
    pub(crate) main_size: f32,
}

/// What a container adds after items are placed (dividers, sticky headers).
pub(crate) type Decorate = Rc<dyn Fn(&Engine, &[Placed], (f32, f32))>;

type IndexHandler = Rc<dyn Fn(usize, usize)>;

/// One scrolling container's state.
pub(crate) struct Engine {
    pub(crate) node: NodeId,
    pub(crate) vertical: Cell<bool>,
    pub(crate) physics: ScrollPhysics,
    pub(crate) bar: ScrollBar,
    pub(crate) window: LazyWindow,
    pub(crate) layout: RefCell<Box<dyn ItemLayout>>,
    pub(crate) cached_count: Cell<usize>,
    pub(crate) density: f32,
    /// Nodes of the container that are not items (thumb, dividers).
    chrome: RefCell<Vec<NodeId>>,
    pending_index: Cell<Option<usize>>,
    reported: Cell<Option<(usize, usize)>>,
    on_scroll_index: RefCell<Option<IndexHandler>>,
    pub(crate) decorate: RefCell<Option<Decorate>>,
    in_pass: Cell<bool>,
    again: Cell<bool>,
    pan_axis: Cell<Option<bool>>,
    /// Items the last pass placed.
    pub(crate) placed: RefCell<Vec<Placed>>,
    viewport: Cell<(f32, f32)>,
}

/// Marks an item whose cross size the engine sets (it had none of its own).
struct CrossSized;

/// Whether the engine, not the app, set `node`'s cross size.
pub(crate) fn engine_sized(node: NodeId) -> bool {
    node.has_extension::<CrossSized>()
}

/// An item whose main-axis length the layout decides (a grid cell spanning lines): its own
/// length, given back when the layout stops deciding.
#[derive(Clone, Copy)]
struct MainSized(Length);

/// An item the layout has no place for (past a fixed grid's cells): its own visibility.
#[derive(Clone, Copy)]
struct Unplaced(Visibility);

/// A container's engine, kept in its node: the handlers `install` gives the node hold it
/// weakly, so it lives as long as the node.
#[derive(Clone)]
struct EngineSlot(Rc<Engine>);

/// The engine of container `node`.
pub(crate) fn engine(node: NodeId) -> Option<Rc<Engine>> {
    node.extension::<EngineSlot>().map(|e| e.0)
}

impl Engine {
    /// Make `node` a virtualising scroll container laid out by `layout`.
    pub(crate) fn install(
        node: NodeId,
        layout: Box<dyn ItemLayout>,
        edge: EdgeEffect,
    ) -> Rc<Engine> {
        let density = MediaEnv::current()
            .map(|m| arkui_core::untrack(|| m.density()))
            .filter(|d| d.is_finite() && *d > 0.0)
            .unwrap_or(1.0);
        node.set_visual(|v| v.clip = true);
        let window = LazyWindow::attach(node);
        let bar = ScrollBar::new(node, true, density);
        let e = Rc::new(Engine {
            node,
            vertical: Cell::new(true),
            physics: ScrollPhysics::new(edge),
            bar: bar.clone(),
            window,
            layout: RefCell::new(layout),
            cached_count: Cell::new(1),
            density,
            chrome: RefCell::new(vec![bar.thumb()]),
            pending_index: Cell::new(None),
            reported: Cell::new(None),
            on_scroll_index: RefCell::new(None),
            decorate: RefCell::new(None),
            in_pass: Cell::new(false),
            again: Cell::new(false),
            pan_axis: Cell::new(None),
            placed: RefCell::new(Vec::new()),
            viewport: Cell::new((0.0, 0.0)),
        });
        e.physics.set_density(density);
        e.physics.set_node(node);
        node.set_extension(EngineSlot(e.clone()));
        crate::scroller::keep_offset(node, density);
        let weak = Rc::downgrade(&e);
        e.physics.set_apply(move |_| {
            if let Some(e) = weak.upgrade() {
                e.bar.activity();
                e.pass();
            }
        });
        let weak = Rc::downgrade(&e);
        e.physics.set_glow(move |over| {
            if let Some(e) = weak.upgrade() {
                crate::edge_glow::show(e.node, e.vertical.get(), e.density, over, |n| {
                    e.add_chrome(n);
                });
            }
        });
        let weak = Rc::downgrade(&e);
        arkui_core::set_wheel_handler(node, move |dx, dy| {
            if let Some(e) = weak.upgrade() {
                let by = if e.vertical.get() { dy } else { dx };
                e.physics.jump_to(e.physics.offset() + by);
            }
        });
        let weak = Rc::downgrade(&e);
        arkui_core::set_scroll_into_view(node, move |focused| {
            if let Some(e) = weak.upgrade() {
                e.reveal(focused);
            }
        });
        let weak = Rc::downgrade(&e);
        observe_layout(node, move || {
            if let Some(e) = weak.upgrade() {
                e.pass();
            }
        });
        let weak = Rc::downgrade(&e);
        let window = e.window;
        // The data's count changed: the content's extent and the window follow.
        arkui_core::Effect::new(move || {
            window.total_tracked();
            if let Some(e) = weak.upgrade() {
                arkui_core::untrack(|| e.pass());
            }
        });
        e
    }

    /// The drag along the scrolling axis, installed once the axis is known (attributes are
    /// applied before the first layout).
    fn install_pan(self: &Rc<Self>) {
        let dir = if self.vertical.get() {
            PanDirection::Vertical
        } else {
            PanDirection::Horizontal
        };
        let (a, b, c, d) = (
            Rc::downgrade(self),
            Rc::downgrade(self),
            Rc::downgrade(self),
            Rc::downgrade(self),
        );
        let pan = Gesture::pan(dir)
            .on_action_start(move |_| {
                if let Some(e) = a.upgrade() {
                    e.physics.drag_start();
                }
            })
            .on_action_update(move |ev| {
                if let Some(e) = b.upgrade() {
                    let travel = if e.vertical.get() {
                        ev.offset_y
                    } else {
                        ev.offset_x
                    };
                    e.physics.drag_update(travel * e.density);
                }
            })
            .on_action_end(move |_| {
                if let Some(e) = c.upgrade() {
                    e.physics.drag_end();
                }
            })
            .on_action_cancel(move || {
                if let Some(e) = d.upgrade() {
                    e.physics.drag_end();
                }
            });
        self.node.gesture(pan);
    }

    /// Switch axis: the pan only follows the scrolling axis.
    pub(crate) fn set_vertical(self: &Rc<Self>, vertical: bool) {
        self.vertical.set(vertical);
        self.bar.set_vertical(vertical);
        self.pass();
    }

    /// A length in pixels (percentages and `Auto` are 0: gaps have no base to take them of).
    pub(crate) fn px(&self, l: Length) -> f32 {
        crate::length_px::px(l, self.density, 0.0)
    }

    /// Add a node of the container that is not an item.
    pub(crate) fn add_chrome(&self, n: NodeId) {
        self.chrome.borrow_mut().push(n);
    }

    pub(crate) fn set_on_scroll_index(&self, f: IndexHandler) {
        *self.on_scroll_index.borrow_mut() = Some(f);
    }

    /// Bring item `index` to the start of the viewport (clamped to the data, and to the
    /// scrollable range), now if laid out, else at the next layout.
    pub(crate) fn scroll_to_index(self: &Rc<Self>, index: usize, smooth: bool) {
        let total = self.total();
        let index = if total > 0 && index >= total {
            log::warn!(
                "scroll_to_index({index}) past the last item ({}); clamped",
                total - 1
            );
            total - 1
        } else {
            index
        };
        if self.viewport.get().0 <= 0.0 {
            self.pending_index.set(Some(index));
            return;
        }
        let target = self.layout.borrow().start(index);
        if smooth {
            self.physics.animate_to(target, 300.0);
        } else {
            self.pending_index.set(Some(index));
            self.physics.jump_to(target);
            self.pass();
        }
    }

    /// Scroll the least distance that shows `focused` (a descendant) whole.
    pub(crate) fn reveal(&self, focused: NodeId) {
        let (Some(r), Some(v)) = (focused.rect(), self.node.rect()) else {
            return;
        };
        let (start, len, v_start, v_len) = if self.vertical.get() {
            (r.y, r.height, v.y, v.height)
        } else {
            (r.x, r.width, v.x, v.width)
        };
        let by = if start < v_start {
            start - v_start
        } else if start + len > v_start + v_len {
            (start + len - (v_start + v_len)).min(start - v_start)
        } else {
            return;
        };
        if by.is_finite() {
            self.physics.jump_to(self.physics.offset() + by);
        }
    }

    /// The items (index, node): a `LazyForEach`'s mounted rows, or every child.
    pub(crate) fn items(&self) -> Vec<(usize, NodeId)> {
        if self.window.is_connected() {
            return self
                .window
                .rows()
                .into_iter()
                .filter_map(|(i, row)| row.flattened_children().first().map(|n| (i, *n)))
                .collect();
        }
        let chrome = self.chrome.borrow();
        let mut out = Vec::new();
        for c in self.node.children() {
            if chrome.contains(&c) {
                continue;
            }
            if c.is_fragment() {
                out.extend(c.flattened_children());
            } else {
                out.push(c);
            }
        }
        out.into_iter().enumerate().collect()
    }

    pub(crate) fn total(&self) -> usize {
        if self.window.is_connected() {
            self.window.total()
        } else {
            self.items().len()
        }
    }

    fn main_of(&self, size: (f32, f32)) -> f32 {
        if self.vertical.get() { size.1 } else { size.0 }
    }

    /// Measure, choose the window, place. Re-entrant calls are folded into one more round.
    pub(crate) fn pass(self: &Rc<Self>) {
        if self.pan_axis.get() != Some(self.vertical.get()) {
            self.pan_axis.set(Some(self.vertical.get()));
            self.install_pan();
        }
        if self.in_pass.replace(true) {
            self.again.set(true);
            return;
        }
        for _ in 0..4 {
            self.again.set(false);
            self.pass_once();
            if !self.again.get() {
                break;
            }
        }
        self.in_pass.set(false);
    }

    fn pass_once(&self) {
        let Some(rect) = self.node.rect() else {
            return;
        };
        let clean = |v: f32| if v.is_finite() { v.max(0.0) } else { 0.0 };
        let size = (clean(rect.width), clean(rect.height));
        self.viewport.set(size);
        let vertical = self.vertical.get();
        let (viewport, cross) = if vertical {
            (size.1, size.0)
        } else {
            (size.0, size.1)
        };
        // `padding` insets the items: the content starts after the leading padding, ends
        // before the trailing one (scrolling through it, as CSS does), and the items' cross
        // size is what the paddings leave.
        let pad = self
            .node
            .layout_attrs()
            .map(|a| a.padding)
            .unwrap_or_default();
        let (pad_main, pad_main_end, pad_cross, pad_cross_end) = if vertical {
            (
                self.px(pad.top),
                self.px(pad.bottom),
                self.px(pad.left),
                self.px(pad.right),
            )
        } else {
            (
                self.px(pad.left),
                self.px(pad.right),
                self.px(pad.top),
                self.px(pad.bottom),
            )
        };
        let cross = (cross - pad_cross - pad_cross_end).max(0.0);
        let total = self.total();
        let items = self.items();
        let offset = self.physics.offset();
        let (anchor, anchor_at) = {
            let mut l = self.layout.borrow_mut();
            l.resize(total);
            l.set_cross(cross);
            l.set_viewport((viewport - pad_main - pad_main_end).max(0.0));
            for (i, n) in &items {
                l.note(*i, *n);
            }
            let anchor = l
                .visible(offset.max(0.0), offset.max(0.0) + 1.0)
                .map(|v| v.0);
            let anchor_at = anchor.map(|a| l.start(a) - offset);
            l.begin();
            for (i, n) in &items {
                // A length the layout imposed says nothing about the item: it counts with
                // the length it asked for, if it asked for one.
                if let Some(MainSized(own)) = n.extension::<MainSized>() {
                    let own = self.px(own);
                    if own > 0.0 {
                        l.record(*i, own);
                    }
                    continue;
                }
                if let Some(r) = n.rect() {
                    let main = self.main_of((r.width, r.height));
                    // A row not laid out yet has no size: keep its estimate.
                    if main > 0.0 {
                        l.record(*i, main);
                    }
                }
            }
            l.end();
            (anchor, anchor_at)
        };
        let max = (self.layout.borrow().extent() + pad_main + pad_main_end - viewport).max(0.0);
        self.physics.set_max(max);
        // Keep the first visible item where it was while rows above change size.
        let target = match (self.pending_index.get(), anchor, anchor_at) {
            (Some(i), _, _) if viewport > 0.0 && total > 0 => {
                Some(self.layout.borrow().start(i.min(total - 1)).min(max))
            }
            (_, Some(a), Some(at))
                if !self.physics.is_moving() && offset >= 0.0 && offset <= max =>
            {
                Some((self.layout.borrow().start(a) - at).clamp(0.0, max))
            }
            _ => None,
        };
        if self.pending_index.get().is_some() && viewport > 0.0 {
            // Settled when the target row itself has been measured.
            let i = self.pending_index.get().unwrap_or(0);
            if items.iter().any(|(j, n)| {
                *j == i
                    && n.rect()
                        .is_some_and(|r| self.main_of((r.width, r.height)) > 0.0)
            }) {
                self.pending_index.set(None);
            }
        }
        if let Some(t) = target
            && (t - offset).abs() > 0.01
        {
            self.physics.set_quiet(t);
        }
        let offset = self.physics.offset();
        // What shows, in the items' own coordinates (which start after the padding).
        let from_px = (offset - pad_main).max(0.0);
        let visible = self
            .layout
            .borrow()
            .visible(from_px, (offset - pad_main + viewport).max(from_px));
        if let Some((first, last)) = visible {
            let k = self
                .cached_count
                .get()
                .saturating_mul(self.layout.borrow().per_line());
            let from = first.saturating_sub(k);
            let to = (last + 1 + k).min(total);
            if self.window.is_connected() {
                self.window.set_range(from..to);
            }
            if self.reported.replace(Some((first, last))) != Some((first, last)) {
                let f = self.on_scroll_index.borrow().clone();
                if let Some(f) = f {
                    f(first, last);
                }
            }
        }
        self.place(&items, offset - pad_main, cross, pad_cross);
        let content = self.layout.borrow().extent() + pad_main + pad_main_end;
        self.bar.update(size, content, offset, (0.0, 0.0));
    }

    /// Place the mounted items at `offset` (already less the leading padding): `cross` is
    /// the items' cross size, `cross_start` the padding before it.
    fn place(&self, items: &[(usize, NodeId)], offset: f32, cross: f32, cross_start: f32) {
        let vertical = self.vertical.get();
        let l = self.layout.borrow();
        let mut placed = Vec::with_capacity(items.len());
        for (i, n) in items {
            let main = l.start(*i) - offset;
            let (x, forced) = l.cross(*i);
            let x = x + cross_start;
            let main_size = n.rect().map_or(0.0, |r| self.main_of((r.width, r.height)));
            let px = |v: f32| Length::Px(if v.is_finite() { v.round() } else { 0.0 });
            // The cross size is the engine's to keep up to date once it set it (the item
            // had none of its own).
            let ours = n.has_extension::<CrossSized>();
            let stretch = l.stretch_cross();
            let forced_main = l.main_size(*i);
            let main_sized = n.extension::<MainSized>();
            let unplaced = n.extension::<Unplaced>();
            let shown = l.shown(*i);
            let mut took = false;
            let mut own_main = None;
            let mut own_visibility = None;
            n.set_layout(|a| {
                a.positioning = if vertical {
                    Positioning::Absolute {
                        x: px(x),
                        y: px(main),
                    }
                } else {
                    Positioning::Absolute {
                        x: px(main),
                        y: px(x),
                    }
                };
                // The whole cross size but the paddings (a percentage of an absolutely
                // placed item would include them).
                let cross_len = match forced {
                    Some(w) => px(w),
                    None => px(cross),
                };
                let (cross_slot, main_slot) = if vertical {
                    (&mut a.width, &mut a.height)
                } else {
                    (&mut a.height, &mut a.width)
                };
                if forced.is_some() || ours || (stretch && *cross_slot == Length::Auto) {
                    *cross_slot = cross_len;
                    took = true;
                }
                match (forced_main, main_sized) {
                    (Some(m), own) => {
                        if own.is_none() {
                            own_main = Some(*main_slot);
                        }
                        *main_slot = px(m);
                    }
                    (None, Some(MainSized(own))) => *main_slot = own,
                    (None, None) => {}
                }
                match (shown, unplaced) {
                    (false, None) => {
                        own_visibility = Some(a.visibility);
                        a.visibility = Visibility::None;
                    }
                    (true, Some(Unplaced(own))) => a.visibility = own,
                    _ => {}
                }
            });
            if let Some(own) = own_main {
                n.set_extension(MainSized(own));
            } else if forced_main.is_none() && main_sized.is_some() {
                n.remove_extension::<MainSized>();
            }
            if let Some(own) = own_visibility {
                n.set_extension(Unplaced(own));
            } else if shown && unplaced.is_some() {
                n.remove_extension::<Unplaced>();
            }
            if took && !ours {
                n.set_extension(CrossSized);
            }
            placed.push(Placed {
                index: *i,
                node: *n,
                main,
                main_size,
            });
        }
        drop(l);
        *self.placed.borrow_mut() = placed;
        let deco = self.decorate.borrow().clone();
        if let Some(d) = deco {
            d(self, &self.placed.borrow(), self.viewport.get());
        }
    }
}
