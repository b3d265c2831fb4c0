//! `displayPriority`: a single-line Row, Column or Flex whose children do not fit its main
//! axis hides its lowest-priority children until the rest fit, as ArkUI's flex layout does.
//!
//! ArkUI's rule, followed here: it applies only when some child's priority is above the
//! default 1, no child has a `layoutWeight`, and the main axis is bounded. Children are
//! measured at their own size (before any shrinking), priorities are taken from the highest
//! down, and the first priority whose children push the total (with `space`) past the main
//! size is hidden together with every lower one — equal priorities hide together. A hidden
//! child is laid out as `Visibility::None`: no space, not drawn, not hit, not focusable.

use std::collections::BTreeMap;

use taffy::prelude::{AvailableSpace, Size};
use taffy::{LayoutInput, LayoutOutput, LayoutPartialTree, MaybeResolve, ResolveOrZero, RunMode};

use super::taffy_tree::LayoutTree;
use crate::Visibility;
use crate::tree::{FlexWrap, NodeId};

/// What a child hidden by its parent's priorities goes back to when it fits again.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct PriorityHidden {
    pub(crate) visibility: Visibility,
    pub(crate) display: taffy::Display,
}

fn no_calc(_: *const (), _: f32) -> f32 {
    0.0
}

fn is_row(d: taffy::FlexDirection) -> bool {
    matches!(
        d,
        taffy::FlexDirection::Row | taffy::FlexDirection::RowReverse
    )
}

/// Lay out a flex container, hiding children its priorities leave no room for.
pub(crate) fn compute_flex(
    tree: &mut LayoutTree<'_>,
    id: taffy::NodeId,
    inputs: LayoutInput,
) -> LayoutOutput {
    let node = tree.node(id);
    let (mut any_priority, mut any_weight, mut any_hidden) = (false, false, false);
    for c in &node.layout_children {
        let child = &tree.nodes[*c];
        any_priority |= child.layout.display_priority > 1;
        any_weight |= child.layout.layout_weight > 0.0;
        any_hidden |= child.priority_hidden.is_some();
    }
    let eligible = node.layout.wrap == FlexWrap::NoWrap && any_priority && !any_weight;
    if !eligible && !any_hidden {
        return taffy::compute_flexbox_layout(tree, id, inputs);
    }
    let children = node.layout_children.clone();
    let before: Vec<bool> = children
        .iter()
        .map(|c| tree.nodes[*c].priority_hidden.is_some())
        .collect();
    // Every child is measured as itself, so the ones hidden last time come back first.
    for c in &children {
        set_hidden(tree, *c, false);
    }
    let hide = match main_limit(tree, id, &inputs).filter(|_| eligible) {
        Some(limit) => overflowing(tree, id, &children, &inputs, limit),
        None => Vec::new(),
    };
    for c in &hide {
        set_hidden(tree, *c, true);
    }
    let output = taffy::compute_flexbox_layout(tree, id, inputs);
    // Only a real layout decides what is drawn: a sizing query for other constraints leaves
    // the children as the last layout placed them (taffy may answer that layout from cache).
    if inputs.run_mode != RunMode::PerformLayout {
        for (c, was) in children.iter().zip(before) {
            set_hidden(tree, *c, was);
        }
    }
    output
}

/// Give a node its own visibility back (it left the container that hid it); its style is
/// resolved again from it.
pub(crate) fn release(node: &mut crate::tree::Node) {
    if let Some(h) = node.priority_hidden.take() {
        node.layout_mut().visibility = h.visibility;
        node.style_dirty = true;
        node.clear_cache();
    }
}

/// Hide or show `child`, clearing its cache when that changes its layout.
fn set_hidden(tree: &mut LayoutTree<'_>, child: NodeId, hide: bool) {
    let node = &mut tree.nodes[child];
    match (hide, node.priority_hidden) {
        (true, None) => {
            node.priority_hidden = Some(PriorityHidden {
                visibility: node.layout.visibility,
                display: node.style.display,
            });
            node.layout_mut().visibility = Visibility::None;
            node.style_mut().display = taffy::Display::None;
            node.clear_cache();
        }
        (false, Some(h)) => {
            node.priority_hidden = None;
            node.layout_mut().visibility = h.visibility;
            node.style_mut().display = h.display;
            node.clear_cache();
        }
        _ => {}
    }
}

