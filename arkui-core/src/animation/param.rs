//! [`AnimateParam`]: duration, delay, curve, iterations, play mode and completion.

use std::fmt;
use std::rc::Rc;

use super::Curve;

/// How repeated iterations run, ArkUI's `PlayMode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PlayMode {
    /// Start to end, every time.
    #[default]
    Normal,
    /// End to start, every time.
    Reverse,
    /// Forwards, then backwards, alternately.
    Alternate,
    /// Backwards, then forwards, alternately.
    AlternateReverse,
}

/// The parameters of an animation, ArkUI's `AnimateParam`.
///
/// ```
/// use arkui_core::{AnimateParam, Curve, PlayMode};
/// let p = AnimateParam::new(300.0).delay(50.0).curve(Curve::Sharp).iterations(2).play_mode(PlayMode::Alternate);
/// assert_eq!(p.total_ms(), Some(650.0));
/// ```
#[derive(Clone)]
pub struct AnimateParam {
    /// Milliseconds per iteration (ArkUI's default 1000).
    pub duration_ms: f64,
    /// Milliseconds before the first iteration.
    pub delay_ms: f64,
    /// The curve.
    pub curve: Curve,
    /// Iterations; -1 repeats forever.
    pub iterations: i32,
    /// Direction of each iteration.
    pub play_mode: PlayMode,
    /// Called once when the animation ends.
    pub on_finish: Option<Rc<dyn Fn()>>,
}

impl fmt::Debug for AnimateParam {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AnimateParam")
            .field("duration_ms", &self.duration_ms)
            .field("delay_ms", &self.delay_ms)
            .field("curve", &self.curve)
            .field("iterations", &self.iterations)
            .field("play_mode", &self.play_mode)
            .finish()
    }
}

impl Default for AnimateParam {
    fn default() -> Self {
        AnimateParam::new(1000.0)
    }
}

impl AnimateParam {
    /// An animation of `duration_ms`, ease-in-out, once.
    pub fn new(duration_ms: f64) -> AnimateParam {
        let duration_ms = if duration_ms.is_finite() {
            duration_ms.max(0.0)
        } else {
            1000.0
        };
        AnimateParam {
            duration_ms,
            delay_ms: 0.0,
            curve: Curve::EaseInOut,
            iterations: 1,
            play_mode: PlayMode::Normal,
            on_finish: None,
        }
    }

    /// `delay`.
    pub fn delay(mut self, ms: f64) -> Self {
        self.delay_ms = if ms.is_finite() { ms.max(0.0) } else { 0.0 };
        self
    }

    /// `curve`.
    pub fn curve(mut self, c: Curve) -> Self {
        self.curve = c;
        self
    }

    /// `iterations` (-1: forever; 0 is treated as 1).
    pub fn iterations(mut self, n: i32) -> Self {
        self.iterations = if n == 0 { 1 } else { n.max(-1) };
        self
    }

    /// `playMode`.
    pub fn play_mode(mut self, m: PlayMode) -> Self {
        self.play_mode = m;
        self
    }

    /// `onFinish`.
    pub fn on_finish(mut self, f: impl Fn() + 'static) -> Self {
        self.on_finish = Some(Rc::new(f));
        self
    }

    /// Milliseconds of one iteration (a self-timed spring's settling time).
    pub fn iteration_ms(&self) -> f64 {
        self.curve.settle_ms().unwrap_or(self.duration_ms)
    }

    /// Total milliseconds including the delay, or `None` when it repeats forever.
    pub fn total_ms(&self) -> Option<f64> {
        (self.iterations >= 0)
            .then(|| self.delay_ms + self.iteration_ms() * f64::from(self.iterations.max(1)))
    }

    /// Eased progress (0 → 1, springs may overshoot) at `elapsed` ms after the start, and
    /// whether the animation is over.
    pub fn progress(&self, elapsed: f64) -> (f32, bool) {
        let t = elapsed - self.delay_ms;
        if t < 0.0 {
            return (self.direction_value(0, 0.0, 0.0), false);
        }
        let len = self.iteration_ms();
        if len <= 0.0 {
            return (self.end_value(), true);
        }
        let iteration = (t / len).floor() as i64;
        if self.iterations >= 0 && iteration >= i64::from(self.iterations.max(1)) {
            return (self.end_value(), true);
        }
        let within = (t - iteration as f64 * len) / len;
        (
            self.direction_value(iteration, within as f32, t - iteration as f64 * len),
            false,
        )
    }

    fn forwards(&self, iteration: i64) -> bool {
        match self.play_mode {
            PlayMode::Normal => true,
            PlayMode::Reverse => false,
            PlayMode::Alternate => iteration % 2 == 0,
            PlayMode::AlternateReverse => iteration % 2 == 1,
        }
    }

    fn direction_value(&self, iteration: i64, p: f32, elapsed: f64) -> f32 {
        let v = self.curve.value(p, elapsed);
        if self.forwards(iteration) { v } else { 1.0 - v }
    }

    fn end_value(&self) -> f32 {
        let last = i64::from(self.iterations.max(1)) - 1;
        if self.forwards(last) { 1.0 } else { 0.0 }
    }
}
