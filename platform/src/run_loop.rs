//! The frame loop every pull-style backend shares: wait for input, apply it, present a frame
//! only when the UI changed, paced to the display.
//!
//! Why one loop: "no change, no frame", resize coalescing and pacing are easy to get subtly
//! wrong per backend (a busy-polling loop, a layout per resize event). Written once against
//! [`Backend`] and a [`Clock`], they are tested once with simulated time.

use std::time::Duration;

use arkui_core::App;

use crate::{Backend, BackendEvent, Clock, Error};

/// How [`run`] behaves.
///
/// ```
/// use std::time::Duration;
/// let o = arkui_platform::RunOptions::default();
/// assert_eq!(o.frame_interval, Duration::from_micros(16_667));
/// assert_eq!(o.exit_after, None);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct RunOptions {
    /// Stop after this long (smoke tests, screenshots, simulated idle).
    pub exit_after: Option<Duration>,
    /// Shortest time between two frames on backends that do not pace frames themselves
    /// (fbdev without vsync, headless). Frame callbacks and page flips pace the others.
    pub frame_interval: Duration,
    /// Stop after this many frames.
    pub max_frames: Option<u64>,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            exit_after: None,
            frame_interval: Duration::from_micros(16_667),
            max_frames: None,
        }
    }
}

/// What [`run`] did, for tests and logs.
///
/// ```
/// let s = arkui_platform::RunStats::default();
/// assert_eq!(s.frames, 0);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RunStats {
    /// Frames presented.
    pub frames: u64,
    /// Times the loop woke up from [`Backend::wait`].
    pub wakeups: u64,
    /// Backend events received.
    pub events: u64,
    /// Sizes handed to [`App::resize`] (resize events are coalesced: a burst is drained
    /// before it is drawn and only its last size applied, plus one before each input event
    /// that follows a resize).
    pub resizes_applied: u64,
}

/// Drive `app` on `backend` until the backend asks to close, `exit_after` passes or
/// `max_frames` frames were shown.
///
/// ```
/// use std::rc::Rc;
/// use std::time::Duration;
/// use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind};
/// use arkui_platform::{Clock, HeadlessBackend, ManualClock, RunOptions, run};
/// let clock = Rc::new(ManualClock::new());
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     NodeId::create("Column", NodeKind::Flex).width(10.0).height(10.0)
/// });
/// let mut backend = HeadlessBackend::scripted(320, 240, clock.clone(), []);
/// let options = RunOptions { exit_after: Some(Duration::from_secs(5)), ..RunOptions::default() };
/// let stats = run(&mut backend, &mut app, &*clock, &options).unwrap();
/// assert_eq!(stats.frames, 1); // the first frame, then five idle seconds with none
/// assert_eq!(clock.now(), Duration::from_secs(5));
/// ```
pub fn run(
    backend: &mut dyn Backend,
    app: &mut App,
    clock: &dyn Clock,
    options: &RunOptions,
) -> Result<RunStats, Error> {
    run_with_service(backend, app, clock, options, &mut NoService)
}

/// Wakes a backend's [`Backend::wait`] from another thread.
pub type Waker = std::sync::Arc<dyn Fn() + Send + Sync>;

/// What a [`LoopService`] wants the loop to do next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoopFlow {
    /// Go on.
    Continue,
    /// Stop as if the window was closed.
    Close,
}

/// Work the frame loop does for someone else between frames, on the UI thread: the UI test
/// server ([`UiTestServer`](crate::UiTestServer)) hands input and inspector requests in
/// through it.
pub trait LoopService {
    /// The backend's waker (or `None` when it cannot be woken): call it after queueing work
    /// from another thread.
    fn set_waker(&mut self, waker: Option<Waker>);
    /// Longest the loop may sleep in [`Backend::wait`] (a service without a waker polls).
    fn max_wait(&self) -> Option<std::time::Duration>;
    /// Do the queued work; called once per loop turn before the frame is considered.
    fn serve(&mut self, app: &mut App) -> LoopFlow;
}

/// A service with nothing to do.
pub(crate) struct NoService;

impl LoopService for NoService {
    fn set_waker(&mut self, _: Option<Waker>) {}
    fn max_wait(&self) -> Option<Duration> {
        None
    }
    fn serve(&mut self, _: &mut App) -> LoopFlow {
        LoopFlow::Continue
    }
}

/// Two services served in turn.
pub(crate) struct Both<'a>(
    pub(crate) &'a mut dyn LoopService,
    pub(crate) &'a mut dyn LoopService,
);

impl LoopService for Both<'_> {
    fn set_waker(&mut self, waker: Option<Waker>) {
        self.0.set_waker(waker.clone());
        self.1.set_waker(waker);
    }
    fn max_wait(&self) -> Option<Duration> {
        match (self.0.max_wait(), self.1.max_wait()) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
    fn serve(&mut self, app: &mut App) -> LoopFlow {
        let a = self.0.serve(app);
        let b = self.1.serve(app);
        if a == LoopFlow::Close || b == LoopFlow::Close {
            LoopFlow::Close
        } else {
            LoopFlow::Continue
        }
    }
}

