//! [`SoftwareRenderer`]: executes a [`DisplayList`] into a [`RenderTarget`].

use super::coverage::{RoundedBox, to_u8};
use super::format::{Bgra, Format, Rgb565, Rgba};
use super::{PixelFormat, RenderTarget};
use crate::text::{FontContext, GlyphMaskKind};
use crate::{
    BorderWidths, Color, CornerRadii, DisplayList, DrawCmd, GlyphRun, IRect, PremulColor, Rect,
};

/// Draws display lists on the CPU. Keeps scratch state between frames; create one per surface.
///
/// ```
/// use arkui_renderer::software::{PixelFormat, RenderTarget, SoftwareRenderer};
/// use arkui_renderer::text::{FontContext, FontSource};
/// use arkui_renderer::{Color, DisplayList, DrawCmd, IRect, Rect};
///
/// let mut list = DisplayList::new();
/// list.push(DrawCmd::Rect { rect: Rect::new(0.0, 0.0, 4.0, 4.0), color: Color::WHITE });
/// list.push(DrawCmd::Rect { rect: Rect::new(1.0, 1.0, 2.0, 2.0), color: Color::RED });
/// let mut pixels = vec![0u8; 4 * 4 * 4];
/// let mut target = RenderTarget::new(&mut pixels, 4, 4, 16, PixelFormat::Rgba8888).unwrap();
/// let mut fonts = FontContext::new(FontSource::BundledOnly);
/// SoftwareRenderer::new().render(&list, &mut target, &mut fonts, IRect::from_size(4, 4));
/// assert_eq!(&pixels[(1 * 4 + 1) * 4..][..4], &[255, 0, 0, 255]);
/// assert_eq!(&pixels[..4], &[255, 255, 255, 255]);
/// ```
#[derive(Debug, Default)]
pub struct SoftwareRenderer {
    clips: Vec<IRect>,
    /// Pixels written by the last [`SoftwareRenderer::render`] call (a damage statistic).
    last_region_area: u64,
}

/// A view of target rows as the rasterizer sees them.
struct Surface<'a, F: Format> {
    data: &'a mut [u8],
    stride: usize,
    _format: std::marker::PhantomData<F>,
}

impl<F: Format> Surface<'_, F> {
    #[inline]
    fn span(&mut self, y: i32, x0: i32, x1: i32, c: PremulColor) {
        let row = y as usize * self.stride;
        let px = &mut self.data[row + x0 as usize * F::BPP..row + x1 as usize * F::BPP];
        if c.a == 255 {
            for p in px.chunks_exact_mut(F::BPP) {
                F::store(p, c);
            }
        } else {
            for p in px.chunks_exact_mut(F::BPP) {
                F::blend(p, c);
            }
        }
    }

    #[inline]
    fn pixel(&mut self, x: i32, y: i32, c: PremulColor) {
        let at = y as usize * self.stride + x as usize * F::BPP;
        F::blend(&mut self.data[at..at + F::BPP], c);
    }
}

impl SoftwareRenderer {
    /// A renderer with empty scratch state.
    pub fn new() -> SoftwareRenderer {
        SoftwareRenderer::default()
    }

    /// Pixels covered by the region of the last render (0 when nothing was drawn).
    pub fn last_region_area(&self) -> u64 {
        self.last_region_area
    }

    /// Draw `list` into `target`, touching only pixels inside `region` (the frame's damage).
    /// Pixels outside `region` keep what the previous frame left there.
    pub fn render(
        &mut self,
        list: &DisplayList,
        target: &mut RenderTarget<'_>,
        fonts: &mut FontContext,
        region: IRect,
    ) {
        let bounds = IRect::from_size(target.width, target.height);
        let region = region.intersect(&bounds);
        self.last_region_area = region.area();
        if region.is_empty() {
            return;
        }
        match target.format {
            PixelFormat::Rgba8888 => self.run::<Rgba>(list, target, fonts, region),
            PixelFormat::Bgra8888 => self.run::<Bgra>(list, target, fonts, region),
            PixelFormat::Rgb565 => self.run::<Rgb565>(list, target, fonts, region),
        }
    }

    fn run<F: Format>(
        &mut self,
        list: &DisplayList,
        target: &mut RenderTarget<'_>,
        fonts: &mut FontContext,
        region: IRect,
    ) {
        let mut s = Surface::<F> {
            data: target.data,
            stride: target.stride,
            _format: std::marker::PhantomData,
        };
        self.clips.clear();
        let mut clip = region;
        for cmd in &list.commands {
            match cmd {
                DrawCmd::PushClip { rect } => {
                    self.clips.push(clip);
                    clip = clip.intersect(&snap(rect));
                    continue;
                }
                DrawCmd::PopClip => {
                    clip = self.clips.pop().unwrap_or(region);
                    continue;
                }
                _ => {}
            }
            let Some(bounds) = cmd.bounds() else { continue };
            if !bounds.intersects(&clip) {
                continue;
            }
            match cmd {
                DrawCmd::Rect { rect, color } => {
                    fill_rounded(&mut s, *rect, CornerRadii::default(), *color, clip);
                }
                DrawCmd::RoundedRect { rect, radii, color } => {
                    fill_rounded(&mut s, *rect, *radii, *color, clip);
                }
                DrawCmd::Border {
                    rect,
                    radii,
                    widths,
                    color,
                } => {
                    stroke_border(&mut s, *rect, *radii, *widths, *color, clip);
                }
                DrawCmd::Glyphs(run) => draw_glyphs(&mut s, run, fonts, clip),
                DrawCmd::PushClip { .. } | DrawCmd::PopClip => {}
            }
        }
    }
}

