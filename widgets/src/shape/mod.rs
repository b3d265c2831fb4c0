//! ArkUI's shape components (Circle, Ellipse, Rect, Line, Polyline, Polygon, Path) and
//! their container `Shape`: each a leaf that paints its outline with a fill and a stroke,
//! styled by the attributes SVG and ArkUI share (`fill`, `stroke`, `strokeWidth`,
//! `strokeDashArray`...).

mod attributes;
mod components;
mod container;
mod geometry;
mod node;
mod style;

pub use components::{Circle, Ellipse, Line, Path, Polygon, Polyline, Rect};
pub use container::Shape;
pub use style::{LineCapStyle, LineJoinStyle};
