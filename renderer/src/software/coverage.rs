//! Exact anti-aliased coverage of rounded boxes.
//!
//! A pixel's coverage is the area of the pixel inside the shape: straight edges give it
//! directly, and each corner subtracts the part of its square that lies outside its quarter
//! disc, computed in closed form from the integral of the circle. No supersampling, so arcs
//! are as exact as straight edges and only the few pixels an arc crosses pay for the maths.

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::surface::Sink;
use crate::{CornerRadii, IRect, Rect};

/// A rounded rectangle prepared for per-row coverage queries.
#[derive(Clone, Debug)]
pub(crate) struct RoundedBox {
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
    r: CornerRadii,
    /// Per corner (top-left, top-right, bottom-right, bottom-left): its cut-outs per pixel,
    /// shared by every box with the same radius and sub-pixel placement.
    cutouts: [Option<Rc<CutoutTable>>; 4],
}

/// Radii up to this many pixels get a cut-out table; larger arcs are computed per pixel
/// (their tables would outweigh what they save on a small device).
const MAX_TABLE_RADIUS: f64 = 48.0;

/// Tables kept per thread before the cache starts over.
const MAX_TABLES: usize = 64;

/// The cut-out of every pixel of one corner square, for one radius and one sub-pixel offset
/// of the corner's centre: `n x n` entries for pixel offsets `-1..n-1` on each axis.
#[derive(Debug)]
pub(crate) struct CutoutTable {
    n: i64,
    /// Sub-pixel offsets of the pixel grid relative to the corner centre, on each axis.
    fu: f64,
    fv: f64,
    cut: Vec<f32>,
}

impl CutoutTable {
    fn build(r: f64, fu: f64, fv: f64) -> CutoutTable {
        let n = r.ceil() as i64 + 2;
        let mut cut = Vec::with_capacity((n * n) as usize);
        for ku in -1..n - 1 {
            for kv in -1..n - 1 {
                let (u0, v0) = (ku as f64 + fu, kv as f64 + fv);
                cut.push(corner_cutout(u0, u0 + 1.0, v0, v0 + 1.0, r) as f32);
            }
        }
        CutoutTable { n, fu, fv, cut }
    }

    /// The cut-out over `[u0, u0 + 1] x [v0, v0 + 1]`, or `None` when `u0`, `v0` are not on
    /// this table's grid.
    #[inline]
    fn get(&self, u0: f64, v0: f64) -> Option<f64> {
        let (ku, kv) = (u0.floor(), v0.floor());
        if u0 - ku != self.fu || v0 - kv != self.fv {
            return None;
        }
        let (iu, iv) = (ku as i64 + 1, kv as i64 + 1);
        if iu < 0 || iv < 0 || iu >= self.n || iv >= self.n {
            return Some(0.0);
        }
        Some(f64::from(self.cut[(iu * self.n + iv) as usize]))
    }
}

thread_local! {
    static TABLES: RefCell<FxHashMap<(u64, u64, u64), Rc<CutoutTable>>> = RefCell::new(FxHashMap::default());
}

/// The shared table for radius `r` whose pixel grid sits at `(fu, fv)` (fractions of a
/// pixel) from the corner centre.
fn cutout_table(r: f64, fu: f64, fv: f64) -> Option<Rc<CutoutTable>> {
    if !(r > 0.0 && r <= MAX_TABLE_RADIUS && fu.is_finite() && fv.is_finite()) {
        return None;
    }
    let key = (r.to_bits(), fu.to_bits(), fv.to_bits());
    TABLES.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(table) = t.get(&key) {
            return Some(table.clone());
        }
        if t.len() >= MAX_TABLES {
            t.clear();
        }
        let table = Rc::new(CutoutTable::build(r, fu, fv));
        t.insert(key, table.clone());
        Some(table)
    })
}

fn fract(v: f64) -> f64 {
    v - v.floor()
}

