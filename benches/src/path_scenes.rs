//! Vector scenes for the raster benches (`benches/paths.rs`, and `benches/wgpu.rs`): path
//! fills, strokes, gradients, layer shadows and a 1,000-segment chart at 800x480, generated
//! from [`crate::SEED`], each also described as plain shapes so tiny-skia can draw the same.
//!
//! ```
//! let scenes = arkui_benches::path_scenes::all();
//! assert_eq!(scenes.len(), 5);
//! assert!(scenes.iter().all(|s| !s.list.commands.is_empty()));
//! ```

use arkui_renderer::{
    Brush, Color, CompositeMode, DisplayList, DrawCmd, FillRule, Gradient, GradientKind,
    GradientStop, LayerShadow, LineJoin, PathData, PathVerb, Point, Spread, StrokeStyle,
};

use crate::rng::Rng;

/// A uniform float in 0..1.
fn unit(rng: &mut Rng) -> f32 {
    (rng.next_u64() >> 40) as f32 / (1u64 << 24) as f32
}

/// Scene width.
pub const W: u32 = 800;
/// Scene height.
pub const H: u32 = 480;

/// One shape as tiny-skia can draw it too.
#[derive(Clone, Debug)]
pub enum Shape {
    /// A filled path.
    Fill(PathData, FillRule, Brush),
    /// A stroked path.
    Stroke(PathData, StrokeStyle, Brush),
}

/// A bench scene: its display list and the same shapes for a reference renderer (`None`
/// when the reference cannot draw it: sweep gradients, shadows).
pub struct Scene {
    /// Name in the bench report.
    pub name: &'static str,
    /// What arkui draws.
    pub list: DisplayList,
    /// What tiny-skia draws, when it can.
    pub shapes: Option<Vec<Shape>>,
}

fn star(rng: &mut Rng, cx: f32, cy: f32, r: f32) -> PathData {
    let n = 5 + (rng.next_u64() % 4) as usize;
    let pts: Vec<Point> = (0..n * 2)
        .map(|i| {
            let a = i as f32 * std::f32::consts::PI / n as f32;
            let d = if i % 2 == 0 { r } else { r * 0.45 };
            Point::new(cx + d * a.cos(), cy + d * a.sin())
        })
        .collect();
    PathData::polygon(&pts)
}

fn curve(rng: &mut Rng) -> PathData {
    let mut p = |s: f32| Point::new(unit(rng) * W as f32, unit(rng) * s);
    let (a, b, c, d) = (p(H as f32), p(H as f32), p(H as f32), p(H as f32));
    PathData::from_verbs(&[
        PathVerb::MoveTo(a),
        PathVerb::CubicTo(b, c, d),
        PathVerb::QuadTo(a, b),
    ])
}

fn color(rng: &mut Rng, alpha: u8) -> Color {
    let v = rng.next_u64();
    Color::rgba(v as u8, (v >> 8) as u8, (v >> 16) as u8, alpha)
}

fn list_of(shapes: &[Shape]) -> DisplayList {
    let mut list = DisplayList::new();
    list.push(DrawCmd::Rect {
        rect: arkui_renderer::Rect::new(0.0, 0.0, W as f32, H as f32),
        color: Color::WHITE,
    });
    for s in shapes {
        list.push(match s.clone() {
            Shape::Fill(path, rule, brush) => DrawCmd::FillPath { path, rule, brush },
            Shape::Stroke(path, stroke, brush) => DrawCmd::StrokePath {
                path,
                stroke,
                brush,
            },
        });
    }
    list
}

