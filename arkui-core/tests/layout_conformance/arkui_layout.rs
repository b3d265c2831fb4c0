//! A fixture built with arkui-core's plain-Rust API and laid out by an `App`, unsnapped.

use std::collections::BTreeMap;

use arkui_core::{
    App, DeviceProfile, Edges, FlexAlign, FlexDirection, FlexWrap, ItemAlign, LayoutAttrs, Length,
    NodeId, NodeKind, Positioning, Visibility,
};

use super::fixture::{Boxed, Fixture, FixtureNode, Len, NodeStyle, Xy, len};

fn length(s: &str) -> Length {
    match len(s) {
        Len::Px(v) => Length::Px(v),
        Len::Percent(p) => Length::Percent(p),
        Len::Auto => Length::Auto,
    }
}

fn edges(e: &[String; 4]) -> Edges {
    Edges {
        top: length(&e[0]),
        right: length(&e[1]),
        bottom: length(&e[2]),
        left: length(&e[3]),
    }
}

fn item_align(s: &str) -> ItemAlign {
    match s {
        "Auto" => ItemAlign::Auto,
        "Start" => ItemAlign::Start,
        "Center" => ItemAlign::Center,
        "End" => ItemAlign::End,
        "Baseline" => ItemAlign::Baseline,
        "Stretch" => ItemAlign::Stretch,
        other => panic!("unknown ItemAlign {other}"),
    }
}

fn flex_align(s: &str) -> FlexAlign {
    match s {
        "Start" => FlexAlign::Start,
        "Center" => FlexAlign::Center,
        "End" => FlexAlign::End,
        "SpaceBetween" => FlexAlign::SpaceBetween,
        "SpaceAround" => FlexAlign::SpaceAround,
        "SpaceEvenly" => FlexAlign::SpaceEvenly,
        other => panic!("unknown FlexAlign {other}"),
    }
}

fn xy(p: &Xy) -> (Length, Length) {
    (length(&p.x), length(&p.y))
}

/// Only what the fixture sets; everything else keeps arkui-core's (ArkUI's) default.
fn apply(s: &NodeStyle, a: &mut LayoutAttrs) {
    let set = |dst: &mut Length, src: &Option<String>| {
        if let Some(v) = src {
            *dst = length(v);
        }
    };
    set(&mut a.width, &s.width);
    set(&mut a.height, &s.height);
    set(&mut a.min_width, &s.min_width);
    set(&mut a.max_width, &s.max_width);
    set(&mut a.min_height, &s.min_height);
    set(&mut a.max_height, &s.max_height);
    set(&mut a.flex_basis, &s.flex_basis);
    set(&mut a.space, &s.space);
    if let Some(e) = &s.padding {
        a.padding = edges(e);
    }
    if let Some(e) = &s.margin {
        a.margin = edges(e);
    }
    if let Some(e) = &s.border_width {
        a.border_width = edges(e);
    }
    if let Some(g) = s.flex_grow {
        a.flex_grow = g;
    }
    a.flex_shrink = s.flex_shrink;
    a.aspect_ratio = s.aspect_ratio;
    if let Some(v) = &s.align_self {
        a.align_self = item_align(v);
    }
    if let Some(v) = &s.align_items {
        a.align_items = item_align(v);
    }
    if let Some(v) = &s.justify_content {
        a.justify_content = flex_align(v);
    }
    if let Some(v) = &s.align_content {
        a.align_content = flex_align(v);
    }
    if let Some(d) = &s.direction {
        a.direction = match d.as_str() {
            "Row" => FlexDirection::Row,
            "Column" => FlexDirection::Column,
            "RowReverse" => FlexDirection::RowReverse,
            "ColumnReverse" => FlexDirection::ColumnReverse,
            other => panic!("unknown direction {other}"),
        };
    }
    if let Some(w) = &s.wrap {
        a.wrap = match w.as_str() {
            "NoWrap" => FlexWrap::NoWrap,
            "Wrap" => FlexWrap::Wrap,
            "WrapReverse" => FlexWrap::WrapReverse,
            other => panic!("unknown wrap {other}"),
        };
    }
    if let Some(p) = &s.position {
        let (x, y) = xy(p);
        a.positioning = Positioning::Absolute { x, y };
    } else if let Some(p) = &s.offset {
        let (x, y) = xy(p);
        a.positioning = Positioning::Offset { x, y };
    }
    if let Some(v) = &s.visibility {
        a.visibility = match v.as_str() {
            "Visible" => Visibility::Visible,
            "Hidden" => Visibility::Hidden,
            "None" => Visibility::None,
            other => panic!("unknown visibility {other}"),
        };
    }
}

fn build(node: &FixtureNode, ids: &mut Vec<(String, NodeId)>) -> NodeId {
    let id = NodeId::create("Flex", NodeKind::Flex);
    id.set_layout(|a| apply(&node.style, a));
    ids.push((node.id.clone(), id));
    for c in &node.children {
        id.append(build(c, ids));
    }
    id
}

/// Border boxes in window pixels (the app's root is the stage at (0, 0)), per node id.
pub(crate) fn layout(f: &Fixture) -> BTreeMap<String, Boxed> {
    let mut ids = Vec::new();
    let profile = DeviceProfile::desktop(f.viewport.width, f.viewport.height);
    let mut app = App::with_view(profile, || build(&f.tree, &mut ids));
    app.set_pixel_snapping(false);
    app.frame();
    let out = ids
        .into_iter()
        .map(|(name, id)| {
            let r = id.rect().expect("a mounted node has a rect");
            let b = Boxed {
                x: r.x,
                y: r.y,
                width: r.width,
                height: r.height,
            };
            (name, b)
        })
        .collect();
    drop(app);
    out
}
