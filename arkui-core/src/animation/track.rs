//! Tracks: one animated attribute of one node, interpolated each frame.

use std::rc::Rc;

use arkui_renderer::Color;

use super::AnimateParam;
use crate::Length;
use crate::decoration::{Decoration, ShadowOptions};
use crate::tree::{Node, NodeId, NodeTree};

/// An attribute that can animate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum AnimProp {
    Width,
    Height,
    Opacity,
    BackgroundColor,
    BorderRadius,
    Translate,
    Scale,
    Rotate,
    BorderColor,
    Shadow,
    Blur,
    BackdropBlur,
}

impl AnimProp {
    const ALL: [AnimProp; 12] = [
        AnimProp::Width,
        AnimProp::Height,
        AnimProp::Opacity,
        AnimProp::BackgroundColor,
        AnimProp::BorderRadius,
        AnimProp::Translate,
        AnimProp::Scale,
        AnimProp::Rotate,
        AnimProp::BorderColor,
        AnimProp::Shadow,
        AnimProp::Blur,
        AnimProp::BackdropBlur,
    ];

    fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// A set of [`AnimProp`]s in two bytes: every node that sets an animatable attribute
/// records it, so a `Vec` would cost each of them an allocation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct AnimProps(u16);

impl AnimProps {
    pub(crate) fn insert(&mut self, prop: AnimProp) {
        self.0 |= prop.bit();
    }

    /// The members, in declaration order.
    pub(crate) fn iter(self) -> impl Iterator<Item = AnimProp> {
        AnimProp::ALL
            .into_iter()
            .filter(move |p| self.0 & p.bit() != 0)
    }
}

/// A value an attribute passes through.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum AnimValue {
    Number(f32),
    Color(Color),
    Pair(f32, f32),
    /// A shadow: blur radius, x and y offsets (px) and colour.
    Shadow(f32, f32, f32, Color),
}

fn mix_color(a: Color, b: Color, t: f32) -> Color {
    let ch = |x: u8, y: u8| {
        lerp(f32::from(x), f32::from(y), t)
            .round()
            .clamp(0.0, 255.0) as u8
    };
    Color::rgba(ch(a.r, b.r), ch(a.g, b.g), ch(a.b, b.b), ch(a.a, b.a))
}

fn lerp(a: f32, b: f32, t: f32) -> f32 {
    a + (b - a) * t
}

impl AnimValue {
    fn mix(self, to: AnimValue, t: f32) -> AnimValue {
        match (self, to) {
            (AnimValue::Number(a), AnimValue::Number(b)) => AnimValue::Number(lerp(a, b, t)),
            (AnimValue::Pair(a, b), AnimValue::Pair(c, d)) => {
                AnimValue::Pair(lerp(a, c, t), lerp(b, d, t))
            }
            (AnimValue::Color(a), AnimValue::Color(b)) => AnimValue::Color(mix_color(a, b, t)),
            (AnimValue::Shadow(r0, x0, y0, c0), AnimValue::Shadow(r1, x1, y1, c1)) => {
                AnimValue::Shadow(
                    lerp(r0, r1, t),
                    lerp(x0, x1, t),
                    lerp(y0, y1, t),
                    mix_color(c0, c1, t),
                )
            }
            (_, to) => to,
        }
    }
}

/// What the attribute is set back to, exactly, when its animation ends.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Target {
    Length(Length),
    Value(AnimValue),
}

pub(crate) struct Track {
    pub(crate) node: NodeId,
    pub(crate) prop: AnimProp,
    pub(crate) from: AnimValue,
    pub(crate) to: AnimValue,
    pub(crate) target: Target,
    pub(crate) start_ms: f64,
    pub(crate) param: AnimateParam,
    /// A leaving node is freed when its last track ends.
    pub(crate) frees_node: bool,
}

/// The running tracks of a thread.
#[derive(Default)]
pub(crate) struct Tracks {
    pub(crate) list: Vec<Track>,
}

impl Tracks {
    /// Start `track`, replacing a running track of the same attribute (retargeting).
    pub(crate) fn start(&mut self, track: Track) {
        self.list
            .retain(|t| !(t.node == track.node && t.prop == track.prop));
        self.list.push(track);
    }
}

/// The attribute's presented value now (px for sizes).
pub(crate) fn read(node: &Node, prop: AnimProp, density: f32) -> AnimValue {
    let v = &node.visual;
    let px = |l: Length| {
        l.to_px(&crate::Units {
            density,
            ..crate::Units::default()
        })
        .unwrap_or(0.0)
    };
    match prop {
        AnimProp::Width => AnimValue::Number(node.rect.width),
        AnimProp::Height => AnimValue::Number(node.rect.height),
        AnimProp::Opacity => AnimValue::Number(v.opacity),
        AnimProp::BackgroundColor => AnimValue::Color(v.background_color),
        AnimProp::BorderRadius => AnimValue::Number(px(v.border_radius[0])),
        AnimProp::Translate => AnimValue::Pair(px(v.translate.0), px(v.translate.1)),
        AnimProp::Scale => AnimValue::Pair(v.scale.0, v.scale.1),
        AnimProp::Rotate => AnimValue::Number(v.rotate),
        AnimProp::BorderColor => AnimValue::Color(v.border_color),
        AnimProp::Shadow => shadow_value(
            node.extension::<Decoration>().and_then(|d| d.shadow),
            density,
        ),
        AnimProp::Blur => AnimValue::Number(
            node.extension::<Decoration>()
                .and_then(|d| d.blur)
                .unwrap_or(0.0),
        ),
        AnimProp::BackdropBlur => AnimValue::Number(
            node.extension::<Decoration>()
                .and_then(|d| d.backdrop_blur)
                .unwrap_or(0.0),
        ),
    }
}

