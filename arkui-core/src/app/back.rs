//! The system back: one path for every way a user says "back" — the Back key (Escape, a
//! remote's Back, a phone's Back), Backspace that nothing else used, and the edge swipe on
//! touch screens. It closes the top overlay first, then asks the visible components that
//! registered a back handler (`NodeId::set_on_back_press`: a Router, a Navigation, a page's
//! `onBackPress`), innermost and last-drawn first, until one says it handled it.

use std::rc::Rc;

use super::App;
use crate::reactive::batch;
use crate::tree::{NodeId, with_tree};
use crate::{DeviceKind, InputStyle, Visibility};

/// How far from the window's left or right edge (vp) a touch must start to be a back swipe.
/// Android's and HarmonyOS' system gesture insets are about this wide.
pub const BACK_EDGE_VP: f32 = 24.0;
/// How far (vp) the finger travels inwards before the swipe takes the touch from the app.
const CLAIM_VP: f32 = 16.0;
/// How far (vp) inwards the finger must be when it lifts for the swipe to go back.
pub const BACK_SWIPE_VP: f32 = 64.0;

/// A node's back handler, kept as an extension of the node.
#[derive(Clone)]
struct BackPress(Rc<dyn Fn() -> bool>);

impl NodeId {
    /// Handle the system back while this node is shown: `f` returns `true` when it used the
    /// back (a page popped, a search closed) and `false` to let the next handler out see it.
    /// Handlers of nodes drawn later and deeper are asked first; one set again replaces the
    /// previous one.
    ///
    /// ```
    /// use arkui_core::{App, DeviceProfile, Key, NodeId, NodeKind, State};
    /// let depth = State::new(2);
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     let n = NodeId::create("Column", NodeKind::Flex);
    ///     n.set_on_back_press(move || {
    ///         if depth.get_untracked() == 0 { return false; }
    ///         depth.update(|d| *d -= 1);
    ///         true
    ///     });
    ///     n
    /// });
    /// assert!(app.press_key(Key::Back));
    /// assert!(app.back());
    /// assert_eq!(depth.get_untracked(), 0);
    /// assert!(!app.back(), "nothing left to go back from: the platform may close the app");
    /// ```
    pub fn set_on_back_press(self, f: impl Fn() -> bool + 'static) {
        if self.set_extension(BackPress(Rc::new(f))).is_none() {
            with_tree(|t| {
                if t.nodes.contains_key(self) && !t.back_nodes.contains(&self) {
                    t.back_nodes.push(self);
                }
            });
        }
    }
}

/// The back handlers of the visible nodes under `root`, in the order they are asked:
/// reverse document order, so a descendant comes before its ancestors and a later sibling's
/// subtree before an earlier one's.
fn handlers(root: NodeId) -> Vec<Rc<dyn Fn() -> bool>> {
    let nodes = with_tree(|t| {
        t.back_nodes.retain(|n| t.nodes.contains_key(*n));
        if t.back_nodes.is_empty() {
            return Vec::new();
        }
        let mut order = Vec::new();
        let mut stack = vec![root];
        while let Some(id) = stack.pop() {
            let Some(n) = t.nodes.get(id) else { continue };
            if n.layout.visibility != Visibility::Visible {
                continue;
            }
            if t.back_nodes.contains(&id) {
                order.push(id);
            }
            stack.extend(n.children.iter().rev().copied());
        }
        order
    });
    nodes
        .into_iter()
        .rev()
        .filter_map(|n| n.extension::<BackPress>().map(|b| b.0))
        .collect()
}

impl App {
    /// The system back, as a platform's Back button or a test calls it: closes the top
    /// overlay, else asks the shown back handlers (`NodeId::set_on_back_press`). `false`
    /// when nothing used it: the app is at its first page and the platform may leave.
    pub fn back(&mut self) -> bool {
        let _entered = self.enter();
        self.ensure_layout();
        if self.back_to_overlay() {
            return true;
        }
        self.back_to_handlers()
    }

    /// Ask the back handlers (the overlays were asked already).
    pub(super) fn back_to_handlers(&mut self) -> bool {
        for h in handlers(self.root) {
            if batch(|| h()) {
                self.schedule_frame();
                return true;
            }
        }
        false
    }

    /// Whether this profile's screen takes the edge back swipe: phones, tablets and watches
    /// with a touch screen, as their platforms do. Not IoT panels: on a 320 px screen two
    /// 24 vp bands would take an eighth of the width from the app's own swipes.
    pub(super) fn edge_swipe_enabled(&self) -> bool {
        matches!(
            self.profile.kind,
            DeviceKind::Phone | DeviceKind::Tablet | DeviceKind::Wearable
        ) && matches!(self.profile.input, InputStyle::Touch | InputStyle::Crown)
    }
}

