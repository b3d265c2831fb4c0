//! ArkUI's animation curves: the named cubic Béziers, custom cubic-bezier, steps, and the
//! physical springs (`springCurve`, `springMotion`, `responsiveSpringMotion`,
//! `interpolatingSpring`).

/// How progress maps to value, ArkUI's `Curve` and curve functions.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum Curve {
    /// Constant speed.
    Linear,
    /// cubic-bezier(0.25, 0.1, 0.25, 1.0).
    Ease,
    /// cubic-bezier(0.42, 0, 1, 1).
    EaseIn,
    /// cubic-bezier(0, 0, 0.58, 1).
    EaseOut,
    /// cubic-bezier(0.42, 0, 0.58, 1).
    #[default]
    EaseInOut,
    /// cubic-bezier(0.4, 0, 0.2, 1): ArkUI's default for components.
    FastOutSlowIn,
    /// cubic-bezier(0, 0, 0.2, 1).
    LinearOutSlowIn,
    /// cubic-bezier(0.4, 0, 1, 1).
    FastOutLinearIn,
    /// cubic-bezier(0.2, 0, 0.2, 1).
    Friction,
    /// cubic-bezier(0.33, 0, 0.67, 1).
    Sharp,
    /// cubic-bezier(0.7, 0, 0.2, 1).
    Rhythm,
    /// cubic-bezier(0.4, 0, 0.4, 1).
    Smooth,
    /// cubic-bezier(0, 0, 0, 1).
    ExtremeDeceleration,
    /// A custom cubic Bézier with control points (x1, y1), (x2, y2).
    CubicBezier(f32, f32, f32, f32),
    /// `steps(count, end)`: jumps in `count` equal steps, at the end of each (or the start).
    Steps {
        /// Number of steps (at least 1).
        count: u32,
        /// Jump at the end of each interval (`true`) or its start.
        end: bool,
    },
    /// A damped spring, ArkUI's `springCurve(velocity, mass, stiffness, damping)`; its
    /// duration is the animation's.
    Spring {
        /// Initial velocity (in progress units per second).
        velocity: f32,
        /// Mass.
        mass: f32,
        /// Stiffness.
        stiffness: f32,
        /// Damping.
        damping: f32,
    },
    /// ArkUI's `springMotion(response, dampingFraction)`: a spring that settles by itself;
    /// the animation's duration is ignored.
    SpringMotion {
        /// Response time in seconds (period of the undamped spring).
        response: f32,
        /// Damping fraction (1 = critically damped).
        damping_fraction: f32,
    },
    /// ArkUI's `interpolatingSpring(velocity, mass, stiffness, damping)`: like `Spring` but
    /// it settles by itself (duration ignored).
    InterpolatingSpring {
        /// Initial velocity.
        velocity: f32,
        /// Mass.
        mass: f32,
        /// Stiffness.
        stiffness: f32,
        /// Damping.
        damping: f32,
    },
}

fn bezier(x1: f32, y1: f32, x2: f32, y2: f32, x: f32) -> f32 {
    // Solve x(t) = x by Newton's method with a bisection fallback, then return y(t).
    let (x1, x2) = (x1.clamp(0.0, 1.0), x2.clamp(0.0, 1.0));
    let coord = |a: f32, b: f32, t: f32| {
        let u = 1.0 - t;
        3.0 * u * u * t * a + 3.0 * u * t * t * b + t * t * t
    };
    let slope = |a: f32, b: f32, t: f32| {
        let u = 1.0 - t;
        3.0 * u * u * a + 6.0 * u * t * (b - a) + 3.0 * t * t * (1.0 - b)
    };
    let mut t = x;
    for _ in 0..8 {
        let err = coord(x1, x2, t) - x;
        if err.abs() < 1e-6 {
            return coord(y1, y2, t);
        }
        let d = slope(x1, x2, t);
        if d.abs() < 1e-6 {
            break;
        }
        t = (t - err / d).clamp(0.0, 1.0);
    }
    let (mut lo, mut hi) = (0.0f32, 1.0f32);
    t = x;
    for _ in 0..40 {
        let v = coord(x1, x2, t);
        if (v - x).abs() < 1e-6 {
            break;
        }
        if v < x {
            lo = t
        } else {
            hi = t
        }
        t = (lo + hi) / 2.0;
    }
    coord(y1, y2, t)
}

