//! RelativeContainer: children placed by alignment rules against the container and each
//! other. Not flexbox, so it has its own solver: measure every child, order them so anchors
//! are placed before what depends on them, and report dependency cycles instead of looping.

use std::collections::HashMap;

use taffy::prelude::{AvailableSpace, Layout, Size};
use taffy::{LayoutInput, LayoutOutput, LayoutPartialTree, RunMode, SizingMode};

use super::taffy_tree::LayoutTree;
use crate::reactive::{Diagnostic, report};
use crate::tree::{AlignRules, CONTAINER, HorizontalAlign, NodeId, VerticalAlign};

/// A placed box: (x, y, width, height) in the container's content coordinates.
type Frame = (f32, f32, f32, f32);

fn definite(v: taffy::Dimension, parent: Option<f32>) -> Option<f32> {
    v.into_option().or_else(|| {
        let raw = v.into_raw();
        (raw.tag() == taffy::CompactLength::PERCENT_TAG)
            .then(|| parent.map(|p| raw.value() * p))
            .flatten()
    })
}

fn h_pos(frame: Frame, align: HorizontalAlign) -> f32 {
    match align {
        HorizontalAlign::Start => frame.0,
        HorizontalAlign::Center => frame.0 + frame.2 / 2.0,
        HorizontalAlign::End => frame.0 + frame.2,
    }
}

fn v_pos(frame: Frame, align: VerticalAlign) -> f32 {
    match align {
        VerticalAlign::Top => frame.1,
        VerticalAlign::Center => frame.1 + frame.3 / 2.0,
        VerticalAlign::Bottom => frame.1 + frame.3,
    }
}

fn anchors(rules: &AlignRules) -> impl Iterator<Item = &str> {
    let h = [&rules.left, &rules.middle, &rules.right]
        .into_iter()
        .flatten()
        .map(|(a, _)| a.as_str());
    let v = [&rules.top, &rules.center, &rules.bottom]
        .into_iter()
        .flatten()
        .map(|(a, _)| a.as_str());
    h.chain(v).filter(|a| *a != CONTAINER)
}

/// Order children so every anchor comes before its dependents; members of cycles (and
/// children anchored to them) come last, with the cycle reported.
fn order(children: &[(NodeId, Option<String>, Option<AlignRules>)]) -> (Vec<usize>, Vec<usize>) {
    let by_key: HashMap<&str, usize> = children
        .iter()
        .enumerate()
        .filter_map(|(i, (_, k, _))| k.as_deref().map(|k| (k, i)))
        .collect();
    let deps: Vec<Vec<usize>> = children
        .iter()
        .map(|(_, _, r)| {
            r.as_ref().map_or(Vec::new(), |r| {
                anchors(r).filter_map(|a| by_key.get(a).copied()).collect()
            })
        })
        .collect();
    let mut placed = vec![false; children.len()];
    let mut out = Vec::with_capacity(children.len());
    loop {
        let before = out.len();
        for i in 0..children.len() {
            if !placed[i] && deps[i].iter().all(|d| placed[*d] || *d == i) && !deps[i].contains(&i)
            {
                placed[i] = true;
                out.push(i);
            }
        }
        if out.len() == before {
            break;
        }
    }
    let stuck: Vec<usize> = (0..children.len()).filter(|i| !placed[*i]).collect();
    (out, stuck)
}

