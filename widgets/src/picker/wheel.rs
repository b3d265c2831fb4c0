//! One picker column: a wheel of text rows that turns under the finger, flings, and snaps
//! to the nearest row; the selected row sits between the dividers in the middle. Up and
//! Down (keyboard, D-pad) and the mouse wheel or a watch's crown turn it a row at a time; a
//! tap on another row turns it there. Looping wheels wrap around.
//!
//! The wheel shows seven text nodes whatever the number of items: the rows within three of
//! the centre, restyled and moved as it turns.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use arkui_core::{
    Alignment, CommonAttribute, Gesture, Key, Length, MediaEnv, NodeId, NodeKind, PanDirection,
    Positioning, TextAlign, Widget, pct, set_wheel_handler, untrack,
};

use super::style::WheelLook;
use crate::text::Text;
use crate::tween::Tween;

/// Rows drawn each side of the centre.
const REACH: i32 = 3;
/// How far a fling carries on, in seconds of its speed.
const FLING_S: f32 = 0.3;
/// Wheel pixels per row (a mouse notch is often 40 or 120).
const WHEEL_STEP: f32 = 40.0;

type Settled = Rc<dyn Fn(usize)>;

/// A picker column. Cloning shares it.
#[derive(Clone)]
pub(crate) struct Wheel(Rc<Inner>);

pub(crate) struct Inner {
    node: NodeId,
    rows: Vec<Text>,
    dividers: [NodeId; 2],
    items: RefCell<Vec<String>>,
    /// The row at the centre, fractional while turning; unwrapped (may pass the ends) when
    /// looping.
    pos: Cell<f32>,
    looping: Cell<bool>,
    look: Cell<WheelLook>,
    /// The index last settled on.
    settled: Cell<usize>,
    /// `pos` when the drag began.
    drag_from: Cell<f32>,
    /// Where the running turn ends (steps in quick succession add up from it).
    target: Cell<f32>,
    wheel_travel: Cell<f32>,
    density: f32,
    tween: Tween,
    on_settle: RefCell<Option<Settled>>,
    on_stop: RefCell<Option<Settled>>,
    on_enter: RefCell<Option<Settled>>,
    /// The row last between the dividers while turning (what `on_enter` last heard).
    entered: Cell<usize>,
}

impl Wheel {
    /// A wheel over `items` with `selected` at the centre.
    pub(crate) fn new(items: Vec<String>, selected: usize, looping: bool) -> Wheel {
        let node = NodeId::create("PickerColumn", NodeKind::Stack);
        let look = WheelLook::default();
        node.set_layout(|l| {
            l.height = Length::Vp(look.height());
            l.stack_align = Alignment::TopStart;
        });
        node.set_visual(|v| v.clip = true);
        node.focusable(true);
        let rows: Vec<Text> = (0..(2 * REACH + 1))
            .map(|_| {
                let t = Text::new("")
                    .text_align(TextAlign::Center)
                    .align(Alignment::Center)
                    .max_lines(1)
                    .width(pct(100.0));
                node.append(t.node());
                t
            })
            .collect();
        let dividers = [0, 1].map(|_| {
            let d = NodeId::create("PickerDivider", NodeKind::Flex);
            node.append(d);
            d
        });
        let density = MediaEnv::current()
            .map(|m| untrack(|| m.density()))
            .filter(|d| d.is_finite() && *d > 0.0)
            .unwrap_or(1.0);
        let n = items.len();
        let selected = if selected < n { selected } else { 0 };
        let wheel = Wheel(Rc::new(Inner {
            node,
            rows,
            dividers,
            items: RefCell::new(items),
            pos: Cell::new(selected as f32),
            looping: Cell::new(looping),
            look: Cell::new(look),
            settled: Cell::new(selected),
            drag_from: Cell::new(0.0),
            target: Cell::new(selected as f32),
            wheel_travel: Cell::new(0.0),
            density,
            tween: Tween::default(),
            on_settle: RefCell::new(None),
            on_stop: RefCell::new(None),
            on_enter: RefCell::new(None),
            entered: Cell::new(selected),
        }));
        wheel.fit_width();
        wheel.place();
        wheel.report();
        wheel.install();
        wheel
    }

