//! The frame clock: one "now" per thread, in milliseconds, set by the app each frame from the
//! platform's time (or by a test), so animations are deterministic and testable.

use std::cell::Cell;

thread_local! {
    static NOW: Cell<f64> = const { Cell::new(0.0) };
}

/// The current animation time in milliseconds.
pub fn now_ms() -> f64 {
    NOW.with(Cell::get)
}

/// Set the animation time (platforms pass their frame time; tests step it). Time never goes
/// backwards: an earlier value is ignored.
///
/// ```
/// use arkui_core::{now_ms, set_now_ms};
/// set_now_ms(1000.0);
/// set_now_ms(500.0);
/// assert_eq!(now_ms(), 1000.0);
/// ```
pub fn set_now_ms(ms: f64) {
    if ms.is_finite() {
        NOW.with(|n| {
            if ms > n.get() {
                n.set(ms);
            }
        });
    }
}
