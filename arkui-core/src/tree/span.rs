//! Spans: children of a `Text` that style runs of its text (ArkUI's `Span`).
//!
//! A span node is never laid out or painted itself. Whenever the children of a `Text`
//! change, or a span's attributes do, layout collects the spans (through `if` and `ForEach`
//! fragments) into the Text's text cache, and the Text shapes them as one paragraph: lines
//! wrap across span boundaries and each span keeps its own size, weight and colour.

use arkui_renderer::Color;

use super::node::{Node, NodeId};
use super::store::{NodeTree, with_tree};
use crate::{FontWeight, Length};

/// What one `Span` shows and how. Attributes left `None` are the enclosing `Text`'s.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SpanAttrs {
    /// The string shown.
    pub content: String,
    /// `fontSize`.
    pub font_size: Option<Length>,
    /// `fontWeight`.
    pub font_weight: Option<FontWeight>,
    /// `fontColor`.
    pub font_color: Option<Color>,
    /// `fontFamily`.
    pub font_family: Option<String>,
    /// `fontStyle`.
    pub font_style: Option<arkui_renderer::text::FontStyle>,
    /// An `ImageSpan`: the span shows its node's image in the line instead of text.
    pub image: Option<SpanImage>,
}

/// The box of an `ImageSpan` in its line.
///
/// ```
/// use arkui_core::SpanImage;
/// let s = SpanImage::default();
/// assert_eq!(s.align, arkui_core::ImageSpanAlignment::Bottom);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct SpanImage {
    /// `width` (`None`: from the image, keeping its aspect ratio with `height`).
    pub width: Option<Length>,
    /// `height` (`None`: from the image, keeping its aspect ratio with `width`).
    pub height: Option<Length>,
    /// `verticalAlign` in the line.
    pub align: crate::ImageSpanAlignment,
    /// The decoded image's size in vp, once it is decoded.
    pub intrinsic: Option<(u32, u32)>,
}

impl SpanImage {
    /// Its box in px under `units`: the sizes set, the other side by the image's aspect
    /// ratio, the image's own size where neither is set (nothing until it is decoded).
    pub(crate) fn size_px(&self, units: &crate::Units) -> (f32, f32) {
        let px = |l: Option<Length>| {
            l.and_then(|l| l.to_px(units))
                .filter(|v| v.is_finite() && *v >= 0.0)
        };
        let (w, h) = (px(self.width), px(self.height));
        let own = self
            .intrinsic
            .map(|(w, h)| (w as f32 * units.density, h as f32 * units.density));
        match (w, h, own) {
            (Some(w), Some(h), _) => (w, h),
            (Some(w), None, Some((iw, ih))) if iw > 0.0 => (w, w * ih / iw),
            (None, Some(h), Some((iw, ih))) if ih > 0.0 => (h * iw / ih, h),
            (None, None, Some(size)) => size,
            (w, h, _) => (w.unwrap_or(0.0), h.unwrap_or(0.0)),
        }
    }
}

impl SpanAttrs {
    /// Whether `self` and `other` shape the same (they may differ in colour).
    fn shapes_like(&self, other: &SpanAttrs) -> bool {
        self.content == other.content
            && self.font_size == other.font_size
            && self.font_weight == other.font_weight
            && self.font_family == other.font_family
            && self.font_style == other.font_style
            && self.image == other.image
    }
}

impl NodeId {
    /// Create a `Span` node showing `content`. Appended under a `Text` (directly or inside
    /// `if`/`ForEach`), it replaces the Text's own content with the spans in order.
    ///
    /// ```
    /// use arkui_core::{App, Color, DeviceProfile, NodeId, NodeKind};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let text = NodeId::create("Text", NodeKind::Text);
    ///     let red = NodeId::create_span("red");
    ///     red.set_span(|s| s.font_color = Some(Color::RED));
    ///     text.append(NodeId::create_span("plain "));
    ///     text.append(red);
    ///     text
    /// });
    /// let tree = app.inspector_tree();
    /// let text = &tree["$children"][0];
    /// assert_eq!(text["$children"][1]["$type"], "Span");
    /// assert_eq!(text["$children"][1]["$attrs"]["content"], "red");
    /// // Two spans, two glyph runs; the second one red.
    /// app.frame();
    /// let runs: Vec<_> = app.display_list().commands.iter().filter_map(|c| match c {
    ///     arkui_renderer::DrawCmd::Glyphs(run) => Some(run.color),
    ///     _ => None,
    /// }).collect();
    /// assert_eq!(runs.len(), 2);
    /// assert_eq!(runs[1], Color::RED);
    /// ```
    pub fn create_span(content: impl Into<String>) -> NodeId {
        NodeId::create_span_as("Span", content)
    }