    /// The column's node.
    pub(crate) fn node(&self) -> NodeId {
        self.0.node
    }

    /// Called with the index a turn settled on when it differs from the last one.
    pub(crate) fn on_settle(&self, f: impl Fn(usize) + 'static) {
        *self.0.on_settle.borrow_mut() = Some(Rc::new(f));
    }

    /// Called with the index each time a turn stops (changed or not), ArkUI's
    /// `onScrollStop`.
    pub(crate) fn on_stop(&self, f: impl Fn(usize) + 'static) {
        *self.0.on_stop.borrow_mut() = Some(Rc::new(f));
    }

    /// Called with the index of each row that comes between the dividers while the wheel
    /// turns (past half a row: before the turn settles), ArkUI's `onEnterSelectedArea`.
    pub(crate) fn on_enter(&self, f: impl Fn(usize) + 'static) {
        *self.0.on_enter.borrow_mut() = Some(Rc::new(f));
    }

    /// The row between the dividers now, and tell `on_enter` when it is a new one.
    fn track_entered(&self) {
        let n = self.0.items.borrow().len();
        if n == 0 {
            return;
        }
        let at = (self.0.pos.get().round() as i64).rem_euclid(n as i64) as usize;
        if self.0.entered.replace(at) != at {
            let f = self.0.on_enter.borrow().clone();
            if let Some(f) = f {
                f(at);
            }
        }
    }

    /// The selected index.
    pub(crate) fn selected(&self) -> usize {
        self.0.settled.get()
    }

    /// The items.
    pub(crate) fn items(&self) -> Vec<String> {
        self.0.items.borrow().clone()
    }

    /// Show `index` at the centre now (no callbacks: the app chose it).
    pub(crate) fn select(&self, index: usize) {
        let n = self.0.items.borrow().len();
        let index = if index < n { index } else { 0 };
        self.0.tween.stop();
        self.0.pos.set(index as f32);
        self.0.settled.set(index);
        self.0.entered.set(index);
        self.place();
        self.report();
    }

    /// The inspector's view of the selection.
    fn report(&self) {
        let at = self.0.settled.get();
        let value = self.0.items.borrow().get(at).cloned().unwrap_or_default();
        self.0.node.set_inspector_attr("selected", at.to_string());
        self.0.node.set_inspector_attr("value", value);
    }

    /// New items (a cascading column whose parent changed, a month's days), keeping the
    /// selection where it still exists, else the last item.
    pub(crate) fn set_items(&self, items: Vec<String>) {
        let n = items.len();
        let keep = self.0.settled.get().min(n.saturating_sub(1));
        *self.0.items.borrow_mut() = items;
        self.fit_width();
        self.select(keep);
    }

    /// `canLoop`.
    pub(crate) fn set_looping(&self, on: bool) {
        self.0.looping.set(on);
        let at = self.0.settled.get();
        self.select(at);
    }

    /// Change the look and redraw.
    pub(crate) fn set_look(&self, f: impl FnOnce(&mut WheelLook)) {
        let mut look = self.0.look.get();
        f(&mut look);
        self.0.look.set(look);
        self.0
            .node
            .set_layout(|l| l.height = Length::Vp(look.height()));
        self.fit_width();
        self.place();
    }

    /// Whether the wheel loops now: asked for, and more items than rows shown.
    fn loops(&self) -> bool {
        self.0.looping.get() && self.0.items.borrow().len() > (2 * REACH + 1) as usize
    }

    /// A column with no width of its own is at least as wide as its longest item at the
    /// selected size (an estimate: rows are positioned, so they give the column no
    /// content size), plus a margin each side.
    fn fit_width(&self) {
        let look = self.0.look.get();
        let size = match look.selected.size {
            Length::Vp(v) | Length::Fp(v) | Length::Lpx(v) | Length::Px(v) => v,
            _ => 20.0,
        };
        let longest = self
            .0
            .items
            .borrow()
            .iter()
            .map(|s| s.chars().count())
            .max()
            .unwrap_or(0);
        let width = longest as f32 * size * 0.62 + 24.0;
        self.0.node.set_layout(|l| l.min_width = Length::Vp(width));
    }

