//! [`record`]: the laid-out tree to a display list, back to front.

use arkui_renderer::text::FontContext;
use arkui_renderer::{
    BorderWidths, Color, CornerRadii, DisplayList, DrawCmd, IRect, Rect, Transform,
};

use super::fragment::{Fragment, NO_CLIP, WrapperKey};

use crate::Units;
use crate::tree::transform::node_transform;
use crate::tree::{Node, NodeId, NodeKind, NodeTree, Visibility};

/// The screen a frame is painted for.
pub(crate) struct Screen {
    /// The whole viewport, in pixels.
    pub(crate) viewport: Rect,
    /// Page background.
    pub(crate) background: Color,
    /// A round screen: only the inscribed circle is shown.
    pub(crate) round: bool,
    /// The focused component, when its focus ring is shown.
    pub(crate) focus_ring: Option<NodeId>,
}

/// ArkUI's focus box: 2 vp of the brand colour, 2 vp outside the component.
const FOCUS_COLOR: Color = Color::from_rgb(0x007DFF);

enum Step {
    Node(NodeId, f32),
    /// Close a clip; for a clipping node, also the [`ClipSpan`] it opened. Restores the
    /// device clip from before it.
    PopClip(Option<usize>, IRect),
    PopLayer,
    /// Close a transform, restoring the device transform from before it.
    PopTransform(Transform),
}

/// The commands a clipping node's content drew in one frame, with where its children were:
/// comparing two frames' spans of one node tells whether its content only moved (a scroll),
/// which lets the frame shift pixels instead of repainting them.
#[derive(Clone, Debug)]
pub(crate) struct ClipSpan {
    /// The clipping node.
    pub(crate) node: NodeId,
    /// The commands strictly inside its clip.
    pub(crate) range: std::ops::Range<usize>,
    /// Its children in paint order, with their boxes.
    pub(crate) children: Vec<(NodeId, Rect)>,
}

/// Where a recording writes: the list, the clip spans, and the start of each node's own
/// commands in recording order (the fragments' `slot`s index it).
pub(crate) struct Recording<'a> {
    pub(crate) list: &'a mut DisplayList,
    pub(crate) spans: &'a mut Vec<ClipSpan>,
    pub(crate) starts: &'a mut Vec<u32>,
    pub(crate) generation: u64,
}

/// The wrapper key of a visible node: what paint puts around its own commands and its
/// children's.
pub(crate) fn wrapper_key(node: &Node, units: &Units) -> WrapperKey {
    let own = node.visual.opacity.clamp(0.0, 1.0);
    let has_children = !node.layout_children.is_empty();
    let clip = node.visual.clip || node.kind == NodeKind::Scroll;
    WrapperKey {
        transform: node_transform(&node.visual, node.rect, units),
        layer: (own < 1.0 && has_children).then_some(own),
        clip: clip.then_some(node.rect),
        clip_radii: if clip {
            radii_of(node, units).clamped(node.rect.width, node.rect.height)
        } else {
            CornerRadii::default()
        },
        shape: crate::decoration::clip_shape_key(node),
        content: crate::decoration::view_port_transform(node, units),
        blur: crate::decoration::blur_sigma(node),
    }
}

/// A node's corner radii in pixels.
fn radii_of(node: &Node, units: &Units) -> CornerRadii {
    let r = |l: crate::Length| l.to_px(units).unwrap_or(0.0).max(0.0);
    let v = &node.visual.border_radius;
    CornerRadii {
        top_left: r(v[0]),
        top_right: r(v[1]),
        bottom_right: r(v[2]),
        bottom_left: r(v[3]),
    }
}

/// Whether paint draws `node` at all (its own visibility and opacity; ancestors aside).
pub(crate) fn is_drawn(node: &Node) -> bool {
    node.layout.visibility == Visibility::Visible && node.visual.opacity.clamp(0.0, 1.0) > 0.0
}

