//! Ranges of the value widgets (Slider, Progress, Rating), repaired the way ArkUI repairs
//! bad input: no panics, no NaN reaching layout.

/// `v` if it is a number, else `fallback`.
pub(crate) fn finite_or(v: f64, fallback: f64) -> f64 {
    if v.is_finite() { v } else { fallback }
}

/// A slider's `min`, `max` and `step`, repaired: `min >= max` (or either not a number) gives
/// ArkUI's defaults 0 and 100; a step that is not positive gives 1, and a step longer than
/// the range shrinks to the range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct SliderRange {
    pub(crate) min: f64,
    pub(crate) max: f64,
    pub(crate) step: f64,
}

impl SliderRange {
    pub(crate) fn new(min: f64, max: f64, step: f64) -> SliderRange {
        let (min, max) = if min.is_finite() && max.is_finite() && min < max {
            (min, max)
        } else {
            (0.0, 100.0)
        };
        let step = if step.is_finite() && step > 0.0 {
            step
        } else {
            1.0
        };
        SliderRange {
            min,
            max,
            step: step.min(max - min),
        }
    }

    /// `v` clamped into the range and snapped to the nearest step from `min` (`max` itself
    /// is always reachable). Not a number: `min`.
    pub(crate) fn snap(&self, v: f64) -> f64 {
        if !v.is_finite() {
            return self.min;
        }
        let v = v.clamp(self.min, self.max);
        let steps = ((v - self.min) / self.step).round();
        let snapped = self.min + steps * self.step;
        if (self.max - v).abs() < (snapped - v).abs() {
            self.max
        } else {
            snapped.clamp(self.min, self.max)
        }
    }

    /// Where `v` lies in the range, 0..=1.
    pub(crate) fn fraction(&self, v: f64) -> f64 {
        let v = finite_or(v, self.min).clamp(self.min, self.max);
        (v - self.min) / (self.max - self.min)
    }
}

/// How far `value` is through `total` (Progress): ArkUI turns a total that is not positive
/// into 100 and clamps the value into `0..=total`.
pub(crate) fn progress_fraction(value: f64, total: f64) -> f64 {
    let total = if total.is_finite() && total > 0.0 {
        total
    } else {
        100.0
    };
    finite_or(value, 0.0).clamp(0.0, total) / total
}

/// Number formatting for the inspector: `30` rather than `30.0`, no `NaN` ever.
pub(crate) fn show(v: f64) -> String {
    if v.is_finite() {
        format!("{v}")
    } else {
        "0".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inverted_or_nan_bounds_fall_back_to_arkui_defaults() {
        assert_eq!(
            SliderRange::new(50.0, 10.0, 1.0),
            SliderRange::new(0.0, 100.0, 1.0)
        );
        assert_eq!(SliderRange::new(f64::NAN, 10.0, 1.0).max, 100.0);
        assert_eq!(SliderRange::new(5.0, 5.0, 1.0).min, 0.0);
    }

    #[test]
    fn bad_steps_are_repaired() {
        assert_eq!(SliderRange::new(0.0, 10.0, 0.0).step, 1.0);
        assert_eq!(SliderRange::new(0.0, 10.0, -3.0).step, 1.0);
        assert_eq!(SliderRange::new(0.0, 10.0, f64::INFINITY).step, 1.0);
        assert_eq!(SliderRange::new(0.0, 0.5, 1.0).step, 0.5);
    }

    #[test]
    fn values_snap_to_steps_and_clamp() {
        let r = SliderRange::new(0.0, 100.0, 10.0);
        assert_eq!(r.snap(44.0), 40.0);
        assert_eq!(r.snap(46.0), 50.0);
        assert_eq!(r.snap(-5.0), 0.0);
        assert_eq!(r.snap(500.0), 100.0);
        assert_eq!(r.snap(f64::NAN), 0.0);
        let odd = SliderRange::new(0.0, 10.0, 3.0);
        assert_eq!(odd.snap(9.8), 10.0, "max is reachable although not a step");
        assert_eq!(odd.snap(8.0), 9.0);
        assert_eq!(r.fraction(25.0), 0.25);
    }

    #[test]
    fn progress_fraction_repairs_total_and_value() {
        assert_eq!(progress_fraction(50.0, 200.0), 0.25);
        assert_eq!(progress_fraction(50.0, 0.0), 0.5);
        assert_eq!(progress_fraction(50.0, -1.0), 0.5);
        assert_eq!(progress_fraction(f64::NAN, 100.0), 0.0);
        assert_eq!(progress_fraction(500.0, 100.0), 1.0);
        assert_eq!(show(30.0), "30");
        assert_eq!(show(f64::NAN), "0");
    }
}