/// How far into the box, from one side, the corners of that side reach on the row part
/// `[t, b]` of a box spanning `[y0, y1]`: `(solid, touched)` where pixels further in than
/// `solid` are fully inside the arcs and pixels nearer the edge than `touched` fully outside.
fn side_extent(t: f32, b: f32, y0: f32, y1: f32, r_top: f32, r_bottom: f32) -> (f32, f32) {
    let mut solid: f32 = 0.0;
    let mut touched: f32 = f32::MAX;
    let mut any = false;
    // A corner of radius `r` whose centre is `far` (from the row's farthest point) and
    // `near` (from its nearest) away vertically.
    let mut corner = |r: f32, far: f32, near: f32| {
        any = true;
        let inset = |d: f32| {
            let d = d.clamp(0.0, r);
            r - (r * r - d * d).max(0.0).sqrt()
        };
        solid = solid.max(inset(far));
        touched = touched.min(inset(near));
    };
    if r_top > 0.0 && t < y0 + r_top {
        let cy = y0 + r_top;
        corner(r_top, cy - t, cy - b);
    }
    if r_bottom > 0.0 && b > y1 - r_bottom {
        let cy = y1 - r_bottom;
        corner(r_bottom, b - cy, t - cy);
    }
    if any { (solid, touched) } else { (0.0, 0.0) }
}

/// What one pixel row of a shape looks like.
pub(crate) struct RowSpans {
    /// Pixels whose coverage is `full` (inner part of the row).
    pub(crate) solid: Range<i32>,
    /// Coverage of the solid part: 1 except on the shape's top and bottom partial rows.
    pub(crate) full: f32,
    /// All pixels the shape touches on this row; those outside `solid` need [`RoundedBox::pixel`].
    pub(crate) touched: Range<i32>,
}

/// Area of `{0 <= s <= u, 0 <= t <= v, s² + t² <= r²}`.
fn quarter_disc_area(u: f64, v: f64, r: f64) -> f64 {
    let (u, v) = (u.clamp(0.0, r), v.clamp(0.0, r));
    if u * u + v * v <= r * r {
        return u * v;
    }
    let prim = |s: f64| {
        0.5 * (s * (r * r - s * s).max(0.0).sqrt() + r * r * (s / r).clamp(-1.0, 1.0).asin())
    };
    let t = (r * r - v * v).max(0.0).sqrt();
    v * t + prim(u) - prim(t)
}

/// Area of the corner square `[0, r]²` outside the quarter disc, within `[u0, u1] x [v0, v1]`.
fn corner_cutout(u0: f64, u1: f64, v0: f64, v1: f64, r: f64) -> f64 {
    let (u0, u1) = (u0.clamp(0.0, r), u1.clamp(0.0, r));
    let (v0, v1) = (v0.clamp(0.0, r), v1.clamp(0.0, r));
    if u1 <= u0 || v1 <= v0 {
        return 0.0;
    }
    let square = (u1 - u0) * (v1 - v0);
    // Most pixels of a corner square lie wholly inside or wholly outside the disc: only the
    // pixels the arc crosses need the integral.
    if u1 * u1 + v1 * v1 <= r * r {
        return 0.0;
    }
    if u0 * u0 + v0 * v0 >= r * r {
        return square;
    }
    let disc =
        quarter_disc_area(u1, v1, r) - quarter_disc_area(u0, v1, r) - quarter_disc_area(u1, v0, r)
            + quarter_disc_area(u0, v0, r);
    (square - disc).max(0.0)
}

impl RoundedBox {
    pub(crate) fn new(rect: Rect, radii: CornerRadii) -> Option<RoundedBox> {
        if rect.is_empty() {
            return None;
        }
        let r = radii.clamped(rect.width, rect.height);
        let (bx0, by0) = (f64::from(rect.x), f64::from(rect.y));
        let (bx1, by1) = (f64::from(rect.right()), f64::from(rect.bottom()));
        let (tl, tr) = (f64::from(r.top_left), f64::from(r.top_right));
        let (br, bl) = (f64::from(r.bottom_right), f64::from(r.bottom_left));
        // The grid offset each corner's pixels have from its centre (see `pixel`).
        let cutouts = [
            cutout_table(tl, fract(bx0 + tl), fract(by0 + tl)),
            cutout_table(tr, fract(-(bx1 - tr)), fract(by0 + tr)),
            cutout_table(br, fract(-(bx1 - br)), fract(-(by1 - br))),
            cutout_table(bl, fract(bx0 + bl), fract(-(by1 - bl))),
        ];
        Some(RoundedBox {
            x0: rect.x,
            y0: rect.y,
            x1: rect.right(),
            y1: rect.bottom(),
            r,
            cutouts,
        })
    }

    /// One corner's cut-out over `[u0, u1] x [v0, v1]`, from its table when it has one.
    #[inline]
    fn cutout(&self, corner: usize, u0: f64, u1: f64, v0: f64, v1: f64, r: f64) -> f64 {
        if let Some(c) = self.cutouts[corner].as_ref().and_then(|t| t.get(u0, v0)) {
            return c;
        }
        corner_cutout(u0, u1, v0, v1, r)
    }