/// The inner main size children must fit in, or `None` when the main axis is unbounded.
fn main_limit(tree: &LayoutTree<'_>, id: taffy::NodeId, inputs: &LayoutInput) -> Option<f32> {
    let style = &tree.node(id).style;
    let row = is_row(style.flex_direction);
    let main = |s: Size<Option<f32>>| if row { s.width } else { s.height };
    let parent_main = main(inputs.parent_size);
    let (size, max) = if row {
        (style.size.width, style.max_size.width)
    } else {
        (style.size.height, style.max_size.height)
    };
    let available = match if row {
        inputs.available_space.width
    } else {
        inputs.available_space.height
    } {
        AvailableSpace::Definite(v) => Some(v),
        _ => None,
    };
    let max = max.maybe_resolve(parent_main, no_calc);
    let outer = main(inputs.known_dimensions)
        .or_else(|| size.maybe_resolve(parent_main, no_calc))
        .or_else(|| available.map(|a| max.map_or(a, |m| a.min(m))))?;
    let width = inputs.parent_size.width;
    let padding = style.padding.resolve_or_zero(width, no_calc);
    let border = style.border.resolve_or_zero(width, no_calc);
    let inset = if row {
        padding.left + padding.right + border.left + border.right
    } else {
        padding.top + padding.bottom + border.top + border.bottom
    };
    Some((outer - inset).max(0.0))
}

/// The children to hide so the rest fit in `limit`.
fn overflowing(
    tree: &mut LayoutTree<'_>,
    id: taffy::NodeId,
    children: &[NodeId],
    inputs: &LayoutInput,
    limit: f32,
) -> Vec<NodeId> {
    let style = tree.node(id).style.clone();
    let row = is_row(style.flex_direction);
    let width = inputs.parent_size.width;
    let gap = if row {
        style.gap.width
    } else {
        style.gap.height
    };
    let gap = gap.resolve_or_zero(Some(limit), no_calc);
    let inner = Size {
        width: row.then_some(limit).or(inputs.known_dimensions.width),
        height: (!row).then_some(limit).or(inputs.known_dimensions.height),
    };
    let mut groups: BTreeMap<u32, Vec<(NodeId, f32)>> = BTreeMap::new();
    for c in children {
        let child = &tree.nodes[*c];
        if child.layout.visibility == Visibility::None || child.style.position.is_out_of_flow() {
            continue;
        }
        let priority = child.layout.display_priority;
        let cs = child.style.clone();
        let margin = cs.margin.resolve_or_zero(width, no_calc);
        let margin = if row {
            margin.left + margin.right
        } else {
            margin.top + margin.bottom
        };
        let basis = cs
            .flex_basis
            .maybe_resolve(if row { inner.width } else { inner.height }, no_calc);
        let measured = basis.unwrap_or_else(|| {
            let size = tree
                .compute_child_layout(
                    c.to_taffy(),
                    LayoutInput {
                        run_mode: RunMode::ComputeSize,
                        sizing_mode: taffy::SizingMode::InherentSize,
                        axis: taffy::RequestedAxis::Both,
                        known_dimensions: Size::NONE,
                        known_dimensions_are_definite: Size {
                            width: false,
                            height: false,
                        },
                        parent_size: inner,
                        available_space: inner.map(|v| {
                            v.map_or(AvailableSpace::MaxContent, AvailableSpace::Definite)
                        }),
                        vertical_margins_are_collapsible: taffy::Line::FALSE,
                    },
                )
                .size;
            if row { size.width } else { size.height }
        });
        groups
            .entry(priority)
            .or_default()
            .push((*c, measured + margin));
    }
    let mut used = 0.0f32;
    let mut count = 0usize;
    let mut hide = Vec::new();
    for (_, group) in groups.iter().rev() {
        if !hide.is_empty() {
            hide.extend(group.iter().map(|(c, _)| *c));
            continue;
        }
        for (_, main) in group {
            used += main + if count > 0 { gap } else { 0.0 };
            count += 1;
        }
        // A hair of tolerance: boxes that fit exactly must not vanish to rounding.
        if used > limit + 0.01 {
            hide.extend(group.iter().map(|(c, _)| *c));
        }
    }
    hide
}
