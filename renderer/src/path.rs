//! Vector paths for [`crate::DrawCmd::FillPath`] and [`crate::DrawCmd::StrokePath`]: lyon's
//! path type, fill rules and stroke styles.

use lyon_path::geom::point;
use lyon_path::{Event, Path};
use serde::{Deserialize, Serialize};

use crate::Point;

/// One path instruction, the serialised form of a [`PathData`].
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum PathVerb {
    /// Start a new sub-path.
    MoveTo(Point),
    /// A straight segment.
    LineTo(Point),
    /// A quadratic Bézier: control point, end point.
    QuadTo(Point, Point),
    /// A cubic Bézier: two control points, end point.
    CubicTo(Point, Point, Point),
    /// Close the current sub-path with a straight segment to its start.
    Close,
}

/// A vector path (lyon's [`Path`]) that serialises as a list of [`PathVerb`]s.
///
/// Deserialising rebuilds the path through lyon's builder, so any verb sequence, however
/// malformed, yields a valid path (a stray `LineTo` starts a sub-path).
///
/// ```
/// use arkui_renderer::{PathData, PathVerb, Point};
/// let p = PathData::from_verbs(&[
///     PathVerb::MoveTo(Point::new(0.0, 0.0)),
///     PathVerb::LineTo(Point::new(10.0, 0.0)),
///     PathVerb::LineTo(Point::new(10.0, 10.0)),
///     PathVerb::Close,
/// ]);
/// assert_eq!(p.verbs().len(), 4);
/// let json = serde_json::to_string(&p).unwrap();
/// assert_eq!(serde_json::from_str::<PathData>(&json).unwrap(), p);
/// ```
#[derive(Clone, Default)]
pub struct PathData(pub Path);

impl PathData {
    /// Build from verbs; see the type docs for how malformed input is repaired.
    pub fn from_verbs(verbs: &[PathVerb]) -> PathData {
        let mut b = Path::builder();
        let mut open = false;
        let mut last = point(0.0, 0.0);
        let p = |q: Point| point(q.x, q.y);
        let finite = |q: &Point| q.x.is_finite() && q.y.is_finite();
        for v in verbs {
            let ok = match v {
                PathVerb::MoveTo(a) | PathVerb::LineTo(a) => finite(a),
                PathVerb::QuadTo(a, c) => finite(a) && finite(c),
                PathVerb::CubicTo(a, c, d) => finite(a) && finite(c) && finite(d),
                PathVerb::Close => true,
            };
            if !ok {
                continue;
            }
            match *v {
                PathVerb::MoveTo(a) => {
                    if open {
                        b.end(false);
                    }
                    b.begin(p(a));
                    last = p(a);
                    open = true;
                }
                PathVerb::Close => {
                    if open {
                        b.end(true);
                        open = false;
                    }
                }
                _ => {
                    if !open {
                        b.begin(last);
                        open = true;
                    }
                    match *v {
                        PathVerb::LineTo(a) => {
                            b.line_to(p(a));
                            last = p(a);
                        }
                        PathVerb::QuadTo(c, a) => {
                            b.quadratic_bezier_to(p(c), p(a));
                            last = p(a);
                        }
                        PathVerb::CubicTo(c1, c2, a) => {
                            b.cubic_bezier_to(p(c1), p(c2), p(a));
                            last = p(a);
                        }
                        PathVerb::MoveTo(_) | PathVerb::Close => {}
                    }
                }
            }
        }
        if open {
            b.end(false);
        }
        PathData(b.build())
    }

    /// The path as verbs (the inverse of [`PathData::from_verbs`]).
    pub fn verbs(&self) -> Vec<PathVerb> {
        let q = |p: lyon_path::math::Point| Point::new(p.x, p.y);
        let mut out = Vec::new();
        for e in self.0.iter() {
            match e {
                Event::Begin { at } => out.push(PathVerb::MoveTo(q(at))),
                Event::Line { to, .. } => out.push(PathVerb::LineTo(q(to))),
                Event::Quadratic { ctrl, to, .. } => out.push(PathVerb::QuadTo(q(ctrl), q(to))),
                Event::Cubic {
                    ctrl1, ctrl2, to, ..
                } => out.push(PathVerb::CubicTo(q(ctrl1), q(ctrl2), q(to))),
                Event::End { close, .. } => {
                    if close {
                        out.push(PathVerb::Close);
                    }
                }
            }
        }
        out
    }