    /// Pixels the shape touches.
    pub(crate) fn pixel_bounds(&self) -> IRect {
        IRect::new(
            self.x0.floor() as i32,
            self.y0.floor() as i32,
            self.x1.ceil() as i32,
            self.y1.ceil() as i32,
        )
    }

    /// Horizontal structure of row `y`: which pixels the shape covers fully (as much as the
    /// row allows) and which it may touch, from where each corner's arc crosses the row, so
    /// only the pixels an arc crosses need [`RoundedBox::pixel`].
    pub(crate) fn row(&self, y: i32) -> RowSpans {
        let (top, bottom) = (y as f32, y as f32 + 1.0);
        let full = (bottom.min(self.y1) - top.max(self.y0)).clamp(0.0, 1.0);
        // The part of the row inside the box, vertically.
        let (t, b) = (top.max(self.y0), bottom.min(self.y1));
        let r = &self.r;
        // Per side: how far in the solid part starts and the touched part starts.
        let left = side_extent(t, b, self.y0, self.y1, r.top_left, r.bottom_left);
        let right = side_extent(t, b, self.y0, self.y1, r.top_right, r.bottom_right);
        let touched = (self.x0 + left.1).floor() as i32..(self.x1 - right.1).ceil() as i32;
        let solid_start = (self.x0 + left.0).ceil() as i32;
        let solid_end = (self.x1 - right.0).floor() as i32;
        let solid = if solid_start < solid_end {
            solid_start..solid_end
        } else {
            solid_start..solid_start
        };
        RowSpans {
            solid,
            full,
            touched,
        }
    }

    /// Exact coverage of pixel `(x, y)` in 0..=1.
    pub(crate) fn pixel(&self, x: i32, y: i32) -> f32 {
        let (px0, py0) = (f64::from(x), f64::from(y));
        let (px1, py1) = (px0 + 1.0, py0 + 1.0);
        let (bx0, by0, bx1, by1) = (
            f64::from(self.x0),
            f64::from(self.y0),
            f64::from(self.x1),
            f64::from(self.y1),
        );
        let cx = (px1.min(bx1) - px0.max(bx0)).max(0.0);
        let cy = (py1.min(by1) - py0.max(by0)).max(0.0);
        let mut area = cx * cy;
        if area <= 0.0 {
            return 0.0;
        }
        let r = &self.r;
        let tl = f64::from(r.top_left);
        if tl > 0.0 && px0 < bx0 + tl && py0 < by0 + tl {
            let (ccx, ccy) = (bx0 + tl, by0 + tl);
            area -= self.cutout(0, ccx - px1, ccx - px0, ccy - py1, ccy - py0, tl);
        }
        let tr = f64::from(r.top_right);
        if tr > 0.0 && px1 > bx1 - tr && py0 < by0 + tr {
            let (ccx, ccy) = (bx1 - tr, by0 + tr);
            area -= self.cutout(1, px0 - ccx, px1 - ccx, ccy - py1, ccy - py0, tr);
        }
        let br = f64::from(r.bottom_right);
        if br > 0.0 && px1 > bx1 - br && py1 > by1 - br {
            let (ccx, ccy) = (bx1 - br, by1 - br);
            area -= self.cutout(2, px0 - ccx, px1 - ccx, py0 - ccy, py1 - ccy, br);
        }
        let bl = f64::from(r.bottom_left);
        if bl > 0.0 && px0 < bx0 + bl && py1 > by1 - bl {
            let (ccx, ccy) = (bx0 + bl, by1 - bl);
            area -= self.cutout(3, ccx - px1, ccx - px0, py0 - ccy, py1 - ccy, bl);
        }
        area.clamp(0.0, 1.0) as f32
    }

    /// Paint the shape's coverage inside `clip`.
    pub(crate) fn fill(&self, clip: IRect, sink: &mut dyn Sink, scratch: &mut Vec<u8>) {
        let b = self.pixel_bounds().intersect(&clip);
        for y in b.y0..b.y1 {
            let row = self.row(y);
            let (x0, x1) = (row.touched.start.max(b.x0), row.touched.end.min(b.x1));
            if x1 <= x0 {
                continue;
            }
            let (s0, s1) = (row.solid.start.clamp(x0, x1), row.solid.end.clamp(x0, x1));
            self.edge_pixels(y, x0, s0, sink, scratch);
            if s0 < s1 {
                sink.span(y, s0, s1, to_u8(row.full));
            }
            self.edge_pixels(y, s1.max(s0), x1, sink, scratch);
        }
    }

