//! The inspector: the mounted tree as JSON in the shape of ArkUI's `getInspectorTree()`.
//!
//! Tools written for ArkUI read it as they read a device's dump (the shape follows
//! `Inspector::GetInspector` in ace_engine's `components_ng/base/inspector.cpp`):
//!
//! - The root object is `{"$type": "root", "width": "720.000000", "height": "1280.000000",
//!   "$resolution": "1.500000", "$children": [...]}`: the window size in pixels and the
//!   density, as strings with six decimals. We add `"version"` ([`INSPECTOR_VERSION`]).
//! - Every component is `{"$type", "$ID", "type": "build-in", "$rect", "$debugLine",
//!   "$attrs", "$children"}`: `$ID` is a number unique among live nodes, `$rect` is the window
//!   rect in pixels as the string `"[x1, y1],[x2, y2]"` (two decimals; parse it with
//!   [`inspector_rect`](crate::inspector_rect)), `$attrs` holds the attributes as strings with
//!   units (e.g. `"12.00vp"`) and the `.id()` key as `id` (`""` when unset). `$children` is
//!   left out when there are none, as ArkUI does.
//!
//! Layout attributes left at their defaults (`layoutWeight`, `constraintSize`, `aspectRatio`,
//! `position`, `offset`, `markAnchor`, `displayPriority`, transforms) are omitted. A child
//! `displayPriority` hides reports `Visibility.None` and an empty rect. Fragments (`if`,
//! `ForEach`, custom components) do not appear: their children are reported in their place,
//! as ArkUI does.

use serde_json::{Map, Value, json};

use crate::tree::{ItemAlign, Node, NodeId, NodeKind, NodeTree, Positioning, Visibility};
use crate::{Edges, Length};

/// Version of the JSON format; bumped on any incompatible change.
pub const INSPECTOR_VERSION: u32 = 2;

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
        text_extras(t, &mut put);
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
    let mut attrs = attrs(node);
    attrs.insert(
        "id".into(),
        Value::String(node.key.clone().unwrap_or_default()),
    );
    let mut m = Map::new();
    m.insert("$type".into(), json!(node.tag));
    m.insert("$ID".into(), json!(id.index()));
    m.insert("type".into(), json!("build-in"));
    m.insert(
        "$rect".into(),
        json!(rect_string(r.x, r.y, r.x + r.width, r.y + r.height)),
    );
    m.insert("$debugLine".into(), json!(""));
    m.insert("$attrs".into(), Value::Object(attrs));
    if !children.is_empty() {
        m.insert("$children".into(), Value::Array(children));
    }
    if truncated {
        m.insert("$truncated".into(), Value::Bool(true));
    }
    Value::Object(m)
}

/// ArkUI's `RectF::ToBounds` spelling, as its inspector dumps show it.
fn rect_string(x1: f32, y1: f32, x2: f32, y2: f32) -> String {
    format!("[{x1:.2}, {y1:.2}],[{x2:.2},{y2:.2}]")
}

/// The window rect of an inspector node (`$rect`, `"[x1, y1],[x2, y2]"`) as `Rect`, or
/// `None` when `node` has no well-formed `$rect`.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind, inspector_rect};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     NodeId::create("Column", NodeKind::Flex).width(100.0).height(50.0).id("box")
/// });
/// let node = app.inspector_by_id("box").unwrap();
/// assert_eq!(node["$rect"], "[110.00, 0.00],[210.00,50.00]");
/// let r = inspector_rect(&node).unwrap();
/// assert_eq!((r.x, r.y, r.width, r.height), (110.0, 0.0, 100.0, 50.0));
/// assert!(inspector_rect(&serde_json::json!({"$rect": "[1, 2]"})).is_none());
/// ```
pub fn inspector_rect(node: &Value) -> Option<crate::Rect> {
    let s = node.get("$rect")?.as_str()?;
    let mut n = s
        .split(['[', ']', ','])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::parse::<f32>);
    let mut next = || n.next()?.ok().filter(|v| v.is_finite());
    let (x1, y1, x2, y2) = (next()?, next()?, next()?, next()?);
    if n.next().is_some() {
        return None;
    }
    Some(crate::Rect::new(x1, y1, x2 - x1, y2 - y1))
}

