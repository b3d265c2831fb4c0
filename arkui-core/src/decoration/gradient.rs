//! `linearGradient`, `radialGradient` and `sweepGradient`: ArkUI's background gradients,
//! resolved against the component's box when it is painted.

use arkui_renderer::{Color, Gradient, GradientKind, GradientStop, Point, Rect, Spread};

use crate::{Length, Units};

/// Where a linear gradient runs to, as ArkUI's `GradientDirection`. The corners follow CSS
/// (`to right bottom`): the middle colour runs through the other two corners.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum GradientDirection {
    /// Right to left.
    Left,
    /// Bottom to top.
    Top,
    /// Left to right.
    Right,
    /// Top to bottom (ArkUI's default).
    #[default]
    Bottom,
    /// Towards the top-left corner.
    LeftTop,
    /// Towards the bottom-left corner.
    LeftBottom,
    /// Towards the top-right corner.
    RightTop,
    /// Towards the bottom-right corner.
    RightBottom,
    /// No direction given: as [`GradientDirection::Bottom`].
    None,
}

/// `linearGradient({ angle, direction, colors, repeating })`.
///
/// `colors` are `(colour, offset)` pairs, offsets 0..=1 along the gradient line. An `angle`
/// (degrees, 0 pointing up, clockwise, as CSS) wins over `direction`.
///
/// ```
/// use arkui_core::{Color, GradientDirection, LinearGradient};
/// let g = LinearGradient::new([(Color::RED, 0.0), (Color::BLUE, 1.0)])
///     .direction(GradientDirection::Right)
///     .repeating(true);
/// assert_eq!(g.colors.len(), 2);
/// assert_eq!(g.angle, None);
/// assert!(g.repeating);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct LinearGradient {
    /// Angle in degrees (0 up, 90 right, 180 down), `None` to use `direction`.
    pub angle: Option<f32>,
    /// Direction when no angle is given.
    pub direction: GradientDirection,
    /// Colour stops: colour and offset.
    pub colors: Vec<(Color, f32)>,
    /// Repeat the stops' span along the line.
    pub repeating: bool,
}

impl LinearGradient {
    /// A top-to-bottom gradient through `colors`.
    pub fn new(colors: impl IntoIterator<Item = (Color, f32)>) -> LinearGradient {
        LinearGradient {
            angle: None,
            direction: GradientDirection::Bottom,
            colors: colors.into_iter().collect(),
            repeating: false,
        }
    }

    /// The same gradient at `degrees` (CSS angles: 0 up, clockwise).
    pub fn angle(mut self, degrees: f32) -> LinearGradient {
        self.angle = Some(degrees);
        self
    }

    /// The same gradient towards `direction` (and no angle).
    pub fn direction(mut self, direction: GradientDirection) -> LinearGradient {
        self.direction = direction;
        self.angle = None;
        self
    }

    /// The same gradient, repeating or not.
    pub fn repeating(mut self, on: bool) -> LinearGradient {
        self.repeating = on;
        self
    }
}

/// `radialGradient({ center, radius, colors, repeating })`: colours by distance from
/// `center` (a length or a percentage of the box), reaching the last offset at `radius`.
///
/// ```
/// use arkui_core::{Color, Length, RadialGradient, pct};
/// let g = RadialGradient::new((pct(50.0), pct(50.0)), 40.0, [(Color::WHITE, 0.0), (Color::BLACK, 1.0)]);
/// assert_eq!(g.radius, Length::Vp(40.0));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct RadialGradient {
    /// The centre, from the box's top-left corner.
    pub center: (Length, Length),
    /// Distance of offset 1.
    pub radius: Length,
    /// Colour stops: colour and offset.
    pub colors: Vec<(Color, f32)>,
    /// Repeat the stops' span outwards.
    pub repeating: bool,
}

impl RadialGradient {
    /// A gradient around `center` out to `radius`.
    pub fn new(
        center: (Length, Length),
        radius: impl Into<Length>,
        colors: impl IntoIterator<Item = (Color, f32)>,
    ) -> RadialGradient {
        RadialGradient {
            center,
            radius: radius.into(),
            colors: colors.into_iter().collect(),
            repeating: false,
        }
    }

    /// The same gradient, repeating or not.
    pub fn repeating(mut self, on: bool) -> RadialGradient {
        self.repeating = on;
        self
    }
}

