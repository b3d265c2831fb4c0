//! `Badge`: a count or short text over the corner of its content.

use arkui_core::{
    Alignment, Color, Edges, Effect, Element, FlexAlign, FlexDirection, FontWeight, ItemAlign,
    Length, LengthExt, NodeId, NodeKind, Positioning, State, Visibility, Widget, pct, untrack,
};

use crate::control::ROUND;
use crate::theme::ThemedColor;

/// ArkUI's `BadgePosition`: where the badge sits on the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum BadgePosition {
    /// Over the top-right corner (the default).
    #[default]
    RightTop,
    /// At the right edge, vertically centred.
    Right,
    /// At the left edge, vertically centred.
    Left,
}

/// ArkUI's `BadgeStyle`. Unset fields keep ArkUI's defaults: white 10fp text on a 16vp
/// bubble in the theme's warning colour.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct BadgeStyle {
    /// Text colour.
    pub color: Option<Color>,
    /// Text size.
    pub font_size: Option<Length>,
    /// Bubble height (and minimum width).
    pub badge_size: Option<f32>,
    /// Bubble colour.
    pub badge_color: Option<Color>,
    /// Text weight.
    pub font_weight: Option<FontWeight>,
}

/// ArkUI's default bubble size, vp.
const SIZE: f32 = 16.0;

/// What the badge shows.
#[derive(Clone, Debug, PartialEq)]
enum Content {
    Count(i64),
    Value(String),
}

/// A badge over its content, ArkUI's `Badge`: `count` (hidden at 0, `99+` above
/// `max_count`) or a short `value` (an empty value is a dot). Children are the content.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Badge, Text};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     Badge::new().count(120).child(Text::new("Inbox")).id("b")
/// });
/// let b = app.inspector_by_id("b").unwrap();
/// assert_eq!(b["$attrs"]["count"], "120");
/// assert_eq!(b["$children"][0]["$children"][0]["$attrs"]["content"], "99+");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Badge {
    node: NodeId,
    bubble: NodeId,
    label: NodeId,
    content: State<Content>,
    max_count: State<i64>,
    position: State<BadgePosition>,
    size: State<f32>,
    color: ThemedColor,
    badge_color: ThemedColor,
}

impl Widget for Badge {
    fn node(self) -> NodeId {
        self.node
    }
}

impl Element<()> for Badge {
    fn create(_: ()) -> Badge {
        let node = NodeId::create("Badge", NodeKind::Stack);
        node.set_layout(|a| a.stack_align = Alignment::TopStart);
        let bubble = NodeId::create("BadgeBubble", NodeKind::Flex);
        let label = NodeId::create("Text", NodeKind::Text);
        bubble.append(label);
        node.append(bubble);
        bubble.set_layout(|a| {
            a.direction = FlexDirection::Row;
            a.align_items = ItemAlign::Center;
            a.justify_content = FlexAlign::Center;
            a.padding = Edges::symmetric(4.vp(), 0.vp());
            // Above the content, which `ui!` appends after it.
            a.z_index = 1;
        });
        bubble.set_visual(|v| v.border_radius = [ROUND; 4]);
        label.set_text(|t| {
            t.font_size = 10.fp();
            t.font_weight = FontWeight::Medium;
        });
        let b = Badge {
            node,
            bubble,
            label,
            content: State::new(Content::Count(0)),
            max_count: State::new(99),
            position: State::new(BadgePosition::RightTop),
            size: State::new(SIZE),
            color: ThemedColor::new(|t| t.font_on_primary),
            badge_color: ThemedColor::new(|t| t.warning),
        };
        Effect::new(move || {
            let (content, max) = (b.content.get(), b.max_count.get().max(0));
            let (position, size) = (b.position.get(), b.size.get());
            let (fg, bg) = (b.color.get(), b.badge_color.get());
            untrack(|| b.apply(&content, max, position, size, fg, bg));
        });
        b
    }

    fn update(self, _: ()) {}
}

impl Default for Badge {
    fn default() -> Self {
        Badge::new()
    }
}

impl Badge {
    /// A badge showing nothing (count 0) until `count` or `value` is set.
    pub fn new() -> Badge {
        Badge::create(())
    }