    /// A rectangle as a closed path.
    pub fn rect(x: f32, y: f32, w: f32, h: f32) -> PathData {
        PathData::from_verbs(&[
            PathVerb::MoveTo(Point::new(x, y)),
            PathVerb::LineTo(Point::new(x + w, y)),
            PathVerb::LineTo(Point::new(x + w, y + h)),
            PathVerb::LineTo(Point::new(x, y + h)),
            PathVerb::Close,
        ])
    }

    /// A circle as four cubic arcs.
    pub fn circle(cx: f32, cy: f32, r: f32) -> PathData {
        PathData::ellipse(cx, cy, r, r)
    }

    /// An axis-aligned ellipse as four cubic arcs, clockwise from three o'clock; radii that
    /// are not positive or not finite give an empty path.
    ///
    /// ```
    /// use arkui_renderer::{PathData, Rect};
    /// let e = PathData::ellipse(10.0, 5.0, 10.0, 5.0);
    /// assert_eq!(e.bounds(), Some(Rect::new(0.0, 0.0, 20.0, 10.0)));
    /// assert!(PathData::ellipse(0.0, 0.0, -1.0, 5.0).verbs().is_empty());
    /// ```
    pub fn ellipse(cx: f32, cy: f32, rx: f32, ry: f32) -> PathData {
        if !(rx > 0.0 && ry > 0.0 && rx.is_finite() && ry.is_finite()) {
            return PathData::default();
        }
        // The standard cubic approximation of a quarter circle, stretched per axis.
        let (kx, ky) = (0.552_284_8 * rx, 0.552_284_8 * ry);
        let pt = Point::new;
        PathData::from_verbs(&[
            PathVerb::MoveTo(pt(cx + rx, cy)),
            PathVerb::CubicTo(pt(cx + rx, cy + ky), pt(cx + kx, cy + ry), pt(cx, cy + ry)),
            PathVerb::CubicTo(pt(cx - kx, cy + ry), pt(cx - rx, cy + ky), pt(cx - rx, cy)),
            PathVerb::CubicTo(pt(cx - rx, cy - ky), pt(cx - kx, cy - ry), pt(cx, cy - ry)),
            PathVerb::CubicTo(pt(cx + kx, cy - ry), pt(cx + rx, cy - ky), pt(cx + rx, cy)),
            PathVerb::Close,
        ])
    }
}

impl PathData {
    /// An open circular arc around `(cx, cy)` of radius `r`, from `start` degrees sweeping
    /// `sweep` degrees (0 points right; positive sweeps clockwise on screen, where y points
    /// down), as cubic segments of at most a quarter turn. A sweep beyond a full turn is
    /// cut to one; a non-finite input gives an empty path.
    ///
    /// ```
    /// use arkui_renderer::{PathData, PathVerb, Point};
    /// // A quarter from twelve o'clock to three o'clock.
    /// let quarter = PathData::arc(10.0, 10.0, 10.0, -90.0, 90.0);
    /// let verbs = quarter.verbs();
    /// assert_eq!(verbs.len(), 2);
    /// let PathVerb::MoveTo(from) = verbs[0] else { panic!() };
    /// let PathVerb::CubicTo(_, _, to) = verbs[1] else { panic!() };
    /// assert!((from.x - 10.0).abs() < 1e-4 && from.y.abs() < 1e-4);
    /// assert!((to.x - 20.0).abs() < 1e-4 && (to.y - 10.0).abs() < 1e-4);
    /// assert!(PathData::arc(0.0, 0.0, f32::NAN, 0.0, 90.0).verbs().is_empty());
    /// ```
    pub fn arc(cx: f32, cy: f32, r: f32, start: f32, sweep: f32) -> PathData {
        if ![cx, cy, r, start, sweep].iter().all(|v| v.is_finite()) || r <= 0.0 || sweep == 0.0 {
            return PathData::default();
        }
        let sweep = sweep.clamp(-360.0, 360.0).to_radians();
        let segments = (sweep.abs() / std::f32::consts::FRAC_PI_2).ceil().max(1.0) as usize;
        let step = sweep / segments as f32;
        // Control-point distance for a cubic approximating an arc of `step` radians.
        let k = 4.0 / 3.0 * (step / 4.0).tan() * r;
        let at = |a: f32| Point::new(cx + r * a.cos(), cy + r * a.sin());
        let mut a = start.to_radians();
        let mut verbs = vec![PathVerb::MoveTo(at(a))];
        for _ in 0..segments {
            let b = a + step;
            let (p0, p3) = (at(a), at(b));
            let c1 = Point::new(p0.x - k * a.sin(), p0.y + k * a.cos());
            let c2 = Point::new(p3.x + k * b.sin(), p3.y - k * b.cos());
            verbs.push(PathVerb::CubicTo(c1, c2, p3));
            a = b;
        }
        PathData::from_verbs(&verbs)
    }

