//! `shadow`: ArkUI's `ShadowOptions` and the `ShadowStyle` presets.

use arkui_renderer::Color;

use crate::Length;

/// A shadow cast by a component's box, as ArkUI's `ShadowOptions`: drawn outside the box
/// (the box itself stays clear), following its rounded corners.
///
/// ArkUI gives `radius` and the offsets in px; [`ShadowOptions::new`] and the setters take
/// px too. The [`ShadowStyle`] presets are in vp, so they look the same on every density.
///
/// ```
/// use arkui_core::{Color, Length, ShadowOptions};
/// let s = ShadowOptions::new(10.0).color(Color::GRAY).offset(4.0, 6.0);
/// assert_eq!(s.radius, Length::Px(10.0));
/// assert_eq!(s.offset_y, Length::Px(6.0));
/// assert_eq!(ShadowOptions::new(-3.0).radius, Length::Px(0.0)); // negative is none
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ShadowOptions {
    /// Blur radius (CSS `box-shadow`'s blur: the Gaussian's sigma is half of it).
    pub radius: Length,
    /// Shadow colour (ArkUI's default black).
    pub color: Color,
    /// Horizontal shift.
    pub offset_x: Length,
    /// Vertical shift.
    pub offset_y: Length,
}

/// A finite, non-negative px value (ArkUI treats a negative radius as 0).
fn px(v: f32) -> Length {
    Length::Px(if v.is_finite() { v } else { 0.0 })
}

impl ShadowOptions {
    /// A black shadow blurred by `radius` px, not shifted.
    pub fn new(radius: f32) -> ShadowOptions {
        ShadowOptions {
            radius: px(radius.max(0.0)),
            color: Color::BLACK,
            offset_x: Length::Px(0.0),
            offset_y: Length::Px(0.0),
        }
    }

    /// The same shadow in another colour.
    pub fn color(mut self, color: Color) -> ShadowOptions {
        self.color = color;
        self
    }

    /// The same shadow shifted by (`x`, `y`) px.
    pub fn offset(mut self, x: f32, y: f32) -> ShadowOptions {
        self.offset_x = px(x);
        self.offset_y = px(y);
        self
    }
}

/// ArkUI's shadow presets (`ShadowStyle`), with the values ArkUI's light theme uses.
///
/// ```
/// use arkui_core::{Color, Length, ShadowOptions, ShadowStyle};
/// let md: ShadowOptions = ShadowStyle::OuterDefaultMd.into();
/// assert_eq!(md.radius, Length::Vp(50.0));
/// assert_eq!(md.offset_y, Length::Vp(10.0));
/// assert_eq!(md.color, Color::from_argb(0x2600_0000));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShadowStyle {
    /// `OUTER_DEFAULT_XS`: a faint outline-like shadow.
    OuterDefaultXs,
    /// `OUTER_DEFAULT_SM`: small, unshifted.
    OuterDefaultSm,
    /// `OUTER_DEFAULT_MD`: medium, cast downwards (cards).
    OuterDefaultMd,
    /// `OUTER_DEFAULT_LG`: large and darker.
    OuterDefaultLg,
    /// `OUTER_FLOATING_SM`: a floating element.
    OuterFloatingSm,
    /// `OUTER_FLOATING_MD`: a floating element, darker.
    OuterFloatingMd,
}

impl From<ShadowStyle> for ShadowOptions {
    fn from(style: ShadowStyle) -> ShadowOptions {
        // ArkUI's `ShadowConfig` (light colour mode): blur, y offset, ARGB colour.
        let (radius, y, argb) = match style {
            ShadowStyle::OuterDefaultXs => (4.0, 0.0, 0x2600_0000),
            ShadowStyle::OuterDefaultSm => (20.0, 0.0, 0x1400_0000),
            ShadowStyle::OuterDefaultMd => (50.0, 10.0, 0x2600_0000),
            ShadowStyle::OuterDefaultLg => (50.0, 10.0, 0x4D00_0000),
            ShadowStyle::OuterFloatingSm => (55.0, 10.0, 0x4000_0000),
            ShadowStyle::OuterFloatingMd => (70.0, 10.0, 0x7300_0000),
        };
        ShadowOptions {
            radius: Length::Vp(radius),
            color: Color::from_argb(argb),
            offset_x: Length::Vp(0.0),
            offset_y: Length::Vp(y),
        }
    }
}
