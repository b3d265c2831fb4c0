//! Drawing one command into a surface: shapes resolved to device space (axis-aligned fast
//! paths or polygons), brushes to shaders, everything through a [`Painter`].

use super::border::{BorderGeometry, draw_border};
use super::clip::ClipStack;
use super::coverage::RoundedBox;
use super::flatten::Polylines;
use super::format::Format;
use super::glyphs::glyphs;
use super::scanline::Rasterizer;
use super::shader::{GradientShader, ImageShader, Shader};
use super::shadow::{ShadowScratch, box_shadow};
use super::shape::{Shape, emit, rounded_polygon, rounded_shape};
use super::stroke::stroke;
use super::surface::{Painter, Surface};
use crate::images::{ImageCache, ImageState};
use crate::text::FontContext;
use crate::{
    BorderSides, BorderStyle, Brush, Color, CornerRadii, DrawCmd, FillRule, IRect, ImageFit, Point,
    PremulColor, Rect, StrokeStyle, Transform,
};

/// Flattening tolerance in device pixels: curves stay within 1/100 px of the true outline.
pub(crate) const TOLERANCE: f32 = 0.01;

/// What a placeholder for a missing or broken image looks like.
const PLACEHOLDER: Color = Color::rgb(0xE0, 0xE0, 0xE0);

/// Buffers reused by every draw call.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    pub(crate) cov: Vec<u8>,
    pub(crate) colors: Vec<PremulColor>,
    pub(crate) raster: Rasterizer,
    pub(crate) lines: Polylines,
    pub(crate) outline: Polylines,
    pub(crate) poly: Vec<Point>,
    pub(crate) shadow: ShadowScratch,
}

/// The state a command draws with.
pub(crate) struct Ctx<'a> {
    pub(crate) clips: &'a ClipStack,
    pub(crate) transform: Transform,
    pub(crate) scratch: &'a mut Scratch,
    pub(crate) fonts: &'a mut FontContext,
    pub(crate) images: &'a ImageCache,
    /// Edges are hard (`DrawCmd::PushAntiAlias { on: false }`).
    pub(crate) aliased: bool,
}

pub(crate) fn paint_shape<F: Format>(
    s: &mut Surface<'_, F>,
    ctx: &mut Ctx<'_>,
    shape: &Shape,
    shader: &Shader<'_>,
) {
    let Scratch {
        cov,
        colors,
        raster,
        ..
    } = &mut *ctx.scratch;
    let mut painter = Painter {
        surface: s,
        shader,
        clip_mask: ctx.clips.mask(),
        colors,
    };
    if ctx.aliased {
        let mut hard = Hard {
            sink: &mut painter,
            row: Vec::new(),
        };
        emit(shape, ctx.clips.bounds(), raster, cov, &mut hard);
        return;
    }
    emit(shape, ctx.clips.bounds(), raster, cov, &mut painter);
}

/// A sink drawing hard edges: a pixel at least half covered is painted fully, others not.
struct Hard<'s> {
    sink: &'s mut dyn super::surface::Sink,
    row: Vec<u8>,
}

impl super::surface::Sink for Hard<'_> {
    fn span(&mut self, y: i32, x0: i32, x1: i32, cov: u8) {
        if cov >= 128 {
            self.sink.span(y, x0, x1, 255);
        }
    }

    fn mask(&mut self, y: i32, x0: i32, cov: &[u8]) {
        self.row.clear();
        self.row
            .extend(cov.iter().map(|c| if *c >= 128 { 255 } else { 0 }));
        self.sink.mask(y, x0, &self.row);
    }
}

fn brush_shader(brush: &Brush, t: &Transform) -> Option<Shader<'static>> {
    match brush {
        Brush::Solid(c) if c.a > 0 => Some(Shader::Solid(c.premultiplied())),
        Brush::Solid(_) => None,
        Brush::Gradient(g) => GradientShader::new(g, t).map(Shader::Gradient),
    }
}

