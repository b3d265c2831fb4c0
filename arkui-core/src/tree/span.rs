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
}

impl SpanAttrs {
    /// Whether `self` and `other` shape the same (they may differ in colour).
    fn shapes_like(&self, other: &SpanAttrs) -> bool {
        self.content == other.content
            && self.font_size == other.font_size
            && self.font_weight == other.font_weight
            && self.font_family == other.font_family
            && self.font_style == other.font_style
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
        let id = NodeId::create("Span", super::NodeKind::Leaf);
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
    flat.retain(
        |c| match tree.nodes.get(*c).and_then(|n| n.span.as_deref()) {
            Some(span) => {
                spans.push(span.clone());
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
