//! `TextClock`: the current time as text, ArkUI's `TextClock`, advancing once a second on a
//! timer of the app clock (no frames in between), so tests step it exactly.

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::{
    Element, NodeId, NodeKind, TimerId, clear_timeout, local_utc_offset_minutes, set_timeout,
    wall_clock_ms,
};

use crate::clock_format::{CLOCK_LETTERS, Token, civil, format_clock, tokens};
use crate::handle::component_handle;
use crate::text_font_attrs::text_font_attrs;
use crate::themed::{self, Slot};

/// ArkUI's default pattern: 12-hour time with AM/PM.
pub const TEXT_CLOCK_DEFAULT_FORMAT: &str = "aa hh:mm:ss";

/// The half-hour and quarter-hour offsets ArkUI keeps (others are truncated to the hour).
const FRACTIONAL_OFFSETS: [f32; 10] =
    [9.5, 3.5, -3.5, -4.5, -5.5, -5.75, -6.5, -9.5, -10.5, -12.75];

/// Starts and stops the [`TextClock`]s it is given to, ArkUI's `TextClockController`.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{TextClock, TextClockController, TextClockOptions};
/// let c = TextClockController::new();
/// let c2 = c.clone();
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     TextClock::with_options(TextClockOptions { time_zone_offset: Some(0.0), controller: Some(c2) })
///         .format("HH:mm:ss")
///         .id("clock")
/// });
/// app.set_wall_clock_ms(0.0);
/// app.advance_time(1000.0);
/// let text = |app: &mut App| app.inspector_by_id("clock").unwrap()["$attrs"]["content"].clone();
/// assert_eq!(text(&mut app), "00:00:01");
/// c.stop();
/// app.advance_time(5000.0);
/// assert_eq!(text(&mut app), "00:00:01", "stopped");
/// c.start();
/// assert_eq!(text(&mut app), "00:00:05", "started again: shows the time at once");
/// ```
#[derive(Clone, Default)]
pub struct TextClockController {
    clocks: Rc<RefCell<Vec<NodeId>>>,
}

impl std::fmt::Debug for TextClockController {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextClockController")
            .field("clocks", &self.clocks.borrow().len())
            .finish()
    }
}

impl TextClockController {
    /// A controller bound to no clock yet.
    pub fn new() -> TextClockController {
        TextClockController::default()
    }

    /// Start the clocks: they show the current time and tick every second.
    pub fn start(&self) {
        for n in self.live() {
            set_running(n, true);
        }
    }

    /// Stop the clocks: they keep showing the time they showed.
    pub fn stop(&self) {
        for n in self.live() {
            set_running(n, false);
        }
    }

    fn live(&self) -> Vec<NodeId> {
        let mut clocks = self.clocks.borrow_mut();
        clocks.retain(|n| state(*n).is_some());
        clocks.clone()
    }
}

/// What a [`TextClock`] is built with, ArkUI's `TextClockOptions`.
#[derive(Clone, Debug, Default)]
pub struct TextClockOptions {
    /// Hours *west* of UTC, as ArkUI counts them (-8 is UTC+8), in -14..=12; fractions are
    /// truncated except the zones that have them (9.5, 3.5, -3.5, -4.5, -5.5, -5.75, -6.5,
    /// -9.5, -10.5, -12.75). `None` or out of range: the app's local zone
    /// ([`arkui_core::App::set_utc_offset_minutes`]).
    pub time_zone_offset: Option<f32>,
    /// Starts and stops the clock.
    pub controller: Option<TextClockController>,
}

struct Inner {
    tokens: Vec<Token>,
    /// Minutes east of UTC, or `None` for the app's local zone.
    offset: Option<i32>,
    running: bool,
    /// Any of it shows (a clock out of sight does not tick).
    visible: bool,
    timer: Option<TimerId>,
    on_date_change: Option<Rc<dyn Fn(f64)>>,
}

fn state(n: NodeId) -> Option<Rc<RefCell<Inner>>> {
    n.extension::<Rc<RefCell<Inner>>>()
}

component_handle!(
    /// The current time as text, written by [`TextClock::format`] (default
    /// [`TEXT_CLOCK_DEFAULT_FORMAT`], "aa hh:mm:ss") in a time zone, updated every second
    /// while it runs (from the start, until a [`TextClockController`] stops it). The time is
    /// the app's wall clock ([`arkui_core::wall_clock_ms`]): a test pins it and steps the
    /// app clock.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::TextClock;
    /// let mut app = App::with_view(DeviceProfile::iot(), || TextClock::new().id("clock"));
    /// app.set_wall_clock_ms(1_700_000_000_000.0); // 2023-11-14 22:13:20 UTC
    /// app.advance_time(1000.0);
    /// let clock = app.inspector_by_id("clock").unwrap();
    /// assert_eq!(clock["$type"], "TextClock");
    /// assert_eq!(clock["$attrs"]["content"], "PM 10:13:21");
    /// assert_eq!(clock["$attrs"]["format"], "aa hh:mm:ss");
    /// ```
    TextClock
);

text_font_attrs!(TextClock);

impl Default for TextClock {
    fn default() -> Self {
        TextClock::new()
    }
}

