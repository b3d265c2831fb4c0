//! Attribute groups a node carries, in ArkUI's terms and units.

use arkui_renderer::Color;

use crate::{Edges, Length};

/// Main-axis direction of a flex container, ArkUI's `FlexDirection`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FlexDirection {
    /// Children side by side (`Row`).
    Row,
    /// Children stacked (`Column`).
    #[default]
    Column,
    /// Side by side, last first.
    RowReverse,
    /// Stacked, last first.
    ColumnReverse,
}

impl FlexDirection {
    /// Whether the main axis is horizontal.
    pub fn is_row(self) -> bool {
        matches!(self, FlexDirection::Row | FlexDirection::RowReverse)
    }
}

/// ArkUI's `FlexWrap`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FlexWrap {
    /// One line (default).
    #[default]
    NoWrap,
    /// Wrap onto more lines.
    Wrap,
    /// Wrap, lines in reverse order.
    WrapReverse,
}

/// How a node is positioned.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum Positioning {
    /// In the flow of its parent.
    #[default]
    InFlow,
    /// ArkUI's `offset`: laid out in flow, then moved by `(x, y)` (relative positioning).
    Offset {
        /// Horizontal shift.
        x: Length,
        /// Vertical shift.
        y: Length,
    },
    /// ArkUI's `position`: taken out of the flow, placed at `(x, y)` from the parent's
    /// top-left (absolute positioning).
    Absolute {
        /// From the parent's left edge.
        x: Length,
        /// From the parent's top edge.
        y: Length,
    },
}

/// Cross-axis alignment of a `Column`'s children, ArkUI's `HorizontalAlign`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum HorizontalAlign {
    /// Leading edge.
    Start,
    /// Centre (ArkUI's default for Column).
    #[default]
    Center,
    /// Trailing edge.
    End,
}

/// Cross-axis alignment of a `Row`'s children, ArkUI's `VerticalAlign`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum VerticalAlign {
    /// Top.
    Top,
    /// Centre (ArkUI's default for Row).
    #[default]
    Center,
    /// Bottom.
    Bottom,
}

/// Main-axis distribution, ArkUI's `FlexAlign`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FlexAlign {
    /// Packed at the start (default).
    #[default]
    Start,
    /// Packed in the centre.
    Center,
    /// Packed at the end.
    End,
    /// First and last at the edges, equal space between.
    SpaceBetween,
    /// Equal space around each child.
    SpaceAround,
    /// Equal space between and at the edges.
    SpaceEvenly,
}

/// Cross-axis alignment of items, ArkUI's `ItemAlign`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ItemAlign {
    /// Follow the container.
    #[default]
    Auto,
    /// Cross-start.
    Start,
    /// Centre.
    Center,
    /// Cross-end.
    End,
    /// Text baselines aligned.
    Baseline,
    /// Fill the cross axis.
    Stretch,
}

/// Where children sit inside a `Stack`, ArkUI's `Alignment`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Alignment {
    /// Top left.
    TopStart,
    /// Top centre.
    Top,
    /// Top right.
    TopEnd,
    /// Middle left.
    Start,
    /// Centre (ArkUI's default).
    #[default]
    Center,
    /// Middle right.
    End,
    /// Bottom left.
    BottomStart,
    /// Bottom centre.
    Bottom,
    /// Bottom right.
    BottomEnd,
}

/// A child's cell in a grid container: 0-based row and column, and how many columns it spans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GridCell {
    /// Row, from 0.
    pub row: u16,
    /// First column, from 0.
    pub column: u16,
    /// Columns spanned (at least 1).
    pub span: u16,
}

/// ArkUI's `Visibility`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Visibility {
    /// Shown.
    #[default]
    Visible,
    /// Not drawn, still takes its space.
    Hidden,
    /// Not drawn and takes no space.
    None,
}

/// ArkUI's `FontWeight`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FontWeight {
    /// 300.
    Lighter,
    /// 400.
    #[default]
    Normal,
    /// 400.
    Regular,
    /// 500.
    Medium,
    /// 700.
    Bold,
    /// 900.
    Bolder,
    /// A numeric weight, 100..=900.
    Weight(u16),
}