/// Draw one drawing command (not a state command) into `s`.
pub(crate) fn draw<F: Format>(s: &mut Surface<'_, F>, cmd: &DrawCmd, ctx: &mut Ctx<'_>) {
    let t = ctx.transform;
    match cmd {
        DrawCmd::Rect { rect, color } => {
            fill_rounded(s, ctx, *rect, CornerRadii::default(), &Brush::Solid(*color))
        }
        DrawCmd::RoundedRect { rect, radii, color } => {
            fill_rounded(s, ctx, *rect, *radii, &Brush::Solid(*color))
        }
        DrawCmd::GradientRect {
            rect,
            radii,
            gradient,
        } => fill_rounded(s, ctx, *rect, *radii, &Brush::Gradient(gradient.clone())),
        DrawCmd::Border {
            rect,
            radii,
            widths,
            color,
        } => border(
            s,
            ctx,
            *rect,
            *radii,
            *widths,
            &BorderSides::uniform(*color, BorderStyle::Solid),
        ),
        DrawCmd::StyledBorder {
            rect,
            radii,
            widths,
            sides,
        } => border(s, ctx, *rect, *radii, *widths, sides),
        DrawCmd::Glyphs(run) => glyphs(s, ctx, run),
        DrawCmd::BoxShadow {
            rect,
            radii,
            color,
            blur,
            spread,
            offset,
        } => {
            if color.a == 0 {
                return;
            }
            // Shadows are resolved in device space; a rotation keeps the caster's bounding box.
            let scale = if t.is_axis_aligned() {
                t.xx.min(t.yy)
            } else {
                t.max_scale()
            };
            let dev = t.map_rect_bounds(*rect);
            let sp = spread * scale;
            let off = Point::new(offset.x * scale, offset.y * scale);
            let shape = Rect::new(
                dev.x + off.x - sp,
                dev.y + off.y - sp,
                dev.width + 2.0 * sp,
                dev.height + 2.0 * sp,
            );
            let grow = |r: f32| {
                if r > 0.0 {
                    (r * scale + sp).max(0.0)
                } else {
                    0.0
                }
            };
            let sradii = CornerRadii {
                top_left: grow(radii.top_left),
                top_right: grow(radii.top_right),
                bottom_right: grow(radii.bottom_right),
                bottom_left: grow(radii.bottom_left),
            };
            let dradii = CornerRadii {
                top_left: radii.top_left * scale,
                top_right: radii.top_right * scale,
                bottom_right: radii.bottom_right * scale,
                bottom_left: radii.bottom_left * scale,
            };
            let caster = RoundedBox::new(dev, dradii);
            let shader = Shader::Solid(color.premultiplied());
            let Scratch { colors, shadow, .. } = &mut *ctx.scratch;
            let mut painter = Painter {
                surface: s,
                shader: &shader,
                clip_mask: ctx.clips.mask(),
                colors,
            };
            box_shadow(
                shape,
                sradii,
                blur * scale * 0.5,
                caster.as_ref(),
                ctx.clips.bounds(),
                &mut painter,
                shadow,
            );
        }
        DrawCmd::Image {
            rect,
            image,
            fit,
            filter,
            opacity,
            tint,
        } => {
            let Some(alpha) = crate::display_list::image_alpha(*opacity) else {
                return;
            };
            let o = f32::from(alpha) / 255.0;
            match ctx.images.get(*image) {
                ImageState::Ready(img) => {
                    let (iw, ih) = (img.width() as f32, img.height() as f32);
                    let Some(dest) = fit_rect(*rect, iw, ih, *fit) else {
                        return;
                    };
                    let visible = intersect(dest, *rect);
                    let laid = (
                        dest,
                        (
                            crate::display_list::Edge::Clamp,
                            crate::display_list::Edge::Clamp,
                        ),
                    );
                    let tint = tint.map(|c| c.premultiplied());
                    draw_image(s, ctx, img, visible, laid, (*filter, alpha, tint));
                }
                ImageState::Pending => {}
                ImageState::Failed(_) | ImageState::Missing => fill_rounded(
                    s,
                    ctx,
                    *rect,
                    CornerRadii::default(),
                    &Brush::Solid(PLACEHOLDER.with_opacity(o)),
                ),
            }
        }
        DrawCmd::BackdropBlur { rect, radii, blur } => backdrop_blur(s, ctx, *rect, *radii, *blur),
        DrawCmd::ImagePattern {
            rect,
            image,
            tile,
            repeat,
            filter,
            opacity,
        } => {
            let Some(alpha) = crate::display_list::image_alpha(*opacity) else {
                return;
            };
            let Some(visible) = repeat.cover(*rect, *tile) else {
                return;
            };
            match ctx.images.get(*image) {
                ImageState::Ready(img) if img.width() > 0 && img.height() > 0 => {
                    let laid = (*tile, repeat.edges());
                    draw_image(s, ctx, img, visible, laid, (*filter, alpha, None));
                }
                ImageState::Pending => {}
                _ => fill_rounded(
                    s,
                    ctx,
                    visible,
                    CornerRadii::default(),
                    &Brush::Solid(PLACEHOLDER.with_opacity(f32::from(alpha) / 255.0)),
                ),
            }
        }
        DrawCmd::FillPath { path, rule, brush } => {
            let Some(shader) = brush_shader(brush, &t) else {
                return;
            };
            let sc = &mut *ctx.scratch;
            sc.lines.clear();
            sc.lines
                .flatten(path, TOLERANCE / t.max_scale().max(1e-3), &t);
            sc.raster.clear();
            for (pts, _) in sc.lines.iter() {
                sc.raster.polygon(pts);
            }
            paint_shape(s, ctx, &Shape::Polygons(*rule), &shader);
        }
        DrawCmd::StrokePath {
            path,
            stroke: style,
            brush,
        } => {
            // A dash pattern repeating within a device pixel is drawn as a solid line at the
            // pattern's duty cycle: the eye sees the same, and thousands of sub-pixel dashes
            // would cost seconds (found by fuzzing).
            let doubled = style.dashes.len() % 2 == 1;
            let pattern = style
                .dashes
                .iter()
                .chain(
                    style
                        .dashes
                        .iter()
                        .take(if doubled { style.dashes.len() } else { 0 }),
                );
            let period: f32 = pattern.clone().map(|d| d.abs()).sum();
            let on: f32 = pattern.step_by(2).map(|d| d.abs()).sum();
            let sub_pixel =
                !style.dashes.is_empty() && period > 0.0 && period * t.max_scale() < 1.0;
            let solid_style;
            let (style, brush) = if sub_pixel {
                solid_style = StrokeStyle {
                    dashes: Vec::new(),
                    ..style.clone()
                };
                let faded = match brush {
                    Brush::Solid(c) => Brush::Solid(c.with_opacity(on / period)),
                    other => other.clone(),
                };
                (&solid_style, std::borrow::Cow::Owned(faded))
            } else {
                (style, std::borrow::Cow::Borrowed(brush))
            };
            let Some(shader) = brush_shader(&brush, &t) else {
                return;
            };
            let tol = TOLERANCE / t.max_scale().max(1e-3);
            let sc = &mut *ctx.scratch;
            sc.lines.clear();
            sc.lines.flatten(path, tol, &Transform::IDENTITY);
            sc.outline.clear();
            stroke(&sc.lines, style, tol, &mut sc.outline);
            sc.raster.clear();
            for (pts, _) in sc.outline.iter() {
                sc.poly.clear();
                sc.poly.extend(pts.iter().map(|p| t.apply(*p)));
                sc.raster.polygon(&sc.poly);
            }
            paint_shape(s, ctx, &Shape::StrokeOutline, &shader);
        }
        DrawCmd::PushClip { .. }
        | DrawCmd::PopClip
        | DrawCmd::PushRoundedClip { .. }
        | DrawCmd::PushPathClip { .. }
        | DrawCmd::PushLayer { .. }
        | DrawCmd::PushCompositeLayer { .. }
        | DrawCmd::PopLayer
        | DrawCmd::PushTransform { .. }
        | DrawCmd::PopTransform
        | DrawCmd::PushAntiAlias { .. }
        | DrawCmd::PopAntiAlias => {}
    }
}

