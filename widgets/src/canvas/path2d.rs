//! [`Path2D`]: the canvas path builder (`moveTo`, `arc`, `arcTo`, `ellipse`, `roundRect`...),
//! also behind a context's current path, where each point is mapped by the transform in
//! force when it is added, as the HTML canvas does.

use std::f32::consts::{FRAC_PI_2, PI, TAU};

use arkui_core::draw::{PathData, PathVerb, Point, SvgPathError, Transform};

/// Most verbs one path keeps; past it, further segments are dropped (a runaway loop cannot
/// exhaust memory).
pub const MAX_PATH_VERBS: usize = 4_000_000;

/// A path built with the canvas methods, as ArkUI's and HTML's `Path2D`.
///
/// ```
/// use arkui_widgets::Path2D;
/// let mut p = Path2D::new();
/// p.move_to(10.0, 10.0);
/// p.line_to(50.0, 10.0);
/// p.arc(50.0, 30.0, 20.0, -std::f32::consts::FRAC_PI_2, std::f32::consts::FRAC_PI_2, false);
/// p.close_path();
/// assert!(p.verb_count() > 3);
/// let svg = Path2D::from_svg("M0 0 h10 v10 z").unwrap();
/// assert_eq!(svg.verb_count(), 4);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Path2D {
    verbs: Vec<PathVerb>,
    /// The current point (device space for a context's path), if any.
    current: Option<Point>,
    /// Where the current sub-path started.
    start: Point,
    /// Maps the coordinates given to the ones stored.
    transform: Option<Transform>,
}

fn finite(v: &[f32]) -> bool {
    v.iter().all(|x| x.is_finite())
}

impl Path2D {
    /// An empty path.
    pub fn new() -> Path2D {
        Path2D::default()
    }

    /// A path from SVG path data (`M L H V C S Q T A Z`), as `new Path2D(d)`.
    pub fn from_svg(data: &str) -> Result<Path2D, SvgPathError> {
        let p = PathData::from_svg(data)?;
        let verbs = p.verbs();
        let mut out = Path2D::new();
        out.verbs = verbs;
        out.current = out.verbs.iter().rev().find_map(|v| match v {
            PathVerb::MoveTo(a) | PathVerb::LineTo(a) => Some(*a),
            PathVerb::QuadTo(_, a) | PathVerb::CubicTo(_, _, a) => Some(*a),
            PathVerb::Close => None,
        });
        Ok(out)
    }

    /// How many verbs the path holds.
    pub fn verb_count(&self) -> usize {
        self.verbs.len()
    }

    /// The path for drawing.
    pub fn to_path_data(&self) -> PathData {
        PathData::from_verbs(&self.verbs)
    }

    pub(crate) fn set_transform(&mut self, t: Transform) {
        self.transform = (t != Transform::IDENTITY).then_some(t);
    }

    pub(crate) fn clear(&mut self) {
        self.verbs.clear();
        self.current = None;
    }

    fn map(&self, x: f32, y: f32) -> Point {
        let p = Point::new(x, y);
        self.transform.map_or(p, |t| t.apply(p))
    }

    fn push(&mut self, v: PathVerb) {
        if self.verbs.len() < MAX_PATH_VERBS {
            self.verbs.push(v);
        }
    }

    /// Start a sub-path at `(x, y)`.
    pub fn move_to(&mut self, x: f32, y: f32) {
        if !finite(&[x, y]) {
            return;
        }
        let p = self.map(x, y);
        self.push(PathVerb::MoveTo(p));
        self.current = Some(p);
        self.start = p;
    }

    /// Make sure there is a current point (a path's first segment starts at its own start).
    fn ensure(&mut self, p: Point) {
        if self.current.is_none() {
            self.push(PathVerb::MoveTo(p));
            self.current = Some(p);
            self.start = p;
        }
    }

    /// A straight segment to `(x, y)`.
    pub fn line_to(&mut self, x: f32, y: f32) {
        if !finite(&[x, y]) {
            return;
        }
        let p = self.map(x, y);
        if self.current.is_none() {
            self.ensure(p);
            return;
        }
        self.push(PathVerb::LineTo(p));
        self.current = Some(p);
    }

    /// A quadratic Bézier through control point `(cx, cy)` to `(x, y)`.
    pub fn quadratic_curve_to(&mut self, cx: f32, cy: f32, x: f32, y: f32) {
        if !finite(&[cx, cy, x, y]) {
            return;
        }
        let c = self.map(cx, cy);
        self.ensure(c);
        let p = self.map(x, y);
        self.push(PathVerb::QuadTo(c, p));
        self.current = Some(p);
    }

