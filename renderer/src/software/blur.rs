//! Drop shadows of composite layers: the layer's alpha, blurred by a Gaussian, shifted and
//! tinted (the canvas' `shadowBlur`, sigma = blur / 2).

use crate::{Color, IRect};

/// Weights of a normalised Gaussian of `sigma` over `-r..=r`.
fn kernel(sigma: f32) -> Vec<f32> {
    let r = (sigma * 3.0).ceil().max(0.0) as usize;
    let two_s2 = 2.0 * sigma * sigma;
    let mut k: Vec<f32> = (0..=2 * r)
        .map(|i| {
            let d = i as f32 - r as f32;
            (-d * d / two_s2).exp()
        })
        .collect();
    let sum: f32 = k.iter().sum();
    for w in &mut k {
        *w /= sum;
    }
    k
}

/// One pass of a separable blur over `w`×`h` values: along rows (`step` 1) or columns.
fn blur_pass(src: &[f32], dst: &mut [f32], w: usize, h: usize, k: &[f32], horizontal: bool) {
    let r = k.len() / 2;
    let (outer, inner) = if horizontal { (h, w) } else { (w, h) };
    let at = |o: usize, i: usize| if horizontal { o * w + i } else { i * w + o };
    for o in 0..outer {
        for i in 0..inner {
            let lo = i.saturating_sub(r);
            let hi = (i + r).min(inner - 1);
            let mut acc = 0.0;
            for j in lo..=hi {
                acc += src[at(o, j)] * k[j + r - i];
            }
            dst[at(o, i)] = acc;
        }
    }
}

/// The box `(x0, y0, x1, y1)` (exclusive ends) of the pixels with any alpha in a `w`×`h`
/// RGBA buffer, or `None` when it is empty.
fn content_box(buf: &[u8], w: usize, h: usize) -> Option<(usize, usize, usize, usize)> {
    let (mut x0, mut y0, mut x1, mut y1) = (usize::MAX, usize::MAX, 0usize, 0usize);
    for (y, row) in buf.chunks_exact(w * 4).take(h).enumerate() {
        if let Some(first) = row.chunks_exact(4).position(|p| p[3] > 0) {
            let last = row.chunks_exact(4).rposition(|p| p[3] > 0).unwrap_or(first);
            x0 = x0.min(first);
            x1 = x1.max(last + 1);
            y0 = y0.min(y);
            y1 = y1.max(y + 1);
        }
    }
    (x0 < x1 && y0 < y1).then_some((x0, y0, x1, y1))
}

/// The shadow of the premultiplied RGBA layer `buf` covering `rect`: premultiplied RGBA of
/// the same size, `color` where the layer's alpha (blurred by `sigma`, moved by `offset`)
/// lands inside `rect`.
pub(crate) fn drop_shadow(
    buf: &[u8],
    rect: IRect,
    color: Color,
    sigma: f32,
    offset: (i32, i32),
) -> Vec<u8> {
    let (w, h) = (rect.width() as usize, rect.height() as usize);
    let mut out = vec![0u8; w * h * 4];
    if w == 0 || h == 0 || buf.len() < w * h * 4 {
        return out;
    }
    // Only the part of the layer that has content casts a shadow: blur that box alone.
    let Some((x0, y0, x1, y1)) = content_box(buf, w, h) else {
        return out;
    };
    // The blur spreads the silhouette: work on the content box grown by three sigmas.
    let pad = (sigma * 3.0).ceil() as usize;
    let (cw, ch) = (x1 - x0, y1 - y0);
    let (pw, ph) = (cw + 2 * pad, ch + 2 * pad);
    let mut alpha = vec![0.0f32; pw * ph];
    for y in 0..ch {
        for x in 0..cw {
            let a = buf[((y + y0) * w + x + x0) * 4 + 3];
            alpha[(y + pad) * pw + x + pad] = f32::from(a) / 255.0;
        }
    }
    if sigma > 0.05 {
        let k = kernel(sigma);
        let mut tmp = vec![0.0f32; pw * ph];
        blur_pass(&alpha, &mut tmp, pw, ph, &k, true);
        blur_pass(&tmp, &mut alpha, pw, ph, &k, false);
    }
    let pc = color.premultiplied();
    // Padded pixel (px, py) lands on layer pixel (px + x0 - pad + dx, py + y0 - pad + dy).
    let ox = x0 as i64 - pad as i64 + i64::from(offset.0);
    let oy = y0 as i64 - pad as i64 + i64::from(offset.1);
    for py in 0..ph {
        let y = py as i64 + oy;
        if y < 0 || y >= h as i64 {
            continue;
        }
        for px in 0..pw {
            let x = px as i64 + ox;
            if x < 0 || x >= w as i64 {
                continue;
            }
            let a = alpha[py * pw + px].clamp(0.0, 1.0);
            let cov = (a * 255.0 + 0.5) as u8;
            if cov == 0 {
                continue;
            }
            let c = pc.scale(cov);
            let i = (y as usize * w + x as usize) * 4;
            out[i..i + 4].copy_from_slice(&[c.r, c.g, c.b, c.a]);
        }
    }
    out
}

