//! `TextTimer`: a stopwatch or countdown as text, ArkUI's `TextTimer`, stepped by timers of
//! the app clock at the pattern's smallest unit.

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::{
    Element, NodeId, NodeKind, TimerId, clear_timeout, now_ms, set_timeout, wall_clock_ms,
};

use crate::clock_format::{TIMER_LETTERS, Token, format_duration, smallest_unit_ms, tokens};
use crate::handle::component_handle;
use crate::text_font_attrs::text_font_attrs;
use crate::themed::{self, Slot};

/// ArkUI's default pattern: hours, minutes, seconds and hundredths.
pub const TEXT_TIMER_DEFAULT_FORMAT: &str = "HH:mm:ss.SS";

/// ArkUI's default countdown, ms.
pub const TEXT_TIMER_DEFAULT_COUNT: f64 = 60_000.0;

/// Starts, pauses and resets the [`TextTimer`] it is given to, ArkUI's
/// `TextTimerController`.
#[derive(Clone, Default)]
pub struct TextTimerController {
    timer: Rc<RefCell<Option<NodeId>>>,
}

impl std::fmt::Debug for TextTimerController {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextTimerController")
            .field("bound", &self.timer.borrow().is_some())
            .finish()
    }
}

impl TextTimerController {
    /// A controller bound to no timer yet.
    pub fn new() -> TextTimerController {
        TextTimerController::default()
    }

    fn with(&self, f: impl FnOnce(NodeId, &mut Inner)) {
        let Some(n) = *self.timer.borrow() else {
            return;
        };
        let Some(s) = state(n) else {
            return;
        };
        f(n, &mut s.borrow_mut());
    }

    /// Start (or resume) counting.
    pub fn start(&self) {
        let mut started = None;
        self.with(|n, s| {
            if s.started_at.is_none() && !s.done() {
                s.started_at = Some(now_ms());
                started = Some(n);
            }
        });
        if let Some(n) = started {
            arm(n);
        }
    }

    /// Pause, keeping the time counted so far.
    pub fn pause(&self) {
        self.with(|_, s| {
            if let Some(at) = s.started_at.take() {
                s.before += now_ms() - at;
            }
            if let Some(t) = s.timer.take() {
                clear_timeout(t);
            }
        });
    }

    /// Stop and go back to the start (0, or the whole count for a countdown).
    pub fn reset(&self) {
        let mut reset = None;
        self.with(|n, s| {
            s.started_at = None;
            s.before = 0.0;
            s.last_unit = None;
            if let Some(t) = s.timer.take() {
                clear_timeout(t);
            }
            reset = Some(n);
        });
        if let Some(n) = reset {
            show(n);
        }
    }
}

/// What a [`TextTimer`] is built with, ArkUI's `TextTimerOptions`.
#[derive(Clone, Debug)]
pub struct TextTimerOptions {
    /// Count down from `count` instead of up from 0 (default false).
    pub is_count_down: bool,
    /// The countdown's length in ms, 0 < count < 24 h (default 60000; other values are the
    /// default).
    pub count: f64,
    /// Starts, pauses and resets the timer.
    pub controller: Option<TextTimerController>,
}

impl Default for TextTimerOptions {
    fn default() -> Self {
        TextTimerOptions {
            is_count_down: false,
            count: TEXT_TIMER_DEFAULT_COUNT,
            controller: None,
        }
    }
}

type OnTimer = Rc<dyn Fn(f64, f64)>;

struct Inner {
    tokens: Vec<Token>,
    unit: f64,
    count_down: bool,
    count: f64,
    /// Time counted before the current run, ms.
    before: f64,
    /// App time the current run started, if running.
    started_at: Option<f64>,
    timer: Option<TimerId>,
    /// The last whole unit reported to `on_timer`.
    last_unit: Option<u64>,
    on_timer: Option<OnTimer>,
}

impl Inner {
    fn elapsed(&self) -> f64 {
        let running = self.started_at.map_or(0.0, |at| now_ms() - at);
        let total = self.before + running;
        if self.count_down {
            total.min(self.count)
        } else {
            total
        }
    }

    fn done(&self) -> bool {
        self.count_down && self.elapsed() >= self.count
    }

    fn shown_ms(&self) -> f64 {
        if self.count_down {
            self.count - self.elapsed()
        } else {
            self.elapsed()
        }
    }
}

fn state(n: NodeId) -> Option<Rc<RefCell<Inner>>> {
    n.extension::<Rc<RefCell<Inner>>>()
}

component_handle!(
    /// A stopwatch (counting up from 0) or a countdown (from `count` to 0) as text, written
    /// by [`TextTimer::format`] (default [`TEXT_TIMER_DEFAULT_FORMAT`], "HH:mm:ss.SS").
    /// It waits for its [`TextTimerController`]'s `start`; while it runs it steps on timers
    /// of the app clock at the pattern's smallest unit, and a countdown stops at 0.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{TextTimer, TextTimerController, TextTimerOptions};
    /// let c = TextTimerController::new();
    /// let c2 = c.clone();
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     TextTimer::with_options(TextTimerOptions { is_count_down: true, count: 5000.0, controller: Some(c2) })
    ///         .format("mm:ss.SS")
    ///         .id("t")
    /// });
    /// let text = |app: &mut App| app.inspector_by_id("t").unwrap()["$attrs"]["content"].clone();
    /// assert_eq!(text(&mut app), "00:05.00");
    /// c.start();
    /// app.advance_time(1234.0);
    /// assert_eq!(text(&mut app), "00:03.76");
    /// c.pause();
    /// app.advance_time(3000.0);
    /// assert_eq!(text(&mut app), "00:03.76", "paused");
    /// c.start();
    /// app.advance_time(10_000.0);
    /// assert_eq!(text(&mut app), "00:00.00", "a countdown stops at zero");
    /// c.reset();
    /// assert_eq!(text(&mut app), "00:05.00");
    /// ```
    TextTimer
);