/// Clip rectangles snap to the nearest pixel edge so adjacent clips neither overlap nor gap.
fn snap(r: &Rect) -> IRect {
    if r.is_empty() {
        return IRect::EMPTY;
    }
    IRect::new(
        r.x.round() as i32,
        r.y.round() as i32,
        r.right().round() as i32,
        r.bottom().round() as i32,
    )
}

fn fill_rounded<F: Format>(
    s: &mut Surface<'_, F>,
    rect: Rect,
    radii: CornerRadii,
    color: Color,
    clip: IRect,
) {
    let Some(shape) = RoundedBox::new(rect, radii) else {
        return;
    };
    let c = color.premultiplied();
    if c.a == 0 {
        return;
    }
    let rows = shape.rows();
    for y in rows.start.max(clip.y0)..rows.end.min(clip.y1) {
        let row = shape.row(y);
        let (x0, x1) = (row.touched.start.max(clip.x0), row.touched.end.min(clip.x1));
        let (s0, s1) = (row.solid.start.clamp(x0, x1), row.solid.end.clamp(x0, x1));
        for x in x0..s0 {
            blend_cov(s, x, y, c, shape.pixel(x, y));
        }
        if s0 < s1 {
            let cov = to_u8(row.full);
            if cov == 255 {
                s.span(y, s0, s1, c);
            } else if cov > 0 {
                s.span(y, s0, s1, c.scale(cov));
            }
        }
        for x in s1.max(s0)..x1 {
            blend_cov(s, x, y, c, shape.pixel(x, y));
        }
    }
}

#[inline]
fn blend_cov<F: Format>(s: &mut Surface<'_, F>, x: i32, y: i32, c: PremulColor, cov: f32) {
    let cov = to_u8(cov);
    if cov == 255 {
        s.pixel(x, y, c);
    } else if cov > 0 {
        s.pixel(x, y, c.scale(cov));
    }
}

fn stroke_border<F: Format>(
    s: &mut Surface<'_, F>,
    rect: Rect,
    radii: CornerRadii,
    w: BorderWidths,
    color: Color,
    clip: IRect,
) {
    let fix = |v: f32| if v.is_finite() { v.max(0.0) } else { 0.0 };
    let (l, t, r, b) = (fix(w.left), fix(w.top), fix(w.right), fix(w.bottom));
    let Some(outer) = RoundedBox::new(rect, radii) else {
        return;
    };
    let outer_radii = radii.clamped(rect.width, rect.height);
    let inner_rect = Rect::new(
        rect.x + l,
        rect.y + t,
        rect.width - l - r,
        rect.height - t - b,
    );
    let inner = RoundedBox::new(inner_rect, outer_radii.shrink(l, t, r, b));
    let c = color.premultiplied();
    if c.a == 0 {
        return;
    }
    let rows = outer.rows();
    for y in rows.start.max(clip.y0)..rows.end.min(clip.y1) {
        let orow = outer.row(y);
        let (x0, x1) = (
            orow.touched.start.max(clip.x0),
            orow.touched.end.min(clip.x1),
        );
        // Pixels fully inside the inner edge get no border.
        let hole = inner
            .as_ref()
            .map(|i| i.row(y))
            .filter(|r| r.full >= 1.0)
            .map(|r| r.solid);
        let mut x = x0;
        while x < x1 {
            if let Some(h) = &hole
                && x >= h.start
                && x < h.end
            {
                x = h.end;
                continue;
            }
            let o = if x >= orow.solid.start && x < orow.solid.end {
                orow.full
            } else {
                outer.pixel(x, y)
            };
            let i = inner.as_ref().map_or(0.0, |i| i.pixel(x, y));
            blend_cov(s, x, y, c, o * (1.0 - i));
            x += 1;
        }
    }
}

fn draw_glyphs<F: Format>(
    s: &mut Surface<'_, F>,
    run: &GlyphRun,
    fonts: &mut FontContext,
    clip: IRect,
) {
    let c = run.color.premultiplied();
    for g in &run.glyphs {
        let Some((gx, gy, mask)) = fonts.glyph_mask(g.font, g.id, run.size, run.weight, g.x, g.y)
        else {
            continue;
        };
        let area =
            IRect::new(gx, gy, gx + mask.width as i32, gy + mask.height as i32).intersect(&clip);
        for y in area.y0..area.y1 {
            let my = (y - gy) as usize;
            for x in area.x0..area.x1 {
                let mx = (x - gx) as usize;
                match mask.kind {
                    GlyphMaskKind::Alpha => {
                        let cov = mask.data[my * mask.width as usize + mx];
                        if cov != 0 {
                            s.pixel(x, y, if cov == 255 { c } else { c.scale(cov) });
                        }
                    }
                    GlyphMaskKind::Color => {
                        let i = (my * mask.width as usize + mx) * 4;
                        let p = &mask.data[i..i + 4];
                        s.pixel(x, y, Color::rgba(p[0], p[1], p[2], p[3]).premultiplied());
                    }
                }
            }
        }
    }
}
