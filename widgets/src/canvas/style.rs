//! What a canvas fills and strokes with: a colour, a gradient (`createLinearGradient`,
//! `createRadialGradient`, `createConicGradient`) or a pattern (`createPattern`).

use arkui_core::Color;
use arkui_core::draw::{Brush, Gradient, GradientKind, GradientStop, Point, Spread};

/// The geometry of a [`CanvasGradient`], in the user space of the fill or stroke.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CanvasGradientKind {
    /// Along the line `(x0, y0)` → `(x1, y1)`.
    Linear {
        /// Start x.
        x0: f32,
        /// Start y.
        y0: f32,
        /// End x.
        x1: f32,
        /// End y.
        y1: f32,
    },
    /// Between circle `(x0, y0, r0)` and circle `(x1, y1, r1)`.
    Radial {
        /// Start centre x.
        x0: f32,
        /// Start centre y.
        y0: f32,
        /// Start radius.
        r0: f32,
        /// End centre x.
        x1: f32,
        /// End centre y.
        y1: f32,
        /// End radius.
        r1: f32,
    },
    /// Around `(x, y)` from angle `start` (radians, 0 pointing right), one full turn.
    Conic {
        /// Start angle, radians.
        start: f32,
        /// Centre x.
        x: f32,
        /// Centre y.
        y: f32,
    },
}

/// A canvas gradient, as `ctx.createLinearGradient(...)` returns: add stops, then use it as
/// a fill or stroke style.
///
/// ```
/// use arkui_core::Color;
/// use arkui_widgets::CanvasGradient;
/// let mut g = CanvasGradient::linear(0.0, 0.0, 100.0, 0.0);
/// g.add_color_stop(0.0, Color::RED);
/// g.add_color_stop(1.0, Color::BLUE);
/// assert_eq!(g.stops().len(), 2);
/// g.add_color_stop(f32::NAN, Color::BLACK); // ignored, as the canvas' IndexSizeError
/// assert_eq!(g.stops().len(), 2);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct CanvasGradient {
    kind: CanvasGradientKind,
    stops: Vec<(f32, Color)>,
}

impl CanvasGradient {
    /// `createLinearGradient(x0, y0, x1, y1)`.
    pub fn linear(x0: f32, y0: f32, x1: f32, y1: f32) -> CanvasGradient {
        CanvasGradient::new(CanvasGradientKind::Linear { x0, y0, x1, y1 })
    }

    /// `createRadialGradient(x0, y0, r0, x1, y1, r1)`: colours change from the first circle
    /// to the second; where the circles are apart, the cone between them is painted and the
    /// rest is left as it was (as browsers draw it).
    pub fn radial(x0: f32, y0: f32, r0: f32, x1: f32, y1: f32, r1: f32) -> CanvasGradient {
        CanvasGradient::new(CanvasGradientKind::Radial {
            x0,
            y0,
            r0,
            x1,
            y1,
            r1,
        })
    }

    /// `createConicGradient(startAngle, x, y)`.
    pub fn conic(start: f32, x: f32, y: f32) -> CanvasGradient {
        CanvasGradient::new(CanvasGradientKind::Conic { start, x, y })
    }

    fn new(kind: CanvasGradientKind) -> CanvasGradient {
        CanvasGradient {
            kind,
            stops: Vec::new(),
        }
    }

    /// `addColorStop(offset, color)`: offsets outside 0..=1 or not finite are ignored.
    pub fn add_color_stop(&mut self, offset: f32, color: Color) {
        if (0.0..=1.0).contains(&offset) {
            self.stops.push((offset, color));
        }
    }

    /// The stops as added.
    pub fn stops(&self) -> &[(f32, Color)] {
        &self.stops
    }

    /// The geometry.
    pub fn kind(&self) -> CanvasGradientKind {
        self.kind
    }