impl FontWeight {
    /// The CSS numeric weight.
    pub fn to_number(self) -> u16 {
        match self {
            FontWeight::Lighter => 300,
            FontWeight::Normal | FontWeight::Regular => 400,
            FontWeight::Medium => 500,
            FontWeight::Bold => 700,
            FontWeight::Bolder => 900,
            FontWeight::Weight(w) => w.clamp(100, 900),
        }
    }
}

/// Size, spacing and flex attributes, as written (units unresolved).
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutAttrs {
    /// `width`.
    pub width: Length,
    /// `height`.
    pub height: Length,
    /// `constraintSize.minWidth` (`Auto` = none).
    pub min_width: Length,
    /// `constraintSize.maxWidth` (`Auto` = none).
    pub max_width: Length,
    /// `constraintSize.minHeight` (`Auto` = none).
    pub min_height: Length,
    /// `constraintSize.maxHeight` (`Auto` = none).
    pub max_height: Length,
    /// `padding`.
    pub padding: Edges,
    /// `margin`.
    pub margin: Edges,
    /// Room a component keeps below its box for something it draws there (a text field's
    /// error line), added to the bottom margin (a percentage margin is left as it is).
    pub reserve_below: Length,
    /// Border widths (they take layout space, as in ArkUI).
    pub border_width: Edges,
    /// `flexGrow`.
    pub flex_grow: f32,
    /// `layoutWeight` as set (0 = none); it also sets `flex_grow`, `flex_shrink` and
    /// `flex_basis`, and turns `displayPriority` off for its siblings, as in ArkUI.
    pub layout_weight: f32,
    /// `flexShrink`; `None` is ArkUI's default: 0 inside Row/Column, 1 inside Flex.
    pub flex_shrink: Option<f32>,
    /// `flexBasis`.
    pub flex_basis: Length,
    /// `alignSelf`.
    pub align_self: ItemAlign,
    /// `aspectRatio` (width / height).
    pub aspect_ratio: Option<f32>,
    /// A square whose side is the smaller of `width` and `height` when both are given as
    /// lengths (a `Circle` button's diameter, as ArkUI sizes it); with one of them, the
    /// other follows `aspect_ratio`.
    pub square_of_smaller_side: bool,
    /// Main axis of this node as a container.
    pub direction: FlexDirection,
    /// `space` between children.
    pub space: Length,
    /// Cross-axis alignment of children.
    pub align_items: ItemAlign,
    /// Main-axis distribution of children.
    pub justify_content: FlexAlign,
    /// Wrapping onto several lines (`Flex({ wrap })`).
    pub wrap: FlexWrap,
    /// Distribution of wrapped lines (`alignContent`).
    pub align_content: FlexAlign,
    /// `position` / `offset`.
    pub positioning: Positioning,
    /// `markAnchor`: the point of this component (from its top-left; percent of its own
    /// size) that lands where `position`/`offset` put it; the box moves by minus this.
    pub mark_anchor: (Length, Length),
    /// `zIndex`: paint and hit-test order among siblings (higher on top).
    pub z_index: i32,
    /// `displayPriority`: when a single-line Row/Column/Flex overflows its main axis and some
    /// child's priority is above the default 1, the lowest priorities are hidden (a whole
    /// priority at a time, laid out as `Visibility::None`) until the rest fit.
    pub display_priority: u32,
    /// Children shrink by default (a `Flex` container) rather than keep their size (Row/Column).
    pub shrink_children: bool,
    /// Where a `Stack` places its children.
    pub stack_align: Alignment,
    /// Columns of a grid container (GridRow), per breakpoint.
    pub grid_columns: crate::ByBreakpoint<u16>,
    /// A grid container's own breakpoints (GridRow `breakpoints`), `None` for ArkUI's
    /// defaults over the window's width.
    pub grid_breakpoints: Option<crate::GridBreakpoints>,
    /// Gap between rows of a grid container or between wrapped lines.
    pub row_space: Length,
    /// A grid container's gutter per breakpoint (column gap, row gap), over `space` and
    /// `row_space`; boxed because few nodes have one.
    pub grid_gutter: Option<Box<(crate::ByBreakpoint<Length>, crate::ByBreakpoint<Length>)>>,
    /// Columns this child spans in a grid container (GridCol `span`), per breakpoint.
    pub grid_span: crate::ByBreakpoint<u16>,
    /// Columns skipped before this child (GridCol `offset`), per breakpoint.
    pub grid_offset: crate::ByBreakpoint<u16>,
    /// Placement order among siblings (GridCol `order`), per breakpoint.
    pub grid_order: crate::ByBreakpoint<i32>,
    /// `visibility`.
    pub visibility: Visibility,
}

