//! Rectangles, rounded rectangles, gradients, borders and box shadows as SDF-quad
//! instances, resolved to device space exactly where the software renderer does so.

use super::instance::{
    F_DASH, F_EXACT, F_INNER, F_REPEAT, F_SIDE, F_TWO_CIRCLE, GRADIENT_SHIFT, Instance, K_BORDER,
    K_FILL, K_SHADOW, SIDE_SHIFT,
};
use super::record::{Recorder, irect_f32};
use crate::border_layout::{dot_centres, fit_dashes};
use crate::{
    BorderSides, BorderStyle, BorderWidths, Brush, Color, CornerRadii, Gradient, GradientKind,
    Point, Rect, Spread, Transform,
};

/// Premultiplied colour as floats.
pub(crate) fn premul(c: Color) -> [f32; 4] {
    let p = c.premultiplied();
    [p.r, p.g, p.b, p.a].map(|v| f32::from(v) / 255.0)
}

/// `[x0, y0, x1, y1]` of a rectangle.
pub(crate) fn edges(r: Rect) -> [f32; 4] {
    [r.x, r.y, r.right(), r.bottom()]
}

pub(crate) fn radii_array(r: CornerRadii) -> [f32; 4] {
    [r.top_left, r.top_right, r.bottom_right, r.bottom_left]
}

fn scale_radii(r: CornerRadii, s: f32) -> CornerRadii {
    CornerRadii {
        top_left: r.top_left * s,
        top_right: r.top_right * s,
        bottom_right: r.bottom_right * s,
        bottom_left: r.bottom_left * s,
    }
}

/// The device -> local mapping of `t` as the shader reads it.
pub(crate) fn inverse_of(t: &Transform) -> Option<([f32; 4], [f32; 4])> {
    let i = t.invert()?;
    Some(([i.xx, i.yx, i.xy, i.yy], [i.tx, i.ty, 0.0, 0.0]))
}

/// Device pixels a local rectangle may touch under `t`, one pixel of margin for the AA.
pub(crate) fn device_quad(t: &Transform, r: Rect) -> [f32; 4] {
    irect_f32(t.map_rect_bounds(r).inflate(1.0).to_irect_covering())
}

/// True when `t` keeps a rounded box an axis-aligned rounded box.
fn keeps_box(t: &Transform, radii: &CornerRadii) -> bool {
    let uniform = (t.xx - t.yy).abs() <= 1e-6 * t.xx.abs().max(1.0);
    t.is_axis_aligned() && (radii.is_zero() || uniform)
}

