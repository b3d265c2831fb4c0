//! The wgpu backend: the same [`crate::DisplayList`] drawn on the GPU, pixel for pixel close
//! to the [`crate::software`] rasterizer.
//!
//! - Rectangles, rounded rectangles, gradients, borders (per-side colours, dashes, dots) and
//!   box shadows are instanced quads whose fragment shader computes each pixel's coverage:
//!   the exact area (closed-form arcs, as the CPU) where the transform keeps shapes
//!   axis-aligned, the half-plane area of the signed distance otherwise. No MSAA.
//! - Paths are tessellated by lyon; the shader sums every triangle's exact area over each
//!   pixel into a coverage page, which a quad then paints with the brush.
//! - Text comes from the same `FontContext::glyph_mask` as on the CPU, kept in atlas pages and
//!   placed on the same whole pixels; images are textures fitted by the same rules.
//! - Rectangular clips are scissors; rounded and rotated clips are coverage masks; opacity
//!   layers are offscreen textures composited at their opacity.
//! - [`SurfaceRenderer`] survives 0x0 windows, `Outdated`/`Lost` surfaces, timeouts and device
//!   loss; [`OffscreenRenderer`] draws into a texture and reads RGBA8 back.
//!
//! Blending happens on sRGB-encoded values in non-sRGB targets (`Rgba8Unorm`, `Bgra8Unorm`),
//! as in the software renderer, so both backends agree.

mod block_on;
mod context;
mod encode;
mod error;
mod frame;
mod glyphs;
mod images;
mod instance;
mod offscreen;
mod paths;
mod pipelines;
mod record;
mod renderer;
mod resources;
mod shapes;
mod shelf;
mod surface;
mod tess_cache;
mod textures;

pub use context::{AdapterSummary, GpuContext};
pub use error::GpuError;
pub use offscreen::{OffscreenRenderer, OffscreenTarget};
pub use renderer::WgpuRenderer;
pub use surface::{
    Acquired, FrameOutcome, FrameSource, OFFSCREEN_FORMAT, SurfaceFrame, SurfaceRenderer,
    WindowSurface,
};
