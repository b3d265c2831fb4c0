//! ArkUI attributes (with units) to taffy styles (in pixels), with ArkUI's defaults, which
//! differ from CSS: children are centred on the cross axis, keep their size in Row/Column
//! (flex-shrink 0; 1 in Flex), and sizes include padding and border.

use std::rc::Rc;

use taffy::prelude::{
    AlignItems, Dimension, Display, JustifyContent, LengthPercentage, LengthPercentageAuto,
};
use taffy::style_helpers::{fr, line, span};

use crate::tree::{
    Alignment, FlexAlign, FlexDirection, FlexWrap, GridCell, ItemAlign, LayoutAttrs, Node,
    NodeKind, Positioning, Visibility,
};
use crate::{Breakpoint, Edges, Length, Units};

fn dimension(l: Length, units: &Units) -> Dimension {
    match l {
        Length::Auto => Dimension::auto(),
        Length::Percent(p) if p.is_finite() && p >= 0.0 => Dimension::percent(p / 100.0),
        Length::Percent(_) => Dimension::auto(),
        // ArkUI ignores negative sizes; NaN and infinities are invalid input, treated alike.
        _ => match l.to_px(units) {
            Some(v) if v >= 0.0 => Dimension::length(v),
            _ => Dimension::auto(),
        },
    }
}

fn constraint(l: Length, units: &Units) -> LengthPercentageAuto {
    match l {
        Length::Auto => LengthPercentageAuto::auto(),
        Length::Percent(p) if p.is_finite() && p >= 0.0 => LengthPercentageAuto::percent(p / 100.0),
        Length::Percent(_) => LengthPercentageAuto::auto(),
        _ => match l.to_px(units) {
            Some(v) if v >= 0.0 => LengthPercentageAuto::length(v),
            _ => LengthPercentageAuto::auto(),
        },
    }
}

fn length_percentage(l: Length, units: &Units) -> LengthPercentage {
    match l {
        Length::Percent(p) if p.is_finite() && p >= 0.0 => LengthPercentage::percent(p / 100.0),
        _ => LengthPercentage::length(l.to_px(units).unwrap_or(0.0).max(0.0)),
    }
}

fn signed(l: Length, units: &Units) -> LengthPercentageAuto {
    match l {
        Length::Auto => LengthPercentageAuto::length(0.0),
        Length::Percent(p) if p.is_finite() => LengthPercentageAuto::percent(p / 100.0),
        _ => LengthPercentageAuto::length(l.to_px(units).unwrap_or(0.0)),
    }
}

fn rect<T>(e: &Edges, f: impl Fn(Length) -> T) -> taffy::Rect<T> {
    taffy::Rect {
        left: f(e.left),
        right: f(e.right),
        top: f(e.top),
        bottom: f(e.bottom),
    }
}

fn align_items(a: ItemAlign) -> AlignItems {
    match a {
        ItemAlign::Start => AlignItems::FLEX_START,
        ItemAlign::Auto | ItemAlign::Center => AlignItems::CENTER,
        ItemAlign::End => AlignItems::FLEX_END,
        ItemAlign::Baseline => AlignItems::BASELINE,
        ItemAlign::Stretch => AlignItems::STRETCH,
    }
}

fn justify(j: FlexAlign) -> JustifyContent {
    match j {
        FlexAlign::Start => JustifyContent::FLEX_START,
        FlexAlign::Center => JustifyContent::CENTER,
        FlexAlign::End => JustifyContent::FLEX_END,
        FlexAlign::SpaceBetween => JustifyContent::SPACE_BETWEEN,
        FlexAlign::SpaceAround => JustifyContent::SPACE_AROUND,
        FlexAlign::SpaceEvenly => JustifyContent::SPACE_EVENLY,
    }
}

/// (horizontal, vertical) placement of a Stack's children.
fn stack_alignment(a: Alignment) -> (AlignItems, AlignItems) {
    use AlignItems as A;
    match a {
        Alignment::TopStart => (A::START, A::START),
        Alignment::Top => (A::CENTER, A::START),
        Alignment::TopEnd => (A::END, A::START),
        Alignment::Start => (A::START, A::CENTER),
        Alignment::Center => (A::CENTER, A::CENTER),
        Alignment::End => (A::END, A::CENTER),
        Alignment::BottomStart => (A::START, A::END),
        Alignment::Bottom => (A::CENTER, A::END),
        Alignment::BottomEnd => (A::END, A::END),
    }
}

fn finite_non_negative(v: f32, default: f32) -> f32 {
    if v.is_finite() && v >= 0.0 {
        v
    } else {
        default
    }
}

/// What a child needs to know about its parent to resolve its own style.
#[derive(Clone, Copy)]
pub(crate) struct ParentInfo {
    pub(crate) kind: NodeKind,
    pub(crate) shrink_children: bool,
}

