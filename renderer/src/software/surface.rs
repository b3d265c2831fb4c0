//! [`Surface`]: rows of pixels the rasterizer writes, and [`Painter`], the sink every shape
//! hands its coverage to (it applies the clip mask, the brush and source-over blending).

use std::marker::PhantomData;

use super::clip::Mask;
use super::format::Format;
use super::shader::Shader;
use crate::color::mul_div255;
use crate::{IRect, PremulColor};

/// Pixel memory covering the device rectangle `rect`, one format, any stride.
pub(crate) struct Surface<'a, F: Format> {
    data: &'a mut [u8],
    stride: usize,
    rect: IRect,
    _format: PhantomData<F>,
}

impl<'a, F: Format> Surface<'a, F> {
    /// `data` holds `rect.height()` rows of `stride` bytes, row 0 being device row `rect.y0`.
    pub(crate) fn new(data: &'a mut [u8], stride: usize, rect: IRect) -> Surface<'a, F> {
        Surface {
            data,
            stride,
            rect,
            _format: PhantomData,
        }
    }

    /// The device pixels this surface holds.
    pub(crate) fn rect(&self) -> IRect {
        self.rect
    }

    #[inline]
    fn offset(&self, x: i32, y: i32) -> usize {
        (y - self.rect.y0) as usize * self.stride + (x - self.rect.x0) as usize * F::BPP
    }

    /// Blend `c` over pixels `x0..x1` of row `y` (stores directly when `c` is opaque).
    #[inline]
    pub(crate) fn span(&mut self, y: i32, x0: i32, x1: i32, c: PremulColor) {
        if x1 <= x0 || c.a == 0 && c.r == 0 && c.g == 0 && c.b == 0 {
            return;
        }
        let at = self.offset(x0, y);
        let px = &mut self.data[at..at + (x1 - x0) as usize * F::BPP];
        if c.a == 255 && !F::DITHERS {
            // Encode once, then copy: the common case of opaque fills. Doubling copies run at
            // memcpy speed where a per-pixel loop would not.
            F::store(&mut px[..F::BPP], c, x0, y);
            let mut filled = F::BPP;
            while filled < px.len() {
                let n = filled.min(px.len() - filled);
                px.copy_within(..n, filled);
                filled += n;
            }
        } else if c.a == 255 {
            for (i, p) in px.chunks_exact_mut(F::BPP).enumerate() {
                F::store(p, c, x0 + i as i32, y);
            }
        } else {
            for (i, p) in px.chunks_exact_mut(F::BPP).enumerate() {
                F::blend(p, c, x0 + i as i32, y);
            }
        }
    }

    /// Pixels `x0..x0 + n` of row `y` (inside the surface).
    #[inline]
    fn row_mut(&mut self, y: i32, x0: i32, n: usize) -> &mut [u8] {
        let at = self.offset(x0, y);
        &mut self.data[at..at + n * F::BPP]
    }

    /// Blend one pixel.
    #[inline]
    pub(crate) fn blend(&mut self, x: i32, y: i32, c: PremulColor) {
        let at = self.offset(x, y);
        F::blend(&mut self.data[at..at + F::BPP], c, x, y);
    }

    /// Read one pixel.
    #[inline]
    pub(crate) fn load(&self, x: i32, y: i32) -> PremulColor {
        let at = self.offset(x, y);
        F::load(&self.data[at..at + F::BPP])
    }

    /// Overwrite one pixel.
    #[inline]
    pub(crate) fn store(&mut self, x: i32, y: i32, c: PremulColor) {
        let at = self.offset(x, y);
        F::store(&mut self.data[at..at + F::BPP], c, x, y);
    }
}

/// Receives a shape's coverage row by row. Callers stay inside the clip bounds they were given.
pub(crate) trait Sink {
    /// Pixels `x0..x1` of row `y`, all covered by `cov` (0..=255).
    fn span(&mut self, y: i32, x0: i32, x1: i32, cov: u8);
    /// Pixels from `x0` on row `y`, one coverage byte each.
    fn mask(&mut self, y: i32, x0: i32, cov: &[u8]);
}

/// A [`Sink`] that paints: coverage × clip mask × brush, blended into a surface.
pub(crate) struct Painter<'p, 'a, F: Format> {
    pub(crate) surface: &'p mut Surface<'a, F>,
    pub(crate) shader: &'p Shader<'p>,
    pub(crate) clip_mask: Option<&'p Mask>,
    pub(crate) colors: &'p mut Vec<PremulColor>,
}

impl<F: Format> Painter<'_, '_, F> {
    fn paint_run(&mut self, y: i32, x0: i32, cov: &[u8]) {
        let n = cov.len();
        if n == 0 {
            return;
        }
        let solid = match self.shader {
            Shader::Solid(c) => Some(*c),
            _ => None,
        };
        if solid.is_none() {
            self.colors.resize(n, PremulColor::default());
            self.shader.shade_row(y, x0, &mut self.colors[..n]);
        }
        let mask = self.clip_mask;
        let colors = &self.colors;
        let row = self.surface.row_mut(y, x0, n);
        for (i, (&c0, px)) in cov.iter().zip(row.chunks_exact_mut(F::BPP)).enumerate() {
            let x = x0 + i as i32;
            let c = match mask {
                Some(m) => mul_div255(c0, m.at(x, y)),
                None => c0,
            };
            if c == 0 {
                continue;
            }
            let color = solid.unwrap_or_else(|| colors[i]);
            F::blend(px, if c == 255 { color } else { color.scale(c) }, x, y);
        }
    }
}

impl<F: Format> Sink for Painter<'_, '_, F> {
    fn span(&mut self, y: i32, x0: i32, x1: i32, cov: u8) {
        // Shapes stay inside the clip, but a malformed list (unbalanced clip pops inside a
        // layer) must not write outside the surface.
        let r = self.surface.rect();
        let (x0, x1) = (x0.max(r.x0), x1.min(r.x1));
        if x1 <= x0 || cov == 0 || y < r.y0 || y >= r.y1 {
            return;
        }
        if self.clip_mask.is_none()
            && let Shader::Solid(c) = self.shader
        {
            let c = if cov == 255 { *c } else { c.scale(cov) };
            self.surface.span(y, x0, x1, c);
            return;
        }
        // Uniform coverage but a varying brush or mask: go pixel by pixel in chunks.
        let chunk = [cov; 256];
        let mut x = x0;
        while x < x1 {
            let n = ((x1 - x) as usize).min(chunk.len());
            self.paint_run(y, x, &chunk[..n]);
            x += n as i32;
        }
    }

