//! The polygon rasterizer behind paths, strokes, transformed shapes and clip masks.
//!
//! Exact area coverage with a correct fill rule: each pixel row is cut into bands at every
//! vertex inside it (and, where edges cross, into halves down to 1/8 pixel). Inside a band no
//! edge starts or ends, so the fill rule is decided once per band by walking the edges in x
//! order, and only the edges where "inside" flips contribute their exact trapezoid area to an
//! accumulation row (the signed-area technique of font-rs). Overlapping sub-paths are thus
//! counted once, not summed.

use super::coverage::to_u8;
use super::surface::Sink;
use crate::{FillRule, IRect, Point};

#[derive(Clone, Copy, Debug)]
struct Edge {
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
    /// +1 when the original segment went down, -1 when up.
    dir: i32,
}

impl Edge {
    #[inline]
    fn x_at(&self, y: f32) -> f32 {
        let t = ((y - self.y0) / (self.y1 - self.y0)).clamp(0.0, 1.0);
        self.x0 + (self.x1 - self.x0) * t
    }
}

#[derive(Clone, Copy, Debug)]
struct Crossing {
    xa: f32,
    xb: f32,
    dir: i32,
}

/// Edges of closed polygons, ready to fill. Reused across draws to keep allocations down.
#[derive(Debug, Default)]
pub(crate) struct Rasterizer {
    edges: Vec<Edge>,
    order: Vec<usize>,
    active: Vec<usize>,
    crossings: Vec<Crossing>,
    breaks: Vec<f32>,
    acc: Vec<f32>,
    cov: Vec<u8>,
    bounds: (f32, f32, f32, f32),
}

const MAX_SPLIT_DEPTH: u32 = 3;

impl Rasterizer {
    pub(crate) fn clear(&mut self) {
        self.edges.clear();
        self.bounds = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    }

    /// One segment of a closed outline (the caller closes each polygon).
    pub(crate) fn line(&mut self, a: Point, b: Point) {
        if !(a.x.is_finite() && a.y.is_finite() && b.x.is_finite() && b.y.is_finite()) {
            return;
        }
        let bx = &mut self.bounds;
        bx.0 = bx.0.min(a.x).min(b.x);
        bx.1 = bx.1.min(a.y).min(b.y);
        bx.2 = bx.2.max(a.x).max(b.x);
        bx.3 = bx.3.max(a.y).max(b.y);
        if a.y == b.y {
            return;
        }
        let e = if a.y < b.y {
            Edge {
                x0: a.x,
                y0: a.y,
                x1: b.x,
                y1: b.y,
                dir: 1,
            }
        } else {
            Edge {
                x0: b.x,
                y0: b.y,
                x1: a.x,
                y1: a.y,
                dir: -1,
            }
        };
        self.edges.push(e);
    }

    /// A closed polygon.
    pub(crate) fn polygon(&mut self, pts: &[Point]) {
        if pts.len() < 2 {
            return;
        }
        for w in pts.windows(2) {
            self.line(w[0], w[1]);
        }
        self.line(pts[pts.len() - 1], pts[0]);
    }

    /// Pixels the edges may touch.
    pub(crate) fn pixel_bounds(&self) -> IRect {
        let (x0, y0, x1, y1) = self.bounds;
        if x0 > x1 || y0 > y1 {
            return IRect::EMPTY;
        }
        let c = |v: f32| v.clamp(-1.0e7, 1.0e7);
        IRect::new(
            c(x0.floor()) as i32,
            c(y0.floor()) as i32,
            c(x1.ceil()) as i32 + 1,
            c(y1.ceil()) as i32 + 1,
        )
    }

    /// Paint the coverage of the polygons under `rule`, inside `clip`.
    pub(crate) fn fill(&mut self, rule: FillRule, clip: IRect, sink: &mut dyn Sink) {
        let b = self.pixel_bounds().intersect(&clip);
        if b.is_empty() || self.edges.is_empty() {
            return;
        }
        let width = b.width() as usize;
        self.acc.clear();
        self.acc.resize(width + 3, 0.0);
        self.order.clear();
        // Edges wholly right of the clip change neither coverage nor the winding of any
        // pixel inside it.
        let right = b.x1 as f32;
        self.order.extend(
            (0..self.edges.len()).filter(|&i| self.edges[i].x0.min(self.edges[i].x1) < right),
        );
        let edges = &self.edges;
        self.order
            .sort_unstable_by(|&a, &c| edges[a].y0.total_cmp(&edges[c].y0));
        self.active.clear();
        let mut next = 0;
        for y in b.y0..b.y1 {
            let (top, bottom) = (y as f32, y as f32 + 1.0);
            while next < self.order.len() && self.edges[self.order[next]].y0 < bottom {
                self.active.push(self.order[next]);
                next += 1;
            }
            let edges = &self.edges;
            self.active.retain(|&i| edges[i].y1 > top);
            if self.active.is_empty() {
                continue;
            }
            self.breaks.clear();
            self.breaks.push(top);
            self.breaks.push(bottom);
            for &i in &self.active {
                let e = &self.edges[i];
                for v in [e.y0, e.y1] {
                    if v > top && v < bottom {
                        self.breaks.push(v);
                    }
                }
            }
            self.breaks.sort_unstable_by(f32::total_cmp);
            self.breaks.dedup();
            let (mut lo, mut hi) = (usize::MAX, 0usize);
            for k in 1..self.breaks.len() {
                let (ya, yb) = (self.breaks[k - 1], self.breaks[k]);
                self.band(ya, yb, top, b.x0, width, rule, 0, &mut lo, &mut hi);
            }
            if lo > hi {
                continue;
            }
            self.emit_row(y, b.x0, lo, (hi + 2).min(width), sink);
        }
    }