    /// A cubic Bézier through two control points to `(x, y)`.
    pub fn bezier_curve_to(&mut self, c1x: f32, c1y: f32, c2x: f32, c2y: f32, x: f32, y: f32) {
        if !finite(&[c1x, c1y, c2x, c2y, x, y]) {
            return;
        }
        let c1 = self.map(c1x, c1y);
        self.ensure(c1);
        let (c2, p) = (self.map(c2x, c2y), self.map(x, y));
        self.push(PathVerb::CubicTo(c1, c2, p));
        self.current = Some(p);
    }

    /// Close the current sub-path; the next segment starts where it started.
    pub fn close_path(&mut self) {
        if self.current.is_some() {
            self.push(PathVerb::Close);
            self.current = Some(self.start);
            // A segment after a close starts a new sub-path at the old start.
            self.push(PathVerb::MoveTo(self.start));
        }
    }

    /// A closed rectangle sub-path, then a new sub-path at `(x, y)`.
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32) {
        if !finite(&[x, y, w, h]) {
            return;
        }
        self.move_to(x, y);
        self.line_to(x + w, y);
        self.line_to(x + w, y + h);
        self.line_to(x, y + h);
        self.close_path();
    }

    /// A rectangle with rounded corners: `radii` as CSS gives them (1 value for all, 2 for
    /// top-left/bottom-right and top-right/bottom-left, 3, or 4 clockwise from top-left),
    /// scaled down together when they do not fit. Negative radii are ignored, as the spec's
    /// RangeError leaves the path unchanged.
    pub fn round_rect(&mut self, x: f32, y: f32, w: f32, h: f32, radii: &[f32]) {
        if !finite(&[x, y, w, h]) || !finite(radii) || radii.iter().any(|r| *r < 0.0) {
            return;
        }
        let [tl, tr, br, bl] = match *radii {
            [] => [0.0; 4],
            [a] => [a; 4],
            [a, b] => [a, b, a, b],
            [a, b, c] => [a, b, c, b],
            [a, b, c, d, ..] => [a, b, c, d],
        };
        // Negative sizes draw mirrored: normalise to a positive box, corners swapped.
        let (x, w, tl, tr, br, bl) = if w < 0.0 {
            (x + w, -w, tr, tl, bl, br)
        } else {
            (x, w, tl, tr, br, bl)
        };
        let (y, h, tl, tr, br, bl) = if h < 0.0 {
            (y + h, -h, bl, br, tr, tl)
        } else {
            (y, h, tl, tr, br, bl)
        };
        let scale = [w / (tl + tr), w / (bl + br), h / (tl + bl), h / (tr + br)]
            .into_iter()
            .filter(|s| s.is_finite())
            .fold(1.0f32, f32::min);
        let [tl, tr, br, bl] = [tl * scale, tr * scale, br * scale, bl * scale];
        self.move_to(x + tl, y);
        self.line_to(x + w - tr, y);
        self.ellipse_segment(x + w - tr, y + tr, tr, tr, 0.0, -FRAC_PI_2, FRAC_PI_2);
        self.line_to(x + w, y + h - br);
        self.ellipse_segment(x + w - br, y + h - br, br, br, 0.0, 0.0, FRAC_PI_2);
        self.line_to(x + bl, y + h);
        self.ellipse_segment(x + bl, y + h - bl, bl, bl, 0.0, FRAC_PI_2, FRAC_PI_2);
        self.line_to(x, y + tl);
        self.ellipse_segment(x + tl, y + tl, tl, tl, 0.0, PI, FRAC_PI_2);
        self.close_path();
    }

    /// A circular arc around `(x, y)` from angle `start` to `end` (radians, clockwise on
    /// screen unless `anticlockwise`), joined to the current point by a line.
    pub fn arc(&mut self, x: f32, y: f32, r: f32, start: f32, end: f32, anticlockwise: bool) {
        self.ellipse(x, y, r, r, 0.0, start, end, anticlockwise);
    }

    /// An elliptical arc with radii `rx`, `ry`, its axes turned by `rotation` (radians).
    #[expect(
        clippy::too_many_arguments,
        reason = "the HTML canvas signature, argument for argument"
    )]
    pub fn ellipse(
        &mut self,
        x: f32,
        y: f32,
        rx: f32,
        ry: f32,
        rotation: f32,
        start: f32,
        end: f32,
        anticlockwise: bool,
    ) {
        if !finite(&[x, y, rx, ry, rotation, start, end]) || rx < 0.0 || ry < 0.0 {
            return;
        }
        // The sweep as browsers work it out: a full turn when the angles are a turn or more
        // apart in the drawing direction; an end "behind" the start in that direction is
        // reached going round (so `arc(.., 0, 2π, true)` is a full anticlockwise circle).
        let sweep = if !anticlockwise && end - start >= TAU {
            TAU
        } else if anticlockwise && start - end >= TAU {
            -TAU
        } else if !anticlockwise && start > end {
            TAU - (start - end) % TAU
        } else if anticlockwise && start < end {
            -(TAU - (end - start) % TAU)
        } else {
            end - start
        };
        self.ellipse_segment(x, y, rx, ry, rotation, start, sweep);
    }

    /// The arc from `start` sweeping `sweep` radians, joined to the current point by a line,
    /// as cubics of at most a quarter turn.
    #[expect(
        clippy::too_many_arguments,
        reason = "centre, radii, rotation and angles of one arc"
    )]
    fn ellipse_segment(
        &mut self,
        cx: f32,
        cy: f32,
        rx: f32,
        ry: f32,
        rotation: f32,
        start: f32,
        sweep: f32,
    ) {
        let (sr, cr) = rotation.sin_cos();
        let at = |a: f32| {
            let (s, c) = a.sin_cos();
            let (ex, ey) = (rx * c, ry * s);
            (cx + ex * cr - ey * sr, cy + ex * sr + ey * cr)
        };
        // The derivative of the point at angle a, for the control points.
        let d = |a: f32| {
            let (s, c) = a.sin_cos();
            let (ex, ey) = (-rx * s, ry * c);
            (ex * cr - ey * sr, ex * sr + ey * cr)
        };
        let (sx, sy) = at(start);
        if self.current.is_some() {
            self.line_to(sx, sy);
        } else {
            self.move_to(sx, sy);
        }
        if sweep == 0.0 || (rx == 0.0 && ry == 0.0) {
            return;
        }
        let n = (sweep.abs() / FRAC_PI_2).ceil().clamp(1.0, 4.0) as usize;
        let step = sweep / n as f32;
        let k = 4.0 / 3.0 * (step / 4.0).tan();
        let mut a = start;
        for _ in 0..n {
            let b = a + step;
            let (p0, p3) = (at(a), at(b));
            let (d0, d3) = (d(a), d(b));
            let c1 = (p0.0 + k * d0.0, p0.1 + k * d0.1);
            let c2 = (p3.0 - k * d3.0, p3.1 - k * d3.1);
            self.bezier_curve_to(c1.0, c1.1, c2.0, c2.1, p3.0, p3.1);
            a = b;
        }
    }

    /// `arcTo`: a line towards `(x1, y1)` ending in an arc of radius `r` tangent to the lines
    /// current point → `(x1, y1)` and `(x1, y1)` → `(x2, y2)`.
    pub fn arc_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, r: f32) {
        if !finite(&[x1, y1, x2, y2, r]) || r < 0.0 {
            return;
        }
        // The tangent points are worked out in user space: undo the mapping of the current
        // point (an uninvertible transform leaves nothing to draw).
        let inv = match self.transform {
            Some(t) => match t.invert() {
                Some(i) => i,
                None => return,
            },
            None => Transform::IDENTITY,
        };
        let Some(cur) = self.current else {
            self.move_to(x1, y1);
            return;
        };
        let p0 = inv.apply(cur);
        let (v1x, v1y) = (p0.x - x1, p0.y - y1);
        let (v2x, v2y) = (x2 - x1, y2 - y1);
        let (l1, l2) = (
            (v1x * v1x + v1y * v1y).sqrt(),
            (v2x * v2x + v2y * v2y).sqrt(),
        );
        let cross = v1x * v2y - v1y * v2x;
        if l1 < 1e-6 || l2 < 1e-6 || r == 0.0 || cross.abs() < 1e-6 * l1 * l2 {
            self.line_to(x1, y1);
            return;
        }
        let cos = ((v1x * v2x + v1y * v2y) / (l1 * l2)).clamp(-1.0, 1.0);
        let half = cos.acos() / 2.0;
        let dist = r / half.tan();
        let (u1x, u1y) = (v1x / l1, v1y / l1);
        let (u2x, u2y) = (v2x / l2, v2y / l2);
        let (t1x, t1y) = (x1 + u1x * dist, y1 + u1y * dist);
        let (t2x, t2y) = (x1 + u2x * dist, y1 + u2y * dist);
        // The centre lies along the bisector, r / sin(half) from the corner.
        let (bx, by) = (u1x + u2x, u1y + u2y);
        let bl = (bx * bx + by * by).sqrt();
        let cd = r / half.sin();
        let (cx, cy) = (x1 + bx / bl * cd, y1 + by / bl * cd);
        let a0 = (t1y - cy).atan2(t1x - cx);
        let a1 = (t2y - cy).atan2(t2x - cx);
        let mut sweep = a1 - a0;
        // The short way round, in the direction the corner turns.
        if cross > 0.0 {
            if sweep > 0.0 {
                sweep -= TAU;
            }
        } else if sweep < 0.0 {
            sweep += TAU;
        }
        self.ellipse_segment(cx, cy, r, r, 0.0, a0, sweep);
    }

    /// Append `other`'s sub-paths (mapped through the builder's transform).
    pub fn add_path(&mut self, other: &Path2D) {
        for v in &other.verbs {
            let m = |p: Point| self.transform.map_or(p, |t| t.apply(p));
            let v = match *v {
                PathVerb::MoveTo(a) => PathVerb::MoveTo(m(a)),
                PathVerb::LineTo(a) => PathVerb::LineTo(m(a)),
                PathVerb::QuadTo(a, b) => PathVerb::QuadTo(m(a), m(b)),
                PathVerb::CubicTo(a, b, c) => PathVerb::CubicTo(m(a), m(b), m(c)),
                PathVerb::Close => PathVerb::Close,
            };
            self.push(v);
        }
        if other.current.is_some() {
            self.current = other
                .current
                .map(|p| self.transform.map_or(p, |t| t.apply(p)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn end_point(p: &Path2D) -> Point {
        p.current.expect("a current point")
    }

    #[test]
    fn arc_directions_and_full_turns() {
        let mut p = Path2D::new();
        p.arc(0.0, 0.0, 10.0, 0.0, FRAC_PI_2, false);
        let e = end_point(&p);
        assert!((e.x).abs() < 1e-4 && (e.y - 10.0).abs() < 1e-4, "{e:?}");
        // Anticlockwise from 0 to π/2 goes the long way: three quarters.
        let mut q = Path2D::new();
        q.arc(0.0, 0.0, 10.0, 0.0, FRAC_PI_2, true);
        let cubics = q
            .verbs
            .iter()
            .filter(|v| matches!(v, PathVerb::CubicTo(..)))
            .count();
        assert_eq!(cubics, 3);
        // A full circle whatever the overshoot.
        let mut f = Path2D::new();
        f.arc(0.0, 0.0, 10.0, 0.0, 10.0 * TAU, false);
        assert_eq!(
            f.verbs
                .iter()
                .filter(|v| matches!(v, PathVerb::CubicTo(..)))
                .count(),
            4
        );
    }

    #[test]
    fn arc_to_is_tangent_to_both_lines() {
        let mut p = Path2D::new();
        p.move_to(0.0, 0.0);
        p.arc_to(100.0, 0.0, 100.0, 100.0, 20.0);
        // The arc ends on the second line, 20 below the corner.
        let e = end_point(&p);
        assert!(
            (e.x - 100.0).abs() < 1e-3 && (e.y - 20.0).abs() < 1e-3,
            "{e:?}"
        );
        // It starts with a line to the first tangent point.
        assert!(
            matches!(p.verbs[1], PathVerb::LineTo(a) if (a.x - 80.0).abs() < 1e-3 && a.y.abs() < 1e-3)
        );
    }

    #[test]
    fn round_rect_scales_radii_that_do_not_fit() {
        let mut p = Path2D::new();
        p.round_rect(0.0, 0.0, 20.0, 10.0, &[10.0]);
        let b = p.to_path_data().bounds().expect("bounds");
        assert!((b.width - 20.0).abs() < 1e-3 && (b.height - 10.0).abs() < 1e-3);
        let mut neg = Path2D::new();
        neg.round_rect(0.0, 0.0, 20.0, 10.0, &[-1.0]);
        assert_eq!(neg.verb_count(), 0);
    }

    #[test]
    fn points_are_mapped_when_added() {
        let mut p = Path2D::new();
        p.set_transform(Transform::translate(5.0, 0.0));
        p.move_to(0.0, 0.0);
        p.set_transform(Transform::IDENTITY);
        p.line_to(0.0, 0.0);
        assert_eq!(p.verbs[0], PathVerb::MoveTo(Point::new(5.0, 0.0)));
        assert_eq!(p.verbs[1], PathVerb::LineTo(Point::new(0.0, 0.0)));
    }

    #[test]
    fn hostile_input_is_ignored() {
        let mut p = Path2D::new();
        p.move_to(f32::NAN, 0.0);
        p.arc(0.0, 0.0, -5.0, 0.0, 1.0, false);
        p.ellipse(0.0, 0.0, f32::INFINITY, 1.0, 0.0, 0.0, 1.0, false);
        assert_eq!(p.verb_count(), 0);
    }
}