text_font_attrs!(TextTimer);

impl Default for TextTimer {
    fn default() -> Self {
        TextTimer::new()
    }
}

impl Element<()> for TextTimer {
    fn create(_: ()) -> TextTimer {
        TextTimer::with_options(TextTimerOptions::default())
    }

    fn update(self, _: ()) {}
}

impl Element<(TextTimerOptions,)> for TextTimer {
    fn create((options,): (TextTimerOptions,)) -> TextTimer {
        TextTimer::with_options(options)
    }

    fn update(self, _: (TextTimerOptions,)) {}
}

impl TextTimer {
    /// A stopwatch, stopped at 0.
    pub fn new() -> TextTimer {
        TextTimer::create(())
    }

    /// A stopwatch or countdown with a controller.
    pub fn with_options(options: TextTimerOptions) -> TextTimer {
        let n = NodeId::create("TextTimer", NodeKind::Text);
        themed::follow(n, Slot::FontColor(|t| t.font_primary));
        let count = if options.count > 0.0 && options.count < 86_400_000.0 {
            options.count
        } else {
            TEXT_TIMER_DEFAULT_COUNT
        };
        let parsed = tokens(TEXT_TIMER_DEFAULT_FORMAT, TIMER_LETTERS);
        n.set_extension(Rc::new(RefCell::new(Inner {
            unit: smallest_unit_ms(&parsed),
            tokens: parsed,
            count_down: options.is_count_down,
            count,
            before: 0.0,
            started_at: None,
            timer: None,
            last_unit: None,
            on_timer: None,
        })));
        n.set_inspector_attr("format", TEXT_TIMER_DEFAULT_FORMAT);
        n.set_inspector_attr("isCountDown", options.is_count_down.to_string());
        n.set_inspector_attr("count", format!("{count}"));
        if let Some(c) = options.controller {
            *c.timer.borrow_mut() = Some(n);
        }
        show(n);
        TextTimer(n)
    }

    /// `format`: the pattern (`HH` hours, `mm` minutes, `ss` seconds, `S`/`SS`/`SSS`
    /// tenths, hundredths, thousandths). It must hold at least one of them; a pattern
    /// without, or with date letters, is the default.
    pub fn format(self, pattern: impl Into<String>) -> Self {
        let pattern = pattern.into();
        let has_date = pattern.chars().any(|c| "yMd".contains(c));
        let parsed = tokens(&pattern, TIMER_LETTERS);
        let valid = !has_date && parsed.iter().any(|t| matches!(t, Token::Field(..)));
        let (pattern, parsed) = if valid {
            (pattern, parsed)
        } else {
            (
                TEXT_TIMER_DEFAULT_FORMAT.to_string(),
                tokens(TEXT_TIMER_DEFAULT_FORMAT, TIMER_LETTERS),
            )
        };
        if let Some(s) = state(self.0) {
            let mut s = s.borrow_mut();
            s.unit = smallest_unit_ms(&parsed);
            s.tokens = parsed;
        }
        self.0.set_inspector_attr("format", pattern);
        show(self.0);
        self
    }

    /// `onTimer`: called each time the shown time changes while running, with the Unix
    /// time and the time counted, both in the pattern's smallest unit (hundredths of a
    /// second for the default).
    pub fn on_timer(self, f: impl Fn(f64, f64) + 'static) -> Self {
        if let Some(s) = state(self.0) {
            s.borrow_mut().on_timer = Some(Rc::new(f));
        }
        self
    }
}

fn show(n: NodeId) {
    let Some(s) = state(n) else {
        return;
    };
    let text = {
        let s = s.borrow();
        format_duration(&s.tokens, s.shown_ms())
    };
    n.set_text(|t| {
        if t.content != text {
            t.content = text;
        }
    });
}

/// Show the time, report a new unit, and arm the timer for the next one while running.
fn arm(n: NodeId) {
    let Some(s) = state(n) else {
        return;
    };
    show(n);
    let report = {
        let mut s = s.borrow_mut();
        if s.started_at.is_none() {
            return;
        }
        let elapsed = s.elapsed();
        let unit = s.unit;
        let whole = (elapsed / unit).floor() as u64;
        let report = (s.last_unit != Some(whole) && whole > 0)
            .then(|| s.on_timer.clone())
            .flatten()
            .map(|f| (f, whole));
        s.last_unit = Some(whole);
        if s.done() {
            s.before = s.count;
            s.started_at = None;
            s.timer = None;
        } else {
            let to_next = (whole as f64 + 1.0) * unit - elapsed;
            s.timer = Some(set_timeout(to_next.max(0.0), move |_| arm(n)));
        }
        report.map(|(f, whole)| (f, whole as f64, (wall_clock_ms() / unit).floor()))
    };
    if let Some((f, elapsed, utc)) = report {
        f(utc, elapsed);
    }
}