    /// A closed polygon through `points` (fewer than two points give an empty path).
    ///
    /// ```
    /// use arkui_renderer::{PathData, Point};
    /// let tri = PathData::polygon(&[Point::new(0.0, 0.0), Point::new(4.0, 0.0), Point::new(0.0, 4.0)]);
    /// assert_eq!(tri.verbs().len(), 4);
    /// assert!(PathData::polygon(&[Point::new(1.0, 1.0)]).verbs().is_empty());
    /// ```
    pub fn polygon(points: &[Point]) -> PathData {
        if points.len() < 2 {
            return PathData::default();
        }
        let mut verbs = Vec::with_capacity(points.len() + 1);
        verbs.push(PathVerb::MoveTo(points[0]));
        verbs.extend(points[1..].iter().map(|p| PathVerb::LineTo(*p)));
        verbs.push(PathVerb::Close);
        PathData::from_verbs(&verbs)
    }

    /// An open polyline through `points`.
    ///
    /// ```
    /// use arkui_renderer::{PathData, Point};
    /// let tick = PathData::polyline(&[Point::new(0.0, 2.0), Point::new(2.0, 4.0), Point::new(6.0, 0.0)]);
    /// assert_eq!(tick.verbs().len(), 3);
    /// ```
    pub fn polyline(points: &[Point]) -> PathData {
        if points.len() < 2 {
            return PathData::default();
        }
        let mut verbs = Vec::with_capacity(points.len());
        verbs.push(PathVerb::MoveTo(points[0]));
        verbs.extend(points[1..].iter().map(|p| PathVerb::LineTo(*p)));
        PathData::from_verbs(&verbs)
    }
}

impl PathData {
    /// The path mapped through `t` (every point, control points included: exact for an
    /// affine map).
    ///
    /// ```
    /// use arkui_renderer::{PathData, PathVerb, Point, Transform};
    /// let p = PathData::rect(0.0, 0.0, 2.0, 2.0).transformed(&Transform::scale(2.0, 3.0));
    /// assert_eq!(p.verbs()[2], PathVerb::LineTo(Point::new(4.0, 6.0)));
    /// ```
    pub fn transformed(&self, t: &crate::Transform) -> PathData {
        let m = |p: Point| t.apply(p);
        let verbs: Vec<PathVerb> = self
            .verbs()
            .into_iter()
            .map(|v| match v {
                PathVerb::MoveTo(a) => PathVerb::MoveTo(m(a)),
                PathVerb::LineTo(a) => PathVerb::LineTo(m(a)),
                PathVerb::QuadTo(a, b) => PathVerb::QuadTo(m(a), m(b)),
                PathVerb::CubicTo(a, b, c) => PathVerb::CubicTo(m(a), m(b), m(c)),
                PathVerb::Close => PathVerb::Close,
            })
            .collect();
        PathData::from_verbs(&verbs)
    }

    /// The path moved by `(dx, dy)`.
    pub fn translated(&self, dx: f32, dy: f32) -> PathData {
        self.transformed(&crate::Transform::translate(dx, dy))
    }

