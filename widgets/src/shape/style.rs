//! Fill and stroke of the shape components: ArkUI's `fill`, `stroke*` attributes, each
//! falling back to the enclosing `Shape`'s, then to ArkUI's default.

use arkui_core::draw::{LineCap, LineJoin, StrokeStyle};
use arkui_core::{Color, Length, PaintCtx};

/// ArkUI's `LineCapStyle`: how open stroke ends are drawn.
pub type LineCapStyle = LineCap;
/// ArkUI's `LineJoinStyle`: how stroke corners are drawn.
pub type LineJoinStyle = LineJoin;

/// What a shape was given; `None` inherits (from its `Shape`, then ArkUI's default).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct ShapeStyle {
    pub(crate) fill: Option<Color>,
    pub(crate) fill_opacity: Option<f32>,
    pub(crate) stroke: Option<Color>,
    pub(crate) stroke_width: Option<Length>,
    pub(crate) stroke_opacity: Option<f32>,
    pub(crate) dash_array: Option<Vec<Length>>,
    pub(crate) dash_offset: Option<Length>,
    pub(crate) line_cap: Option<LineCap>,
    pub(crate) line_join: Option<LineJoin>,
    pub(crate) miter_limit: Option<f32>,
    pub(crate) anti_alias: Option<bool>,
}

/// A `Shape` container's style, which its shapes inherit.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct InheritedStyle(pub(crate) ShapeStyle);

/// A style with every attribute decided, in pixels.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Resolved {
    /// Fill colour with its opacity applied; transparent draws no fill.
    pub(crate) fill: Color,
    /// Stroke colour with its opacity applied; transparent draws no stroke.
    pub(crate) stroke: Color,
    pub(crate) stroke_style: StrokeStyle,
    /// Edges smoothed (`antiAlias`, default on).
    pub(crate) anti_alias: bool,
}

/// A 0..=1 opacity (ArkUI clamps; a non-finite value is 1).
pub(crate) fn opacity(v: f32) -> f32 {
    if v.is_finite() {
        v.clamp(0.0, 1.0)
    } else {
        1.0
    }
}

impl ShapeStyle {
    /// This style, with what it leaves unset taken from `parent`.
    fn or(&self, parent: Option<&ShapeStyle>) -> ShapeStyle {
        let Some(p) = parent else {
            return self.clone();
        };
        ShapeStyle {
            fill: self.fill.or(p.fill),
            fill_opacity: self.fill_opacity.or(p.fill_opacity),
            stroke: self.stroke.or(p.stroke),
            stroke_width: self.stroke_width.or(p.stroke_width),
            stroke_opacity: self.stroke_opacity.or(p.stroke_opacity),
            dash_array: self.dash_array.clone().or_else(|| p.dash_array.clone()),
            dash_offset: self.dash_offset.or(p.dash_offset),
            line_cap: self.line_cap.or(p.line_cap),
            line_join: self.line_join.or(p.line_join),
            miter_limit: self.miter_limit.or(p.miter_limit),
            anti_alias: self.anti_alias.or(p.anti_alias),
        }
    }

    /// Every attribute decided for the node `cx` paints: its own, its `Shape`'s, ArkUI's
    /// defaults (black fill, no stroke, 1 vp wide, butt caps, miter joins, limit 4).
    pub(crate) fn resolve(&self, cx: &PaintCtx<'_>) -> Resolved {
        let s = self.or(cx.parent_extension::<InheritedStyle>().map(|i| &i.0));
        let len = |l: Length| {
            let v = cx.length(l, 0.0);
            if v.is_finite() { v } else { 0.0 }
        };
        let width = s.stroke_width.map_or(cx.vp(1.0), len).max(0.0);
        // SVG: a negative dash or an all-zero pattern draws a solid line.
        let dashes: Vec<f32> = s
            .dash_array
            .unwrap_or_default()
            .into_iter()
            .map(len)
            .collect();
        let dashes = if dashes.iter().any(|d| *d < 0.0) || dashes.iter().all(|d| *d == 0.0) {
            Vec::new()
        } else {
            dashes
        };
        let miter = s
            .miter_limit
            .filter(|m| m.is_finite())
            .unwrap_or(4.0)
            .max(1.0);
        Resolved {
            fill: s
                .fill
                .unwrap_or(Color::BLACK)
                .with_opacity(opacity(s.fill_opacity.unwrap_or(1.0))),
            stroke: s
                .stroke
                .unwrap_or(Color::TRANSPARENT)
                .with_opacity(opacity(s.stroke_opacity.unwrap_or(1.0))),
            stroke_style: StrokeStyle {
                width,
                cap: s.line_cap.unwrap_or_default(),
                join: s.line_join.unwrap_or_default(),
                miter_limit: miter,
                dashes,
                dash_offset: s.dash_offset.map_or(0.0, len),
            },
            anti_alias: s.anti_alias.unwrap_or(true),
        }
    }
}
