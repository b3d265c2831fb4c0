//! taffy's low-level traits implemented on our node arena.

use std::rc::Rc;

use arkui_renderer::Rect;
use arkui_renderer::text::FontContext;
use slotmap::SlotMap;
use taffy::prelude::{AvailableSpace, Layout, Size};
use taffy::{
    CacheTree, LayoutContainingBlock, LayoutFlexboxContainer, LayoutGridContainer, LayoutInput,
    LayoutOutput, LayoutPartialTree, RoundTree, RunMode, TraversePartialTree, TraverseTree,
};

use super::style::{self, ParentInfo};
use super::{Placement, image, priority, relative, text};
use crate::reactive::{Diagnostic, report};
use crate::tree::{GridCell, Node, NodeId, NodeKind, NodeTree};
use crate::{Breakpoint, Length, MAX_PX, Units};

pub(crate) struct LayoutTree<'a> {
    pub(crate) nodes: &'a mut SlotMap<NodeId, Box<Node>>,
    pub(crate) fonts: &'a mut FontContext,
    pub(crate) units: Units,
}

impl LayoutTree<'_> {
    pub(crate) fn node(&self, id: taffy::NodeId) -> &Node {
        &self.nodes[NodeId::from_taffy(id)]
    }
    fn node_mut(&mut self, id: taffy::NodeId) -> &mut Node {
        &mut self.nodes[NodeId::from_taffy(id)]
    }
}

pub(crate) struct ChildIter<'a>(std::slice::Iter<'a, NodeId>);

impl Iterator for ChildIter<'_> {
    type Item = taffy::NodeId;
    fn next(&mut self) -> Option<taffy::NodeId> {
        self.0.next().map(|c| c.to_taffy())
    }
}

impl TraversePartialTree for LayoutTree<'_> {
    type ChildIter<'b>
        = ChildIter<'b>
    where
        Self: 'b;

    fn child_ids(&self, parent: taffy::NodeId) -> ChildIter<'_> {
        ChildIter(self.node(parent).layout_children.iter())
    }

    fn child_count(&self, parent: taffy::NodeId) -> usize {
        self.node(parent).layout_children.len()
    }

    fn get_child_id(&self, parent: taffy::NodeId, index: usize) -> taffy::NodeId {
        self.node(parent).layout_children[index].to_taffy()
    }
}

impl TraverseTree for LayoutTree<'_> {}

impl LayoutPartialTree for LayoutTree<'_> {
    type CoreContainerStyle<'b>
        = &'b taffy::Style
    where
        Self: 'b;
    type CustomIdent = String;

    fn get_core_container_style(&self, id: taffy::NodeId) -> &taffy::Style {
        &self.node(id).style
    }

    fn set_unrounded_layout(&mut self, id: taffy::NodeId, layout: &Layout) {
        self.node_mut(id).unrounded = layout.into();
    }

    fn compute_child_layout(&mut self, id: taffy::NodeId, inputs: LayoutInput) -> LayoutOutput {
        if inputs.run_mode == RunMode::PerformHiddenLayout {
            self.node_mut(id).final_layout = Placement::ZERO;
            return taffy::compute_hidden_layout(self, id);
        }
        taffy::compute_cached_layout(self, id, inputs, |tree, id, inputs| {
            crate::stats::count(|s| s.nodes_laid_out += 1);
            let node = &tree.nodes[NodeId::from_taffy(id)];
            let mut output = if node.style.display == taffy::Display::None {
                taffy::compute_hidden_layout(tree, id)
            } else {
                match node.kind {
                    NodeKind::Flex if !node.layout_children.is_empty() => {
                        priority::compute_flex(tree, id, inputs)
                    }
                    NodeKind::Scroll if !node.layout_children.is_empty() => {
                        taffy::compute_flexbox_layout(tree, id, inputs)
                    }
                    NodeKind::Grid if !node.layout_children.is_empty() => {
                        let inputs = grid_row_width(&node.style, inputs);
                        taffy::compute_grid_layout(tree, id, inputs)
                    }
                    NodeKind::Stack if !node.layout_children.is_empty() => {
                        taffy::compute_grid_layout(tree, id, inputs)
                    }
                    NodeKind::Relative => relative::compute(tree, id, inputs),
                    NodeKind::Text => {
                        let units = tree.units;
                        let node = &mut tree.nodes[NodeId::from_taffy(id)];
                        let style = Rc::clone(&node.style);
                        let fonts = &mut *tree.fonts;
                        taffy::compute_leaf_layout(
                            inputs,
                            &*style,
                            |_, _| 0.0,
                            |known, available| text::measure(node, fonts, &units, known, available),
                        )
                    }
                    NodeKind::Leaf => image::compute(tree, id, inputs),
                    NodeKind::Flex
                    | NodeKind::Scroll
                    | NodeKind::Stack
                    | NodeKind::Grid
                    | NodeKind::Fragment => taffy::compute_leaf_layout(
                        inputs,
                        &*node.style,
                        |_, _| 0.0,
                        |_, _| Size::ZERO,
                    ),
                }
            };
            if inputs.run_mode == RunMode::PerformLayout {
                // A container that lost its last child is laid out as a leaf, whose output
                // has no positioning area: taffy would keep the positioned children it
                // hoisted before (unmounted overlays), so they are forgotten here.
                if tree.node(id).layout_children.is_empty() {
                    tree.node_mut(id).hoisted.clear();
                }
                taffy::compute_oof_layout(tree, id, &mut output);
            }
            output
        })
    }
}

