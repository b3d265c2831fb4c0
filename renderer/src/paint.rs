//! Brushes: what fills a shape — a solid colour or a linear, radial or sweep gradient.

use serde::{Deserialize, Serialize};

use crate::{Color, Point};

/// One colour stop of a gradient; `offset` runs from 0 (start) to 1 (end).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct GradientStop {
    /// Position along the gradient, 0..=1 (values outside are clamped).
    pub offset: f32,
    /// Colour at that position (interpolated with straight alpha, as ArkUI and CSS do).
    pub color: Color,
}

impl GradientStop {
    /// A stop.
    pub const fn new(offset: f32, color: Color) -> GradientStop {
        GradientStop { offset, color }
    }
}

/// What a gradient does past its last stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Spread {
    /// Keep the end colours (ArkUI's default, `repeating: false`).
    #[default]
    Pad,
    /// Start over (ArkUI's `repeating: true`).
    Repeat,
}

/// The geometry of a gradient, in the same coordinates as the shape it fills.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum GradientKind {
    /// Colours change along the line from `start` to `end`.
    Linear {
        /// Where offset 0 lies.
        start: Point,
        /// Where offset 1 lies.
        end: Point,
    },
    /// Colours change with the distance from `center`; offset 1 at `radius`.
    Radial {
        /// The centre.
        center: Point,
        /// Distance of offset 1.
        radius: f32,
    },
    /// Colours change between two circles, as the canvas' `createRadialGradient(x0, y0, r0,
    /// x1, y1, r1)`: offset `t` lies on the circle whose centre and radius are `t` of the
    /// way from the start circle to the end one (the largest such `t` wins); where no
    /// circle passes, nothing is drawn. Concentric circles with `start_radius` 0 are a
    /// [`GradientKind::Radial`].
    TwoCircle {
        /// Centre of the circle at offset 0.
        start: Point,
        /// Its radius.
        start_radius: f32,
        /// Centre of the circle at offset 1.
        end: Point,
        /// Its radius.
        end_radius: f32,
    },
    /// Colours change with the angle around `center`, clockwise on screen from
    /// `start_angle` to `end_angle` (degrees, 0 pointing right, as ArkUI's `sweepGradient`).
    Sweep {
        /// The centre.
        center: Point,
        /// Angle of offset 0, degrees.
        start_angle: f32,
        /// Angle of offset 1, degrees.
        end_angle: f32,
    },
}

/// A gradient: geometry, colour stops and what happens past the ends.
///
/// ```
/// use arkui_renderer::{Color, Gradient, GradientKind, GradientStop, Point};
/// let g = Gradient::linear(Point::new(0.0, 0.0), Point::new(10.0, 0.0), Color::BLACK, Color::WHITE);
/// assert_eq!(g.stops.len(), 2);
/// assert!(matches!(g.kind, GradientKind::Linear { .. }));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Gradient {
    /// The geometry.
    pub kind: GradientKind,
    /// Colour stops, in increasing offset order (out-of-order stops are sorted when drawn).
    pub stops: Vec<GradientStop>,
    /// What happens past the ends.
    #[serde(default)]
    pub spread: Spread,
}

impl Gradient {
    /// A two-colour linear gradient from `start` to `end`.
    pub fn linear(start: Point, end: Point, from: Color, to: Color) -> Gradient {
        Gradient {
            kind: GradientKind::Linear { start, end },
            stops: vec![GradientStop::new(0.0, from), GradientStop::new(1.0, to)],
            spread: Spread::Pad,
        }
    }
}

impl GradientKind {
    /// The gradient offset of point `p` for a [`GradientKind::TwoCircle`] between circle
    /// `(c0, r0)` and `(c1, r1)`: the largest `t` whose circle passes through `p` with a
    /// radius ≥ 0, or `None` where no circle does (the canvas paints nothing there). Both
    /// renderers follow it.
    ///
    /// ```
    /// use arkui_renderer::{GradientKind, Point};
    /// let c = Point::new(0.0, 0.0);
    /// // Concentric from radius 10 to 20: a point 15 away is half way.
    /// assert_eq!(GradientKind::two_circle_t(Point::new(15.0, 0.0), c, 10.0, c, 20.0), Some(0.5));
    /// // Two equal circles side by side: a cylinder; behind the start circle, nothing.
    /// let t = GradientKind::two_circle_t(Point::new(-20.0, 30.0), c, 5.0, Point::new(100.0, 0.0), 5.0);
    /// assert_eq!(t, None);
    /// ```
    pub fn two_circle_t(p: Point, c0: Point, r0: f32, c1: Point, r1: f32) -> Option<f32> {
        let (cdx, cdy) = (c1.x - c0.x, c1.y - c0.y);
        let (pdx, pdy) = (p.x - c0.x, p.y - c0.y);
        let dr = r1 - r0;
        let a = cdx * cdx + cdy * cdy - dr * dr;
        let b = pdx * cdx + pdy * cdy + r0 * dr;
        let c = pdx * pdx + pdy * pdy - r0 * r0;
        let radius_ok = |t: f32| r0 + t * dr >= 0.0;
        if a.abs() <= 1e-6 * (cdx.abs() + cdy.abs() + dr.abs() + 1.0).powi(2) {
            // One circle grows as fast as its centre moves: a single root.
            if b.abs() <= f32::EPSILON {
                return None;
            }
            let t = c / (2.0 * b);
            return radius_ok(t).then_some(t);
        }
        let disc = b * b - a * c;
        if disc < 0.0 {
            return None;
        }
        let sq = disc.sqrt();
        let (t1, t2) = ((b + sq) / a, (b - sq) / a);
        let (hi, lo) = if t1 >= t2 { (t1, t2) } else { (t2, t1) };
        if radius_ok(hi) {
            Some(hi)
        } else if radius_ok(lo) {
            Some(lo)
        } else {
            None
        }
    }
}

/// What fills a shape.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Brush {
    /// One colour.
    Solid(Color),
    /// A gradient.
    Gradient(Gradient),
}

impl From<Color> for Brush {
    fn from(c: Color) -> Brush {
        Brush::Solid(c)
    }
}

impl From<Gradient> for Brush {
    fn from(g: Gradient) -> Brush {
        Brush::Gradient(g)
    }
}