impl Recorder<'_> {
    /// A rounded box under the current transform with `color`, or `None` when empty.
    pub(crate) fn rounded_box_instance(
        &self,
        rect: Rect,
        radii: CornerRadii,
        color: [f32; 4],
    ) -> Option<Instance> {
        let t = self.transform;
        if rect.is_empty() || !t.is_finite() {
            return None;
        }
        let (inv, inv_t) = inverse_of(&t)?;
        let mut inst = Instance {
            color,
            inv,
            inv_t,
            info: [K_FILL, 0, 0, 0],
            ..Instance::default()
        };
        if keeps_box(&t, &radii) {
            let dev = Rect::new(
                rect.x * t.xx + t.tx,
                rect.y * t.yy + t.ty,
                rect.width * t.xx,
                rect.height * t.yy,
            );
            if dev.is_empty() {
                return None;
            }
            let r = scale_radii(radii, t.xx).clamped(dev.width, dev.height);
            inst.rect = edges(dev);
            inst.radii = radii_array(r);
            inst.quad = irect_f32(dev.to_irect_covering());
            inst.info[0] |= F_EXACT;
        } else {
            inst.rect = edges(rect);
            inst.radii = radii_array(radii.clamped(rect.width, rect.height));
            inst.quad = device_quad(&t, rect);
        }
        Some(inst)
    }

    pub(crate) fn fill(&mut self, rect: Rect, radii: CornerRadii, brush: &Brush) {
        match brush {
            Brush::Solid(c) => {
                if c.a == 0 {
                    return;
                }
                if let Some(inst) = self.rounded_box_instance(rect, radii, premul(*c)) {
                    self.emit(inst, None);
                }
            }
            Brush::Gradient(g) => self.fill_gradient(rect, radii, g),
        }
    }

    pub(crate) fn fill_gradient(&mut self, rect: Rect, radii: CornerRadii, g: &Gradient) {
        let Some(mut inst) = self.rounded_box_instance(rect, radii, [0.0; 4]) else {
            return;
        };
        if !self.set_gradient(&mut inst, g) {
            return;
        }
        self.emit(inst, None);
    }

    /// Point `inst` at `g`'s stops (pushed to the frame); false when `g` draws nothing.
    pub(crate) fn set_gradient(&mut self, inst: &mut Instance, g: &Gradient) -> bool {
        let mut stops: Vec<_> = g.stops.iter().filter(|s| s.offset.is_finite()).collect();
        if stops.is_empty() || self.transform.invert().is_none() {
            return false;
        }
        stops.sort_by(|a, b| a.offset.total_cmp(&b.offset));
        let base = self.frame.stops.len() as u32;
        for s in &stops {
            let c = s.color;
            self.frame
                .stops
                .push([s.offset.clamp(0.0, 1.0), 0.0, 0.0, 0.0]);
            self.frame.stops.push([c.r, c.g, c.b, c.a].map(f32::from));
        }
        let (kind, geometry) = match g.kind {
            GradientKind::Linear { start, end } => (1, [start.x, start.y, end.x, end.y]),
            GradientKind::Radial { center, radius } => (2, [center.x, center.y, radius, 0.0]),
            GradientKind::TwoCircle {
                start,
                start_radius,
                end,
                end_radius,
            } => {
                // Radial with both circles: centres in p0, radii in p1 (gradient fills
                // are never dashed, so p1 is free).
                inst.info[0] |= F_TWO_CIRCLE;
                inst.p1 = [start_radius, end_radius, 0.0, 0.0];
                (2, [start.x, start.y, end.x, end.y])
            }
            GradientKind::Sweep {
                center,
                start_angle,
                end_angle,
            } => (3, [center.x, center.y, start_angle, end_angle]),
        };
        inst.p0 = geometry;
        inst.info[0] |= kind << GRADIENT_SHIFT;
        if g.spread == Spread::Repeat {
            inst.info[0] |= F_REPEAT;
        }
        inst.info[1] = base;
        inst.info[2] = stops.len() as u32;
        true
    }

    pub(crate) fn border(
        &mut self,
        rect: Rect,
        radii: CornerRadii,
        widths: BorderWidths,
        sides: &BorderSides,
    ) {
        let t = self.transform;
        let fix = |v: f32| if v.is_finite() { v.max(0.0) } else { 0.0 };
        if t.is_axis_aligned() && (radii.is_zero() || (t.xx - t.yy).abs() < 1e-6) {
            let dev = Rect::new(
                rect.x * t.xx + t.tx,
                rect.y * t.yy + t.ty,
                rect.width * t.xx,
                rect.height * t.yy,
            );
            if dev.is_empty() {
                return;
            }
            let w = [
                fix(widths.left * t.xx),
                fix(widths.top * t.yy),
                fix(widths.right * t.xx),
                fix(widths.bottom * t.yy),
            ];
            let outer = scale_radii(radii, t.xx).clamped(dev.width, dev.height);
            let inner_rect = Rect::new(
                dev.x + w[0],
                dev.y + w[1],
                dev.width - w[0] - w[2],
                dev.height - w[1] - w[3],
            );
            let Some((inv, inv_t)) = inverse_of(&t) else {
                return;
            };
            let mut base = Instance {
                quad: irect_f32(dev.to_irect_covering()),
                rect: edges(dev),
                radii: radii_array(outer),
                inv,
                inv_t,
                p0: w,
                info: [K_BORDER | F_EXACT, 0, 0, 0],
                ..Instance::default()
            };
            if !inner_rect.is_empty() {
                let ir = outer
                    .shrink(w[0], w[1], w[2], w[3])
                    .clamped(inner_rect.width, inner_rect.height);
                base.inner = edges(inner_rect);
                base.inner_radii = radii_array(ir);
                base.info[0] |= F_INNER;
            }
            let all = [sides.left, sides.top, sides.right, sides.bottom];
            if all.iter().all(|s| *s == sides.left) && sides.left.style == BorderStyle::Solid {
                if sides.left.color.a > 0 {
                    base.color = premul(sides.left.color);
                    self.emit(base, None);
                }
                return;
            }
            for (i, s) in all.iter().enumerate() {
                if w[i] < 1.0 / 256.0 || s.color.a == 0 {
                    continue;
                }
                let color = premul(s.color);
                if s.style == BorderStyle::Dotted {
                    let mut centres = dot_centres(dev, w, i);
                    // Corner dots belong to the horizontal sides so they are drawn once.
                    if i % 2 == 0 && centres.len() >= 2 {
                        centres.pop();
                        centres.remove(0);
                    }
                    let saved = self.transform;
                    self.transform = Transform::IDENTITY;
                    for (cx, cy) in centres {
                        let d = Rect::new(cx - w[i] / 2.0, cy - w[i] / 2.0, w[i], w[i]);
                        if let Some(inst) =
                            self.rounded_box_instance(d, CornerRadii::uniform(w[i] / 2.0), color)
                        {
                            self.emit(inst, None);
                        }
                    }
                    self.transform = saved;
                    continue;
                }
                let mut inst = base;
                inst.color = color;
                inst.info[0] |= F_SIDE | ((i as u32) << SIDE_SHIFT);
                if s.style == BorderStyle::Dashed {
                    let vertical = i % 2 == 0;
                    let (start, len) = if vertical {
                        (dev.y, dev.height)
                    } else {
                        (dev.x, dev.width)
                    };
                    if let Some(d) = fit_dashes(start, len, 3.0 * w[i], 2.0 * w[i]) {
                        inst.info[0] |= F_DASH;
                        inst.p1 = [d.start, d.period, d.on, if vertical { 1.0 } else { 0.0 }];
                    }
                }
                self.emit(inst, None);
            }
            return;
        }
        // Rotated or skewed: the ring in one colour (the top's), as the software renderer.
        if sides.top.color.a == 0 {
            return;
        }
        let outer = radii.clamped(rect.width, rect.height);
        let (l, tp, r, b) = (
            fix(widths.left),
            fix(widths.top),
            fix(widths.right),
            fix(widths.bottom),
        );
        let Some(mut inst) = self.rounded_box_instance(rect, radii, premul(sides.top.color)) else {
            return;
        };
        inst.info[0] = K_BORDER;
        let inner = Rect::new(
            rect.x + l,
            rect.y + tp,
            rect.width - l - r,
            rect.height - tp - b,
        );
        if !inner.is_empty() {
            inst.inner = edges(inner);
            inst.inner_radii = radii_array(outer.shrink(l, tp, r, b));
            inst.info[0] |= F_INNER;
        }
        self.emit(inst, None);
    }

    pub(crate) fn box_shadow(
        &mut self,
        rect: Rect,
        radii: CornerRadii,
        color: Color,
        blur: f32,
        spread: f32,
        offset: Point,
    ) {
        if color.a == 0 {
            return;
        }
        let t = self.transform;
        // Shadows are resolved in device space; a rotation keeps the caster's bounding box.
        let scale = if t.is_axis_aligned() {
            t.xx.min(t.yy)
        } else {
            t.max_scale()
        };
        let dev = t.map_rect_bounds(rect);
        let sp = spread * scale;
        let shape = Rect::new(
            dev.x + offset.x * scale - sp,
            dev.y + offset.y * scale - sp,
            dev.width + 2.0 * sp,
            dev.height + 2.0 * sp,
        );
        if shape.is_empty() {
            return;
        }
        let grow = |r: f32| {
            if r > 0.0 {
                (r * scale + sp).max(0.0)
            } else {
                0.0
            }
        };
        let sradii = CornerRadii {
            top_left: grow(radii.top_left),
            top_right: grow(radii.top_right),
            bottom_right: grow(radii.bottom_right),
            bottom_left: grow(radii.bottom_left),
        }
        .clamped(shape.width, shape.height);
        let sigma = blur * scale * 0.5;
        let sigma = if sigma.is_finite() {
            sigma.clamp(0.0, 512.0)
        } else {
            0.0
        };
        let reach = (3.0 * sigma).ceil() + 1.0;
        let mut inst = Instance {
            quad: irect_f32(shape.inflate(reach).to_irect_covering()),
            rect: edges(shape),
            radii: radii_array(sradii),
            color: premul(color),
            inv: [1.0, 0.0, 0.0, 1.0],
            p0: [sigma, 0.0, 0.0, 0.0],
            info: [K_SHADOW | F_EXACT, 0, 0, 0],
            ..Instance::default()
        };
        if !dev.is_empty() {
            inst.inner = edges(dev);
            inst.inner_radii =
                radii_array(scale_radii(radii, scale).clamped(dev.width, dev.height));
            inst.info[0] |= F_INNER;
        }
        self.emit(inst, None);
    }
}