/// A shadow as an animated value (px); none is a transparent, unblurred one.
pub(crate) fn shadow_value(s: Option<ShadowOptions>, density: f32) -> AnimValue {
    let units = crate::Units {
        density,
        ..crate::Units::default()
    };
    let px = |l: Length| l.to_px(&units).unwrap_or(0.0);
    match s {
        Some(s) => AnimValue::Shadow(px(s.radius), px(s.offset_x), px(s.offset_y), s.color),
        None => AnimValue::Shadow(0.0, 0.0, 0.0, Color::TRANSPARENT),
    }
}

/// Present `value` on the node (without touching animations).
pub(crate) fn write(tree: &mut NodeTree, id: NodeId, prop: AnimProp, value: AnimValue) {
    let Some(node) = tree.nodes.get_mut(id) else {
        return;
    };
    let n = |v: AnimValue| match v {
        AnimValue::Number(x) => x,
        _ => 0.0,
    };
    match (prop, value) {
        (AnimProp::Width, v) => {
            node.layout_mut().width = Length::Px(n(v));
            node.style_dirty = true;
            tree.mark_layout_dirty(id);
            return;
        }
        (AnimProp::Height, v) => {
            node.layout_mut().height = Length::Px(n(v));
            node.style_dirty = true;
            tree.mark_layout_dirty(id);
            return;
        }
        (AnimProp::Opacity, v) => node.visual.opacity = n(v).clamp(0.0, 1.0),
        (AnimProp::BackgroundColor, AnimValue::Color(c)) => node.visual.background_color = c,
        (AnimProp::BorderRadius, v) => node.visual.border_radius = [Length::Px(n(v)); 4],
        (AnimProp::Translate, AnimValue::Pair(x, y)) => {
            node.visual.translate = (Length::Px(x), Length::Px(y))
        }
        (AnimProp::Scale, AnimValue::Pair(x, y)) => node.visual.scale = (x, y),
        (AnimProp::Rotate, v) => node.visual.rotate = n(v),
        (AnimProp::BorderColor, AnimValue::Color(c)) => node.visual.border_color = c,
        (AnimProp::Shadow, AnimValue::Shadow(r, x, y, color)) => {
            if let Some(d) = node.extension_mut::<Decoration>() {
                d.shadow = Some(ShadowOptions {
                    radius: Length::Px(r.max(0.0)),
                    color,
                    offset_x: Length::Px(x),
                    offset_y: Length::Px(y),
                });
            }
        }
        (AnimProp::Blur, v) => {
            if let Some(d) = node.extension_mut::<Decoration>() {
                let r = n(v);
                d.blur = (r > 0.0).then_some(r);
            }
        }
        (AnimProp::BackdropBlur, v) => {
            if let Some(d) = node.extension_mut::<Decoration>() {
                let r = n(v);
                d.backdrop_blur = (r > 0.0).then_some(r);
            }
        }
        _ => {}
    }
    tree.mark_paint_dirty(id);
}

fn restore(tree: &mut NodeTree, t: &Track) {
    match t.target {
        Target::Length(l) => {
            if let Some(node) = tree.nodes.get_mut(t.node) {
                match t.prop {
                    AnimProp::Width => node.layout_mut().width = l,
                    AnimProp::Height => node.layout_mut().height = l,
                    AnimProp::BorderRadius => node.visual.border_radius = [l; 4],
                    _ => {}
                }
                node.style_dirty = true;
                tree.mark_layout_dirty(t.node);
            }
        }
        Target::Value(v) => write(tree, t.node, t.prop, v),
    }
}

/// Finish callbacks to call, leaving nodes to free, and whether tracks remain.
pub(crate) type TickResult = (Vec<Rc<dyn Fn()>>, Vec<NodeId>, bool);

/// Advance every track of nodes under `root` to `now`. Returns the finish callbacks to call
/// (outside the tree borrow), the nodes to free, and whether tracks remain.
pub(crate) fn tick(tree: &mut NodeTree, root: NodeId, now: f64) -> TickResult {
    let mut done_callbacks: Vec<Rc<dyn Fn()>> = Vec::new();
    let mut freed = Vec::new();
    let mut tracks = std::mem::take(&mut tree.tracks.list);
    let mut keep = Vec::with_capacity(tracks.len());
    for t in tracks.drain(..) {
        if !tree.nodes.contains_key(t.node) {
            continue;
        }
        let leaving = tree
            .leaving
            .iter()
            .any(|l| l.node == t.node && l.root == root);
        if !leaving && tree.root_of(t.node) != root {
            keep.push(t);
            continue;
        }
        let (p, over) = t.param.progress(now - t.start_ms);
        if over {
            restore(tree, &t);
            if let Some(f) = &t.param.on_finish
                && !done_callbacks.iter().any(|g| Rc::ptr_eq(g, f))
            {
                done_callbacks.push(f.clone());
            }
            if t.frees_node {
                freed.push(t.node);
            }
        } else {
            write(tree, t.node, t.prop, t.from.mix(t.to, p));
            keep.push(t);
        }
    }
    // Tracks started by callbacks during this tick were pushed meanwhile: keep both.
    keep.append(&mut tree.tracks.list);
    tree.tracks.list = keep;
    let remain = has_tracks(tree, root);
    (done_callbacks, freed, remain)
}

/// Whether an animation runs in `root`'s tree (or on a node leaving it).
pub(crate) fn has_tracks(tree: &NodeTree, root: NodeId) -> bool {
    tree.tracks.list.iter().any(|t| {
        tree.leaving
            .iter()
            .any(|l| l.node == t.node && l.root == root)
            || tree.root_of(t.node) == root
    })
}
