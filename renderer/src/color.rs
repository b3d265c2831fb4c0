//! Colours: straight-alpha [`Color`] for APIs, premultiplied [`PremulColor`] for blending.

use serde::{Deserialize, Serialize};

/// An sRGB colour with straight (non-premultiplied) alpha, 8 bits per channel.
///
/// ```
/// use arkui_renderer::Color;
/// let c = Color::from_argb(0x80FF0000);
/// assert_eq!((c.r, c.g, c.b, c.a), (255, 0, 0, 128));
/// assert_eq!(c.premultiplied().r, 128);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Color {
    /// Red.
    pub r: u8,
    /// Green.
    pub g: u8,
    /// Blue.
    pub b: u8,
    /// Alpha: 0 is transparent, 255 opaque.
    pub a: u8,
}

impl Color {
    /// Fully transparent black.
    pub const TRANSPARENT: Color = Color::rgba(0, 0, 0, 0);
    /// Opaque black.
    pub const BLACK: Color = Color::rgb(0, 0, 0);
    /// Opaque white.
    pub const WHITE: Color = Color::rgb(255, 255, 255);
    /// ArkUI's `Color.Red`.
    pub const RED: Color = Color::rgb(0xFF, 0x00, 0x00);
    /// ArkUI's `Color.Green`.
    pub const GREEN: Color = Color::rgb(0x00, 0x80, 0x00);
    /// ArkUI's `Color.Blue`.
    pub const BLUE: Color = Color::rgb(0x00, 0x00, 0xFF);
    /// ArkUI's `Color.Gray`.
    pub const GRAY: Color = Color::rgb(0x80, 0x80, 0x80);
    /// ArkUI's `Color.Orange`.
    pub const ORANGE: Color = Color::rgb(0xFF, 0xA5, 0x00);
    /// ArkUI's `Color.Yellow`.
    pub const YELLOW: Color = Color::rgb(0xFF, 0xFF, 0x00);

    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Color {
        Color { r, g, b, a: 255 }
    }

    /// A colour with straight alpha.
    pub const fn rgba(r: u8, g: u8, b: u8, a: u8) -> Color {
        Color { r, g, b, a }
    }

    /// A colour from ArkUI's `0xAARRGGBB` notation.
    pub const fn from_argb(argb: u32) -> Color {
        Color {
            a: (argb >> 24) as u8,
            r: (argb >> 16) as u8,
            g: (argb >> 8) as u8,
            b: argb as u8,
        }
    }

    /// A colour from `0xRRGGBB`, opaque.
    pub const fn from_rgb(rgb: u32) -> Color {
        Color::from_argb(0xFF00_0000 | rgb)
    }

    /// The same colour with its alpha multiplied by `opacity` (clamped to 0..=1; NaN is 0).
    pub fn with_opacity(self, opacity: f32) -> Color {
        let o = if opacity.is_nan() {
            0.0
        } else {
            opacity.clamp(0.0, 1.0)
        };
        Color {
            a: (f32::from(self.a) * o).round() as u8,
            ..self
        }
    }

    /// The premultiplied form used by the rasterizers.
    pub fn premultiplied(self) -> PremulColor {
        PremulColor {
            r: mul_div255(self.r, self.a),
            g: mul_div255(self.g, self.a),
            b: mul_div255(self.b, self.a),
            a: self.a,
        }
    }

    /// `#RRGGBBAA`-free ArkUI-style string, `#AARRGGBB`, as the inspector prints colours.
    pub fn to_argb_string(self) -> String {
        format!("#{:02X}{:02X}{:02X}{:02X}", self.a, self.r, self.g, self.b)
    }
}

/// A colour with premultiplied alpha: each colour channel is already scaled by `a`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct PremulColor {
    /// Red, premultiplied.
    pub r: u8,
    /// Green, premultiplied.
    pub g: u8,
    /// Blue, premultiplied.
    pub b: u8,
    /// Alpha.
    pub a: u8,
}

impl PremulColor {
    /// This colour scaled by a coverage or opacity in 0..=255.
    #[inline]
    pub fn scale(self, coverage: u8) -> PremulColor {
        PremulColor {
            r: mul_div255(self.r, coverage),
            g: mul_div255(self.g, coverage),
            b: mul_div255(self.b, coverage),
            a: mul_div255(self.a, coverage),
        }
    }

    /// Back to straight alpha (lossy for small alphas, as every 8-bit pipeline is).
    pub fn unpremultiplied(self) -> Color {
        if self.a == 0 {
            return Color::TRANSPARENT;
        }
        let un = |c: u8| {
            ((u16::from(c) * 255 + u16::from(self.a) / 2) / u16::from(self.a)).min(255) as u8
        };
        Color {
            r: un(self.r),
            g: un(self.g),
            b: un(self.b),
            a: self.a,
        }
    }
}

/// `a * b / 255`, rounded, exact for all u8 inputs.
#[inline]
pub fn mul_div255(a: u8, b: u8) -> u8 {
    let t = u32::from(a) * u32::from(b) + 128;
    ((t + (t >> 8)) >> 8) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mul_div255_is_exact_rounding() {
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let exact = (f64::from(a) * f64::from(b) / 255.0).round() as u8;
                assert_eq!(mul_div255(a, b), exact, "{a} * {b}");
            }
        }
    }

    #[test]
    fn premultiply_round_trips_opaque() {
        let c = Color::rgb(12, 200, 99);
        assert_eq!(c.premultiplied().unpremultiplied(), c);
    }
}
