//! Paths: lyon tessellates fills (the fill rule resolved into disjoint triangles) and
//! strokes (after cutting dashes as the software stroker does); the shader sums each
//! triangle's exact area over every pixel into a coverage page, and a cover quad paints
//! that coverage with the brush. The result is the exact-area coverage the CPU computes.

use lyon_tessellation::math::point;
use lyon_tessellation::path::iterator::PathIterator;
use lyon_tessellation::path::{Event, Path};
use lyon_tessellation::{
    BuffersBuilder, FillOptions, FillTessellator, FillVertex, StrokeOptions, StrokeTessellator,
    StrokeVertex, VertexBuffers,
};

use super::frame::{Frame, TexRef};
use super::instance::{F_MASK, Instance, K_PATH, PathVertex};
use super::record::{Clip, MaskRef, Recorder, irect_f32};
use super::shapes::{inverse_of, premul};
use super::tess_cache::{self, Triangles};
use crate::{Brush, FillRule, IRect, LineCap, LineJoin, PathData, Point, StrokeStyle, Transform};

/// Flattening tolerance in device pixels.
const TOLERANCE: f32 = 0.02;
/// Extent (device pixels) beyond which the flattening tolerance grows with the path, so
/// hostile coordinates (1e9) cannot make lyon emit millions of segments.
const TOLERANCE_EXTENT: f32 = 1.0e5;
/// Dashes per stroke beyond which the pattern is ignored (as in the software stroker).
const MAX_DASHES: f32 = 100_000.0;

