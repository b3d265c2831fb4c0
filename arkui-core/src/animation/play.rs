//! Playing a [`TransitionEffect`] on a node that stays in the tree: what a router does to
//! the page it covers or uncovers, where insertion and removal transitions do not apply.

use super::{AnimateParam, TransitionEffect};
use crate::tree::{NodeId, with_tree};

impl NodeId {
    /// Animate this node between its own look and `effect` with `param`'s timing: from the
    /// effect to its look when `appearing`, else from its look to the effect. Percent
    /// translations resolve against the node's last layout, so play it on a node already
    /// shown (a new node appears through its `.transition()`). Call
    /// [`stop_animations`](Self::stop_animations) and restore the look first when the node
    /// may still be mid-effect: the effect is relative to what the node shows now.
    ///
    /// ```
    /// use arkui_core::{AnimateParam, App, Curve, DeviceProfile, NodeId, NodeKind, TransitionEffect};
    /// let n = NodeId::create("Column", NodeKind::Flex);
    /// let mut app = App::with_view(DeviceProfile::iot(), move || n);
    /// app.advance_time(0.0);
    /// app.frame();
    /// n.play_transition(&TransitionEffect::OPACITY, false, AnimateParam::new(100.0).curve(Curve::Linear));
    /// app.advance_time(50.0);
    /// app.frame();
    /// assert_eq!(n.visual().unwrap().opacity, 0.5);
    /// app.advance_time(110.0);
    /// app.frame();
    /// assert_eq!(n.visual().unwrap().opacity, 0.0);
    /// ```
    pub fn play_transition(self, effect: &TransitionEffect, appearing: bool, param: AnimateParam) {
        with_tree(|t| {
            super::start_effect(t, self, effect, &param, appearing, false);
            if let Some(root) = t.nodes.get(self).map(|_| t.root_of(self))
                && let Some(r) = t.nodes.get_mut(root)
            {
                r.frame_dirty = true;
            }
        });
    }

    /// Stop this node's running animations where they are (no finish callbacks run).
    ///
    /// ```
    /// use arkui_core::{AnimateParam, App, DeviceProfile, NodeId, NodeKind, TransitionEffect};
    /// let n = NodeId::create("Column", NodeKind::Flex);
    /// let mut app = App::with_view(DeviceProfile::iot(), move || n);
    /// app.advance_time(0.0);
    /// app.frame();
    /// n.play_transition(&TransitionEffect::OPACITY, false, AnimateParam::new(100.0));
    /// n.stop_animations();
    /// app.advance_time(200.0);
    /// app.frame();
    /// assert_eq!(n.visual().unwrap().opacity, 1.0, "stopped where it started");
    /// ```
    pub fn stop_animations(self) {
        with_tree(|t| t.tracks.list.retain(|tr| tr.node != self));
    }
}

impl NodeId {
    /// Remove this node's `.transition()`: it is then inserted and removed without one.
    ///
    /// ```
    /// use arkui_core::{CommonAttribute, NodeId, NodeKind, TransitionEffect};
    /// let n = NodeId::create("Column", NodeKind::Flex).transition(TransitionEffect::OPACITY);
    /// n.clear_transition();
    /// ```
    pub fn clear_transition(self) {
        with_tree(|t| {
            if let Some(a) = t.nodes.get_mut(self).and_then(|n| n.animation.as_mut()) {
                a.transition = None;
            }
        });
    }
}
