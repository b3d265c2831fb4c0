//! Timers on the app clock, and the wall clock derived from it.
//!
//! A component that changes once a second (a clock) or every hundredth (a stopwatch) should
//! not keep the app drawing 60 frames a second in between: it sets a timer, the app says when
//! the next one is due ([`crate::App::next_timer_ms`]), and a platform loop sleeps until then.
//! Timers run from [`crate::App::advance_time`], in due order, so tests step them exactly.
//!
//! The wall clock (what a `TextClock` shows) is the app clock plus an origin: the system time
//! when the app started, or what [`crate::App::set_wall_clock_ms`] pinned, so a test shows
//! the same time on every run.

use std::cell::{Cell, RefCell};

/// Identifies a timer set by [`set_timeout`], for [`clear_timeout`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TimerId(u64);

struct Timer {
    at: f64,
    id: TimerId,
    run: Box<dyn FnOnce(f64)>,
}

/// One app's timers and wall-clock origin.
#[derive(Default)]
pub(crate) struct Timers {
    pending: RefCell<Vec<Timer>>,
    next_id: Cell<u64>,
    /// Unix time in ms at app-clock 0; `None` until first read (then from the system).
    wall_origin: Cell<Option<f64>>,
    /// The local time zone's offset from UTC, in minutes east.
    utc_offset: Cell<i32>,
}

impl Timers {
    fn add(&self, at: f64, run: Box<dyn FnOnce(f64)>) -> TimerId {
        let id = TimerId(self.next_id.get());
        self.next_id.set(id.0 + 1);
        self.pending.borrow_mut().push(Timer { at, id, run });
        id
    }

    fn cancel(&self, id: TimerId) -> bool {
        let mut pending = self.pending.borrow_mut();
        let before = pending.len();
        pending.retain(|t| t.id != id);
        pending.len() != before
    }

    /// When the earliest timer is due.
    pub(crate) fn next_due(&self) -> Option<f64> {
        self.pending.borrow().iter().map(|t| t.at).reduce(f64::min)
    }

    /// Run the timers due at `now`, earliest first; timers they set wait for a later call
    /// even when already due (a timer re-arming itself at 0 ms cannot spin).
    pub(crate) fn run_due(&self, now: f64) {
        let mut due: Vec<Timer> = {
            let mut pending = self.pending.borrow_mut();
            let (due, keep) = std::mem::take(&mut *pending)
                .into_iter()
                .partition(|t| t.at <= now);
            *pending = keep;
            due
        };
        due.sort_by(|a, b| a.at.total_cmp(&b.at).then(a.id.0.cmp(&b.id.0)));
        if due.is_empty() {
            return;
        }
        crate::batch(|| {
            for t in due {
                (t.run)(now);
            }
        });
    }

    pub(crate) fn wall_ms(&self, now: f64) -> f64 {
        let origin = self.wall_origin.get().unwrap_or_else(|| {
            let system = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
            let origin = system - now;
            self.wall_origin.set(Some(origin));
            origin
        });
        origin + now
    }

    pub(crate) fn set_wall_ms(&self, now: f64, wall: f64) {
        if wall.is_finite() {
            self.wall_origin.set(Some(wall - now));
        }
    }

    pub(crate) fn utc_offset_minutes(&self) -> i32 {
        self.utc_offset.get()
    }

    pub(crate) fn set_utc_offset_minutes(&self, minutes: i32) {
        self.utc_offset.set(minutes.clamp(-16 * 60, 16 * 60));
    }
}

/// Run `f` once, with the app time, when `delay_ms` has passed on the clock of the app
/// running this code. Unlike [`crate::post_frame_callback`], a pending timer does not make
/// the app draw frames: the platform sleeps until it is due. A negative or non-finite delay
/// is 0 (the next [`crate::App::advance_time`]).
///
/// ```
/// use std::cell::Cell;
/// use std::rc::Rc;
/// use arkui_core::{App, DeviceProfile, NodeId, NodeKind, set_timeout};
/// let mut app = App::with_view(DeviceProfile::iot(), || NodeId::create("Column", NodeKind::Flex));
/// let fired = Rc::new(Cell::new(None));
/// let f = fired.clone();
/// set_timeout(1000.0, move |t| f.set(Some(t)));
/// assert!(!app.is_animating(), "a timer alone asks for no frames");
/// assert_eq!(app.next_timer_ms(), Some(1000.0));
/// app.advance_time(999.0);
/// assert_eq!(fired.get(), None);
/// app.advance_time(1000.0);
/// assert_eq!(fired.get(), Some(1000.0));
/// assert_eq!(app.next_timer_ms(), None);
/// ```
pub fn set_timeout(delay_ms: f64, f: impl FnOnce(f64) + 'static) -> TimerId {
    let context = crate::app::context::current();
    let delay = if delay_ms.is_finite() {
        delay_ms.max(0.0)
    } else {
        0.0
    };
    let at = context.now() + delay;
    context.timers().add(at, Box::new(f))
}

/// Cancel a timer that has not run; `false` when it already ran or was cancelled.
///
/// ```
/// use arkui_core::{App, DeviceProfile, NodeId, NodeKind, clear_timeout, set_timeout};
/// let mut app = App::with_view(DeviceProfile::iot(), || NodeId::create("Column", NodeKind::Flex));
/// let id = set_timeout(10.0, |_| panic!("cancelled"));
/// assert!(clear_timeout(id));
/// assert!(!clear_timeout(id));
/// app.advance_time(20.0);
/// ```
pub fn clear_timeout(id: TimerId) -> bool {
    crate::app::context::current().timers().cancel(id)
}

/// The wall-clock time, Unix milliseconds, of the app running this code: the system time
/// when the app's clock started plus the app clock, or what
/// [`crate::App::set_wall_clock_ms`] pinned.
///
/// ```
/// use arkui_core::{App, DeviceProfile, NodeId, NodeKind, wall_clock_ms};
/// let mut app = App::with_view(DeviceProfile::iot(), || NodeId::create("Column", NodeKind::Flex));
/// app.set_wall_clock_ms(1_700_000_000_000.0);
/// app.advance_time(1500.0);
/// assert_eq!(wall_clock_ms(), 1_700_000_001_500.0);
/// ```
pub fn wall_clock_ms() -> f64 {
    let context = crate::app::context::current();
    context.timers().wall_ms(context.now())
}

/// The local time zone's offset from UTC in minutes (east positive) of the app running this
/// code: 0 (UTC) unless the platform or [`crate::App::set_utc_offset_minutes`] set it.
pub fn local_utc_offset_minutes() -> i32 {
    crate::app::context::current().timers().utc_offset_minutes()
}
