//! Strokes to fillable outlines: offset both sides of each polyline with joins and caps,
//! after cutting it into dashes. The outlines overlap themselves at inner joins, which the
//! non-zero fill of [`super::scanline`] resolves (Skia's stroker works the same way).

use super::flatten::{Polylines, arc_points};
use crate::{LineCap, LineJoin, Point, StrokeStyle};

/// Outline points beyond which further sub-paths and dashes are dropped (bounded cost).
const MAX_OUTLINE_POINTS: usize = 1 << 20;

/// Dashes per stroke beyond which the pattern is ignored (drawn solid) to bound the cost.
const MAX_DASHES: f32 = 100_000.0;

fn sub(a: Point, b: Point) -> Point {
    Point::new(a.x - b.x, a.y - b.y)
}

fn add(a: Point, b: Point) -> Point {
    Point::new(a.x + b.x, a.y + b.y)
}

fn mul(a: Point, s: f32) -> Point {
    Point::new(a.x * s, a.y * s)
}

fn len(a: Point) -> f32 {
    (a.x * a.x + a.y * a.y).sqrt()
}

/// Outline polygons of stroking `lines` (in the path's own units) into `out` (all closed).
pub(crate) fn stroke(lines: &Polylines, style: &StrokeStyle, tolerance: f32, out: &mut Polylines) {
    let hw = style.width * 0.5;
    if !(hw.is_finite() && hw > 0.0) {
        return;
    }
    let mut pts = Vec::new();
    let mut pieces = Polylines::default();
    for (poly, closed) in lines.iter() {
        if out.points.len() > MAX_OUTLINE_POINTS {
            log::warn!("stroke outline cut short at {MAX_OUTLINE_POINTS} points");
            break;
        }
        pts.clear();
        for &p in poly {
            if pts.last().is_none_or(|&q: &Point| len(sub(p, q)) > 1e-5) {
                pts.push(p);
            }
        }
        let closed = closed && pts.len() > 2;
        if closed && len(sub(pts[0], pts[pts.len() - 1])) <= 1e-5 {
            pts.pop();
        }
        pieces.clear();
        if dash(&pts, closed, style, &mut pieces) {
            for (piece, _) in pieces.iter() {
                if out.points.len() > MAX_OUTLINE_POINTS {
                    break;
                }
                outline_open(piece, style, hw, tolerance, out);
            }
        } else if closed {
            for side in [false, true] {
                let start = out.points.len();
                offset_side(&pts, true, side, style, hw, tolerance, &mut out.points);
                out.subpaths.push((start, out.points.len(), true));
            }
        } else {
            outline_open(&pts, style, hw, tolerance, out);
        }
    }
}

/// Cut a polyline into dashes; false when the style has no usable pattern.
fn dash(pts: &[Point], closed: bool, style: &StrokeStyle, out: &mut Polylines) -> bool {
    let mut pattern: Vec<f32> = style.dashes.clone();
    if pattern.len() % 2 == 1 {
        pattern.extend_from_within(..);
    }
    let total: f32 = pattern.iter().sum();
    if pattern.is_empty() || pattern.iter().any(|d| !(d.is_finite() && *d >= 0.0)) || total <= 1e-3
    {
        return false;
    }
    let mut path_len = 0.0;
    let n = pts.len();
    let segs = if closed { n } else { n.saturating_sub(1) };
    for i in 0..segs {
        path_len += len(sub(pts[(i + 1) % n], pts[i]));
    }
    if path_len / total > MAX_DASHES {
        return false;
    }
    // Position inside the pattern at the start of the path.
    let mut idx = 0;
    let mut left = {
        let off = if style.dash_offset.is_finite() {
            style.dash_offset.rem_euclid(total)
        } else {
            0.0
        };
        let mut o = off;
        while o >= pattern[idx] {
            o -= pattern[idx];
            idx = (idx + 1) % pattern.len();
        }
        pattern[idx] - o
    };
    let mut on = idx % 2 == 0;
    let starts_on = on;
    let mut start = out.points.len();
    if on && n > 0 {
        out.points.push(pts[0]);
    }
    for i in 0..segs {
        let (a, b) = (pts[i], pts[(i + 1) % n]);
        let seg = len(sub(b, a));
        let mut t = 0.0;
        while seg - t > left {
            t += left;
            let p = add(a, mul(sub(b, a), t / seg));
            if on {
                out.points.push(p);
                out.subpaths.push((start, out.points.len(), false));
            } else {
                start = out.points.len();
                out.points.push(p);
            }
            on = !on;
            idx = (idx + 1) % pattern.len();
            left = pattern[idx];
        }
        left -= seg - t;
        if on {
            out.points.push(b);
        }
    }
    if on && out.points.len() > start {
        out.subpaths.push((start, out.points.len(), false));
        // A closed contour on at both ends: the last dash runs on into the first, with a
        // join at the start point rather than two caps (as SVG and Skia draw it).
        if closed && starts_on && out.subpaths.len() >= 2 {
            let (ls, le, _) = out.subpaths.pop().expect("two pieces");
            let (fs, fe, _) = out.subpaths.remove(0);
            let mut merged: Vec<Point> = out.points[ls..le].to_vec();
            merged.extend_from_slice(&out.points[fs + 1..fe]);
            let s = out.points.len();
            out.points.extend(merged);
            out.subpaths.insert(0, (s, out.points.len(), false));
        }
    }
    true
}

