//! The drawn place of a node: `translate`, `scale` and `rotate` about the centre of its box
//! move what the user sees without moving its layout rect. Paint draws through these
//! transforms and hit testing maps the pointer back through their inverses, so both must
//! compose them the same way.

use arkui_renderer::{Point, Rect, Transform};

use super::{NodeId, NodeKind, NodeTree, Visual};
use crate::Units;

/// The transform a node's visual translate/scale/rotate ask for, about the centre of `rect`
/// (its layout box, in pixels). `None` when the node is drawn where it is laid out.
pub(crate) fn node_transform(v: &Visual, rect: Rect, units: &Units) -> Option<Transform> {
    let tx = v.translate.0.to_px(units).unwrap_or(0.0);
    let ty = v.translate.1.to_px(units).unwrap_or(0.0);
    let (sx, sy) = v.scale;
    if tx == 0.0 && ty == 0.0 && sx == 1.0 && sy == 1.0 && v.rotate == 0.0 {
        return None;
    }
    let (cx, cy) = (rect.x + rect.width / 2.0, rect.y + rect.height / 2.0);
    let t = Transform::translate(-cx, -cy)
        .then(&Transform::scale(sx, sy))
        .then(&Transform::rotate(v.rotate.to_radians()))
        .then(&Transform::translate(cx + tx, cy + ty));
    t.is_finite().then_some(t)
}

/// The transforms `id` is drawn through, innermost first: its own, then each painted
/// ancestor's (as paint nests them). Fragments are not painted, so their visuals never apply.
/// The one walk behind [`to_window`], [`to_local`] and the focus ring.
pub(crate) fn drawn_transforms(tree: &NodeTree, id: NodeId, units: &Units) -> Vec<Transform> {
    let mut out = Vec::new();
    let mut at = Some(id);
    while let Some(n) = at.and_then(|a| tree.nodes.get(a)) {
        if n.kind != NodeKind::Fragment
            && let Some(t) = node_transform(&n.visual, n.rect, units)
        {
            out.push(t);
        }
        at = n.parent;
    }
    out
}

/// Where the point `p` of `id`'s layout space is drawn, in window pixels.
pub(crate) fn to_window(tree: &NodeTree, id: NodeId, p: Point, units: &Units) -> Point {
    drawn_transforms(tree, id, units)
        .iter()
        .fold(p, |p, t| t.apply(p))
}

/// The window-pixel box `id` covers where it is drawn: the bounds of its layout rect's
/// corners through [`to_window`]. Key navigation measures distances between these, so the
/// arrows go to what the user sees next to the focused component.
pub(crate) fn drawn_rect(tree: &NodeTree, id: NodeId, units: &Units) -> Option<Rect> {
    let r = tree.nodes.get(id)?.rect;
    let transforms = drawn_transforms(tree, id, units);
    let corners = [
        Point::new(r.x, r.y),
        Point::new(r.x + r.width, r.y),
        Point::new(r.x, r.y + r.height),
        Point::new(r.x + r.width, r.y + r.height),
    ]
    .map(|c| transforms.iter().fold(c, |p, t| t.apply(p)));
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for c in corners {
        (x0, y0, x1, y1) = (x0.min(c.x), y0.min(c.y), x1.max(c.x), y1.max(c.y));
    }
    Some(Rect::new(x0, y0, x1 - x0, y1 - y0))
}

/// Where the window pixel `p` lies in `id`'s layout space: `p` mapped back through each
/// transform of [`drawn_transforms`], outermost first (the inverse of [`to_window`], as hit
/// testing maps the pointer). `None` when a transform on the way collapses its node
/// (scale 0), so no point of the window lands there.
pub(crate) fn to_local(tree: &NodeTree, id: NodeId, p: Point, units: &Units) -> Option<Point> {
    drawn_transforms(tree, id, units)
        .iter()
        .rev()
        .try_fold(p, |p, t| Some(t.invert()?.apply(p)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Length;

    fn close(a: Point, b: Point) -> bool {
        (a.x - b.x).abs() < 1e-3 && (a.y - b.y).abs() < 1e-3
    }

    #[test]
    fn an_untransformed_node_has_no_transform() {
        let v = Visual::default();
        assert!(node_transform(&v, Rect::new(0.0, 0.0, 10.0, 10.0), &Units::default()).is_none());
    }

    #[test]
    fn scale_and_rotate_turn_about_the_centre_then_translate_in_vp() {
        let v = Visual {
            translate: (Length::Vp(5.0), Length::Vp(0.0)),
            scale: (2.0, 2.0),
            rotate: 90.0,
            ..Visual::default()
        };
        let units = Units {
            density: 2.0,
            ..Units::default()
        };
        let t = node_transform(&v, Rect::new(0.0, 0.0, 20.0, 20.0), &units)
            .expect("a transformed node");
        assert!(close(
            t.apply(Point::new(10.0, 10.0)),
            Point::new(20.0, 10.0)
        ));
        // The right edge's middle: 10 px right of the centre, doubled, turned to point down.
        assert!(close(
            t.apply(Point::new(20.0, 10.0)),
            Point::new(20.0, 30.0)
        ));
    }
}
