//! `clipShape`: cut a component and its children to a shape.

use arkui_renderer::{CornerRadii, DrawCmd, FillRule, PathData, Rect};

use crate::{Length, Units};

/// The shape `clipShape` cuts a component to (its own background and content too, unlike
/// `clip(true)`, which cuts only the children).
///
/// ```
/// use arkui_core::{ClipShape, Length};
/// let s = ClipShape::Rect { radius: Length::Vp(12.0) };
/// assert_ne!(s, ClipShape::Circle);
/// let heart = ClipShape::Path { commands: "M0 0 L40 0 L20 30 Z".into() };
/// assert!(matches!(heart, ClipShape::Path { .. }));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum ClipShape {
    /// The largest circle centred in the box (`new Circle()` sized to the component).
    Circle,
    /// The ellipse inscribed in the box (`new Ellipse()`).
    Ellipse,
    /// The box with rounded corners (`new Rect({ radius })`).
    Rect {
        /// Corner radius.
        radius: Length,
    },
    /// SVG path data in px from the box's top-left corner (`new Path({ commands })`).
    /// Malformed data cuts nothing and logs why.
    Path {
        /// The path data.
        commands: String,
    },
}

/// A clip shape resolved for drawing: the command that opens it and the box it lies in.
pub(crate) fn command(
    shape: &ClipShape,
    path: Option<&PathData>,
    rect: Rect,
    units: &Units,
) -> Option<(DrawCmd, Rect)> {
    match shape {
        ClipShape::Circle => {
            let d = rect.width.min(rect.height).max(0.0);
            let r = Rect::new(
                rect.x + (rect.width - d) / 2.0,
                rect.y + (rect.height - d) / 2.0,
                d,
                d,
            );
            Some((
                DrawCmd::PushRoundedClip {
                    rect: r,
                    radii: CornerRadii::uniform(d / 2.0),
                },
                r,
            ))
        }
        ClipShape::Rect { radius } => {
            let r = radius.to_px(units).unwrap_or(0.0).max(0.0);
            Some((
                DrawCmd::PushRoundedClip {
                    rect,
                    radii: CornerRadii::uniform(r),
                },
                rect,
            ))
        }
        ClipShape::Ellipse => {
            let (rx, ry) = (rect.width / 2.0, rect.height / 2.0);
            let path = PathData::ellipse(rect.x + rx, rect.y + ry, rx, ry);
            Some((
                DrawCmd::PushPathClip {
                    path,
                    rule: FillRule::NonZero,
                },
                rect,
            ))
        }
        ClipShape::Path { .. } => {
            let moved = path?.translated(rect.x, rect.y);
            let bounds = moved.bounds()?;
            Some((
                DrawCmd::PushPathClip {
                    path: moved,
                    rule: FillRule::NonZero,
                },
                bounds,
            ))
        }
    }
}
