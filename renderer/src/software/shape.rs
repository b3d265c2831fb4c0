//! Shapes resolved to device space: an exact axis-aligned rounded box when the transform
//! allows it (the fast path), polygons for the scanline rasterizer otherwise.

use super::coverage::RoundedBox;
use super::draw::{Scratch, TOLERANCE};
use super::flatten::arc_points;
use super::scanline::Rasterizer;
use super::surface::Sink;
use crate::{CornerRadii, FillRule, IRect, Point, Rect, Transform};

/// A shape in device space.
pub(crate) enum Shape {
    /// An axis-aligned rounded box (exact, fast).
    Box(RoundedBox),
    /// Polygons loaded into the scratch rasterizer.
    Polygons(FillRule),
    /// A stroke's outline loaded into the scratch rasterizer: nonzero, summed per pixel
    /// ([`Rasterizer::fill_accumulated`]).
    StrokeOutline,
    /// Nothing to draw.
    Empty,
}

/// Resolve a rounded rectangle under `t`: the exact box when `t` keeps it an axis-aligned
/// rounded box, polygons otherwise.
pub(crate) fn rounded_shape(
    rect: Rect,
    radii: CornerRadii,
    t: &Transform,
    scratch: &mut Scratch,
) -> Shape {
    if rect.is_empty() || !t.is_finite() {
        return Shape::Empty;
    }
    let uniform = (t.xx - t.yy).abs() <= 1e-6 * t.xx.abs().max(1.0);
    if t.is_axis_aligned() && (radii.is_zero() || uniform) {
        let r = Rect::new(
            rect.x * t.xx + t.tx,
            rect.y * t.yy + t.ty,
            rect.width * t.xx,
            rect.height * t.yy,
        );
        let s = t.xx;
        let radii = CornerRadii {
            top_left: radii.top_left * s,
            top_right: radii.top_right * s,
            bottom_right: radii.bottom_right * s,
            bottom_left: radii.bottom_left * s,
        };
        return RoundedBox::new(r, radii).map_or(Shape::Empty, Shape::Box);
    }
    let tol = TOLERANCE / t.max_scale().max(1e-3);
    rounded_polygon(
        rect,
        radii.clamped(rect.width, rect.height),
        tol,
        &mut scratch.poly,
    );
    for p in scratch.poly.iter_mut() {
        *p = t.apply(*p);
    }
    scratch.raster.clear();
    scratch.raster.polygon(&scratch.poly);
    Shape::Polygons(FillRule::NonZero)
}

/// The outline of a rounded rectangle, clockwise on screen.
pub(crate) fn rounded_polygon(r: Rect, radii: CornerRadii, tol: f32, out: &mut Vec<Point>) {
    use std::f32::consts::{FRAC_PI_2, PI};
    out.clear();
    let (x0, y0, x1, y1) = (r.x, r.y, r.right(), r.bottom());
    let corner = |out: &mut Vec<Point>, cx: f32, cy: f32, rad: f32, a0: f32, px: f32, py: f32| {
        if rad > 0.0 {
            arc_points(Point::new(cx, cy), rad, a0, a0 + FRAC_PI_2, tol, out);
        } else {
            out.push(Point::new(px, py));
        }
    };
    corner(
        out,
        x0 + radii.top_left,
        y0 + radii.top_left,
        radii.top_left,
        PI,
        x0,
        y0,
    );
    corner(
        out,
        x1 - radii.top_right,
        y0 + radii.top_right,
        radii.top_right,
        -FRAC_PI_2,
        x1,
        y0,
    );
    corner(
        out,
        x1 - radii.bottom_right,
        y1 - radii.bottom_right,
        radii.bottom_right,
        0.0,
        x1,
        y1,
    );
    corner(
        out,
        x0 + radii.bottom_left,
        y1 - radii.bottom_left,
        radii.bottom_left,
        FRAC_PI_2,
        x0,
        y1,
    );
}

/// Emit a shape's coverage into `sink` within `clip`.
pub(crate) fn emit(
    shape: &Shape,
    clip: IRect,
    raster: &mut Rasterizer,
    cov: &mut Vec<u8>,
    sink: &mut dyn Sink,
) {
    match shape {
        Shape::Box(b) => b.fill(clip, sink, cov),
        Shape::Polygons(rule) => raster.fill(*rule, clip, sink),
        Shape::StrokeOutline => raster.fill_accumulated(clip, sink),
        Shape::Empty => {}
    }
}
