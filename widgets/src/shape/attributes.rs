//! The fill and stroke attributes, on every shape component and on `Shape` (which its
//! shapes inherit).

use arkui_core::{Color, Length, Widget};

use super::components::{Circle, Ellipse, Line, Path, Polygon, Polyline, Rect};
use super::container::Shape;
use super::node::edit_style;
use super::style::{LineCapStyle, LineJoinStyle};

macro_rules! shape_attributes {
    ($($ty:ident),*) => {$(
        impl $ty {
            /// `fill`: the colour inside the outline (ArkUI's default black; transparent
            /// for none).
            pub fn fill(self, color: Color) -> Self {
                edit_style(self.node(), |s| s.fill = Some(color));
                self.node().set_inspector_attr("fill", color.to_argb_string());
                self
            }

            /// `fillOpacity`, 0..=1 (default 1).
            pub fn fill_opacity(self, opacity: f32) -> Self {
                edit_style(self.node(), |s| s.fill_opacity = Some(opacity));
                self
            }

            /// `stroke`: the outline's colour (default none).
            pub fn stroke(self, color: Color) -> Self {
                edit_style(self.node(), |s| s.stroke = Some(color));
                self.node().set_inspector_attr("stroke", color.to_argb_string());
                self
            }

            /// `strokeWidth` (default 1 vp), centred on the outline.
            pub fn stroke_width(self, width: impl Into<Length>) -> Self {
                let w = width.into();
                edit_style(self.node(), |s| s.stroke_width = Some(w));
                self.node().set_inspector_attr("strokeWidth", w.to_string());
                self
            }

            /// `strokeOpacity`, 0..=1 (default 1).
            pub fn stroke_opacity(self, opacity: f32) -> Self {
                edit_style(self.node(), |s| s.stroke_opacity = Some(opacity));
                self
            }

            /// `strokeDashArray`: dash and gap lengths (vp) repeated along the outline; an
            /// odd count is repeated twice, a negative or all-zero list draws solid.
            pub fn stroke_dash_array(self, dashes: Vec<f32>) -> Self {
                let d: Vec<Length> = dashes.into_iter().map(Length::Vp).collect();
                edit_style(self.node(), |s| s.dash_array = Some(d));
                self
            }

            /// `strokeDashOffset`: where along the dash pattern the outline starts (vp).
            pub fn stroke_dash_offset(self, offset: impl Into<Length>) -> Self {
                let o = offset.into();
                edit_style(self.node(), |s| s.dash_offset = Some(o));
                self
            }

            /// `strokeLineCap` (default butt).
            pub fn stroke_line_cap(self, cap: LineCapStyle) -> Self {
                edit_style(self.node(), |s| s.line_cap = Some(cap));
                self
            }

            /// `strokeLineJoin` (default miter).
            pub fn stroke_line_join(self, join: LineJoinStyle) -> Self {
                edit_style(self.node(), |s| s.line_join = Some(join));
                self
            }

            /// `strokeMiterLimit`: longest miter, in stroke widths (default 4, at least 1).
            pub fn stroke_miter_limit(self, limit: f32) -> Self {
                edit_style(self.node(), |s| s.miter_limit = Some(limit));
                self
            }

            /// `antiAlias` (default on, as ArkUI's): off, the shape's edges are hard, each
            /// pixel painted fully or not at all (at least half covered or not).
            pub fn anti_alias(self, on: bool) -> Self {
                edit_style(self.node(), |s| s.anti_alias = Some(on));
                self.node().set_inspector_attr("antiAlias", on.to_string());
                self
            }
        }
    )*};
}

shape_attributes!(Circle, Ellipse, Rect, Line, Polyline, Polygon, Path, Shape);
