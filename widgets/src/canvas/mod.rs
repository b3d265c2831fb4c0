//! ArkUI's `Canvas` and its 2D context (`CanvasRenderingContext2D`, modelled on the HTML
//! canvas): paths, styles, gradients, transforms, clips, text, shadows and composite
//! operations, recorded and replayed by both renderers.

mod component;
mod context;
mod image;
mod path2d;
mod state;
mod style;
mod text;

pub use component::Canvas;
pub use context::{CanvasRenderingContext2D, MAX_CANVAS_OPS};
pub use image::{CanvasPattern, ImageData, MAX_CANVAS_BITMAP_BYTES};
pub use path2d::{MAX_PATH_VERBS, Path2D};
pub use style::{CanvasGradient, CanvasGradientKind, CanvasStyle};
pub use text::{CanvasFont, CanvasTextAlign, CanvasTextBaseline, TextMetrics};