    fn mask(&mut self, y: i32, x0: i32, cov: &[u8]) {
        let r = self.surface.rect();
        if y < r.y0 || y >= r.y1 {
            return;
        }
        let skip = (r.x0 - x0).clamp(0, cov.len() as i32) as usize;
        let end = ((r.x1 - x0).max(0) as usize).min(cov.len());
        if skip < end {
            self.paint_run(y, x0 + skip as i32, &cov[skip..end]);
        }
    }
}

/// Read-only RGBA8 pixels over a device rectangle (a layer being composited).
pub(crate) struct ReadSurface<'a> {
    data: &'a [u8],
    stride: usize,
    rect: IRect,
}

impl<F: Format> Surface<'_, F> {
    /// A read-only view of premultiplied RGBA8 bytes.
    pub(crate) fn new_readonly(data: &[u8], stride: usize, rect: IRect) -> ReadSurface<'_> {
        ReadSurface { data, stride, rect }
    }
}

impl ReadSurface<'_> {
    /// One pixel.
    #[inline]
    pub(crate) fn load(&self, x: i32, y: i32) -> PremulColor {
        let at = (y - self.rect.y0) as usize * self.stride + (x - self.rect.x0) as usize * 4;
        let p = &self.data[at..at + 4];
        PremulColor {
            r: p[0],
            g: p[1],
            b: p[2],
            a: p[3],
        }
    }
}
