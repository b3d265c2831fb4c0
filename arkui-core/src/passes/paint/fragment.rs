//! Retained display fragments: where each node's own commands sit in the app's last display
//! list, and what they were drawn under, so a frame can re-record only the nodes whose paint
//! inputs changed and take its damage from those nodes alone.
//!
//! A fragment is a span of the app's retained list, not a copy: the list stays one flat
//! vector for the renderers, and a node's span is replaced in place (shifting the spans
//! after it when its length changes). What wraps a node's commands and its children's (its
//! transform, group-opacity layer, clip) is its [`WrapperKey`]: when that changes, or the
//! tree's structure does, the frame records everything again.

use arkui_renderer::{IRect, Transform};

/// What surrounds a node's own commands and its children's in the list. A node whose key
/// changed cannot be patched in place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct WrapperKey {
    /// Its own visual transform (`translate`/`scale`/`rotate`), if any.
    pub(crate) transform: Option<Transform>,
    /// The opacity of the layer its children are grouped in, if it has one.
    pub(crate) layer: Option<f32>,
    /// The clip it puts around its children, if any, with its rounded corners.
    pub(crate) clip: Option<arkui_renderer::Rect>,
    /// The corners of that clip (the node's border radius).
    pub(crate) clip_radii: arkui_renderer::CornerRadii,
    /// Its clip shape, around its own commands and its children's: the node's box and the
    /// shape's version.
    pub(crate) shape: Option<(arkui_renderer::Rect, u64)>,
    /// The transform its children are drawn through (a `Shape`'s view port).
    pub(crate) content: Option<Transform>,
    /// Its `blur`, as a Gaussian sigma in pixels: a blurred layer around it and its children.
    pub(crate) blur: Option<f32>,
}

/// One node's span of the last full recording.
#[derive(Clone, Debug)]
pub(crate) struct Fragment {
    /// The recording this fragment belongs to ([`next_generation`]).
    pub(crate) generation: u64,
    /// The node's place in recording order: `starts[slot]` is where its commands begin.
    pub(crate) slot: u32,
    /// How many commands it drew itself.
    pub(crate) len: u32,
    pub(crate) key: WrapperKey,
    /// The opacity its parent passed down (what its own opacity multiplies).
    pub(crate) inherited: f32,
    /// Device transform its own commands were drawn through (its own and its ancestors').
    pub(crate) transform: Transform,
    /// Device clip its own commands were cut to (its ancestors' clips).
    pub(crate) clip: IRect,
}

thread_local! {
    static GENERATION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A new recording generation: fragments of older ones are stale.
pub(crate) fn next_generation() -> u64 {
    GENERATION.with(|g| {
        let n = g.get() + 1;
        g.set(n);
        n
    })
}

/// The clip that cuts nothing.
pub(crate) const NO_CLIP: IRect = IRect {
    x0: i32::MIN / 2,
    y0: i32::MIN / 2,
    x1: i32::MAX / 2,
    y1: i32::MAX / 2,
};
