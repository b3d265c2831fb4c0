//! The paint pass: the laid-out tree to a display list.
//!
//! [`record`] walks the tree back to front. Each node is drawn by the default painter of its
//! kind (background, border, text, image) and then by its own painter, if a component gave it
//! one ([`crate::NodeId::set_painter`]), through a [`PaintCtx`]: the same drawing vocabulary the
//! renderer has (rects, rounded rects, paths, gradients, shadows, styled borders, glyph runs,
//! clips, layers, transforms), in the node's own coordinates.

mod ctx;
mod fragment;
mod record;
mod text;
mod update;

pub use ctx::{PaintCtx, Shadow};

pub(crate) use ctx::{Painter, in_painter};
pub(crate) use fragment::{Fragment, next_generation};
pub(crate) use record::{ClipSpan, Recording, Screen, record};
pub(crate) use update::{RetainedFrame, update};