/// An edge swipe in progress: where the first finger went down, and whether the swipe has
/// taken the touch from the app.
#[derive(Clone, Copy, Debug)]
pub(crate) struct EdgeSwipe {
    id: u64,
    start: (f32, f32),
    /// +1 from the left edge (moving right), -1 from the right edge (moving left).
    inward: f32,
    pub(crate) claimed: bool,
}

/// What the app does with a pointer event while an edge swipe is tracked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SwipeStep {
    /// Not (or no longer) a swipe: the app handles the event as usual.
    Pass,
    /// The swipe just took the touch: cancel what the app started, swallow the event.
    Claim,
    /// The swipe owns the touch: swallow the event.
    Swallow,
    /// The finger lifted far enough in: swallow it and go back.
    Back,
}

impl EdgeSwipe {
    /// A first finger down at `(x, y)` vp in a window `width` vp wide: a swipe when it lands
    /// in an edge band.
    pub(crate) fn start(id: u64, x: f32, y: f32, width: f32) -> Option<EdgeSwipe> {
        let inward = if x <= BACK_EDGE_VP {
            1.0
        } else if x >= width - BACK_EDGE_VP {
            -1.0
        } else {
            return None;
        };
        Some(EdgeSwipe {
            id,
            start: (x, y),
            inward,
            claimed: false,
        })
    }

    /// Whether `id` is the finger that started the swipe.
    pub(crate) fn is_finger(&self, id: u64) -> bool {
        self.id == id
    }

    /// The finger `id` moved to (or lifted at, `up`) `(x, y)` vp.
    pub(crate) fn step(&mut self, id: u64, x: f32, y: f32, up: bool) -> SwipeStep {
        if id != self.id {
            return if self.claimed {
                SwipeStep::Swallow
            } else {
                SwipeStep::Pass
            };
        }
        let inward = (x - self.start.0) * self.inward;
        let across = (y - self.start.1).abs();
        if !self.claimed && inward >= CLAIM_VP && inward > 2.0 * across {
            self.claimed = true;
            return if up && inward >= BACK_SWIPE_VP {
                SwipeStep::Back
            } else {
                SwipeStep::Claim
            };
        }
        match (self.claimed, up) {
            (false, _) => SwipeStep::Pass,
            (true, true) if inward >= BACK_SWIPE_VP => SwipeStep::Back,
            (true, _) => SwipeStep::Swallow,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_touches_in_the_edge_bands_start_a_swipe() {
        assert!(EdgeSwipe::start(0, 10.0, 100.0, 360.0).is_some());
        assert!(EdgeSwipe::start(0, 350.0, 100.0, 360.0).is_some());
        assert!(EdgeSwipe::start(0, 100.0, 100.0, 360.0).is_none());
    }

    #[test]
    fn a_swipe_claims_after_the_slop_and_goes_back_past_the_threshold() {
        let mut s = EdgeSwipe::start(0, 4.0, 100.0, 360.0).unwrap();
        assert_eq!(s.step(0, 12.0, 101.0, false), SwipeStep::Pass);
        assert_eq!(s.step(0, 24.0, 102.0, false), SwipeStep::Claim);
        assert_eq!(s.step(0, 40.0, 102.0, false), SwipeStep::Swallow);
        assert_eq!(s.step(0, 80.0, 102.0, true), SwipeStep::Back);
    }

    #[test]
    fn a_short_or_vertical_swipe_does_not_go_back() {
        let mut short = EdgeSwipe::start(0, 4.0, 100.0, 360.0).unwrap();
        short.step(0, 30.0, 100.0, false);
        assert_eq!(short.step(0, 40.0, 100.0, true), SwipeStep::Swallow);
        let mut vertical = EdgeSwipe::start(0, 4.0, 100.0, 360.0).unwrap();
        assert_eq!(vertical.step(0, 30.0, 200.0, false), SwipeStep::Pass);
        assert_eq!(vertical.step(0, 90.0, 300.0, true), SwipeStep::Pass);
    }

    #[test]
    fn the_right_edge_swipes_leftwards() {
        let mut s = EdgeSwipe::start(0, 356.0, 100.0, 360.0).unwrap();
        assert_eq!(s.step(0, 380.0, 100.0, false), SwipeStep::Pass);
        assert_eq!(s.step(0, 330.0, 100.0, false), SwipeStep::Claim);
        assert_eq!(s.step(0, 280.0, 100.0, true), SwipeStep::Back);
    }
}
