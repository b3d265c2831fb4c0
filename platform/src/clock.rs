//! [`Clock`]: where the frame loop reads the time, so tests can run five idle seconds in
//! microseconds with a [`ManualClock`].

use std::cell::Cell;
use std::time::{Duration, Instant};

/// A monotonic clock, as the time since an arbitrary start.
pub trait Clock {
    /// Time elapsed since this clock's start.
    fn now(&self) -> Duration;
}

/// The real monotonic clock.
///
/// ```
/// use arkui_platform::{Clock, SystemClock};
/// let c = SystemClock::new();
/// let a = c.now();
/// assert!(c.now() >= a);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct SystemClock {
    start: Instant,
}

impl SystemClock {
    /// A clock starting now.
    pub fn new() -> SystemClock {
        SystemClock {
            start: Instant::now(),
        }
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        SystemClock::new()
    }
}

impl Clock for SystemClock {
    fn now(&self) -> Duration {
        self.start.elapsed()
    }
}

/// A clock that moves only when told: simulated time for tests and for the headless
/// backend's scripted events.
///
/// ```
/// use std::time::Duration;
/// use arkui_platform::{Clock, ManualClock};
/// let c = ManualClock::new();
/// c.advance(Duration::from_secs(5));
/// assert_eq!(c.now(), Duration::from_secs(5));
/// ```
#[derive(Debug, Default)]
pub struct ManualClock {
    now: Cell<Duration>,
}

impl ManualClock {
    /// A clock at zero.
    pub fn new() -> ManualClock {
        ManualClock::default()
    }

    /// Move time forward.
    pub fn advance(&self, by: Duration) {
        self.now.set(self.now.get() + by);
    }

    /// Jump to `at` (never backwards).
    pub fn advance_to(&self, at: Duration) {
        if at > self.now.get() {
            self.now.set(at);
        }
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Duration {
        self.now.get()
    }
}

impl<C: Clock + ?Sized> Clock for std::rc::Rc<C> {
    fn now(&self) -> Duration {
        (**self).now()
    }
}
