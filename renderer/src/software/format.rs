//! Pixel formats and the per-format load/store/blend the rasterizer is generic over.

pub use crate::PixelFormat;
use crate::PremulColor;

/// Compile-time pixel access; one rasterizer instance is monomorphised per format.
pub(crate) trait Format {
    const BPP: usize;
    fn load(px: &[u8]) -> PremulColor;
    fn store(px: &mut [u8], c: PremulColor);

    /// Source-over: `dst = src + dst * (1 - src.a)`.
    #[inline]
    fn blend(px: &mut [u8], src: PremulColor) {
        if src.a == 255 {
            Self::store(px, src);
        } else if src.a != 0 {
            let d = Self::load(px);
            let inv = 255 - src.a;
            Self::store(
                px,
                PremulColor {
                    r: src.r.saturating_add(crate::color::mul_div255(d.r, inv)),
                    g: src.g.saturating_add(crate::color::mul_div255(d.g, inv)),
                    b: src.b.saturating_add(crate::color::mul_div255(d.b, inv)),
                    a: src.a.saturating_add(crate::color::mul_div255(d.a, inv)),
                },
            );
        }
    }
}

pub(crate) struct Rgba;
pub(crate) struct Bgra;
pub(crate) struct Rgb565;

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
    fn store(px: &mut [u8], c: PremulColor) {
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
    fn store(px: &mut [u8], c: PremulColor) {
        px[..4].copy_from_slice(&[c.b, c.g, c.r, c.a]);
    }
}

impl Format for Rgb565 {
    const BPP: usize = 2;
    #[inline]
    fn load(px: &[u8]) -> PremulColor {
        let v = u16::from_le_bytes([px[0], px[1]]);
        let r = ((v >> 11) & 0x1F) as u8;
        let g = ((v >> 5) & 0x3F) as u8;
        let b = (v & 0x1F) as u8;
        // Replicate high bits so 0x1F maps to 255, not 248.
        PremulColor {
            r: (r << 3) | (r >> 2),
            g: (g << 2) | (g >> 4),
            b: (b << 3) | (b >> 2),
            a: 255,
        }
    }
    #[inline]
    fn store(px: &mut [u8], c: PremulColor) {
        // The panel has no alpha: what is stored is the colour over black, which is the
        // premultiplied value itself.
        let v = (u16::from(c.r >> 3) << 11) | (u16::from(c.g >> 2) << 5) | u16::from(c.b >> 3);
        px[..2].copy_from_slice(&v.to_le_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rgb565_round_trips_extremes() {
        let mut px = [0u8; 2];
        Rgb565::store(
            &mut px,
            PremulColor {
                r: 255,
                g: 255,
                b: 255,
                a: 255,
            },
        );
        assert_eq!(
            Rgb565::load(&px),
            PremulColor {
                r: 255,
                g: 255,
                b: 255,
                a: 255
            }
        );
        Rgb565::store(
            &mut px,
            PremulColor {
                r: 255,
                g: 0,
                b: 0,
                a: 255,
            },
        );
        assert_eq!(u16::from_le_bytes(px), 0xF800);
    }

    #[test]
    fn half_transparent_white_over_black_is_mid_grey() {
        let mut px = [0, 0, 0, 255];
        Rgba::blend(
            &mut px,
            crate::Color::rgba(255, 255, 255, 128).premultiplied(),
        );
        assert_eq!(px, [128, 128, 128, 255]);
    }
}