fn intersect(a: Rect, b: Rect) -> Rect {
    let (x0, y0) = (a.x.max(b.x), a.y.max(b.y));
    let (x1, y1) = (a.right().min(b.right()), a.bottom().min(b.bottom()));
    Rect::new(x0, y0, (x1 - x0).max(0.0), (y1 - y0).max(0.0))
}

/// Where an `iw` x `ih` image lands inside `rect` under `fit` (before clipping to `rect`).
/// Blur the pixels under a rounded rectangle in place: read them (with three sigmas
/// around, as far as the target has them), blur, and paint the result back through the
/// shape's coverage.
fn backdrop_blur<F: Format>(
    s: &mut Surface<'_, F>,
    ctx: &mut Ctx<'_>,
    rect: Rect,
    radii: CornerRadii,
    blur: f32,
) {
    let t = ctx.transform;
    let sigma = crate::display_list::device_blur(blur, &t);
    if sigma <= 0.05 {
        return;
    }
    let dev = t
        .map_rect_bounds(rect)
        .to_irect_covering()
        .intersect(&ctx.clips.bounds());
    if dev.is_empty() {
        return;
    }
    let pad = (sigma * 3.0).ceil() as i32 + 1;
    let area =
        IRect::new(dev.x0 - pad, dev.y0 - pad, dev.x1 + pad, dev.y1 + pad).intersect(&s.rect());
    if area.is_empty() {
        return;
    }
    let (w, h) = (area.width() as usize, area.height() as usize);
    let mut buf = vec![0u8; w * h * 4];
    for y in area.y0..area.y1 {
        for x in area.x0..area.x1 {
            let c = s.load(x, y);
            let i = ((y - area.y0) as usize * w + (x - area.x0) as usize) * 4;
            buf[i..i + 4].copy_from_slice(&[c.r, c.g, c.b, c.a]);
        }
    }
    super::blur::blur_in_place(&mut buf, IRect::from_size(w as u32, h as u32), sigma);
    let Some(img) = crate::images::ImageData::from_premultiplied_rgba(w as u32, h as u32, buf)
    else {
        return;
    };
    let shader = Shader::Image(ImageShader {
        image: &img,
        inverse: Transform::translate(-area.x0 as f32, -area.y0 as f32),
        filter: crate::ImageFilter::Nearest,
        opacity: 255,
        wrap: (
            crate::display_list::Edge::Clamp,
            crate::display_list::Edge::Clamp,
        ),
        tint: None,
    });
    let shape = rounded_shape(rect, radii, &t, ctx.scratch);
    paint_shape(s, ctx, &shape, &shader);
}

