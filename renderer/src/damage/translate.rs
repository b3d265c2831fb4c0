//! [`DrawCmd::translated`]: a command moved by a vector, as a scroll moves what it shows.

use lyon_path::geom::Translation;

use crate::{Brush, DrawCmd, Gradient, GradientKind, PathData, Point, Rect};

fn rect(r: &Rect, dx: f32, dy: f32) -> Rect {
    Rect::new(r.x + dx, r.y + dy, r.width, r.height)
}

fn point(p: &Point, dx: f32, dy: f32) -> Point {
    Point::new(p.x + dx, p.y + dy)
}

fn gradient(g: &Gradient, dx: f32, dy: f32) -> Gradient {
    let kind = match g.kind {
        GradientKind::Linear { start, end } => GradientKind::Linear {
            start: point(&start, dx, dy),
            end: point(&end, dx, dy),
        },
        GradientKind::Radial { center, radius } => GradientKind::Radial {
            center: point(&center, dx, dy),
            radius,
        },
        GradientKind::TwoCircle {
            start,
            start_radius,
            end,
            end_radius,
        } => GradientKind::TwoCircle {
            start: point(&start, dx, dy),
            start_radius,
            end: point(&end, dx, dy),
            end_radius,
        },
        GradientKind::Sweep {
            center,
            start_angle,
            end_angle,
        } => GradientKind::Sweep {
            center: point(&center, dx, dy),
            start_angle,
            end_angle,
        },
    };
    Gradient {
        kind,
        stops: g.stops.clone(),
        spread: g.spread,
    }
}

fn brush(b: &Brush, dx: f32, dy: f32) -> Brush {
    match b {
        Brush::Solid(c) => Brush::Solid(*c),
        Brush::Gradient(g) => Brush::Gradient(gradient(g, dx, dy)),
    }
}

fn path(p: &PathData, dx: f32, dy: f32) -> PathData {
    PathData(p.0.clone().transformed(&Translation::new(dx, dy)))
}

impl DrawCmd {
    /// This command moved by `(dx, dy)` device pixels. A transform is moved as a whole
    /// (`transform` then the translation), so what it contains stays as it is.
    ///
    /// ```
    /// use arkui_renderer::{Color, DrawCmd, Rect};
    /// let r = DrawCmd::Rect { rect: Rect::new(1.0, 2.0, 3.0, 4.0), color: Color::RED };
    /// assert_eq!(
    ///     r.translated(10.0, -2.0),
    ///     DrawCmd::Rect { rect: Rect::new(11.0, 0.0, 3.0, 4.0), color: Color::RED }
    /// );
    /// ```
    pub fn translated(&self, dx: f32, dy: f32) -> DrawCmd {
        match self {
            DrawCmd::Rect { rect: r, color } => DrawCmd::Rect {
                rect: rect(r, dx, dy),
                color: *color,
            },
            DrawCmd::RoundedRect {
                rect: r,
                radii,
                color,
            } => DrawCmd::RoundedRect {
                rect: rect(r, dx, dy),
                radii: *radii,
                color: *color,
            },
            DrawCmd::Border {
                rect: r,
                radii,
                widths,
                color,
            } => DrawCmd::Border {
                rect: rect(r, dx, dy),
                radii: *radii,
                widths: *widths,
                color: *color,
            },
            DrawCmd::Glyphs(run) => {
                let mut run = run.clone();
                run.bounds = rect(&run.bounds, dx, dy);
                for g in &mut run.glyphs {
                    g.x += dx;
                    g.y += dy;
                }
                DrawCmd::Glyphs(run)
            }
            DrawCmd::PushClip { rect: r } => DrawCmd::PushClip {
                rect: rect(r, dx, dy),
            },
            DrawCmd::PushRoundedClip { rect: r, radii } => DrawCmd::PushRoundedClip {
                rect: rect(r, dx, dy),
                radii: *radii,
            },
            DrawCmd::PushPathClip { path, rule } => DrawCmd::PushPathClip {
                path: path.translated(dx, dy),
                rule: *rule,
            },
            DrawCmd::GradientRect {
                rect: r,
                radii,
                gradient: g,
            } => DrawCmd::GradientRect {
                rect: rect(r, dx, dy),
                radii: *radii,
                gradient: gradient(g, dx, dy),
            },
            DrawCmd::StyledBorder {
                rect: r,
                radii,
                widths,
                sides,
            } => DrawCmd::StyledBorder {
                rect: rect(r, dx, dy),
                radii: *radii,
                widths: *widths,
                sides: *sides,
            },
            DrawCmd::BoxShadow {
                rect: r,
                radii,
                color,
                blur,
                spread,
                offset,
            } => DrawCmd::BoxShadow {
                rect: rect(r, dx, dy),
                radii: *radii,
                color: *color,
                blur: *blur,
                spread: *spread,
                offset: *offset,
            },
            DrawCmd::Image {
                rect: r,
                image,
                fit,
                filter,
                opacity,
                tint,
            } => DrawCmd::Image {
                rect: rect(r, dx, dy),
                image: *image,
                fit: *fit,
                filter: *filter,
                opacity: *opacity,
                tint: *tint,
            },
            DrawCmd::BackdropBlur {
                rect: r,
                radii,
                blur,
            } => DrawCmd::BackdropBlur {
                rect: rect(r, dx, dy),
                radii: *radii,
                blur: *blur,
            },
            DrawCmd::ImagePattern {
                rect: r,
                image,
                tile,
                repeat,
                filter,
                opacity,
            } => DrawCmd::ImagePattern {
                rect: rect(r, dx, dy),
                image: *image,
                tile: rect(tile, dx, dy),
                repeat: *repeat,
                filter: *filter,
                opacity: *opacity,
            },
            DrawCmd::FillPath {
                path: p,
                rule,
                brush: b,
            } => DrawCmd::FillPath {
                path: path(p, dx, dy),
                rule: *rule,
                brush: brush(b, dx, dy),
            },
            DrawCmd::StrokePath {
                path: p,
                stroke,
                brush: b,
            } => DrawCmd::StrokePath {
                path: path(p, dx, dy),
                stroke: stroke.clone(),
                brush: brush(b, dx, dy),
            },
            DrawCmd::PushLayer { opacity, bounds } => DrawCmd::PushLayer {
                opacity: *opacity,
                bounds: bounds.map(|b| rect(&b, dx, dy)),
            },
            DrawCmd::PushCompositeLayer {
                mode,
                shadow,
                bounds,
                blur,
            } => DrawCmd::PushCompositeLayer {
                mode: *mode,
                shadow: *shadow,
                bounds: bounds.map(|b| rect(&b, dx, dy)),
                blur: *blur,
            },
            DrawCmd::PushTransform { transform } => DrawCmd::PushTransform {
                transform: transform.then(&crate::Transform::translate(dx, dy)),
            },
            DrawCmd::PopClip => DrawCmd::PopClip,
            DrawCmd::PopLayer => DrawCmd::PopLayer,
            DrawCmd::PopTransform => DrawCmd::PopTransform,
            DrawCmd::PushAntiAlias { on } => DrawCmd::PushAntiAlias { on: *on },
            DrawCmd::PopAntiAlias => DrawCmd::PopAntiAlias,
        }
    }
}
