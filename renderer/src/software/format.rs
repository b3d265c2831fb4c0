//! Pixel formats and the per-format load/store/blend the rasterizer is generic over.

pub use crate::PixelFormat;
use crate::PremulColor;
use crate::color::mul_div255;

/// Compile-time pixel access; one rasterizer instance is monomorphised per format.
///
/// `x` and `y` are device coordinates, used only by formats that dither.
pub(crate) trait Format {
    const BPP: usize;
    /// True when the stored bytes depend on the pixel position (ordered dithering).
    const DITHERS: bool = false;
    fn load(px: &[u8]) -> PremulColor;
    fn store(px: &mut [u8], c: PremulColor, x: i32, y: i32);

    /// Source-over: `dst = src + dst * (1 - src.a)`.
    #[inline]
    fn blend(px: &mut [u8], src: PremulColor, x: i32, y: i32) {
        if src.a == 255 {
            Self::store(px, src, x, y);
        } else if src.a != 0 {
            Self::store(px, over(src, Self::load(px)), x, y);
        }
    }
}

/// `src` over `dst`, premultiplied.
#[inline]
pub(crate) fn over(src: PremulColor, d: PremulColor) -> PremulColor {
    let inv = 255 - src.a;
    PremulColor {
        r: src.r.saturating_add(mul_div255(d.r, inv)),
        g: src.g.saturating_add(mul_div255(d.g, inv)),
        b: src.b.saturating_add(mul_div255(d.b, inv)),
        a: src.a.saturating_add(mul_div255(d.a, inv)),
    }
}

pub(crate) struct Rgba;
pub(crate) struct Bgra;
pub(crate) struct Rgb565;
/// RGB565 with a 4x4 ordered (Bayer) dither, which hides the banding of 5/6-bit gradients.
pub(crate) struct Rgb565Dither;

impl Format for Rgba {
    const BPP: usize = 4;
    #[inline]
    fn load(px: &[u8]) -> PremulColor {
        PremulColor {
            r: px[0],
            g: px[1],
            b: px[2],
            a: px[3],
        }
    }
    #[inline]
    fn store(px: &mut [u8], c: PremulColor, _x: i32, _y: i32) {
        px[..4].copy_from_slice(&[c.r, c.g, c.b, c.a]);
    }
}

impl Format for Bgra {
    const BPP: usize = 4;
    #[inline]
    fn load(px: &[u8]) -> PremulColor {
        PremulColor {
            r: px[2],
            g: px[1],
            b: px[0],
            a: px[3],
        }
    }
    #[inline]
    fn store(px: &mut [u8], c: PremulColor, _x: i32, _y: i32) {
        px[..4].copy_from_slice(&[c.b, c.g, c.r, c.a]);
    }
}

#[inline]
fn load565(px: &[u8]) -> PremulColor {
    let v = u16::from_le_bytes([px[0], px[1]]);
    let (r, g, b) = ((v >> 11) as u8, ((v >> 5) & 0x3F) as u8, (v & 0x1F) as u8);
    // Replicate the high bits into the low ones so full intensity maps to 255, not 248.
    PremulColor {
        r: (r << 3) | (r >> 2),
        g: (g << 2) | (g >> 4),
        b: (b << 3) | (b >> 2),
        a: 255,
    }
}

/// Nearest 5/6-bit level (rounding, not truncation: repeated blends in place would
/// otherwise drift darker by up to a step each).
#[inline]
fn store565(px: &mut [u8], r: u8, g: u8, b: u8) {
    let q5 = |c: u8| (u16::from(c) * 31 + 127) / 255;
    let q6 = |c: u8| (u16::from(c) * 63 + 127) / 255;
    let v = (q5(r) << 11) | (q6(g) << 5) | q5(b);
    px[..2].copy_from_slice(&v.to_le_bytes());
}

impl Format for Rgb565 {
    const BPP: usize = 2;
    #[inline]
    fn load(px: &[u8]) -> PremulColor {
        load565(px)
    }
    #[inline]
    fn store(px: &mut [u8], c: PremulColor, _x: i32, _y: i32) {
        // The panel has no alpha: what is stored is the colour over black, which is the
        // premultiplied value itself.
        store565(px, c.r, c.g, c.b);
    }
}

const BAYER4: [[u8; 4]; 4] = [[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]];

impl Format for Rgb565Dither {
    const BPP: usize = 2;
    const DITHERS: bool = true;
    #[inline]
    fn load(px: &[u8]) -> PremulColor {
        load565(px)
    }
    #[inline]
    fn store(px: &mut [u8], c: PremulColor, x: i32, y: i32) {
        let t = u32::from(BAYER4[(y & 3) as usize][(x & 3) as usize]);
        // floor(c * levels / 255 + (t + 0.5) / 16): thresholds spread evenly over one step.
        let q = |c: u8, levels: u32| {
            ((u32::from(c) * levels * 32 + (2 * t + 1) * 255) / (255 * 32)).min(levels) as u16
        };
        let v = (q(c.r, 31) << 11) | (q(c.g, 63) << 5) | q(c.b, 31);
        px[..2].copy_from_slice(&v.to_le_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WHITE: PremulColor = PremulColor {
        r: 255,
        g: 255,
        b: 255,
        a: 255,
    };

    #[test]
    fn rgb565_round_trips_extremes() {
        let mut px = [0u8; 2];
        Rgb565::store(&mut px, WHITE, 0, 0);
        assert_eq!(Rgb565::load(&px), WHITE);
        Rgb565::store(
            &mut px,
            PremulColor {
                r: 255,
                g: 0,
                b: 0,
                a: 255,
            },
            0,
            0,
        );
        assert_eq!(u16::from_le_bytes(px), 0xF800);
    }

    #[test]
    fn dither_averages_to_the_true_level() {
        // Level 100 lies between the 5-bit steps 96 and 104: half the pixels round up.
        let grey = PremulColor {
            r: 100,
            g: 100,
            b: 100,
            a: 255,
        };
        let mut sum = 0u32;
        for y in 0..4 {
            for x in 0..4 {
                let mut px = [0u8; 2];
                Rgb565Dither::store(&mut px, grey, x, y);
                sum += u32::from(Rgb565Dither::load(&px).r);
            }
        }
        let mean = sum as f32 / 16.0;
        assert!((mean - 100.0).abs() < 1.0, "{mean}");
        assert_eq!(Rgb565Dither::load(&[0xFF, 0xFF]), WHITE);
    }

    #[test]
    fn half_transparent_white_over_black_is_mid_grey() {
        let mut px = [0, 0, 0, 255];
        Rgba::blend(
            &mut px,
            crate::Color::rgba(255, 255, 255, 128).premultiplied(),
            0,
            0,
        );
        assert_eq!(px, [128, 128, 128, 255]);
    }
}