impl Default for LayoutAttrs {
    fn default() -> Self {
        LayoutAttrs {
            square_of_smaller_side: false,
            width: Length::Auto,
            height: Length::Auto,
            min_width: Length::Auto,
            max_width: Length::Auto,
            min_height: Length::Auto,
            max_height: Length::Auto,
            padding: Edges::ZERO,
            margin: Edges::ZERO,
            reserve_below: Length::Vp(0.0),
            border_width: Edges::ZERO,
            flex_grow: 0.0,
            layout_weight: 0.0,
            flex_shrink: None,
            flex_basis: Length::Auto,
            align_self: ItemAlign::Auto,
            aspect_ratio: None,
            direction: FlexDirection::Column,
            space: Length::Vp(0.0),
            align_items: ItemAlign::Center,
            justify_content: FlexAlign::Start,
            wrap: FlexWrap::NoWrap,
            align_content: FlexAlign::Start,
            positioning: Positioning::InFlow,
            mark_anchor: (Length::Vp(0.0), Length::Vp(0.0)),
            z_index: 0,
            display_priority: 1,
            shrink_children: false,
            stack_align: Alignment::Center,
            grid_columns: crate::ByBreakpoint::new(12),
            grid_breakpoints: None,
            grid_gutter: None,
            row_space: Length::Vp(0.0),
            grid_span: crate::ByBreakpoint::new(1),
            grid_offset: crate::ByBreakpoint::new(0),
            grid_order: crate::ByBreakpoint::new(0),
            visibility: Visibility::Visible,
        }
    }
}

/// Painting attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct Visual {
    /// `backgroundColor`.
    pub background_color: Color,
    /// `borderColor`.
    pub border_color: Color,
    /// `borderRadius` per corner: top-left, top-right, bottom-right, bottom-left.
    pub border_radius: [Length; 4],
    /// `opacity`, 0..=1.
    pub opacity: f32,
    /// `clip`: children are cut to this node's box.
    pub clip: bool,
    /// `translate`: drawn shifted by (x, y); layout is unaffected.
    pub translate: (Length, Length),
    /// `scale` about the centre; layout is unaffected.
    pub scale: (f32, f32),
    /// `rotate` in degrees about the centre; layout is unaffected.
    pub rotate: f32,
}

impl Default for Visual {
    fn default() -> Self {
        Visual {
            background_color: Color::TRANSPARENT,
            border_color: Color::BLACK,
            border_radius: [Length::Vp(0.0); 4],
            opacity: 1.0,
            clip: false,
            translate: (Length::Vp(0.0), Length::Vp(0.0)),
            scale: (1.0, 1.0),
            rotate: 0.0,
        }
    }
}

