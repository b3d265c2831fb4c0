//! Box shadows: a rounded box blurred by a true Gaussian, at bounded cost.
//!
//! The shape's exact coverage is blurred by a separable Gaussian. For a small sigma that
//! happens at full resolution; for a large one the coverage is computed exactly on a grid
//! `sigma / 3` pixels wide, blurred there with sigma 3 and read back bilinearly. Since a
//! blurred edge is smooth the interpolation error stays far below one 8-bit level, and the
//! cost is proportional to the shadow's area whatever the blur radius.

use super::coverage::{RoundedBox, to_u8};
use super::shader::floor_i32;
use super::surface::Sink;
use crate::{CornerRadii, IRect, Rect};

/// Largest sigma computed at full resolution.
const FULL_RES_SIGMA: f32 = 3.0;
/// Widest strip of output columns blurred at once.
const TILE_COLUMNS: u32 = 64;
/// Buffer cells beyond which a shadow is skipped rather than allocating without bound.
const MAX_CELLS: usize = 1 << 24;

/// Scratch buffers kept between shadows.
#[derive(Debug, Default)]
pub(crate) struct ShadowScratch {
    cov: Vec<f32>,
    tmp: Vec<f32>,
    kernel: Vec<f32>,
    row: Vec<u8>,
}

/// Paint the shadow of `shape` (already offset and spread, device pixels) blurred by `sigma`,
/// leaving out the caster `exclude` (CSS draws box shadows outside the box only).
pub(crate) fn box_shadow(
    shape: Rect,
    radii: CornerRadii,
    sigma: f32,
    exclude: Option<&RoundedBox>,
    clip: IRect,
    sink: &mut dyn Sink,
    s: &mut ShadowScratch,
) {
    let sigma = if sigma.is_finite() {
        sigma.clamp(0.0, 512.0)
    } else {
        0.0
    };
    let reach = (3.0 * sigma).ceil() + 1.0;
    let out = shape.inflate(reach).to_irect_covering().intersect(&clip);
    if out.is_empty() || shape.is_empty() {
        return;
    }
    if out.width() > TILE_COLUMNS {
        // Column tiles keep the blur buffers small (line-by-line targets have little RAM);
        // each tile recomputes only its kernel margin.
        let mut x = out.x0;
        while x < out.x1 {
            let tile = IRect::new(x, out.y0, (x + TILE_COLUMNS as i32).min(out.x1), out.y1);
            box_shadow(shape, radii, sigma, exclude, tile, sink, s);
            x = tile.x1;
        }
        return;
    }
    let f = if sigma <= FULL_RES_SIGMA {
        1.0
    } else {
        sigma / FULL_RES_SIGMA
    };
    let low_sigma = sigma / f;
    let k = (3.0 * low_sigma).ceil() as i32;
    let low_shape = Rect::new(shape.x / f, shape.y / f, shape.width / f, shape.height / f);
    let low_radii = CornerRadii {
        top_left: radii.top_left / f,
        top_right: radii.top_right / f,
        bottom_right: radii.bottom_right / f,
        bottom_left: radii.bottom_left / f,
    };
    let Some(low_box) = RoundedBox::new(low_shape, low_radii) else {
        return;
    };
    // Low-resolution cells needed: those under the output, one more for interpolation,
    // and the kernel's reach for the blur.
    let bx0 = (out.x0 as f32 / f).floor() as i32 - 1;
    let by0 = (out.y0 as f32 / f).floor() as i32 - 1;
    let bx1 = (out.x1 as f32 / f).ceil() as i32 + 1;
    let by1 = (out.y1 as f32 / f).ceil() as i32 + 1;
    let (ix0, iy0, ix1, iy1) = (bx0 - k, by0 - k, bx1 + k, by1 + k);
    let (iw, ih) = ((ix1 - ix0) as usize, (iy1 - iy0) as usize);
    let (bw, bh) = ((bx1 - bx0) as usize, (by1 - by0) as usize);
    if iw * ih > MAX_CELLS {
        log::warn!("box shadow of {iw}x{ih} cells skipped: over the renderer's bound");
        return;
    }
    s.kernel.clear();
    if k == 0 {
        s.kernel.push(1.0);
    } else {
        let two_s2 = 2.0 * low_sigma * low_sigma;
        s.kernel
            .extend((-k..=k).map(|d| (-((d * d) as f32) / two_s2).exp()));
        let sum: f32 = s.kernel.iter().sum();
        s.kernel.iter_mut().for_each(|w| *w /= sum);
    }
    s.cov.clear();
    s.cov.resize(iw * ih, 0.0);
    let shape_px = low_box.pixel_bounds();
    for y in iy0.max(shape_px.y0)..iy1.min(shape_px.y1) {
        let row = (y - iy0) as usize * iw;
        let spans = low_box.row(y);
        for x in ix0.max(shape_px.x0)..ix1.min(shape_px.x1) {
            s.cov[row + (x - ix0) as usize] = if spans.solid.contains(&x) {
                spans.full
            } else {
                low_box.pixel(x, y)
            };
        }
    }
    // Both passes are written as one multiply-add over a whole row per kernel tap, which
    // the compiler vectorises (a per-pixel window sum, especially down columns, does not).
    // Horizontal pass: all rows, the columns of the blurred box.
    s.tmp.clear();
    s.tmp.resize(ih * bw, 0.0);
    for y in 0..ih {
        let src = &s.cov[y * iw..(y + 1) * iw];
        let dst = &mut s.tmp[y * bw..(y + 1) * bw];
        for (t, w) in s.kernel.iter().enumerate() {
            for (d, a) in dst.iter_mut().zip(&src[t..t + bw]) {
                *d += a * w;
            }
        }
    }
    // Vertical pass into `cov`, reused as a bw x bh buffer.
    s.cov.clear();
    s.cov.resize(bw * bh, 0.0);
    for y in 0..bh {
        let dst = &mut s.cov[y * bw..(y + 1) * bw];
        for (t, w) in s.kernel.iter().enumerate() {
            let src = &s.tmp[(y + t) * bw..(y + t + 1) * bw];
            for (d, a) in dst.iter_mut().zip(src) {
                *d += a * w;
            }
        }
    }
    let at = |x: i32, y: i32, cov: &[f32]| -> f32 {
        let (cx, cy) = (
            (x - bx0).clamp(0, bw as i32 - 1),
            (y - by0).clamp(0, bh as i32 - 1),
        );
        cov[cy as usize * bw + cx as usize]
    };
    for y in out.y0..out.y1 {
        s.row.clear();
        let v = (y as f32 + 0.5) / f - 0.5;
        let vy = floor_i32(v);
        let fy = v - vy as f32;
        // The caster hides the shadow: skip its solid interior, compute only its edges.
        let ex = exclude.map(|e| (e, e.row(y)));
        for x in out.x0..out.x1 {
            let mut keep = 1.0;
            if let Some((e, r)) = &ex
                && r.full > 0.0
                && r.touched.contains(&x)
            {
                keep = if r.solid.contains(&x) {
                    1.0 - r.full
                } else {
                    1.0 - e.pixel(x, y)
                };
                if keep <= 0.0 {
                    s.row.push(0);
                    continue;
                }
            }
            let c = if f == 1.0 {
                at(x, y, &s.cov)
            } else {
                let u = (x as f32 + 0.5) / f - 0.5;
                let ux = floor_i32(u);
                let fx = u - ux as f32;
                let top = at(ux, vy, &s.cov) * (1.0 - fx) + at(ux + 1, vy, &s.cov) * fx;
                let bottom = at(ux, vy + 1, &s.cov) * (1.0 - fx) + at(ux + 1, vy + 1, &s.cov) * fx;
                top * (1.0 - fy) + bottom * fy
            };
            s.row.push(to_u8(c * keep));
        }
        sink.mask(y, out.x0, &s.row);
    }
}