/// `sweepGradient({ center, start, end, rotation, colors, repeating })`: colours by angle
/// around `center`, from `start` to `end` degrees (0 pointing right, clockwise), the whole
/// turned by `rotation`.
///
/// ```
/// use arkui_core::{Color, SweepGradient, pct};
/// let g = SweepGradient::new((pct(50.0), pct(50.0)), [(Color::RED, 0.0), (Color::BLUE, 1.0)])
///     .range(0.0, 180.0);
/// assert_eq!((g.start, g.end), (0.0, 180.0));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct SweepGradient {
    /// The centre, from the box's top-left corner.
    pub center: (Length, Length),
    /// Angle of offset 0, degrees.
    pub start: f32,
    /// Angle of offset 1, degrees.
    pub end: f32,
    /// Extra rotation of the whole gradient, degrees.
    pub rotation: f32,
    /// Colour stops: colour and offset.
    pub colors: Vec<(Color, f32)>,
    /// Repeat the stops' span around the turn.
    pub repeating: bool,
}

impl SweepGradient {
    /// A full-turn gradient around `center`.
    pub fn new(
        center: (Length, Length),
        colors: impl IntoIterator<Item = (Color, f32)>,
    ) -> SweepGradient {
        SweepGradient {
            center,
            start: 0.0,
            end: 360.0,
            rotation: 0.0,
            colors: colors.into_iter().collect(),
            repeating: false,
        }
    }

    /// The same gradient from `start` to `end` degrees.
    pub fn range(mut self, start: f32, end: f32) -> SweepGradient {
        self.start = start;
        self.end = end;
        self
    }

    /// The same gradient turned by `degrees`.
    pub fn rotation(mut self, degrees: f32) -> SweepGradient {
        self.rotation = degrees;
        self
    }

    /// The same gradient, repeating or not.
    pub fn repeating(mut self, on: bool) -> SweepGradient {
        self.repeating = on;
        self
    }
}

/// The one background gradient a component has (ArkUI keeps the last one set).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum BackgroundGradient {
    Linear(LinearGradient),
    Radial(RadialGradient),
    Sweep(SweepGradient),
}

/// Stops with finite offsets clamped to 0..=1, in order (a stable sort keeps equal offsets
/// as written: a hard edge). `None` when there are none: nothing is drawn.
fn stops(colors: &[(Color, f32)]) -> Option<Vec<GradientStop>> {
    let mut out: Vec<GradientStop> = colors
        .iter()
        .filter(|(_, o)| o.is_finite())
        .map(|&(c, o)| GradientStop::new(o.clamp(0.0, 1.0), c))
        .collect();
    if out.is_empty() {
        return None;
    }
    out.sort_by(|a, b| a.offset.total_cmp(&b.offset));
    Some(out)
}

/// For a repeating gradient: the span `[first, last]` the pattern repeats, and the stops
/// renormalised to it. `None` when the span is empty (a solid colour then).
fn repeat_span(stops: &[GradientStop]) -> Option<(f32, f32, Vec<GradientStop>)> {
    let (first, last) = (stops.first()?.offset, stops.last()?.offset);
    let len = last - first;
    (len > 1e-4).then(|| {
        let s = stops
            .iter()
            .map(|s| GradientStop::new((s.offset - first) / len, s.color))
            .collect();
        (first, len, s)
    })
}

/// The colour of `stops` at offset `t` (0..=1), interpolated with straight alpha.
fn color_at(stops: &[GradientStop], t: f32) -> Color {
    let Some(first) = stops.first() else {
        return Color::TRANSPARENT;
    };
    if t <= first.offset {
        return first.color;
    }
    for w in stops.windows(2) {
        let (a, b) = (w[0], w[1]);
        if t <= b.offset {
            let f = if b.offset > a.offset {
                (t - a.offset) / (b.offset - a.offset)
            } else {
                1.0
            };
            let mix = |x: u8, y: u8| (x as f32 + (y as f32 - x as f32) * f).round() as u8;
            return Color::rgba(
                mix(a.color.r, b.color.r),
                mix(a.color.g, b.color.g),
                mix(a.color.b, b.color.b),
                mix(a.color.a, b.color.a),
            );
        }
    }
    stops.last().map_or(Color::TRANSPARENT, |s| s.color)
}

/// Stops of a 0..=1 pattern started `phase` of a period late: what the pattern shows at
/// offset `t` is the original's at `t - phase` (mod 1). Used where the renderer repeats from
/// the centre but CSS repeats from the first stop.
fn rotate(stops: &[GradientStop], phase: f32) -> Vec<GradientStop> {
    let phase = phase.rem_euclid(1.0);
    if phase < 1e-4 || 1.0 - phase < 1e-4 {
        return stops.to_vec();
    }
    let wrap = color_at(stops, 1.0 - phase);
    let mut out = vec![GradientStop::new(0.0, wrap)];
    // The original's tail [1 - phase, 1] comes first, then its head [0, 1 - phase].
    out.extend(
        stops
            .iter()
            .filter(|s| s.offset > 1.0 - phase)
            .map(|s| GradientStop::new(s.offset - (1.0 - phase), s.color)),
    );
    out.extend(
        stops
            .iter()
            .filter(|s| s.offset <= 1.0 - phase)
            .map(|s| GradientStop::new(s.offset + phase, s.color)),
    );
    out.push(GradientStop::new(1.0, wrap));
    out
}

