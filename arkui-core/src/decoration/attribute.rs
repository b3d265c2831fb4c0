//! [`VisualAttribute`]: the decoration attributes on every component.

use super::{
    BackgroundGradient, BackgroundImagePosition, BackgroundImageSize, ClipShape, Decoration,
    EdgeColors, EdgeStyles, ImageRepeat, LinearGradient, OutlineOptions, RadialGradient,
    ShadowOptions, ShadowValue, SweepGradient,
};
use crate::view::Widget;
use crate::{Edges, Length, NodeId};

/// Corner radii one by one, as ArkUI's `BorderRadiuses`.
///
/// ```
/// use arkui_core::{BorderRadiuses, Length};
/// let r = BorderRadiuses { top_left: Length::Vp(8.0), ..BorderRadiuses::default() };
/// assert_eq!(r.bottom_right, Length::Vp(0.0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BorderRadiuses {
    /// Top-left corner.
    pub top_left: Length,
    /// Top-right corner.
    pub top_right: Length,
    /// Bottom-left corner.
    pub bottom_left: Length,
    /// Bottom-right corner.
    pub bottom_right: Length,
}

impl Default for BorderRadiuses {
    fn default() -> Self {
        let z = Length::Vp(0.0);
        BorderRadiuses {
            top_left: z,
            top_right: z,
            bottom_left: z,
            bottom_right: z,
        }
    }
}

/// `colors` as the inspector shows them: `[["#AARRGGBB", offset], ...]`.
fn stops_attr(colors: &[(arkui_renderer::Color, f32)]) -> String {
    let items: Vec<String> = colors
        .iter()
        .map(|(c, o)| format!("[\"{}\", {o}]", c.to_argb_string()))
        .collect();
    format!("[{}]", items.join(", "))
}

/// Change `id`'s decoration; a change repaints the node (and only it, unless the clip
/// shape changed, which re-records the frame).
fn decorate(id: NodeId, f: impl FnOnce(&mut Decoration)) {
    let before = id.with_extension(|d: &mut Decoration| {
        let before = d.clone();
        f(d);
        (*d != before).then_some(before)
    });
    if let Some(Some(before)) = before {
        id.invalidate_paint();
        // Shadow and blur animate inside `animate_to` or with `.animation()`.
        crate::tree::with_tree(|t| crate::animation::on_decoration_change(t, id, &before));
    }
}

/// An animatable attribute was set (a following `.animation()` applies to it).
fn note(id: NodeId, prop: crate::animation::AnimProp) {
    crate::tree::with_tree(|t| crate::animation::note(t, id, prop));
}

