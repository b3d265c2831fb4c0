//! Visual attributes beyond a background colour: shadows, gradients, per-side border
//! colours and styles, outlines and clip shapes. Few components use them, so they live in
//! a node extension ([`Decoration`]) rather than in every node, and [`VisualAttribute`]
//! sets them on any component.

mod attribute;
mod background_image;
mod border;
mod clip_shape;
mod gradient;
mod rounded_styles;
mod shadow;
mod view_port;

use arkui_renderer::{BorderWidths, CornerRadii, DisplayList, DrawCmd, Point, Rect};

pub use attribute::{BorderRadiuses, VisualAttribute};
pub use background_image::{BackgroundImagePosition, BackgroundImageSize, ImageRepeat};
pub use border::{BorderStyle, Edge, EdgeColors, EdgeStyles, OutlineOptions};
pub use clip_shape::ClipShape;
pub use gradient::{GradientDirection, LinearGradient, RadialGradient, SweepGradient};
pub use shadow::{ShadowOptions, ShadowStyle, ShadowValue};
pub use view_port::ViewPort;

pub(crate) use gradient::BackgroundGradient;

use crate::Units;
use crate::tree::Node;

/// A component's decoration, kept in its node (see the module docs).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Decoration {
    pub(crate) shadow: Option<ShadowOptions>,
    pub(crate) gradient: Option<BackgroundGradient>,
    /// Per-side colours; `None` uses the node's one border colour.
    pub(crate) border_colors: Option<EdgeColors>,
    /// Per-side styles; `None` is solid.
    pub(crate) border_styles: Option<EdgeStyles>,
    pub(crate) outline: Option<OutlineOptions>,
    pub(crate) clip_shape: Option<ClipShape>,
    /// A path clip shape's data, parsed when it was set.
    pub(crate) clip_path: Option<arkui_renderer::PathData>,
    /// Bumped when the clip shape changes: with the node's box it keys the clip in the
    /// node's paint wrapper, so a frame needs no hashing of the shape.
    pub(crate) clip_version: u64,
    /// `blur` radius, px.
    pub(crate) blur: Option<f32>,
    /// `backdropBlur` radius, px.
    pub(crate) backdrop_blur: Option<f32>,
    /// `backgroundImage` settings (the image itself is the node's image source).
    pub(crate) background_image: Option<background_image::BackgroundImage>,
}

/// The background image, over the gradient and under the border; `true` when the node has
/// one (so its image is not also drawn as content).
pub(crate) fn paint_background_image(
    d: &Decoration,
    node: &Node,
    rect: Rect,
    radii: CornerRadii,
    units: &Units,
    opacity: f32,
    list: &mut DisplayList,
) -> bool {
    let Some(bg) = &d.background_image else {
        return false;
    };
    for cmd in background_image::commands(bg, node, rect, radii, units, opacity) {
        list.push(cmd);
    }
    true
}

/// The node's decoration, if it has one.
pub(crate) fn of(node: &Node) -> Option<&Decoration> {
    node.extension::<Decoration>()
}

/// The shadow, drawn first (under the background).
pub(crate) fn paint_shadow(
    d: &Decoration,
    rect: Rect,
    radii: CornerRadii,
    units: &Units,
    opacity: f32,
    list: &mut DisplayList,
) {
    let Some(s) = d.shadow else {
        return;
    };
    let px = |l: crate::Length| l.to_px(units).unwrap_or(0.0);
    let color = s.color.with_opacity(opacity);
    let blur = px(s.radius).max(0.0);
    if color.a == 0 {
        return;
    }
    list.push(DrawCmd::BoxShadow {
        rect,
        radii,
        color,
        blur,
        spread: 0.0,
        offset: Point::new(px(s.offset_x), px(s.offset_y)),
    });
}

/// The background gradient, over the background colour.
pub(crate) fn paint_gradient(
    d: &Decoration,
    rect: Rect,
    radii: CornerRadii,
    units: &Units,
    opacity: f32,
    list: &mut DisplayList,
) {
    let Some(mut gradient) = d.gradient.as_ref().and_then(|g| g.resolve(rect, units)) else {
        return;
    };
    if opacity < 1.0 {
        for s in &mut gradient.stops {
            s.color = s.color.with_opacity(opacity);
        }
    }
    list.push(DrawCmd::GradientRect {
        rect,
        radii,
        gradient,
    });
}

