//! The frame clock: one "now" per app, in milliseconds, set by the app each frame from the
//! platform's time (or by a test), so animations are deterministic and testable. Code that
//! has no `App` at hand reads the clock of the app running it (see `app/context.rs`).

/// The current animation time in milliseconds, on the clock of the app running this code.
pub fn now_ms() -> f64 {
    crate::app::context::current().now()
}

/// Set the animation time of the app running this code (platforms pass their frame time
/// through [`crate::App::advance_time`]; tests step it). Time never goes backwards: an
/// earlier value is ignored.
///
/// ```
/// use arkui_core::{now_ms, set_now_ms};
/// set_now_ms(1000.0);
/// set_now_ms(500.0);
/// assert_eq!(now_ms(), 1000.0);
/// ```
pub fn set_now_ms(ms: f64) {
    crate::app::context::current().set_now(ms);
}
