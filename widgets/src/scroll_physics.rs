//! Scrolling motion shared by Scroll, List, Grid and WaterFlow: drag with edge resistance,
//! fling with ArkUI's friction, spring-back from overscroll, animated scrolls, all driven by
//! the frame clock ([`arkui_core::post_frame_callback`]) so tests step them exactly.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use arkui_core::{now_ms, post_frame_callback};

/// What a scrolling container does at its edges, ArkUI's `EdgeEffect`.
///
/// ```
/// assert_eq!(arkui_widgets::EdgeEffect::default(), arkui_widgets::EdgeEffect::Spring);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum EdgeEffect {
    /// Content can be pulled past the edge and springs back (List's default).
    #[default]
    Spring,
    /// Content stops at the edge (ArkUI fades a glow; the content itself never overscrolls).
    Fade,
    /// Content stops at the edge.
    None,
}

/// ArkUI's default `friction` for Scroll and List (0.9 on wearables).
///
/// ```
/// assert_eq!(arkui_widgets::DEFAULT_FRICTION, 0.6);
/// ```
pub const DEFAULT_FRICTION: f32 = 0.6;
/// ArkUI multiplies `friction` by this to get the fling's exponential decay rate (1/s).
const FRICTION_SCALE: f32 = 4.2;
/// Flings slower than this (px/s) do not start.
const MIN_FLING_VELOCITY: f32 = 60.0;
/// A fling ends when what is left to travel (`v / k`) is under half a pixel.
const REST_DISTANCE: f32 = 0.5;
/// ArkUI's spring-back spring: stiffness 228 with unit mass, critically damped.
const SPRING_OMEGA: f32 = 15.1;
/// Pulling past an edge moves the content by this fraction of the finger's travel.
const DRAG_RESISTANCE: f32 = 0.5;
/// Velocity is measured over the pan samples of the last this many ms.
const VELOCITY_WINDOW_MS: f64 = 100.0;

/// What moves a scrolling container, ArkUI's `ScrollState`, as `on_did_scroll` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScrollState {
    /// Not moving by itself: a programmatic jump or animation, or the end of a motion.
    Idle,
    /// A finger drags it.
    Scroll,
    /// It moves on its own after a release: a fling or a spring back.
    Fling,
}

type Hook = Rc<dyn Fn()>;
type DidScroll = Rc<dyn Fn(f32, ScrollState)>;

/// The scroll callbacks every scrolling container shares (`ScrollableCommonMethod`).
#[derive(Clone, Default)]
pub(crate) struct ScrollEvents {
    pub(crate) on_scroll_start: Option<Hook>,
    pub(crate) on_scroll_stop: Option<Hook>,
    pub(crate) on_did_scroll: Option<DidScroll>,
    pub(crate) on_reach_start: Option<Hook>,
    pub(crate) on_reach_end: Option<Hook>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Motion {
    Idle,
    Fling {
        t0: f64,
        x0: f32,
        v0: f32,
    },
    Spring {
        t0: f64,
        d0: f32,
        v0: f32,
        target: f32,
    },
    Animate {
        t0: f64,
        from: f32,
        to: f32,
        ms: f32,
    },
}

struct Inner {
    offset: f32,
    max: f32,
    /// The container, to find a nested-scroll parent from.
    node: Option<arkui_core::NodeId>,
    nested: crate::nested_scroll::NestedScrollOptions,
    /// The parent this drag shares with, the finger's last travel, the child's unclamped
    /// position, and whether the parent took part of the last move.
    parent: Option<crate::nested_scroll::Parent>,
    last_travel: f32,
    raw: f32,
    parent_took: bool,
    edge: EdgeEffect,
    friction: f32,
    samples: VecDeque<(f64, f32)>,
    motion: Motion,
    generation: u64,
    apply: Option<Rc<dyn Fn(f32)>>,
    /// The `Fade` edge effect's glow: told how far past an edge the finger pulls (px,
    /// negative past the start), 0 when it lets go.
    glow: Option<Rc<dyn Fn(f32)>>,
    events: ScrollEvents,
    /// Pixels per vp (events report vp).
    density: f32,
    dragging: bool,
    /// Between `on_scroll_start` and `on_scroll_stop`.
    scrolling: bool,
    /// Which edges the offset was at when last checked (`None` before the first layout).
    at_edges: Option<(bool, bool)>,
    /// Inside `set`, between moving and reporting it.
    in_set: bool,
}

/// The scroll position of one container along its axis, in pixels, and its motion. Cloning
/// shares the state.
#[derive(Clone)]
pub(crate) struct ScrollPhysics(Rc<RefCell<Inner>>);

impl ScrollPhysics {
    pub(crate) fn new(edge: EdgeEffect) -> ScrollPhysics {
        ScrollPhysics(Rc::new(RefCell::new(Inner {
            offset: 0.0,
            max: 0.0,
            node: None,
            nested: crate::nested_scroll::NestedScrollOptions::default(),
            parent: None,
            last_travel: 0.0,
            raw: 0.0,
            parent_took: false,
            edge,
            friction: DEFAULT_FRICTION,
            samples: VecDeque::new(),
            motion: Motion::Idle,
            generation: 0,
            apply: None,
            glow: None,
            events: ScrollEvents::default(),
            density: 1.0,
            dragging: false,
            scrolling: false,
            at_edges: None,
            in_set: false,
        })))
    }

