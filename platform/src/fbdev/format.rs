//! Framebuffer pixel formats: the common ones by name ([`FbFormat`]), any true-colour
//! bitfield layout ([`PixelLayout`]), and encoding / decoding of one pixel.

use arkui_renderer::PixelFormat;

use super::info::{Bitfield, FB_VISUAL_TRUECOLOR, FixScreenInfo, VarScreenInfo};
use crate::Error;

/// Framebuffer formats met on boards, named as DRM names them (little-endian memory).
///
/// ```
/// use arkui_platform::fbdev::FbFormat;
/// let (var, _) = FbFormat::Xrgb8888.screen_info(800, 480, 3200, 480);
/// assert_eq!((var.red.offset, var.blue.offset, var.bits_per_pixel), (16, 0, 32));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FbFormat {
    /// 16 bits: red 11..16, green 5..11, blue 0..5.
    Rgb565,
    /// 16 bits, BGR order: blue 11..16, green 5..11, red 0..5.
    Bgr565,
    /// 24 bits: bytes B, G, R.
    Rgb888,
    /// 32 bits: bytes B, G, R, X (the usual desktop and HDMI format).
    Xrgb8888,
    /// 32 bits, BGR order: bytes R, G, B, X.
    Xbgr8888,
    /// 32 bits with alpha: bytes B, G, R, A.
    Argb8888,
}

impl FbFormat {
    /// Bits per pixel.
    pub const fn bits_per_pixel(self) -> u32 {
        match self {
            FbFormat::Rgb565 | FbFormat::Bgr565 => 16,
            FbFormat::Rgb888 => 24,
            _ => 32,
        }
    }

    /// The (red, green, blue, transparency) bitfields.
    pub const fn bitfields(self) -> [Bitfield; 4] {
        let b = Bitfield::new;
        match self {
            FbFormat::Rgb565 => [b(11, 5), b(5, 6), b(0, 5), b(0, 0)],
            FbFormat::Bgr565 => [b(0, 5), b(5, 6), b(11, 5), b(0, 0)],
            FbFormat::Rgb888 | FbFormat::Xrgb8888 => [b(16, 8), b(8, 8), b(0, 8), b(0, 0)],
            FbFormat::Xbgr8888 => [b(0, 8), b(8, 8), b(16, 8), b(0, 0)],
            FbFormat::Argb8888 => [b(16, 8), b(8, 8), b(0, 8), b(24, 8)],
        }
    }

    /// Screen info a driver would report for this format: `width` x `height` visible,
    /// `line_length` bytes per line, `virtual_height` lines of memory (twice `height` lets
    /// the screen flip pages by panning). Used by fake devices and tests.
    pub fn screen_info(
        self,
        width: u32,
        height: u32,
        line_length: u32,
        virtual_height: u32,
    ) -> (VarScreenInfo, FixScreenInfo) {
        let [red, green, blue, transp] = self.bitfields();
        let var = VarScreenInfo {
            xres: width,
            yres: height,
            xres_virtual: width,
            yres_virtual: virtual_height,
            bits_per_pixel: self.bits_per_pixel(),
            red,
            green,
            blue,
            transp,
            ..VarScreenInfo::default()
        };
        let mut id = [0u8; 16];
        id[..6].copy_from_slice(b"arkfb\0");
        let fix = FixScreenInfo {
            id,
            smem_len: line_length * virtual_height,
            visual: FB_VISUAL_TRUECOLOR,
            ypanstep: 1,
            line_length,
            ..FixScreenInfo::default()
        };
        (var, fix)
    }
}

/// Where the channels of one pixel sit: any true-colour layout of 16, 24 or 32 bits.
///
/// ```
/// use arkui_platform::fbdev::{FbFormat, PixelLayout};
/// use arkui_renderer::PixelFormat;
/// let (var, _) = FbFormat::Rgb565.screen_info(4, 4, 8, 4);
/// let layout = PixelLayout::from_var(&var).unwrap();
/// assert_eq!(layout.native_format(), Some(PixelFormat::Rgb565));
/// let mut px = [0u8; 2];
/// layout.encode([255, 0, 0], &mut px);
/// assert_eq!(u16::from_le_bytes(px), 0xF800);
/// assert_eq!(layout.decode(&px), [255, 0, 0]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PixelLayout {
    /// Bytes per pixel (2, 3 or 4).
    pub bytes_per_pixel: usize,
    /// Red channel.
    pub red: Bitfield,
    /// Green channel.
    pub green: Bitfield,
    /// Blue channel.
    pub blue: Bitfield,
    /// Alpha / padding channel (written fully opaque when present).
    pub transp: Bitfield,
}