    fn edge_pixels(&self, y: i32, x0: i32, x1: i32, sink: &mut dyn Sink, scratch: &mut Vec<u8>) {
        if x1 <= x0 {
            return;
        }
        scratch.clear();
        scratch.extend((x0..x1).map(|x| to_u8(self.pixel(x, y))));
        sink.mask(y, x0, scratch);
    }
}

/// The ring between an outer and an inner rounded box (a border), exact where the inner box
/// lies inside the outer one, as CSS border geometry guarantees.
pub(crate) fn fill_ring(
    outer: &RoundedBox,
    inner: Option<&RoundedBox>,
    clip: IRect,
    sink: &mut dyn Sink,
    scratch: &mut Vec<u8>,
) {
    let Some(inner) = inner else {
        outer.fill(clip, sink, scratch);
        return;
    };
    let b = outer.pixel_bounds().intersect(&clip);
    for y in b.y0..b.y1 {
        let orow = outer.row(y);
        let irow = inner.row(y);
        let (x0, x1) = (orow.touched.start.max(b.x0), orow.touched.end.min(b.x1));
        // Pixels fully inside the inner edge get nothing; pixels in the outer box's solid
        // span that the inner box does not touch are a constant run (the straight sides).
        let hole = if irow.full >= 1.0 {
            irow.solid.clone()
        } else {
            0..0
        };
        let inner_touch = if irow.full > 0.0 {
            irow.touched.clone()
        } else {
            0..0
        };
        let mut x = x0;
        scratch.clear();
        let mut run_start = x0;
        while x < x1 {
            if hole.contains(&x) {
                flush(sink, y, run_start, scratch);
                x = hole.end;
                run_start = x;
                continue;
            }
            if orow.solid.contains(&x) && !inner_touch.contains(&x) {
                flush(sink, y, run_start, scratch);
                let stop = if x < inner_touch.start {
                    inner_touch.start
                } else {
                    x1
                };
                let end = orow.solid.end.min(stop).min(x1);
                sink.span(y, x, end, to_u8(orow.full));
                x = end;
                run_start = x;
                continue;
            }
            let o = if orow.solid.contains(&x) {
                orow.full
            } else {
                outer.pixel(x, y)
            };
            scratch.push(to_u8(o - inner.pixel(x, y)));
            x += 1;
        }
        flush(sink, y, run_start, scratch);
    }
}

fn flush(sink: &mut dyn Sink, y: i32, x: i32, scratch: &mut Vec<u8>) {
    if !scratch.is_empty() {
        sink.mask(y, x, scratch);
        scratch.clear();
    }
}

/// 0..=1 coverage to a byte.
#[inline]
pub(crate) fn to_u8(c: f32) -> u8 {
    (c * 255.0 + 0.5).clamp(0.0, 255.0) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(b: &RoundedBox, w: i32, h: i32) -> f64 {
        (0..h)
            .flat_map(|y| (0..w).map(move |x| (x, y)))
            .map(|(x, y)| f64::from(b.pixel(x, y)))
            .sum()
    }

    #[test]
    fn square_area_is_exact_at_fractional_offsets() {
        let b = RoundedBox::new(Rect::new(1.25, 2.5, 10.0, 6.0), CornerRadii::default()).unwrap();
        assert!((area(&b, 20, 20) - 60.0).abs() < 1e-4);
    }

    #[test]
    fn circle_area_is_pi_r_squared() {
        let b =
            RoundedBox::new(Rect::new(2.3, 2.7, 40.0, 40.0), CornerRadii::uniform(20.0)).unwrap();
        let want = std::f64::consts::PI * 400.0;
        assert!(
            (area(&b, 50, 50) - want).abs() < 1e-3,
            "{}",
            area(&b, 50, 50)
        );
    }

    #[test]
    fn quarter_disc_closed_form_matches_full_quarter() {
        let q = quarter_disc_area(5.0, 5.0, 5.0);
        assert!((q - std::f64::consts::PI * 25.0 / 4.0).abs() < 1e-9);
        assert_eq!(quarter_disc_area(1.0, 2.0, 5.0), 2.0);
    }

    #[test]
    fn row_solid_span_excludes_corners() {
        let b =
            RoundedBox::new(Rect::new(0.0, 0.0, 100.0, 50.0), CornerRadii::uniform(10.0)).unwrap();
        let top = b.row(0);
        assert_eq!(top.solid, 10..90);
        let mid = b.row(25);
        assert_eq!(mid.solid, 0..100);
        assert_eq!(mid.full, 1.0);
    }
}
