//! [`Shader`]: the colour of each pixel a shape covers — solid, gradient or image.

use crate::images::ImageData;
use crate::{
    Color, Gradient, GradientKind, GradientStop, ImageFilter, PremulColor, Spread, Transform,
};

/// A brush prepared for one draw call, in device space.
pub(crate) enum Shader<'a> {
    Solid(PremulColor),
    Gradient(GradientShader),
    Image(ImageShader<'a>),
}

impl Shader<'_> {
    /// Colours of pixels `x0..x0 + out.len()` of row `y`.
    pub(crate) fn shade_row(&self, y: i32, x0: i32, out: &mut [PremulColor]) {
        match self {
            Shader::Solid(c) => out.fill(*c),
            Shader::Gradient(g) => g.shade_row(y, x0, out),
            Shader::Image(i) => i.shade_row(y, x0, out),
        }
    }
}

/// The offset of a pixel where a two-circle gradient paints nothing.
const NOTHING: f32 = f32::NEG_INFINITY;

/// A gradient with its stops sorted and its geometry mapped back from device pixels.
pub(crate) struct GradientShader {
    kind: GradientKind,
    stops: Vec<(f32, [f32; 4])>,
    spread: Spread,
    /// Device → gradient space.
    inverse: Transform,
}

impl GradientShader {
    /// `None` when the gradient cannot be drawn (no stops, collapsed transform).
    pub(crate) fn new(g: &Gradient, to_device: &Transform) -> Option<GradientShader> {
        let inverse = to_device.invert()?;
        let mut stops: Vec<GradientStop> = g
            .stops
            .iter()
            .filter(|s| s.offset.is_finite())
            .copied()
            .collect();
        if stops.is_empty() {
            return None;
        }
        stops.sort_by(|a, b| a.offset.total_cmp(&b.offset));
        let rgba = |c: Color| [c.r, c.g, c.b, c.a].map(f32::from);
        Some(GradientShader {
            kind: g.kind,
            stops: stops
                .iter()
                .map(|s| (s.offset.clamp(0.0, 1.0), rgba(s.color)))
                .collect(),
            spread: g.spread,
            inverse,
        })
    }

    fn t_at(&self, x: f32, y: f32) -> f32 {
        let p = self.inverse.apply(crate::Point::new(x, y));
        match self.kind {
            GradientKind::Linear { start, end } => {
                let (dx, dy) = (end.x - start.x, end.y - start.y);
                let len2 = dx * dx + dy * dy;
                if len2 <= f32::EPSILON {
                    return 0.0;
                }
                ((p.x - start.x) * dx + (p.y - start.y) * dy) / len2
            }
            GradientKind::Radial { center, radius } => {
                if radius <= f32::EPSILON {
                    return 1.0;
                }
                ((p.x - center.x).powi(2) + (p.y - center.y).powi(2)).sqrt() / radius
            }
            GradientKind::TwoCircle {
                start,
                start_radius,
                end,
                end_radius,
            } => GradientKind::two_circle_t(p, start, start_radius, end, end_radius)
                .unwrap_or(NOTHING),
            GradientKind::Sweep {
                center,
                start_angle,
                end_angle,
            } => {
                let mut a = (p.y - center.y).atan2(p.x - center.x).to_degrees();
                if a < 0.0 {
                    a += 360.0;
                }
                let span = end_angle - start_angle;
                if span.abs() <= f32::EPSILON {
                    return 0.0;
                }
                if span.abs() >= 360.0 - 1e-3 {
                    // A full turn starts wherever `start_angle` points (a canvas conic
                    // gradient, a sweep from -90°): angles are measured from it.
                    return (a - start_angle).rem_euclid(360.0) * span.signum() / span.abs()
                        + if span < 0.0 { 1.0 } else { 0.0 };
                }
                (a - start_angle) / span
            }
        }
    }

    fn color_at(&self, t: f32) -> PremulColor {
        if t == NOTHING {
            return PremulColor::default();
        }
        let t = if !t.is_finite() {
            0.0
        } else {
            match self.spread {
                Spread::Pad => t.clamp(0.0, 1.0),
                Spread::Repeat => t - t.floor(),
            }
        };
        let stops = &self.stops;
        let c = if t <= stops[0].0 {
            stops[0].1
        } else if t >= stops[stops.len() - 1].0 {
            stops[stops.len() - 1].1
        } else {
            let i = stops
                .iter()
                .position(|s| s.0 > t)
                .unwrap_or(stops.len() - 1);
            let (a, b) = (stops[i - 1], stops[i]);
            let f = if b.0 > a.0 {
                (t - a.0) / (b.0 - a.0)
            } else {
                1.0
            };
            std::array::from_fn(|k| a.1[k] + (b.1[k] - a.1[k]) * f)
        };
        // Interpolated with straight alpha, premultiplied afterwards (as CSS and Skia do).
        let a = c[3] / 255.0;
        let q = |v: f32| (v * a + 0.5).clamp(0.0, 255.0) as u8;
        PremulColor {
            r: q(c[0]),
            g: q(c[1]),
            b: q(c[2]),
            a: (c[3] + 0.5).clamp(0.0, 255.0) as u8,
        }
    }