/// The opacity `node`'s own colours are faded by: a translucent group is composited as a
/// whole through a layer, a translucent leaf fades its own colours.
pub(crate) fn own_opacity(node: &Node, inherited: f32) -> f32 {
    let own = node.visual.opacity.clamp(0.0, 1.0);
    if own < 1.0 && !node.layout_children.is_empty() {
        inherited
    } else {
        inherited * own
    }
}

/// The default painter of every node kind (background, border, text, image), then the
/// component's own painter: all the commands `id` draws itself, in window pixels.
pub(crate) fn paint_own(
    tree: &mut NodeTree,
    id: NodeId,
    units: &Units,
    fonts: &mut FontContext,
    opacity: f32,
    list: &mut DisplayList,
) {
    let Some(node) = tree.nodes.get_mut(id) else {
        return;
    };
    crate::stats::count(|s| s.nodes_recorded += 1);
    let rect = node.rect;
    let v = &node.visual;
    let radii = radii_of(node, units);
    let decoration = crate::decoration::of(node);
    if let Some(d) = decoration {
        crate::decoration::paint_shadow(d, rect, radii, units, opacity, list);
        crate::decoration::paint_backdrop_blur(d, rect, radii, list);
    }
    if v.background_color.a > 0 {
        let color = v.background_color.with_opacity(opacity);
        list.push(if radii.is_zero() {
            DrawCmd::Rect { rect, color }
        } else {
            DrawCmd::RoundedRect { rect, radii, color }
        });
    }
    let l = node.final_layout;
    let widths = BorderWidths {
        left: l.border.left,
        top: l.border.top,
        right: l.border.right,
        bottom: l.border.bottom,
    };
    let mut background_image = false;
    if let Some(d) = decoration {
        crate::decoration::paint_gradient(d, rect, radii, units, opacity, list);
        background_image =
            crate::decoration::paint_background_image(d, node, rect, radii, units, opacity, list);
    }
    let styled = decoration.is_some_and(|d| {
        crate::decoration::paint_styled_border(d, node, rect, radii, widths, opacity, list)
    });
    if !styled && !widths.is_zero() && v.border_color.a > 0 {
        list.push(DrawCmd::Border {
            rect,
            radii,
            widths,
            color: v.border_color.with_opacity(opacity),
        });
    }
    if let Some(d) = decoration {
        crate::decoration::paint_outline(d, rect, units, opacity, list);
    }
    let content = Rect::new(
        rect.x + l.border.left + l.padding.left,
        rect.y + l.border.top + l.padding.top,
        l.content_box_width(),
        l.content_box_height(),
    );
    let objects = if node.kind == NodeKind::Text {
        super::text::paint_text(node, fonts, units, content, opacity, list)
    } else {
        Vec::new()
    };
    let node = &tree.nodes[id];
    // ImageSpans: each span node's image in the box its line gave it.
    for (span, at) in objects {
        let image = node
            .text_cache
            .as_deref()
            .and_then(|c| c.span_nodes.get(span))
            .and_then(|n| tree.nodes.get(*n))
            .and_then(|n| crate::image::paint_cmd(n, at, opacity));
        if let Some(cmd) = image {
            list.push(cmd);
        }
    }
    if !background_image && let Some(cmd) = crate::image::paint_cmd(node, content, opacity) {
        if radii.is_zero() {
            list.push(cmd);
        } else {
            // `borderRadius` rounds the picture too, as ArkUI's Image does.
            list.push(DrawCmd::PushRoundedClip { rect, radii });
            list.push(cmd);
            list.push(DrawCmd::PopClip);
        }
    }
    if let Some(painter) = node.extension::<super::Painter>().cloned() {
        let mut parent = node.parent.and_then(|p| tree.nodes.get(p));
        while let Some(p) = parent.filter(|p| p.kind == NodeKind::Fragment) {
            parent = p.parent.and_then(|q| tree.nodes.get(q));
        }
        let parent = parent.map(|p| &**p);
        let drawn =
            super::PaintCtx::new(list, fonts, (node, parent), rect, content, opacity, units)
                .run(&painter);
        crate::image_bitmap::note_drawn(tree, id, drawn);
    }
}

