//! Lengths with ArkUI's units: `vp` (default), `fp`, `px`, `lpx` and percent.

use std::fmt;

/// A length in one of ArkUI's units.
///
/// ```
/// use arkui_core::{Length, LengthExt, Units, pct};
/// let units = Units { density: 3.0, font_scale: 1.5, ..Units::default() };
/// assert_eq!(12.vp().to_px(&units), Some(36.0));
/// assert_eq!(10.fp().to_px(&units), Some(45.0));
/// assert_eq!(pct(50.0).to_px(&units), None); // percent needs a parent size
/// assert_eq!(12.vp().to_string(), "12.00vp");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum Length {
    /// Virtual pixels: `px = vp * density`. ArkUI's default unit.
    Vp(f32),
    /// Font pixels: `px = fp * density * font_scale`. For text sizes.
    Fp(f32),
    /// Physical pixels.
    Px(f32),
    /// Layout pixels: `px = lpx * screen_width / design_width`.
    Lpx(f32),
    /// Percent of the parent's corresponding size.
    Percent(f32),
    /// Decided by layout (content size, stretch, flex).
    #[default]
    Auto,
}

/// What it takes to turn a [`Length`] into pixels: the device profile's numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Units {
    /// Pixels per vp.
    pub density: f32,
    /// Multiplier of `fp` on top of density (the user's font size setting).
    pub font_scale: f32,
    /// Screen width in pixels, for `lpx`.
    pub screen_width: f32,
    /// The design width `lpx` is relative to (ArkUI's `designWidth`, 720 by default).
    pub design_width: f32,
}

impl Default for Units {
    fn default() -> Self {
        Units {
            density: 1.0,
            font_scale: 1.0,
            screen_width: 720.0,
            design_width: 720.0,
        }
    }
}

/// Largest magnitude a length may resolve to; keeps hostile input away from float overflow.
pub const MAX_PX: f32 = 1.0e7;

impl Length {
    /// Pixels for absolute units; `None` for percent and auto. Non-finite values are `None`,
    /// huge values are clamped to ±[`MAX_PX`].
    pub fn to_px(&self, units: &Units) -> Option<f32> {
        let v = match *self {
            Length::Vp(v) => v * units.density,
            Length::Fp(v) => v * units.density * units.font_scale,
            Length::Px(v) => v,
            Length::Lpx(v) => {
                let design = if units.design_width > 0.0 {
                    units.design_width
                } else {
                    720.0
                };
                v * units.screen_width / design
            }
            Length::Percent(_) | Length::Auto => return None,
        };
        v.is_finite().then(|| v.clamp(-MAX_PX, MAX_PX))
    }

    /// The number as written, in its own unit.
    pub fn value(&self) -> f32 {
        match *self {
            Length::Vp(v) | Length::Fp(v) | Length::Px(v) | Length::Lpx(v) | Length::Percent(v) => {
                v
            }
            Length::Auto => 0.0,
        }
    }
}

impl fmt::Display for Length {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Length::Vp(v) => write!(f, "{v:.2}vp"),
            Length::Fp(v) => write!(f, "{v:.2}fp"),
            Length::Px(v) => write!(f, "{v:.2}px"),
            Length::Lpx(v) => write!(f, "{v:.2}lpx"),
            Length::Percent(v) => write!(f, "{v:.2}%"),
            Length::Auto => write!(f, "auto"),
        }
    }
}

/// Plain numbers are vp, as in ArkUI.
impl From<f32> for Length {
    fn from(v: f32) -> Length {
        Length::Vp(v)
    }
}

/// Plain numbers are vp, as in ArkUI.
impl From<i32> for Length {
    fn from(v: i32) -> Length {
        Length::Vp(v as f32)
    }
}

/// Plain numbers are vp, as in ArkUI.
impl From<f64> for Length {
    fn from(v: f64) -> Length {
        Length::Vp(v as f32)
    }
}

/// Percent of the parent: `pct(100.0)` is ArkUI's `'100%'`.
pub fn pct(v: f32) -> Length {
    Length::Percent(v)
}

