//! Pointer input: hit testing and click delivery.

use arkui_renderer::Point;

use crate::tree::{ClickEvent, HitTestMode, NodeId, NodeTree, Visibility, paint_order};

/// The nodes under `p` that take part in an event, deepest first, ending at `root`.
/// Later siblings are on top. `hitTestBehavior` shapes the chain: `None` hides a subtree,
/// `Transparent` lets siblings below be hit as well, `Block` stops the event from reaching
/// ancestors.
pub(crate) fn hit_test(tree: &NodeTree, root: NodeId, p: Point) -> Vec<NodeId> {
    let mut chain = Vec::new();
    collect(tree, root, p, &mut chain);
    chain
}

/// Push the hit chain of `id`'s subtree (deepest first, then `id`). Returns whether anything
/// was hit and whether the hit blocks what is below.
fn collect(tree: &NodeTree, id: NodeId, p: Point, out: &mut Vec<NodeId>) -> (bool, bool) {
    let Some(node) = tree.nodes.get(id) else {
        return (false, false);
    };
    let mode = node.interaction.hit_test;
    if node.layout.visibility != Visibility::Visible
        || mode == HitTestMode::None
        || !node.rect.contains(p)
    {
        return (false, false);
    }
    for c in paint_order(tree, id).iter().rev() {
        let (hit, transparent) = collect(tree, *c, p, out);
        if hit && !transparent {
            break;
        }
    }
    if mode == HitTestMode::Block {
        // Nothing outside this subtree takes the event: mark where ancestors begin.
        out.push(id);
        out.push(block_mark());
        return (true, false);
    }
    out.push(id);
    (true, mode == HitTestMode::Transparent)
}

/// A sentinel after a blocking node: ancestors after it do not take the event.
fn block_mark() -> NodeId {
    <NodeId as slotmap::Key>::null()
}

/// The handler and event for a click at `p` (pixels), if any node on the chain handles it.
pub(crate) fn click_target(
    tree: &NodeTree,
    chain: &[NodeId],
    p: Point,
    density: f32,
) -> Option<(crate::tree::ClickHandler, ClickEvent)> {
    for id in chain.iter().take_while(|id| **id != block_mark()) {
        let Some(node) = tree.nodes.get(*id) else {
            continue;
        };
        // A disabled component swallows the click: nothing below it reacts either.
        if node.interaction.disabled {
            return None;
        }
        if let Some(handler) = node.on_click.clone() {
            let ev = ClickEvent {
                x: (p.x - node.rect.x) / density,
                y: (p.y - node.rect.y) / density,
                window_x: p.x / density,
                window_y: p.y / density,
            };
            return Some((handler, ev));
        }
    }
    None
}