    /// The bounding box of the path's points, control points included (so it contains the
    /// outline); `None` for an empty path. A path with no area keeps a hair of size.
    ///
    /// ```
    /// use arkui_renderer::{PathData, Rect};
    /// let b = PathData::rect(1.0, 2.0, 3.0, 4.0).bounds().unwrap();
    /// assert_eq!(b, Rect::new(1.0, 2.0, 3.0, 4.0));
    /// assert!(PathData::default().bounds().is_none());
    /// ```
    pub fn bounds(&self) -> Option<crate::Rect> {
        let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        let mut add = |p: lyon_path::math::Point| {
            x0 = x0.min(p.x);
            y0 = y0.min(p.y);
            x1 = x1.max(p.x);
            y1 = y1.max(p.y);
        };
        for e in self.0.iter() {
            match e {
                Event::Begin { at } => add(at),
                Event::Line { to, .. } => add(to),
                Event::Quadratic { ctrl, to, .. } => {
                    add(ctrl);
                    add(to);
                }
                Event::Cubic {
                    ctrl1, ctrl2, to, ..
                } => {
                    add(ctrl1);
                    add(ctrl2);
                    add(to);
                }
                Event::End { .. } => {}
            }
        }
        (x0 <= x1).then(|| crate::Rect::new(x0, y0, (x1 - x0).max(1e-3), (y1 - y0).max(1e-3)))
    }
}

impl std::fmt::Debug for PathData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("PathData").field(&self.verbs()).finish()
    }
}

impl PartialEq for PathData {
    fn eq(&self, other: &PathData) -> bool {
        self.verbs() == other.verbs()
    }
}

impl Serialize for PathData {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.verbs().serialize(s)
    }
}

impl<'de> Deserialize<'de> for PathData {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<PathData, D::Error> {
        Vec::<PathVerb>::deserialize(d).map(|v| PathData::from_verbs(&v))
    }
}

/// Which points a self-overlapping fill covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum FillRule {
    /// Inside where the winding number is not zero.
    #[default]
    NonZero,
    /// Inside where the winding number is odd.
    EvenOdd,
}

/// The shape of open stroke ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum LineCap {
    /// Ends exactly at the end point.
    #[default]
    Butt,
    /// A half-disc past the end point.
    Round,
    /// A half-square past the end point.
    Square,
}

/// The shape of stroke corners.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum LineJoin {
    /// A sharp corner, bevelled when longer than the miter limit.
    #[default]
    Miter,
    /// A circular corner.
    Round,
    /// A cut-off corner.
    Bevel,
}

/// How to stroke a path.
///
/// ```
/// use arkui_renderer::StrokeStyle;
/// let s = StrokeStyle::new(2.0).with_dashes(vec![4.0, 2.0]);
/// assert_eq!(s.width, 2.0);
/// assert_eq!(s.dashes, vec![4.0, 2.0]);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StrokeStyle {
    /// Line width.
    pub width: f32,
    /// End shape of open sub-paths and dashes.
    #[serde(default)]
    pub cap: LineCap,
    /// Corner shape.
    #[serde(default)]
    pub join: LineJoin,
    /// Miter length limit, in multiples of the width (SVG's `stroke-miterlimit`, 4 by default).
    #[serde(default = "default_miter_limit")]
    pub miter_limit: f32,
    /// Alternating dash and gap lengths; empty for a solid line (an odd count repeats twice).
    #[serde(default)]
    pub dashes: Vec<f32>,
    /// Where along the pattern the path starts.
    #[serde(default)]
    pub dash_offset: f32,
}

fn default_miter_limit() -> f32 {
    4.0
}

impl StrokeStyle {
    /// A solid stroke with butt caps and miter joins.
    pub fn new(width: f32) -> StrokeStyle {
        StrokeStyle {
            width,
            cap: LineCap::Butt,
            join: LineJoin::Miter,
            miter_limit: default_miter_limit(),
            dashes: Vec::new(),
            dash_offset: 0.0,
        }
    }

    /// The same stroke with a dash pattern.
    pub fn with_dashes(mut self, dashes: Vec<f32>) -> StrokeStyle {
        self.dashes = dashes;
        self
    }

    /// The same stroke with other caps.
    pub fn with_cap(mut self, cap: LineCap) -> StrokeStyle {
        self.cap = cap;
        self
    }

    /// The same stroke with other joins.
    pub fn with_join(mut self, join: LineJoin) -> StrokeStyle {
        self.join = join;
        self
    }
}
