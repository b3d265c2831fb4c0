//! ArkUI's `nestedScroll`: how a drag is shared between a scrolling container and the
//! nearest one around it on the same axis (or a `Refresh`), in each direction. A child
//! decides with its [`NestedScrollOptions`]; a parent that is not a scroller (a Refresh)
//! takes part through [`NestedParent`].

use std::rc::Rc;

use arkui_core::NodeId;

use crate::scroll_physics::ScrollPhysics;

/// ArkUI's `NestedScrollMode`: who scrolls first when a drag could move both a container
/// and the one around it.
///
/// ```
/// assert_eq!(arkui_widgets::NestedScrollMode::default(), arkui_widgets::NestedScrollMode::SelfOnly);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NestedScrollMode {
    /// Only this container scrolls; at its edge its edge effect shows (the default).
    #[default]
    SelfOnly,
    /// This container scrolls to its edge, then the parent takes the rest.
    SelfFirst,
    /// The parent scrolls to its edge, then this container takes the rest.
    ParentFirst,
    /// Both move together.
    Parallel,
}

/// ArkUI's `NestedScrollOptions`: the mode towards the content's end (`scroll_forward`,
/// the finger moving up in a vertical list) and towards its start (`scroll_backward`).
///
/// ```
/// use arkui_widgets::{NestedScrollMode, NestedScrollOptions};
/// let o = NestedScrollOptions::new(NestedScrollMode::ParentFirst, NestedScrollMode::SelfFirst);
/// assert_eq!(o.scroll_backward, NestedScrollMode::SelfFirst);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NestedScrollOptions {
    /// Towards the end of the content.
    pub scroll_forward: NestedScrollMode,
    /// Towards the start of the content.
    pub scroll_backward: NestedScrollMode,
}

impl NestedScrollOptions {
    /// Both modes.
    pub fn new(forward: NestedScrollMode, backward: NestedScrollMode) -> NestedScrollOptions {
        NestedScrollOptions {
            scroll_forward: forward,
            scroll_backward: backward,
        }
    }
}

/// A node around scrolling containers that takes part in their drags without being one.
pub(crate) trait NestedParent {
    /// The mode this parent imposes for a drag of `delta` px (positive: towards the end),
    /// overriding the child's options (`None`: the child's options decide).
    fn mode(&self, delta: f32) -> Option<NestedScrollMode>;
    /// Take up to `delta` px of drag; returns what was taken.
    fn offer(&self, delta: f32) -> f32;
    /// The finger lifted at `velocity` px/s (positive: towards the end).
    fn release(&self, velocity: f32);
}

#[derive(Clone)]
struct NestedSlot(Rc<dyn NestedParent>);

/// Make `node` a nested-scroll parent of the scrollers inside it.
pub(crate) fn set_parent(node: NodeId, p: Rc<dyn NestedParent>) {
    node.set_extension(NestedSlot(p));
}

/// `node` is no nested-scroll parent any more.
pub(crate) fn clear_parent(node: NodeId) {
    node.remove_extension::<NestedSlot>();
}

/// The parent a drag in scroller `node` (scrolling `vertical`ly) can share with.
#[derive(Clone)]
pub(crate) enum Parent {
    /// A Refresh or the like.
    Custom(Rc<dyn NestedParent>),
    /// A scrolling container on the same axis.
    Scroller(ScrollPhysics),
}

impl Parent {
    pub(crate) fn find(node: NodeId, vertical: bool) -> Option<Parent> {
        let mut n = node.parent();
        while let Some(p) = n {
            if let Some(NestedSlot(c)) = p.extension::<NestedSlot>() {
                return Some(Parent::Custom(c));
            }
            if let Some(m) = crate::scrollable::motion_of(p)
                && m.vertical == vertical
            {
                return Some(Parent::Scroller(m.physics));
            }
            n = p.parent();
        }
        None
    }

    /// The mode for a drag of `delta`, given the child's options.
    pub(crate) fn mode(&self, delta: f32, child: NestedScrollOptions) -> NestedScrollMode {
        let own = match self {
            Parent::Custom(c) => c.mode(delta),
            Parent::Scroller(_) => None,
        };
        own.unwrap_or(if delta > 0.0 {
            child.scroll_forward
        } else {
            child.scroll_backward
        })
    }

    pub(crate) fn offer(&self, delta: f32) -> f32 {
        match self {
            Parent::Custom(c) => c.offer(delta),
            Parent::Scroller(p) => p.nudge(delta),
        }
    }

    pub(crate) fn release(&self, velocity: f32) {
        match self {
            Parent::Custom(c) => c.release(velocity),
            Parent::Scroller(p) => p.release(velocity),
        }
    }
}

/// Share a drag of `delta` px between a child whose unclamped position is `raw` in
/// `[0, max]` and `parent` under `mode`. Returns (the child's share, whether the parent
/// took any).
pub(crate) fn share(
    mode: NestedScrollMode,
    parent: &Parent,
    delta: f32,
    raw: f32,
    max: f32,
) -> (f32, bool) {
    match mode {
        NestedScrollMode::SelfOnly => (delta, false),
        NestedScrollMode::SelfFirst => {
            // What the child can still move before its edge, then the rest to the parent.
            let room = if delta > 0.0 {
                (max - raw).max(0.0)
            } else {
                -raw.max(0.0)
            };
            let own = if delta > 0.0 {
                delta.min(room)
            } else {
                delta.max(room)
            };
            let rest = delta - own;
            let taken = if rest != 0.0 { parent.offer(rest) } else { 0.0 };
            (own + rest - taken, taken != 0.0)
        }
        NestedScrollMode::ParentFirst => {
            let taken = parent.offer(delta);
            (delta - taken, taken != 0.0)
        }
        NestedScrollMode::Parallel => {
            let taken = parent.offer(delta);
            (delta, taken != 0.0)
        }
    }
}
