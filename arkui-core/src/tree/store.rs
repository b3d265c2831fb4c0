//! [`NodeTree`]: the thread-local arena of nodes and the structural operations on it.

use std::cell::RefCell;

use slotmap::SlotMap;

use super::node::{Node, NodeId};

pub(crate) struct NodeTree {
    /// Boxed: the arena grows by doubling, and its spare slots would each cost a whole node
    /// (nearly 1 KiB) rather than a pointer.
    pub(crate) nodes: SlotMap<NodeId, Box<Node>>,
    /// Nodes with an `on_appear` handler that has not fired yet.
    pub(crate) pending_appear: Vec<NodeId>,
    /// Running animations.
    pub(crate) tracks: crate::animation::Tracks,
    /// Removed nodes still on screen for their disappear transition.
    pub(crate) leaving: Vec<crate::animation::LeavingNode>,
    /// The density of the last layout, for resolving animated lengths.
    pub(crate) density: f32,
    /// Nodes with an `on_area_change` handler.
    pub(crate) area_watch: Vec<NodeId>,
    /// Nodes whose visible share is watched (`onVisibleAreaChange`).
    pub(crate) visible_watch: Vec<NodeId>,
    /// Nodes that show an image (their record is an extension); the app polls their decodes.
    pub(crate) image_nodes: Vec<NodeId>,
    /// Nodes with layout observers (kept in the node), in registration order.
    pub(crate) observed: Vec<NodeId>,
    /// Nodes whose paint inputs changed since their app's last frame (each once: see
    /// `Node::paint_queued`). A frame patches exactly these in its retained list.
    pub(crate) paint_dirty: Vec<NodeId>,
    /// Nodes with a `backdropBlur`: their blur reads pixels around them, so damage near
    /// them grows to cover them.
    pub(crate) backdrop_nodes: Vec<NodeId>,
    /// Nodes whose painter draws bitmaps (`NodeId::set_painted_bitmaps`): each frame their
    /// app puts the missing ones back into its image cache.
    pub(crate) bitmap_nodes: Vec<NodeId>,
    /// Nodes with a back handler (`NodeId::set_on_back_press`), asked on the system back.
    pub(crate) back_nodes: Vec<NodeId>,
}

thread_local! {
    static TREE: RefCell<NodeTree> = RefCell::new(NodeTree {
        nodes: SlotMap::with_key(),
        pending_appear: Vec::new(),
        tracks: crate::animation::Tracks::default(),
        leaving: Vec::new(),
        density: 1.0,
        area_watch: Vec::new(),
        visible_watch: Vec::new(),
        image_nodes: Vec::new(),
        observed: Vec::new(),
        paint_dirty: Vec::new(),
        backdrop_nodes: Vec::new(),
        bitmap_nodes: Vec::new(),
        back_nodes: Vec::new(),
    });
}

/// Borrow the tree. Never call user code inside `f`: handlers and bindings touch the tree.
pub(crate) fn with_tree<R>(f: impl FnOnce(&mut NodeTree) -> R) -> R {
    TREE.with(|t| match t.try_borrow_mut() {
        Ok(mut tree) => f(&mut tree),
        Err(_) if crate::paint::in_painter() => panic!(
            "a painter (NodeId::set_painter) read or changed a node: painters run while the \
             tree is being painted; capture what the painter needs instead"
        ),
        Err(_) => panic!("the component tree was borrowed re-entrantly (an arkui-core bug)"),
    })
}

impl NodeTree {
    pub(crate) fn insert_child(&mut self, parent: NodeId, child: NodeId, index: Option<usize>) {
        if parent == child || !self.nodes.contains_key(parent) || !self.nodes.contains_key(child) {
            return;
        }
        // Refuse to create a cycle: the child may not be an ancestor of the parent.
        let mut up = Some(parent);
        while let Some(a) = up {
            if a == child {
                log::error!("refused to append a node under its own descendant");
                return;
            }
            up = self.nodes.get(a).and_then(|n| n.parent);
        }
        self.detach(child);
        let p = &mut self.nodes[parent];
        let at = index.unwrap_or(p.children.len()).min(p.children.len());
        p.children.insert(at, child);
        self.nodes[child].parent = Some(parent);
        self.mark_children_dirty(parent);
    }