/// A length along an axis of `base` px.
fn along(l: Length, base: f32, units: &Units) -> f32 {
    match l {
        Length::Percent(p) if p.is_finite() => p / 100.0 * base,
        l => l.to_px(units).unwrap_or(0.0),
    }
}

/// The CSS angle of a direction in a `w`×`h` box.
fn direction_angle(d: GradientDirection, w: f32, h: f32) -> f32 {
    let corner = |dx: f32, dy: f32| (dx * h).atan2(-dy * w).to_degrees();
    match d {
        GradientDirection::Top => 0.0,
        GradientDirection::Right => 90.0,
        GradientDirection::Bottom | GradientDirection::None => 180.0,
        GradientDirection::Left => 270.0,
        GradientDirection::LeftTop => corner(-1.0, -1.0),
        GradientDirection::LeftBottom => corner(-1.0, 1.0),
        GradientDirection::RightTop => corner(1.0, -1.0),
        GradientDirection::RightBottom => corner(1.0, 1.0),
    }
}

impl BackgroundGradient {
    /// The renderer's gradient for a box at `rect` (pixels), or `None` when nothing is
    /// drawn (no usable stops, non-finite geometry).
    pub(crate) fn resolve(&self, rect: Rect, units: &Units) -> Option<Gradient> {
        let (w, h) = (rect.width, rect.height);
        let g = match self {
            BackgroundGradient::Linear(l) => {
                let stops = stops(&l.colors)?;
                let angle = l
                    .angle
                    .filter(|a| a.is_finite())
                    .unwrap_or_else(|| direction_angle(l.direction, w, h))
                    .to_radians();
                let (dx, dy) = (angle.sin(), -angle.cos());
                // CSS: the gradient line is just long enough for the corners to take the end
                // colours.
                let len = (w * dx).abs() + (h * dy).abs();
                let c = Point::new(rect.x + w / 2.0, rect.y + h / 2.0);
                let at =
                    |t: f32| Point::new(c.x + dx * len * (t - 0.5), c.y + dy * len * (t - 0.5));
                match l.repeating.then(|| repeat_span(&stops)).flatten() {
                    Some((first, span, s)) => Gradient {
                        kind: GradientKind::Linear {
                            start: at(first),
                            end: at(first + span),
                        },
                        stops: s,
                        spread: Spread::Repeat,
                    },
                    None => Gradient {
                        kind: GradientKind::Linear {
                            start: at(0.0),
                            end: at(1.0),
                        },
                        stops,
                        spread: Spread::Pad,
                    },
                }
            }
            BackgroundGradient::Radial(r) => {
                let stops = stops(&r.colors)?;
                let center = Point::new(
                    rect.x + along(r.center.0, w, units),
                    rect.y + along(r.center.1, h, units),
                );
                let radius = along(r.radius, w.min(h), units).max(0.0);
                match r.repeating.then(|| repeat_span(&stops)).flatten() {
                    Some((first, span, s)) => Gradient {
                        kind: GradientKind::Radial {
                            center,
                            radius: radius * span,
                        },
                        stops: rotate(&s, first / span),
                        spread: Spread::Repeat,
                    },
                    None => Gradient {
                        kind: GradientKind::Radial { center, radius },
                        stops,
                        spread: Spread::Pad,
                    },
                }
            }
            BackgroundGradient::Sweep(s) => {
                let stops = stops(&s.colors)?;
                let center = Point::new(
                    rect.x + along(s.center.0, w, units),
                    rect.y + along(s.center.1, h, units),
                );
                let rot = if s.rotation.is_finite() {
                    s.rotation
                } else {
                    0.0
                };
                let (a0, a1) = (s.start + rot, s.end + rot);
                match s.repeating.then(|| repeat_span(&stops)).flatten() {
                    Some((first, span, st)) => Gradient {
                        kind: GradientKind::Sweep {
                            center,
                            start_angle: a0 + (a1 - a0) * first,
                            end_angle: a0 + (a1 - a0) * (first + span),
                        },
                        stops: st,
                        spread: Spread::Repeat,
                    },
                    None => Gradient {
                        kind: GradientKind::Sweep {
                            center,
                            start_angle: a0,
                            end_angle: a1,
                        },
                        stops,
                        spread: Spread::Pad,
                    },
                }
            }
        };
        gradient_is_finite(&g).then_some(g)
    }
}

