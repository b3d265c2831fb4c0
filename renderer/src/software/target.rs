//! [`RenderTarget`]: a caller's pixel memory described by size, stride and format.

use std::fmt;

use super::PixelFormat;

/// Why a target or a render request was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenderError {
    /// The buffer is smaller than `stride * (height - 1) + width * bytes_per_pixel`.
    BufferTooSmall {
        /// Bytes needed.
        needed: usize,
        /// Bytes given.
        got: usize,
    },
    /// The stride cannot hold one row of `width` pixels.
    StrideTooSmall {
        /// Minimum stride in bytes.
        min: usize,
        /// Stride given.
        got: usize,
    },
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::BufferTooSmall { needed, got } => write!(
                f,
                "render target buffer holds {got} bytes but its size and stride need {needed}; \
                 allocate stride * height bytes"
            ),
            RenderError::StrideTooSmall { min, got } => write!(
                f,
                "render target stride is {got} bytes but one row needs at least {min} \
                 (width * bytes per pixel)"
            ),
        }
    }
}

impl std::error::Error for RenderError {}

/// Pixels to draw into: `height` rows of `stride` bytes, each starting with `width` pixels.
///
/// ```
/// use arkui_renderer::software::{PixelFormat, RenderTarget};
/// let mut buf = vec![0u8; 64 * 4 * 10];
/// let target = RenderTarget::new(&mut buf, 64, 10, 64 * 4, PixelFormat::Rgba8888).unwrap();
/// assert_eq!(target.width(), 64);
/// assert!(RenderTarget::new(&mut [0u8; 8], 64, 10, 256, PixelFormat::Rgba8888).is_err());
/// ```
#[derive(Debug)]
pub struct RenderTarget<'a> {
    pub(crate) data: &'a mut [u8],
    pub(crate) width: u32,
    pub(crate) height: u32,
    pub(crate) stride: usize,
    pub(crate) format: PixelFormat,
}

impl<'a> RenderTarget<'a> {
    /// Describe `data` as a target, checking that every row fits.
    pub fn new(
        data: &'a mut [u8],
        width: u32,
        height: u32,
        stride: usize,
        format: PixelFormat,
    ) -> Result<RenderTarget<'a>, RenderError> {
        let row = width as usize * format.bytes_per_pixel();
        if stride < row {
            return Err(RenderError::StrideTooSmall {
                min: row,
                got: stride,
            });
        }
        let needed = if height == 0 {
            0
        } else {
            stride * (height as usize - 1) + row
        };
        if data.len() < needed {
            return Err(RenderError::BufferTooSmall {
                needed,
                got: data.len(),
            });
        }
        Ok(RenderTarget {
            data,
            width,
            height,
            stride,
            format,
        })
    }

    /// Width in pixels.
    pub fn width(&self) -> u32 {
        self.width
    }

    /// Height in pixels.
    pub fn height(&self) -> u32 {
        self.height
    }

    /// Pixel format.
    pub fn format(&self) -> PixelFormat {
        self.format
    }
}
