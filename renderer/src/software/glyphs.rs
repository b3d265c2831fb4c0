//! Glyph runs: masks from the font context blended in place, or, under rotation, skew or
//! uneven scale, drawn as small images through the transform.

use super::draw::{Ctx, Scratch, paint_shape};
use super::format::Format;
use super::shader::{ImageShader, Shader};
use super::shape::Shape;
use super::surface::{Painter, Sink, Surface};
use crate::text::GlyphMaskKind;
use crate::{Color, FillRule, GlyphRun, IRect, Point, Rect, Transform};

/// Draw a glyph run.
pub(crate) fn glyphs<F: Format>(s: &mut Surface<'_, F>, ctx: &mut Ctx<'_>, run: &GlyphRun) {
    let t = ctx.transform;
    let c = run.color.premultiplied();
    if c.a == 0 {
        return;
    }
    let uniform = t.is_axis_aligned() && (t.xx - t.yy).abs() <= 1e-6 * t.xx;
    if !(t.is_translation() || uniform) {
        transformed_glyphs(s, ctx, run);
        return;
    }
    // Translation or uniform scale: glyphs rasterized at their device size, in place.
    let scale = if t.is_translation() { 1.0 } else { t.xx };
    let clip = ctx.clips.bounds();
    let mask_clip = ctx.clips.mask();
    let shader = Shader::Solid(c);
    let Scratch { colors, cov, .. } = &mut *ctx.scratch;
    let mut painter = Painter {
        surface: s,
        shader: &shader,
        clip_mask: mask_clip,
        colors,
    };
    for g in &run.glyphs {
        let p = t.apply(Point::new(g.x, g.y));
        let Some((gx, gy, mask)) =
            ctx.fonts
                .glyph_mask(g.font, g.id, run.size * scale, run.weight, p.x, p.y)
        else {
            continue;
        };
        let area =
            IRect::new(gx, gy, gx + mask.width as i32, gy + mask.height as i32).intersect(&clip);
        if area.is_empty() {
            continue;
        }
        let w = mask.width as usize;
        for y in area.y0..area.y1 {
            let my = (y - gy) as usize;
            let (m0, m1) = ((area.x0 - gx) as usize, (area.x1 - gx) as usize);
            match mask.kind {
                GlyphMaskKind::Alpha => {
                    painter.mask(y, area.x0, &mask.data[my * w + m0..my * w + m1])
                }
                GlyphMaskKind::Color => {
                    for mx in m0..m1 {
                        let i = (my * w + mx) * 4;
                        let px = &mask.data[i..i + 4];
                        let mut pc = Color::rgba(px[0], px[1], px[2], px[3]).premultiplied();
                        let x = gx + mx as i32;
                        if let Some(m) = mask_clip {
                            pc = pc.scale(m.at(x, y));
                        }
                        cov.clear();
                        if painter
                            .surface
                            .rect()
                            .intersects(&IRect::new(x, y, x + 1, y + 1))
                        {
                            painter.surface.blend(x, y, pc);
                        }
                    }
                }
            }
        }
    }
}

/// Rotated, skewed or unevenly scaled text: each glyph is rasterized upright at the
/// transform's mean scale, then drawn as a small image through the full transform (bilinear
/// sampling, anti-aliased quad edges).
fn transformed_glyphs<F: Format>(s: &mut Surface<'_, F>, ctx: &mut Ctx<'_>, run: &GlyphRun) {
    let t = ctx.transform;
    let scale = (t.xx * t.yy - t.xy * t.yx).abs().sqrt();
    if !(scale.is_finite() && scale > 1e-3) {
        return;
    }
    let c = run.color.premultiplied();
    for g in &run.glyphs {
        // The mask's top-left pixel, relative to the pen, in the glyph's scaled space.
        let Some((gx, gy, mask)) =
            ctx.fonts
                .glyph_mask(g.font, g.id, run.size * scale, run.weight, 0.0, 0.0)
        else {
            continue;
        };
        if mask.width == 0 || mask.height == 0 {
            continue;
        }
        let pixels: Vec<u8> = match mask.kind {
            GlyphMaskKind::Alpha => mask
                .data
                .iter()
                .flat_map(|&a| {
                    let p = c.scale(a);
                    [p.r, p.g, p.b, p.a]
                })
                .collect(),
            GlyphMaskKind::Color => mask
                .data
                .chunks_exact(4)
                .flat_map(|p| {
                    let q = Color::rgba(p[0], p[1], p[2], p[3]).premultiplied();
                    [q.r, q.g, q.b, q.a]
                })
                .collect(),
        };
        let Some(img) =
            crate::images::ImageData::from_premultiplied_rgba(mask.width, mask.height, pixels)
        else {
            continue;
        };
        // Mask pixels -> the glyph's scaled space -> list space -> device.
        let quad = Rect::new(gx as f32, gy as f32, mask.width as f32, mask.height as f32);
        let to_device = Transform::translate(gx as f32, gy as f32)
            .then(&Transform::scale(1.0 / scale, 1.0 / scale))
            .then(&Transform::translate(g.x, g.y))
            .then(&t);
        let Some(inverse) = to_device.invert() else {
            continue;
        };
        let shader = Shader::Image(ImageShader {
            image: &img,
            inverse,
            filter: crate::ImageFilter::Bilinear,
            opacity: 255,
            wrap: (
                crate::display_list::Edge::Clamp,
                crate::display_list::Edge::Clamp,
            ),
            tint: None,
        });
        let sc = &mut *ctx.scratch;
        sc.poly.clear();
        let local = Transform::scale(1.0 / scale, 1.0 / scale)
            .then(&Transform::translate(g.x, g.y))
            .then(&t);
        for (x, y) in [
            (quad.x, quad.y),
            (quad.right(), quad.y),
            (quad.right(), quad.bottom()),
            (quad.x, quad.bottom()),
        ] {
            sc.poly.push(local.apply(Point::new(x, y)));
        }
        sc.raster.clear();
        sc.raster.polygon(&sc.poly);
        paint_shape(s, ctx, &Shape::Polygons(FillRule::NonZero), &shader);
    }
}
