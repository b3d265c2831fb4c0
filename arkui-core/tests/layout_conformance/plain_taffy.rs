//! The same fixture in a plain `TaffyTree`, styled straight from the CSS the generator wrote,
//! with no arkui code: tells an engine difference (taffy vs Chromium) from an arkui-core bug.

use std::collections::{BTreeMap, HashMap};

use taffy::prelude::*;

use super::fixture::{Boxed, Fixture, FixtureNode, Len, NodeStyle, len};

fn dimension(s: &Option<String>) -> Dimension {
    match s.as_deref().map(len) {
        Some(Len::Px(v)) => Dimension::length(v),
        Some(Len::Percent(p)) => Dimension::percent(p / 100.0),
        Some(Len::Auto) | None => Dimension::auto(),
    }
}

fn lpa(s: &str) -> LengthPercentageAuto {
    match len(s) {
        Len::Px(v) => LengthPercentageAuto::length(v),
        Len::Percent(p) => LengthPercentageAuto::percent(p / 100.0),
        Len::Auto => LengthPercentageAuto::auto(),
    }
}

fn lp(s: &str) -> LengthPercentage {
    match len(s) {
        Len::Px(v) => LengthPercentage::length(v),
        Len::Percent(p) => LengthPercentage::percent(p / 100.0),
        Len::Auto => panic!("auto is not a padding, border or gap"),
    }
}

fn constraint(s: &Option<String>) -> LengthPercentageAuto {
    s.as_deref().map_or(LengthPercentageAuto::auto(), lpa)
}

fn edges<T: Copy>(e: &Option<[String; 4]>, zero: T, f: impl Fn(&str) -> T) -> Rect<T> {
    match e {
        Some([t, r, b, l]) => Rect {
            top: f(t),
            right: f(r),
            bottom: f(b),
            left: f(l),
        },
        None => Rect {
            top: zero,
            right: zero,
            bottom: zero,
            left: zero,
        },
    }
}

/// CSS `align-items` / `align-self` values the generator writes for ArkUI's `ItemAlign`.
fn item_align(s: &str) -> AlignItems {
    match s {
        "Auto" | "Center" => AlignItems::CENTER,
        "Start" => AlignItems::FLEX_START,
        "End" => AlignItems::FLEX_END,
        "Baseline" => AlignItems::BASELINE,
        "Stretch" => AlignItems::STRETCH,
        other => panic!("unknown ItemAlign {other}"),
    }
}

fn flex_align(s: &str) -> AlignContent {
    match s {
        "Start" => AlignContent::FLEX_START,
        "Center" => AlignContent::CENTER,
        "End" => AlignContent::FLEX_END,
        "SpaceBetween" => AlignContent::SPACE_BETWEEN,
        "SpaceAround" => AlignContent::SPACE_AROUND,
        "SpaceEvenly" => AlignContent::SPACE_EVENLY,
        other => panic!("unknown FlexAlign {other}"),
    }
}

