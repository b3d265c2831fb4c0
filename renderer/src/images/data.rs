//! [`ImageData`]: decoded pixels, premultiplied RGBA8.

use crate::Color;

/// A decoded image: premultiplied RGBA8, tightly packed rows.
///
/// ```
/// use arkui_renderer::images::ImageData;
/// use arkui_renderer::Color;
/// let img = ImageData::from_straight_rgba(1, 1, vec![255, 0, 0, 128]).unwrap();
/// assert_eq!(img.pixels(), &[128, 0, 0, 128]);
/// assert_eq!(img.pixel(0, 0), Color::rgba(255, 0, 0, 128));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageData {
    width: u32,
    height: u32,
    pixels: Vec<u8>,
    /// Its size in its own units (an SVG's declared size, drawn at a device's density);
    /// the pixel size for a bitmap.
    units: (u32, u32),
}

impl ImageData {
    /// From straight-alpha RGBA8 bytes (as decoders produce); `None` when the length is not
    /// `width * height * 4`.
    pub fn from_straight_rgba(width: u32, height: u32, mut pixels: Vec<u8>) -> Option<ImageData> {
        if pixels.len() as u64 != u64::from(width) * u64::from(height) * 4 {
            return None;
        }
        for p in pixels.chunks_exact_mut(4) {
            let c = Color::rgba(p[0], p[1], p[2], p[3]).premultiplied();
            p.copy_from_slice(&[c.r, c.g, c.b, c.a]);
        }
        Some(ImageData {
            width,
            height,
            pixels,
            units: (width, height),
        })
    }

    /// From premultiplied RGBA8 bytes; `None` when the length is not `width * height * 4`.
    pub fn from_premultiplied_rgba(width: u32, height: u32, pixels: Vec<u8>) -> Option<ImageData> {
        if pixels.len() as u64 != u64::from(width) * u64::from(height) * 4 {
            return None;
        }
        Some(ImageData {
            width,
            height,
            pixels,
            units: (width, height),
        })
    }

    /// The same pixels, said to be `width` × `height` units large: a vector image drawn at
    /// a device's density has more pixels than units, and lays out by its units.
    ///
    /// ```
    /// use arkui_renderer::images::ImageData;
    /// let img = ImageData::from_premultiplied_rgba(2, 2, vec![0; 16]).unwrap().with_unit_size(1, 1);
    /// assert_eq!((img.width(), img.unit_size()), (2, (1, 1)));
    /// ```
    pub fn with_unit_size(mut self, width: u32, height: u32) -> ImageData {
        self.units = (width.max(1), height.max(1));
        self
    }

    /// The image as a template: each pixel's colour replaced by its luminance (Rec. 601
    /// weights), alpha kept; ArkUI's `ImageRenderMode.Template`.
    ///
    /// ```
    /// use arkui_renderer::images::ImageData;
    /// use arkui_renderer::Color;
    /// let red = ImageData::from_straight_rgba(1, 1, vec![255, 0, 0, 255]).unwrap();
    /// assert_eq!(red.to_template().pixel(0, 0), Color::rgba(76, 76, 76, 255));
    /// ```
    pub fn to_template(&self) -> ImageData {
        let mut pixels = self.pixels.clone();
        for p in pixels.chunks_exact_mut(4) {
            // Premultiplied in, premultiplied out: luminance is linear in the channels.
            let y = (299 * u32::from(p[0]) + 587 * u32::from(p[1]) + 114 * u32::from(p[2]) + 500)
                / 1000;
            let y = y.min(u32::from(p[3])) as u8;
            p[0] = y;
            p[1] = y;
            p[2] = y;
        }
        ImageData {
            width: self.width,
            height: self.height,
            pixels,
            units: self.units,
        }
    }

    /// Its size in its own units (the pixel size, for a bitmap).
    pub fn unit_size(&self) -> (u32, u32) {
        self.units
    }

    /// Width in pixels.
    pub fn width(&self) -> u32 {
        self.width
    }

    /// Height in pixels.
    pub fn height(&self) -> u32 {
        self.height
    }

    /// Premultiplied RGBA8 bytes, row-major.
    pub fn pixels(&self) -> &[u8] {
        &self.pixels
    }

    /// Bytes the pixels occupy (what the cache budget counts).
    pub fn byte_size(&self) -> usize {
        self.pixels.len()
    }

    /// One pixel with straight alpha (transparent outside the image).
    pub fn pixel(&self, x: u32, y: u32) -> Color {
        if x >= self.width || y >= self.height {
            return Color::TRANSPARENT;
        }
        let i = (y as usize * self.width as usize + x as usize) * 4;
        let p = &self.pixels[i..i + 4];
        crate::PremulColor {
            r: p[0],
            g: p[1],
            b: p[2],
            a: p[3],
        }
        .unpremultiplied()
    }
}