    /// Change the scroll callbacks. The edges are looked at afresh, so a new
    /// `on_reach_start` hears about the start the content already rests at.
    pub(crate) fn events(&self, f: impl FnOnce(&mut ScrollEvents)) {
        let mut s = self.0.borrow_mut();
        f(&mut s.events);
        s.at_edges = None;
    }

    /// Pixels per vp of the container, for the offsets events report.
    pub(crate) fn set_density(&self, d: f32) {
        if d.is_finite() && d > 0.0 {
            self.0.borrow_mut().density = d;
        }
    }

    /// The state `on_did_scroll` reports now.
    fn state(s: &Inner) -> ScrollState {
        if s.dragging {
            ScrollState::Scroll
        } else {
            match s.motion {
                Motion::Fling { .. } | Motion::Spring { .. } => ScrollState::Fling,
                Motion::Idle | Motion::Animate { .. } => ScrollState::Idle,
            }
        }
    }

    /// Fire `on_reach_start` / `on_reach_end` when the offset arrives at an edge (once per
    /// arrival; at the first layout for the edge it starts at).
    fn check_edges(&self) {
        let fire = {
            let mut s = self.0.borrow_mut();
            // The container re-measures while an offset is being applied: the edges are
            // checked once that offset has been reported.
            if s.in_set {
                return;
            }
            // Content that fits (no range) is at its start only: an end needs a range.
            let now = (s.offset <= 0.0, s.max > 0.0 && s.offset >= s.max);
            let before = s.at_edges.replace(now);
            let (was_start, was_end) = before.unwrap_or((false, false));
            (
                (now.0 && !was_start)
                    .then(|| s.events.on_reach_start.clone())
                    .flatten(),
                (now.1 && !was_end)
                    .then(|| s.events.on_reach_end.clone())
                    .flatten(),
            )
        };
        if let Some(f) = fire.0 {
            f();
        }
        if let Some(f) = fire.1 {
            f();
        }
    }

    /// The motion ended and no finger holds it: `on_scroll_stop`, once.
    fn finish(&self) {
        let stop = {
            let mut s = self.0.borrow_mut();
            if !s.scrolling || s.dragging || s.motion != Motion::Idle {
                return;
            }
            s.scrolling = false;
            s.events.on_scroll_stop.clone()
        };
        if let Some(f) = stop {
            f();
        }
    }

    /// Called with the new offset whenever it changes.
    pub(crate) fn set_apply(&self, f: impl Fn(f32) + 'static) {
        self.0.borrow_mut().apply = Some(Rc::new(f));
    }

    /// Where the `Fade` edge effect's glow is drawn.
    pub(crate) fn set_glow(&self, f: impl Fn(f32) + 'static) {
        self.0.borrow_mut().glow = Some(Rc::new(f));
    }

    pub(crate) fn offset(&self) -> f32 {
        self.0.borrow().offset
    }

    pub(crate) fn max(&self) -> f32 {
        self.0.borrow().max
    }

    pub(crate) fn set_edge(&self, edge: EdgeEffect) {
        self.0.borrow_mut().edge = edge;
    }

    /// `friction`: non-finite or non-positive values keep the default.
    pub(crate) fn set_friction(&self, f: f32) {
        self.0.borrow_mut().friction = if f.is_finite() && f > 0.0 {
            f
        } else {
            DEFAULT_FRICTION
        };
    }

    pub(crate) fn is_moving(&self) -> bool {
        self.0.borrow().motion != Motion::Idle
    }

    /// The scrollable range changed (content or viewport resized). A resting offset past the
    /// new end is pulled back in.
    pub(crate) fn set_max(&self, max: f32) {
        let max = if max.is_finite() { max.max(0.0) } else { 0.0 };
        let fix = {
            let mut s = self.0.borrow_mut();
            s.max = max;
            (s.motion == Motion::Idle && s.offset > max).then_some(max)
        };
        match fix {
            Some(o) => {
                self.set(o);
                self.finish();
            }
            None => self.check_edges(),
        }
    }

