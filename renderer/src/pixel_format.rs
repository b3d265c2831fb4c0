//! [`PixelFormat`]: how a target lays out one pixel.

/// The memory layout of one pixel in a [`crate::software::RenderTarget`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PixelFormat {
    /// Bytes R, G, B, A (premultiplied), as PNG encoders and wgpu's `Rgba8Unorm` expect.
    Rgba8888,
    /// Bytes B, G, R, A (premultiplied): Linux framebuffers' XRGB8888/ARGB8888 in memory,
    /// and what softbuffer presents.
    Bgra8888,
    /// 16-bit little-endian 5-6-5, the common format of small SPI and RGB panels.
    Rgb565,
}

impl PixelFormat {
    /// Bytes per pixel.
    pub const fn bytes_per_pixel(self) -> usize {
        match self {
            PixelFormat::Rgba8888 | PixelFormat::Bgra8888 => 4,
            PixelFormat::Rgb565 => 2,
        }
    }
}