/// Position (0 → 1 target) of a damped spring at time `t` seconds.
fn spring(t: f32, velocity: f32, mass: f32, stiffness: f32, damping: f32) -> f32 {
    let m = if mass > 0.0 && mass.is_finite() {
        mass
    } else {
        1.0
    };
    let k = if stiffness > 0.0 && stiffness.is_finite() {
        stiffness
    } else {
        100.0
    };
    let c = if damping >= 0.0 && damping.is_finite() {
        damping
    } else {
        10.0
    };
    let w0 = (k / m).sqrt();
    let zeta = c / (2.0 * (k * m).sqrt());
    let x0 = -1.0; // displacement from the target at t = 0
    let v0 = velocity;
    let x = if zeta < 1.0 {
        let wd = w0 * (1.0 - zeta * zeta).sqrt();
        (-zeta * w0 * t).exp() * (x0 * (wd * t).cos() + (v0 + zeta * w0 * x0) / wd * (wd * t).sin())
    } else if (zeta - 1.0).abs() < 1e-4 {
        (-w0 * t).exp() * (x0 + (v0 + w0 * x0) * t)
    } else {
        let r1 = -w0 * (zeta - (zeta * zeta - 1.0).sqrt());
        let r2 = -w0 * (zeta + (zeta * zeta - 1.0).sqrt());
        let c2 = (v0 - r1 * x0) / (r2 - r1);
        let c1 = x0 - c2;
        c1 * (r1 * t).exp() + c2 * (r2 * t).exp()
    };
    1.0 + x
}

impl Curve {
    fn spring_params(&self) -> Option<(f32, f32, f32, f32)> {
        match *self {
            Curve::SpringMotion {
                response,
                damping_fraction,
            } => {
                let response = if response > 0.0 && response.is_finite() {
                    response
                } else {
                    0.55
                };
                let k = (2.0 * std::f32::consts::PI / response).powi(2);
                let c = 4.0 * std::f32::consts::PI * damping_fraction.max(0.0) / response;
                Some((0.0, 1.0, k, c))
            }
            Curve::InterpolatingSpring {
                velocity,
                mass,
                stiffness,
                damping,
            } => Some((velocity, mass, stiffness, damping)),
            _ => None,
        }
    }

    /// For self-timed springs: how long they take to settle (to within 0.1 % and at rest),
    /// in milliseconds. `None` for curves that use the animation's duration.
    pub fn settle_ms(&self) -> Option<f64> {
        let (v, m, k, c) = self.spring_params()?;
        let mut t = 0.0f32;
        let mut still = 0.0f32;
        while t < 10.0 {
            let x = spring(t, v, m, k, c);
            if (x - 1.0).abs() < 1e-3 {
                still += 1.0 / 240.0;
                if still > 0.05 {
                    return Some(f64::from(t) * 1000.0);
                }
            } else {
                still = 0.0;
            }
            t += 1.0 / 240.0;
        }
        Some(10_000.0)
    }

