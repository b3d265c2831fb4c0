//! `clipShape`: cut a component and its children to a shape.

use arkui_renderer::{CornerRadii, Rect};

use crate::{Length, Units};

/// The shape `clipShape` cuts a component to (its own background and content too, unlike
/// `clip(true)`, which cuts only the children).
///
/// ```
/// use arkui_core::{ClipShape, Length};
/// let s = ClipShape::Rect { radius: Length::Vp(12.0) };
/// assert_ne!(s, ClipShape::Circle);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ClipShape {
    /// The largest circle centred in the box (`new Circle()` sized to the component).
    Circle,
    /// The box with rounded corners (`new Rect({ radius })`).
    Rect {
        /// Corner radius.
        radius: Length,
    },
}

impl ClipShape {
    /// The rounded rectangle the shape is for a box at `rect`.
    pub(crate) fn resolve(&self, rect: Rect, units: &Units) -> (Rect, CornerRadii) {
        match *self {
            ClipShape::Circle => {
                let d = rect.width.min(rect.height).max(0.0);
                let r = Rect::new(
                    rect.x + (rect.width - d) / 2.0,
                    rect.y + (rect.height - d) / 2.0,
                    d,
                    d,
                );
                (r, CornerRadii::uniform(d / 2.0))
            }
            ClipShape::Rect { radius } => {
                let r = radius.to_px(units).unwrap_or(0.0).max(0.0);
                (rect, CornerRadii::uniform(r))
            }
        }
    }
}