pub(crate) fn compute(
    tree: &mut LayoutTree<'_>,
    id: taffy::NodeId,
    inputs: LayoutInput,
) -> LayoutOutput {
    let node = tree.node(id);
    let style = node.style.clone();
    let pad = |v: taffy::LengthPercentage| v.into_raw().value().max(0.0);
    let (pl, pt) = (
        pad(style.padding.left) + pad(style.border.left),
        pad(style.padding.top) + pad(style.border.top),
    );
    let (pr, pb) = (
        pad(style.padding.right) + pad(style.border.right),
        pad(style.padding.bottom) + pad(style.border.bottom),
    );
    let avail = |a: AvailableSpace| match a {
        AvailableSpace::Definite(v) => Some(v),
        _ => None,
    };
    let width = inputs
        .known_dimensions
        .width
        .or_else(|| definite(style.size.width, inputs.parent_size.width))
        .or(avail(inputs.available_space.width));
    let height = inputs
        .known_dimensions
        .height
        .or_else(|| definite(style.size.height, inputs.parent_size.height))
        .or(avail(inputs.available_space.height));
    let inner = Size {
        width: width.map(|w| (w - pl - pr).max(0.0)),
        height: height.map(|h| (h - pt - pb).max(0.0)),
    };

    let children: Vec<(NodeId, Option<String>, Option<AlignRules>)> = node
        .layout_children
        .iter()
        .map(|c| {
            let n = &tree.nodes[*c];
            (*c, n.key.clone(), n.align_rules.as_deref().cloned())
        })
        .collect();
    let (ordered, stuck) = order(&children);
    // taffy sizes a container several times per layout but lays it out once: reporting only
    // then says it once per layout (and not at all while the layout is reused from cache).
    if !stuck.is_empty() && inputs.run_mode == RunMode::PerformLayout {
        let names: Vec<String> = stuck
            .iter()
            .map(|i| children[*i].1.clone().unwrap_or_else(|| "<no id>".into()))
            .collect();
        report(Diagnostic::Layout {
            message: format!(
                "RelativeContainer: the alignRules of {} depend on each other in a cycle; \
                 they are placed at the container's top-left — anchor one of them to \
                 \"__container__\" to break the cycle",
                names.join(", ")
            ),
        });
    }
    let container: Frame = (
        0.0,
        0.0,
        inner.width.unwrap_or(0.0),
        inner.height.unwrap_or(0.0),
    );
    let mut frames: HashMap<String, Frame> = HashMap::new();
    let mut placed: Vec<(NodeId, Frame)> = Vec::new();
    for i in ordered.into_iter().chain(stuck.iter().copied()) {
        let (child, key, rules) = &children[i];
        let rules = if stuck.contains(&i) {
            AlignRules::default()
        } else {
            rules.clone().unwrap_or_default()
        };
        let frame_of = |name: &str| -> Frame {
            if name == CONTAINER {
                container
            } else {
                frames.get(name).copied().unwrap_or(container)
            }
        };
        let child_style = tree.node(child.to_taffy()).style.clone();
        let own_w = definite(child_style.size.width, inner.width);
        let own_h = definite(child_style.size.height, inner.height);
        // Two opposite rules and no size of its own: the child spans between them.
        let span_w = match (&rules.left, &rules.right, own_w) {
            (Some((la, lal)), Some((ra, ral)), None) => {
                Some((h_pos(frame_of(ra), *ral) - h_pos(frame_of(la), *lal)).max(0.0))
            }
            _ => None,
        };
        let span_h = match (&rules.top, &rules.bottom, own_h) {
            (Some((ta, tal)), Some((ba, bal)), None) => {
                Some((v_pos(frame_of(ba), *bal) - v_pos(frame_of(ta), *tal)).max(0.0))
            }
            _ => None,
        };
        let known = Size {
            width: own_w.or(span_w),
            height: own_h.or(span_h),
        };
        let size = tree
            .compute_child_layout(
                child.to_taffy(),
                LayoutInput {
                    run_mode: RunMode::ComputeSize,
                    sizing_mode: SizingMode::InherentSize,
                    axis: taffy::RequestedAxis::Both,
                    known_dimensions: known,
                    known_dimensions_are_definite: Size {
                        width: true,
                        height: true,
                    },
                    parent_size: inner,
                    available_space: Size {
                        width: inner
                            .width
                            .map_or(AvailableSpace::MaxContent, AvailableSpace::Definite),
                        height: inner
                            .height
                            .map_or(AvailableSpace::MaxContent, AvailableSpace::Definite),
                    },
                    vertical_margins_are_collapsible: taffy::Line::FALSE,
                },
            )
            .size;
        let (w, h) = (size.width, size.height);
        let x = if let Some((a, al)) = &rules.left {
            h_pos(frame_of(a), *al)
        } else if let Some((a, al)) = &rules.right {
            h_pos(frame_of(a), *al) - w
        } else if let Some((a, al)) = &rules.middle {
            h_pos(frame_of(a), *al) - w / 2.0
        } else {
            0.0
        };
        let y = if let Some((a, al)) = &rules.top {
            v_pos(frame_of(a), *al)
        } else if let Some((a, al)) = &rules.bottom {
            v_pos(frame_of(a), *al) - h
        } else if let Some((a, al)) = &rules.center {
            v_pos(frame_of(a), *al) - h / 2.0
        } else {
            0.0
        };
        let frame = (x, y, w, h);
        if let Some(k) = key {
            frames.insert(k.clone(), frame);
        }
        placed.push((*child, frame));
    }
    // Without a size of its own the container wraps its children.
    let content_w = placed.iter().map(|(_, f)| f.0 + f.2).fold(0.0f32, f32::max);
    let content_h = placed.iter().map(|(_, f)| f.1 + f.3).fold(0.0f32, f32::max);
    let outer = Size {
        width: width.unwrap_or(content_w + pl + pr),
        height: height.unwrap_or(content_h + pt + pb),
    };
    if inputs.run_mode == RunMode::PerformLayout {
        for (order_index, (child, f)) in placed.iter().enumerate() {
            let out = tree.compute_child_layout(
                child.to_taffy(),
                LayoutInput {
                    run_mode: RunMode::PerformLayout,
                    sizing_mode: SizingMode::InherentSize,
                    axis: taffy::RequestedAxis::Both,
                    known_dimensions: Size {
                        width: Some(f.2),
                        height: Some(f.3),
                    },
                    known_dimensions_are_definite: Size {
                        width: true,
                        height: true,
                    },
                    parent_size: inner,
                    available_space: Size {
                        width: AvailableSpace::Definite(f.2),
                        height: AvailableSpace::Definite(f.3),
                    },
                    vertical_margins_are_collapsible: taffy::Line::FALSE,
                },
            );
            let mut layout = Layout::with_order(order_index as u32);
            layout.size = out.size;
            layout.location = taffy::Point {
                x: f.0 + pl,
                y: f.1 + pt,
            };
            tree.set_unrounded_layout(child.to_taffy(), &layout);
        }
    }
    LayoutOutput::from_outer_size(outer)
}