impl Recorder<'_> {
    pub(crate) fn fill_path(&mut self, path: &PathData, rule: FillRule, brush: &Brush) {
        if let Some(out) = self.tessellate_fill(path, rule) {
            self.cover(&out, brush);
        }
    }

    /// The fill of `path` under the current transform as disjoint device-space triangles
    /// (the fill rule resolved), or `None` when there is nothing to fill. Kept between
    /// frames while the path and transform stay the same.
    fn tessellate_fill(&mut self, path: &PathData, rule: FillRule) -> Option<Triangles> {
        let t = self.transform;
        if !t.is_finite() {
            return None;
        }
        let key = tess_cache::key(path, &t, &[rule as u8 as f32]);
        self.frame
            .tess
            .get_or(key, || Self::tessellate_fill_now(path, rule, &t))
    }

    fn tessellate_fill_now(
        path: &PathData,
        rule: FillRule,
        t: &Transform,
    ) -> Option<VertexBuffers<Point, u32>> {
        let t = *t;
        let rule = match rule {
            FillRule::NonZero => lyon_tessellation::FillRule::NonZero,
            FillRule::EvenOdd => lyon_tessellation::FillRule::EvenOdd,
        };
        let mut out: VertexBuffers<Point, u32> = VertexBuffers::new();
        let tol = TOLERANCE.max(device_extent(path, &t, 0.0) / TOLERANCE_EXTENT * TOLERANCE);
        let options = FillOptions::tolerance(tol).with_fill_rule(rule);
        let m = lyon_transform(&t);
        let result = FillTessellator::new().tessellate(
            path.0.iter().transformed(&m),
            &options,
            &mut BuffersBuilder::new(&mut out, |v: FillVertex<'_>| {
                Point::new(v.position().x, v.position().y)
            }),
        );
        if let Err(e) = result {
            log::warn!("path fill skipped: lyon could not tessellate it ({e:?})");
            return None;
        }
        Some(out)
    }

    /// Intersect the clip with the inside of `path`: its triangles are summed into a
    /// coverage page (level 0), which a mask instance one level up copies into the clip's
    /// own mask, multiplied by the enclosing mask.
    pub(crate) fn push_path_clip(&mut self, path: &PathData, rule: FillRule) {
        self.clips.push(self.clip);
        let empty = Clip {
            bounds: IRect::EMPTY,
            mask: None,
        };
        let Some(tris) = self.tessellate_fill(path, rule) else {
            self.clip = empty;
            return;
        };
        let Some((region, page, dx, dy)) = self.coverage_of(&tris) else {
            self.clip = empty;
            return;
        };
        let parent = self.clip.mask;
        let level = parent.map_or(1, |m| m.level + 1);
        let Some((mpage, x, y)) = self
            .frame
            .alloc_coverage(level, region.width(), region.height())
        else {
            log::warn!(
                "clip path of {region:?} does not fit a coverage page; clipping to its bounds"
            );
            self.clip.bounds = region;
            return;
        };
        let offset = (x as i32 - region.x0, y as i32 - region.y0);
        let mut inst = Instance {
            info: [K_PATH, 0, 0, 0],
            color: [1.0; 4],
            inv: [1.0, 0.0, 0.0, 1.0],
            inv_t: [0.0, 0.0, offset.0 as f32, offset.1 as f32],
            quad: irect_f32(region),
            ..Instance::default()
        };
        inst.offs[2] = dx;
        inst.offs[3] = dy;
        if let Some(m) = parent {
            inst.info[0] |= F_MASK;
            inst.offs[0] = m.offset.0 as f32;
            inst.offs[1] = m.offset.1 as f32;
        }
        let scissor = region.translate(offset.0, offset.1);
        let Frame {
            instances, pages, ..
        } = &mut *self.frame;
        if let Some(p) = pages.get_mut(mpage as usize) {
            Frame::push_instance(
                instances,
                &mut p.draws,
                inst,
                Some(TexRef::Coverage(page)),
                parent.map(|m| m.page),
                scissor,
            );
        }
        self.clip = Clip {
            bounds: region,
            mask: Some(MaskRef {
                page: mpage,
                offset,
                level,
            }),
        };
    }

    pub(crate) fn stroke_path(&mut self, path: &PathData, style: &StrokeStyle, brush: &Brush) {
        let t = self.transform;
        let hw = style.width * 0.5;
        if !(t.is_finite() && hw.is_finite() && hw > 0.0) {
            return;
        }
        // A dash pattern repeating within a device pixel is drawn solid at its duty cycle
        // (as the software renderer does).
        let doubled = style.dashes.len() % 2 == 1;
        let pattern: Vec<f32> = style
            .dashes
            .iter()
            .chain(
                style
                    .dashes
                    .iter()
                    .take(if doubled { style.dashes.len() } else { 0 }),
            )
            .copied()
            .collect();
        let period: f32 = pattern.iter().map(|d| d.abs()).sum();
        let on: f32 = pattern.iter().step_by(2).map(|d| d.abs()).sum();
        let sub_pixel = !pattern.is_empty() && period > 0.0 && period * t.max_scale() < 1.0;
        let faded;
        let brush = if sub_pixel {
            faded = match brush {
                Brush::Solid(c) => Brush::Solid(c.with_opacity(on / period)),
                other => other.clone(),
            };
            &faded
        } else {
            brush
        };
        let scale = t.max_scale().max(1e-3);
        let extent = device_extent(path, &t, style.width * scale);
        let tol = TOLERANCE.max(extent / TOLERANCE_EXTENT * TOLERANCE) / scale;
        let miter = if style.miter_limit.is_finite() {
            style.miter_limit.max(1.0)
        } else {
            4.0
        };
        let options = StrokeOptions::tolerance(tol)
            .with_line_width(style.width)
            .with_line_cap(match style.cap {
                LineCap::Butt => lyon_tessellation::LineCap::Butt,
                LineCap::Round => lyon_tessellation::LineCap::Round,
                LineCap::Square => lyon_tessellation::LineCap::Square,
            })
            .with_line_join(match style.join {
                LineJoin::Miter => lyon_tessellation::LineJoin::Miter,
                LineJoin::Round => lyon_tessellation::LineJoin::Round,
                LineJoin::Bevel => lyon_tessellation::LineJoin::Bevel,
            })
            .with_miter_limit(miter);
        let mut extra = vec![
            style.width,
            style.cap as u8 as f32,
            style.join as u8 as f32,
            miter,
            style.dash_offset,
            f32::from(u8::from(sub_pixel)),
        ];
        extra.extend_from_slice(&style.dashes);
        let key = tess_cache::key(path, &t, &extra);
        let tessellate = || {
            // Dashes are cut inside: a kept stroke skips that work too.
            let dashed = if style.dashes.is_empty() || sub_pixel {
                None
            } else {
                dash_path(path, style, tol)
            };
            let source = dashed.as_ref().unwrap_or(&path.0);
            let mut out: VertexBuffers<Point, u32> = VertexBuffers::new();
            let result = StrokeTessellator::new().tessellate_path(
                source,
                &options,
                &mut BuffersBuilder::new(&mut out, |v: StrokeVertex<'_, '_>| {
                    t.apply(Point::new(v.position().x, v.position().y))
                }),
            );
            match result {
                Ok(()) => Some(out),
                Err(e) => {
                    log::warn!("path stroke skipped: lyon could not tessellate it ({e:?})");
                    None
                }
            }
        };
        let Some(out) = self.frame.tess.get_or(key, tessellate) else {
            return;
        };
        self.cover(&out, brush);
    }

    /// Accumulate the triangles' coverage in a page and paint it with `brush`.
    fn cover(&mut self, tris: &VertexBuffers<Point, u32>, brush: &Brush) {
        let t = self.transform;
        let mut inst = Instance {
            info: [K_PATH, 0, 0, 0],
            ..Instance::default()
        };
        match brush {
            Brush::Solid(c) if c.a > 0 => inst.color = premul(*c),
            Brush::Solid(_) => return,
            Brush::Gradient(g) => {
                if !self.set_gradient(&mut inst, g) {
                    return;
                }
            }
        }
        let (inv, inv_t) = inverse_of(&t).unwrap_or(([1.0, 0.0, 0.0, 1.0], [0.0; 4]));
        inst.inv = inv;
        inst.inv_t = inv_t;
        let Some((region, page, dx, dy)) = self.coverage_of(tris) else {
            return;
        };
        inst.quad = irect_f32(region);
        inst.offs[2] = dx;
        inst.offs[3] = dy;
        self.emit(inst, Some(TexRef::Coverage(page)));
    }

    /// Sum `tris` (device space) into a level-0 coverage page: the device region they
    /// cover (within the clip bounds), the page, and the offset from device to page pixels.
    fn coverage_of(&mut self, tris: &VertexBuffers<Point, u32>) -> Option<(IRect, u32, f32, f32)> {
        let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for p in &tris.vertices {
            if p.x.is_finite() && p.y.is_finite() {
                x0 = x0.min(p.x);
                y0 = y0.min(p.y);
                x1 = x1.max(p.x);
                y1 = y1.max(p.y);
            }
        }
        if x0 > x1 {
            return None;
        }
        let region = crate::Rect::new(x0, y0, x1 - x0, y1 - y0)
            .inflate(1.0)
            .to_irect_covering()
            .intersect(&self.clip.bounds);
        if region.is_empty() {
            return None;
        }
        let Some((page, px, py)) = self
            .frame
            .alloc_coverage(0, region.width(), region.height())
        else {
            log::warn!("path of {region:?} does not fit a coverage page; skipped");
            return None;
        };
        let (dx, dy) = (px as f32 - region.x0 as f32, py as f32 - region.y0 as f32);
        let start = self.frame.path_vertices.len() as u32;
        let at = |p: Point| [p.x + dx, p.y + dy];
        for tri in tris.indices.chunks_exact(3) {
            let v = |i: u32| tris.vertices.get(i as usize).copied();
            let (Some(a), Some(b), Some(c)) = (v(tri[0]), v(tri[1]), v(tri[2])) else {
                continue;
            };
            let bx0 = a.x.min(b.x).min(c.x);
            let by0 = a.y.min(b.y).min(c.y);
            let bx1 = a.x.max(b.x).max(c.x);
            let by1 = a.y.max(b.y).max(c.y);
            let bounds = crate::Rect::new(bx0, by0, bx1 - bx0, by1 - by0)
                .inflate(0.5)
                .to_irect_covering()
                .intersect(&region);
            if bounds.is_empty() {
                continue;
            }
            let q = irect_f32(bounds.translate(dx as i32, dy as i32));
            let (pa, pb, pc) = (at(a), at(b), at(c));
            for (x, y) in [
                (q[0], q[1]),
                (q[2], q[1]),
                (q[0], q[3]),
                (q[0], q[3]),
                (q[2], q[1]),
                (q[2], q[3]),
            ] {
                self.frame.path_vertices.push(PathVertex {
                    pos: [x, y],
                    a: pa,
                    b: pb,
                    c: pc,
                });
            }
        }
        let end = self.frame.path_vertices.len() as u32;
        if let Some(p) = self.frame.pages.get_mut(page as usize) {
            p.paths
                .push((start..end, region.translate(dx as i32, dy as i32)));
        }
        Some((region, page, dx, dy))
    }
}