    pub(crate) fn detach(&mut self, child: NodeId) {
        let Some(parent) = self.nodes.get(child).and_then(|n| n.parent) else {
            return;
        };
        if let Some(p) = self.nodes.get_mut(parent) {
            p.children.retain(|c| *c != child);
        }
        self.nodes[child].parent = None;
        self.mark_children_dirty(parent);
    }

    /// Replace `parent`'s children with `children`, in order (a keyed list's reorder).
    pub(crate) fn set_children(&mut self, parent: NodeId, children: Vec<NodeId>) {
        let Some(p) = self.nodes.get(parent) else {
            return;
        };
        if p.children == children {
            return;
        }
        let old = std::mem::take(&mut self.nodes[parent].children);
        for c in old {
            if let Some(n) = self.nodes.get_mut(c) {
                n.parent = None;
            }
        }
        let mut kept = Vec::with_capacity(children.len());
        for c in children {
            if c == parent || !self.nodes.contains_key(c) || self.nodes[c].parent.is_some() {
                continue;
            }
            self.nodes[c].parent = Some(parent);
            kept.push(c);
        }
        self.nodes[parent].children = kept;
        self.mark_children_dirty(parent);
    }

    /// A structural change under `node`: its layout children (and those of every fragment
    /// ancestor up to the first real container) must be rebuilt.
    pub(crate) fn mark_children_dirty(&mut self, node: NodeId) {
        let mut at = Some(node);
        while let Some(id) = at {
            let Some(n) = self.nodes.get_mut(id) else {
                break;
            };
            n.children_dirty = true;
            if n.kind != super::NodeKind::Fragment {
                break;
            }
            at = n.parent;
        }
        self.mark_layout_dirty(node);
        self.mark_structure_dirty(node);
    }

    /// The structure under `node`'s root changed (children, paint order, visibility): its
    /// next frame records everything.
    pub(crate) fn mark_structure_dirty(&mut self, node: NodeId) {
        let root = self.root_of(node);
        if let Some(r) = self.nodes.get_mut(root) {
            r.repaint_all = true;
            r.frame_dirty = true;
        }
    }

    /// Queue `node` to be painted again in its app's next frame.
    pub(crate) fn queue_paint(&mut self, node: NodeId) {
        if let Some(n) = self.nodes.get_mut(node)
            && !n.paint_queued
        {
            n.paint_queued = true;
            self.paint_dirty.push(node);
        }
    }

    /// Clear layout caches from `node` up to the root, as taffy's `mark_dirty` does; the node
    /// itself is queued for paint (what moves because of it is queued by layout).
    pub(crate) fn mark_layout_dirty(&mut self, node: NodeId) {
        self.queue_paint(node);
        let mut at = Some(node);
        let mut root = node;
        while let Some(id) = at {
            let Some(n) = self.nodes.get_mut(id) else {
                break;
            };
            n.clear_cache();
            root = id;
            at = n.parent;
        }
        if let Some(r) = self.nodes.get_mut(root) {
            r.layout_dirty = true;
            r.frame_dirty = true;
        }
    }

    /// `node` moved within its parent and nothing else about it changed: the caches from its
    /// parent up are cleared (the parent places it), its own and its subtree's are kept.
    pub(crate) fn mark_position_dirty(&mut self, node: NodeId) {
        match self.nodes.get(node).and_then(|n| n.parent) {
            Some(parent) => {
                self.queue_paint(node);
                self.mark_layout_dirty(parent);
            }
            None => self.mark_layout_dirty(node),
        }
    }

    /// Queue `node` to be painted again and record that the root above it needs a new frame
    /// (the flag lives on the root).
    pub(crate) fn mark_paint_dirty(&mut self, node: NodeId) {
        self.queue_paint(node);
        let root = self.root_of(node);
        if let Some(r) = self.nodes.get_mut(root) {
            r.frame_dirty = true;
        }
    }

    /// `node` has (or no longer has) a backdrop blur.
    pub(crate) fn note_backdrop(&mut self, node: NodeId, on: bool) {
        self.backdrop_nodes.retain(|n| *n != node);
        if on {
            self.backdrop_nodes.push(node);
        }
    }

