//! The inspector: the mounted tree as JSON shaped like ArkUI's `getInspectorTree()`.
//!
//! Format (stable, versioned by [`INSPECTOR_VERSION`]): every component is an object with
//! `$type` (component name), `$ID` (a number unique among live nodes), `id` (the `.id()` key
//! or `""`), `$rect` (`[[x1, y1], [x2, y2]]` in window pixels), `$attrs` (attribute values as
//! strings with units, e.g. `"12.00vp"`) and `$children`. The root object adds `$resolution`
//! (the density) and `version`. Layout attributes left at their defaults (`layoutWeight`,
//! `constraintSize`, `aspectRatio`, `position`, `offset`, `markAnchor`, `displayPriority`,
//! transforms) are omitted. A child `displayPriority` hides reports `Visibility.None` and an
//! empty rect. Fragments (`if`, `ForEach`, custom components) do not appear:
//! their children are reported in their place, as ArkUI does.

use serde_json::{Map, Value, json};

use crate::tree::{ItemAlign, Node, NodeId, NodeKind, NodeTree, Positioning, Visibility};
use crate::{Edges, Length};

/// Version of the JSON format; bumped on any incompatible change.
pub const INSPECTOR_VERSION: u32 = 1;

fn edges(e: &Edges) -> String {
    if e.top == e.right && e.right == e.bottom && e.bottom == e.left {
        e.top.to_string()
    } else {
        format!(
            "{{top: {}, right: {}, bottom: {}, left: {}}}",
            e.top, e.right, e.bottom, e.left
        )
    }
}

fn attrs(node: &Node) -> Map<String, Value> {
    let mut m = Map::new();
    let l = &node.layout;
    let v = &node.visual;
    let mut put = |k: &str, val: String| {
        m.insert(k.to_string(), Value::String(val));
    };
    put("width", l.width.to_string());
    put("height", l.height.to_string());
    put("padding", edges(&l.padding));
    put("margin", edges(&l.margin));
    put("backgroundColor", v.background_color.to_argb_string());
    let r = &v.border_radius;
    put(
        "borderRadius",
        if r.iter().all(|x| *x == r[0]) {
            r[0].to_string()
        } else {
            format!(
                "{{topLeft: {}, topRight: {}, bottomRight: {}, bottomLeft: {}}}",
                r[0], r[1], r[2], r[3]
            )
        },
    );
    put("borderWidth", edges(&l.border_width));
    put("borderColor", v.border_color.to_argb_string());
    put("opacity", format!("{}", v.opacity));
    // Reported only when set, as most components are drawn where they are laid out.
    if v.translate.0.value() != 0.0 || v.translate.1.value() != 0.0 {
        put(
            "translate",
            format!("{{x: {}, y: {}}}", v.translate.0, v.translate.1),
        );
    }
    if v.scale != (1.0, 1.0) {
        put("scale", format!("{{x: {}, y: {}}}", v.scale.0, v.scale.1));
    }
    if v.rotate != 0.0 {
        put("rotate", format!("{}", v.rotate));
    }
    put(
        "visibility",
        match l.visibility {
            Visibility::Visible => "Visibility.Visible",
            Visibility::Hidden => "Visibility.Hidden",
            Visibility::None => "Visibility.None",
        }
        .into(),
    );
    if l.flex_grow != 0.0 {
        put("flexGrow", format!("{}", l.flex_grow));
    }
    if l.layout_weight != 0.0 {
        put("layoutWeight", format!("{}", l.layout_weight));
    }
    let bounds = [l.min_width, l.max_width, l.min_height, l.max_height];
    if bounds.iter().any(|b| *b != Length::Auto) {
        // ArkUI spells "no bound" as 0 for a minimum and Infinity for a maximum.
        let min = |b: Length| {
            if b == Length::Auto {
                "0.00vp".into()
            } else {
                b.to_string()
            }
        };
        let max = |b: Length| {
            if b == Length::Auto {
                "Infinityvp".into()
            } else {
                b.to_string()
            }
        };
        put(
            "constraintSize",
            format!(
                "{{minWidth: {}, maxWidth: {}, minHeight: {}, maxHeight: {}}}",
                min(l.min_width),
                max(l.max_width),
                min(l.min_height),
                max(l.max_height)
            ),
        );
    }
    if let Some(r) = l.aspect_ratio {
        put("aspectRatio", format!("{r}"));
    }
    match l.positioning {
        Positioning::InFlow => {}
        Positioning::Offset { x, y } => put("offset", format!("{{x: {x}, y: {y}}}")),
        Positioning::Absolute { x, y } => put("position", format!("{{x: {x}, y: {y}}}")),
    }
    let (ax, ay) = l.mark_anchor;
    if ax.value() != 0.0 || ay.value() != 0.0 {
        put("markAnchor", format!("{{x: {ax}, y: {ay}}}"));
    }
    if l.display_priority != 1 {
        put("displayPriority", l.display_priority.to_string());
    }
    if l.align_self != ItemAlign::Auto {
        put("alignSelf", format!("ItemAlign.{:?}", l.align_self));
    }
    if node.kind == NodeKind::Flex && !node.children.is_empty() {
        put("space", l.space.to_string());
    }
    if let Some(t) = &node.text {
        put("content", t.content.clone());
        put("fontSize", t.font_size.to_string());
        put("fontColor", t.font_color.to_argb_string());
        put("fontWeight", format!("{}", t.font_weight.to_number()));
        if let Some(lh) = t.line_height {
            put("lineHeight", lh.to_string());
        }
        put("textAlign", format!("TextAlign.{:?}", t.text_align));
        if let Some(n) = t.max_lines {
            put("maxLines", n.to_string());
        }
        put(
            "textOverflow",
            format!("TextOverflow.{:?}", t.text_overflow),
        );
        put("letterSpacing", t.letter_spacing.to_string());
        put(
            "decoration",
            format!(
                "{{type: TextDecorationType.{:?}, color: {}}}",
                t.decoration,
                t.decoration_color.to_argb_string()
            ),
        );
    }
    // A span reports what it sets itself; the rest is its Text's.
    if let Some(s) = &node.span {
        put("content", s.content.clone());
        if let Some(v) = s.font_size {
            put("fontSize", v.to_string());
        }
        if let Some(c) = s.font_color {
            put("fontColor", c.to_argb_string());
        }
        if let Some(w) = s.font_weight {
            put("fontWeight", format!("{}", w.to_number()));
        }
    }
    for (k, val) in &node.extra_attrs {
        put(k, val.clone());
    }
    m
}