/// `12.vp()`, `16.fp()`, `1.px()`, `360.lpx()` on numbers.
pub trait LengthExt {
    /// Virtual pixels.
    fn vp(self) -> Length;
    /// Font pixels.
    fn fp(self) -> Length;
    /// Physical pixels.
    fn px(self) -> Length;
    /// Layout pixels.
    fn lpx(self) -> Length;
}

macro_rules! impl_length_ext {
    ($($t:ty),*) => {$(
        impl LengthExt for $t {
            fn vp(self) -> Length { Length::Vp(self as f32) }
            fn fp(self) -> Length { Length::Fp(self as f32) }
            fn px(self) -> Length { Length::Px(self as f32) }
            fn lpx(self) -> Length { Length::Lpx(self as f32) }
        }
    )*};
}
impl_length_ext!(i32, u32, f32, f64);

/// Padding or margin per edge, ArkUI's `{ top, right, bottom, left }`.
///
/// ```
/// use arkui_core::{Edges, LengthExt, Length};
/// let e: Edges = 8.vp().into();
/// assert_eq!(e.left, Length::Vp(8.0));
/// let e = Edges::symmetric(16.vp(), 4.vp());
/// assert_eq!((e.left, e.top), (Length::Vp(16.0), Length::Vp(4.0)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Edges {
    /// Top edge.
    pub top: Length,
    /// Right edge.
    pub right: Length,
    /// Bottom edge.
    pub bottom: Length,
    /// Left edge.
    pub left: Length,
}

impl Edges {
    /// Zero on every edge.
    pub const ZERO: Edges = Edges {
        top: Length::Vp(0.0),
        right: Length::Vp(0.0),
        bottom: Length::Vp(0.0),
        left: Length::Vp(0.0),
    };

    /// `horizontal` left and right, `vertical` top and bottom.
    pub fn symmetric(horizontal: Length, vertical: Length) -> Edges {
        Edges {
            top: vertical,
            right: horizontal,
            bottom: vertical,
            left: horizontal,
        }
    }

    /// This with the top edge set: ArkTS' `margin({ top: 8 })` is
    /// `.margin(Edges::ZERO.top(8))` (numbers are vp, as in ArkTS).
    ///
    /// ```
    /// use arkui_core::{Edges, Length};
    /// let e = Edges::ZERO.top(8).left(16.5);
    /// assert_eq!((e.top, e.left, e.bottom), (Length::Vp(8.0), Length::Vp(16.5), Length::Vp(0.0)));
    /// ```
    pub fn top(mut self, v: impl Into<Length>) -> Edges {
        self.top = v.into();
        self
    }

    /// This with the right edge set (see [`top`](Self::top)).
    pub fn right(mut self, v: impl Into<Length>) -> Edges {
        self.right = v.into();
        self
    }

    /// This with the bottom edge set (see [`top`](Self::top)).
    pub fn bottom(mut self, v: impl Into<Length>) -> Edges {
        self.bottom = v.into();
        self
    }

    /// This with the left edge set (see [`top`](Self::top)).
    pub fn left(mut self, v: impl Into<Length>) -> Edges {
        self.left = v.into();
        self
    }
}

impl<L: Into<Length>> From<L> for Edges {
    fn from(v: L) -> Edges {
        let v = v.into();
        Edges {
            top: v,
            right: v,
            bottom: v,
            left: v,
        }
    }
}

/// ArkUI's `vp2px`: `vp` in the pixels of the app running code (its profile's density; 1
/// outside any app).
///
/// ```
/// use arkui_core::{App, DeviceProfile, vp2px, px2vp};
/// let app = App::with_view(DeviceProfile::phone(), || arkui_core::NodeId::create("x", arkui_core::NodeKind::Leaf));
/// let d = app.profile().units().density;
/// assert_eq!(vp2px(10.0), 10.0 * d);
/// assert_eq!(px2vp(vp2px(7.0)), 7.0);
/// ```
pub fn vp2px(vp: f32) -> f32 {
    vp * crate::app::context::current().density()
}

/// ArkUI's `px2vp`: pixels of the app running code in vp.
pub fn px2vp(px: f32) -> f32 {
    px / crate::app::context::current().density()
}