/// ArkUI's visual-effect attributes, on every component: shadows, gradients, per-side
/// borders, outlines and clip shapes.
///
/// ```
/// use arkui_core::{App, Color, CommonAttribute, DeviceProfile, NodeId, NodeKind};
/// use arkui_core::{LinearGradient, ShadowStyle, VisualAttribute};
/// use arkui_renderer::DrawCmd;
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     NodeId::create("Column", NodeKind::Flex)
///         .width(100.0)
///         .height(60.0)
///         .border_radius(12.0)
///         .shadow(ShadowStyle::OuterDefaultMd)
///         .linear_gradient(LinearGradient::new([(Color::RED, 0.0), (Color::BLUE, 1.0)]))
/// });
/// let list = app.frame().unwrap();
/// let shadow = list.commands.iter().position(|c| matches!(c, DrawCmd::BoxShadow { .. }));
/// let gradient = list.commands.iter().position(|c| matches!(c, DrawCmd::GradientRect { .. }));
/// assert!(shadow.unwrap() < gradient.unwrap()); // the shadow is under the box
/// let attrs = &app.inspector_tree()["$children"][0]["$attrs"];
/// assert!(attrs["shadow"].as_str().unwrap().starts_with("{radius: 50.00vp"));
/// ```
pub trait VisualAttribute: Widget {
    /// `shadow(ShadowOptions | ShadowStyle)`: a blurred shadow outside the box. A
    /// [`ShadowStyle`](crate::ShadowStyle) preset follows the colour mode as it changes.
    fn shadow(self, shadow: impl Into<ShadowValue>) -> Self {
        let node = self.node();
        note(node, crate::animation::AnimProp::Shadow);
        let set = move |s: ShadowOptions| {
            decorate(node, |d| d.shadow = Some(s));
            node.set_inspector_attr(
                "shadow",
                format!(
                    "{{radius: {}, color: {}, offsetX: {}, offsetY: {}}}",
                    s.radius,
                    s.color.to_argb_string(),
                    s.offset_x,
                    s.offset_y
                ),
            );
        };
        match shadow.into() {
            ShadowValue::Options(s) => set(s),
            ShadowValue::Style(style) => {
                // Resolved again whenever the colour mode changes.
                crate::Effect::new(move || {
                    set(style.options(crate::Environment::color_mode().get()))
                });
            }
        }
        self
    }
    /// Remove the shadow.
    fn clear_shadow(self) -> Self {
        decorate(self.node(), |d| d.shadow = None);
        self
    }
    /// `linearGradient`: a background gradient along a line (over `backgroundColor`).
    fn linear_gradient(self, g: LinearGradient) -> Self {
        self.node().set_inspector_attr(
            "linearGradient",
            format!(
                "{{angle: {}, direction: GradientDirection.{:?}, colors: {}, repeating: {}}}",
                g.angle.map_or("null".to_string(), |a| a.to_string()),
                g.direction,
                stops_attr(&g.colors),
                g.repeating
            ),
        );
        decorate(self.node(), |d| {
            d.gradient = Some(BackgroundGradient::Linear(g));
        });
        self
    }
    /// `radialGradient`: a background gradient by distance from a centre.
    fn radial_gradient(self, g: RadialGradient) -> Self {
        self.node().set_inspector_attr(
            "radialGradient",
            format!(
                "{{center: [{}, {}], radius: {}, colors: {}, repeating: {}}}",
                g.center.0,
                g.center.1,
                g.radius,
                stops_attr(&g.colors),
                g.repeating
            ),
        );
        decorate(self.node(), |d| {
            d.gradient = Some(BackgroundGradient::Radial(g));
        });
        self
    }
    /// `sweepGradient`: a background gradient by angle around a centre.
    fn sweep_gradient(self, g: SweepGradient) -> Self {
        self.node().set_inspector_attr(
            "sweepGradient",
            format!(
                "{{center: [{}, {}], start: {}, end: {}, rotation: {}, colors: {}, repeating: {}}}",
                g.center.0,
                g.center.1,
                g.start,
                g.end,
                g.rotation,
                stops_attr(&g.colors),
                g.repeating
            ),
        );
        decorate(self.node(), |d| {
            d.gradient = Some(BackgroundGradient::Sweep(g))
        });
        self
    }
    /// `borderColor(EdgeColors)`: a colour per side (a single colour also converts).
    fn border_colors(self, colors: impl Into<EdgeColors>) -> Self {
        let c = colors.into();
        decorate(self.node(), |d| d.border_colors = Some(c));
        self
    }
    /// `borderStyle(BorderStyle | EdgeStyles)`: Solid, Dashed or Dotted, per side or all.
    fn border_style(self, styles: impl Into<EdgeStyles>) -> Self {
        let s = styles.into();
        decorate(self.node(), |d| d.border_styles = Some(s));
        self
    }
    /// `borderWidth(EdgeWidths)`: a width per side (the border takes layout space).
    fn border_widths(self, widths: Edges) -> Self {
        self.node().set_layout(|a| a.border_width = widths);
        self
    }
    /// `borderRadius(BorderRadiuses)`: a radius per corner.
    fn border_radii(self, r: BorderRadiuses) -> Self {
        self.node().set_visual(|v| {
            v.border_radius = [r.top_left, r.top_right, r.bottom_right, r.bottom_left];
        });
        self
    }
    /// `outline`: a line just outside the box that takes no layout space.
    fn outline(self, outline: OutlineOptions) -> Self {
        self.node().set_inspector_attr(
            "outline",
            format!(
                "{{width: {}, color: {}, radius: {}, style: BorderStyle.{:?}}}",
                outline.width.top,
                outline.color.top.to_argb_string(),
                outline.radius,
                outline.style.top
            ),
        );
        decorate(self.node(), |d| d.outline = Some(outline));
        self
    }
    /// `backgroundImage(src, repeat)`: an image over the background colour and gradient,
    /// cut to the box's outline, at its natural size from the top-left corner unless
    /// `background_image_size`/`_position` say otherwise. (Not for `Image`, whose image is
    /// its content.)
    fn background_image(self, src: impl Into<crate::ImageSource>, repeat: ImageRepeat) -> Self {
        let src = src.into();
        self.node().set_inspector_attr(
            "backgroundImage",
            format!("{}, ImageRepeat.{repeat:?}", src.describe()),
        );
        self.node().set_image_source(Some(src));
        decorate(self.node(), |d| {
            d.background_image
                .get_or_insert_with(Default::default)
                .repeat = repeat;
        });
        self
    }
    /// `backgroundImageSize`: Auto (natural), Cover, Contain or a size.
    fn background_image_size(self, size: BackgroundImageSize) -> Self {
        decorate(self.node(), |d| {
            d.background_image.get_or_insert_with(Default::default).size = size;
        });
        self
    }
    /// `backgroundImagePosition`: an alignment in the box or an offset.
    fn background_image_position(self, position: BackgroundImagePosition) -> Self {
        decorate(self.node(), |d| {
            d.background_image
                .get_or_insert_with(Default::default)
                .position = position;
        });
        self
    }
    /// `blur`: blur the component's content (and its children's) by a radius in px (0 or
    /// negative: none). Drawn as a layer blurred by a Gaussian.
    fn blur(self, radius: f32) -> Self {
        let r = (radius.is_finite() && radius > 0.0).then_some(radius);
        note(self.node(), crate::animation::AnimProp::Blur);
        self.node()
            .set_inspector_attr("blur", format!("{}", r.unwrap_or(0.0)));
        decorate(self.node(), |d| d.blur = r);
        self
    }
    /// `backdropBlur(radius)`: blur what is drawn behind the component, within its rounded
    /// outline, under its background (frosted glass: give it a translucent background).
    /// The radius is px, turned into a Gaussian as `blur`'s is; 0 or less is none.
    ///
    /// ```
    /// use arkui_core::{App, Color, CommonAttribute, DeviceProfile, NodeId, NodeKind, VisualAttribute};
    /// use arkui_renderer::DrawCmd;
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     NodeId::create("Column", NodeKind::Flex)
    ///         .width(50.0)
    ///         .height(30.0)
    ///         .backdrop_blur(12.0)
    ///         .background_color(Color::rgba(255, 255, 255, 120))
    /// });
    /// let list = app.frame().unwrap();
    /// let blur = list.commands.iter().position(|c| matches!(c, DrawCmd::BackdropBlur { .. }));
    /// let bg = list.commands.iter().position(|c| matches!(c, DrawCmd::Rect { color, .. } if color.a == 120));
    /// assert!(blur.unwrap() < bg.unwrap()); // blurred first, the background over it
    /// ```
    fn backdrop_blur(self, radius: f32) -> Self {
        let r = (radius.is_finite() && radius > 0.0).then_some(radius);
        note(self.node(), crate::animation::AnimProp::BackdropBlur);
        self.node()
            .set_inspector_attr("backdropBlur", format!("{}", r.unwrap_or(0.0)));
        decorate(self.node(), |d| d.backdrop_blur = r);
        crate::tree::with_tree(|t| t.note_backdrop(self.node(), r.is_some()));
        self
    }
    /// `clipShape`: cut the component, its own background included, and its children to
    /// a shape.
    fn clip_shape(self, shape: ClipShape) -> Self {
        let path = match &shape {
            ClipShape::Path { commands } => match arkui_renderer::PathData::from_svg(commands) {
                Ok(p) => Some(p),
                Err(e) => {
                    log::warn!("clipShape path: {e}; the component is not clipped");
                    None
                }
            },
            _ => None,
        };
        self.node()
            .set_inspector_attr("clipShape", format!("{shape:?}"));
        decorate(self.node(), |d| {
            if d.clip_shape.as_ref() != Some(&shape) {
                d.clip_shape = Some(shape);
                d.clip_path = path;
                d.clip_version += 1;
            }
        });
        self
    }
}

impl<W: Widget> VisualAttribute for W {}
