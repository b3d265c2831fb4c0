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
