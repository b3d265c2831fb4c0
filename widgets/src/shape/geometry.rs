//! What each shape component outlines, as a path in the node's own pixels.

use arkui_core::draw::{PathData, PathVerb, Point};
use arkui_core::{Length, PaintCtx};

/// The outline of a shape component.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Geometry {
    /// The largest circle centred in the box.
    Circle,
    /// The ellipse inscribed in the box.
    Ellipse,
    /// The box, with elliptical corners `radius_width` × `radius_height`.
    Rect {
        radius_width: Length,
        radius_height: Length,
    },
    /// A segment between two points (vp).
    Line {
        start: (Length, Length),
        end: (Length, Length),
    },
    /// Points joined by segments, open (vp).
    Polyline(Vec<(Length, Length)>),
    /// Points joined by segments, closed (vp).
    Polygon(Vec<(Length, Length)>),
    /// Parsed SVG path data (px, as ArkUI's `commands`); `None` after a parse error.
    Path(Option<PathData>),
}

/// A `w`×`h` rectangle at the origin with elliptical corners `rx`×`ry` (clamped to half
/// the sides, as SVG does), drawn clockwise from the top-left.
pub(crate) fn rounded_rect(w: f32, h: f32, rx: f32, ry: f32) -> PathData {
    let (rx, ry) = (rx.clamp(0.0, w / 2.0), ry.clamp(0.0, h / 2.0));
    if rx <= 0.0 || ry <= 0.0 {
        return PathData::rect(0.0, 0.0, w, h);
    }
    let (kx, ky) = (0.552_284_8 * rx, 0.552_284_8 * ry);
    let p = Point::new;
    PathData::from_verbs(&[
        PathVerb::MoveTo(p(rx, 0.0)),
        PathVerb::LineTo(p(w - rx, 0.0)),
        PathVerb::CubicTo(p(w - rx + kx, 0.0), p(w, ry - ky), p(w, ry)),
        PathVerb::LineTo(p(w, h - ry)),
        PathVerb::CubicTo(p(w, h - ry + ky), p(w - rx + kx, h), p(w - rx, h)),
        PathVerb::LineTo(p(rx, h)),
        PathVerb::CubicTo(p(rx - kx, h), p(0.0, h - ry + ky), p(0.0, h - ry)),
        PathVerb::LineTo(p(0.0, ry)),
        PathVerb::CubicTo(p(0.0, ry - ky), p(rx - kx, 0.0), p(rx, 0.0)),
        PathVerb::Close,
    ])
}

impl Geometry {
    /// The outline for the node `cx` paints, in its pixels, and whether it is open (a line
    /// has no inside to fill).
    pub(crate) fn path(&self, cx: &PaintCtx<'_>) -> (PathData, bool) {
        let (w, h) = cx.size();
        let pt = |(x, y): (Length, Length)| Point::new(cx.length(x, w), cx.length(y, h));
        match self {
            Geometry::Circle => {
                let r = w.min(h).max(0.0) / 2.0;
                (PathData::ellipse(w / 2.0, h / 2.0, r, r), false)
            }
            Geometry::Ellipse => (PathData::ellipse(w / 2.0, h / 2.0, w / 2.0, h / 2.0), false),
            Geometry::Rect {
                radius_width,
                radius_height,
            } => {
                let rx = cx.length(*radius_width, w);
                let ry = cx.length(*radius_height, h);
                (rounded_rect(w, h, rx, ry), false)
            }
            Geometry::Line { start, end } => (PathData::polyline(&[pt(*start), pt(*end)]), true),
            Geometry::Polyline(points) => {
                let pts: Vec<Point> = points.iter().map(|p| pt(*p)).collect();
                (PathData::polyline(&pts), false)
            }
            Geometry::Polygon(points) => {
                let pts: Vec<Point> = points.iter().map(|p| pt(*p)).collect();
                (PathData::polygon(&pts), false)
            }
            Geometry::Path(path) => (path.clone().unwrap_or_default(), false),
        }
    }

    /// The size the shape takes when the app sets none: the extent of its points (ArkUI
    /// sizes Line, Polyline, Polygon and Path by their content); `None` for the boxed
    /// shapes, which are as big as they are told.
    pub(crate) fn content_size(&self) -> Option<(Length, Length)> {
        let extent = |pts: &mut dyn Iterator<Item = (Length, Length)>| {
            let (mut x, mut y) = (0.0f32, 0.0f32);
            for (a, b) in pts {
                x = x.max(a.value());
                y = y.max(b.value());
            }
            (Length::Vp(x), Length::Vp(y))
        };
        match self {
            Geometry::Circle | Geometry::Ellipse | Geometry::Rect { .. } => None,
            Geometry::Line { start, end } => Some(extent(&mut [*start, *end].into_iter())),
            Geometry::Polyline(p) | Geometry::Polygon(p) => Some(extent(&mut p.iter().copied())),
            Geometry::Path(path) => {
                let (mut x, mut y) = (0.0f32, 0.0f32);
                for v in path.as_ref().map(PathData::verbs).unwrap_or_default() {
                    let pts: &[Point] = match &v {
                        PathVerb::MoveTo(a) | PathVerb::LineTo(a) => std::slice::from_ref(a),
                        PathVerb::QuadTo(_, a) | PathVerb::CubicTo(_, _, a) => {
                            std::slice::from_ref(a)
                        }
                        PathVerb::Close => &[],
                    };
                    for p in pts {
                        x = x.max(p.x);
                        y = y.max(p.y);
                    }
                }
                Some((Length::Px(x), Length::Px(y)))
            }
        }
    }
}