impl Element<()> for TextClock {
    fn create(_: ()) -> TextClock {
        TextClock::with_options(TextClockOptions::default())
    }

    fn update(self, _: ()) {}
}

impl Element<(TextClockOptions,)> for TextClock {
    fn create((options,): (TextClockOptions,)) -> TextClock {
        TextClock::with_options(options)
    }

    fn update(self, _: (TextClockOptions,)) {}
}

/// The offset ArkUI's `timeZoneOffset` hours give, in minutes east, if valid.
fn offset_minutes(hours: f32) -> Option<i32> {
    if !hours.is_finite() || !(-14.0..=12.0).contains(&hours) {
        return None;
    }
    let kept = if FRACTIONAL_OFFSETS.contains(&hours) {
        hours
    } else {
        hours.trunc()
    };
    Some((-kept * 60.0).round() as i32)
}

impl TextClock {
    /// A running clock in the local zone.
    pub fn new() -> TextClock {
        TextClock::create(())
    }

    /// A clock with a time zone and a controller.
    pub fn with_options(options: TextClockOptions) -> TextClock {
        let n = NodeId::create("TextClock", NodeKind::Text);
        themed::follow(n, Slot::FontColor(|t| t.font_primary));
        n.set_extension(Rc::new(RefCell::new(Inner {
            tokens: tokens(TEXT_CLOCK_DEFAULT_FORMAT, CLOCK_LETTERS),
            offset: options.time_zone_offset.and_then(offset_minutes),
            running: true,
            visible: true,
            timer: None,
            on_date_change: None,
        })));
        // Out of sight it stops ticking (no timer wakes the app for it); back in sight it
        // shows the time at once and ticks on.
        arkui_core::observe_visible_area(n, vec![0.0], move |_, ratio| set_visible(n, ratio > 0.0));
        n.set_inspector_attr("format", TEXT_CLOCK_DEFAULT_FORMAT);
        if let Some(c) = options.controller {
            c.clocks.borrow_mut().push(n);
        }
        tick(n, false);
        TextClock(n)
    }

    /// `format`: the pattern the time is written in (letters: `y` year, `M` month, `d` day,
    /// `D` day of year, `E` weekday, `H`/`h` 24/12-hour hour, `m`, `s`, `S` fractions,
    /// `a` AM/PM; other characters are written as they are). An empty pattern, or one with
    /// no letter ArkUI knows, is the default.
    pub fn format(self, pattern: impl Into<String>) -> Self {
        let pattern = pattern.into();
        let parsed = tokens(&pattern, CLOCK_LETTERS);
        let valid = parsed.iter().any(|t| matches!(t, Token::Field(..)));
        let (pattern, parsed) = if valid {
            (pattern, parsed)
        } else {
            (
                TEXT_CLOCK_DEFAULT_FORMAT.to_string(),
                tokens(TEXT_CLOCK_DEFAULT_FORMAT, CLOCK_LETTERS),
            )
        };
        if let Some(s) = state(self.0) {
            s.borrow_mut().tokens = parsed;
        }
        self.0.set_inspector_attr("format", &pattern);
        show(self.0);
        self
    }

    /// `onDateChange`: called every second the clock runs, with the Unix time in seconds.
    pub fn on_date_change(self, f: impl Fn(f64) + 'static) -> Self {
        if let Some(s) = state(self.0) {
            s.borrow_mut().on_date_change = Some(Rc::new(f));
        }
        self
    }
}

/// Write the current time into the clock's text.
fn show(n: NodeId) {
    let Some(s) = state(n) else {
        return;
    };
    let text = {
        let s = s.borrow();
        let offset = s.offset.unwrap_or_else(local_utc_offset_minutes);
        format_clock(&s.tokens, &civil(wall_clock_ms(), offset))
    };
    n.set_text(|t| {
        if t.content != text {
            t.content = text;
        }
    });
}

/// Show the time, report it when `report`, and arm the timer for the next whole second.
fn tick(n: NodeId, report: bool) {
    let Some(s) = state(n) else {
        return;
    };
    show(n);
    let now = wall_clock_ms();
    let callback = {
        let mut s = s.borrow_mut();
        if !s.running || !s.visible {
            return;
        }
        let to_next = 1000.0 - now.rem_euclid(1000.0);
        s.timer = Some(set_timeout(to_next, move |_| tick(n, true)));
        s.on_date_change.clone()
    };
    if report && let Some(f) = callback {
        f((now / 1000.0).floor());
    }
}

/// The clock came into sight (`on`) or left it.
fn set_visible(n: NodeId, on: bool) {
    let Some(s) = state(n) else {
        return;
    };
    let was = {
        let mut s = s.borrow_mut();
        let was = s.visible;
        s.visible = on;
        if !on && let Some(t) = s.timer.take() {
            clear_timeout(t);
        }
        was
    };
    if on && !was {
        tick(n, false);
    }
}

fn set_running(n: NodeId, on: bool) {
    let Some(s) = state(n) else {
        return;
    };
    let was = {
        let mut s = s.borrow_mut();
        let was = s.running;
        s.running = on;
        if !on && let Some(t) = s.timer.take() {
            clear_timeout(t);
        }
        was
    };
    if on && !was {
        tick(n, false);
    }
}
