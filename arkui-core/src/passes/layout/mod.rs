//! Layout: taffy's flexbox run directly on our node arena through taffy's low-level traits
//! (no second, mirrored `TaffyTree`), with text measured by cosmic-text and images by their
//! decoded size; Row/Column hide low `displayPriority` children that do not fit.
//!
//! Only what changed is recomputed: attribute setters clear taffy's caches from the changed
//! node up to the root, and taffy reuses every other cached subtree result.

mod content_size;
mod image;
mod placement;
mod priority;
mod relative;
mod style;
mod taffy_tree;
mod text;

pub(crate) use placement::Placement;
pub(crate) use priority::PriorityHidden;
pub use taffy_tree::MAX_LAYOUT_DEPTH;
pub(crate) use taffy_tree::compute_layout;
pub(crate) use text::{shaped_for_paint, text_style};
