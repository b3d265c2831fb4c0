//! [`HeadlessBackend`]: the [`Backend`] that presents into memory, optionally replaying a
//! script of timed events against a [`ManualClock`] — how the frame loop is tested.

use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use arkui_core::App;
use arkui_renderer::software::SoftwareRenderer;

use crate::{Backend, BackendEvent, Canvas, Clock, Error, ManualClock, PlatformKind};

/// Frames go to a [`Canvas`]; input comes from a script.
///
/// With a [`ManualClock`], [`Backend::wait`] does not sleep: it moves the clock to the
/// next scripted event or to the end of the timeout, so seconds of simulated idle take
/// microseconds. Without one it sleeps for real. When the script is exhausted and the loop
/// would wait forever, it reports [`BackendEvent::CloseRequested`].
///
/// ```
/// use std::rc::Rc;
/// use std::time::Duration;
/// use arkui_platform::{Backend, BackendEvent, HeadlessBackend, ManualClock};
/// let clock = Rc::new(ManualClock::new());
/// let mut b = HeadlessBackend::scripted(64, 64, clock, [
///     (Duration::from_millis(10), BackendEvent::Resized { width: 32, height: 16 }),
/// ]);
/// let mut events = Vec::new();
/// b.wait(None, &mut events).unwrap();
/// assert_eq!(b.size(), (32, 16));
/// assert_eq!(events.len(), 1);
/// ```
#[derive(Debug)]
pub struct HeadlessBackend {
    canvas: Canvas,
    renderer: SoftwareRenderer,
    size: (u32, u32),
    clock: Option<Rc<ManualClock>>,
    script: VecDeque<(Duration, BackendEvent)>,
    waits: u64,
    /// Set in [`live`](HeadlessBackend::live) mode: the flag a [`Waker`](crate::Waker) raises.
    wake: Option<Arc<(Mutex<bool>, Condvar)>>,
}

impl HeadlessBackend {
    /// A backend of `width` x `height` pixels with no input, sleeping for real.
    pub fn new(width: u32, height: u32) -> HeadlessBackend {
        HeadlessBackend {
            canvas: Canvas::new(0, 0),
            renderer: SoftwareRenderer::new(),
            size: (width, height),
            clock: None,
            script: VecDeque::new(),
            waits: 0,
            wake: None,
        }
    }

    /// A backend that runs until it is told to stop, sleeping in real time until its
    /// [`waker`](Backend::waker) is called or the loop's timeout passes: an app on no screen
    /// that a UI test drives from outside.
    ///
    /// ```
    /// use std::time::Duration;
    /// use arkui_platform::{Backend, HeadlessBackend};
    /// let mut b = HeadlessBackend::live(64, 64);
    /// let wake = b.waker().expect("a live backend can be woken");
    /// std::thread::spawn(move || wake());
    /// let mut events = Vec::new();
    /// b.wait(None, &mut events).unwrap(); // returns once woken
    /// assert!(events.is_empty()); // and never asks to close
    /// ```
    pub fn live(width: u32, height: u32) -> HeadlessBackend {
        HeadlessBackend {
            wake: Some(Arc::default()),
            ..HeadlessBackend::new(width, height)
        }
    }

    /// A backend replaying `script` (times since the clock's zero, in order) in simulated
    /// time.
    pub fn scripted(
        width: u32,
        height: u32,
        clock: Rc<ManualClock>,
        script: impl IntoIterator<Item = (Duration, BackendEvent)>,
    ) -> HeadlessBackend {
        let mut script: Vec<_> = script.into_iter().collect();
        // A stable sort keeps the order of events scripted for the same instant.
        script.sort_by_key(|(t, _)| *t);
        HeadlessBackend {
            clock: Some(clock),
            script: script.into(),
            ..HeadlessBackend::new(width, height)
        }
    }

    /// The last presented frame.
    pub fn canvas(&self) -> &Canvas {
        &self.canvas
    }

    /// How many times [`Backend::wait`] was called.
    pub fn waits(&self) -> u64 {
        self.waits
    }

    fn deliver_due(&mut self, now: Duration, events: &mut Vec<BackendEvent>) {
        while self.script.front().is_some_and(|(t, _)| *t <= now) {
            if let Some((_, event)) = self.script.pop_front() {
                if let BackendEvent::Resized { width, height } = event {
                    self.size = (width, height);
                }
                events.push(event);
            }
        }
    }
}

impl Backend for HeadlessBackend {
    fn kind(&self) -> PlatformKind {
        PlatformKind::Headless
    }

    fn size(&self) -> (u32, u32) {
        self.size
    }

    fn wait(
        &mut self,
        timeout: Option<Duration>,
        events: &mut Vec<BackendEvent>,
    ) -> Result<(), Error> {
        self.waits += 1;
        if let Some(wake) = &self.wake {
            let (flag, cond) = &**wake;
            let mut woken = flag.lock().unwrap_or_else(|e| e.into_inner());
            let deadline = timeout.map(|t| std::time::Instant::now() + t);
            while !*woken {
                match deadline {
                    None => woken = cond.wait(woken).unwrap_or_else(|e| e.into_inner()),
                    Some(d) => {
                        let Some(left) = d.checked_duration_since(std::time::Instant::now()) else {
                            break;
                        };
                        woken = cond
                            .wait_timeout(woken, left)
                            .unwrap_or_else(|e| e.into_inner())
                            .0;
                    }
                }
            }
            *woken = false;
            return Ok(());
        }
        let Some(clock) = self.clock.clone() else {
            match timeout {
                Some(t) => std::thread::sleep(t),
                None => events.push(BackendEvent::CloseRequested),
            }
            return Ok(());
        };
        let now = clock.now();
        let next = self.script.front().map(|(t, _)| *t);
        let wake = match (timeout, next) {
            (Some(t), Some(n)) => (now + t).min(n),
            (Some(t), None) => now + t,
            (None, Some(n)) => n,
            (None, None) => {
                events.push(BackendEvent::CloseRequested);
                return Ok(());
            }
        };
        clock.advance_to(wake);
        self.deliver_due(clock.now(), events);
        Ok(())
    }

    fn present(&mut self, app: &mut App) -> Result<bool, Error> {
        Ok(self.canvas.render_app(app, &mut self.renderer))
    }

    fn waker(&self) -> Option<crate::Waker> {
        let wake = self.wake.clone()?;
        Some(Arc::new(move || {
            let (flag, cond) = &*wake;
            *flag.lock().unwrap_or_else(|e| e.into_inner()) = true;
            cond.notify_one();
        }))
    }
}
