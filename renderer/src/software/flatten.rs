//! Paths to polylines: lyon's curve flattening, mapped into device space.

use lyon_path::Event;
use lyon_path::geom::{CubicBezierSegment, QuadraticBezierSegment};

use crate::{PathData, Point, Transform};

/// Flattened sub-paths: points, and `(start, end, closed)` ranges into them.
#[derive(Debug, Default)]
pub(crate) struct Polylines {
    pub(crate) points: Vec<Point>,
    pub(crate) subpaths: Vec<(usize, usize, bool)>,
}

impl Polylines {
    pub(crate) fn clear(&mut self) {
        self.points.clear();
        self.subpaths.clear();
    }

    /// The points of each sub-path with whether it is closed.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&[Point], bool)> {
        self.subpaths
            .iter()
            .map(|&(s, e, closed)| (&self.points[s..e], closed))
    }

    /// Flatten `path` to within `tolerance` (in the path's own units) and map every point
    /// through `t`.
    pub(crate) fn flatten(&mut self, path: &PathData, tolerance: f32, t: &Transform) {
        let tol = if tolerance.is_finite() && tolerance > 1e-4 {
            tolerance
        } else {
            1e-4
        };
        let mut start = self.points.len();
        let push = |pts: &mut Vec<Point>, p: lyon_path::math::Point| {
            pts.push(t.apply(Point::new(p.x, p.y)));
        };
        for e in path.0.iter() {
            match e {
                Event::Begin { at } => {
                    start = self.points.len();
                    push(&mut self.points, at);
                }
                Event::Line { to, .. } => push(&mut self.points, to),
                Event::Quadratic { from, ctrl, to } => {
                    let seg = QuadraticBezierSegment { from, ctrl, to };
                    let tol = bounded_tolerance(tol, &[from, ctrl, to]);
                    seg.for_each_flattened(tol, &mut |l| push(&mut self.points, l.to));
                }
                Event::Cubic {
                    from,
                    ctrl1,
                    ctrl2,
                    to,
                } => {
                    let seg = CubicBezierSegment {
                        from,
                        ctrl1,
                        ctrl2,
                        to,
                    };
                    let tol = bounded_tolerance(tol, &[from, ctrl1, ctrl2, to]);
                    seg.for_each_flattened(tol, &mut |l| push(&mut self.points, l.to));
                }
                Event::End { close, .. } => {
                    let end = self.points.len();
                    if end > start {
                        self.subpaths.push((start, end, close));
                    }
                    start = end;
                }
            }
            // A pathological curve cannot grow the buffer without bound.
            if self.points.len() > MAX_POINTS {
                break;
            }
        }
    }
}

/// Flattened points per draw call; beyond this a path is cut short rather than exhausting memory.
const MAX_POINTS: usize = 1 << 16;

/// A tolerance no finer than 1/100000 of the curve's control polygon, so a curve whose
/// control points lie absurdly far away (a corrupt or hostile list) flattens into a few
/// thousand segments instead of millions; ordinary curves keep `tol`.
fn bounded_tolerance(tol: f32, pts: &[lyon_path::math::Point]) -> f32 {
    let len: f32 = pts.windows(2).map(|w| (w[1] - w[0]).length()).sum();
    if len.is_finite() {
        tol.max(len * 1e-5)
    } else {
        f32::MAX
    }
}

/// Points of a circular arc from `a0` to `a1` (radians, y down) within `tolerance`.
pub(crate) fn arc_points(c: Point, r: f32, a0: f32, a1: f32, tolerance: f32, out: &mut Vec<Point>) {
    // Past the point budget (a hostile stroke with huge round joins) arcs become chords.
    let n = if out.len() > MAX_POINTS * 4 {
        1
    } else {
        arc_segments(r, (a1 - a0).abs(), tolerance)
    };
    // Chords cut inside the arc; pushing the vertices out by half the sagitta centres the
    // error on the true circle, so areas come out right on average.
    let half_step = 0.5 * (a1 - a0).abs() / n as f32;
    let r = r * (1.0 + 0.5 * (1.0 - half_step.cos()));
    for i in 0..=n {
        let a = a0 + (a1 - a0) * i as f32 / n as f32;
        out.push(Point::new(c.x + r * a.cos(), c.y + r * a.sin()));
    }
}

/// Segments a polyline needs to follow an arc of `sweep` radians within `tolerance`.
pub(crate) fn arc_segments(r: f32, sweep: f32, tolerance: f32) -> usize {
    if !(r.is_finite() && r > tolerance) {
        return 1;
    }
    let step = 2.0 * (1.0 - tolerance / r).clamp(-1.0, 1.0).acos();
    ((sweep / step.max(1e-3)).ceil() as usize).clamp(1, 4096)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn circle_flattens_within_tolerance() {
        let mut p = Polylines::default();
        p.flatten(
            &PathData::circle(0.0, 0.0, 50.0),
            0.01,
            &Transform::translate(100.0, 0.0),
        );
        assert_eq!(p.subpaths.len(), 1);
        assert!(p.subpaths[0].2);
        for q in &p.points {
            let d = ((q.x - 100.0).powi(2) + q.y.powi(2)).sqrt();
            assert!((d - 50.0).abs() < 0.05, "{d}");
        }
    }
}
