//! Per-app state reached by code that has no [`App`] at hand: the frame clock
//! ([`crate::now_ms`]) and the frame callbacks ([`crate::post_frame_callback`]).
//!
//! Each [`App`] owns one [`AppContext`]. While an app runs code (building, a frame, input,
//! `advance_time`) its context is the current one, so a widget's handler reads that app's
//! clock and posts to that app's queue; two apps on one thread never share either. Code that
//! runs outside every app call (a test setting state between frames) reaches the app that
//! ran last.
//!
//! [`App`]: super::App

use std::cell::{Cell, RefCell};
use std::rc::Rc;

type Callback = Box<dyn FnOnce(f64)>;

/// One app's clock and frame-callback queue.
#[derive(Default)]
pub(crate) struct AppContext {
    now: Cell<f64>,
    callbacks: RefCell<Vec<Callback>>,
    /// The device profile's image limits (what a synchronous decode may take).
    image_limits: Cell<Option<arkui_renderer::images::ImageLimits>>,
    /// Pixels per vp of the app's profile (0 before one is set).
    density: Cell<f32>,
    /// Timers on this clock, and the wall clock's origin.
    timers: crate::animation::timer::Timers,
    /// A focus change a component asked for: `Some(None)` clears the focus.
    focus_request: Cell<Option<Option<crate::NodeId>>>,
    /// With a clearing request: the component that asked, which must hold the focus.
    focus_clear_of: Cell<Option<crate::NodeId>>,
}

thread_local! {
    /// The context of the app running code (or that ran last), and how deep app calls nest.
    static CURRENT: RefCell<(Option<Rc<AppContext>>, usize)> = const { RefCell::new((None, 0)) };
}

impl AppContext {
    /// The animation time in milliseconds.
    pub(crate) fn now(&self) -> f64 {
        self.now.get()
    }

    /// Move the clock forward to `ms`; earlier or non-finite values are ignored.
    pub(crate) fn set_now(&self, ms: f64) {
        if ms.is_finite() && ms > self.now.get() {
            self.now.set(ms);
        }
    }

    /// Ask for `node` to take the focus (`None`: nothing focused) once handlers return.
    pub(crate) fn request_focus(&self, node: Option<crate::NodeId>) {
        if node.is_some() {
            self.focus_clear_of.set(None);
        }
        self.focus_request.set(Some(node));
    }

    /// Ask for the focus to be cleared if `of` holds it.
    pub(crate) fn request_clear_focus(&self, of: crate::NodeId) {
        self.focus_request.set(Some(None));
        self.focus_clear_of.set(Some(of));
    }

    pub(crate) fn has_focus_request(&self) -> bool {
        let r = self.focus_request.take();
        self.focus_request.set(r);
        r.is_some()
    }

    /// The pending request: `Some(Some(n))` focus `n`; `Some(None)` clear the focus, when
    /// `of` (the component asking) holds it.
    pub(crate) fn take_focus_request(
        &self,
    ) -> Option<(Option<crate::NodeId>, Option<crate::NodeId>)> {
        let r = self.focus_request.take()?;
        Some((r, self.focus_clear_of.take()))
    }

    /// This app's timers and wall clock.
    pub(crate) fn timers(&self) -> &crate::animation::timer::Timers {
        &self.timers
    }

    /// The limits images are decoded under in this app.
    pub(crate) fn image_limits(&self) -> arkui_renderer::images::ImageLimits {
        self.image_limits.get().unwrap_or_default()
    }

    /// Pixels per vp (1 before an app set it).
    pub(crate) fn density(&self) -> f32 {
        let d = self.density.get();
        if d > 0.0 { d } else { 1.0 }
    }

    pub(crate) fn set_density(&self, density: f32) {
        if density.is_finite() && density > 0.0 {
            self.density.set(density);
        }
    }

    pub(crate) fn set_image_limits(&self, limits: arkui_renderer::images::ImageLimits) {
        self.image_limits.set(Some(limits));
    }

    pub(crate) fn post(&self, f: Callback) {
        self.callbacks.borrow_mut().push(f);
    }

    pub(crate) fn has_callbacks(&self) -> bool {
        !self.callbacks.borrow().is_empty()
    }

    /// Run the callbacks posted before now (those they post wait for the next tick).
    pub(crate) fn run_callbacks(&self) {
        let due = std::mem::take(&mut *self.callbacks.borrow_mut());
        if due.is_empty() {
            return;
        }
        let now = self.now();
        crate::batch(|| {
            for f in due {
                f(now);
            }
        });
    }
}

