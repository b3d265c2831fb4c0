//! Pointer input: hit testing and click delivery.

use arkui_renderer::Point;

use crate::Units;
use crate::gesture::{Gesture, GesturePriority, PanDirection};
use crate::tree::transform::{node_transform, to_local};
use crate::tree::{ClickEvent, HitTestMode, NodeId, NodeTree, Visibility, paint_order};

/// The nodes under `p` (window pixels) that take part in an event, deepest first, ending at
/// `root`. Later siblings are on top. Nodes are hit where they are drawn: `p` is mapped back
/// through each transform on the way down. `hitTestBehavior` shapes the chain: `None` hides a
/// subtree, `Transparent` lets siblings below be hit as well, `Block` stops the event from
/// reaching ancestors.
pub(crate) fn hit_test(tree: &NodeTree, root: NodeId, p: Point, units: &Units) -> Vec<NodeId> {
    let mut chain = Vec::new();
    collect(tree, root, p, units, &mut chain);
    // A blocking node hides its ancestors from every consumer (touch, hover, wheel, focus),
    // not only from clicks and gestures.
    if let Some(end) = chain.iter().position(|n| *n == block_mark()) {
        chain.truncate(end);
    }
    chain
}

/// Push the hit chain of `id`'s subtree (deepest first, then `id`). `p` is in the space
/// `id`'s parent lays out in. Returns whether anything was hit and whether the hit blocks
/// what is below.
fn collect(
    tree: &NodeTree,
    id: NodeId,
    p: Point,
    units: &Units,
    out: &mut Vec<NodeId>,
) -> (bool, bool) {
    let Some(node) = tree.nodes.get(id) else {
        return (false, false);
    };
    let mode = node.interaction.hit_test;
    if node.layout.visibility != Visibility::Visible || mode == HitTestMode::None {
        return (false, false);
    }
    // Into this node's own layout space. A transform that collapses the node (scale 0)
    // leaves nothing on screen to hit.
    let p = match node_transform(&node.visual, node.rect, units) {
        Some(t) => match t.invert() {
            Some(inverse) => inverse.apply(p),
            None => return (false, false),
        },
        None => p,
    };
    if !hit_area(node, units).contains(p) {
        return (false, false);
    }
    for c in paint_order(tree, id).iter().rev() {
        let (hit, transparent) = collect(tree, *c, p, units, out);
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

/// Where a node takes pointer input, in its own layout space: its box, or its
/// `responseRegion`.
fn hit_area(node: &crate::tree::Node, units: &Units) -> arkui_renderer::Rect {
    let r = node.rect;
    let Some((x, y, w, h)) = node.interaction.handlers().and_then(|h| h.response_region) else {
        return r;
    };
    let res = |l: crate::Length, base: f32| match l {
        crate::Length::Percent(p) => base * p / 100.0,
        other => other.to_px(units).unwrap_or(0.0),
    };
    arkui_renderer::Rect::new(
        r.x + res(x, r.width),
        r.y + res(y, r.height),
        res(w, r.width),
        res(h, r.height),
    )
}

/// A sentinel after a blocking node while the chain is collected: what follows it (the
/// ancestors) is cut off.
fn block_mark() -> NodeId {
    <NodeId as slotmap::Key>::null()
}

/// The handler and event for a click at `p` (window pixels), if any node on the chain
/// handles it. The event's local position is in the clicked node's own (untransformed) box:
/// a click on the right edge of a rotated or scaled button reports its right edge.
pub(crate) fn click_target(
    tree: &NodeTree,
    chain: &[NodeId],
    p: Point,
    units: &Units,
) -> Option<(crate::tree::ClickHandler, ClickEvent)> {
    let density = units.density;
    for id in chain {
        let Some(node) = tree.nodes.get(*id) else {
            continue;
        };
        // A disabled component swallows the click: nothing below it reacts either.
        if node.interaction.disabled {
            return None;
        }
        if let Some(handler) = node.on_click.clone() {
            let local = to_local(tree, *id, p, units).unwrap_or(p);
            let ev = ClickEvent {
                x: (local.x - node.rect.x) / density,
                y: (local.y - node.rect.y) / density,
                window_x: p.x / density,
                window_y: p.y / density,
            };
            return Some((handler, ev));
        }
    }
    None
}

/// The gestures of a hit chain, in arbitration order: ancestors' priority gestures
/// (outermost first), then ordinary gestures and clicks from the deepest component up (the
/// child wins), then parallel gestures. A disabled component swallows the whole sequence.
pub(crate) fn arena_gestures(
    tree: &NodeTree,
    chain: &[NodeId],
    units: &Units,
) -> Vec<(Gesture, bool)> {
    let density = units.density;
    if chain
        .iter()
        .any(|n| tree.nodes.get(*n).is_some_and(|n| n.interaction.disabled))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    for id in chain.iter().rev() {
        let Some(n) = tree.nodes.get(*id) else {
            continue;
        };
        out.extend(
            n.interaction
                .gestures()
                .iter()
                .filter(|(_, p)| *p == GesturePriority::High)
                .map(|(g, _)| (g.clone(), false)),
        );
    }
    for id in chain {
        let Some(n) = tree.nodes.get(*id) else {
            continue;
        };
        out.extend(
            n.interaction
                .gestures()
                .iter()
                .filter(|(_, p)| *p == GesturePriority::Normal)
                .map(|(g, _)| (g.clone(), false)),
        );
        if let Some(handler) = n.on_click.clone() {
            let node = *id;
            let units = *units;
            let tap = Gesture::tap(1).on_action(move |e| {
                let window = Point::new(e.x * density, e.y * density);
                let (r, local) = crate::tree::with_tree(|t| {
                    let r = t.nodes.get(node).map(|n| n.rect).unwrap_or_default();
                    (r, to_local(t, node, window, &units).unwrap_or(window))
                });
                let ev = ClickEvent {
                    x: (local.x - r.x) / density,
                    y: (local.y - r.y) / density,
                    window_x: e.x,
                    window_y: e.y,
                };
                handler(&ev);
            });
            out.push((tap, false));
        }
        if n.kind == crate::NodeKind::Scroll {
            out.push((scroll_pan(*id, n.layout.direction.is_row(), density), false));
        }
    }
    for id in chain {
        let Some(n) = tree.nodes.get(*id) else {
            continue;
        };
        out.extend(
            n.interaction
                .gestures()
                .iter()
                .filter(|(_, p)| *p == GesturePriority::Parallel)
                .map(|(g, _)| (g.clone(), true)),
        );
    }
    out
}

/// A scroll container's own drag: it competes like any pan, after its children's gestures.
fn scroll_pan(node: NodeId, row: bool, density: f32) -> Gesture {
    let start = std::rc::Rc::new(std::cell::Cell::new((0.0f32, 0.0f32)));
    let s = start.clone();
    Gesture::pan(if row {
        PanDirection::Horizontal
    } else {
        PanDirection::Vertical
    })
    .on_action_start(move |_| s.set(node.scroll_offset()))
    .on_action_update(move |e| {
        let (x, y) = start.get();
        if row {
            node.set_scroll_offset(x - e.offset_x * density, y);
        } else {
            node.set_scroll_offset(x, y - e.offset_y * density);
        }
    })
}