    /// Fill by the nonzero rule with the winding's signed area summed per pixel (each edge
    /// adds its own share, no sorting or band splitting), coverage `min(|sum|, 1)`. Exact
    /// where a pixel's partial coverage comes from one sub-path, as in a stroke's outline,
    /// whose parts overlap in the same direction; an order of magnitude faster than
    /// [`Rasterizer::fill`] on outlines of many short, crossing edges.
    pub(crate) fn fill_accumulated(&mut self, clip: IRect, sink: &mut dyn Sink) {
        let b = self.pixel_bounds().intersect(&clip);
        if b.is_empty() || self.edges.is_empty() {
            return;
        }
        let width = b.width() as usize;
        self.acc.clear();
        self.acc.resize(width + 3, 0.0);
        self.order.clear();
        let right = b.x1 as f32;
        self.order.extend(
            (0..self.edges.len()).filter(|&i| self.edges[i].x0.min(self.edges[i].x1) < right),
        );
        let edges = &self.edges;
        self.order
            .sort_unstable_by(|&a, &c| edges[a].y0.total_cmp(&edges[c].y0));
        self.active.clear();
        let mut next = 0;
        let max_x = width as f32;
        let x0 = b.x0 as f32;
        for y in b.y0..b.y1 {
            let (top, bottom) = (y as f32, y as f32 + 1.0);
            while next < self.order.len() && self.edges[self.order[next]].y0 < bottom {
                self.active.push(self.order[next]);
                next += 1;
            }
            let edges = &self.edges;
            self.active.retain(|&i| edges[i].y1 > top);
            if self.active.is_empty() {
                continue;
            }
            let (mut lo, mut hi) = (usize::MAX, 0usize);
            for &i in &self.active {
                let e = self.edges[i];
                let (ya, yb) = (e.y0.max(top), e.y1.min(bottom));
                if yb <= ya {
                    continue;
                }
                let (xa, xb) = (e.x_at(ya) - x0, e.x_at(yb) - x0);
                accumulate_clipped(&mut self.acc, xa, xb, (yb - ya) * e.dir as f32, max_x);
                let (ca, cb) = (xa.clamp(0.0, max_x), xb.clamp(0.0, max_x));
                lo = lo.min(ca.min(cb) as usize);
                hi = hi.max(ca.max(cb).ceil() as usize);
            }
            if lo > hi {
                continue;
            }
            self.emit_row(y, b.x0, lo, (hi + 2).min(width), sink);
        }
    }