fn push_children(tree: &NodeTree, id: NodeId, depth: usize, out: &mut Vec<Value>) {
    let Some(node) = tree.nodes.get(id) else {
        return;
    };
    for c in &node.children {
        match tree.nodes.get(*c) {
            Some(child) if child.kind == NodeKind::Fragment => push_children(tree, *c, depth, out),
            Some(_) => out.push(node_json_at(tree, *c, depth + 1)),
            None => {}
        }
    }
}

/// One node and its subtree.
pub(crate) fn node_json(tree: &NodeTree, id: NodeId) -> Value {
    node_json_at(tree, id, 0)
}

fn node_json_at(tree: &NodeTree, id: NodeId, depth: usize) -> Value {
    let Some(node) = tree.nodes.get(id) else {
        return Value::Null;
    };
    let r = node.rect;
    let mut children = Vec::new();
    // The same bound as layout: deeper subtrees are marked, not walked (no deep recursion).
    let truncated = depth >= crate::MAX_LAYOUT_DEPTH && !node.children.is_empty();
    if !truncated {
        push_children(tree, id, depth, &mut children);
    }
    let mut v = json!({
        "$type": node.tag,
        "$ID": id.index(),
        "id": node.key.clone().unwrap_or_default(),
        "$rect": [[r.x, r.y], [r.x + r.width, r.y + r.height]],
        "$attrs": Value::Object(attrs(node)),
        "$children": children,
    });
    if truncated && let Value::Object(m) = &mut v {
        m.insert("$truncated".into(), Value::Bool(true));
    }
    v
}

/// The whole tree under `root`.
pub(crate) fn tree_json(tree: &NodeTree, root: NodeId, density: f32) -> Value {
    let mut v = node_json(tree, root);
    if let Value::Object(m) = &mut v {
        m.insert("$resolution".into(), json!(density));
        m.insert("version".into(), json!(INSPECTOR_VERSION));
    }
    v
}

/// The first node under `root` (document order) whose key is `key`.
pub(crate) fn find_by_key(tree: &NodeTree, root: NodeId, key: &str) -> Option<NodeId> {
    let mut stack = vec![root];
    while let Some(id) = stack.pop() {
        let node = tree.nodes.get(id)?;
        if node.key.as_deref() == Some(key) {
            return Some(id);
        }
        stack.extend(node.children.iter().rev());
    }
    None
}
