//! # arkui-renderer
//!
//! The drawing half of arkui-rs: a flat, serialisable [`DisplayList`] of draw commands,
//! the text machinery both backends share ([`text`]), and the [`software`] rasterizer that
//! framebuffers, small screens and headless tests draw with. It depends on no other
//! workspace crate: arkui-core records display lists, platforms hand over pixel memory.
//!
//! The display list covers rectangles and rounded rectangles, per-side styled borders,
//! linear/radial/sweep gradients, box shadows, images ([`images`]: decoded off the UI thread
//! under explicit limits, cached under a byte budget), glyph runs, filled and stroked paths
//! (lyon's path type; [`PathData::from_svg`] parses SVG path data), rectangular and rounded
//! clips, opacity layers and affine transforms.
//! The software rasterizer computes exact area coverage and is checked against tiny-skia on
//! 50 scenes (`tests/oracle.rs`); it renders into RGBA8888, BGRA8888 or RGB565 (optionally
//! dithered) memory with any stride and rotation, only inside damaged rectangles
//! ([`software::Damage`], [`software::scroll`]), or strip by strip into a small line buffer.
//! With the `wgpu` feature the same lists draw on the GPU (`wgpu` module: instanced SDF
//! quads, lyon-tessellated paths, glyph and image textures), checked against the software
//! output on the same scenes (`tests/wgpu_parity.rs`).
//!
//! ```
//! use arkui_renderer::software::{PixelFormat, RenderTarget, SoftwareRenderer};
//! use arkui_renderer::text::{FontContext, FontSource};
//! use arkui_renderer::{Color, CornerRadii, DisplayList, DrawCmd, IRect, Rect};
//!
//! let mut list = DisplayList::new();
//! list.push(DrawCmd::RoundedRect {
//!     rect: Rect::new(0.0, 0.0, 16.0, 16.0),
//!     radii: CornerRadii::uniform(8.0),
//!     color: Color::BLUE,
//! });
//! let mut px = vec![0u8; 16 * 16 * 4];
//! let mut target = RenderTarget::new(&mut px, 16, 16, 64, PixelFormat::Rgba8888).unwrap();
//! let mut fonts = FontContext::new(FontSource::BundledOnly);
//! SoftwareRenderer::new().render(&list, &mut target, &mut fonts, IRect::from_size(16, 16));
//! let at = |x: usize, y: usize| &px[(y * 16 + x) * 4..][..4];
//! assert_eq!(at(8, 8), &[0, 0, 255, 255]); // centre: solid
//! assert_eq!(at(0, 0), &[0, 0, 0, 0]); // corner: outside the circle
//! assert!(at(1, 3)[3] > 0 && at(1, 3)[3] < 255); // on the arc: anti-aliased
//! ```
#![forbid(unsafe_code)]

// Dash and dot placement shared by both rasterizers.
#[cfg(any(feature = "software", feature = "wgpu"))]
mod border_layout;
pub mod color;
pub mod damage;
mod display_list;
mod geometry;
pub mod images;
mod paint;
mod path;
mod pixel_format;
#[cfg(feature = "software")]
pub mod software;
// SVG path data (`d` attributes) parsed into `PathData`.
mod svg_path;
pub mod text;
mod transform;
#[cfg(feature = "wgpu")]
pub mod wgpu;

pub use color::{Color, PremulColor};
pub use display_list::{
    BorderSide, BorderSides, BorderStyle, BorderWidths, CompositeMode, DisplayList, DrawCmd,
    FontKey, Glyph, GlyphRun, ImageFilter, ImageFit, ImageKey, ImageRepeat, LayerShadow,
    MAX_LAYER_SIGMA,
};
pub use geometry::{CornerRadii, IRect, Point, Rect};
pub use paint::{Brush, Gradient, GradientKind, GradientStop, Spread};
pub use path::{FillRule, LineCap, LineJoin, PathData, PathVerb, StrokeStyle};
pub use pixel_format::PixelFormat;
pub use svg_path::{MAX_SVG_PATH_BYTES, SvgPathError};
pub use transform::Transform;