/// The current app's context; a thread default (made on first use) before any app ran.
pub(crate) fn current() -> Rc<AppContext> {
    CURRENT.with(|c| {
        Rc::clone(
            c.borrow_mut()
                .0
                .get_or_insert_with(|| Rc::new(AppContext::default())),
        )
    })
}

/// While alive, `context` is the current one. At the outermost level it stays current after
/// the guard ends (code between frames reaches the app that ran last); nested inside another
/// app's call, the outer app's context comes back.
pub(crate) struct Entered {
    previous: Option<Rc<AppContext>>,
}

pub(crate) fn enter(context: &Rc<AppContext>) -> Entered {
    CURRENT.with(|c| {
        let mut c = c.borrow_mut();
        let previous = c.0.replace(Rc::clone(context));
        c.1 += 1;
        Entered { previous }
    })
}

impl Drop for Entered {
    fn drop(&mut self) {
        let previous = self.previous.take();
        CURRENT.with(|c| {
            let mut c = c.borrow_mut();
            c.1 = c.1.saturating_sub(1);
            if c.1 > 0 {
                c.0 = previous;
            }
        });
    }
}

/// An app is dropped: if its context is the current one, forget it (its queued callbacks
/// die with it rather than running in the next app).
pub(crate) fn forget(context: &Rc<AppContext>) {
    CURRENT.with(|c| {
        let mut c = c.borrow_mut();
        if c.0.as_ref().is_some_and(|cur| Rc::ptr_eq(cur, context)) {
            c.0 = None;
        }
    });
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::rc::Rc;

    use crate::{
        AnimateParam, App, CommonAttribute, Curve, DeviceProfile, NodeId, NodeKind, State,
        animate_to, macro_support, post_frame_callback,
    };

    /// An app whose build posts a frame callback recording the time it sees, and whose
    /// box animates its width when `wide` changes inside `animate_to`.
    fn app(seen: Rc<Cell<Option<f64>>>, wide: State<bool>) -> App {
        App::with_view(DeviceProfile::iot(), move || {
            let n = NodeId::create("Column", NodeKind::Flex)
                .height(10.0)
                .id("box");
            macro_support::attr(
                move || if wide.get() { 200.0 } else { 100.0 },
                move |w| {
                    n.width(w);
                },
            );
            post_frame_callback(move |t| seen.set(Some(t)));
            n
        })
    }

    #[test]
    fn two_apps_on_one_thread_keep_their_own_clock_callbacks_and_animations() {
        let (seen_a, seen_b) = (Rc::new(Cell::new(None)), Rc::new(Cell::new(None)));
        let (wide_a, wide_b) = (State::new(false), State::new(false));
        let mut a = app(seen_a.clone(), wide_a);
        let mut b = app(seen_b.clone(), wide_b);
        a.frame();
        b.frame();
        assert!(
            a.is_animating() && b.is_animating(),
            "both have a callback queued"
        );

        // Advancing one app runs its callback only, on its own clock.
        b.advance_time(500.0);
        assert_eq!(seen_b.get(), Some(500.0));
        assert_eq!(seen_a.get(), None, "a's callback ran on b's clock");
        assert!(!b.is_animating());
        assert!(a.is_animating());
        a.advance_time(16.0);
        assert_eq!(seen_a.get(), Some(16.0), "a's clock was moved by b's");
        assert!(!a.is_animating());

        // An animation in one app is not the other's.
        animate_to(AnimateParam::new(100.0).curve(Curve::Linear), || {
            wide_a.set(true)
        });
        a.frame();
        assert!(a.is_animating());
        assert!(!b.is_animating(), "b animates because a does");
        assert!(b.frame().is_none(), "b drew a frame for a's animation");
        a.advance_time(66.0);
        a.frame();
        let width = a.find_by_id("box").and_then(NodeId::rect).map(|r| r.width);
        assert_eq!(
            width,
            Some(150.0),
            "halfway on a's clock (16 → 66 of 100 ms)"
        );
        b.advance_time(10_000.0);
        b.frame();
        a.frame();
        let width = a.find_by_id("box").and_then(NodeId::rect).map(|r| r.width);
        assert_eq!(width, Some(150.0), "b's time finished a's animation");
        a.advance_time(116.0);
        a.frame();
        let width = a.find_by_id("box").and_then(NodeId::rect).map(|r| r.width);
        assert_eq!(width, Some(200.0));
        assert!(!a.is_animating());
    }
}
