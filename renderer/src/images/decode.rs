//! Decoding PNG, JPEG, GIF (first frame), WebP, BMP and (with the `svg` feature) SVG with
//! explicit limits.

use std::fmt;
use std::io::Cursor;

use super::ImageData;

/// How large an image may be; from the device profile's memory budget.
///
/// ```
/// use arkui_renderer::images::{ImageLimits, decode, ImageError};
/// let limits = ImageLimits { max_width: 64, max_height: 64, max_alloc: 1 << 20 };
/// assert!(matches!(decode(b"not an image", &limits), Err(ImageError::UnknownFormat)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImageLimits {
    /// Widest image accepted, in pixels.
    pub max_width: u32,
    /// Tallest image accepted, in pixels.
    pub max_height: u32,
    /// Bytes the decoder may allocate for one image, including its output.
    pub max_alloc: u64,
}

impl ImageLimits {
    /// Limits sized from a memory budget in bytes: the budget bounds every allocation, and no
    /// side may exceed 16384 pixels.
    pub fn from_budget(bytes: u64) -> ImageLimits {
        ImageLimits {
            max_width: 16384,
            max_height: 16384,
            max_alloc: bytes,
        }
    }
}

impl Default for ImageLimits {
    /// 4096 x 4096, 64 MiB: a phone-class budget.
    fn default() -> ImageLimits {
        ImageLimits {
            max_width: 4096,
            max_height: 4096,
            max_alloc: 64 << 20,
        }
    }
}

/// Why an image could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImageError {
    /// The bytes are not PNG, JPEG, GIF, WebP, BMP or SVG.
    UnknownFormat,
    /// The image is larger than the limits allow.
    TooLarge {
        /// Declared width.
        width: u32,
        /// Declared height.
        height: u32,
        /// The limits it broke.
        limits: ImageLimits,
    },
    /// The decoder would need more memory than `max_alloc`.
    OverBudget {
        /// The limit in bytes.
        max_alloc: u64,
    },
    /// The file is damaged or uses an unsupported feature of its format.
    Malformed(String),
    /// The decode thread is gone (the loader was dropped or panicked).
    LoaderGone,
}

impl fmt::Display for ImageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImageError::UnknownFormat => write!(
                f,
                "the bytes are not a PNG, JPEG, GIF, WebP, BMP or SVG image; check the file's format"
            ),
            ImageError::TooLarge {
                width,
                height,
                limits,
            } => write!(
                f,
                "image of {width}x{height} exceeds the device's limit of {}x{}; \
                 ship a smaller asset or raise the profile's image limits",
                limits.max_width, limits.max_height
            ),
            ImageError::OverBudget { max_alloc } => write!(
                f,
                "decoding needs more than the {max_alloc} bytes the device profile allows \
                 for one image; ship a smaller asset or raise the budget"
            ),
            ImageError::Malformed(why) => write!(f, "the image file is damaged: {why}"),
            ImageError::LoaderGone => write!(f, "the image decode thread has stopped"),
        }
    }
}

impl std::error::Error for ImageError {}

/// Decode an image under `limits`, into premultiplied RGBA8.
///
/// The declared size is checked before any pixel memory is allocated, so a file that claims
/// to be 100000x100000 costs nothing; the decoder itself also runs with `image::Limits`.
///
/// A decoder that panics (a bug in a codec, met with a hostile file) is caught and reported as
/// [`ImageError::Malformed`] when panics unwind.
pub fn decode(bytes: &[u8], limits: &ImageLimits) -> Result<ImageData, ImageError> {
    decode_scaled(bytes, limits, 1.0)
}

/// [`decode`], drawing a vector image (SVG) at `scale` pixels per unit: the device's
/// density, so an icon is sharp on every screen. Bitmaps are decoded as they are.
pub fn decode_scaled(
    bytes: &[u8],
    limits: &ImageLimits,
    scale: f32,
) -> Result<ImageData, ImageError> {
    #[cfg(feature = "svg")]
    if super::svg::is_svg(bytes) {
        return std::panic::catch_unwind(|| super::svg::decode_svg(bytes, limits, scale))
            .unwrap_or_else(|_| {
                Err(ImageError::Malformed(
                    "the SVG renderer crashed on this file".into(),
                ))
            });
    }
    let _ = scale;
    std::panic::catch_unwind(|| decode_unguarded(bytes, limits)).unwrap_or_else(|_| {
        Err(ImageError::Malformed(
            "the decoder crashed on this file".into(),
        ))
    })
}

fn decode_unguarded(bytes: &[u8], limits: &ImageLimits) -> Result<ImageData, ImageError> {
    let reader = || {
        image::ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|e| ImageError::Malformed(e.to_string()))
    };
    // png sizes a row buffer of up to 128 KiB from the declared size while it reads the
    // header, before `into_dimensions` returns: on a small budget the probe alone would break
    // it, so a PNG's size is read from its IHDR chunk first.
    if let Some((width, height)) = png_declared_size(bytes) {
        check_size(width, height, limits)?;
    }
    let probe = reader()?;
    if probe.format().is_none() {
        return Err(ImageError::UnknownFormat);
    }
    let (width, height) = probe.into_dimensions().map_err(|e| map_err(e, limits))?;
    check_size(width, height, limits)?;
    let mut l = image::Limits::default();
    l.max_image_width = Some(limits.max_width);
    l.max_image_height = Some(limits.max_height);
    l.max_alloc = Some(limits.max_alloc);
    let mut r = reader()?;
    r.limits(l);
    let img = r.decode().map_err(|e| map_err(e, limits))?;
    let rgba = img.into_rgba8();
    let (w, h) = rgba.dimensions();
    ImageData::from_straight_rgba(w, h, rgba.into_raw())
        .ok_or_else(|| ImageError::Malformed("decoder returned a short buffer".into()))
}

/// Reject a declared size beyond the limits, before any pixel memory is allocated.
pub(crate) fn check_size(width: u32, height: u32, limits: &ImageLimits) -> Result<(), ImageError> {
    if width > limits.max_width || height > limits.max_height || width == 0 || height == 0 {
        return Err(ImageError::TooLarge {
            width,
            height,
            limits: *limits,
        });
    }
    // The decoded buffer (up to 8 bytes a pixel for 16-bit formats) plus the RGBA8 copy.
    let rgba = u64::from(width) * u64::from(height) * 4;
    if rgba * 3 > limits.max_alloc {
        return Err(ImageError::OverBudget {
            max_alloc: limits.max_alloc,
        });
    }
    Ok(())
}

/// Width and height from a PNG's IHDR chunk (always the first, right after the signature).
fn png_declared_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if !bytes.starts_with(SIGNATURE) || bytes.get(12..16)? != b"IHDR" {
        return None;
    }
    let be = |at: usize| Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?));
    Some((be(16)?, be(20)?))
}

fn map_err(e: image::ImageError, limits: &ImageLimits) -> ImageError {
    match e {
        image::ImageError::Limits(_) => ImageError::OverBudget {
            max_alloc: limits.max_alloc,
        },
        image::ImageError::Unsupported(u) => ImageError::Malformed(u.to_string()),
        other => ImageError::Malformed(other.to_string()),
    }
}