/// The larger side of the path's device bounding box (control points included), grown by
/// `pad`; infinite or NaN coordinates count as huge.
fn device_extent(path: &PathData, t: &Transform, pad: f32) -> f32 {
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for e in path.0.iter() {
        let pts = match e {
            Event::Begin { at } => [at, at, at],
            Event::Line { to, .. } | Event::End { last: to, .. } => [to, to, to],
            Event::Quadratic { ctrl, to, .. } => [ctrl, to, to],
            Event::Cubic {
                ctrl1, ctrl2, to, ..
            } => [ctrl1, ctrl2, to],
        };
        for p in pts {
            let q = t.apply(Point::new(p.x, p.y));
            x0 = x0.min(q.x);
            y0 = y0.min(q.y);
            x1 = x1.max(q.x);
            y1 = y1.max(q.y);
        }
    }
    let extent = (x1 - x0).max(y1 - y0) + pad.abs();
    if extent.is_finite() {
        extent.max(0.0)
    } else {
        f32::MAX / 4.0
    }
}

fn lyon_transform(t: &Transform) -> lyon_tessellation::math::Transform {
    lyon_tessellation::math::Transform::new(t.xx, t.yx, t.xy, t.yy, t.tx, t.ty)
}

/// The path flattened and cut into dashes, as the software stroker cuts it: the pattern
/// doubled when odd, `dash_offset` honoured, and on a closed contour that starts and ends
/// inside a dash the last dash joins the first. `None` when the pattern is unusable.
fn dash_path(path: &PathData, style: &StrokeStyle, tol: f32) -> Option<Path> {
    let mut pattern = style.dashes.clone();
    if pattern.len() % 2 == 1 {
        pattern.extend_from_within(..);
    }
    let total: f32 = pattern.iter().sum();
    if pattern.is_empty() || pattern.iter().any(|d| !(d.is_finite() && *d >= 0.0)) || total <= 1e-3
    {
        return None;
    }
    // Flattened sub-paths.
    let mut polys: Vec<(Vec<Point>, bool)> = Vec::new();
    for e in path.0.iter().flattened(tol) {
        match e {
            Event::Begin { at } => polys.push((vec![Point::new(at.x, at.y)], false)),
            Event::Line { to, .. } => {
                if let Some((p, _)) = polys.last_mut() {
                    p.push(Point::new(to.x, to.y));
                }
            }
            Event::End { close, .. } => {
                if let Some((_, c)) = polys.last_mut() {
                    *c = close;
                }
            }
            Event::Quadratic { .. } | Event::Cubic { .. } => {}
        }
    }
    let len = |a: Point, b: Point| ((b.x - a.x).powi(2) + (b.y - a.y).powi(2)).sqrt();
    let mut out = Path::builder();
    for (pts, closed) in &polys {
        let n = pts.len();
        let segs = if *closed { n } else { n.saturating_sub(1) };
        let path_len: f32 = (0..segs).map(|i| len(pts[i], pts[(i + 1) % n])).sum();
        if path_len / total > MAX_DASHES {
            return None;
        }
        let mut idx = 0;
        let mut o = if style.dash_offset.is_finite() {
            style.dash_offset.rem_euclid(total)
        } else {
            0.0
        };
        while o >= pattern[idx] {
            o -= pattern[idx];
            idx = (idx + 1) % pattern.len();
        }
        let mut left = pattern[idx] - o;
        let mut on = idx % 2 == 0;
        let starts_on = on;
        let mut pieces: Vec<Vec<Point>> = Vec::new();
        let mut cur: Vec<Point> = Vec::new();
        if on && n > 0 {
            cur.push(pts[0]);
        }
        for i in 0..segs {
            let (a, b) = (pts[i], pts[(i + 1) % n]);
            let seg = len(a, b);
            let mut t = 0.0;
            while seg - t > left {
                t += left;
                let p = Point::new(a.x + (b.x - a.x) * t / seg, a.y + (b.y - a.y) * t / seg);
                if on {
                    cur.push(p);
                    pieces.push(std::mem::take(&mut cur));
                } else {
                    cur.push(p);
                }
                on = !on;
                idx = (idx + 1) % pattern.len();
                left = pattern[idx];
            }
            left -= seg - t;
            if on {
                cur.push(b);
            }
        }
        if on && !cur.is_empty() {
            pieces.push(cur);
            if *closed && starts_on && pieces.len() >= 2 {
                let last = pieces.pop().unwrap_or_default();
                let first = pieces.remove(0);
                let mut merged = last;
                merged.extend_from_slice(first.get(1..).unwrap_or_default());
                pieces.insert(0, merged);
            }
        }
        for piece in pieces {
            let mut it = piece.iter();
            let Some(p0) = it.next() else {
                continue;
            };
            out.begin(point(p0.x, p0.y));
            for p in it {
                out.line_to(point(p.x, p.y));
            }
            out.end(false);
        }
    }
    Some(out.build())
}