    /// The live backdrop-blurred nodes under `root`: their boxes (window pixels) and how far
    /// around them their blur reads.
    pub(crate) fn backdrops(&mut self, root: NodeId) -> Vec<(arkui_renderer::Rect, f32)> {
        let nodes = &self.nodes;
        self.backdrop_nodes.retain(|n| nodes.contains_key(*n));
        let list = self.backdrop_nodes.clone();
        list.into_iter()
            .filter(|n| self.root_of(*n) == root)
            .filter_map(|n| {
                let node = &self.nodes[n];
                let r = node
                    .extension::<crate::decoration::Decoration>()?
                    .backdrop_blur?;
                // Three sigmas (radius-to-sigma as drawn) and a pixel.
                Some((node.rect, (0.577_35 * r + 0.5) * 3.0 + 2.0))
            })
            .collect()
    }

    pub(crate) fn root_of(&self, node: NodeId) -> NodeId {
        let mut at = node;
        while let Some(p) = self.nodes.get(at).and_then(|n| n.parent) {
            at = p;
        }
        at
    }
}

/// Whether anything under `root` changed since the last call, clearing the flag.
pub(crate) fn take_paint_dirty(root: NodeId) -> bool {
    with_tree(|t| {
        t.nodes
            .get_mut(root)
            .is_some_and(|r| std::mem::take(&mut r.frame_dirty))
    })
}

/// Whether something under `root` needs a new layout, clearing the flag.
pub(crate) fn take_layout_dirty(root: NodeId) -> bool {
    with_tree(|t| {
        t.nodes
            .get_mut(root)
            .is_some_and(|r| std::mem::take(&mut r.layout_dirty))
    })
}

/// Whether the structure under `root` changed since its last full recording, clearing it.
pub(crate) fn take_repaint_all(root: NodeId) -> bool {
    with_tree(|t| {
        t.nodes
            .get_mut(root)
            .is_some_and(|r| std::mem::take(&mut r.repaint_all))
    })
}

/// The queued nodes of `root`'s tree (others stay queued for their own app), unqueued.
pub(crate) fn take_paint_queue(root: NodeId) -> Vec<NodeId> {
    with_tree(|t| {
        let queue = std::mem::take(&mut t.paint_dirty);
        let mut mine = Vec::new();
        for id in queue {
            if !t.nodes.contains_key(id) {
                continue;
            }
            if t.root_of(id) == root {
                t.nodes[id].paint_queued = false;
                mine.push(id);
            } else {
                t.paint_dirty.push(id);
            }
        }
        mine
    })
}

/// Peek at the flag without clearing it.
pub(crate) fn is_paint_dirty(root: NodeId) -> bool {
    with_tree(|t| t.nodes.get(root).is_some_and(|r| r.frame_dirty))
}

/// `id`'s layout children in paint order: by `zIndex`, ties in document order.
pub(crate) fn paint_order(tree: &NodeTree, id: NodeId) -> std::borrow::Cow<'_, [NodeId]> {
    let Some(node) = tree.nodes.get(id) else {
        return std::borrow::Cow::Borrowed(&[]);
    };
    let z = |c: &NodeId| tree.nodes.get(*c).map_or(0, |n| n.layout.z_index);
    if node.layout_children.iter().all(|c| z(c) == 0) {
        // The common case: no zIndex anywhere, no allocation per node per frame.
        return std::borrow::Cow::Borrowed(&node.layout_children);
    }
    let mut children = node.layout_children.clone();
    children.sort_by_key(z);
    std::borrow::Cow::Owned(children)
}

/// Fire `on_appear` for pending nodes now in the tree under `root`.
pub(crate) fn fire_appear(root: NodeId) {
    let ready: Vec<std::rc::Rc<dyn Fn()>> = with_tree(|t| {
        let pending = std::mem::take(&mut t.pending_appear);
        let mut ready = Vec::new();
        for id in pending {
            if !t.nodes.contains_key(id) {
                continue;
            }
            if t.root_of(id) != root {
                t.pending_appear.push(id);
                continue;
            }
            let node = &mut t.nodes[id];
            if !node.appeared {
                node.appeared = true;
                ready.extend(node.on_appear.clone());
            }
        }
        ready
    });
    for f in ready {
        f();
    }
}