/// Paint `img` laid once onto `laid.0` (repeating along `laid.1`'s axes) inside `visible`.
fn draw_image<F: Format>(
    s: &mut Surface<'_, F>,
    ctx: &mut Ctx<'_>,
    img: &crate::images::ImageData,
    visible: Rect,
    (onto, wrap): (Rect, (crate::display_list::Edge, crate::display_list::Edge)),
    (filter, alpha, tint): (crate::ImageFilter, u8, Option<PremulColor>),
) {
    let (iw, ih) = (img.width() as f32, img.height() as f32);
    let to_device = Transform::scale(onto.width / iw, onto.height / ih)
        .then(&Transform::translate(onto.x, onto.y))
        .then(&ctx.transform);
    let Some(inverse) = to_device.invert() else {
        return;
    };
    let shader = Shader::Image(ImageShader {
        image: img,
        inverse,
        filter,
        opacity: alpha,
        wrap,
        tint,
    });
    let shape = rounded_shape(visible, CornerRadii::default(), &ctx.transform, ctx.scratch);
    paint_shape(s, ctx, &shape, &shader);
}

pub(crate) fn fit_rect(rect: Rect, iw: f32, ih: f32, fit: ImageFit) -> Option<Rect> {
    fit.place(rect, iw, ih)
}