    fn shade_row(&self, y: i32, x0: i32, out: &mut [PremulColor]) {
        let py = y as f32 + 0.5;
        for (i, o) in out.iter_mut().enumerate() {
            *o = self.color_at(self.t_at((x0 + i as i32) as f32 + 0.5, py));
        }
    }
}

/// An image mapped into device space.
pub(crate) struct ImageShader<'a> {
    pub(crate) image: &'a ImageData,
    /// Device → image pixel coordinates.
    pub(crate) inverse: Transform,
    pub(crate) filter: ImageFilter,
    pub(crate) opacity: u8,
    /// What the image shows past its edges along x and y.
    pub(crate) wrap: (crate::display_list::Edge, crate::display_list::Edge),
    /// Draw the image as a mask in this colour (its alpha only).
    pub(crate) tint: Option<PremulColor>,
}

impl ImageShader<'_> {
    fn texel(&self, x: i32, y: i32) -> [u32; 4] {
        let w = self.image.width() as i32;
        let h = self.image.height() as i32;
        let (x, y) = (self.wrap.0.texel(x, w), self.wrap.1.texel(y, h));
        let i = (y as usize * w as usize + x as usize) * 4;
        let p = &self.image.pixels()[i..i + 4];
        [p[0], p[1], p[2], p[3]].map(u32::from)
    }

    fn sample(&self, u: f32, v: f32) -> PremulColor {
        let c = match self.filter {
            ImageFilter::Nearest => self.texel(floor_i32(u), floor_i32(v)),
            ImageFilter::Bilinear => {
                let (u, v) = (u - 0.5, v - 0.5);
                let (x, y) = (floor_i32(u), floor_i32(v));
                let (fx, fy) = (u - x as f32, v - y as f32);
                // 8-bit weights keep the arithmetic in integers; error stays under one level.
                let wx = (fx * 256.0 + 0.5) as u32;
                let wy = (fy * 256.0 + 0.5) as u32;
                let (w, h) = (self.image.width() as i32, self.image.height() as i32);
                let ((a, b), (c, d)) = if x >= 0 && y >= 0 && x + 1 < w && y + 1 < h {
                    // Inside the image: one index, no clamping.
                    let px = self.image.pixels();
                    let i = (y as usize * w as usize + x as usize) * 4;
                    let j = i + w as usize * 4;
                    let q = |k: usize| [px[k], px[k + 1], px[k + 2], px[k + 3]].map(u32::from);
                    ((q(i), q(i + 4)), (q(j), q(j + 4)))
                } else {
                    (
                        (self.texel(x, y), self.texel(x + 1, y)),
                        (self.texel(x, y + 1), self.texel(x + 1, y + 1)),
                    )
                };
                std::array::from_fn(|k| {
                    let top = a[k] * (256 - wx) + b[k] * wx;
                    let bottom = c[k] * (256 - wx) + d[k] * wx;
                    (top * (256 - wy) + bottom * wy + (1 << 15)) >> 16
                })
            }
        };
        let px = match self.tint {
            Some(tint) => tint.scale(c[3] as u8),
            None => PremulColor {
                r: c[0] as u8,
                g: c[1] as u8,
                b: c[2] as u8,
                a: c[3] as u8,
            },
        };
        if self.opacity == 255 {
            px
        } else {
            px.scale(self.opacity)
        }
    }

    fn shade_row(&self, y: i32, x0: i32, out: &mut [PremulColor]) {
        if self.image.width() == 0 || self.image.height() == 0 {
            out.fill(PremulColor::default());
            return;
        }
        // Affine: image coordinates advance by a constant step per pixel.
        let p = self
            .inverse
            .apply(crate::Point::new(x0 as f32 + 0.5, y as f32 + 0.5));
        let (du, dv) = (self.inverse.xx, self.inverse.yx);
        for (i, o) in out.iter_mut().enumerate() {
            let k = i as f32;
            *o = self.sample(p.x + du * k, p.y + dv * k);
        }
    }
}

/// `v.floor() as i32` without a libm call (x86-64's baseline has no rounding instruction);
/// saturates like `as` for values beyond `i32`.
#[inline]
pub(crate) fn floor_i32(v: f32) -> i32 {
    let t = v as i32;
    if (t as f32) > v { t - 1 } else { t }
}