/// Remove nodes (an unmounted scope's) from the tree, detaching them from surviving parents.
/// Free leaving nodes whose disappear transition ended, with their subtrees.
///
/// The freed nodes are returned for the caller to drop once the tree is no longer borrowed:
/// their extensions may own values whose `Drop` touches the tree.
#[must_use = "drop the freed nodes outside the tree's borrow"]
#[expect(
    clippy::vec_box,
    reason = "the arena's boxes, handed out to be dropped: unboxing would copy every node"
)]
pub(crate) fn free_leaving(t: &mut NodeTree, nodes: &[NodeId]) -> Vec<Box<Node>> {
    let mut freed = Vec::new();
    for id in nodes {
        t.leaving.retain(|l| l.node != *id);
        let mut stack = vec![*id];
        while let Some(n) = stack.pop() {
            if let Some(mut node) = t.nodes.remove(n) {
                crate::stats::count(|s| s.nodes_disposed += 1);
                stack.append(&mut node.children);
                freed.push(node);
            }
        }
    }
    freed
}

pub(crate) fn dispose_nodes(nodes: &[NodeId]) {
    if nodes.is_empty() {
        return;
    }
    type Handlers = Vec<std::rc::Rc<dyn Fn()>>;
    type Freed = Vec<Box<Node>>;
    let (gone, freed): (Handlers, Freed) = with_tree(|t| {
        let mut doomed: std::collections::HashSet<NodeId> = nodes.iter().copied().collect();
        // Nodes with a disappear transition stay on screen, detached, until it ends; their
        // subtrees stay with them.
        let mut kept = Vec::new();
        for id in nodes {
            let Some(n) = t.nodes.get(*id) else { continue };
            if n.transition().is_some() && n.painted && n.parent.is_some() {
                let root = t.root_of(*id);
                let parent_doomed = n.parent.is_some_and(|p| {
                    doomed.contains(&p)
                        && t.nodes.get(p).is_some_and(|pn| pn.transition().is_some())
                });
                if !parent_doomed {
                    kept.push((*id, root));
                }
            }
        }
        for (id, root) in &kept {
            let mut stack = vec![*id];
            while let Some(n) = stack.pop() {
                doomed.remove(&n);
                if let Some(node) = t.nodes.get(n) {
                    stack.extend(node.children.iter().copied());
                }
            }
            t.detach(*id);
            t.leaving.push(crate::animation::LeavingNode {
                node: *id,
                root: *root,
            });
            if let Some(effect) = t.nodes.get(*id).and_then(|n| n.transition().cloned()) {
                let e = effect.disappear().clone();
                crate::animation::start_effect(t, *id, &e, &effect.disappear_timing(), false, true);
            }
            if let Some(r) = t.nodes.get_mut(*root) {
                r.frame_dirty = true;
            }
        }
        let nodes: Vec<NodeId> = nodes
            .iter()
            .copied()
            .filter(|n| doomed.contains(n))
            .collect();
        // Detach from surviving parents once per parent, not once per child: removing every
        // row of a 10,000-row list must stay linear.
        let mut parents: Vec<NodeId> = nodes
            .iter()
            .filter_map(|id| t.nodes.get(*id).and_then(|n| n.parent))
            .filter(|p| !doomed.contains(p))
            .collect();
        parents.sort_unstable();
        parents.dedup();
        for p in parents {
            if let Some(parent) = t.nodes.get_mut(p) {
                parent.children.retain(|c| !doomed.contains(c));
            }
            t.mark_children_dirty(p);
        }
        let mut gone = Vec::new();
        let mut freed = Vec::with_capacity(nodes.len());
        for id in nodes {
            if let Some(mut node) = t.nodes.remove(id) {
                crate::stats::count(|s| s.nodes_disposed += 1);
                gone.extend(node.on_disappear.clone());
                // Children owned by other (still live) scopes become parentless.
                for child in std::mem::take(&mut node.children) {
                    if let Some(c) = t.nodes.get_mut(child) {
                        c.parent = None;
                    }
                }
                freed.push(node);
            }
        }
        (gone, freed)
    });
    // Extensions drop here, with the tree free: they may own scopes that touch it.
    drop(freed);
    for f in gone {
        f();
    }
}
