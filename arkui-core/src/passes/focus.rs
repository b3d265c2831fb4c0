//! Focus for keyboards and remote controls: Tab order, arrow/D-pad navigation (the nearest
//! focusable node in the pressed direction), focus groups that remember their last focused
//! child, and explicit next-focus overrides.

use arkui_renderer::Rect;

use crate::Units;
use crate::tree::focus_rules::can_focus;
use crate::tree::transform::drawn_rect;
use crate::tree::{FocusDirection, NodeId, NodeTree, paint_order};

/// How many of the components that last had focus an app remembers.
const HISTORY: usize = 8;

/// An app's focus: which node has it and whether the focus ring is shown (only after key
/// navigation; touch hides it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct FocusState {
    pub(crate) focused: Option<NodeId>,
    pub(crate) visible: bool,
    pub(crate) started: bool,
    /// The components that last had focus, most recent last, with their `.id()`: when a page
    /// or dialog closes under the focused component, focus goes back to where it was before
    /// it opened (see [`restore`]).
    pub(crate) history: Vec<(NodeId, Option<String>)>,
}

impl FocusState {
    /// `id` (with `.id()` `key`) took focus.
    pub(crate) fn remember(&mut self, id: NodeId, key: Option<String>) {
        self.history
            .retain(|(n, k)| *n != id && (key.is_none() || *k != key));
        self.history.push((id, key));
        if self.history.len() > HISTORY {
            self.history.remove(0);
        }
    }
}

/// Where focus returns once the focused component is gone: the most recently focused
/// component still shown under `root`, or one shown again under the same `.id()` (a menu
/// rebuilt when its page is closed). `None` when nothing remembered is on screen.
pub(crate) fn restore(
    tree: &NodeTree,
    root: NodeId,
    history: &[(NodeId, Option<String>)],
) -> Option<NodeId> {
    let focusable = focusables(tree, root);
    history.iter().rev().find_map(|(node, key)| {
        if focusable.contains(node) {
            return Some(*node);
        }
        let again = crate::inspector::find_by_key(tree, root, key.as_deref()?)?;
        focusable.contains(&again).then_some(again)
    })
}

/// Focusable nodes under `root`, in paint (document) order.
pub(crate) fn focusables(tree: &NodeTree, root: NodeId) -> Vec<NodeId> {
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(id) = stack.pop() {
        let Some(node) = tree.nodes.get(id) else {
            continue;
        };
        if node.layout.visibility != crate::Visibility::Visible || node.interaction.disabled {
            continue;
        }
        if can_focus(node) {
            out.push(id);
        }
        stack.extend(paint_order(tree, id).iter().rev());
    }
    out
}

/// Tab order: positive `tab_index` first (ascending), then the rest in document order.
pub(crate) fn tab_order(tree: &NodeTree, mut list: Vec<NodeId>) -> Vec<NodeId> {
    list.sort_by_key(|id| {
        let t = tree.nodes.get(*id).map_or(0, |n| n.interaction.tab_index);
        if t > 0 { (0, t) } else { (1, 0) }
    });
    list
}

fn centre(r: &Rect) -> (f32, f32) {
    (r.x + r.width / 2.0, r.y + r.height / 2.0)
}

/// The best candidate in `dir` from `from`, Android-style: it must lie in that direction;
/// candidates overlapping `from` across the movement ("in the beam") win over the others;
/// then the smallest `13 * major² + minor²` distance.
pub(crate) fn spatial(
    tree: &NodeTree,
    from: &Rect,
    dir: FocusDirection,
    candidates: &[NodeId],
    units: &Units,
) -> Option<NodeId> {
    let (fx, fy) = centre(from);
    let mut best: Option<(bool, f32, NodeId)> = None;
    for id in candidates {
        let Some(r) = drawn_rect(tree, *id, units) else {
            continue;
        };
        let (cx, cy) = centre(&r);
        let eps = 0.5;
        let (major, minor, beam) = match dir {
            FocusDirection::Down
                if r.y >= from.bottom() - eps || (cy > fy + eps && r.y > from.y) =>
            {
                (
                    (r.y - from.bottom()).max(0.0),
                    (cx - fx).abs(),
                    r.x < from.right() && r.right() > from.x,
                )
            }
            FocusDirection::Up
                if r.bottom() <= from.y + eps || (cy < fy - eps && r.bottom() < from.bottom()) =>
            {
                (
                    (from.y - r.bottom()).max(0.0),
                    (cx - fx).abs(),
                    r.x < from.right() && r.right() > from.x,
                )
            }
            FocusDirection::Right
                if r.x >= from.right() - eps || (cx > fx + eps && r.x > from.x) =>
            {
                (
                    (r.x - from.right()).max(0.0),
                    (cy - fy).abs(),
                    r.y < from.bottom() && r.bottom() > from.y,
                )
            }
            FocusDirection::Left
                if r.right() <= from.x + eps || (cx < fx - eps && r.right() < from.right()) =>
            {
                (
                    (from.x - r.right()).max(0.0),
                    (cy - fy).abs(),
                    r.y < from.bottom() && r.bottom() > from.y,
                )
            }
            _ => continue,
        };
        let score = 13.0 * major * major + minor * minor;
        let better = match best {
            None => true,
            Some((b_beam, b_score, _)) => (beam && !b_beam) || (beam == b_beam && score < b_score),
        };
        if better {
            best = Some((beam, score, *id));
        }
    }
    best.map(|(_, _, id)| id)
}