/// Every scene.
pub fn all() -> Vec<Scene> {
    let mut rng = Rng::new(crate::SEED);
    let rng = &mut rng;
    // 60 stars, translucent, nonzero.
    let fills: Vec<Shape> = (0..60)
        .map(|_| {
            let (x, y, r) = (
                unit(rng) * 800.0,
                unit(rng) * 480.0,
                20.0 + unit(rng) * 60.0,
            );
            Shape::Fill(
                star(rng, x, y, r),
                FillRule::NonZero,
                color(rng, 180).into(),
            )
        })
        .collect();
    // 40 cubic curves stroked 4 px with round joins.
    let strokes: Vec<Shape> = (0..40)
        .map(|_| {
            let p = curve(rng);
            let s = StrokeStyle::new(4.0).with_join(LineJoin::Round);
            Shape::Stroke(p, s, color(rng, 255).into())
        })
        .collect();
    // 24 rounded cards with linear and radial gradients.
    let gradients: Vec<Shape> = (0..24)
        .map(|i| {
            let (x, y) = ((i % 6) as f32 * 130.0 + 10.0, (i / 6) as f32 * 118.0 + 10.0);
            let rect = PathData::rect(x, y, 120.0, 108.0);
            let stops = vec![
                GradientStop::new(0.0, color(rng, 255)),
                GradientStop::new(1.0, color(rng, 255)),
            ];
            let kind = if i % 2 == 0 {
                GradientKind::Linear {
                    start: Point::new(x, y),
                    end: Point::new(x + 120.0, y + 108.0),
                }
            } else {
                GradientKind::Radial {
                    center: Point::new(x + 60.0, y + 54.0),
                    radius: 70.0,
                }
            };
            let g = Gradient {
                kind,
                stops,
                spread: Spread::Pad,
            };
            Shape::Fill(rect, FillRule::NonZero, g.into())
        })
        .collect();
    // A 1,000-segment line chart over a filled area.
    let pts: Vec<Point> = (0..=1000)
        .map(|i| {
            let x = i as f32 * 0.78 + 10.0;
            let y = 240.0 + 150.0 * ((i as f32) * 0.05).sin() * (0.5 + unit(rng) * 0.5);
            Point::new(x, y)
        })
        .collect();
    let mut area = pts.clone();
    area.push(Point::new(790.0, 470.0));
    area.push(Point::new(10.0, 470.0));
    let chart = vec![
        Shape::Fill(
            PathData::polygon(&area),
            FillRule::NonZero,
            Color::rgba(30, 136, 229, 80).into(),
        ),
        Shape::Stroke(
            PathData::polyline(&pts),
            StrokeStyle::new(2.0).with_join(LineJoin::Round),
            Color::rgb(30, 136, 229).into(),
        ),
    ];
    // 12 shapes each casting a blurred layer shadow (a canvas' shadowBlur 12).
    let mut shadows = list_of(&[]);
    for i in 0..12 {
        let (x, y) = ((i % 4) as f32 * 190.0 + 60.0, (i / 4) as f32 * 150.0 + 70.0);
        // Bounded as a canvas bounds it: the shape grown by the shadow's reach.
        shadows.push(DrawCmd::PushCompositeLayer {
            mode: CompositeMode::SourceOver,
            shadow: Some(LayerShadow {
                color: Color::rgba(0, 0, 0, 128),
                blur: 12.0,
                offset: Point::new(4.0, 6.0),
            }),
            bounds: Some(arkui_renderer::Rect::new(x - 80.0, y - 80.0, 166.0, 168.0)),
            blur: 0.0,
        });
        shadows.push(DrawCmd::FillPath {
            path: star(rng, x, y, 50.0),
            rule: FillRule::NonZero,
            brush: color(rng, 255).into(),
        });
        shadows.push(DrawCmd::PopLayer);
    }
    vec![
        Scene {
            name: "fill_60_stars",
            list: list_of(&fills),
            shapes: Some(fills),
        },
        Scene {
            name: "stroke_40_curves",
            list: list_of(&strokes),
            shapes: Some(strokes),
        },
        Scene {
            name: "gradients_24",
            list: list_of(&gradients),
            shapes: Some(gradients),
        },
        Scene {
            name: "chart_1000_segments",
            list: list_of(&chart),
            shapes: Some(chart),
        },
        Scene {
            name: "layer_shadows_12",
            list: shadows,
            shapes: None,
        },
    ]
}
