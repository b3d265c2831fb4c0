//! One-shot callbacks on the next tick of the frame clock, ArkUI's `postFrameCallback`.

use std::cell::RefCell;

type Callback = Box<dyn FnOnce(f64)>;

thread_local! {
    static PENDING: RefCell<Vec<Callback>> = const { RefCell::new(Vec::new()) };
}

/// Run `f` once, with the frame time in ms, the next time the frame clock advances
/// ([`crate::App::advance_time`]). A callback that wants the following frame too posts
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
    PENDING.with(|p| p.borrow_mut().push(Box::new(f)));
}

/// Whether callbacks wait for the next frame.
///
/// ```
/// assert!(!arkui_core::has_frame_callbacks());
/// arkui_core::post_frame_callback(|_| {});
/// assert!(arkui_core::has_frame_callbacks());
/// ```
pub fn has_frame_callbacks() -> bool {
    PENDING.with(|p| !p.borrow().is_empty())
}

/// Run the callbacks posted before now (those they post wait for the next tick).
pub(crate) fn run_frame_callbacks(now: f64) {
    let due = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
    if due.is_empty() {
        return;
    }
    crate::batch(|| {
        for f in due {
            f(now);
        }
    });
}
