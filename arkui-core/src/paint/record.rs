//! [`record`]: the laid-out tree to a display list, back to front.

use arkui_renderer::text::FontContext;
use arkui_renderer::{BorderWidths, Color, CornerRadii, DisplayList, DrawCmd, Rect};

use crate::Units;
use crate::layout::shaped_for_paint;
use crate::tree::transform::node_transform;
use crate::tree::{NodeId, NodeKind, NodeTree, Visibility};

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
    /// Close a clip; for a clipping node, also the [`ClipSpan`] it opened.
    PopClip(Option<usize>),
    PopLayer,
    PopTransform,
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

/// Record `start`'s subtree, back to front.
fn paint_subtree(
    tree: &mut NodeTree,
    start: NodeId,
    units: &Units,
    fonts: &mut FontContext,
    list: &mut DisplayList,
    spans: &mut Vec<ClipSpan>,
) {
    let mut stack = vec![Step::Node(start, 1.0)];
    while let Some(step) = stack.pop() {
        let (id, inherited) = match step {
            Step::PopClip(span) => {
                if let Some(s) = span.and_then(|i| spans.get_mut(i)) {
                    s.range.end = list.len();
                }
                list.push(DrawCmd::PopClip);
                continue;
            }
            Step::PopLayer => {
                list.push(DrawCmd::PopLayer);
                continue;
            }
            Step::PopTransform => {
                list.push(DrawCmd::PopTransform);
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
        let own = node.visual.opacity.clamp(0.0, 1.0);
        if own <= 0.0 || inherited <= 0.0 {
            continue;
        }
        let rect = node.rect;
        let has_children = !node.layout_children.is_empty();
        if let Some(t) = node_transform(&node.visual, rect, units) {
            list.push(DrawCmd::PushTransform { transform: t });
            stack.push(Step::PopTransform);
        }
        // A translucent group is composited as a whole (overlapping children do not show
        // through each other); a translucent leaf just fades its own colours.
        let opacity = if own < 1.0 && has_children {
            list.push(DrawCmd::PushLayer {
                opacity: own,
                bounds: None,
            });
            stack.push(Step::PopLayer);
            inherited
        } else {
            inherited * own
        };
        let v = &node.visual;
        let radii = CornerRadii {
            top_left: v.border_radius[0].to_px(units).unwrap_or(0.0),
            top_right: v.border_radius[1].to_px(units).unwrap_or(0.0),
            bottom_right: v.border_radius[2].to_px(units).unwrap_or(0.0),
            bottom_left: v.border_radius[3].to_px(units).unwrap_or(0.0),
        };
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
        if !widths.is_zero() && v.border_color.a > 0 {
            list.push(DrawCmd::Border {
                rect,
                radii,
                widths,
                color: v.border_color.with_opacity(opacity),
            });
        }
        // Scroll containers always cut their content to their box.
        let clip = v.clip || node.kind == NodeKind::Scroll;
        if node.kind == NodeKind::Text {
            let content_x = rect.x + l.border.left + l.padding.left;
            let content_y = rect.y + l.border.top + l.padding.top;
            let content_w = l.content_box_width();
            let color = node
                .text
                .as_ref()
                .map_or(Color::BLACK, |t| t.font_color)
                .with_opacity(opacity);
            let span_colors = crate::tree::span_colors(node, opacity);
            let layout = shaped_for_paint(node, fonts, units, content_w);
            for run in layout.to_glyph_runs(content_x, content_y, color, &span_colors) {
                list.push(DrawCmd::Glyphs(run));
            }
            layout.push_decoration_cmds(content_x, content_y, color, opacity, list);
        }
        let content = Rect::new(
            rect.x + l.border.left + l.padding.left,
            rect.y + l.border.top + l.padding.top,
            l.content_box_width(),
            l.content_box_height(),
        );
        let node = &tree.nodes[id];
        if let Some(cmd) = crate::image::paint_cmd(node, content, opacity) {
            list.push(cmd);
        }
        if let Some(painter) = node.extension::<super::Painter>().cloned() {
            super::PaintCtx::new(list, fonts, node, rect, content, opacity, units).run(&painter);
        }
        let order = crate::tree::paint_order(tree, id);
        if clip {
            list.push(DrawCmd::PushClip { rect });
            // Where the clipped content is and where its children sit: the next frame finds
            // how far a scroll moved them (see `ClipSpan`).
            let children = order
                .iter()
                .filter_map(|c| tree.nodes.get(*c).map(|n| (*c, n.rect)))
                .collect();
            spans.push(ClipSpan {
                node: id,
                range: list.len()..list.len(),
                children,
            });
            stack.push(Step::PopClip(Some(spans.len() - 1)));
        }
        for c in order.iter().rev() {
            stack.push(Step::Node(*c, opacity));
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
    list: &mut DisplayList,
    spans: &mut Vec<ClipSpan>,
) {
    let Screen {
        viewport,
        background,
        round,
        focus_ring,
    } = *screen;
    list.clear();
    spans.clear();
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
    paint_subtree(tree, root, units, fonts, list, spans);
    // Removed components still playing their disappear transition, on top.
    let leaving: Vec<NodeId> = tree
        .leaving
        .iter()
        .filter(|l| l.root == root)
        .map(|l| l.node)
        .collect();
    for node in leaving {
        paint_subtree(tree, node, units, fonts, list, spans);
    }
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
