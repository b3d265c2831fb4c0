//! Animation: `animate_to` (explicit, animating what its state changes change), `.animation()`
//! (implicit, per attribute), insert/delete transitions, ArkUI's curves including springs, and
//! a frame clock the platform — or a test — drives.
//!
//! Animated values are interpolated in place on the node each frame and set exactly to their
//! target at the end. Animating opacity, colour or a transform changes paint only; width and
//! height re-run layout, as they must.

mod clock;
mod curve;
mod hooks;
mod param;
mod play;
pub(crate) mod timer;
mod track;
mod transition;

pub use clock::{now_ms, set_now_ms};
pub use curve::Curve;
pub use param::{AnimateParam, PlayMode};
pub use timer::{TimerId, clear_timeout, local_utc_offset_minutes, set_timeout, wall_clock_ms};
pub use transition::TransitionEffect;

pub(crate) use hooks::{
    appear, note, on_decoration_change, on_layout_change, on_visual_change, set_implicit,
    start_effect,
};
pub(crate) use track::{AnimProp, AnimProps, Tracks, has_tracks, tick};
pub(crate) use transition::{LeavingNode, NodeAnimation};

use std::cell::RefCell;

thread_local! {
    /// The parameters of the `animate_to` whose closure is running, if any.
    static EXPLICIT: RefCell<Option<AnimateParam>> = const { RefCell::new(None) };
}

/// Run `f` and animate every animatable attribute its state changes change, ArkUI's
/// `animateTo`.
///
/// ```
/// use arkui_core::{AnimateParam, App, CommonAttribute, Curve, DeviceProfile, NodeId, NodeKind, State, animate_to};
/// let wide = State::new(false);
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     let n = NodeId::create("Column", NodeKind::Flex).height(10.0).id("box");
///     arkui_core::macro_support::attr(move || if wide.get() { 200.0 } else { 100.0 }, move |w| { n.width(w); });
///     n
/// });
/// app.advance_time(0.0);
/// app.frame();
/// animate_to(AnimateParam::new(100.0).curve(Curve::Linear), || wide.set(true));
/// app.advance_time(50.0);
/// app.frame();
/// assert_eq!(app.find_by_id("box").unwrap().rect().unwrap().width, 150.0);
/// app.advance_time(100.0);
/// app.frame();
/// assert_eq!(app.find_by_id("box").unwrap().rect().unwrap().width, 200.0);
/// ```
pub fn animate_to(param: AnimateParam, f: impl FnOnce()) {
    let prev = EXPLICIT.with(|e| e.replace(Some(param)));
    crate::batch(f);
    // Inside an event handler the batch is still open: run the bindings the closure's
    // changes queued now, while the animation is current, so they animate.
    crate::reactive::flush_queued();
    EXPLICIT.with(|e| *e.borrow_mut() = prev);
}

/// The explicit animation in progress, if a setter runs inside `animate_to`.
pub(crate) fn explicit() -> Option<AnimateParam> {
    EXPLICIT.with(|e| e.borrow().clone())
}