    /// Move and restyle the rows for the current position.
    fn place(&self) {
        let inner = &self.0;
        let look = inner.look.get();
        let pos = inner.pos.get();
        let items = inner.items.borrow();
        let n = items.len() as i32;
        let looping = self.loops();
        let centre = look.height() / 2.0;
        let base = pos.round() as i32;
        for (k, row) in (-REACH..=REACH).zip(&inner.rows) {
            let index = base + k;
            let d = index as f32 - pos;
            let item = if n == 0 {
                None
            } else if looping {
                Some(index.rem_euclid(n) as usize)
            } else {
                (0..n).contains(&index).then_some(index as usize)
            };
            let node = row.node();
            let Some(item) = item.filter(|_| d.abs() <= REACH as f32) else {
                node.set_layout(|l| l.visibility = arkui_core::Visibility::Hidden);
                continue;
            };
            let y = centre + look.offset(d);
            let style = look.style_at(d);
            let h = look.selected_height;
            // Rows fade out within `gradient_height` of the top and bottom edges.
            let edge = (y.min(look.height() - y)).max(0.0);
            let fade = if look.gradient_height > 0.0 {
                (edge / look.gradient_height).clamp(0.0, 1.0)
            } else {
                1.0
            };
            let label = items[item].clone();
            node.set_text(|t| {
                if t.content != label {
                    t.content = label;
                }
                t.font_size = style.size;
                t.font_color = style.color;
                t.font_weight = style.weight;
            });
            node.set_layout(|l| {
                l.visibility = arkui_core::Visibility::Visible;
                l.height = Length::Vp(h);
                l.positioning = Positioning::Absolute {
                    x: Length::Vp(0.0),
                    y: Length::Vp(y - h / 2.0),
                };
            });
            node.set_visual(|v| v.opacity = fade);
        }
        for (i, d) in inner.dividers.iter().enumerate() {
            let Some(div) = look.divider else {
                d.set_layout(|l| l.visibility = arkui_core::Visibility::None);
                continue;
            };
            let half = look.selected_height / 2.0;
            let y = if i == 0 { centre - half } else { centre + half };
            d.set_layout(|l| {
                l.visibility = arkui_core::Visibility::Visible;
                l.height = div.stroke_width;
                l.width = pct(100.0);
                l.margin.left = div.start_margin;
                l.margin.right = div.end_margin;
                l.positioning = Positioning::Absolute {
                    x: Length::Vp(0.0),
                    y: Length::Vp(y),
                };
            });
            d.set_visual(|v| v.background_color = div.color);
        }
    }

    /// The row index nearest `pos`, kept in range when not looping.
    fn clamp_target(&self, target: f32) -> f32 {
        let n = self.0.items.borrow().len();
        if self.loops() || n == 0 {
            target.round()
        } else {
            target.round().clamp(0.0, (n - 1) as f32)
        }
    }

    /// Turn to row `target` (unwrapped), eased, then settle.
    fn turn_to(&self, target: f32) {
        let from = self.0.pos.get();
        let target = self.clamp_target(target);
        self.0.target.set(target);
        let rows = (target - from).abs();
        let ms = f64::from(150.0 + (rows * 60.0).min(650.0));
        let (me, done): (Weak<Inner>, Weak<Inner>) =
            (Rc::downgrade(&self.0), Rc::downgrade(&self.0));
        self.0.tween.start(
            ms,
            move |k| {
                if let Some(i) = me.upgrade() {
                    i.pos.set(from + (target - from) * k);
                    let w = Wheel(i);
                    w.place();
                    w.track_entered();
                }
            },
            move || {
                if let Some(i) = done.upgrade() {
                    Wheel(i).settle();
                }
            },
        );
    }