/// The border with per-side colours or styles; `false` when the decoration has neither
/// (the plain border is drawn then).
pub(crate) fn paint_styled_border(
    d: &Decoration,
    node: &Node,
    rect: Rect,
    radii: CornerRadii,
    widths: BorderWidths,
    opacity: f32,
    list: &mut DisplayList,
) -> bool {
    if d.border_colors.is_none() && d.border_styles.is_none() {
        return false;
    }
    if widths.is_zero() {
        return true;
    }
    let colors = d
        .border_colors
        .unwrap_or_else(|| node.visual.border_color.into());
    let styles = d.border_styles.unwrap_or_default();
    push_styled(
        list,
        rect,
        radii,
        widths,
        border::sides(colors, styles, opacity),
    );
    true
}

/// A styled border: along the rounded outline when it is rounded and the same all round,
/// else the renderer's per-side border.
fn push_styled(
    list: &mut DisplayList,
    rect: Rect,
    radii: CornerRadii,
    widths: BorderWidths,
    sides: arkui_renderer::BorderSides,
) {
    let s = sides.left;
    let same = [sides.top, sides.right, sides.bottom]
        .iter()
        .all(|o| o.color == s.color && o.style == s.style);
    if same && let Some(cmd) = rounded_styles::rounded_styled(rect, radii, widths, s.color, s.style)
    {
        list.push(cmd);
        return;
    }
    list.push(DrawCmd::StyledBorder {
        rect,
        radii,
        widths,
        sides,
    });
}

/// The outline, just outside the box.
pub(crate) fn paint_outline(
    d: &Decoration,
    rect: Rect,
    units: &Units,
    opacity: f32,
    list: &mut DisplayList,
) {
    let Some(o) = d.outline else {
        return;
    };
    let px = |l: crate::Length| l.to_px(units).unwrap_or(0.0).max(0.0);
    let widths = BorderWidths {
        left: px(o.width.left),
        top: px(o.width.top),
        right: px(o.width.right),
        bottom: px(o.width.bottom),
    };
    if widths.is_zero() {
        return;
    }
    let outer = Rect::new(
        rect.x - widths.left,
        rect.y - widths.top,
        rect.width + widths.left + widths.right,
        rect.height + widths.top + widths.bottom,
    );
    // The radius is the corner of the box the outline hugs (as CSS draws an outline
    // around a rounded box): its outer edge is rounder by its width.
    let r = px(o.radius);
    let radii = if r > 0.0 {
        CornerRadii {
            top_left: r + widths.left.max(widths.top),
            top_right: r + widths.right.max(widths.top),
            bottom_right: r + widths.right.max(widths.bottom),
            bottom_left: r + widths.left.max(widths.bottom),
        }
    } else {
        CornerRadii::default()
    };
    push_styled(
        list,
        outer,
        radii,
        widths,
        border::sides(o.color, o.style, opacity),
    );
}

/// The Gaussian sigma (px) the node's `blur` radius means, if it has one: Skia's
/// radius-to-sigma rule (`0.57735 r + 0.5`), which ArkUI's renderer uses.
pub(crate) fn blur_sigma(node: &Node) -> Option<f32> {
    radius_sigma(of(node)?.blur?)
}

fn radius_sigma(r: f32) -> Option<f32> {
    (r.is_finite() && r > 0.0).then_some(0.577_35 * r + 0.5)
}

/// The backdrop blur, after the shadow and before the background: what is drawn under the
/// box is blurred within its rounded outline (with the same radius-to-sigma rule as `blur`).
pub(crate) fn paint_backdrop_blur(
    d: &Decoration,
    rect: Rect,
    radii: CornerRadii,
    list: &mut DisplayList,
) {
    if let Some(sigma) = d.backdrop_blur.and_then(radius_sigma) {
        list.push(DrawCmd::BackdropBlur {
            rect,
            radii,
            blur: sigma,
        });
    }
}

/// What keys the node's clip shape in its paint wrapper: its box and the shape's version.
pub(crate) fn clip_shape_key(node: &Node) -> Option<(Rect, u64)> {
    let d = of(node)?;
    d.clip_shape.as_ref()?;
    Some((node.rect, d.clip_version))
}

/// The command that opens the node's clip shape and the box it lies in, if it has one.
pub(crate) fn clip_shape(node: &Node, units: &Units) -> Option<(DrawCmd, Rect)> {
    let d = of(node)?;
    clip_shape::command(
        d.clip_shape.as_ref()?,
        d.clip_path.as_ref(),
        node.rect,
        units,
    )
}

/// The transform the node's view port puts its children through, if it has one.
pub(crate) fn view_port_transform(node: &Node, units: &Units) -> Option<arkui_renderer::Transform> {
    view_port::transform(node, units)
}
