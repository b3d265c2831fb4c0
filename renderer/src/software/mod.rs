//! The software rasterizer: anti-aliased, premultiplied, source-over, into RGBA8888,
//! BGRA8888 or RGB565 targets with any row stride, re-rendering only the pixels asked for.

mod coverage;
mod format;
mod raster;
mod target;

pub use format::PixelFormat;
pub use raster::SoftwareRenderer;
pub use target::{RenderError, RenderTarget};
