//! Per-side border colours and styles (`borderColor(EdgeColors)`, `borderStyle`), and
//! `outline`.

use arkui_renderer::{BorderSide, BorderSides, Color};

pub use arkui_renderer::BorderStyle;

use crate::Length;

/// A value per side, as ArkUI's `EdgeColors`/`EdgeStyles` (`left`, `top`, `right`, `bottom`).
///
/// ```
/// use arkui_core::{BorderStyle, Color, EdgeColors, EdgeStyles};
/// let c: EdgeColors = Color::RED.into();
/// assert_eq!(c.left, Color::RED);
/// let s = EdgeStyles { top: BorderStyle::Dashed, ..BorderStyle::Solid.into() };
/// assert_eq!((s.top, s.bottom), (BorderStyle::Dashed, BorderStyle::Solid));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Edge<T> {
    /// Left side.
    pub left: T,
    /// Top side.
    pub top: T,
    /// Right side.
    pub right: T,
    /// Bottom side.
    pub bottom: T,
}

impl<T: Copy> Edge<T> {
    /// The same value on every side.
    pub const fn all(v: T) -> Edge<T> {
        Edge {
            left: v,
            top: v,
            right: v,
            bottom: v,
        }
    }
}

/// Border colour per side.
pub type EdgeColors = Edge<Color>;
/// Border style per side.
pub type EdgeStyles = Edge<BorderStyle>;

impl From<Color> for EdgeColors {
    fn from(c: Color) -> EdgeColors {
        Edge::all(c)
    }
}

impl From<BorderStyle> for EdgeStyles {
    fn from(s: BorderStyle) -> EdgeStyles {
        Edge::all(s)
    }
}

/// The renderer's sides from colours and styles.
pub(crate) fn sides(colors: EdgeColors, styles: EdgeStyles, opacity: f32) -> BorderSides {
    let side = |color: Color, style| BorderSide {
        color: color.with_opacity(opacity),
        style,
    };
    BorderSides {
        left: side(colors.left, styles.left),
        top: side(colors.top, styles.top),
        right: side(colors.right, styles.right),
        bottom: side(colors.bottom, styles.bottom),
    }
}

/// `outline({ width, color, radius, style })`: a line drawn just outside the component's
/// box, which takes no layout space (unlike a border).
///
/// ```
/// use arkui_core::{BorderStyle, Color, Length, OutlineOptions};
/// let o = OutlineOptions::new(2.0, Color::BLUE).radius(8.0).style(BorderStyle::Dashed);
/// assert_eq!(o.width.left, Length::Vp(2.0));
/// assert_eq!(o.radius, Length::Vp(8.0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OutlineOptions {
    /// Width per side.
    pub width: Edge<Length>,
    /// Colour per side.
    pub color: EdgeColors,
    /// Corner radius of the box the outline hugs (ArkUI's default 0): the outline's outer
    /// corners are rounder by its width, as CSS draws an outline around a rounded box.
    pub radius: Length,
    /// Style per side.
    pub style: EdgeStyles,
}

impl OutlineOptions {
    /// A solid outline `width` wide (vp) in `color`, square-cornered.
    pub fn new(width: impl Into<Length>, color: Color) -> OutlineOptions {
        OutlineOptions {
            width: Edge::all(width.into()),
            color: color.into(),
            radius: Length::Vp(0.0),
            style: BorderStyle::Solid.into(),
        }
    }

    /// The same outline with rounded corners.
    pub fn radius(mut self, r: impl Into<Length>) -> OutlineOptions {
        self.radius = r.into();
        self
    }

    /// The same outline in another style.
    pub fn style(mut self, style: impl Into<EdgeStyles>) -> OutlineOptions {
        self.style = style.into();
        self
    }

    /// The same outline with colours per side.
    pub fn colors(mut self, colors: impl Into<EdgeColors>) -> OutlineOptions {
        self.color = colors.into();
        self
    }
}