impl LayoutContainingBlock for LayoutTree<'_> {
    type OofItemStyle<'b>
        = &'b taffy::Style
    where
        Self: 'b;

    fn get_oof_item_style(&self, id: taffy::NodeId) -> &taffy::Style {
        &self.node(id).style
    }

    fn clear_hoisted_children(&mut self, id: taffy::NodeId) {
        self.node_mut(id).hoisted.clear();
    }

    fn add_hoisted_children(&mut self, id: taffy::NodeId, hoisted: &[taffy::NodeId]) {
        let hoisted = hoisted.iter().map(|h| NodeId::from_taffy(*h));
        self.node_mut(id).hoisted.extend(hoisted);
    }
}

impl CacheTree for LayoutTree<'_> {
    fn cache_get(&mut self, id: taffy::NodeId, inputs: &LayoutInput) -> Option<LayoutOutput> {
        self.node_mut(id).cache.as_mut()?.get(inputs)
    }

    fn cache_store(&mut self, id: taffy::NodeId, inputs: &LayoutInput, output: LayoutOutput) {
        if inputs.run_mode == RunMode::PerformHiddenLayout {
            // taffy keeps nothing for hidden layouts: no cache to create for them.
            return;
        }
        let cache = self.node_mut(id).cache.get_or_insert_with(Box::default);
        cache.store(inputs, output);
    }

    fn cache_clear(&mut self, id: taffy::NodeId) {
        self.node_mut(id).clear_cache();
    }
}

impl LayoutFlexboxContainer for LayoutTree<'_> {
    type FlexboxContainerStyle<'b>
        = &'b taffy::Style
    where
        Self: 'b;
    type FlexboxItemStyle<'b>
        = &'b taffy::Style
    where
        Self: 'b;

    fn get_flexbox_container_style(&self, id: taffy::NodeId) -> &taffy::Style {
        &self.node(id).style
    }

    fn get_flexbox_child_style(&self, id: taffy::NodeId) -> &taffy::Style {
        &self.node(id).style
    }
}

impl LayoutGridContainer for LayoutTree<'_> {
    type GridContainerStyle<'b>
        = &'b taffy::Style
    where
        Self: 'b;
    type GridItemStyle<'b>
        = &'b taffy::Style
    where
        Self: 'b;

    fn get_grid_container_style(&self, id: taffy::NodeId) -> &taffy::Style {
        &self.node(id).style
    }

    fn get_grid_child_style(&self, id: taffy::NodeId) -> &taffy::Style {
        &self.node(id).style
    }
}

impl RoundTree for LayoutTree<'_> {
    fn get_unrounded_layout(&self, id: taffy::NodeId) -> Layout {
        self.node(id).unrounded.to_layout()
    }

    fn set_final_layout(&mut self, id: taffy::NodeId, layout: &Layout) {
        self.node_mut(id).final_layout = layout.into();
    }

    fn is_out_of_flow(&self, id: taffy::NodeId) -> bool {
        self.node(id).style.position.is_out_of_flow()
    }

    fn hoisted_child_count(&self, id: taffy::NodeId) -> usize {
        self.node(id).hoisted.len()
    }

    fn get_hoisted_child_id(&self, id: taffy::NodeId, index: usize) -> taffy::NodeId {
        self.node(id).hoisted[index].to_taffy()
    }
}

