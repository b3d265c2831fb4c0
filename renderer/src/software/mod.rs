//! The software rasterizer: anti-aliased (exact area coverage), premultiplied, source-over,
//! into RGBA8888, BGRA8888 or RGB565 targets with any row stride and rotation, re-rendering
//! only damaged pixels, or line by line into a small buffer.

mod blit;
mod blur;
mod border;
mod clip;
mod coverage;
mod draw;
mod flatten;
mod format;
mod glyphs;
mod lines;
mod occlusion;
mod raster;
mod scanline;
mod shader;
mod shadow;
mod shape;
mod stroke;
mod surface;
mod target;

pub use crate::damage::{Damage, PASS_OVERHEAD_PX, list_damage};
pub use blit::scroll;
pub use format::PixelFormat;
pub use lines::LineTarget;
pub use raster::SoftwareRenderer;
pub use target::{RenderError, RenderTarget, Rotation};