/// Blur the premultiplied RGBA layer `buf` covering `rect` in place by a Gaussian of
/// `sigma` (a component's `blur`): only the content's box grown by three sigmas is worked.
pub(crate) fn blur_in_place(buf: &mut [u8], rect: IRect, sigma: f32) {
    let (w, h) = (rect.width() as usize, rect.height() as usize);
    if w == 0 || h == 0 || buf.len() < w * h * 4 || sigma <= 0.05 {
        return;
    }
    let Some((x0, y0, x1, y1)) = content_box(buf, w, h) else {
        return;
    };
    let pad = (sigma * 3.0).ceil() as usize;
    let (bx0, by0) = (x0.saturating_sub(pad), y0.saturating_sub(pad));
    let (bx1, by1) = ((x1 + pad).min(w), (y1 + pad).min(h));
    let (bw, bh) = (bx1 - bx0, by1 - by0);
    let k = kernel(sigma);
    let mut chan = vec![0.0f32; bw * bh];
    let mut tmp = vec![0.0f32; bw * bh];
    for c in 0..4 {
        for y in 0..bh {
            for x in 0..bw {
                chan[y * bw + x] = f32::from(buf[((y + by0) * w + x + bx0) * 4 + c]);
            }
        }
        blur_pass(&chan, &mut tmp, bw, bh, &k, true);
        blur_pass(&tmp, &mut chan, bw, bh, &k, false);
        for y in 0..bh {
            for x in 0..bw {
                buf[((y + by0) * w + x + bx0) * 4 + c] =
                    (chan[y * bw + x] + 0.5).clamp(0.0, 255.0) as u8;
            }
        }
    }
    // Premultiplied colour never exceeds its alpha.
    for p in buf.chunks_exact_mut(4) {
        let a = p[3];
        for c in &mut p[..3] {
            *c = (*c).min(a);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shadow_is_shifted_blurred_and_keeps_its_mass() {
        let rect = IRect::new(0, 0, 40, 40);
        let mut buf = vec![0u8; 40 * 40 * 4];
        for y in 10..20 {
            for x in 10..20 {
                buf[(y * 40 + x) * 4 + 3] = 255;
            }
        }
        let sharp = drop_shadow(&buf, rect, Color::BLACK, 0.0, (5, 0));
        assert_eq!(sharp[(15 * 40 + 16) * 4 + 3], 255, "moved right by 5");
        assert_eq!(sharp[(15 * 40 + 12) * 4 + 3], 0, "left edge moved away");
        let soft = drop_shadow(&buf, rect, Color::BLACK, 2.0, (0, 0));
        let edge = soft[(15 * 40 + 10) * 4 + 3];
        assert!(
            (100..=160).contains(&edge),
            "half coverage at the edge: {edge}"
        );
        let mass: u32 = soft.chunks_exact(4).map(|p| u32::from(p[3])).sum();
        assert!(
            (mass as f32 - 100.0 * 255.0).abs() < 100.0 * 255.0 * 0.03,
            "{mass}"
        );
    }

    #[test]
    fn a_blur_in_place_softens_edges_and_keeps_colour_premultiplied() {
        let rect = IRect::new(0, 0, 40, 40);
        let mut buf = vec![0u8; 40 * 40 * 4];
        for y in 10..30 {
            for x in 10..30 {
                buf[(y * 40 + x) * 4..(y * 40 + x) * 4 + 4].copy_from_slice(&[255, 0, 0, 255]);
            }
        }
        blur_in_place(&mut buf, rect, 3.0);
        let at = |x: usize, y: usize| buf[(y * 40 + x) * 4..(y * 40 + x) * 4 + 4].to_vec();
        assert_eq!(at(20, 20)[3], 255, "the middle stays solid");
        let edge = at(10, 20)[3];
        assert!((100..=160).contains(&edge), "half at the edge: {edge}");
        assert!(at(6, 20)[3] > 0, "spread past the edge");
        assert!(buf.chunks_exact(4).all(|p| p[0] <= p[3] && p[1] == 0));
    }
}
