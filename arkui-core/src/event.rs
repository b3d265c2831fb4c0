//! Pointer input: hit testing and click delivery.

use arkui_renderer::Point;

use crate::tree::{ClickEvent, NodeId, NodeTree, Visibility};

/// The chain of nodes under `p`, deepest first, ending at `root`. Later siblings are on top.
pub(crate) fn hit_test(tree: &NodeTree, root: NodeId, p: Point) -> Vec<NodeId> {
    let mut chain = Vec::new();
    let mut at = Some(root);
    while let Some(id) = at {
        let Some(node) = tree.nodes.get(id) else {
            break;
        };
        if node.layout.visibility != Visibility::Visible || !node.rect.contains(p) {
            break;
        }
        chain.push(id);
        at = crate::tree::paint_order(tree, id)
            .iter()
            .rev()
            .copied()
            .find(|c| {
                tree.nodes.get(*c).is_some_and(|n| {
                    n.layout.visibility == Visibility::Visible && n.rect.contains(p)
                })
            });
    }
    chain.reverse();
    chain
}

/// The handler and event for a click at `p` (pixels), if any node on the chain handles it.
pub(crate) fn click_target(
    tree: &NodeTree,
    chain: &[NodeId],
    p: Point,
    density: f32,
) -> Option<(crate::tree::ClickHandler, ClickEvent)> {
    chain.iter().find_map(|id| {
        let node = tree.nodes.get(*id)?;
        let handler = node.on_click.clone()?;
        Some((
            handler,
            ClickEvent {
                x: (p.x - node.rect.x) / density,
                y: (p.y - node.rect.y) / density,
                window_x: p.x / density,
                window_y: p.y / density,
            },
        ))
    })
}
