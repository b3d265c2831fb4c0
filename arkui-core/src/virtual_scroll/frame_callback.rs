//! One-shot callbacks on the next tick of the frame clock, ArkUI's `postFrameCallback`.

/// Run `f` once, with the frame time in ms, the next time the frame clock of the app
/// running this code advances ([`crate::App::advance_time`]; each app has its own queue). A callback that wants the following frame too posts
/// itself again, so a fling runs exactly as long as it moves. While callbacks are pending
/// the app asks for frames ([`crate::App::is_animating`]).
///
/// ```
/// use std::cell::Cell;
/// use std::rc::Rc;
/// use arkui_core::{App, DeviceProfile, NodeId, NodeKind, post_frame_callback};
/// let mut app = App::with_view(DeviceProfile::iot(), || NodeId::create("Column", NodeKind::Flex));
/// let seen = Rc::new(Cell::new(0.0));
/// let s = seen.clone();
/// post_frame_callback(move |t| s.set(t));
/// assert!(app.is_animating());
/// app.advance_time(16.0);
/// assert_eq!(seen.get(), 16.0);
/// assert!(!app.is_animating());
/// ```
pub fn post_frame_callback(f: impl FnOnce(f64) + 'static) {
    crate::app::context::current().post(Box::new(f));
}

/// Whether callbacks wait for the next frame of the app running this code.
///
/// ```
/// assert!(!arkui_core::has_frame_callbacks());
/// arkui_core::post_frame_callback(|_| {});
/// assert!(arkui_core::has_frame_callbacks());
/// ```
pub fn has_frame_callbacks() -> bool {
    crate::app::context::current().has_callbacks()
}
