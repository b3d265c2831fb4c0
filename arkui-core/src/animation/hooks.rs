//! Where attribute changes become animations: node setters report what changed; an
//! `animate_to` in progress or the node's `.animation()` settings decide whether it animates.

use super::track::{AnimProp, AnimValue, Target, Track, read};
use super::{AnimateParam, explicit, now_ms};
use crate::tree::{LayoutAttrs, NodeId, NodeTree, Visual};
use crate::{Length, Units};

fn px(l: Length, density: f32) -> Option<f32> {
    l.to_px(&Units {
        density,
        ..Units::default()
    })
}

fn param_for(t: &NodeTree, id: NodeId, prop: AnimProp) -> Option<AnimateParam> {
    explicit().or_else(|| {
        t.nodes
            .get(id)?
            .animation
            .as_ref()?
            .implicit
            .iter()
            .find(|(p, _)| *p == prop)
            .map(|(_, a)| a.clone())
    })
}

/// Start (or retarget) the animation of one changed attribute, if it should animate.
fn changed(
    t: &mut NodeTree,
    id: NodeId,
    prop: AnimProp,
    from: AnimValue,
    to: AnimValue,
    target: Target,
) {
    let Some(node) = t.nodes.get(id) else { return };
    // Nothing shown yet: the first value is not animated from anything.
    if !node.painted {
        return;
    }
    let Some(param) = param_for(t, id, prop) else {
        return;
    };
    // A running animation of this attribute continues from where it is now.
    let from = t
        .tracks
        .list
        .iter()
        .find(|tr| tr.node == id && tr.prop == prop)
        .map_or(from, |_| read(&t.nodes[id], prop, t.density));
    super::track::write(t, id, prop, from);
    t.tracks.start(Track {
        node: id,
        prop,
        from,
        to,
        target,
        start_ms: now_ms(),
        param,
        frees_node: false,
    });
}

pub(crate) fn on_layout_change(t: &mut NodeTree, id: NodeId, before: &LayoutAttrs) {
    let Some(node) = t.nodes.get(id) else { return };
    let (after, rect, d) = (node.layout.clone(), node.rect, t.density);
    if after.width != before.width
        && let Some(to) = px(after.width, d)
    {
        changed(
            t,
            id,
            AnimProp::Width,
            AnimValue::Number(rect.width),
            AnimValue::Number(to),
            Target::Length(after.width),
        );
    }
    if after.height != before.height
        && let Some(to) = px(after.height, d)
    {
        changed(
            t,
            id,
            AnimProp::Height,
            AnimValue::Number(rect.height),
            AnimValue::Number(to),
            Target::Length(after.height),
        );
    }
}

pub(crate) fn on_visual_change(t: &mut NodeTree, id: NodeId, before: &Visual) {
    let Some(node) = t.nodes.get(id) else { return };
    let (a, d) = (node.visual.clone(), t.density);
    let num = AnimValue::Number;
    if a.opacity != before.opacity {
        changed(
            t,
            id,
            AnimProp::Opacity,
            num(before.opacity),
            num(a.opacity),
            Target::Value(num(a.opacity)),
        );
    }
    if a.background_color != before.background_color {
        let (f, to) = (
            AnimValue::Color(before.background_color),
            AnimValue::Color(a.background_color),
        );
        changed(t, id, AnimProp::BackgroundColor, f, to, Target::Value(to));
    }
    if a.border_radius != before.border_radius
        && let (Some(f), Some(to)) = (px(before.border_radius[0], d), px(a.border_radius[0], d))
    {
        changed(
            t,
            id,
            AnimProp::BorderRadius,
            num(f),
            num(to),
            Target::Length(a.border_radius[0]),
        );
    }
    if a.translate != before.translate {
        let p = |l: Length| px(l, d).unwrap_or(0.0);
        let (f, to) = (
            AnimValue::Pair(p(before.translate.0), p(before.translate.1)),
            AnimValue::Pair(p(a.translate.0), p(a.translate.1)),
        );
        changed(t, id, AnimProp::Translate, f, to, Target::Value(to));
    }
    if a.scale != before.scale {
        let (f, to) = (
            AnimValue::Pair(before.scale.0, before.scale.1),
            AnimValue::Pair(a.scale.0, a.scale.1),
        );
        changed(t, id, AnimProp::Scale, f, to, Target::Value(to));
    }
    if a.border_color != before.border_color {
        let (f, to) = (
            AnimValue::Color(before.border_color),
            AnimValue::Color(a.border_color),
        );
        changed(t, id, AnimProp::BorderColor, f, to, Target::Value(to));
    }
    if a.rotate != before.rotate {
        changed(
            t,
            id,
            AnimProp::Rotate,
            num(before.rotate),
            num(a.rotate),
            Target::Value(num(a.rotate)),
        );
    }
}

