//! Anti-aliased coverage of rounded boxes.
//!
//! Straight edges use the exact area of the pixel inside the edge (a box filter). Pixels the
//! corner arcs pass through are supersampled 4x4, which keeps curves within a couple of levels
//! of an exact area computation while touching only the few pixels on the arc.

use std::ops::Range;

use crate::{CornerRadii, Rect};

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

const SS: usize = 4;

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

    /// Rows the shape touches.
    pub(crate) fn rows(&self) -> Range<i32> {
        self.y0.floor() as i32..self.y1.ceil() as i32
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

    /// Coverage of pixel `(x, y)` in 0..=1.
    pub(crate) fn pixel(&self, x: i32, y: i32) -> f32 {
        let (px0, py0) = (x as f32, y as f32);
        let cx = ((px0 + 1.0).min(self.x1) - px0.max(self.x0)).clamp(0.0, 1.0);
        let cy = ((py0 + 1.0).min(self.y1) - py0.max(self.y0)).clamp(0.0, 1.0);
        if cx == 0.0 || cy == 0.0 {
            return 0.0;
        }
        let (mx, my) = (px0 + 0.5, py0 + 0.5);
        match self.corner_at(mx, my, 1.0) {
            None => cx * cy,
            Some((ccx, ccy, r)) => {
                let d = ((mx - ccx).powi(2) + (my - ccy).powi(2)).sqrt() - r;
                if d <= -0.75 {
                    cx * cy
                } else if d >= 0.75 {
                    0.0
                } else {
                    self.supersample(px0, py0)
                }
            }
        }
    }

    /// The corner circle (centre, radius) whose square contains `(x, y)` grown by `slack`.
    fn corner_at(&self, x: f32, y: f32, slack: f32) -> Option<(f32, f32, f32)> {
        let r = &self.r;
        if r.top_left > 0.0 && x < self.x0 + r.top_left + slack && y < self.y0 + r.top_left + slack
        {
            return Some((self.x0 + r.top_left, self.y0 + r.top_left, r.top_left));
        }
        if r.top_right > 0.0
            && x > self.x1 - r.top_right - slack
            && y < self.y0 + r.top_right + slack
        {
            return Some((self.x1 - r.top_right, self.y0 + r.top_right, r.top_right));
        }
        if r.bottom_right > 0.0
            && x > self.x1 - r.bottom_right - slack
            && y > self.y1 - r.bottom_right - slack
        {
            return Some((
                self.x1 - r.bottom_right,
                self.y1 - r.bottom_right,
                r.bottom_right,
            ));
        }
        if r.bottom_left > 0.0
            && x < self.x0 + r.bottom_left + slack
            && y > self.y1 - r.bottom_left - slack
        {
            return Some((
                self.x0 + r.bottom_left,
                self.y1 - r.bottom_left,
                r.bottom_left,
            ));
        }
        None
    }

    fn contains(&self, x: f32, y: f32) -> bool {
        if x < self.x0 || x >= self.x1 || y < self.y0 || y >= self.y1 {
            return false;
        }
        let r = &self.r;
        let inside = |cx: f32, cy: f32, rad: f32| (x - cx).powi(2) + (y - cy).powi(2) <= rad * rad;
        if x < self.x0 + r.top_left && y < self.y0 + r.top_left {
            return inside(self.x0 + r.top_left, self.y0 + r.top_left, r.top_left);
        }
        if x > self.x1 - r.top_right && y < self.y0 + r.top_right {
            return inside(self.x1 - r.top_right, self.y0 + r.top_right, r.top_right);
        }
        if x > self.x1 - r.bottom_right && y > self.y1 - r.bottom_right {
            return inside(
                self.x1 - r.bottom_right,
                self.y1 - r.bottom_right,
                r.bottom_right,
            );
        }
        if x < self.x0 + r.bottom_left && y > self.y1 - r.bottom_left {
            return inside(
                self.x0 + r.bottom_left,
                self.y1 - r.bottom_left,
                r.bottom_left,
            );
        }
        true
    }

    fn supersample(&self, px0: f32, py0: f32) -> f32 {
        let step = 1.0 / SS as f32;
        let mut hits = 0u32;
        for j in 0..SS {
            let y = py0 + (j as f32 + 0.5) * step;
            for i in 0..SS {
                if self.contains(px0 + (i as f32 + 0.5) * step, y) {
                    hits += 1;
                }
            }
        }
        hits as f32 / (SS * SS) as f32
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

    fn area(b: &RoundedBox, w: i32, h: i32) -> f32 {
        (0..h)
            .flat_map(|y| (0..w).map(move |x| (x, y)))
            .map(|(x, y)| b.pixel(x, y))
            .sum()
    }

    #[test]
    fn square_area_is_exact_at_fractional_offsets() {
        let b = RoundedBox::new(Rect::new(1.25, 2.5, 10.0, 6.0), CornerRadii::default()).unwrap();
        assert!((area(&b, 20, 20) - 60.0).abs() < 1e-4);
    }

    #[test]
    fn circle_area_close_to_pi_r_squared() {
        let b =
            RoundedBox::new(Rect::new(2.0, 2.0, 40.0, 40.0), CornerRadii::uniform(20.0)).unwrap();
        let want = std::f32::consts::PI * 400.0;
        assert!(
            (area(&b, 50, 50) - want).abs() / want < 0.005,
            "{}",
            area(&b, 50, 50)
        );
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
