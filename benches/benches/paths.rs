//! Vector raster benches: path fills, strokes, gradients, layer shadows and a 1,000-segment
//! chart at 800x480 RGBA8888 (`arkui_benches::path_scenes`), drawn by arkui's software
//! renderer and, where it can draw the same, by tiny-skia 0.11 (sweep gradients and layer
//! shadows it has no primitive for). Full frames.
//!
//! `cargo bench -p arkui-benches --bench paths` (figures in benches/README.md, "Paths").

use std::hint::black_box;
use std::time::Duration;

use arkui_benches::path_scenes::{self, H, Shape, W};
use arkui_renderer::software::{PixelFormat, RenderTarget, SoftwareRenderer};
use arkui_renderer::text::{FontContext, FontSource};
use arkui_renderer::{Brush, FillRule, GradientKind, IRect, LineCap, LineJoin, PathData, PathVerb};
use criterion::{Criterion, criterion_group, criterion_main};
use tiny_skia as sk;

fn sk_path(p: &PathData) -> Option<sk::Path> {
    let mut b = sk::PathBuilder::new();
    for v in p.verbs() {
        match v {
            PathVerb::MoveTo(a) => b.move_to(a.x, a.y),
            PathVerb::LineTo(a) => b.line_to(a.x, a.y),
            PathVerb::QuadTo(c, a) => b.quad_to(c.x, c.y, a.x, a.y),
            PathVerb::CubicTo(c1, c2, a) => b.cubic_to(c1.x, c1.y, c2.x, c2.y, a.x, a.y),
            PathVerb::Close => b.close(),
        }
    }
    b.finish()
}

fn sk_paint(brush: &Brush) -> Option<sk::Paint<'static>> {
    let mut paint = sk::Paint {
        anti_alias: true,
        ..sk::Paint::default()
    };
    let c = |c: arkui_renderer::Color| sk::Color::from_rgba8(c.r, c.g, c.b, c.a);
    match brush {
        Brush::Solid(col) => paint.set_color(c(*col)),
        Brush::Gradient(g) => {
            let stops: Vec<sk::GradientStop> = g
                .stops
                .iter()
                .map(|s| sk::GradientStop::new(s.offset, c(s.color)))
                .collect();
            paint.shader = match g.kind {
                GradientKind::Linear { start, end } => sk::LinearGradient::new(
                    sk::Point::from_xy(start.x, start.y),
                    sk::Point::from_xy(end.x, end.y),
                    stops,
                    sk::SpreadMode::Pad,
                    sk::Transform::identity(),
                )?,
                GradientKind::Radial { center, radius } => sk::RadialGradient::new(
                    sk::Point::from_xy(center.x, center.y),
                    sk::Point::from_xy(center.x, center.y),
                    radius,
                    stops,
                    sk::SpreadMode::Pad,
                    sk::Transform::identity(),
                )?,
                GradientKind::Sweep { .. } | GradientKind::TwoCircle { .. } => return None,
            };
        }
    }
    Some(paint)
}

/// Draw `shapes` with tiny-skia on a white pixmap.
fn tiny_skia_frame(
    pm: &mut sk::Pixmap,
    shapes: &[(sk::Path, Option<sk::Stroke>, FillRule, sk::Paint<'static>)],
) {
    pm.fill(sk::Color::WHITE);
    for (path, stroke, rule, paint) in shapes {
        match stroke {
            Some(s) => pm.stroke_path(path, paint, s, sk::Transform::identity(), None),
            None => {
                let rule = match rule {
                    FillRule::NonZero => sk::FillRule::Winding,
                    FillRule::EvenOdd => sk::FillRule::EvenOdd,
                };
                pm.fill_path(path, paint, rule, sk::Transform::identity(), None);
            }
        }
    }
}

fn paths(c: &mut Criterion) {
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let mut g = c.benchmark_group("paths_800x480");
    g.sample_size(30).measurement_time(Duration::from_secs(3));
    let mut renderer = SoftwareRenderer::new();
    let mut pixels = vec![0u8; (W * H * 4) as usize];
    for scene in path_scenes::all() {
        g.bench_function(format!("{}/arkui", scene.name), |b| {
            b.iter(|| {
                let mut target =
                    RenderTarget::new(&mut pixels, W, H, (W * 4) as usize, PixelFormat::Rgba8888)
                        .expect("target");
                renderer.render(
                    black_box(&scene.list),
                    &mut target,
                    &mut fonts,
                    IRect::from_size(W, H),
                );
            })
        });
        let Some(shapes) = &scene.shapes else {
            continue;
        };
        let prepared: Vec<_> = shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Fill(p, rule, brush) => Some((sk_path(p)?, None, *rule, sk_paint(brush)?)),
                Shape::Stroke(p, st, brush) => {
                    let stroke = sk::Stroke {
                        width: st.width,
                        miter_limit: st.miter_limit,
                        line_cap: match st.cap {
                            LineCap::Butt => sk::LineCap::Butt,
                            LineCap::Round => sk::LineCap::Round,
                            LineCap::Square => sk::LineCap::Square,
                        },
                        line_join: match st.join {
                            LineJoin::Miter => sk::LineJoin::Miter,
                            LineJoin::Round => sk::LineJoin::Round,
                            LineJoin::Bevel => sk::LineJoin::Bevel,
                        },
                        dash: None,
                    };
                    Some((
                        sk_path(p)?,
                        Some(stroke),
                        FillRule::NonZero,
                        sk_paint(brush)?,
                    ))
                }
            })
            .collect();
        let mut pm = sk::Pixmap::new(W, H).expect("pixmap");
        g.bench_function(format!("{}/tiny-skia", scene.name), |b| {
            b.iter(|| tiny_skia_frame(black_box(&mut pm), &prepared))
        });
    }
    g.finish();
}

criterion_group!(benches, paths);
criterion_main!(benches);