/// The taffy style for a node's attributes, under a parent of `parent` (None for a root);
/// `grid` is a GridRow's columns, breakpoint and whether its cells make one row.
pub(crate) fn resolve(
    kind: NodeKind,
    a: &LayoutAttrs,
    parent: Option<ParentInfo>,
    cell: Option<GridCell>,
    grid: (u16, Breakpoint, bool),
    units: &Units,
) -> taffy::Style {
    let (columns, bp, one_row) = grid;
    let (space, row_space) = match (&a.grid_gutter, kind) {
        (Some(g), NodeKind::Grid) => (g.0.get(bp), g.1.get(bp)),
        _ => (a.space, a.row_space),
    };
    let space = length_percentage(space, units);
    let row_space = length_percentage(row_space, units);
    let default_shrink = if parent.is_some_and(|p| p.shrink_children) {
        1.0
    } else {
        0.0
    };
    let mut style = taffy::Style {
        display: if a.visibility == Visibility::None {
            Display::None
        } else {
            Display::Flex
        },
        flex_direction: match a.direction {
            FlexDirection::Row => taffy::FlexDirection::Row,
            FlexDirection::Column => taffy::FlexDirection::Column,
            FlexDirection::RowReverse => taffy::FlexDirection::RowReverse,
            FlexDirection::ColumnReverse => taffy::FlexDirection::ColumnReverse,
        },
        flex_wrap: match a.wrap {
            FlexWrap::NoWrap => taffy::FlexWrap::NoWrap,
            FlexWrap::Wrap => taffy::FlexWrap::Wrap,
            FlexWrap::WrapReverse => taffy::FlexWrap::WrapReverse,
        },
        size: taffy::Size {
            width: dimension(a.width, units),
            height: dimension(a.height, units),
        },
        min_size: taffy::Size {
            width: constraint(a.min_width, units),
            height: constraint(a.min_height, units),
        },
        max_size: taffy::Size {
            width: constraint(a.max_width, units),
            height: constraint(a.max_height, units),
        },
        padding: rect(&a.padding, |l| length_percentage(l, units)),
        border: rect(&a.border_width, |l| length_percentage(l, units)),
        margin: {
            let mut m = rect(&a.margin, |l| signed(l, units));
            let below = a
                .reserve_below
                .to_px(units)
                .filter(|v| v.is_finite())
                .map_or(0.0, |v| v.clamp(0.0, 1e6));
            if below > 0.0 {
                // A percentage margin keeps its share; the room is added to lengths only.
                m.bottom = match m.bottom.into_raw().tag() {
                    taffy::CompactLength::LENGTH_TAG => {
                        LengthPercentageAuto::length(m.bottom.into_raw().value() + below)
                    }
                    _ => m.bottom,
                };
            }
            m
        },
        // `space` runs along the main axis; wrapped lines are separated by `row_space`.
        gap: if a.direction.is_row() {
            taffy::Size {
                width: space,
                height: row_space,
            }
        } else {
            taffy::Size {
                width: row_space,
                height: space,
            }
        },
        align_items: align_items(a.align_items),
        justify_content: justify(a.justify_content),
        align_content: justify(a.align_content),
        align_self: match a.align_self {
            ItemAlign::Auto => None,
            other => Some(align_items(other)),
        },
        flex_grow: finite_non_negative(a.flex_grow, 0.0),
        flex_shrink: finite_non_negative(a.flex_shrink.unwrap_or(default_shrink), default_shrink),
        flex_basis: dimension(a.flex_basis, units),
        aspect_ratio: a.aspect_ratio.filter(|r| r.is_finite() && *r > 0.0),
        ..taffy::Style::default()
    };
    let absolute = |l: Length| !matches!(l, Length::Auto | Length::Percent(_));
    if a.square_of_smaller_side
        && absolute(a.width)
        && absolute(a.height)
        && let (Some(w), Some(h)) = (a.width.to_px(units), a.height.to_px(units))
        && w >= 0.0
        && h >= 0.0
    {
        let side = Dimension::length(w.min(h));
        style.size = taffy::Size {
            width: side,
            height: side,
        };
    }
    match kind {
        NodeKind::Stack => {
            let (h, v) = stack_alignment(a.stack_align);
            style.display = if a.visibility == Visibility::None {
                Display::None
            } else {
                Display::Grid
            };
            style.grid_template_columns = vec![fr(1.0)];
            style.grid_template_rows = vec![fr(1.0)];
            style.justify_items = h;
            style.align_items = v;
            style.gap = taffy::Size::zero();
        }
        NodeKind::Grid => {
            style.display = if a.visibility == Visibility::None {
                Display::None
            } else {
                Display::Grid
            };
            style.grid_template_columns = (0..columns.clamp(1, 1000)).map(|_| fr(1.0)).collect();
            style.gap = taffy::Size {
                width: space,
                height: row_space,
            };
            style.align_items = AlignItems::START;
            // One row takes the whole height, so a GridCol of 100% height fills the
            // GridRow (ArkUI resolves it against the GridRow); more rows stack from the top.
            style.align_content = if one_row {
                taffy::AlignContent::STRETCH
            } else {
                taffy::AlignContent::START
            };
        }
        NodeKind::Scroll => {
            let scroll = taffy::Overflow::Scroll;
            style.overflow = if a.direction.is_row() {
                taffy::Point {
                    x: scroll,
                    y: taffy::Overflow::Visible,
                }
            } else {
                taffy::Point {
                    x: taffy::Overflow::Visible,
                    y: scroll,
                }
            };
            style.scrollbar_width = 0.0;
        }
        NodeKind::Flex | NodeKind::Relative => {}
        NodeKind::Text | NodeKind::Leaf | NodeKind::Fragment => style.gap = taffy::Size::zero(),
    }
    match parent.map(|p| p.kind) {
        Some(NodeKind::Stack) => {
            style.grid_row = taffy::Line {
                start: line(1),
                end: span(1),
            };
            style.grid_column = taffy::Line {
                start: line(1),
                end: span(1),
            };
        }
        Some(NodeKind::Grid) => {
            if let Some(cell) = cell {
                style.grid_row = taffy::Line {
                    start: line(cell.row as i16 + 1),
                    end: span(1),
                };
                style.grid_column = taffy::Line {
                    start: line(cell.column as i16 + 1),
                    end: span(cell.span.max(1)),
                };
            }
        }
        _ => {}
    }
    match a.positioning {
        // Every in-flow node is a containing block for `position`ed children, as in ArkUI
        // (taffy's default, Static, would hand them to a farther ancestor).
        Positioning::InFlow => style.position = taffy::Position::Relative,
        Positioning::Offset { x, y } => {
            style.position = taffy::Position::Relative;
            style.inset = taffy::Rect {
                left: signed(x, units),
                top: signed(y, units),
                right: LengthPercentageAuto::auto(),
                bottom: LengthPercentageAuto::auto(),
            };
        }
        Positioning::Absolute { x, y } => {
            style.position = taffy::Position::Absolute;
            style.inset = taffy::Rect {
                left: signed(x, units),
                top: signed(y, units),
                right: LengthPercentageAuto::auto(),
                bottom: LengthPercentageAuto::auto(),
            };
        }
    }
    style
}