    #[expect(
        clippy::too_many_arguments,
        reason = "one recursive step of the band walk"
    )]
    fn band(
        &mut self,
        ya: f32,
        yb: f32,
        row_top: f32,
        x_origin: i32,
        width: usize,
        rule: FillRule,
        depth: u32,
        lo: &mut usize,
        hi: &mut usize,
    ) {
        if yb - ya <= 1e-6 {
            return;
        }
        self.crossings.clear();
        for &i in &self.active {
            let e = &self.edges[i];
            if e.y0 <= ya && e.y1 >= yb {
                self.crossings.push(Crossing {
                    xa: e.x_at(ya) - x_origin as f32,
                    xb: e.x_at(yb) - x_origin as f32,
                    dir: e.dir,
                });
            }
        }
        if self.crossings.is_empty() {
            return;
        }
        // Usually already in order from the band above: check before sorting.
        if self
            .crossings
            .windows(2)
            .any(|w| w[0].xa + w[0].xb > w[1].xa + w[1].xb)
        {
            self.crossings
                .sort_unstable_by(|a, c| (a.xa + a.xb).total_cmp(&(c.xa + c.xb)));
        }
        if depth < MAX_SPLIT_DEPTH
            && self
                .crossings
                .windows(2)
                .any(|w| w[0].xa > w[1].xa + 1e-4 || w[0].xb > w[1].xb + 1e-4)
        {
            // Edges cross inside this band: halve it so the crossing error shrinks.
            let mid = 0.5 * (ya + yb);
            self.band(ya, mid, row_top, x_origin, width, rule, depth + 1, lo, hi);
            self.band(mid, yb, row_top, x_origin, width, rule, depth + 1, lo, hi);
            return;
        }
        let inside = |w: i32| match rule {
            FillRule::NonZero => w != 0,
            FillRule::EvenOdd => w & 1 != 0,
        };
        let mut winding = 0;
        let max_x = width as f32;
        for k in 0..self.crossings.len() {
            let c = self.crossings[k];
            let before = inside(winding);
            winding += c.dir;
            let after = inside(winding);
            if before == after {
                continue;
            }
            let sign = if after { 1.0 } else { -1.0 };
            accumulate_clipped(&mut self.acc, c.xa, c.xb, (yb - ya) * sign, max_x);
            let (xa, xb) = (c.xa.clamp(0.0, max_x), c.xb.clamp(0.0, max_x));
            let l = xa.min(xb) as usize;
            let h = xa.max(xb).ceil() as usize;
            *lo = (*lo).min(l);
            *hi = (*hi).max(h);
        }
        let _ = row_top;
    }

    fn emit_row(&mut self, y: i32, x_origin: i32, lo: usize, hi: usize, sink: &mut dyn Sink) {
        self.cov.clear();
        let mut s = 0.0f32;
        let width = self.acc.len() - 3;
        let mut end = lo;
        while end < width {
            s += self.acc[end];
            self.acc[end] = 0.0;
            // Past the last edge the coverage stays constant: stop once it is zero, or run to
            // the end of the row when a shape continues beyond the clip (its closing edge
            // was culled).
            if end >= hi && s.abs() < 1e-4 {
                break;
            }
            self.cov.push(to_u8(s.abs().min(1.0)));
            end += 1;
        }
        for a in &mut self.acc[end..] {
            *a = 0.0;
        }
        // Hand runs of full coverage over as spans so solid brushes can fill them fast.
        let cov = &self.cov;
        let mut i = 0;
        while i < cov.len() {
            if cov[i] == 0 {
                i += 1;
                continue;
            }
            let start = i;
            if cov[i] == 255 {
                while i < cov.len() && cov[i] == 255 {
                    i += 1;
                }
                let x = x_origin + (lo + start) as i32;
                sink.span(y, x, x + (i - start) as i32, 255);
            } else {
                while i < cov.len() && cov[i] != 0 && cov[i] != 255 {
                    i += 1;
                }
                sink.mask(y, x_origin + (lo + start) as i32, &cov[start..i]);
            }
        }
    }
}

/// [`accumulate`] for a segment that may leave the row's `0..=max_x` window: the part left
/// of it counts as a vertical edge at 0 (it covers every pixel to its right), the part right
/// of it changes no visible pixel. Clamping the end points instead would tilt the segment and
/// change the coverage of the pixels it does cross (a clip edge through a slanted edge).
#[inline]
fn accumulate_clipped(acc: &mut [f32], xa: f32, xb: f32, dy: f32, max_x: f32) {
    let inside = |x: f32| (0.0..=max_x).contains(&x);
    if inside(xa) && inside(xb) {
        accumulate(acc, xa, xb, dy);
        return;
    }
    let mut cuts = [0.0f32, 1.0, 1.0, 1.0];
    let mut n = 1;
    for bound in [0.0, max_x] {
        if (xa - bound) * (xb - bound) < 0.0 {
            cuts[n] = (bound - xa) / (xb - xa);
            n += 1;
        }
    }
    cuts[n] = 1.0;
    cuts[..=n].sort_by(f32::total_cmp);
    for w in cuts[..=n].windows(2) {
        let (t0, t1) = (w[0], w[1]);
        if t1 <= t0 {
            continue;
        }
        let (x0, x1) = (xa + (xb - xa) * t0, xa + (xb - xa) * t1);
        let h = dy * (t1 - t0);
        let mid = 0.5 * (x0 + x1);
        if mid < 0.0 {
            accumulate(acc, 0.0, 0.0, h);
        } else if mid <= max_x {
            accumulate(acc, x0.clamp(0.0, max_x), x1.clamp(0.0, max_x), h);
        }
    }
}

