//! Damage: which pixels a frame must repaint. Backend-independent, so arkui-core can work it
//! out from two display lists and every presenter (software targets, line buffers, GPU
//! scissors) can use it.
//!
//! - [`Damage`]: a set of rectangles, merged only when merging saves work.
//! - [`list_damage`]: the rectangles two display lists differ in.
//! - [`frame_damage`]: the same, plus a [`Blit`] when a scroll container moved its content
//!   by whole pixels ([`ScrollHint`]), so a scrolled frame moves the pixels it already has and
//!   paints only the exposed strip.
//!
//! ```
//! use arkui_renderer::damage::{Damage, FrameDamage};
//! use arkui_renderer::IRect;
//! let full = FrameDamage::full(IRect::from_size(320, 240));
//! assert_eq!(full.damage.area(), 320 * 240);
//! assert!(FrameDamage::default().is_empty());
//! assert!(Damage::new().is_empty());
//! ```

mod diff;
mod frame;
mod rects;
mod translate;

pub use diff::list_damage;
pub use frame::{Blit, FrameDamage, ScrollHint, exposed_by_move, frame_damage};
pub use rects::{Damage, PASS_OVERHEAD_PX};
