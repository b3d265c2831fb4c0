//! What a shape component keeps in its node, and the painter every shape shares.

use arkui_core::draw::FillRule;
use arkui_core::{Length, NodeId, NodeKind, PaintCtx};

use super::geometry::Geometry;
use super::style::{InheritedStyle, ShapeStyle};

/// A shape component's outline and style, kept in its node.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ShapeNode {
    pub(crate) geometry: Geometry,
    pub(crate) style: ShapeStyle,
    pub(crate) fill_rule: FillRule,
}

/// Draw the shape: its fill (closed outlines), then its stroke.
fn paint(cx: &mut PaintCtx<'_>) {
    let Some(shape) = cx.extension::<ShapeNode>() else {
        return;
    };
    let r = shape.style.resolve(cx);
    let (path, open) = shape.geometry.path(cx);
    if !r.anti_alias {
        cx.push_anti_alias(false);
    }
    if !open && r.fill.a > 0 {
        cx.fill_path(&path, shape.fill_rule, r.fill.into());
    }
    if r.stroke.a > 0 && r.stroke_style.width > 0.0 {
        cx.stroke_path(&path, &r.stroke_style, r.stroke.into());
    }
    if !r.anti_alias {
        cx.pop_anti_alias();
    }
}

/// A new shape node of component `name` outlining `geometry`.
pub(crate) fn create(name: &'static str, geometry: Geometry) -> NodeId {
    let node = NodeId::create(name, NodeKind::Leaf);
    node.set_content_size(geometry.content_size());
    node.set_extension(ShapeNode {
        geometry,
        style: ShapeStyle::default(),
        fill_rule: FillRule::NonZero,
    });
    node.set_painter(paint);
    node
}

/// Change a shape's outline (and its content size).
pub(crate) fn set_geometry(node: NodeId, geometry: Geometry) {
    let size = geometry.content_size();
    let changed = node.update_extension(|s: &mut ShapeNode| {
        let changed = s.geometry != geometry;
        s.geometry = geometry;
        changed
    });
    if changed == Some(true) {
        node.set_content_size(size);
        node.invalidate_paint();
    }
}

/// Change a shape's fill rule.
pub(crate) fn set_fill_rule(node: NodeId, rule: FillRule) {
    let changed = node
        .update_extension(|s: &mut ShapeNode| std::mem::replace(&mut s.fill_rule, rule) != rule);
    if changed == Some(true) {
        node.invalidate_paint();
    }
}

/// Change the style of a shape, or of a `Shape` container (whose shapes inherit it).
pub(crate) fn edit_style(node: NodeId, f: impl FnOnce(&mut ShapeStyle)) {
    if node.has_extension::<ShapeNode>() {
        let changed = node.update_extension(|s: &mut ShapeNode| {
            let before = s.style.clone();
            f(&mut s.style);
            s.style != before
        });
        if changed == Some(true) {
            node.invalidate_paint();
        }
        return;
    }
    let changed = node.with_extension(|s: &mut InheritedStyle| {
        let before = s.0.clone();
        f(&mut s.0);
        s.0 != before
    });
    if changed == Some(true) {
        repaint_shapes(node);
    }
}

/// Repaint the shapes a container's style reaches: its children, through `ForEach`/`if`
/// fragments.
fn repaint_shapes(container: NodeId) {
    let mut stack = container.children();
    while let Some(c) = stack.pop() {
        c.invalidate_paint();
        // A fragment passes the style through; a nested `Shape` gives its own.
        if !c.has_extension::<ShapeNode>() && !c.has_extension::<InheritedStyle>() {
            stack.extend(c.children());
        }
    }
}

/// `(x, y)` in vp.
pub(crate) fn vp((x, y): (f32, f32)) -> (Length, Length) {
    (Length::Vp(x), Length::Vp(y))
}
