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

/// ArkUI's shadow presets (`ShadowStyle`). A component given one follows the colour mode:
/// in dark mode the shadow keeps its size and offset and gets darker, by the ratio between
/// the dark and light tables of ArkUI's engine (`ShadowConfig`) for that preset, so it
/// still reads against a dark background.
///
/// ```
/// use arkui_core::{Color, ColorMode, Length, ShadowOptions, ShadowStyle};
/// let md: ShadowOptions = ShadowStyle::OuterDefaultMd.into(); // light
/// assert_eq!(md.radius, Length::Vp(50.0));
/// assert_eq!(md.offset_y, Length::Vp(10.0));
/// assert_eq!(md.color, Color::from_argb(0x2600_0000));
/// let dark = ShadowStyle::OuterDefaultMd.options(ColorMode::Dark);
/// assert_eq!((dark.radius, dark.offset_y), (md.radius, md.offset_y));
/// assert!(dark.color.a > md.color.a);
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

impl ShadowStyle {
    /// The preset's shadow in colour mode `mode`.
    pub fn options(self, mode: crate::ColorMode) -> ShadowOptions {
        // Light: blur, y offset, ARGB colour, as ArkUI's light theme. Dark: the alpha of
        // ArkUI's engine tables (ShadowConfig), light then dark, whose ratio darkens ours.
        let (radius, y, argb, engine_light, engine_dark) = match self {
            ShadowStyle::OuterDefaultXs => (4.0, 0.0, 0x2600_0000u32, 0x32, 0x4c),
            ShadowStyle::OuterDefaultSm => (20.0, 0.0, 0x1400_0000, 0x0b, 0x2b),
            ShadowStyle::OuterDefaultMd => (50.0, 10.0, 0x2600_0000, 0x28, 0x60),
            ShadowStyle::OuterDefaultLg => (50.0, 10.0, 0x4D00_0000, 0x26, 0x59),
            ShadowStyle::OuterFloatingSm => (55.0, 10.0, 0x4000_0000, 0x15, 0x3c),
            ShadowStyle::OuterFloatingMd => (70.0, 10.0, 0x7300_0000, 0x31, 0x38),
        };
        let mut color = Color::from_argb(argb);
        if mode == crate::ColorMode::Dark {
            let a = u32::from(color.a) * engine_dark / engine_light;
            color.a = a.min(255) as u8;
        }
        ShadowOptions {
            radius: Length::Vp(radius),
            color,
            offset_x: Length::Vp(0.0),
            offset_y: Length::Vp(y),
        }
    }
}

impl From<ShadowStyle> for ShadowOptions {
    /// The preset in light mode (see [`ShadowStyle::options`]).
    fn from(style: ShadowStyle) -> ShadowOptions {
        style.options(crate::ColorMode::Light)
    }
}

/// What the `shadow` attribute takes, as ArkUI's `ShadowOptions | ShadowStyle`: explicit
/// options, or a preset that follows the colour mode.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ShadowValue {
    /// Fixed options.
    Options(ShadowOptions),
    /// A preset, resolved for the current colour mode.
    Style(ShadowStyle),
}

impl From<ShadowOptions> for ShadowValue {
    fn from(o: ShadowOptions) -> ShadowValue {
        ShadowValue::Options(o)
    }
}

impl From<ShadowStyle> for ShadowValue {
    fn from(s: ShadowStyle) -> ShadowValue {
        ShadowValue::Style(s)
    }
}