/// The nearest ancestor of `id` (not itself) that is a focus group.
pub(crate) fn group_of(tree: &NodeTree, id: NodeId) -> Option<NodeId> {
    let mut at = tree.nodes.get(id)?.parent;
    while let Some(a) = at {
        let n = tree.nodes.get(a)?;
        if n.interaction.focus_group {
            return Some(a);
        }
        at = n.parent;
    }
    None
}

/// When focus enters a group from outside, it goes to the child the group remembers, or its
/// `group_default_focus` child, before the geometrically nearest one.
pub(crate) fn redirect_into_group(
    tree: &NodeTree,
    from: Option<NodeId>,
    to: NodeId,
    focusable: &[NodeId],
) -> NodeId {
    let Some(group) = group_of(tree, to) else {
        return to;
    };
    let inside = |n: NodeId| {
        let mut at = Some(n);
        while let Some(a) = at {
            if a == group {
                return true;
            }
            at = tree.nodes.get(a).and_then(|x| x.parent);
        }
        false
    };
    if from.is_some_and(inside) {
        return to;
    }
    let g = &tree.nodes[group].interaction;
    if let Some(r) = g.remembered.filter(|r| focusable.contains(r)) {
        return r;
    }
    focusable
        .iter()
        .copied()
        .find(|c| inside(*c) && tree.nodes[*c].interaction.group_default_focus)
        .unwrap_or(to)
}

/// The explicit `next_focus` target of `from` for `dir`, when set and focusable.
pub(crate) fn explicit(
    tree: &NodeTree,
    root: NodeId,
    from: NodeId,
    dir: FocusDirection,
    focusable: &[NodeId],
) -> Option<NodeId> {
    let key = tree
        .nodes
        .get(from)?
        .interaction
        .handlers()?
        .next_focus
        .iter()
        .find(|(d, _)| *d == dir)?
        .1
        .clone();
    let target = crate::inspector::find_by_key(tree, root, &key)?;
    focusable.contains(&target).then_some(target)
}

/// Where focus goes from `from` (or from nothing) in `dir`.
pub(crate) fn navigate(
    tree: &NodeTree,
    root: NodeId,
    from: Option<NodeId>,
    dir: FocusDirection,
    units: &Units,
) -> Option<NodeId> {
    let focusable = focusables(tree, root);
    if focusable.is_empty() {
        return None;
    }
    if let Some(f) = from
        && let Some(t) = explicit(tree, root, f, dir, &focusable)
    {
        return Some(t);
    }
    let target = match dir {
        FocusDirection::Next | FocusDirection::Previous => {
            let order = tab_order(tree, focusable.clone());
            let pos = from.and_then(|f| order.iter().position(|n| *n == f));
            let n = order.len();
            Some(match (pos, dir) {
                (None, FocusDirection::Next) => order[0],
                (None, _) => order[n - 1],
                (Some(p), FocusDirection::Next) => order[(p + 1) % n],
                (Some(p), _) => order[(p + n - 1) % n],
            })
        }
        _ => {
            let Some(f) = from else {
                return focusable.first().copied();
            };
            let rect = drawn_rect(tree, f, units)?;
            let others: Vec<NodeId> = focusable.iter().copied().filter(|n| *n != f).collect();
            spatial(tree, &rect, dir, &others, units)
        }
    }?;
    Some(redirect_into_group(tree, from, target, &focusable))
}
