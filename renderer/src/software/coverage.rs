//! Exact anti-aliased coverage of rounded boxes.
//!
//! A pixel's coverage is the area of the pixel inside the shape: straight edges give it
//! directly, and each corner subtracts the part of its square that lies outside its quarter
//! disc, computed in closed form from the integral of the circle. No supersampling, so arcs
//! are as exact as straight edges and only the few pixels an arc crosses pay for the maths.

use std::ops::Range;

use super::surface::Sink;
use crate::{CornerRadii, IRect, Rect};

/// A rounded rectangle prepared for per-row coverage queries.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RoundedBox {
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
    r: CornerRadii,
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
        Some(RoundedBox {
            x0: rect.x,
            y0: rect.y,
            x1: rect.right(),
            y1: rect.bottom(),
            r: radii.clamped(rect.width, rect.height),
        })
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

    /// Horizontal structure of row `y`.
    pub(crate) fn row(&self, y: i32) -> RowSpans {
        let (top, bottom) = (y as f32, y as f32 + 1.0);
        let full = (bottom.min(self.y1) - top.max(self.y0)).clamp(0.0, 1.0);
        // How far the corners eat into this row from each side.
        let left_r = self.corner_extent(top, bottom, self.r.top_left, self.r.bottom_left);
        let right_r = self.corner_extent(top, bottom, self.r.top_right, self.r.bottom_right);
        let touched = self.x0.floor() as i32..self.x1.ceil() as i32;
        let solid_start = (self.x0 + left_r).ceil() as i32;
        let solid_end = (self.x1 - right_r).floor() as i32;
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

    /// The radius that applies on one side of a row (0 when the row misses both corners).
    fn corner_extent(&self, top: f32, bottom: f32, r_top: f32, r_bottom: f32) -> f32 {
        let mut e: f32 = 0.0;
        if r_top > 0.0 && top < self.y0 + r_top {
            e = e.max(r_top);
        }
        if r_bottom > 0.0 && bottom > self.y1 - r_bottom {
            e = e.max(r_bottom);
        }
        e
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
            area -= corner_cutout(ccx - px1, ccx - px0, ccy - py1, ccy - py0, tl);
        }
        let tr = f64::from(r.top_right);
        if tr > 0.0 && px1 > bx1 - tr && py0 < by0 + tr {
            let (ccx, ccy) = (bx1 - tr, by0 + tr);
            area -= corner_cutout(px0 - ccx, px1 - ccx, ccy - py1, ccy - py0, tr);
        }
        let br = f64::from(r.bottom_right);
        if br > 0.0 && px1 > bx1 - br && py1 > by1 - br {
            let (ccx, ccy) = (bx1 - br, by1 - br);
            area -= corner_cutout(px0 - ccx, px1 - ccx, py0 - ccy, py1 - ccy, br);
        }
        let bl = f64::from(r.bottom_left);
        if bl > 0.0 && px0 < bx0 + bl && py1 > by1 - bl {
            let (ccx, ccy) = (bx0 + bl, by1 - bl);
            area -= corner_cutout(ccx - px1, ccx - px0, py0 - ccy, py1 - ccy, bl);
        }
        area.clamp(0.0, 1.0) as f32
    }

    /// Paint the shape's coverage inside `clip`.
    pub(crate) fn fill(&self, clip: IRect, sink: &mut dyn Sink, scratch: &mut Vec<u8>) {
        let b = self.pixel_bounds().intersect(&clip);
        for y in b.y0..b.y1 {
            let row = self.row(y);
            let (x0, x1) = (row.touched.start.max(b.x0), row.touched.end.min(b.x1));
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