/// A node's decoration changed (`before` was its old one): its shadow and blur animate
/// like the visual attributes.
pub(crate) fn on_decoration_change(
    t: &mut NodeTree,
    id: NodeId,
    before: &crate::decoration::Decoration,
) {
    let Some(node) = t.nodes.get(id) else { return };
    let Some(after) = node.extension::<crate::decoration::Decoration>() else {
        return;
    };
    let (shadow, blur, backdrop, d) = (after.shadow, after.blur, after.backdrop_blur, t.density);
    // Removing a shadow is immediate (nothing to animate towards).
    if shadow != before.shadow
        && let Some(s) = shadow
    {
        let from = super::track::shadow_value(
            before.shadow.or(Some(crate::ShadowOptions {
                color: s.color.with_opacity(0.0),
                ..s
            })),
            d,
        );
        let to = super::track::shadow_value(Some(s), d);
        changed(t, id, AnimProp::Shadow, from, to, Target::Value(to));
    }
    if blur != before.blur {
        let (f, to) = (
            AnimValue::Number(before.blur.unwrap_or(0.0)),
            AnimValue::Number(blur.unwrap_or(0.0)),
        );
        changed(t, id, AnimProp::Blur, f, to, Target::Value(to));
    }
    if backdrop != before.backdrop_blur {
        let (f, to) = (
            AnimValue::Number(before.backdrop_blur.unwrap_or(0.0)),
            AnimValue::Number(backdrop.unwrap_or(0.0)),
        );
        changed(t, id, AnimProp::BackdropBlur, f, to, Target::Value(to));
    }
}

/// `.animation(param)`: the attributes set on this node so far (since the previous
/// `.animation()`) animate with `param` from now on.
pub(crate) fn set_implicit(t: &mut NodeTree, id: NodeId, param: AnimateParam) {
    let Some(node) = t.nodes.get_mut(id) else {
        return;
    };
    let pending = std::mem::take(&mut node.pending_props);
    if pending.iter().next().is_none() {
        return;
    }
    let implicit = &mut node.animation_mut().implicit;
    for prop in pending.iter() {
        implicit.retain(|(p, _)| *p != prop);
        implicit.push((prop, param.clone()));
    }
}

/// Start the insert transition of a node shown for the first time.
pub(crate) fn appear(t: &mut NodeTree, id: NodeId) {
    let Some(effect) = t.nodes.get(id).and_then(|n| n.transition().cloned()) else {
        return;
    };
    let e = effect.appear().clone();
    start_effect(t, id, &e, &effect.appear_timing(), true, false);
}

/// Animate between a node's own look and `effect` (towards it when `leaving`).
pub(crate) fn start_effect(
    t: &mut NodeTree,
    id: NodeId,
    effect: &super::TransitionEffect,
    param: &AnimateParam,
    appearing: bool,
    leaving: bool,
) {
    let Some(node) = t.nodes.get(id) else { return };
    let (v, rect, d) = (node.visual.clone(), node.rect, t.density);
    let mut tracks = Vec::new();
    let num = AnimValue::Number;
    if let Some(o) = effect.opacity {
        tracks.push((AnimProp::Opacity, num(o), num(v.opacity)));
    }
    if let Some((x, y)) = effect.translate {
        let rel = |l: Length, size: f32| match l {
            Length::Percent(p) => size * p / 100.0,
            other => px(other, d).unwrap_or(0.0),
        };
        let own = (
            px(v.translate.0, d).unwrap_or(0.0),
            px(v.translate.1, d).unwrap_or(0.0),
        );
        tracks.push((
            AnimProp::Translate,
            AnimValue::Pair(own.0 + rel(x, rect.width), own.1 + rel(y, rect.height)),
            AnimValue::Pair(own.0, own.1),
        ));
    }
    if let Some((x, y)) = effect.scale {
        tracks.push((
            AnimProp::Scale,
            AnimValue::Pair(x, y),
            AnimValue::Pair(v.scale.0, v.scale.1),
        ));
    }
    if let Some(r) = effect.rotate {
        tracks.push((AnimProp::Rotate, num(r), num(v.rotate)));
    }
    if tracks.is_empty() && leaving {
        // Nothing to animate: keep it for the effect's duration anyway, as ArkUI does.
        tracks.push((AnimProp::Opacity, num(v.opacity), num(v.opacity)));
    }
    for (i, (prop, hidden, shown)) in tracks.into_iter().enumerate() {
        let (from, to) = if appearing {
            (hidden, shown)
        } else {
            (shown, hidden)
        };
        super::track::write(t, id, prop, from);
        t.tracks.start(Track {
            node: id,
            prop,
            from,
            to,
            target: Target::Value(to),
            start_ms: now_ms(),
            param: param.clone(),
            frees_node: leaving && i == 0,
        });
    }
}

/// An attribute method ran for `prop` (even with an unchanged value): a following
/// `.animation()` applies to it.
pub(crate) fn note(t: &mut NodeTree, id: NodeId, prop: AnimProp) {
    if let Some(node) = t.nodes.get_mut(id) {
        node.pending_props.insert(prop);
    }
}