/// Record `start`'s subtree, back to front, keeping each node's fragment.
fn paint_subtree(
    tree: &mut NodeTree,
    start: NodeId,
    units: &Units,
    fonts: &mut FontContext,
    rec: &mut Recording<'_>,
) {
    let mut device = Transform::IDENTITY;
    let mut clip = NO_CLIP;
    let mut stack = vec![Step::Node(start, 1.0)];
    while let Some(step) = stack.pop() {
        let (id, inherited) = match step {
            Step::PopClip(span, before) => {
                if let Some(s) = span.and_then(|i| rec.spans.get_mut(i)) {
                    s.range.end = rec.list.len();
                }
                rec.list.push(DrawCmd::PopClip);
                clip = before;
                continue;
            }
            Step::PopLayer => {
                rec.list.push(DrawCmd::PopLayer);
                continue;
            }
            Step::PopTransform(before) => {
                rec.list.push(DrawCmd::PopTransform);
                device = before;
                continue;
            }
            Step::Node(id, o) => (id, o),
        };
        let Some(node) = tree.nodes.get_mut(id) else {
            continue;
        };
        if node.layout.visibility != Visibility::Visible {
            continue;
        }
        let first_paint = !node.painted;
        node.painted = true;
        if first_paint && node.transition().is_some() {
            // First time on screen: the insert transition starts from its hidden look.
            crate::animation::appear(tree, id);
        }
        let Some(node) = tree.nodes.get_mut(id) else {
            continue;
        };
        if !is_drawn(node) || inherited <= 0.0 {
            continue;
        }
        let key = wrapper_key(node, units);
        if let Some(t) = key.transform {
            rec.list.push(DrawCmd::PushTransform { transform: t });
            stack.push(Step::PopTransform(device));
            device = t.then(&device);
        }
        if let Some(opacity) = key.layer {
            rec.list.push(DrawCmd::PushLayer {
                opacity,
                bounds: None,
            });
            stack.push(Step::PopLayer);
        }
        if let Some(sigma) = key.blur {
            // The blur spreads the content: the layer is the box grown by three sigmas.
            let grow = sigma * 3.0 + 1.0;
            rec.list.push(DrawCmd::PushCompositeLayer {
                mode: arkui_renderer::CompositeMode::SourceOver,
                shadow: None,
                bounds: Some(node.rect.inflate(grow)),
                blur: sigma,
            });
            stack.push(Step::PopLayer);
        }
        if let Some((rect, _)) = key.shape {
            // A clip shape cuts the node's own commands too: it opens before them.
            let (open, rect) = crate::decoration::clip_shape(node, units)
                .unwrap_or((DrawCmd::PushClip { rect }, rect));
            rec.list.push(open);
            stack.push(Step::PopClip(None, clip));
            clip = clip.intersect(
                &device
                    .map_rect_bounds(rect)
                    .inflate(1.0)
                    .to_irect_covering(),
            );
        }
        let opacity = own_opacity(node, inherited);
        let slot = rec.starts.len() as u32;
        let begin = rec.list.len();
        rec.starts.push(begin as u32);
        paint_own(tree, id, units, fonts, opacity, rec.list);
        let Some(node) = tree.nodes.get_mut(id) else {
            continue;
        };
        let fragment = Fragment {
            generation: rec.generation,
            slot,
            len: (rec.list.len() - begin) as u32,
            key,
            inherited,
            transform: device,
            clip,
        };
        match node.fragment.as_mut() {
            Some(f) => **f = fragment,
            None => node.fragment = Some(Box::new(fragment)),
        }
        let order = crate::tree::paint_order(tree, id);
        if let Some(rect) = key.clip {
            rec.list.push(if key.clip_radii.is_zero() {
                DrawCmd::PushClip { rect }
            } else {
                DrawCmd::PushRoundedClip {
                    rect,
                    radii: key.clip_radii,
                }
            });
            // Where the clipped content is and where its children sit: the next frame finds
            // how far a scroll moved them (see `ClipSpan`).
            let children = order
                .iter()
                .filter_map(|c| tree.nodes.get(*c).map(|n| (*c, n.rect)))
                .collect();
            rec.spans.push(ClipSpan {
                node: id,
                range: rec.list.len()..rec.list.len(),
                children,
            });
            stack.push(Step::PopClip(Some(rec.spans.len() - 1), clip));
            clip = clip.intersect(
                &device
                    .map_rect_bounds(rect)
                    .inflate(1.0)
                    .to_irect_covering(),
            );
        }
        if let Some(t) = key.content {
            // A view port maps the children's coordinates onto the node's box.
            rec.list.push(DrawCmd::PushTransform { transform: t });
            stack.push(Step::PopTransform(device));
            device = t.then(&device);
        }
        // Children inherit the opacity the node's own commands were not faded by.
        let for_children = if key.layer.is_some() {
            inherited
        } else {
            opacity
        };
        for c in order.iter().rev() {
            stack.push(Step::Node(*c, for_children));
        }
    }
}