/// The style of `tools/layout-fixtures/model.py`'s BASE_CSS plus the node's inline CSS.
fn style(s: &NodeStyle) -> Style {
    let direction = match s.direction.as_deref().unwrap_or("Column") {
        "Row" => FlexDirection::Row,
        "Column" => FlexDirection::Column,
        "RowReverse" => FlexDirection::RowReverse,
        "ColumnReverse" => FlexDirection::ColumnReverse,
        other => panic!("unknown direction {other}"),
    };
    let gap = s.space.as_deref().map_or(LengthPercentage::length(0.0), lp);
    let zero = LengthPercentage::length(0.0);
    let (position, inset) = match (&s.position, &s.offset) {
        (Some(p), _) => (Position::Absolute, Some(p)),
        (None, Some(o)) => (Position::Relative, Some(o)),
        (None, None) => (Position::Relative, None),
    };
    let auto = LengthPercentageAuto::auto();
    Style {
        display: if s.visibility.as_deref() == Some("None") {
            Display::None
        } else {
            Display::Flex
        },
        position,
        inset: inset.map_or(Rect::auto(), |xy| Rect {
            left: lpa(&xy.x),
            top: lpa(&xy.y),
            right: auto,
            bottom: auto,
        }),
        flex_direction: direction,
        flex_wrap: match s.wrap.as_deref().unwrap_or("NoWrap") {
            "NoWrap" => FlexWrap::NoWrap,
            "Wrap" => FlexWrap::Wrap,
            "WrapReverse" => FlexWrap::WrapReverse,
            other => panic!("unknown wrap {other}"),
        },
        size: Size {
            width: dimension(&s.width),
            height: dimension(&s.height),
        },
        min_size: Size {
            width: constraint(&s.min_width),
            height: constraint(&s.min_height),
        },
        max_size: Size {
            width: constraint(&s.max_width),
            height: constraint(&s.max_height),
        },
        padding: edges(&s.padding, zero, lp),
        border: edges(&s.border_width, zero, lp),
        margin: edges(&s.margin, LengthPercentageAuto::length(0.0), lpa),
        gap: match direction {
            FlexDirection::Row | FlexDirection::RowReverse => Size {
                width: gap,
                height: zero,
            },
            _ => Size {
                width: zero,
                height: gap,
            },
        },
        align_items: item_align(s.align_items.as_deref().unwrap_or("Center")),
        align_self: match s.align_self.as_deref() {
            None | Some("Auto") => None,
            Some(a) => Some(item_align(a)),
        },
        justify_content: flex_align(s.justify_content.as_deref().unwrap_or("Start")),
        align_content: flex_align(s.align_content.as_deref().unwrap_or("Start")),
        flex_grow: s.flex_grow.unwrap_or(0.0),
        flex_shrink: s.flex_shrink.unwrap_or(0.0),
        flex_basis: dimension(&s.flex_basis),
        aspect_ratio: s.aspect_ratio,
        ..Style::default()
    }
}

fn build(tree: &mut TaffyTree, node: &FixtureNode, ids: &mut Vec<(String, NodeId)>) -> NodeId {
    let children: Vec<NodeId> = node.children.iter().map(|c| build(tree, c, ids)).collect();
    let id = tree
        .new_with_children(style(&node.style), &children)
        .unwrap();
    ids.push((node.id.clone(), id));
    id
}

/// Border boxes relative to the stage, unrounded, per fixture node id.
pub(crate) fn layout(f: &Fixture) -> BTreeMap<String, Boxed> {
    let mut tree = TaffyTree::new();
    tree.disable_rounding();
    let mut ids = Vec::new();
    let root = build(&mut tree, &f.tree, &mut ids);
    let (w, h) = (f.viewport.width as f32, f.viewport.height as f32);
    // The stage: like arkui-core's app root, a viewport-sized column centring its child.
    let stage = tree
        .new_with_children(
            Style {
                size: Size {
                    width: Dimension::length(w),
                    height: Dimension::length(h),
                },
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::CENTER,
                ..Style::default()
            },
            &[root],
        )
        .unwrap();
    let available = Size {
        width: AvailableSpace::Definite(w),
        height: AvailableSpace::Definite(h),
    };
    tree.compute_layout(stage, available).unwrap();
    let mut origin = HashMap::new();
    absolute(&tree, stage, 0.0, 0.0, &mut origin);
    ids.into_iter()
        .map(|(name, id)| (name, origin[&id]))
        .collect()
}

fn absolute(tree: &TaffyTree, id: NodeId, ox: f32, oy: f32, out: &mut HashMap<NodeId, Boxed>) {
    let l = tree.layout(id).unwrap();
    let (x, y) = (ox + l.location.x, oy + l.location.y);
    out.insert(
        id,
        Boxed {
            x,
            y,
            width: l.size.width,
            height: l.size.height,
        },
    );
    for c in tree.children(id).unwrap() {
        absolute(tree, c, x, y, out);
    }
}
