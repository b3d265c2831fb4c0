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
    edge: EdgeEffect,
    friction: f32,
    drag_origin: f32,
    samples: VecDeque<(f64, f32)>,
    motion: Motion,
    generation: u64,
    apply: Option<Rc<dyn Fn(f32)>>,
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
            edge,
            friction: DEFAULT_FRICTION,
            drag_origin: 0.0,
            samples: VecDeque::new(),
            motion: Motion::Idle,
            generation: 0,
            apply: None,
        })))
    }

    /// Called with the new offset whenever it changes.
    pub(crate) fn set_apply(&self, f: impl Fn(f32) + 'static) {
        self.0.borrow_mut().apply = Some(Rc::new(f));
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
        if let Some(o) = fix {
            self.set(o);
        }
    }

    fn set(&self, offset: f32) {
        let apply = {
            let mut s = self.0.borrow_mut();
            if !offset.is_finite() || s.offset == offset {
                return;
            }
            s.offset = offset;
            s.apply.clone()
        };
        if let Some(f) = apply {
            f(offset);
        }
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
    }

    /// A finger went down and started dragging.
    pub(crate) fn drag_start(&self) {
        self.stop();
        let mut s = self.0.borrow_mut();
        s.drag_origin = s.offset;
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
            let raw = s.drag_origin - travel;
            match s.edge {
                EdgeEffect::Spring if raw < 0.0 => raw * DRAG_RESISTANCE,
                EdgeEffect::Spring if raw > s.max => s.max + (raw - s.max) * DRAG_RESISTANCE,
                _ => raw.clamp(0.0, s.max),
            }
        };
        self.set(target);
    }

    /// The finger lifted: fling with the release velocity, or spring back from overscroll.
    pub(crate) fn drag_end(&self) {
        let v = {
            let s = self.0.borrow();
            match (s.samples.front(), s.samples.back()) {
                (Some(a), Some(b)) if b.0 > a.0 => -(b.1 - a.1) / ((b.0 - a.0) as f32 / 1000.0),
                _ => 0.0,
            }
        };
        self.release(v);
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
        if next != Motion::Idle {
            self.schedule(generation);
        }
    }
}