    /// [`NodeId::create_span`] under another component name (an `ImageSpan`).
    ///
    /// ```
    /// use arkui_core::NodeId;
    /// let n = NodeId::create_span_as("ImageSpan", "");
    /// assert_eq!(n.tag(), Some("ImageSpan"));
    /// assert!(n.span().is_some());
    /// ```
    pub fn create_span_as(tag: &'static str, content: impl Into<String>) -> NodeId {
        let id = NodeId::create(tag, super::NodeKind::Leaf);
        let content = content.into();
        with_tree(|t| {
            if let Some(node) = t.nodes.get_mut(id) {
                node.span = Some(Box::new(SpanAttrs {
                    content,
                    ..SpanAttrs::default()
                }));
            }
        });
        id
    }

    /// Change a span's attributes (on a node from [`NodeId::create_span`]); the enclosing
    /// `Text` re-shapes only when something changed.
    pub fn set_span(self, f: impl FnOnce(&mut SpanAttrs)) {
        with_tree(|t| {
            let Some(node) = t.nodes.get_mut(self) else {
                return;
            };
            let Some(span) = node.span.as_mut() else {
                return;
            };
            let before = (**span).clone();
            f(span);
            if **span == before {
                return;
            }
            crate::stats::count(|s| s.node_updates += 1);
            // To the Text above, a changed span is a changed child: layout collects the
            // spans again (see `collect_spans`).
            if let Some(parent) = node.parent {
                t.mark_children_dirty(parent);
            }
        });
    }

    /// The attributes of a span node (`None` for any other node).
    pub fn span(self) -> Option<SpanAttrs> {
        with_tree(|t| t.nodes.get(self).and_then(|n| n.span.as_deref().cloned()))
    }
}

/// Take the spans out of `flat`, the flattened children of the Text `text`, into its text
/// cache: spans are shaped by the Text, not laid out as children. Shaped layouts are dropped
/// only when a span changed more than its colour.
pub(crate) fn collect_spans(tree: &mut NodeTree, text: NodeId, flat: &mut Vec<NodeId>) {
    let mut spans = Vec::new();
    let mut span_nodes = Vec::new();
    flat.retain(
        |c| match tree.nodes.get(*c).and_then(|n| n.span.as_deref()) {
            Some(span) => {
                spans.push(span.clone());
                span_nodes.push(*c);
                false
            }
            None => true,
        },
    );
    let Some(node) = tree.nodes.get_mut(text) else {
        return;
    };
    if spans.is_empty() && node.text_cache.is_none() {
        return;
    }
    let cache = node.text_cache.get_or_insert_with(Box::default);
    cache.span_nodes = span_nodes;
    if cache.spans == spans {
        return;
    }
    let reshape = cache.spans.len() != spans.len()
        || cache
            .spans
            .iter()
            .zip(&spans)
            .any(|(a, b)| !a.shapes_like(b));
    if reshape {
        cache.entries.clear();
    }
    cache.spans = spans;
}

/// Each span's colour as painted at `opacity` (its own, else the Text's); empty for a Text
/// without spans.
pub(crate) fn span_colors(node: &Node, opacity: f32) -> Vec<Color> {
    let Some(text) = node.text.as_deref() else {
        return Vec::new();
    };
    let Some(cache) = node.text_cache.as_deref() else {
        return Vec::new();
    };
    cache
        .spans
        .iter()
        .map(|s| {
            s.font_color
                .unwrap_or(text.font_color)
                .with_opacity(opacity)
        })
        .collect()
}
