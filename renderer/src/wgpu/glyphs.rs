//! Glyph runs: masks from the same `FontContext::glyph_mask` as the software renderer,
//! kept in atlas pages and drawn on the same whole pixels; rotated, skewed or unevenly
//! scaled text is drawn as bilinear-sampled quads through the transform, as on the CPU.

use super::frame::TexRef;
use super::instance::{F_EXACT, F_NEAREST, Instance, K_COLOR_GLYPH, K_MASK_GLYPH};
use super::record::Recorder;
use super::shapes::{device_quad, inverse_of, premul};
use super::textures::{ATLAS_SIDE, GlyphKey, GlyphSlot};
use crate::text::GlyphMaskKind;
use crate::{FontKey, GlyphRun, IRect, Point, Rect, Transform};

impl Recorder<'_> {
    pub(crate) fn glyphs(&mut self, run: &GlyphRun) {
        let t = self.transform;
        if run.color.a == 0 {
            return;
        }
        let color = premul(run.color);
        let uniform = t.is_axis_aligned() && (t.xx - t.yy).abs() <= 1e-6 * t.xx;
        if !(t.is_translation() || uniform) {
            self.transformed_glyphs(run, color);
            return;
        }
        let scale = if t.is_translation() { 1.0 } else { t.xx };
        let clip = self.clip.bounds;
        for g in &run.glyphs {
            let p = t.apply(Point::new(g.x, g.y));
            let Some((slot, gx, gy)) =
                self.glyph_slot(g.font, g.id, run.size * scale, run.weight, p.x, p.y)
            else {
                continue;
            };
            let area = IRect::new(gx, gy, gx + slot.width as i32, gy + slot.height as i32);
            if !area.intersects(&clip) {
                continue;
            }
            let r = [gx as f32, gy as f32, area.x1 as f32, area.y1 as f32];
            let inst = Instance {
                quad: r,
                rect: r,
                color,
                inv: [1.0, 0.0, 0.0, 1.0],
                p0: [
                    1.0,
                    1.0,
                    slot.x as f32 - gx as f32,
                    slot.y as f32 - gy as f32,
                ],
                info: [kind(&slot) | F_EXACT | F_NEAREST, 0, 0, 0],
                ..Instance::default()
            };
            self.emit(inst, Some(tex(&slot)));
        }
    }

    /// Each glyph rasterized upright at the transform's mean scale, then drawn through the
    /// full transform with bilinear sampling and anti-aliased quad edges.
    fn transformed_glyphs(&mut self, run: &GlyphRun, color: [f32; 4]) {
        let t = self.transform;
        let scale = (t.xx * t.yy - t.xy * t.yx).abs().sqrt();
        if !(scale.is_finite() && scale > 1e-3) {
            return;
        }
        for g in &run.glyphs {
            let Some((slot, gx, gy)) =
                self.glyph_slot(g.font, g.id, run.size * scale, run.weight, 0.0, 0.0)
            else {
                continue;
            };
            let quad = Rect::new(gx as f32, gy as f32, slot.width as f32, slot.height as f32);
            let local = Transform::scale(1.0 / scale, 1.0 / scale)
                .then(&Transform::translate(g.x, g.y))
                .then(&t);
            let Some((inv, inv_t)) = inverse_of(&local) else {
                continue;
            };
            let inst = Instance {
                quad: device_quad(&local, quad),
                rect: [quad.x, quad.y, quad.right(), quad.bottom()],
                color,
                inv,
                inv_t,
                p0: [
                    1.0,
                    1.0,
                    slot.x as f32 - gx as f32,
                    slot.y as f32 - gy as f32,
                ],
                info: [kind(&slot), 0, 0, 0],
                ..Instance::default()
            };
            self.emit(inst, Some(tex(&slot)));
        }
    }

    /// The atlas slot of a glyph at pen position `(x, y)`, rasterizing and uploading it on
    /// first use, and the device pixel of its top-left.
    fn glyph_slot(
        &mut self,
        font: FontKey,
        id: u16,
        size: f32,
        weight: u16,
        x: f32,
        y: f32,
    ) -> Option<(GlyphSlot, i32, i32)> {
        if !(x.abs() < 1.0e7 && y.abs() < 1.0e7) {
            return None;
        }
        let (ix, bx) = cosmic_text::SubpixelBin::new(x);
        let (iy, by) = cosmic_text::SubpixelBin::new(y);
        let key = GlyphKey {
            font: font.0,
            id,
            size_bits: size.to_bits(),
            weight,
            bins: (bx as u8, by as u8),
        };
        if let Some(slot) = self.up.atlas.map.get(&key) {
            return slot.map(|s| (s, ix + s.dx, iy + s.dy));
        }
        let slot = self.rasterize(font, id, size, weight, x, y, ix, iy);
        self.up.atlas.map.insert(key, slot);
        slot.map(|s| (s, ix + s.dx, iy + s.dy))
    }

    #[expect(
        clippy::too_many_arguments,
        reason = "one glyph's identity and placement"
    )]
    fn rasterize(
        &mut self,
        font: FontKey,
        id: u16,
        size: f32,
        weight: u16,
        x: f32,
        y: f32,
        ix: i32,
        iy: i32,
    ) -> Option<GlyphSlot> {
        let (gx, gy, mask) = self.fonts.glyph_mask(font, id, size, weight, x, y)?;
        let (w, h) = (mask.width, mask.height);
        if w == 0 || h == 0 || w + 2 > ATLAS_SIDE || h + 2 > ATLAS_SIDE {
            return None;
        }
        let color = mask.kind == GlyphMaskKind::Color;
        let bpp = if color { 4 } else { 1 };
        let up = &mut self.up;
        let (page, ax, ay) = up
            .atlas
            .alloc(up.device, up.texture_layout, color, w + 2, h + 2)?;
        // The glyph with a one-texel margin repeating its edge texels, so bilinear sampling
        // of rotated text clamps at the glyph's edge as the CPU's image sampling does.
        let (pw, ph) = (w as usize + 2, h as usize + 2);
        let mut padded = vec![0u8; pw * ph * bpp];
        for py in 0..ph {
            let sy = py.saturating_sub(1).min(h as usize - 1);
            for px in 0..pw {
                let sx = px.saturating_sub(1).min(w as usize - 1);
                let src = (sy * w as usize + sx) * bpp;
                let dst = (py * pw + px) * bpp;
                padded[dst..dst + bpp].copy_from_slice(&mask.data[src..src + bpp]);
            }
        }
        let pages = if color {
            &up.atlas.color
        } else {
            &up.atlas.alpha
        };
        let (texture, _) = pages.get(page as usize)?;
        texture.write(up.queue, (ax, ay), (w + 2, h + 2), bpp as u32, &padded);
        Some(GlyphSlot {
            color,
            page,
            x: ax + 1,
            y: ay + 1,
            width: w,
            height: h,
            dx: gx - ix,
            dy: gy - iy,
        })
    }
}

fn kind(slot: &GlyphSlot) -> u32 {
    if slot.color {
        K_COLOR_GLYPH
    } else {
        K_MASK_GLYPH
    }
}

fn tex(slot: &GlyphSlot) -> TexRef {
    if slot.color {
        TexRef::ColorGlyphs(slot.page)
    } else {
        TexRef::AlphaGlyphs(slot.page)
    }
}