/// One closed outline around an open polyline: one side, the end cap, the other side back,
/// the start cap.
fn outline_open(pts: &[Point], style: &StrokeStyle, hw: f32, tol: f32, out: &mut Polylines) {
    let start = out.points.len();
    let mut dedup: Vec<Point> = Vec::with_capacity(pts.len());
    for &p in pts {
        if dedup.last().is_none_or(|&q| len(sub(p, q)) > 1e-5) {
            dedup.push(p);
        }
    }
    if dedup.len() == 1 {
        let p = dedup[0];
        match style.cap {
            LineCap::Butt => return,
            LineCap::Round => arc_points(p, hw, 0.0, std::f32::consts::TAU, tol, &mut out.points),
            LineCap::Square => out.points.extend([
                Point::new(p.x - hw, p.y - hw),
                Point::new(p.x + hw, p.y - hw),
                Point::new(p.x + hw, p.y + hw),
                Point::new(p.x - hw, p.y + hw),
            ]),
        }
        out.subpaths.push((start, out.points.len(), true));
        return;
    }
    let pts = &dedup[..];
    offset_side(pts, false, false, style, hw, tol, &mut out.points);
    let n = pts.len();
    cap(
        pts[n - 1],
        unit(sub(pts[n - 1], pts[n - 2])),
        style.cap,
        hw,
        tol,
        &mut out.points,
    );
    offset_side(pts, false, true, style, hw, tol, &mut out.points);
    cap(
        pts[0],
        unit(sub(pts[0], pts[1])),
        style.cap,
        hw,
        tol,
        &mut out.points,
    );
    out.subpaths.push((start, out.points.len(), true));
}

fn unit(d: Point) -> Point {
    let l = len(d);
    if l > 0.0 {
        mul(d, 1.0 / l)
    } else {
        Point::new(1.0, 0.0)
    }
}

/// The left normal (`d` turned a quarter) scaled to `hw`.
fn normal(d: Point, hw: f32) -> Point {
    Point::new(-d.y * hw, d.x * hw)
}

/// The cap at `p` where the line leaves in direction `d` (between the two sides' ends).
fn cap(p: Point, d: Point, cap: LineCap, hw: f32, tol: f32, out: &mut Vec<Point>) {
    let n = normal(d, hw);
    match cap {
        LineCap::Butt => {}
        LineCap::Square => {
            let e = mul(d, hw);
            out.push(add(add(p, n), e));
            out.push(add(sub(p, n), e));
        }
        LineCap::Round => {
            let a0 = n.y.atan2(n.x);
            arc_points(p, hw, a0, a0 - std::f32::consts::PI, tol, out);
        }
    }
}