    /// The curve's value at `progress` in 0..=1 (springs may overshoot 1). For self-timed
    /// springs, `elapsed_ms` is the time since the start.
    pub fn value(&self, progress: f32, elapsed_ms: f64) -> f32 {
        let p = if progress.is_nan() {
            1.0
        } else {
            progress.clamp(0.0, 1.0)
        };
        match *self {
            Curve::Linear => p,
            Curve::Ease => bezier(0.25, 0.1, 0.25, 1.0, p),
            Curve::EaseIn => bezier(0.42, 0.0, 1.0, 1.0, p),
            Curve::EaseOut => bezier(0.0, 0.0, 0.58, 1.0, p),
            Curve::EaseInOut => bezier(0.42, 0.0, 0.58, 1.0, p),
            Curve::FastOutSlowIn => bezier(0.4, 0.0, 0.2, 1.0, p),
            Curve::LinearOutSlowIn => bezier(0.0, 0.0, 0.2, 1.0, p),
            Curve::FastOutLinearIn => bezier(0.4, 0.0, 1.0, 1.0, p),
            Curve::Friction => bezier(0.2, 0.0, 0.2, 1.0, p),
            Curve::Sharp => bezier(0.33, 0.0, 0.67, 1.0, p),
            Curve::Rhythm => bezier(0.7, 0.0, 0.2, 1.0, p),
            Curve::Smooth => bezier(0.4, 0.0, 0.4, 1.0, p),
            Curve::ExtremeDeceleration => bezier(0.0, 0.0, 0.0, 1.0, p),
            Curve::CubicBezier(x1, y1, x2, y2) => bezier(x1, y1, x2, y2, p),
            Curve::Steps { count, end } => {
                let n = count.max(1) as f32;
                let step = if end { (p * n).floor() } else { (p * n).ceil() };
                (step / n).clamp(0.0, 1.0)
            }
            Curve::Spring {
                velocity,
                mass,
                stiffness,
                damping,
            } => {
                if p >= 1.0 {
                    1.0
                } else {
                    // Map the animation's duration onto the spring's settling time.
                    let settle = Curve::InterpolatingSpring {
                        velocity,
                        mass,
                        stiffness,
                        damping,
                    }
                    .settle_ms()
                    .unwrap_or(1000.0) as f32
                        / 1000.0;
                    spring(p * settle, velocity, mass, stiffness, damping)
                }
            }
            Curve::SpringMotion { .. } | Curve::InterpolatingSpring { .. } => {
                let (v, m, k, c) = self.spring_params().unwrap_or((0.0, 1.0, 100.0, 20.0));
                if p >= 1.0 {
                    1.0
                } else {
                    spring(elapsed_ms as f32 / 1000.0, v, m, k, c)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_curves_start_at_0_end_at_1_and_are_monotonic() {
        for c in [
            Curve::Ease,
            Curve::EaseIn,
            Curve::EaseOut,
            Curve::EaseInOut,
            Curve::FastOutSlowIn,
            Curve::Sharp,
            Curve::Rhythm,
        ] {
            assert!(c.value(0.0, 0.0).abs() < 1e-4, "{c:?}");
            assert!((c.value(1.0, 0.0) - 1.0).abs() < 1e-4, "{c:?}");
            let mut last = 0.0;
            for i in 0..=100 {
                let v = c.value(i as f32 / 100.0, 0.0);
                assert!(v + 1e-4 >= last, "{c:?} not monotonic at {i}");
                last = v;
            }
        }
    }

    #[test]
    fn ease_in_out_is_symmetric_and_linear_is_identity() {
        assert!((Curve::EaseInOut.value(0.5, 0.0) - 0.5).abs() < 1e-3);
        assert_eq!(Curve::Linear.value(0.3, 0.0), 0.3);
    }

    #[test]
    fn steps_jump() {
        let c = Curve::Steps {
            count: 4,
            end: true,
        };
        assert_eq!(c.value(0.2, 0.0), 0.0);
        assert_eq!(c.value(0.3, 0.0), 0.25);
        assert_eq!(c.value(1.0, 0.0), 1.0);
    }

    #[test]
    fn an_underdamped_spring_overshoots_and_settles() {
        let c = Curve::SpringMotion {
            response: 0.5,
            damping_fraction: 0.5,
        };
        let settle = c.settle_ms().unwrap();
        assert!(settle > 300.0 && settle < 3000.0, "{settle}");
        let peak = (0..100)
            .map(|i| c.value(0.5, i as f64 * 10.0))
            .fold(0.0f32, f32::max);
        assert!(peak > 1.05, "overshoot {peak}");
        assert!((c.value(0.5, settle) - 1.0).abs() < 2e-3);
    }
}
