//! The component tree: nodes with ArkUI attributes, owned by scopes, in a thread-local arena.
//!
//! [`NodeId`] is the low-level, plain-Rust handle every widget wraps: widgets create a node
//! with a tag (`"Column"`, `"Text"`), then set attributes through it. `ui!` generates exactly
//! these calls.

mod attrs;
mod extensions;
pub(crate) mod focus_rules;
pub(crate) mod interaction;
mod node;
mod observers;
mod span;
mod store;
pub(crate) mod transform;

pub use attrs::{
    AlignRules, Alignment, CONTAINER, ClickEvent, FlexAlign, FlexDirection, FlexWrap, FontWeight,
    GridCell, HorizontalAlign, HorizontalAnchor, ItemAlign, LayoutAttrs, Positioning, TextAttrs,
    VerticalAlign, VerticalAnchor, Visibility, Visual,
};
pub use interaction::{FocusDirection, HitTestMode, KeyEvent, TouchEvent, TouchKind};
pub use node::{NodeId, NodeKind};
pub use span::{SpanAttrs, SpanImage};

pub(crate) use node::{ClickHandler, Node, TextCache};
pub(crate) use span::{collect_spans, span_colors};
pub(crate) use store::{
    NodeTree, dispose_nodes, fire_appear, free_leaving, is_paint_dirty, paint_order,
    take_layout_dirty, take_paint_dirty, take_paint_queue, take_repaint_all, with_tree,
};
