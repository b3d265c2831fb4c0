//! [`Transform`]: 2D affine transforms for [`crate::DrawCmd::PushTransform`].

use serde::{Deserialize, Serialize};

use crate::{Point, Rect};

/// A 2D affine transform: `x' = xx·x + xy·y + tx`, `y' = yx·x + yy·y + ty`.
///
/// ```
/// use arkui_renderer::{Point, Transform};
/// let t = Transform::translate(10.0, 0.0).then(&Transform::scale(2.0, 2.0));
/// assert_eq!(t.apply(Point::new(1.0, 1.0)), Point::new(22.0, 2.0));
/// let back = t.invert().unwrap().apply(Point::new(22.0, 2.0));
/// assert!((back.x - 1.0).abs() < 1e-5 && (back.y - 1.0).abs() < 1e-5);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Transform {
    /// Horizontal scale.
    pub xx: f32,
    /// Vertical shear (how much `x` moves `y`).
    pub yx: f32,
    /// Horizontal shear (how much `y` moves `x`).
    pub xy: f32,
    /// Vertical scale.
    pub yy: f32,
    /// Horizontal translation.
    pub tx: f32,
    /// Vertical translation.
    pub ty: f32,
}

impl Default for Transform {
    fn default() -> Transform {
        Transform::IDENTITY
    }
}

impl Transform {
    /// The transform that changes nothing.
    pub const IDENTITY: Transform = Transform {
        xx: 1.0,
        yx: 0.0,
        xy: 0.0,
        yy: 1.0,
        tx: 0.0,
        ty: 0.0,
    };

    /// A translation.
    pub const fn translate(tx: f32, ty: f32) -> Transform {
        Transform {
            tx,
            ty,
            ..Transform::IDENTITY
        }
    }

    /// A scale about the origin.
    pub const fn scale(sx: f32, sy: f32) -> Transform {
        Transform {
            xx: sx,
            yy: sy,
            ..Transform::IDENTITY
        }
    }

    /// A rotation about the origin by `radians`, clockwise on screen (y points down).
    pub fn rotate(radians: f32) -> Transform {
        let (s, c) = radians.sin_cos();
        Transform {
            xx: c,
            yx: s,
            xy: -s,
            yy: c,
            tx: 0.0,
            ty: 0.0,
        }
    }

    /// A rotation by `radians` about `(cx, cy)`.
    pub fn rotate_about(radians: f32, cx: f32, cy: f32) -> Transform {
        Transform::translate(-cx, -cy)
            .then(&Transform::rotate(radians))
            .then(&Transform::translate(cx, cy))
    }

    /// `self` first, then `next`.
    pub fn then(&self, next: &Transform) -> Transform {
        Transform {
            xx: next.xx * self.xx + next.xy * self.yx,
            yx: next.yx * self.xx + next.yy * self.yx,
            xy: next.xx * self.xy + next.xy * self.yy,
            yy: next.yx * self.xy + next.yy * self.yy,
            tx: next.xx * self.tx + next.xy * self.ty + next.tx,
            ty: next.yx * self.tx + next.yy * self.ty + next.ty,
        }
    }

    /// Map a point.
    #[inline]
    pub fn apply(&self, p: Point) -> Point {
        Point::new(
            self.xx * p.x + self.xy * p.y + self.tx,
            self.yx * p.x + self.yy * p.y + self.ty,
        )
    }

    /// The inverse, or `None` when the transform collapses the plane (or is not finite).
    pub fn invert(&self) -> Option<Transform> {
        let det = f64::from(self.xx) * f64::from(self.yy) - f64::from(self.xy) * f64::from(self.yx);
        if !det.is_finite() || det.abs() < 1e-12 || !self.is_finite() {
            return None;
        }
        let inv = 1.0 / det;
        let (xx, yx, xy, yy) = (
            f64::from(self.yy) * inv,
            -f64::from(self.yx) * inv,
            -f64::from(self.xy) * inv,
            f64::from(self.xx) * inv,
        );
        let (tx, ty) = (f64::from(self.tx), f64::from(self.ty));
        Some(Transform {
            xx: xx as f32,
            yx: yx as f32,
            xy: xy as f32,
            yy: yy as f32,
            tx: (-(xx * tx + xy * ty)) as f32,
            ty: (-(yx * tx + yy * ty)) as f32,
        })
    }

    /// True when every coefficient is finite.
    pub fn is_finite(&self) -> bool {
        [self.xx, self.yx, self.xy, self.yy, self.tx, self.ty]
            .iter()
            .all(|v| v.is_finite())
    }

    /// True for a pure translation.
    pub fn is_translation(&self) -> bool {
        self.xx == 1.0 && self.yy == 1.0 && self.xy == 0.0 && self.yx == 0.0
    }

    /// True when rectangles stay axis-aligned rectangles with the same orientation
    /// (translation and positive scale): the rasterizer's fast paths apply.
    pub fn is_axis_aligned(&self) -> bool {
        self.xy == 0.0 && self.yx == 0.0 && self.xx > 0.0 && self.yy > 0.0 && self.is_finite()
    }

    /// The bounding box of a transformed rectangle.
    pub fn map_rect_bounds(&self, r: Rect) -> Rect {
        let pts = [
            self.apply(Point::new(r.x, r.y)),
            self.apply(Point::new(r.right(), r.y)),
            self.apply(Point::new(r.x, r.bottom())),
            self.apply(Point::new(r.right(), r.bottom())),
        ];
        let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for p in pts {
            x0 = x0.min(p.x);
            y0 = y0.min(p.y);
            x1 = x1.max(p.x);
            y1 = y1.max(p.y);
        }
        Rect::new(x0, y0, x1 - x0, y1 - y0)
    }

    /// How much the transform scales lengths at most (for flattening tolerances and stroke
    /// widths): the larger singular value.
    pub fn max_scale(&self) -> f32 {
        let a = self.xx * self.xx + self.yx * self.yx;
        let b = self.xy * self.xy + self.yy * self.yy;
        let c = self.xx * self.xy + self.yx * self.yy;
        let mid = (a + b) / 2.0;
        let d = (((a - b) / 2.0).powi(2) + c * c).sqrt();
        (mid + d).max(0.0).sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotate_quarter_turn_maps_x_axis_to_y_axis() {
        let p = Transform::rotate(std::f32::consts::FRAC_PI_2).apply(Point::new(1.0, 0.0));
        assert!(p.x.abs() < 1e-6 && (p.y - 1.0).abs() < 1e-6);
    }

    #[test]
    fn singular_transform_has_no_inverse() {
        assert!(Transform::scale(0.0, 1.0).invert().is_none());
        assert!((Transform::scale(3.0, 0.5).max_scale() - 3.0).abs() < 1e-6);
    }
}
