//! [`RenderTarget`]: a caller's pixel memory described by size, stride, format and rotation.

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

/// How the picture is turned on the panel, clockwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Rotation {
    /// The panel's rows are the picture's rows.
    #[default]
    Deg0,
    /// The picture's top edge runs down the panel's right edge.
    Deg90,
    /// Upside down.
    Deg180,
    /// The picture's top edge runs up the panel's left edge.
    Deg270,
}

impl Rotation {
    /// Where logical pixel `(x, y)` lies on a panel of `width` x `height` physical pixels.
    ///
    /// ```
    /// use arkui_renderer::software::Rotation;
    /// // A 4x2 panel shows a 2x4 picture when turned a quarter: its top-left goes top-right.
    /// assert_eq!(Rotation::Deg90.to_physical(0, 0, 4, 2), (3, 0));
    /// assert_eq!(Rotation::Deg180.to_physical(0, 0, 4, 2), (3, 1));
    /// ```
    pub fn to_physical(self, x: u32, y: u32, width: u32, height: u32) -> (u32, u32) {
        match self {
            Rotation::Deg0 => (x, y),
            Rotation::Deg90 => (width - 1 - y, x),
            Rotation::Deg180 => (width - 1 - x, height - 1 - y),
            Rotation::Deg270 => (y, height - 1 - x),
        }
    }

    /// True for quarter turns, which swap width and height.
    pub fn swaps_axes(self) -> bool {
        matches!(self, Rotation::Deg90 | Rotation::Deg270)
    }
}

/// Pixels to draw into: `height` rows of `stride` bytes, each starting with `width` pixels.
///
/// ```
/// use arkui_renderer::software::{PixelFormat, RenderTarget, Rotation};
/// let mut buf = vec![0u8; 64 * 4 * 10];
/// let target = RenderTarget::new(&mut buf, 64, 10, 64 * 4, PixelFormat::Rgba8888)
///     .unwrap()
///     .with_rotation(Rotation::Deg90);
/// assert_eq!(target.width(), 64);
/// assert_eq!(target.logical_size(), (10, 64));
/// assert!(RenderTarget::new(&mut [0u8; 8], 64, 10, 256, PixelFormat::Rgba8888).is_err());
/// ```
#[derive(Debug)]
pub struct RenderTarget<'a> {
    pub(crate) data: &'a mut [u8],
    pub(crate) width: u32,
    pub(crate) height: u32,
    pub(crate) stride: usize,
    pub(crate) format: PixelFormat,
    pub(crate) rotation: Rotation,
    pub(crate) dither: bool,
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
            rotation: Rotation::Deg0,
            dither: false,
        })
    }

    /// The same target showing the picture turned by `rotation`; display lists are then in
    /// the turned (logical) coordinates of [`RenderTarget::logical_size`].
    pub fn with_rotation(mut self, rotation: Rotation) -> RenderTarget<'a> {
        self.rotation = rotation;
        self
    }

    /// Ordered dithering for RGB565 targets (ignored by 32-bit formats), which hides the
    /// banding of gradients on 16-bit panels.
    pub fn with_dither(mut self, dither: bool) -> RenderTarget<'a> {
        self.dither = dither;
        self
    }

    /// Physical width in pixels.
    pub fn width(&self) -> u32 {
        self.width
    }

    /// Physical height in pixels.
    pub fn height(&self) -> u32 {
        self.height
    }

    /// Width and height of the picture drawn (swapped for quarter turns).
    pub fn logical_size(&self) -> (u32, u32) {
        if self.rotation.swaps_axes() {
            (self.height, self.width)
        } else {
            (self.width, self.height)
        }
    }

    /// Pixel format.
    pub fn format(&self) -> PixelFormat {
        self.format
    }

    /// Rotation.
    pub fn rotation(&self) -> Rotation {
        self.rotation
    }
}
