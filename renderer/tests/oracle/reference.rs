//! The reference renderer: a display list drawn with tiny-skia.
//!
//! Every drawing command becomes coverage x colour, as in any rasterizer, but each half comes
//! from tiny-skia: coverage is tiny-skia's anti-aliased fill (or stroke, with its own
//! stroker) of the shape at 16x the resolution, averaged down to one value per pixel, so it is
//! the exact area to well under one 8-bit level; colour is tiny-skia's shader (gradient,
//! bilinear image pattern) evaluated at pixel centres. Compositing is source-over in f32.
//! Blur, the sweep gradient and the border side split have no tiny-skia counterpart and are
//! written here from their definitions.

use arkui_renderer::images::{ImageCache, ImageState};
use arkui_renderer::{
    BorderSides, BorderStyle, BorderWidths, Brush, Color, CompositeMode, CornerRadii, DisplayList,
    DrawCmd, FillRule, Gradient, GradientKind, ImageFit, LineCap, LineJoin, PathData, PathVerb,
    Rect, Spread, StrokeStyle, Transform,
};
use tiny_skia as sk;

pub(crate) const SUPERSAMPLE: u32 = 16;

type Px = [f32; 4];

pub(crate) struct Reference<'a> {
    w: u32,
    h: u32,
    layers: Vec<(Vec<Px>, f32)>,
    /// Per open layer: its composite mode and the clip coverage it was opened in.
    modes: Vec<(CompositeMode, Option<Vec<f32>>)>,
    clips: Vec<Vec<f32>>,
    transforms: Vec<Transform>,
    t: Transform,
    images: &'a ImageCache,
    /// Anti-aliasing settings in force (innermost last).
    aa: Vec<bool>,
}

fn sk_t(t: &Transform) -> sk::Transform {
    sk::Transform::from_row(t.xx, t.yx, t.xy, t.yy, t.tx, t.ty)
}

fn sk_color(c: Color) -> sk::Color {
    sk::Color::from_rgba8(c.r, c.g, c.b, c.a)
}

/// A rounded rectangle as a fine polyline (64 segments a quarter), so the reference curve is
/// the true circle to 1/1000 px.
pub(crate) fn rrect_path(r: Rect, radii: CornerRadii) -> Option<sk::Path> {
    let radii = radii.clamped(r.width, r.height);
    let mut pb = sk::PathBuilder::new();
    let corners = [
        (
            r.x + radii.top_left,
            r.y + radii.top_left,
            radii.top_left,
            180.0f32,
        ),
        (
            r.right() - radii.top_right,
            r.y + radii.top_right,
            radii.top_right,
            270.0,
        ),
        (
            r.right() - radii.bottom_right,
            r.bottom() - radii.bottom_right,
            radii.bottom_right,
            0.0,
        ),
        (
            r.x + radii.bottom_left,
            r.bottom() - radii.bottom_left,
            radii.bottom_left,
            90.0,
        ),
    ];
    let mut first = true;
    for (cx, cy, rad, a0) in corners {
        for i in 0..=64 {
            let a = (a0 + 90.0 * i as f32 / 64.0).to_radians();
            let (x, y) = (cx + rad * a.cos(), cy + rad * a.sin());
            if first {
                pb.move_to(x, y);
                first = false;
            } else {
                pb.line_to(x, y);
            }
        }
    }
    pb.close();
    pb.finish()
}

pub(crate) fn sk_path(p: &PathData) -> Option<sk::Path> {
    let mut pb = sk::PathBuilder::new();
    for v in p.verbs() {
        match v {
            PathVerb::MoveTo(a) => pb.move_to(a.x, a.y),
            PathVerb::LineTo(a) => pb.line_to(a.x, a.y),
            PathVerb::QuadTo(c, a) => pb.quad_to(c.x, c.y, a.x, a.y),
            PathVerb::CubicTo(c1, c2, a) => pb.cubic_to(c1.x, c1.y, c2.x, c2.y, a.x, a.y),
            PathVerb::Close => pb.close(),
        }
    }
    pb.finish()
}