/// Add the signed area a segment from `(xa, top)` to `(xb, bottom)` of height `dy` (negative
/// for leaving edges) leaves to its right, spread over the accumulation row.
#[inline]
fn accumulate(acc: &mut [f32], xa: f32, xb: f32, dy: f32) {
    let (x0, x1) = if xa < xb { (xa, xb) } else { (xb, xa) };
    let x0floor = x0.floor();
    let x0i = x0floor as usize;
    let x1ceil = x1.ceil();
    let x1i = x1ceil as usize;
    if x1i <= x0i + 1 {
        let xmf = 0.5 * (x0 + x1) - x0floor;
        acc[x0i] += dy - dy * xmf;
        acc[x0i + 1] += dy * xmf;
    } else {
        let s = 1.0 / (x1 - x0);
        let x0f = x0 - x0floor;
        let a0 = 0.5 * s * (1.0 - x0f) * (1.0 - x0f);
        let x1f = x1 - x1ceil + 1.0;
        let am = 0.5 * s * x1f * x1f;
        acc[x0i] += dy * a0;
        if x1i == x0i + 2 {
            acc[x0i + 1] += dy * (1.0 - a0 - am);
        } else {
            let a1 = s * (1.5 - x0f);
            acc[x0i + 1] += dy * (a1 - a0);
            for a in &mut acc[x0i + 2..x1i - 1] {
                *a += dy * s;
            }
            let a2 = a1 + (x1i - x0i - 3) as f32 * s;
            acc[x1i - 1] += dy * (1.0 - a2 - am);
        }
        acc[x1i] += dy * am;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Collect(Vec<f32>, i32);
    impl Sink for Collect {
        fn span(&mut self, y: i32, x0: i32, x1: i32, cov: u8) {
            for x in x0..x1 {
                self.0[(y * self.1 + x) as usize] += f32::from(cov) / 255.0;
            }
        }
        fn mask(&mut self, y: i32, x0: i32, cov: &[u8]) {
            for (i, c) in cov.iter().enumerate() {
                self.0[(y * self.1 + x0 + i as i32) as usize] += f32::from(*c) / 255.0;
            }
        }
    }

    fn area(r: &mut Rasterizer, rule: FillRule) -> f32 {
        let mut c = Collect(vec![0.0; 64 * 64], 64);
        r.fill(rule, IRect::new(0, 0, 64, 64), &mut c);
        c.0.iter().sum()
    }

    #[test]
    fn clipping_does_not_change_the_pixels_inside_the_clip() {
        // A slanted edge crossing the clip's left and right sides (found via damage repaints).
        let tri = [
            Point::new(-7.3, 2.1),
            Point::new(50.2, 9.7),
            Point::new(3.9, 40.4),
        ];
        let mut r = Rasterizer::default();
        r.clear();
        r.polygon(&tri);
        let mut whole = Collect(vec![0.0; 64 * 64], 64);
        r.fill(FillRule::NonZero, IRect::new(0, 0, 64, 64), &mut whole);
        let clip = IRect::new(5, 3, 21, 30);
        let mut part = Collect(vec![0.0; 64 * 64], 64);
        r.fill(FillRule::NonZero, clip, &mut part);
        for y in clip.y0..clip.y1 {
            for x in clip.x0..clip.x1 {
                let i = (y * 64 + x) as usize;
                assert!((whole.0[i] - part.0[i]).abs() < 1e-6, "pixel {x},{y}");
            }
        }
    }

    #[test]
    fn triangle_area_is_exact() {
        let mut r = Rasterizer::default();
        r.clear();
        r.polygon(&[
            Point::new(3.3, 2.7),
            Point::new(40.1, 10.2),
            Point::new(12.9, 50.6),
        ]);
        let want = 0.5 * ((40.1 - 3.3) * (50.6 - 2.7) - (12.9 - 3.3) * (10.2 - 2.7f32)).abs();
        assert!(
            (area(&mut r, FillRule::NonZero) - want).abs() < 0.3,
            "{want}"
        );
    }

    #[test]
    fn overlapping_squares_count_once_and_even_odd_cuts_holes() {
        let sq = |x: f32, y: f32| {
            [
                Point::new(x, y),
                Point::new(x + 20.0, y),
                Point::new(x + 20.0, y + 20.0),
                Point::new(x, y + 20.0),
            ]
        };
        let mut r = Rasterizer::default();
        r.clear();
        r.polygon(&sq(5.5, 5.5));
        r.polygon(&sq(15.5, 15.5));
        // Union 800 - 100 overlap; even-odd removes the overlap once more.
        let nz = area(&mut r, FillRule::NonZero);
        let eo = area(&mut r, FillRule::EvenOdd);
        // Edge pixels are rounded to 1/255 each, hence the slack.
        assert!((nz - 700.0).abs() < 0.5, "{nz} {eo}");
        assert!((eo - 600.0).abs() < 0.5, "{eo}");
    }
}