    fn apply(
        self,
        content: &Content,
        max: i64,
        position: BadgePosition,
        size: f32,
        fg: Color,
        bg: Color,
    ) {
        let (text, shown, dot) = match content {
            Content::Count(n) if *n <= 0 => (String::new(), false, false),
            Content::Count(n) if *n > max => (format!("{max}+"), true, false),
            Content::Count(n) => (n.to_string(), true, false),
            Content::Value(v) => (v.clone(), true, v.is_empty()),
        };
        // An empty value is a dot half the bubble's size.
        let height = if dot { size / 2.0 } else { size };
        self.label.set_text(|t| {
            t.content = text;
            t.font_color = fg;
        });
        self.label.set_layout(|a| {
            a.visibility = if dot {
                Visibility::None
            } else {
                Visibility::Visible
            }
        });
        self.bubble.set_visual(|v| v.background_color = bg);
        self.bubble.set_layout(|a| {
            a.visibility = if shown {
                Visibility::Visible
            } else {
                Visibility::Hidden
            };
            a.height = Length::Vp(height);
            a.min_width = Length::Vp(height);
            a.padding = if dot {
                Edges::from(Length::Vp(0.0))
            } else {
                Edges::symmetric(4.vp(), 0.vp())
            };
            // In flow, moved by `offset` from the top-left: absolutely positioned nodes get
            // empty rects while layout snaps to pixels. Centred on the corner, as ArkUI
            // draws it.
            let (x, y) = match position {
                BadgePosition::RightTop => (pct(100.0), Length::Vp(0.0)),
                BadgePosition::Right => (pct(100.0), pct(50.0)),
                BadgePosition::Left => (Length::Vp(0.0), pct(50.0)),
            };
            a.positioning = Positioning::Offset { x, y };
            a.margin = Edges::from(Length::Vp(0.0));
            match position {
                BadgePosition::RightTop => {
                    a.margin.left = Length::Vp(-height / 2.0);
                    a.margin.top = Length::Vp(-height / 2.0);
                }
                BadgePosition::Right => {
                    a.margin.left = Length::Vp(-height);
                    a.margin.top = Length::Vp(-height / 2.0);
                }
                BadgePosition::Left => a.margin.top = Length::Vp(-height / 2.0),
            }
        });
        match content {
            Content::Count(n) => {
                self.node.set_inspector_attr("count", n.to_string());
                self.node.set_inspector_attr("maxCount", max.to_string());
            }
            Content::Value(v) => self.node.set_inspector_attr("value", v.clone()),
        }
        self.node
            .set_inspector_attr("position", format!("BadgePosition.{position:?}"));
    }

    /// `count`: a number; 0 or less hides the badge.
    pub fn count(self, n: impl Into<i64>) -> Self {
        self.content.set(Content::Count(n.into()));
        self
    }

    /// `maxCount`: counts above it show as `max+` (default 99).
    pub fn max_count(self, n: impl Into<i64>) -> Self {
        self.max_count.set(n.into());
        self
    }

    /// `value`: a short text instead of a count; an empty text shows a dot.
    pub fn value(self, v: impl Into<String>) -> Self {
        self.content.set(Content::Value(v.into()));
        self
    }

    /// ArkUI's `position` option: where the badge sits. (Named `badge_position` here:
    /// `position` is the universal absolute-position attribute.)
    pub fn badge_position(self, p: BadgePosition) -> Self {
        self.position.set(p);
        self
    }

    /// `style`: colours and sizes.
    pub fn style(self, style: BadgeStyle) -> Self {
        if let Some(c) = style.color {
            self.color.set(c);
        }
        if let Some(c) = style.badge_color {
            self.badge_color.set(c);
        }
        if let Some(s) = style.badge_size.filter(|s| s.is_finite() && *s > 0.0) {
            self.size.set(s);
        }
        if let Some(f) = style.font_size {
            self.label.set_text(|t| t.font_size = f);
        }
        if let Some(w) = style.font_weight {
            self.label.set_text(|t| t.font_weight = w);
        }
        self
    }

    /// Append content (the builder-API form of children in `ui!`).
    pub fn child(self, child: impl arkui_core::View) -> Self {
        self.node.append(child.into_node());
        self
    }
}