impl<'a> Reference<'a> {
    pub(crate) fn new(w: u32, h: u32, images: &'a ImageCache) -> Reference<'a> {
        Reference {
            w,
            h,
            layers: vec![(vec![[0.0; 4]; (w * h) as usize], 1.0)],
            modes: Vec::new(),
            clips: Vec::new(),
            transforms: Vec::new(),
            t: Transform::IDENTITY,
            images,
            aa: Vec::new(),
        }
    }

    /// Coverage per pixel of a mask drawn at 16x by `draw(mask, scale_transform)`.
    fn coverage(&self, draw: impl FnOnce(&mut sk::Pixmap, sk::Transform)) -> Vec<f32> {
        let s = SUPERSAMPLE;
        let mut pm = sk::Pixmap::new(self.w * s, self.h * s).expect("reference size");
        draw(&mut pm, sk::Transform::from_scale(s as f32, s as f32));
        let data = pm.data();
        let sw = (self.w * s) as usize;
        let mut out = vec![0.0; (self.w * self.h) as usize];
        for y in 0..self.h as usize {
            for x in 0..self.w as usize {
                let mut acc = 0u32;
                for j in 0..s as usize {
                    let row = (y * s as usize + j) * sw;
                    for i in 0..s as usize {
                        acc += u32::from(data[(row + x * s as usize + i) * 4 + 3]);
                    }
                }
                out[y * self.w as usize + x] = acc as f32 / (255.0 * (s * s) as f32);
            }
        }
        out
    }

    fn fill_cov(&self, path: &sk::Path, rule: sk::FillRule, t: &Transform) -> Vec<f32> {
        let tt = sk_t(t);
        self.coverage(|pm, scale| {
            let mut paint = sk::Paint::default();
            paint.set_color_rgba8(0, 0, 0, 255);
            pm.fill_path(path, &paint, rule, scale.pre_concat(tt), None);
        })
    }

    fn stroke_cov(&self, path: &sk::Path, stroke: &StrokeStyle, t: &Transform) -> Vec<f32> {
        let tt = sk_t(t);
        let mut st = sk::Stroke {
            width: stroke.width,
            miter_limit: stroke.miter_limit,
            line_cap: match stroke.cap {
                LineCap::Butt => sk::LineCap::Butt,
                LineCap::Round => sk::LineCap::Round,
                LineCap::Square => sk::LineCap::Square,
            },
            line_join: match stroke.join {
                LineJoin::Miter => sk::LineJoin::Miter,
                LineJoin::Round => sk::LineJoin::Round,
                LineJoin::Bevel => sk::LineJoin::Bevel,
            },
            dash: None,
        };
        if !stroke.dashes.is_empty() {
            st.dash = sk::StrokeDash::new(stroke.dashes.clone(), stroke.dash_offset);
        }
        self.coverage(|pm, scale| {
            let mut paint = sk::Paint::default();
            paint.set_color_rgba8(0, 0, 0, 255);
            pm.stroke_path(path, &paint, &st, scale.pre_concat(tt), None);
        })
    }

    /// Colours at pixel centres from a tiny-skia shader.
    fn shade(&self, shader: sk::Shader<'_>) -> Vec<Px> {
        let mut pm = sk::Pixmap::new(self.w, self.h).expect("reference size");
        let paint = sk::Paint {
            shader,
            anti_alias: false,
            ..sk::Paint::default()
        };
        let full = sk::Rect::from_xywh(0.0, 0.0, self.w as f32, self.h as f32).expect("rect");
        pm.fill_rect(full, &paint, sk::Transform::identity(), None);
        pm.data()
            .chunks_exact(4)
            .map(|p| [p[0], p[1], p[2], p[3]].map(|v| f32::from(v) / 255.0))
            .collect()
    }

    fn brush_colors(&self, brush: &Brush) -> Vec<Px> {
        match brush {
            Brush::Solid(c) => self.shade(sk::Shader::SolidColor(sk_color(*c))),
            Brush::Gradient(g) => self.gradient(g),
        }
    }

    fn gradient(&self, g: &Gradient) -> Vec<Px> {
        let mut stops: Vec<_> = g.stops.clone();
        stops.sort_by(|a, b| a.offset.total_cmp(&b.offset));
        let mode = match g.spread {
            Spread::Pad => sk::SpreadMode::Pad,
            Spread::Repeat => sk::SpreadMode::Repeat,
        };
        let sk_stops: Vec<_> = stops
            .iter()
            .map(|s| sk::GradientStop::new(s.offset, sk_color(s.color)))
            .collect();
        let t = sk_t(&self.t);
        let shader = match g.kind {
            GradientKind::Linear { start, end } => sk::LinearGradient::new(
                sk::Point::from_xy(start.x, start.y),
                sk::Point::from_xy(end.x, end.y),
                sk_stops,
                mode,
                t,
            ),
            GradientKind::Radial { center, radius } => sk::RadialGradient::new(
                sk::Point::from_xy(center.x, center.y),
                sk::Point::from_xy(center.x, center.y),
                radius,
                sk_stops,
                mode,
                t,
            ),
            GradientKind::Sweep {
                center,
                start_angle,
                end_angle,
            } => return self.sweep(&stops, center, start_angle, end_angle, g.spread),
            GradientKind::TwoCircle {
                start,
                start_radius,
                end,
                end_radius,
            } => {
                let circles = (start, start_radius, end, end_radius);
                return self.two_circle(&stops, circles, g.spread);
            }
        };
        self.shade(shader.expect("valid gradient"))
    }

    /// Sweep gradients from their definition (tiny-skia has none), in f64.
    fn sweep(
        &self,
        stops: &[arkui_renderer::GradientStop],
        c: arkui_renderer::Point,
        a0: f32,
        a1: f32,
        spread: Spread,
    ) -> Vec<Px> {
        self.by_offset(stops, spread, |p| {
            let mut a = f64::from(p.y - c.y)
                .atan2(f64::from(p.x - c.x))
                .to_degrees();
            if a < 0.0 {
                a += 360.0;
            }
            Some((a - f64::from(a0)) / f64::from(a1 - a0))
        })
    }

    /// Two-circle gradients from the canvas spec (tiny-skia has only focal ones), in f64:
    /// the largest `t` with `|p - c(t)| = r(t)` and `r(t) >= 0`.
    fn two_circle(
        &self,
        stops: &[arkui_renderer::GradientStop],
        (c0, r0, c1, r1): (arkui_renderer::Point, f32, arkui_renderer::Point, f32),
        spread: Spread,
    ) -> Vec<Px> {
        let f = f64::from;
        self.by_offset(stops, spread, |p| {
            let (cx, cy, dr) = (f(c1.x - c0.x), f(c1.y - c0.y), f(r1 - r0));
            let (px, py) = (f(p.x - c0.x), f(p.y - c0.y));
            let a = cx * cx + cy * cy - dr * dr;
            let b = px * cx + py * cy + f(r0) * dr;
            let c = px * px + py * py - f(r0) * f(r0);
            let ok = |t: f64| f(r0) + t * dr >= 0.0;
            if a.abs() < 1e-9 {
                let t = c / (2.0 * b);
                return (b != 0.0 && ok(t)).then_some(t);
            }
            let disc = b * b - a * c;
            if disc < 0.0 {
                return None;
            }
            let (t1, t2) = ((b + disc.sqrt()) / a, (b - disc.sqrt()) / a);
            [t1.max(t2), t1.min(t2)].into_iter().find(|t| ok(*t))
        })
    }

    /// A gradient shaded pixel by pixel from `t_at` (None paints nothing).
    fn by_offset(
        &self,
        stops: &[arkui_renderer::GradientStop],
        spread: Spread,
        t_at: impl Fn(arkui_renderer::Point) -> Option<f64>,
    ) -> Vec<Px> {
        let inv = self.t.invert().expect("invertible");
        let mut out = Vec::with_capacity((self.w * self.h) as usize);
        for y in 0..self.h {
            for x in 0..self.w {
                let p = inv.apply(arkui_renderer::Point::new(x as f32 + 0.5, y as f32 + 0.5));
                let Some(mut t) = t_at(p) else {
                    out.push([0.0; 4]);
                    continue;
                };
                t = match spread {
                    Spread::Pad => t.clamp(0.0, 1.0),
                    Spread::Repeat => t - t.floor(),
                };
                let k = stops.iter().position(|s| f64::from(s.offset) > t);
                let col = match k {
                    Some(0) => stops[0].color,
                    None => stops[stops.len() - 1].color,
                    Some(k) => {
                        let (s0, s1) = (stops[k - 1], stops[k]);
                        let f = (t - f64::from(s0.offset)) / f64::from(s1.offset - s0.offset);
                        let l = |a: u8, b: u8| {
                            (f64::from(a) + (f64::from(b) - f64::from(a)) * f) as f32
                        };
                        let c = [
                            l(s0.color.r, s1.color.r),
                            l(s0.color.g, s1.color.g),
                            l(s0.color.b, s1.color.b),
                            l(s0.color.a, s1.color.a),
                        ];
                        let alpha = c[3] / 255.0;
                        out.push([
                            c[0] / 255.0 * alpha,
                            c[1] / 255.0 * alpha,
                            c[2] / 255.0 * alpha,
                            alpha,
                        ]);
                        continue;
                    }
                };
                let al = f32::from(col.a) / 255.0;
                out.push([
                    f32::from(col.r) / 255.0 * al,
                    f32::from(col.g) / 255.0 * al,
                    f32::from(col.b) / 255.0 * al,
                    al,
                ]);
            }
        }
        out
    }

    fn composite(&mut self, cov: &[f32], colors: &[Px]) {
        let clip = self.clips.last();
        let hard = self.aa.last() == Some(&false);
        let dst = &mut self.layers.last_mut().expect("base layer").0;
        for i in 0..dst.len() {
            let mut c = cov[i];
            if hard {
                c = if c >= 0.5 { 1.0 } else { 0.0 };
            }
            if let Some(m) = clip {
                c *= m[i];
            }
            if c <= 0.0 {
                continue;
            }
            let s = colors[i].map(|v| v * c);
            let d = dst[i];
            dst[i] = std::array::from_fn(|k| s[k] + d[k] * (1.0 - s[3]));
        }
    }

    pub(crate) fn run(&mut self, list: &DisplayList) {
        for cmd in &list.commands {
            self.cmd(cmd);
        }
    }

    fn rrect_cov(&self, rect: Rect, radii: CornerRadii) -> Vec<f32> {
        match rrect_path(rect, radii) {
            Some(p) => self.fill_cov(&p, sk::FillRule::Winding, &self.t.clone()),
            None => vec![0.0; (self.w * self.h) as usize],
        }
    }

    fn cmd(&mut self, cmd: &DrawCmd) {
        let t = self.t;
        match cmd {
            DrawCmd::Rect { rect, color } => {
                let cov = self.rrect_cov(*rect, CornerRadii::default());
                let col = self.brush_colors(&Brush::Solid(*color));
                self.composite(&cov, &col);
            }
            DrawCmd::RoundedRect { rect, radii, color } => {
                let cov = self.rrect_cov(*rect, *radii);
                let col = self.brush_colors(&Brush::Solid(*color));
                self.composite(&cov, &col);
            }
            DrawCmd::GradientRect {
                rect,
                radii,
                gradient,
            } => {
                let cov = self.rrect_cov(*rect, *radii);
                let col = self.gradient(gradient);
                self.composite(&cov, &col);
            }
            DrawCmd::Border {
                rect,
                radii,
                widths,
                color,
            } => {
                self.border(
                    *rect,
                    *radii,
                    *widths,
                    &BorderSides::uniform(*color, BorderStyle::Solid),
                );
            }
            DrawCmd::StyledBorder {
                rect,
                radii,
                widths,
                sides,
            } => self.border(*rect, *radii, *widths, sides),
            DrawCmd::BoxShadow {
                rect,
                radii,
                color,
                blur,
                spread,
                offset,
            } => {
                let sigma = f64::from(blur * 0.5);
                let grow = |r: f32| if r > 0.0 { (r + spread).max(0.0) } else { 0.0 };
                let shape = Rect::new(
                    rect.x + offset.x - spread,
                    rect.y + offset.y - spread,
                    rect.width + 2.0 * spread,
                    rect.height + 2.0 * spread,
                );
                let sradii = CornerRadii {
                    top_left: grow(radii.top_left),
                    top_right: grow(radii.top_right),
                    bottom_right: grow(radii.bottom_right),
                    bottom_left: grow(radii.bottom_left),
                };
                let shape_cov = self.rrect_cov(shape, sradii);
                let caster = self.rrect_cov(*rect, *radii);
                let blurred = gaussian(&shape_cov, self.w as usize, self.h as usize, sigma);
                let cov: Vec<f32> = blurred
                    .iter()
                    .zip(&caster)
                    .map(|(b, c)| b * (1.0 - c))
                    .collect();
                let col = self.brush_colors(&Brush::Solid(*color));
                self.composite(&cov, &col);
            }
            DrawCmd::Image {
                rect,
                image,
                fit,
                opacity,
                filter,
                tint,
            } => {
                let ImageState::Ready(img) = self.images.get(*image) else {
                    panic!("oracle images must be decoded");
                };
                let (iw, ih) = (img.width() as f32, img.height() as f32);
                let dest = fit_rect(*rect, iw, ih, *fit);
                let vis = Rect::new(
                    dest.x.max(rect.x),
                    dest.y.max(rect.y),
                    dest.right().min(rect.right()) - dest.x.max(rect.x),
                    dest.bottom().min(rect.bottom()) - dest.y.max(rect.y),
                );
                let cov = self.rrect_cov(vis, CornerRadii::default());
                let pm = sk::Pixmap::from_vec(
                    img.pixels().to_vec(),
                    sk::IntSize::from_wh(img.width(), img.height()).expect("size"),
                )
                .expect("pixmap");
                let to_dev = Transform::scale(dest.width / iw, dest.height / ih)
                    .then(&Transform::translate(dest.x, dest.y))
                    .then(&t);
                let quality = match filter {
                    arkui_renderer::ImageFilter::Bilinear => sk::FilterQuality::Bilinear,
                    arkui_renderer::ImageFilter::Nearest => sk::FilterQuality::Nearest,
                };
                let shader = sk::Pattern::new(
                    pm.as_ref(),
                    sk::SpreadMode::Pad,
                    quality,
                    *opacity,
                    sk_t(&to_dev),
                );
                let mut col = self.shade(shader);
                if let Some(c) = tint {
                    // A mask: the tint colour (premultiplied) times the sampled alpha.
                    let a = f32::from(c.a) / 255.0;
                    let tint = [c.r, c.g, c.b].map(|v| f32::from(v) / 255.0 * a);
                    for px in &mut col {
                        let cov_a = px[3];
                        *px = [tint[0] * cov_a, tint[1] * cov_a, tint[2] * cov_a, a * cov_a];
                    }
                }
                self.composite(&cov, &col);
            }
            DrawCmd::ImagePattern {
                rect,
                image,
                tile,
                repeat,
                filter,
                opacity,
            } => {
                let ImageState::Ready(img) = self.images.get(*image) else {
                    panic!("oracle images must be decoded");
                };
                let Some(vis) = repeat.cover(*rect, *tile) else {
                    return;
                };
                let (iw, ih) = (img.width() as f32, img.height() as f32);
                let cov = self.rrect_cov(vis, CornerRadii::default());
                let pm = sk::Pixmap::from_vec(
                    img.pixels().to_vec(),
                    sk::IntSize::from_wh(img.width(), img.height()).expect("size"),
                )
                .expect("pixmap");
                let to_dev = Transform::scale(tile.width / iw, tile.height / ih)
                    .then(&Transform::translate(tile.x, tile.y))
                    .then(&t);
                let quality = match filter {
                    arkui_renderer::ImageFilter::Bilinear => sk::FilterQuality::Bilinear,
                    arkui_renderer::ImageFilter::Nearest => sk::FilterQuality::Nearest,
                };
                // tiny-skia repeats both axes or none; along an axis that does not repeat
                // only the tile's own band is visible, so repeating it changes nothing.
                let spread = match repeat {
                    arkui_renderer::ImageRepeat::NoRepeat | arkui_renderer::ImageRepeat::Clamp => {
                        sk::SpreadMode::Pad
                    }
                    arkui_renderer::ImageRepeat::Mirror => sk::SpreadMode::Reflect,
                    _ => sk::SpreadMode::Repeat,
                };
                let shader =
                    sk::Pattern::new(pm.as_ref(), spread, quality, *opacity, sk_t(&to_dev));
                let col = self.shade(shader);
                self.composite(&cov, &col);
            }
            DrawCmd::FillPath { path, rule, brush } => {
                let Some(p) = sk_path(path) else { return };
                let rule = match rule {
                    FillRule::NonZero => sk::FillRule::Winding,
                    FillRule::EvenOdd => sk::FillRule::EvenOdd,
                };
                let cov = self.fill_cov(&p, rule, &t);
                let col = self.brush_colors(brush);
                self.composite(&cov, &col);
            }
            DrawCmd::StrokePath {
                path,
                stroke,
                brush,
            } => {
                let Some(p) = sk_path(path) else { return };
                let cov = self.stroke_cov(&p, stroke, &t);
                let col = self.brush_colors(brush);
                self.composite(&cov, &col);
            }
            DrawCmd::PushClip { rect } => {
                // Square clips under axis-aligned transforms snap to whole pixels.
                let r = t.map_rect_bounds(*rect);
                let cov = if t.is_axis_aligned() {
                    let (x0, y0, x1, y1) = (
                        r.x.round(),
                        r.y.round(),
                        r.right().round(),
                        r.bottom().round(),
                    );
                    (0..self.h)
                        .flat_map(|y| (0..self.w).map(move |x| (x as f32, y as f32)))
                        .map(|(x, y)| {
                            if x >= x0 && x < x1 && y >= y0 && y < y1 {
                                1.0
                            } else {
                                0.0
                            }
                        })
                        .collect()
                } else {
                    self.rrect_cov(*rect, CornerRadii::default())
                };
                self.push_clip(cov);
            }
            DrawCmd::PushRoundedClip { rect, radii } => {
                let cov = self.rrect_cov(*rect, *radii);
                self.push_clip(cov);
            }
            DrawCmd::PushPathClip { path, rule } => {
                let rule = match rule {
                    FillRule::NonZero => sk::FillRule::Winding,
                    FillRule::EvenOdd => sk::FillRule::EvenOdd,
                };
                let cov = match sk_path(path) {
                    Some(p) => self.fill_cov(&p, rule, &t),
                    None => vec![0.0; (self.w * self.h) as usize],
                };
                self.push_clip(cov);
            }
            DrawCmd::PopClip => {
                self.clips.pop();
            }
            DrawCmd::PushLayer { opacity, .. } => {
                self.layers
                    .push((vec![[0.0; 4]; (self.w * self.h) as usize], *opacity));
                self.modes.push((CompositeMode::SourceOver, None));
            }
            DrawCmd::PushCompositeLayer { mode, shadow, .. } => {
                assert!(
                    shadow.is_none(),
                    "shadows are checked against Chromium goldens"
                );
                self.layers
                    .push((vec![[0.0; 4]; (self.w * self.h) as usize], 1.0));
                self.modes.push((*mode, self.clips.last().cloned()));
            }
            DrawCmd::PopLayer => {
                let (buf, o) = self.layers.pop().expect("balanced layers");
                let (mode, clip) = self.modes.pop().expect("balanced layers");
                let col: Vec<Px> = buf.iter().map(|p| p.map(|v| v * o)).collect();
                let dst = &mut self.layers.last_mut().expect("base layer").0;
                // The layer's area: its clip's bounding box, as the renderers use it.
                let inside = |i: usize| clip.as_ref().is_none_or(|c| c[i] > 0.0);
                match mode {
                    CompositeMode::SourceOver => {
                        let full = vec![1.0; buf.len()];
                        let saved = std::mem::take(&mut self.clips);
                        self.composite(&full, &col);
                        self.clips = saved;
                    }
                    CompositeMode::DestinationOut => {
                        for (i, d) in dst.iter_mut().enumerate() {
                            let a = col[i][3];
                            *d = d.map(|v| v * (1.0 - a));
                        }
                    }
                    CompositeMode::Copy => {
                        for (i, d) in dst.iter_mut().enumerate() {
                            if inside(i) {
                                *d = col[i];
                            }
                        }
                    }
                    CompositeMode::SourceIn => {
                        for (i, d) in dst.iter_mut().enumerate() {
                            if inside(i) {
                                let a = d[3];
                                *d = col[i].map(|v| v * a);
                            }
                        }
                    }
                }
            }
            DrawCmd::PushTransform { transform } => {
                self.transforms.push(self.t);
                self.t = transform.then(&self.t);
            }
            DrawCmd::PopTransform => self.t = self.transforms.pop().unwrap_or_default(),
            DrawCmd::Glyphs(_) => panic!("text is checked against goldens, not tiny-skia"),
            DrawCmd::PushAntiAlias { on } => self.aa.push(*on),
            DrawCmd::PopAntiAlias => {
                self.aa.pop();
            }
            DrawCmd::BackdropBlur { .. } => {
                panic!("backdrop blur is checked between the backends and against Chromium")
            }
        }
    }

    fn push_clip(&mut self, mut cov: Vec<f32>) {
        if let Some(parent) = self.clips.last() {
            cov.iter_mut().zip(parent).for_each(|(c, p)| *c *= p);
        }
        self.clips.push(cov);
    }

    fn border(&mut self, rect: Rect, radii: CornerRadii, w: BorderWidths, sides: &BorderSides) {
        assert!(
            self.t.is_axis_aligned() && self.t.is_translation(),
            "reference borders are untransformed"
        );
        let radii_c = radii.clamped(rect.width, rect.height);
        let inner = Rect::new(
            rect.x + w.left,
            rect.y + w.top,
            rect.width - w.left - w.right,
            rect.height - w.top - w.bottom,
        );
        let mut pb = sk::PathBuilder::new();
        if let Some(p) = rrect_path(rect, radii) {
            pb.push_path(&p);
        }
        if let Some(p) = rrect_path(inner, radii_c.shrink(w.left, w.top, w.right, w.bottom)) {
            pb.push_path(&p);
        }
        let ring_path = pb.finish().expect("ring");
        let ring = self.fill_cov(&ring_path, sk::FillRule::EvenOdd, &Transform::IDENTITY);
        if [sides.top, sides.right, sides.bottom]
            .iter()
            .all(|s| *s == sides.left)
            && sides.left.style == BorderStyle::Solid
        {
            // One colour all round: the ring itself, no seams along the corner diagonals.
            let col = self.brush_colors(&Brush::Solid(sides.left.color));
            self.composite(&ring, &col);
            return;
        }
        let all = [
            (0usize, sides.left),
            (1, sides.top),
            (2, sides.right),
            (3, sides.bottom),
        ];
        let ws = [w.left, w.top, w.right, w.bottom];
        for (side, s) in all {
            if ws[side] <= 0.0 || s.color.a == 0 {
                continue;
            }
            let col = self.brush_colors(&Brush::Solid(s.color));
            if s.style == BorderStyle::Dotted {
                let mut centres = dot_centres(rect, ws, side);
                if (side == 0 || side == 2) && centres.len() >= 2 {
                    centres.pop();
                    centres.remove(0);
                }
                let d = ws[side];
                let mut pb = sk::PathBuilder::new();
                for (cx, cy) in centres {
                    if let Some(p) = rrect_path(
                        Rect::new(cx - d / 2.0, cy - d / 2.0, d, d),
                        CornerRadii::uniform(d / 2.0),
                    ) {
                        pb.push_path(&p);
                    }
                }
                if let Some(p) = pb.finish() {
                    let cov = self.fill_cov(&p, sk::FillRule::Winding, &Transform::IDENTITY);
                    self.composite(&cov, &col);
                }
                continue;
            }
            let share = self.side_share(rect, ws, side);
            let mut cov: Vec<f32> = ring.iter().zip(&share).map(|(a, b)| a * b).collect();
            if s.style == BorderStyle::Dashed {
                let (start, len, vertical) = if side == 1 || side == 3 {
                    (rect.x, rect.width, false)
                } else {
                    (rect.y, rect.height, true)
                };
                let (on, off) = (3.0 * ws[side], 2.0 * ws[side]);
                let n = ((len + off) / (on + off)).round().max(1.0);
                let scale = len / (n * on + (n - 1.0) * off);
                let (period, on) = ((on + off) * scale, on * scale);
                for y in 0..self.h {
                    for x in 0..self.w {
                        let p = if vertical { y as f32 } else { x as f32 };
                        let mut covered = 0.0f32;
                        for k in 0..n as i32 {
                            let a = start + k as f32 * period;
                            covered += ((a + on).min(p + 1.0) - a.max(p)).max(0.0);
                        }
                        cov[(y * self.w + x) as usize] *= covered.min(1.0);
                    }
                }
            }
            self.composite(&cov, &col);
        }
    }

    /// The CSS split of the ring between sides: the wedges between the corner diagonals,
    /// each half-plane rasterized by tiny-skia.
    fn side_share(&self, r: Rect, w: [f32; 4], side: usize) -> Vec<f32> {
        let [l, t, rr, b] = w;
        let big = 4096.0;
        // Half-plane on the horizontal side of the diagonal through (cx, cy) along (dx, dy).
        let half = |cx: f32, cy: f32, dx: f32, dy: f32, top: bool| -> Vec<f32> {
            let (dx, dy) = if dx == 0.0 && dy == 0.0 {
                (1.0, 1.0)
            } else {
                (dx, dy)
            };
            let len = (dx * dx + dy * dy).sqrt();
            let (ux, uy) = (dx / len * big, dy / len * big);
            let (mut nx, mut ny) = (dy / len * big, -dx / len * big);
            if (ny < 0.0) != top {
                nx = -nx;
                ny = -ny;
            }
            let mut pb = sk::PathBuilder::new();
            pb.move_to(cx - ux, cy - uy);
            pb.line_to(cx + ux, cy + uy);
            pb.line_to(cx + ux + nx, cy + uy + ny);
            pb.line_to(cx - ux + nx, cy - uy + ny);
            pb.close();
            self.fill_cov(
                &pb.finish().expect("half plane"),
                sk::FillRule::Winding,
                &Transform::IDENTITY,
            )
        };
        let (x0, y0, x1, y1) = (r.x, r.y, r.right(), r.bottom());
        let mul =
            |a: Vec<f32>, b: Vec<f32>| a.iter().zip(&b).map(|(p, q)| p * q).collect::<Vec<f32>>();
        let inv = |a: Vec<f32>| a.iter().map(|v| 1.0 - v).collect::<Vec<f32>>();
        match side {
            1 => mul(half(x0, y0, l, t, true), half(x1, y0, -rr, t, true)),
            3 => mul(half(x0, y1, l, -b, false), half(x1, y1, -rr, -b, false)),
            0 => mul(
                inv(half(x0, y0, l, t, true)),
                inv(half(x0, y1, l, -b, false)),
            ),
            _ => mul(
                inv(half(x1, y0, -rr, t, true)),
                inv(half(x1, y1, -rr, -b, false)),
            ),
        }
    }

    /// The result as premultiplied RGBA8.
    pub(crate) fn finish(&self) -> Vec<u8> {
        self.layers[0]
            .0
            .iter()
            .flat_map(|p| p.map(|v| (v * 255.0 + 0.5).clamp(0.0, 255.0) as u8))
            .collect()
    }
}

/// Dots of a dotted side: one width across, about one width apart, one in each corner.
fn dot_centres(r: Rect, w: [f32; 4], side: usize) -> Vec<(f32, f32)> {
    let [l, t, rr, b] = w;
    let d = w[side];
    let (a, e, fixed, horizontal) = match side {
        1 => (r.x + l / 2.0, r.right() - rr / 2.0, r.y + t / 2.0, true),
        3 => (
            r.x + l / 2.0,
            r.right() - rr / 2.0,
            r.bottom() - b / 2.0,
            true,
        ),
        0 => (r.y + t / 2.0, r.bottom() - b / 2.0, r.x + l / 2.0, false),
        _ => (
            r.y + t / 2.0,
            r.bottom() - b / 2.0,
            r.right() - rr / 2.0,
            false,
        ),
    };
    let n = ((e - a) / (2.0 * d)).round().max(1.0) as usize;
    let step = (e - a) / n as f32;
    (0..=n)
        .map(|i| {
            if horizontal {
                (a + step * i as f32, fixed)
            } else {
                (fixed, a + step * i as f32)
            }
        })
        .collect()
}

/// A discrete Gaussian blur (kernel radius 3 sigma, normalised), zero outside.
fn gaussian(src: &[f32], w: usize, h: usize, sigma: f64) -> Vec<f32> {
    if sigma <= 0.0 {
        return src.to_vec();
    }
    let k = (3.0 * sigma).ceil() as i64;
    let mut kernel: Vec<f64> = (-k..=k)
        .map(|d| (-((d * d) as f64) / (2.0 * sigma * sigma)).exp())
        .collect();
    let sum: f64 = kernel.iter().sum();
    kernel.iter_mut().for_each(|v| *v /= sum);
    let mut tmp = vec![0.0f64; w * h];
    for y in 0..h {
        for x in 0..w {
            let mut acc = 0.0;
            for (i, kv) in kernel.iter().enumerate() {
                let sx = x as i64 + i as i64 - k;
                if sx >= 0 && (sx as usize) < w {
                    acc += f64::from(src[y * w + sx as usize]) * kv;
                }
            }
            tmp[y * w + x] = acc;
        }
    }
    let mut out = vec![0.0f32; w * h];
    for y in 0..h {
        for x in 0..w {
            let mut acc = 0.0;
            for (i, kv) in kernel.iter().enumerate() {
                let sy = y as i64 + i as i64 - k;
                if sy >= 0 && (sy as usize) < h {
                    acc += tmp[sy as usize * w + x] * kv;
                }
            }
            out[y * w + x] = acc as f32;
        }
    }
    out
}

pub(crate) fn fit_rect(rect: Rect, iw: f32, ih: f32, fit: ImageFit) -> Rect {
    let (sx, sy) = (rect.width / iw, rect.height / ih);
    let s = match fit {
        ImageFit::Fill => return rect,
        ImageFit::Contain => sx.min(sy),
        ImageFit::Cover => sx.max(sy),
        ImageFit::None => 1.0,
        ImageFit::ScaleDown => sx.min(sy).min(1.0),
    };
    let (w, h) = (iw * s, ih * s);
    Rect::new(
        rect.x + (rect.width - w) / 2.0,
        rect.y + (rect.height - h) / 2.0,
        w,
        h,
    )
}
