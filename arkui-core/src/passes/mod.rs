//! The passes a frame runs over the component tree, in order, each in its own module:
//!
//! 1. [`layout`]: taffy's flexbox and grid on our node arena; only dirty subtrees miss
//!    taffy's cache, and nodes whose rect moved are queued for paint.
//! 2. [`paint`]: the retained display list. A full recording walks the tree back to front
//!    through each node's default painter and component painter ([`paint::PaintCtx`]); a
//!    patch re-records only the queued nodes into their fragments.
//! 3. [`damage`]: which pixels the frame changed: the patch's own damage, or the diff of
//!    two recordings (with a scroll turned into a blit and the strip it exposes).
//!
//! And the passes input and tools run on the laid-out tree: [`hit_test`] (pointer
//! targets, through transforms), [`focus`] (Tab and D-pad navigation), [`inspector`]
//! (ArkUI's inspector JSON) and `a11y` (the AccessKit tree, feature `accessibility`).
//!
//! `ARCHITECTURE.md` at the repository root follows one click through all of them.

#[cfg(feature = "accessibility")]
pub(crate) mod a11y;
pub(crate) mod damage;
pub(crate) mod focus;
pub(crate) mod hit_test;
pub(crate) mod inspector;
pub(crate) mod layout;
pub(crate) mod paint;
pub(crate) mod visible_area;