fn gradient_is_finite(g: &Gradient) -> bool {
    let p = |p: &Point| p.x.is_finite() && p.y.is_finite();
    match &g.kind {
        GradientKind::Linear { start, end } => p(start) && p(end),
        GradientKind::Radial { center, radius } => p(center) && radius.is_finite(),
        GradientKind::TwoCircle {
            start,
            start_radius,
            end,
            end_radius,
        } => p(start) && p(end) && start_radius.is_finite() && end_radius.is_finite(),
        GradientKind::Sweep {
            center,
            start_angle,
            end_angle,
        } => p(center) && start_angle.is_finite() && end_angle.is_finite(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linear(g: &Gradient) -> (Point, Point) {
        match g.kind {
            GradientKind::Linear { start, end } => (start, end),
            _ => panic!("not linear"),
        }
    }

    #[test]
    fn css_angles_and_corners() {
        let u = Units::default();
        let r = Rect::new(0.0, 0.0, 200.0, 100.0);
        let two = [(Color::RED, 0.0), (Color::BLUE, 1.0)];
        let down = BackgroundGradient::Linear(LinearGradient::new(two))
            .resolve(r, &u)
            .expect("drawn");
        let (s, e) = linear(&down);
        assert!((s.x - 100.0).abs() < 1e-3 && s.y.abs() < 1e-3);
        assert!((e.x - 100.0).abs() < 1e-3 && (e.y - 100.0).abs() < 1e-3);
        // To the bottom-right corner: the far corners take the end colours exactly.
        let diag = BackgroundGradient::Linear(
            LinearGradient::new(two).direction(GradientDirection::RightBottom),
        )
        .resolve(r, &u)
        .expect("drawn");
        let (s, e) = linear(&diag);
        let t = |p: Point| {
            let d = Point::new(e.x - s.x, e.y - s.y);
            ((p.x - s.x) * d.x + (p.y - s.y) * d.y) / (d.x * d.x + d.y * d.y)
        };
        assert!(t(Point::new(0.0, 0.0)).abs() < 1e-4);
        assert!((t(Point::new(200.0, 100.0)) - 1.0).abs() < 1e-4);
        // The other two corners lie on the middle line.
        assert!((t(Point::new(200.0, 0.0)) - 0.5).abs() < 1e-4);
        assert!((t(Point::new(0.0, 100.0)) - 0.5).abs() < 1e-4);
    }

    #[test]
    fn repeating_spans_and_rotation() {
        let u = Units::default();
        let r = Rect::new(0.0, 0.0, 100.0, 100.0);
        let g = BackgroundGradient::Radial(
            RadialGradient::new(
                (Length::Px(50.0), Length::Px(50.0)),
                Length::Px(40.0),
                [(Color::RED, 0.25), (Color::BLUE, 0.5)],
            )
            .repeating(true),
        )
        .resolve(r, &u)
        .expect("drawn");
        let GradientKind::Radial { radius, .. } = g.kind else {
            panic!("radial")
        };
        // Period 10 px; the pattern starts red at 10 px = one whole period: no phase.
        assert!((radius - 10.0).abs() < 1e-4);
        assert_eq!(g.stops.first().map(|s| s.color), Some(Color::RED));
        // Half a period late: the wrap colour is the middle of red → blue.
        let rot = rotate(&g.stops, 0.5);
        assert_eq!(rot[0].offset, 0.0);
        assert_eq!(rot[0].color, color_at(&g.stops, 0.5));
        assert!(rot.windows(2).all(|w| w[0].offset <= w[1].offset));
    }

    #[test]
    fn bad_input_draws_nothing() {
        let u = Units::default();
        let r = Rect::new(0.0, 0.0, 10.0, 10.0);
        assert!(
            BackgroundGradient::Linear(LinearGradient::new([]))
                .resolve(r, &u)
                .is_none()
        );
        assert!(
            BackgroundGradient::Linear(LinearGradient::new([(Color::RED, f32::NAN)]))
                .resolve(r, &u)
                .is_none()
        );
        let g = BackgroundGradient::Linear(
            LinearGradient::new([(Color::RED, 0.0), (Color::RED, 1.0)]).angle(f32::INFINITY),
        )
        .resolve(r, &u)
        .expect("a bad angle falls back to the direction");
        assert!(gradient_is_finite(&g));
    }
}
