//! Gestures with ArkUI's defaults and arbitration: tap (with count), long press (500 ms),
//! pan (5 vp), swipe (100 vp/s), pinch, rotation, and groups (sequence, parallel,
//! exclusive).
//!
//! When a pointer goes down, every gesture on the hit chain joins one arena, ordered by
//! precedence: `priority_gesture`s of ancestors first, then ordinary gestures from the
//! deepest component up (the child wins by default), with `parallel_gesture`s recognising
//! alongside. The first gesture to recognise takes the pointer and cancels the others,
//! except parallel ones. `on_click` is a one-tap gesture of its component, so a parent's pan
//! (a scroll container's drag) cancels a child's click once the finger moves.

mod arena;
mod recognizer;
mod types;

pub use types::{
    Gesture, GestureEvent, GestureHandlers, GestureMode, GesturePriority, PanDirection,
    SwipeDirection,
};

pub(crate) use arena::Arena;
pub(crate) use recognizer::{Fire, Input};