/// The breakpoint a grid container lays out at: its own breakpoints over the window's or
/// its own last width (`window_vp` before it has one), else the window's.
fn grid_breakpoint(
    node: &crate::tree::Node,
    bp: Breakpoint,
    window_vp: f32,
    units: &Units,
) -> Breakpoint {
    match &node.layout.grid_breakpoints {
        None => bp,
        Some(b) => {
            let width = match b.reference_kind() {
                crate::BreakpointsReference::WindowSize => window_vp,
                crate::BreakpointsReference::ComponentSize if node.rect.width > 0.0 => {
                    node.rect.width / units.density
                }
                crate::BreakpointsReference::ComponentSize => window_vp,
            };
            b.of_width(width)
        }
    }
}

/// Grid containers whose breakpoints measure their own width, and the breakpoint each was
/// laid out at: checked again once the layout gives them their width.
type OwnWidthGrids = Vec<(NodeId, Breakpoint)>;

/// Rebuild flattened layout children and re-resolve styles where needed, below `root`.
/// A child's style depends on its layout parent (fragments are transparent), which is
/// carried down the walk.
fn prepare(
    tree: &mut NodeTree,
    root: NodeId,
    units: &Units,
    restyle_all: bool,
    bp: Breakpoint,
    window_vp: f32,
) -> OwnWidthGrids {
    let mut own_width = Vec::new();
    let mut stack: Vec<(NodeId, Option<ParentInfo>, usize)> = vec![(root, None, 0)];
    let mut flat = Vec::new();
    let mut too_deep = 0usize;
    let mut styles = style::Shared::default();
    while let Some((id, parent, depth)) = stack.pop() {
        let Some(node) = tree.nodes.get_mut(id) else {
            continue;
        };
        if node.priority_hidden.is_some() && parent.is_none_or(|p| p.kind != NodeKind::Flex) {
            // Moved out of the Row/Column whose priorities hid it: nothing hides it here.
            priority::release(node);
        }
        if depth >= MAX_LAYOUT_DEPTH && node.kind != NodeKind::Fragment {
            // taffy recurses once per level: past the limit the subtree is cut from layout
            // (not laid out, not drawn) instead of overflowing the stack.
            too_deep += 1;
            node.layout_children.clear();
            node.children_dirty = true;
            if node.style_dirty || restyle_all {
                let resolved = style::resolve(
                    node.kind,
                    &node.layout,
                    parent,
                    node.grid_cell,
                    (1, bp, false),
                    units,
                );
                styles.set(node, resolved);
                node.style_dirty = false;
            }
            continue;
        }
        if node.children_dirty {
            node.children_dirty = false;
            flat.clear();
            let mut pending: Vec<NodeId> = node.children.iter().rev().copied().collect();
            while let Some(c) = pending.pop() {
                match tree.nodes.get(c) {
                    Some(child) if child.kind == NodeKind::Fragment => {
                        pending.extend(child.children.iter().rev().copied());
                    }
                    Some(_) => flat.push(c),
                    None => {}
                }
            }
            if tree.nodes[id].kind == NodeKind::Text {
                crate::tree::collect_spans(tree, id, &mut flat);
            }
            tree.nodes[id].layout_children.clone_from(&flat);
        }
        let node = &mut tree.nodes[id];
        let grid_bp =
            if node.kind == NodeKind::Grid {
                let at = grid_breakpoint(node, bp, window_vp, units);
                if node.layout.grid_breakpoints.as_ref().is_some_and(|b| {
                    b.reference_kind() == crate::BreakpointsReference::ComponentSize
                }) {
                    own_width.push((id, at));
                }
                // A resize restyles every node, so a row over the window's width needs no
                // flag of its own; one over its own width is flagged in `compute_layout`.
                node.grid_bp = Some(at);
                at
            } else {
                bp
            };
        let columns = node.layout.grid_columns.get(grid_bp);
        if node.kind == NodeKind::Grid {
            // Cells first: whether they make one row is part of the grid's own style.
            let one_row = place_grid_cells(tree, id, columns, grid_bp) <= 1;
            let node = &mut tree.nodes[id];
            if node.grid_one_row != one_row {
                node.grid_one_row = one_row;
                node.style_dirty = true;
            }
        }
        let node = &mut tree.nodes[id];
        if node.style_dirty || restyle_all {
            let resolved = style::resolve(
                node.kind,
                &node.layout,
                parent,
                node.grid_cell,
                (columns, grid_bp, node.grid_one_row),
                units,
            );
            styles.set(node, resolved);
            node.style_dirty = false;
            if restyle_all {
                node.clear_cache();
                node.clear_shaped_text();
            }
        }
        let node = &tree.nodes[id];
        let (info, child_depth) = if node.kind == NodeKind::Fragment {
            (parent, depth)
        } else {
            let info = ParentInfo {
                kind: node.kind,
                shrink_children: node.layout.shrink_children,
            };
            (Some(info), depth + 1)
        };
        // Fragments are walked too: their own children may carry dirty styles.
        stack.extend(node.children.iter().map(|c| (*c, info, child_depth)));
    }
    if too_deep > 0 {
        report(Diagnostic::Layout {
            message: format!(
                "the component tree is more than {MAX_LAYOUT_DEPTH} levels deep; components \
                 below that depth are not laid out or drawn — flatten the nesting"
            ),
        });
    }
    own_width
}