/// The offset line on the left of `pts` (walked backwards when `reverse`), with joins.
fn offset_side(
    pts: &[Point],
    closed: bool,
    reverse: bool,
    style: &StrokeStyle,
    hw: f32,
    tol: f32,
    out: &mut Vec<Point>,
) {
    let n = pts.len();
    let at = |i: usize| if reverse { pts[n - 1 - i] } else { pts[i] };
    let segs = if closed { n } else { n - 1 };
    let dir = |i: usize| unit(sub(at((i + 1) % n), at(i % n)));
    for i in 0..segs {
        let d = dir(i);
        let nrm = normal(d, hw);
        let (a, b) = (at(i), at((i + 1) % n));
        if i == 0 && !closed {
            out.push(add(a, nrm));
        }
        out.push(add(b, nrm));
        let has_next = closed || i + 1 < segs;
        if !has_next {
            break;
        }
        let d1 = dir(i + 1);
        join(b, d, d1, style, hw, tol, out);
    }
}

/// The corner at `p` from direction `d0` to `d1`, on the left side.
fn join(
    p: Point,
    d0: Point,
    d1: Point,
    style: &StrokeStyle,
    hw: f32,
    tol: f32,
    out: &mut Vec<Point>,
) {
    let cross = d0.x * d1.y - d0.y * d1.x;
    let dot = d0.x * d1.x + d0.y * d1.y;
    let (n0, n1) = (normal(d0, hw), normal(d1, hw));
    if cross.abs() < 1e-6 && dot > 0.0 {
        return;
    }
    if cross > 0.0 {
        // Inner side of a gentle turn (a flattened curve): the two offset lines meet just
        // inside, at the inner miter point, which keeps the outline from folding back on
        // itself (folds make slivers of opposite winding that a summed-coverage fill would
        // half cancel). A sharp turn goes through the pivot, so the overlap stays inside the
        // outline.
        let cos_half = ((1.0 + dot) * 0.5).max(0.0).sqrt();
        if cos_half > 0.9 {
            let m = unit(add(n0, n1));
            out.push(add(p, mul(m, hw / cos_half)));
            return;
        }
        out.push(p);
        out.push(add(p, n1));
        return;
    }
    match style.join {
        LineJoin::Bevel => {}
        LineJoin::Miter => {
            let cos_half = ((1.0 + dot) * 0.5).max(0.0).sqrt();
            let limit = if style.miter_limit.is_finite() {
                style.miter_limit
            } else {
                4.0
            };
            if cos_half > 1e-6 && 1.0 / cos_half <= limit {
                let m = unit(add(n0, n1));
                out.push(add(p, mul(m, hw / cos_half)));
            }
        }
        LineJoin::Round => {
            let a0 = n0.y.atan2(n0.x);
            let mut a1 = n1.y.atan2(n1.x);
            while a1 - a0 > std::f32::consts::PI {
                a1 -= std::f32::consts::TAU;
            }
            while a0 - a1 > std::f32::consts::PI {
                a1 += std::f32::consts::TAU;
            }
            arc_points(p, hw, a0, a1, tol, out);
        }
    }
    out.push(add(p, n1));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{PathData, PathVerb, Transform};

    fn outline(verbs: &[PathVerb], style: &StrokeStyle) -> Polylines {
        let mut lines = Polylines::default();
        lines.flatten(&PathData::from_verbs(verbs), 0.01, &Transform::IDENTITY);
        let mut out = Polylines::default();
        stroke(&lines, style, 0.01, &mut out);
        out
    }

    #[test]
    fn dashes_split_a_line() {
        let out = outline(
            &[
                PathVerb::MoveTo(Point::new(0.0, 0.0)),
                PathVerb::LineTo(Point::new(10.0, 0.0)),
            ],
            &StrokeStyle::new(2.0).with_dashes(vec![2.0, 2.0]),
        );
        // 0-2, 4-6, 8-10.
        assert_eq!(out.subpaths.len(), 3);
    }

    #[test]
    fn closed_path_gives_two_rings() {
        let out = outline(
            &[
                PathVerb::MoveTo(Point::new(0.0, 0.0)),
                PathVerb::LineTo(Point::new(10.0, 0.0)),
                PathVerb::LineTo(Point::new(10.0, 10.0)),
                PathVerb::Close,
            ],
            &StrokeStyle::new(2.0),
        );
        assert_eq!(out.subpaths.len(), 2);
    }
}