    /// The turn stopped: normalise the position and tell the owner.
    fn settle(&self) {
        let n = self.0.items.borrow().len();
        if n == 0 {
            return;
        }
        let at = (self.0.pos.get().round() as i64).rem_euclid(n as i64) as usize;
        self.0.pos.set(at as f32);
        self.place();
        let changed = self.0.settled.replace(at) != at;
        self.report();
        let settle = self.0.on_settle.borrow().clone();
        let stop = self.0.on_stop.borrow().clone();
        if changed && let Some(f) = settle {
            f(at);
        }
        if let Some(f) = stop {
            f(at);
        }
    }

    /// Turn one row up (-1) or down (+1) from where it rests.
    fn step(&self, by: i32) {
        let at = if self.0.tween.running() {
            self.0.target.get()
        } else {
            self.0.pos.get().round()
        };
        self.turn_to(at + by as f32);
    }

    fn install(&self) {
        let node = self.0.node;
        let weak = Rc::downgrade(&self.0);
        let with = move |f: &dyn Fn(Wheel)| {
            if let Some(i) = weak.upgrade() {
                f(Wheel(i));
            }
        };
        let (w1, w2, w3, w4, w5) = (with.clone(), with.clone(), with.clone(), with.clone(), with);
        let pan = Gesture::pan(PanDirection::Vertical)
            .on_action_start(move |_| {
                w1(&|w| {
                    w.0.tween.stop();
                    w.0.drag_from.set(w.0.pos.get());
                });
            })
            .on_action_update(move |e| {
                w2(&|w| {
                    let look = w.0.look.get();
                    let mut pos = w.0.drag_from.get() - e.offset_y / look.row_height;
                    let n = w.0.items.borrow().len() as f32;
                    if !w.loops() && n > 0.0 {
                        // Past the ends it gives half a row at most.
                        pos = pos.clamp(-0.5, n - 0.5);
                    }
                    w.0.pos.set(pos);
                    w.place();
                    w.track_entered();
                });
            })
            .on_action_end(move |e| {
                w3(&|w| {
                    let look = w.0.look.get();
                    // Speed along y (vp/s; positive is down), in rows per second.
                    let vy = e.speed * e.angle.to_radians().sin();
                    let rows = -vy / look.row_height;
                    w.turn_to(w.0.pos.get() + rows * FLING_S);
                });
            })
            .on_action_cancel(move || {
                w4(&|w| {
                    let p = w.0.pos.get();
                    w.turn_to(p);
                });
            });
        node.gesture(pan);
        // A tap on another row turns the wheel to it.
        node.on_click(move |e| {
            w5(&|w| {
                let look = w.0.look.get();
                let dy = e.y - look.height() / 2.0;
                let half = look.selected_height / 2.0;
                let rows = if dy.abs() <= half {
                    0.0
                } else {
                    ((dy.abs() - half) / look.row_height).ceil().copysign(dy)
                };
                if rows != 0.0 {
                    let at = w.0.pos.get().round();
                    w.turn_to(at + rows);
                }
            });
        });
        let weak = Rc::downgrade(&self.0);
        node.on_key_event(move |e| {
            let by = match e.key {
                Key::Up if e.pressed => -1,
                Key::Down if e.pressed => 1,
                _ => return false,
            };
            let Some(i) = weak.upgrade() else {
                return false;
            };
            let w = Wheel(i);
            let n = w.0.items.borrow().len() as f32;
            let at = w.0.pos.get().round() + by as f32;
            // At an end of a wheel that does not loop, the key moves focus on.
            if w.loops() || (0.0..n).contains(&at) {
                w.step(by);
                true
            } else {
                false
            }
        });
        let weak = Rc::downgrade(&self.0);
        set_wheel_handler(node, move |_, dy| {
            let Some(i) = weak.upgrade() else { return };
            let w = Wheel(i);
            let travel = w.0.wheel_travel.get() + dy / w.0.density;
            let steps = (travel / WHEEL_STEP).trunc();
            w.0.wheel_travel.set(travel - steps * WHEEL_STEP);
            if steps != 0.0 {
                w.step(steps as i32);
            }
        });
    }
}