impl PixelLayout {
    /// Read and check the layout from screen info.
    pub fn from_var(var: &VarScreenInfo) -> Result<PixelLayout, Error> {
        let bits = var.bits_per_pixel;
        if !matches!(bits, 16 | 24 | 32) {
            return Err(Error::UnsupportedFramebuffer(format!(
                "{bits} bits per pixel"
            )));
        }
        for (name, f) in [
            ("red", var.red),
            ("green", var.green),
            ("blue", var.blue),
            ("transparency", var.transp),
        ] {
            let colour = name != "transparency";
            if f.msb_right != 0 || f.length > 8 || (colour && f.length == 0) {
                return Err(Error::UnsupportedFramebuffer(format!(
                    "{name} channel of {} bits at {} (msb_right {})",
                    f.length, f.offset, f.msb_right
                )));
            }
            if f.offset + f.length > bits {
                return Err(Error::UnsupportedFramebuffer(format!(
                    "{name} channel ends at bit {} of a {bits}-bit pixel",
                    f.offset + f.length
                )));
            }
        }
        Ok(PixelLayout {
            bytes_per_pixel: bits as usize / 8,
            red: var.red,
            green: var.green,
            blue: var.blue,
            transp: var.transp,
        })
    }

    /// The renderer format whose bytes are exactly this layout's, so frames can be copied
    /// line by line without conversion.
    pub fn native_format(&self) -> Option<PixelFormat> {
        let key = (
            self.bytes_per_pixel,
            (self.red.offset, self.red.length),
            (self.green.offset, self.green.length),
            (self.blue.offset, self.blue.length),
        );
        // Padding / alpha bytes are fine: the renderer writes opaque alpha there.
        let alpha_ok = |at: u32| self.transp.length == 0 || self.transp.offset == at;
        match key {
            (2, (11, 5), (5, 6), (0, 5)) => Some(PixelFormat::Rgb565),
            (4, (16, 8), (8, 8), (0, 8)) if alpha_ok(24) => Some(PixelFormat::Bgra8888),
            (4, (0, 8), (8, 8), (16, 8)) if alpha_ok(24) => Some(PixelFormat::Rgba8888),
            _ => None,
        }
    }

    fn pack(value: u8, field: Bitfield) -> u32 {
        if field.length == 0 {
            return 0;
        }
        (u32::from(value) >> (8 - field.length)) << field.offset
    }

    fn unpack(pixel: u32, field: Bitfield) -> u8 {
        if field.length == 0 {
            return 0;
        }
        let v = (pixel >> field.offset) & ((1 << field.length) - 1);
        // Replicate the top bits so 5-bit 31 decodes to 255, not 248.
        let v = v << (8 - field.length);
        (v | (v >> field.length)) as u8
    }

    /// Write the opaque colour `[r, g, b]` into `out` (at least `bytes_per_pixel` long).
    pub fn encode(&self, rgb: [u8; 3], out: &mut [u8]) {
        let alpha = if self.transp.length == 0 {
            0
        } else {
            Self::pack(255, self.transp)
        };
        let v = Self::pack(rgb[0], self.red)
            | Self::pack(rgb[1], self.green)
            | Self::pack(rgb[2], self.blue)
            | alpha;
        let bytes = v.to_le_bytes();
        out[..self.bytes_per_pixel].copy_from_slice(&bytes[..self.bytes_per_pixel]);
    }

    /// Read `[r, g, b]` from one pixel's bytes.
    pub fn decode(&self, bytes: &[u8]) -> [u8; 3] {
        let mut word = [0u8; 4];
        word[..self.bytes_per_pixel].copy_from_slice(&bytes[..self.bytes_per_pixel]);
        let v = u32::from_le_bytes(word);
        [
            Self::unpack(v, self.red),
            Self::unpack(v, self.green),
            Self::unpack(v, self.blue),
        ]
    }
}