/// Deepest nesting laid out. taffy recurses once per level; this bound keeps layout within
/// a 2 MiB thread stack (checked by a test on such a thread).
pub const MAX_LAYOUT_DEPTH: usize = 256;

/// ArkUI's grid placement: children in `order`, each taking `span` columns after skipping
/// `offset`, wrapping to a new row when the rest of the row is too short. Returns the number
/// of rows.
fn place_grid_cells(tree: &mut NodeTree, grid: NodeId, columns: u16, bp: Breakpoint) -> u16 {
    let columns = columns.max(1);
    let mut children: Vec<(i32, usize, NodeId)> = tree.nodes[grid]
        .layout_children
        .iter()
        .enumerate()
        .map(|(i, c)| (tree.nodes[*c].layout.grid_order.get(bp), i, *c))
        .collect();
    children.sort();
    let (mut row, mut col) = (0u16, 0u16);
    let mut rows = 0;
    for (_, _, c) in children {
        let child = &mut tree.nodes[c];
        let span = child.layout.grid_span.get(bp).clamp(1, columns);
        let offset = child.layout.grid_offset.get(bp).min(columns - span);
        if col + offset + span > columns {
            row += 1;
            col = 0;
        }
        let cell = GridCell {
            row,
            column: col + offset,
            span,
        };
        col += offset + span;
        if child.grid_cell != Some(cell) {
            child.grid_cell = Some(cell);
            child.style_dirty = true;
            child.clear_cache();
        }
        rows = row + 1;
    }
    rows
}

/// Lay out the tree under `root` into a `size` (pixels) viewport and store window rects.
pub(crate) fn compute_layout(
    tree: &mut NodeTree,
    root: NodeId,
    size: (f32, f32),
    units: &Units,
    restyle_all: bool,
    snap: bool,
    fonts: &mut FontContext,
) {
    // GridRow breakpoints follow the window width, as ArkUI's default reference does.
    let window_vp = size.0 / units.density;
    let bp = Breakpoint::of_width(window_vp);
    let own_width = prepare(tree, root, units, restyle_all, bp, window_vp);
    layout_once(tree, root, size, units, snap, fonts);
    // A GridRow measuring its own width learns it only now: where that moves it to another
    // breakpoint, lay out once more with the breakpoint its width gives (a second change
    // would follow from the new columns themselves, so it is not chased).
    let mut again = false;
    for (id, used) in own_width {
        let Some(node) = tree.nodes.get(id) else {
            continue;
        };
        if grid_breakpoint(node, bp, window_vp, units) != used {
            tree.nodes[id].style_dirty = true;
            tree.mark_layout_dirty(id);
            again = true;
        }
    }
    if again {
        prepare(tree, root, units, false, bp, window_vp);
        layout_once(tree, root, size, units, snap, fonts);
    }
}

/// One taffy pass over the prepared tree, then window rects.
fn layout_once(
    tree: &mut NodeTree,
    root: NodeId,
    size: (f32, f32),
    units: &Units,
    snap: bool,
    fonts: &mut FontContext,
) {
    if let Some(r) = tree.nodes.get_mut(root) {
        r.style_mut().size = Size {
            width: taffy::Dimension::length(size.0),
            height: taffy::Dimension::length(size.1),
        };
    }
    let mut view = LayoutTree {
        nodes: &mut tree.nodes,
        fonts,
        units: *units,
    };
    let available = Size {
        width: AvailableSpace::Definite(size.0),
        height: AvailableSpace::Definite(size.1),
    };
    taffy::compute_root_layout(&mut view, root.to_taffy(), available);
    if snap {
        taffy::round_layout(&mut view, root.to_taffy());
    } else {
        copy_unrounded(tree, root);
    }
    place(tree, root, units, snap);
}