/// Text content and font attributes of a `Text` node.
#[derive(Clone, Debug, PartialEq)]
pub struct TextAttrs {
    /// The string shown.
    pub content: String,
    /// The universal `align`'s vertical part for text in a box taller than its lines:
    /// 0 top (the default here; ArkUI centres), 0.5 centre, 1 bottom.
    pub vertical_align: f32,
    /// `fontSize` (ArkUI's default 16fp).
    pub font_size: Length,
    /// `fontWeight`.
    pub font_weight: FontWeight,
    /// `fontColor`.
    pub font_color: Color,
    /// `fontFamily`, `None` for the default family.
    pub font_family: Option<String>,
    /// `lineHeight`, `None` for the font's natural spacing.
    pub line_height: Option<Length>,
    /// `textAlign`.
    pub text_align: arkui_renderer::text::TextAlign,
    /// `maxLines`, `None` for no limit.
    pub max_lines: Option<usize>,
    /// `textOverflow({overflow})`: what the last line shown does when `max_lines` cuts.
    pub text_overflow: crate::TextOverflow,
    /// `letterSpacing`: extra space after every character (may be negative).
    pub letter_spacing: Length,
    /// `decoration({type})`.
    pub decoration: crate::TextDecorationType,
    /// `decoration({color})` (ArkUI's default black).
    pub decoration_color: Color,
    /// `fontStyle`: upright or italic.
    pub font_style: arkui_renderer::text::FontStyle,
    /// `textCase`: the case the letters are shown in.
    pub text_case: crate::TextCase,
    /// `wordBreak` (ArkUI's default for Text: `BREAK_WORD`).
    pub word_break: arkui_renderer::text::WordBreak,
    /// `textIndent`: space before the first line.
    pub text_indent: Length,
    /// `textShadow`: shadows drawn under the glyphs, first one lowest.
    pub text_shadows: Vec<crate::ShadowOptions>,
    /// `minFontSize`: with `max_font_size`, the font size adapts between the two.
    pub min_font_size: Option<Length>,
    /// `maxFontSize`.
    pub max_font_size: Option<Length>,
    /// `heightAdaptivePolicy`: what gives way when the adaptive size does not fit.
    pub height_adaptive_policy: crate::TextHeightAdaptivePolicy,
    /// `copyOption`: whether the text can be selected and copied.
    pub copy_option: crate::CopyOptions,
}

impl Default for TextAttrs {
    fn default() -> Self {
        TextAttrs {
            content: String::new(),
            vertical_align: 0.0,
            font_size: Length::Fp(16.0),
            font_weight: FontWeight::Normal,
            // ArkUI's font_primary.
            font_color: Color::from_argb(0xE500_0000),
            font_family: None,
            line_height: None,
            text_align: arkui_renderer::text::TextAlign::Start,
            max_lines: None,
            text_overflow: crate::TextOverflow::Clip,
            letter_spacing: Length::Fp(0.0),
            decoration: crate::TextDecorationType::None,
            decoration_color: Color::BLACK,
            font_style: arkui_renderer::text::FontStyle::Normal,
            text_case: crate::TextCase::Normal,
            word_break: arkui_renderer::text::WordBreak::BreakWord,
            text_indent: Length::Vp(0.0),
            text_shadows: Vec::new(),
            min_font_size: None,
            max_font_size: None,
            height_adaptive_policy: crate::TextHeightAdaptivePolicy::MaxLinesFirst,
            copy_option: crate::CopyOptions::None,
        }
    }
}

/// A click or tap, as delivered to `on_click`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClickEvent {
    /// Position in vp relative to the clicked node's top-left.
    pub x: f32,
    /// Position in vp relative to the clicked node's top-left.
    pub y: f32,
    /// Position in vp relative to the window.
    pub window_x: f32,
    /// Position in vp relative to the window.
    pub window_y: f32,
}

/// Which horizontal edge (or centre) of an anchor a rule refers to.
pub type HorizontalAnchor = (String, HorizontalAlign);
/// Which vertical edge (or centre) of an anchor a rule refers to.
pub type VerticalAnchor = (String, VerticalAlign);

/// A child's `alignRules` inside a `RelativeContainer`: each side may be tied to a position
/// on an anchor — the container (`"__container__"`) or a sibling's `.id()`.
///
/// `left: ("a", End)` puts this child's left edge at `a`'s right edge; `middle` ties the
/// child's horizontal centre; `right` its right edge. With `left` and `right` both set and no
/// width of its own, the child stretches between them. Vertically likewise with `top`,
/// `center`, `bottom`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AlignRules {
    /// Left edge.
    pub left: Option<HorizontalAnchor>,
    /// Horizontal centre.
    pub middle: Option<HorizontalAnchor>,
    /// Right edge.
    pub right: Option<HorizontalAnchor>,
    /// Top edge.
    pub top: Option<VerticalAnchor>,
    /// Vertical centre.
    pub center: Option<VerticalAnchor>,
    /// Bottom edge.
    pub bottom: Option<VerticalAnchor>,
}

/// The anchor name of a RelativeContainer itself.
pub const CONTAINER: &str = "__container__";