    fn set(&self, offset: f32) {
        let (apply, start, did, delta, state) = {
            let mut s = self.0.borrow_mut();
            if !offset.is_finite() || s.offset == offset {
                return;
            }
            let delta = (offset - s.offset) / s.density;
            s.offset = offset;
            let start = (!s.scrolling).then(|| s.events.on_scroll_start.clone());
            s.scrolling = true;
            s.in_set = true;
            (
                s.apply.clone(),
                start.flatten(),
                s.events.on_did_scroll.clone(),
                delta,
                Self::state(&s),
            )
        };
        if let Some(f) = start {
            f();
        }
        if let Some(f) = apply {
            f(offset);
        }
        if let Some(f) = did {
            f(delta, state);
        }
        self.0.borrow_mut().in_set = false;
        self.check_edges();
    }

    fn stop(&self) {
        let mut s = self.0.borrow_mut();
        s.motion = Motion::Idle;
        s.generation += 1;
    }

    /// Stop any motion (an app scrolled the container directly).
    pub(crate) fn stop_motion(&self) {
        self.stop();
    }

    /// Correct the offset without telling the container (it is the one correcting).
    pub(crate) fn set_quiet(&self, offset: f32) {
        if offset.is_finite() {
            self.0.borrow_mut().offset = offset;
        }
    }

    /// Jump to `offset` (clamped to the content), stopping any motion.
    pub(crate) fn jump_to(&self, offset: f32) {
        self.stop();
        let max = self.max();
        self.set(if offset.is_finite() {
            offset.clamp(0.0, max)
        } else {
            0.0
        });
        self.finish();
    }

    /// The container this motion scrolls (for nested scrolling).
    pub(crate) fn set_node(&self, node: arkui_core::NodeId) {
        self.0.borrow_mut().node = Some(node);
    }

    /// `nestedScroll`.
    pub(crate) fn set_nested(&self, o: crate::nested_scroll::NestedScrollOptions) {
        self.0.borrow_mut().nested = o;
    }

    /// Move by `delta` px within the content (no overscroll), as a nested child hands on
    /// the drag it cannot use. Returns the part moved.
    pub(crate) fn nudge(&self, delta: f32) -> f32 {
        if !delta.is_finite() {
            return 0.0;
        }
        let (offset, max) = (self.offset(), self.max());
        let to = (offset + delta).clamp(0.0, max);
        self.stop();
        self.set(to);
        to - offset
    }

    /// A finger went down and started dragging.
    pub(crate) fn drag_start(&self) {
        self.stop();
        let node = self.0.borrow().node;
        let parent = node.and_then(|n| {
            let vertical = crate::scrollable::motion_of(n)?.vertical;
            crate::nested_scroll::Parent::find(n, vertical)
        });
        let mut s = self.0.borrow_mut();
        s.parent = parent;
        s.last_travel = 0.0;
        s.raw = s.offset;
        s.parent_took = false;
        s.dragging = true;
        // The first sample is the first update: the pan reports travel from the touch-down
        // point, and the 5 vp before it recognised were not moved at this pace.
        s.samples.clear();
    }

    /// The finger moved `travel` pixels along the axis since the drag started (positive =
    /// towards the end of the axis, which scrolls the content back).
    pub(crate) fn drag_update(&self, travel: f32) {
        if !travel.is_finite() {
            return;
        }
        let target = {
            let mut s = self.0.borrow_mut();
            let now = now_ms();
            s.samples.push_back((now, travel));
            while s.samples.len() > 2 && now - s.samples[0].0 > VELOCITY_WINDOW_MS {
                s.samples.pop_front();
            }
            // This move, shared with a nested-scroll parent when there is one.
            let delta = -(travel - s.last_travel);
            s.last_travel = travel;
            let own = match s.parent.clone() {
                Some(p) => {
                    let mode = p.mode(delta, s.nested);
                    let (raw, max) = (s.raw, s.max);
                    drop(s);
                    let (own, took) = crate::nested_scroll::share(mode, &p, delta, raw, max);
                    s = self.0.borrow_mut();
                    s.parent_took = took;
                    own
                }
                None => delta,
            };
            s.raw += own;
            let raw = s.raw;
            let target = match s.edge {
                EdgeEffect::Spring if raw < 0.0 => raw * DRAG_RESISTANCE,
                EdgeEffect::Spring if raw > s.max => s.max + (raw - s.max) * DRAG_RESISTANCE,
                _ => raw.clamp(0.0, s.max),
            };
            let glow = (s.edge == EdgeEffect::Fade)
                .then(|| s.glow.clone())
                .flatten()
                .map(|g| (g, raw - raw.clamp(0.0, s.max)));
            (target, glow)
        };
        let (target, glow) = target;
        self.set(target);
        if let Some((g, over)) = glow {
            g(over);
        }
    }