/// The whole tree under `root`: ArkUI's root object around the page's components.
pub(crate) fn tree_json(tree: &NodeTree, root: NodeId, density: f32, size: (u32, u32)) -> Value {
    let mut children = Vec::new();
    push_children(tree, root, 0, &mut children);
    let mut m = Map::new();
    m.insert("$type".into(), json!("root"));
    m.insert("width".into(), json!(format!("{:.6}", size.0 as f32)));
    m.insert("height".into(), json!(format!("{:.6}", size.1 as f32)));
    m.insert("$resolution".into(), json!(format!("{density:.6}")));
    m.insert("version".into(), json!(INSPECTOR_VERSION));
    m.insert("$children".into(), Value::Array(children));
    Value::Object(m)
}

/// The first node under `root` (document order) whose key is `key`.
/// The first node in tree order with `key`, preferring one that is shown: pages kept alive
/// under the top one (a router's, a Navigation's) repeat their ids, and the one on screen
/// is the one a test or a driver means. A key only hidden nodes have still finds the first.
pub(crate) fn find_by_key(tree: &NodeTree, root: NodeId, key: &str) -> Option<NodeId> {
    let mut first_hidden = None;
    // (node, whether it and its ancestors are visible)
    let mut stack = vec![(root, true)];
    while let Some((id, shown)) = stack.pop() {
        let node = tree.nodes.get(id)?;
        let shown = shown && node.layout.visibility == crate::Visibility::Visible;
        if node.key.as_deref() == Some(key) {
            if shown {
                return Some(id);
            }
            first_hidden.get_or_insert(id);
        }
        stack.extend(node.children.iter().rev().map(|c| (*c, shown)));
    }
    first_hidden
}

/// The Text attributes reported only when set away from their defaults (older inspector
/// dumps stay as they were).
fn text_extras(t: &crate::tree::TextAttrs, put: &mut impl FnMut(&str, String)) {
    use arkui_renderer::text::{FontStyle, WordBreak};
    if t.font_style == FontStyle::Italic {
        put("fontStyle", "FontStyle.Italic".into());
    }
    if t.text_case != crate::TextCase::Normal {
        put("textCase", format!("TextCase.{:?}", t.text_case));
    }
    if t.word_break != WordBreak::BreakWord {
        let name = match t.word_break {
            WordBreak::Normal => "NORMAL",
            WordBreak::BreakAll => "BREAK_ALL",
            WordBreak::BreakWord => "BREAK_WORD",
        };
        put("wordBreak", format!("WordBreak.{name}"));
    }
    if t.text_indent != crate::Length::Vp(0.0) {
        put("textIndent", t.text_indent.to_string());
    }
    if !t.text_shadows.is_empty() {
        let all: Vec<String> = t
            .text_shadows
            .iter()
            .map(|s| {
                format!(
                    "{{radius: {}, color: {}, offsetX: {}, offsetY: {}}}",
                    s.radius,
                    s.color.to_argb_string(),
                    s.offset_x,
                    s.offset_y
                )
            })
            .collect();
        put("textShadow", format!("[{}]", all.join(", ")));
    }
    if let (Some(min), Some(max)) = (t.min_font_size, t.max_font_size) {
        put("minFontSize", min.to_string());
        put("maxFontSize", max.to_string());
        let policy = match t.height_adaptive_policy {
            crate::TextHeightAdaptivePolicy::MaxLinesFirst => "MAX_LINES_FIRST",
            crate::TextHeightAdaptivePolicy::MinFontSizeFirst => "MIN_FONT_SIZE_FIRST",
            crate::TextHeightAdaptivePolicy::LayoutConstraintFirst => "LAYOUT_CONSTRAINT_FIRST",
        };
        put(
            "heightAdaptivePolicy",
            format!("TextHeightAdaptivePolicy.{policy}"),
        );
    }
    if t.copy_option != crate::CopyOptions::None {
        put("copyOption", format!("CopyOptions.{:?}", t.copy_option));
    }
}