/// How many recently handed-out styles (and layout attributes) a layout pass compares a
/// node's with.
const RECENT: usize = 8;

/// The styles resolved during one layout pass, and the layout attributes they were resolved
/// from, so that nodes alike (a list's rows, their labels, their switches) share one
/// `taffy::Style` of 500-odd bytes and one `LayoutAttrs` of 300-odd instead of keeping a
/// copy each. Only a few recent ones are compared, which is where a list's next row finds
/// its match, so a pass costs a bounded number of comparisons a node.
#[derive(Default)]
pub(crate) struct Shared {
    styles: Recent<taffy::Style>,
    layouts: Recent<LayoutAttrs>,
}

impl Shared {
    /// Give `node` the style `resolved`: the one it has when equal, else an equal one handed
    /// out shortly before, else a new one; and share its layout attributes likewise.
    pub(crate) fn set(&mut self, node: &mut Node, resolved: taffy::Style) {
        let style = if *node.style == resolved {
            Rc::clone(&node.style)
        } else {
            self.styles
                // Sizes first: they tell most different styles apart in one comparison.
                .take(|s| s.size == resolved.size && *s == resolved)
                .unwrap_or_else(|| Rc::new(resolved))
        };
        self.styles.put(&style);
        node.style = style;
        let own = &node.layout;
        let layout = self
            .layouts
            .take(|l| l.width == own.width && l == &**own)
            .unwrap_or_else(|| Rc::clone(own));
        self.layouts.put(&layout);
        node.layout = layout;
    }
}

/// Values handed out recently, most recent first.
struct Recent<T>(Vec<Rc<T>>);

impl<T> Default for Recent<T> {
    fn default() -> Self {
        Recent(Vec::new())
    }
}

impl<T> Recent<T> {
    /// Remove and return the first value `matches` accepts.
    fn take(&mut self, matches: impl Fn(&T) -> bool) -> Option<Rc<T>> {
        let i = self.0.iter().position(|v| matches(v))?;
        Some(self.0.remove(i))
    }

    /// Make `value` the most recent, forgetting the oldest beyond [`RECENT`].
    fn put(&mut self, value: &Rc<T>) {
        self.0.retain(|v| !Rc::ptr_eq(v, value));
        self.0.insert(0, Rc::clone(value));
        self.0.truncate(RECENT);
    }
}