    /// The finger lifted: fling with the release velocity, or spring back from overscroll.
    pub(crate) fn drag_end(&self) {
        let (v, parent, took) = {
            let mut s = self.0.borrow_mut();
            s.dragging = false;
            let v = match (s.samples.front(), s.samples.back()) {
                (Some(a), Some(b)) if b.0 > a.0 => -(b.1 - a.1) / ((b.0 - a.0) as f32 / 1000.0),
                _ => 0.0,
            };
            (v, s.parent.take(), std::mem::take(&mut s.parent_took))
        };
        if let Some(p) = parent {
            p.release(if took { v } else { 0.0 });
        }
        let glow = self.0.borrow().glow.clone();
        if let Some(g) = glow.filter(|_| self.0.borrow().edge == EdgeEffect::Fade) {
            g(0.0);
        }
        // A parent that took the last move (a Refresh being pulled) has the fling.
        self.release(if took { 0.0 } else { v });
    }

    /// Start moving freely at `velocity` px/s (positive scrolls towards the end).
    pub(crate) fn release(&self, velocity: f32) {
        let v = if velocity.is_finite() { velocity } else { 0.0 };
        let (offset, max) = (self.offset(), self.max());
        let now = now_ms();
        let motion = if offset < 0.0 || offset > max {
            Motion::Spring {
                t0: now,
                d0: offset - offset.clamp(0.0, max),
                v0: v,
                target: offset.clamp(0.0, max),
            }
        } else if v.abs() >= MIN_FLING_VELOCITY {
            Motion::Fling {
                t0: now,
                x0: offset,
                v0: v,
            }
        } else {
            Motion::Idle
        };
        self.start(motion);
        self.finish();
    }

    /// Scroll smoothly to `offset` (clamped) over `ms` milliseconds.
    pub(crate) fn animate_to(&self, offset: f32, ms: f32) {
        let to = if offset.is_finite() {
            offset.clamp(0.0, self.max())
        } else {
            0.0
        };
        let motion = Motion::Animate {
            t0: now_ms(),
            from: self.offset(),
            to,
            ms: ms.max(1.0),
        };
        self.start(motion);
    }

    fn start(&self, motion: Motion) {
        self.stop();
        if motion == Motion::Idle {
            return;
        }
        let generation = {
            let mut s = self.0.borrow_mut();
            s.motion = motion;
            s.generation
        };
        self.schedule(generation);
    }

    fn schedule(&self, generation: u64) {
        let me = self.clone();
        post_frame_callback(move |now| me.tick(now, generation));
    }

    /// One frame of motion at time `now`.
    fn tick(&self, now: f64, generation: u64) {
        let (motion, max, edge, k) = {
            let s = self.0.borrow();
            if s.generation != generation {
                return;
            }
            (s.motion, s.max, s.edge, s.friction * FRICTION_SCALE)
        };
        let next = match motion {
            Motion::Idle => return,
            Motion::Fling { t0, x0, v0 } => {
                let t = ((now - t0) / 1000.0) as f32;
                let decay = (-k * t).exp();
                let v = v0 * decay;
                let x = x0 + v0 / k * (1.0 - decay);
                if x < 0.0 || x > max {
                    let edge_at = x.clamp(0.0, max);
                    if edge == EdgeEffect::Spring {
                        self.set(x);
                        Motion::Spring {
                            t0: now,
                            d0: x - edge_at,
                            v0: v,
                            target: edge_at,
                        }
                    } else {
                        self.set(edge_at);
                        Motion::Idle
                    }
                } else if (v / k).abs() < REST_DISTANCE {
                    // Rest exactly where the fling was heading, whatever the frame pacing.
                    self.set((x0 + v0 / k).clamp(0.0, max));
                    Motion::Idle
                } else {
                    self.set(x);
                    motion
                }
            }
            Motion::Spring { t0, d0, v0, target } => {
                let t = ((now - t0) / 1000.0) as f32;
                let w = SPRING_OMEGA;
                let e = (-w * t).exp();
                let d = (d0 + (v0 + w * d0) * t) * e;
                let v = (v0 - w * (v0 + w * d0) * t) * e;
                if d.abs() < 0.5 && v.abs() < 20.0 {
                    self.set(target);
                    Motion::Idle
                } else {
                    self.set(target + d);
                    motion
                }
            }
            Motion::Animate { t0, from, to, ms } => {
                let p = (((now - t0) as f32) / ms).clamp(0.0, 1.0);
                // ArkUI's friction curve is close to an ease-out cubic.
                let eased = 1.0 - (1.0 - p).powi(3);
                self.set(from + (to - from) * eased);
                if p >= 1.0 { Motion::Idle } else { motion }
            }
        };
        let mut s = self.0.borrow_mut();
        if s.generation != generation {
            return;
        }
        s.motion = next;
        drop(s);
        if next == Motion::Idle {
            self.finish();
        } else {
            self.schedule(generation);
        }
    }
}