/// Record `root`'s subtree, back to front, on a `background` fill of the whole viewport.
pub(crate) fn record(
    tree: &mut NodeTree,
    root: NodeId,
    units: &Units,
    fonts: &mut FontContext,
    screen: &Screen,
    rec: &mut Recording<'_>,
) {
    let Screen {
        viewport,
        background,
        round,
        focus_ring,
    } = *screen;
    rec.list.clear();
    rec.spans.clear();
    rec.starts.clear();
    let list = &mut *rec.list;
    if round {
        // A round screen shows only the inscribed circle: what is outside stays black, and
        // previews show the app as the device will.
        list.push(DrawCmd::Rect {
            rect: viewport,
            color: Color::BLACK,
        });
        let r = viewport.width.min(viewport.height) / 2.0;
        list.push(DrawCmd::PushRoundedClip {
            rect: viewport,
            radii: arkui_renderer::CornerRadii::uniform(r),
        });
    }
    list.push(DrawCmd::Rect {
        rect: viewport,
        color: background,
    });
    paint_subtree(tree, root, units, fonts, rec);
    // Removed components still playing their disappear transition, on top.
    let leaving: Vec<NodeId> = tree
        .leaving
        .iter()
        .filter(|l| l.root == root)
        .map(|l| l.node)
        .collect();
    for node in leaving {
        paint_subtree(tree, node, units, fonts, rec);
    }
    let list = &mut *rec.list;
    if let Some((focused, node)) = focus_ring.and_then(|f| tree.nodes.get(f).map(|n| (f, n))) {
        // Drawn last so no sibling covers it, and where the component is drawn: through its
        // own transform and its ancestors' (outermost first, as paint nests them).
        let transforms = crate::tree::transform::drawn_transforms(tree, focused, units);
        for t in transforms.iter().rev() {
            list.push(DrawCmd::PushTransform { transform: *t });
        }
        let w = 2.0 * units.density;
        let v = &node.visual;
        let r = |l: crate::Length| l.to_px(units).unwrap_or(0.0) + 2.0 * w;
        let radii = CornerRadii {
            top_left: r(v.border_radius[0]),
            top_right: r(v.border_radius[1]),
            bottom_right: r(v.border_radius[2]),
            bottom_left: r(v.border_radius[3]),
        };
        list.push(DrawCmd::Border {
            rect: node.rect.inflate(2.0 * w),
            radii,
            widths: BorderWidths::uniform(w),
            color: FOCUS_COLOR,
        });
        for _ in &transforms {
            list.push(DrawCmd::PopTransform);
        }
    }
    if round {
        list.push(DrawCmd::PopClip);
    }
}