fn fill_rounded<F: Format>(
    s: &mut Surface<'_, F>,
    ctx: &mut Ctx<'_>,
    rect: Rect,
    radii: CornerRadii,
    brush: &Brush,
) {
    let t = ctx.transform;
    let Some(shader) = brush_shader(brush, &t) else {
        return;
    };
    let shape = rounded_shape(rect, radii, &t, ctx.scratch);
    paint_shape(s, ctx, &shape, &shader);
}

fn border<F: Format>(
    s: &mut Surface<'_, F>,
    ctx: &mut Ctx<'_>,
    rect: Rect,
    radii: CornerRadii,
    widths: crate::BorderWidths,
    sides: &BorderSides,
) {
    let t = ctx.transform;
    if t.is_axis_aligned() && (radii.is_zero() || (t.xx - t.yy).abs() < 1e-6) {
        let dev = Rect::new(
            rect.x * t.xx + t.tx,
            rect.y * t.yy + t.ty,
            rect.width * t.xx,
            rect.height * t.yy,
        );
        let dr = CornerRadii {
            top_left: radii.top_left * t.xx,
            top_right: radii.top_right * t.xx,
            bottom_right: radii.bottom_right * t.xx,
            bottom_left: radii.bottom_left * t.xx,
        };
        let dw = crate::BorderWidths {
            left: widths.left * t.xx,
            top: widths.top * t.yy,
            right: widths.right * t.xx,
            bottom: widths.bottom * t.yy,
        };
        let Some(geom) = BorderGeometry::new(dev, dr, dw) else {
            return;
        };
        let clip = ctx.clips.bounds();
        let clip_mask = ctx.clips.mask();
        let Scratch { cov, colors, .. } = &mut *ctx.scratch;
        draw_border(&geom, sides, clip, cov, &mut |color, emit_fn| {
            let shader = Shader::Solid(color.premultiplied());
            let mut painter = Painter {
                surface: s,
                shader: &shader,
                clip_mask,
                colors,
            };
            emit_fn(&mut painter);
        });
        return;
    }
    // Rotated or skewed: the ring as two polygons under even-odd, one colour (the top's).
    let outer_radii = radii.clamped(rect.width, rect.height);
    let fix = |v: f32| if v.is_finite() { v.max(0.0) } else { 0.0 };
    let (l, tp, r, b) = (
        fix(widths.left),
        fix(widths.top),
        fix(widths.right),
        fix(widths.bottom),
    );
    let inner = Rect::new(
        rect.x + l,
        rect.y + tp,
        rect.width - l - r,
        rect.height - tp - b,
    );
    let tol = TOLERANCE / t.max_scale().max(1e-3);
    let sc = &mut *ctx.scratch;
    sc.raster.clear();
    rounded_polygon(rect, outer_radii, tol, &mut sc.poly);
    sc.poly.iter_mut().for_each(|p| *p = t.apply(*p));
    sc.raster.polygon(&sc.poly);
    if !inner.is_empty() {
        rounded_polygon(inner, outer_radii.shrink(l, tp, r, b), tol, &mut sc.poly);
        sc.poly.iter_mut().for_each(|p| *p = t.apply(*p));
        sc.raster.polygon(&sc.poly);
    }
    let shader = Shader::Solid(sides.top.color.premultiplied());
    paint_shape(s, ctx, &Shape::Polygons(FillRule::EvenOdd), &shader);
}