/// Final layout = unrounded layout, for comparisons with a browser's fractional boxes.
fn copy_unrounded(tree: &mut NodeTree, root: NodeId) {
    let mut stack = vec![root];
    while let Some(id) = stack.pop() {
        let Some(node) = tree.nodes.get_mut(id) else {
            continue;
        };
        node.final_layout = node.unrounded;
        stack.extend(node.layout_children.iter().copied());
    }
}

/// Window rects from taffy's parent-relative locations, each moved back by its
/// `markAnchor` (with its subtree).
fn place(tree: &mut NodeTree, root: NodeId, units: &Units, snap: bool) {
    // Moved nodes are queued for the next frame to patch; when it records everything anyway
    // (a new tree, a resize) queueing them would only cost.
    let track_moves = tree.nodes.get(root).is_some_and(|r| !r.repaint_all);
    let mut stack = vec![(root, 0.0f32, 0.0f32)];
    while let Some((id, ox, oy)) = stack.pop() {
        let Some(node) = tree.nodes.get_mut(id) else {
            continue;
        };
        let l = node.final_layout;
        let (ax, ay) = anchor_px(node.layout.mark_anchor, l.size, units, snap);
        let (x, y) = (ox + l.location.x - ax, oy + l.location.y - ay);
        let rect = Rect::new(x, y, l.size.width, l.size.height);
        let moved = node.rect != rect;
        node.rect = rect;
        // A scroll container shows its content shifted by the scroll offset, kept in range.
        let (sx, sy) = if node.kind == NodeKind::Scroll {
            let max_x = (l.scrollable_overflow_rect.right - l.size.width).max(0.0);
            let max_y = (l.scrollable_overflow_rect.bottom - l.size.height).max(0.0);
            node.scroll_offset.0 = node.scroll_offset.0.clamp(0.0, max_x);
            node.scroll_offset.1 = node.scroll_offset.1.clamp(0.0, max_y);
            node.scroll_offset
        } else {
            (0.0, 0.0)
        };
        stack.extend(node.layout_children.iter().map(|c| (*c, x - sx, y - sy)));
        if moved && track_moves {
            // Drawn somewhere else now: paint it again (its old and new place are damage).
            tree.queue_paint(id);
        }
    }
}

/// `markAnchor` in pixels: percentages are of the component's own size.
fn anchor_px(anchor: (Length, Length), size: Size<f32>, units: &Units, snap: bool) -> (f32, f32) {
    let px = |l: Length, own: f32| {
        let v = match l {
            Length::Percent(p) => p / 100.0 * own,
            other => other.to_px(units).unwrap_or(0.0),
        };
        let v = if v.is_finite() {
            v.clamp(-MAX_PX, MAX_PX)
        } else {
            0.0
        };
        if snap { v.round() } else { v }
    };
    (px(anchor.0, size.width), px(anchor.1, size.height))
}

/// ArkUI sizes a GridRow whose width is a percentage against its parent's constraint, even
/// when the parent has no width of its own (a Column as wide as its content): there taffy
/// would resolve the percentage to `auto` and the row, made of `fr` columns, to nothing.
/// So when the parent's width is unknown, the row takes that share of the width it may
/// have (less its margins), and the parent wraps it.
fn grid_row_width(style: &taffy::Style, mut inputs: LayoutInput) -> LayoutInput {
    let taffy::style::ExpandedDimension::Percent(share) = style.size.width.expand() else {
        return inputs;
    };
    if inputs.parent_size.width.is_some() || inputs.known_dimensions.width.is_some() {
        return inputs;
    }
    if let taffy::AvailableSpace::Definite(room) = inputs.available_space.width {
        let margin = |m: taffy::LengthPercentageAuto| match m.expand() {
            taffy::style::ExpandedLengthPercentageAuto::Length(v) => v,
            _ => 0.0,
        };
        let margins = margin(style.margin.left) + margin(style.margin.right);
        inputs.known_dimensions.width = Some(((room - margins) * share).max(0.0));
    }
    inputs
}