/// [`run`], serving `service` between frames.
pub fn run_with_service(
    backend: &mut dyn Backend,
    app: &mut App,
    clock: &dyn Clock,
    options: &RunOptions,
    service: &mut dyn LoopService,
) -> Result<RunStats, Error> {
    service.set_waker(backend.waker());
    let mut stats = RunStats::default();
    let mut events = Vec::new();
    let start = clock.now();
    let deadline = options.exit_after.map(|d| start + d);
    // A zero interval would let an always-dirty UI spin the CPU on unpaced backends.
    let interval = options.frame_interval.max(Duration::from_millis(1));
    let mut next_frame_at = start;
    let (w, h) = backend.size();
    app.resize(w, h);
    app.report_renderer(backend.renderer_status());

    loop {
        let now = clock.now();
        if deadline.is_some_and(|d| now >= d)
            || options.max_frames.is_some_and(|m| stats.frames >= m)
        {
            return Ok(stats);
        }
        // The app's animation clock follows the loop's: animations, transitions, flings,
        // long presses and timed overlays move with real (or the test's manual) time.
        app.advance_time(now.as_secs_f64() * 1000.0);
        if service.serve(app) == LoopFlow::Close {
            return Ok(stats);
        }
        let paced = backend.paced_by_display();
        let mut attempted = false;
        if app.apply_requests() {
            backend.profile_switched(app);
        }
        if let Some(choice) = app.take_renderer_request() {
            let status = backend.switch_renderer(choice);
            app.report_renderer(status);
        }
        if app.needs_frame() && backend.ready_for_frame() && (paced || now >= next_frame_at) {
            attempted = true;
            next_frame_at = now + interval;
            if backend.present(app)? {
                stats.frames += 1;
                continue;
            }
        }
        let want_frame = app.needs_frame() && backend.ready_for_frame();
        let mut timeout = match (want_frame, paced) {
            (false, _) => None,
            // A paced backend that could not present waits for an event (configure,
            // frame callback) rather than retrying in a loop.
            (true, true) if attempted => None,
            (true, true) => Some(Duration::ZERO),
            (true, false) => Some(next_frame_at.saturating_sub(now)),
        };
        if let Some(d) = deadline {
            let left = d.saturating_sub(now);
            timeout = Some(timeout.map_or(left, |t| t.min(left)));
        }
        // A timer (a clock's next second) wakes the loop without frames in between.
        if let Some(due) = app.next_timer_ms() {
            let left_ms = (due - now.as_secs_f64() * 1000.0).max(0.0);
            let left = Duration::from_secs_f64(left_ms.min(86_400_000.0) / 1000.0);
            timeout = Some(timeout.map_or(left, |t| t.min(left)));
        }
        if let Some(cap) = service.max_wait() {
            timeout = Some(timeout.map_or(cap, |t| t.min(cap)));
        }
        events.clear();
        backend.wait(timeout, &mut events)?;
        stats.wakeups += 1;
        let mut pending_size = None;
        if apply_events(app, &mut events, &mut pending_size, &mut stats) == Flow::Close {
            return Ok(stats);
        }
        // A burst of resizes (a window dragged, a tiling manager's storm) is laid out and
        // drawn once, at its last size: take what is already queued before drawing, instead
        // of drawing every size the burst passed through.
        for _ in 0..MAX_RESIZE_DRAINS {
            if pending_size.is_none() {
                break;
            }
            events.clear();
            backend.wait(Some(Duration::ZERO), &mut events)?;
            if events.is_empty() {
                break;
            }
            stats.wakeups += 1;
            if apply_events(app, &mut events, &mut pending_size, &mut stats) == Flow::Close {
                return Ok(stats);
            }
        }
        if let Some((w, h)) = pending_size {
            app.resize(w, h);
            stats.resizes_applied += 1;
        }
    }
}

/// Wake-ups spent taking a resize burst's queued events before drawing it (bounded, so a
/// backend that keeps producing events still gets frames out).
const MAX_RESIZE_DRAINS: usize = 64;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Flow {
    Continue,
    Close,
}

/// Hand one wake-up's events to `app`. Resizes are kept in `pending_size` (only the last
/// counts), except that input after a resize sees the size the user saw when they touched.
fn apply_events(
    app: &mut App,
    events: &mut Vec<BackendEvent>,
    pending_size: &mut Option<(u32, u32)>,
    stats: &mut RunStats,
) -> Flow {
    stats.events += events.len() as u64;
    for event in events.drain(..) {
        match event {
            BackendEvent::Resized { width, height } => *pending_size = Some((width, height)),
            BackendEvent::Input(input) => {
                if let Some((w, h)) = pending_size.take() {
                    app.resize(w, h);
                    stats.resizes_applied += 1;
                }
                app.handle_input(&input);
            }
            BackendEvent::DensityChanged(d) => app.set_density(d),
            BackendEvent::ContentLost => app.request_full_frame(),
            BackendEvent::CloseRequested => return Flow::Close,
            BackendEvent::Accessibility(request) => {
                if let Err(e) = app.accessibility_action(&request) {
                    log::warn!("accessibility request ignored: {e}");
                }
            }
        }
    }
    Flow::Continue
}