    /// The renderer's brush, faded by `alpha`; `None` when nothing is drawn (no stops, or a
    /// geometry with no extent, which the canvas paints with nothing).
    pub(crate) fn brush(&self, alpha: f32) -> Option<Brush> {
        let mut stops: Vec<GradientStop> = self
            .stops
            .iter()
            .map(|&(o, c)| GradientStop::new(o, c.with_opacity(alpha)))
            .collect();
        // Stable: equal offsets keep their order (a hard edge).
        stops.sort_by(|a, b| a.offset.total_cmp(&b.offset));
        if stops.is_empty() {
            return None;
        }
        let finite = |v: &[f32]| v.iter().all(|x| x.is_finite());
        let kind = match self.kind {
            CanvasGradientKind::Linear { x0, y0, x1, y1 } => {
                if !finite(&[x0, y0, x1, y1]) || (x0 == x1 && y0 == y1) {
                    return None;
                }
                GradientKind::Linear {
                    start: Point::new(x0, y0),
                    end: Point::new(x1, y1),
                }
            }
            CanvasGradientKind::Radial {
                x0,
                y0,
                r0,
                x1,
                y1,
                r1,
            } => {
                if !finite(&[x0, y0, r0, x1, y1, r1]) || r0 < 0.0 || r1 < 0.0 {
                    return None;
                }
                if (x0, y0) != (x1, y1) || r0 > r1 {
                    // Circles apart (or shrinking): the general two-circle gradient.
                    if (x0, y0, r0) == (x1, y1, r1) {
                        return None;
                    }
                    return Some(Brush::Gradient(Gradient {
                        kind: GradientKind::TwoCircle {
                            start: Point::new(x0, y0),
                            start_radius: r0,
                            end: Point::new(x1, y1),
                            end_radius: r1,
                        },
                        stops,
                        spread: Spread::Pad,
                    }));
                }
                if r0 == r1 {
                    return None;
                }
                // From r0 to r1: stop offsets move out by r0 / r1.
                if r0 > 0.0 {
                    let k = r0 / r1;
                    for s in &mut stops {
                        s.offset = k + s.offset * (1.0 - k);
                    }
                    let first = stops[0].color;
                    stops.insert(0, GradientStop::new(0.0, first));
                }
                GradientKind::Radial {
                    center: Point::new(x1, y1),
                    radius: r1,
                }
            }
            CanvasGradientKind::Conic { start, x, y } => {
                if !finite(&[start, x, y]) {
                    return None;
                }
                let a = start.to_degrees();
                GradientKind::Sweep {
                    center: Point::new(x, y),
                    start_angle: a,
                    end_angle: a + 360.0,
                }
            }
        };
        Some(Brush::Gradient(Gradient {
            kind,
            stops,
            spread: Spread::Pad,
        }))
    }
}

/// A fill or stroke style: `ctx.fillStyle = '#ff0000'`, a gradient or a pattern.
#[derive(Clone, Debug, PartialEq)]
pub enum CanvasStyle {
    /// A colour.
    Color(Color),
    /// A gradient.
    Gradient(CanvasGradient),
    /// An image pattern.
    Pattern(super::image::CanvasPattern),
}

impl From<super::image::CanvasPattern> for CanvasStyle {
    fn from(p: super::image::CanvasPattern) -> CanvasStyle {
        CanvasStyle::Pattern(p)
    }
}

impl From<Color> for CanvasStyle {
    fn from(c: Color) -> CanvasStyle {
        CanvasStyle::Color(c)
    }
}

impl From<CanvasGradient> for CanvasStyle {
    fn from(g: CanvasGradient) -> CanvasStyle {
        CanvasStyle::Gradient(g)
    }
}

impl CanvasStyle {
    /// The brush, faded by `alpha` (`globalAlpha`); `None` draws nothing.
    pub(crate) fn brush(&self, alpha: f32) -> Option<Brush> {
        match self {
            CanvasStyle::Color(c) => {
                let c = c.with_opacity(alpha);
                (c.a > 0).then_some(Brush::Solid(c))
            }
            CanvasStyle::Gradient(g) => g.brush(alpha),
            // Patterns are drawn as images under the shape (see the context's painting).
            CanvasStyle::Pattern(_) => None,
        }
    }
}
