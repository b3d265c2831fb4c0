//! [`SoftwareRenderer`]: executes a [`DisplayList`] into a [`RenderTarget`].

use super::clip::ClipStack;
use super::draw::TOLERANCE;
use super::draw::{Ctx, Scratch, draw};
use super::format::{Bgra, Format, Rgb565, Rgb565Dither, Rgba, over};
use super::shape::{Shape, emit, rounded_shape};
use super::surface::Surface;
use super::{PixelFormat, RenderTarget, Rotation};
use crate::color::mul_div255;
use crate::damage::{Blit, Damage, FrameDamage};
use crate::images::ImageCache;
use crate::text::FontContext;
use crate::{
    Color, CompositeMode, CornerRadii, DisplayList, DrawCmd, FillRule, IRect, LayerShadow,
    PathData, Rect, Transform,
};

/// Rows per strip when drawing into a rotated target.
const ROTATION_STRIP_ROWS: i32 = 16;

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
    clips: ClipStack,
    transforms: Vec<Transform>,
    layers: Vec<Layer>,
    layer_pool: Vec<Vec<u8>>,
    scratch: Scratch,
    strip: Vec<u8>,
    /// Pixels covered by the regions of the last render call (a damage statistic).
    pub(super) last_region_area: u64,
    /// Pixels the last [`SoftwareRenderer::render_frame`] moved instead of painting.
    pub(super) last_blit_area: u64,
}

/// An offscreen group being drawn; composited at `opacity` when popped.
#[derive(Debug)]
struct Layer {
    rect: IRect,
    opacity: u8,
    buf: Vec<u8>,
    /// Opacity 1: drawing goes straight through, nothing is allocated.
    passthrough: bool,
    /// How it is put onto what is under it.
    mode: CompositeMode,
    /// Its drop shadow in device pixels: colour, sigma, whole-pixel offset.
    shadow: Option<(Color, f32, (i32, i32))>,
    /// Blur of its content, device sigma (0: none).
    blur: f32,
}

impl SoftwareRenderer {
    /// A renderer with empty scratch state.
    pub fn new() -> SoftwareRenderer {
        SoftwareRenderer::default()
    }

    /// Pixels covered by the regions of the last render call (0 when nothing was drawn).
    pub fn last_region_area(&self) -> u64 {
        self.last_region_area
    }

    /// Pixels the last [`SoftwareRenderer::render_frame`] moved with a blit (0 for other
    /// render calls).
    pub fn last_blit_area(&self) -> u64 {
        self.last_blit_area
    }

    /// Draw a frame over the pixels of the frame before it: first the scroll blit, if any,
    /// then every damaged rectangle. `target` must hold the frame `frame` was measured
    /// against (see `arkui_core::App::frame_damage`); a target that holds anything else
    /// wants [`FrameDamage::without_blit`] or a full repaint.
    ///
    /// ```
    /// use arkui_renderer::damage::{Blit, Damage, FrameDamage};
    /// use arkui_renderer::images::ImageCache;
    /// use arkui_renderer::software::{PixelFormat, RenderTarget, SoftwareRenderer};
    /// use arkui_renderer::text::{FontContext, FontSource};
    /// use arkui_renderer::{Color, DisplayList, DrawCmd, IRect, Rect};
    /// // Two rows of 2 px: red over blue; the new frame scrolled by one row.
    /// let mut px = vec![0u8; 4 * 4 * 4];
    /// let mut t = RenderTarget::new(&mut px, 4, 4, 16, PixelFormat::Rgba8888).unwrap();
    /// let mut fonts = FontContext::new(FontSource::BundledOnly);
    /// let mut list = DisplayList::new();
    /// list.push(DrawCmd::Rect { rect: Rect::new(0.0, 0.0, 4.0, 2.0), color: Color::RED });
    /// list.push(DrawCmd::Rect { rect: Rect::new(0.0, 2.0, 4.0, 2.0), color: Color::BLUE });
    /// let mut r = SoftwareRenderer::new();
    /// r.render(&list, &mut t, &mut fonts, IRect::from_size(4, 4));
    /// let mut next = DisplayList::new();
    /// next.push(DrawCmd::Rect { rect: Rect::new(0.0, 0.0, 4.0, 2.0), color: Color::BLUE });
    /// next.push(DrawCmd::Rect { rect: Rect::new(0.0, 2.0, 4.0, 2.0), color: Color::WHITE });
    /// let frame = FrameDamage {
    ///     damage: Damage::from_rect(IRect::new(0, 2, 4, 4)),
    ///     blit: Some(Blit { area: IRect::from_size(4, 4), dx: 0, dy: -2 }),
    /// };
    /// r.render_frame(&next, &mut t, &mut fonts, &ImageCache::new(0), &frame);
    /// assert_eq!((r.last_blit_area(), r.last_region_area()), (8, 8));
    /// assert_eq!(&px[..4], &[0, 0, 255, 255]); // blue moved up
    /// assert_eq!(&px[8 * 4..][..4], &[255, 255, 255, 255]); // white painted below
    /// ```
    pub fn render_frame(
        &mut self,
        list: &DisplayList,
        target: &mut RenderTarget<'_>,
        fonts: &mut FontContext,
        images: &ImageCache,
        frame: &FrameDamage,
    ) {
        let moved = frame.blit.map_or(0, |b| {
            super::scroll(target, b.area, b.dx, b.dy);
            let (lw, lh) = target.logical_size();
            Blit {
                area: b.area.intersect(&IRect::from_size(lw, lh)),
                ..b
            }
            .moved_area()
        });
        self.render_damage(list, target, fonts, images, &frame.damage);
        self.last_blit_area = moved;
    }

    /// Draw `list` into `target`, touching only pixels inside `region` (the frame's damage).
    /// Pixels outside `region` keep what the previous frame left there. Images draw as
    /// placeholders; use [`SoftwareRenderer::render_with_images`] to supply them.
    pub fn render(
        &mut self,
        list: &DisplayList,
        target: &mut RenderTarget<'_>,
        fonts: &mut FontContext,
        region: IRect,
    ) {
        let images = ImageCache::new(0);
        self.render_with_images(list, target, fonts, &images, region);
    }

    /// [`SoftwareRenderer::render`] with decoded images for [`DrawCmd::Image`].
    pub fn render_with_images(
        &mut self,
        list: &DisplayList,
        target: &mut RenderTarget<'_>,
        fonts: &mut FontContext,
        images: &ImageCache,
        region: IRect,
    ) {
        self.last_region_area = 0;
        self.last_blit_area = 0;
        self.render_region(list, target, fonts, images, region);
    }

    /// Draw every rectangle of `damage`; an empty damage set costs nothing.
    pub fn render_damage(
        &mut self,
        list: &DisplayList,
        target: &mut RenderTarget<'_>,
        fonts: &mut FontContext,
        images: &ImageCache,
        damage: &Damage,
    ) {
        self.last_region_area = 0;
        self.last_blit_area = 0;
        for r in damage.rects() {
            self.render_region(list, target, fonts, images, *r);
        }
    }

    fn render_region(
        &mut self,
        list: &DisplayList,
        target: &mut RenderTarget<'_>,
        fonts: &mut FontContext,
        images: &ImageCache,
        region: IRect,
    ) {
        let (lw, lh) = target.logical_size();
        let region = region.intersect(&IRect::from_size(lw, lh));
        if region.is_empty() {
            return;
        }
        self.last_region_area += region.area();
        match (target.format, target.dither) {
            (PixelFormat::Rgba8888, _) => {
                self.dispatch::<Rgba>(list, target, fonts, images, region)
            }
            (PixelFormat::Bgra8888, _) => {
                self.dispatch::<Bgra>(list, target, fonts, images, region)
            }
            (PixelFormat::Rgb565, false) => {
                self.dispatch::<Rgb565>(list, target, fonts, images, region)
            }
            (PixelFormat::Rgb565, true) => {
                self.dispatch::<Rgb565Dither>(list, target, fonts, images, region)
            }
        }
    }

    fn dispatch<F: Format>(
        &mut self,
        list: &DisplayList,
        target: &mut RenderTarget<'_>,
        fonts: &mut FontContext,
        images: &ImageCache,
        region: IRect,
    ) {
        if target.rotation == Rotation::Deg0 {
            let rect = IRect::from_size(target.width, target.height);
            let mut s = Surface::<F>::new(target.data, target.stride, rect);
            self.run(list, &mut s, fonts, images, region);
            return;
        }
        // A rotated panel: draw logical strips into scratch and turn them into place.
        let mut strip = std::mem::take(&mut self.strip);
        let bpp = F::BPP;
        let row = region.width() as usize * bpp;
        let (pw, ph) = (target.width, target.height);
        let mut y0 = region.y0;
        while y0 < region.y1 {
            let y1 = (y0 + ROTATION_STRIP_ROWS).min(region.y1);
            let rect = IRect::new(region.x0, y0, region.x1, y1);
            strip.clear();
            strip.resize(row * rect.height() as usize, 0);
            let at = |x: i32, y: i32| {
                let (px, py) = target.rotation.to_physical(x as u32, y as u32, pw, ph);
                py as usize * target.stride + px as usize * bpp
            };
            for y in y0..y1 {
                for x in rect.x0..rect.x1 {
                    let s = ((y - y0) as usize) * row + (x - rect.x0) as usize * bpp;
                    let p = at(x, y);
                    strip[s..s + bpp].copy_from_slice(&target.data[p..p + bpp]);
                }
            }
            let mut s = Surface::<F>::new(&mut strip, row, rect);
            self.run(list, &mut s, fonts, images, rect);
            for y in y0..y1 {
                for x in rect.x0..rect.x1 {
                    let s = ((y - y0) as usize) * row + (x - rect.x0) as usize * bpp;
                    let p = at(x, y);
                    target.data[p..p + bpp].copy_from_slice(&strip[s..s + bpp]);
                }
            }
            y0 = y1;
        }
        self.strip = strip;
    }

    /// Execute the list into `surface`, clipped to `region` (which lies inside the surface).
    pub(crate) fn run<F: Format>(
        &mut self,
        list: &DisplayList,
        surface: &mut Surface<'_, F>,
        fonts: &mut FontContext,
        images: &ImageCache,
        region: IRect,
    ) {
        self.clips.reset(region.intersect(&surface.rect()));
        self.transforms.clear();
        let mut transform = Transform::IDENTITY;
        // The anti-aliasing settings in force, innermost last.
        let mut aliased: Vec<bool> = Vec::new();
        // What an opaque fill hides is not drawn (its state commands still are).
        let start = super::occlusion::first_visible(list, region);
        for (index, cmd) in list.commands.iter().enumerate() {
            match cmd {
                DrawCmd::PushClip { rect } => {
                    self.push_clip(*rect, CornerRadii::default(), &transform);
                }
                DrawCmd::PushRoundedClip { rect, radii } => {
                    self.push_clip(*rect, *radii, &transform);
                }
                DrawCmd::PushPathClip { path, rule } => {
                    self.push_path_clip(path, *rule, &transform);
                }
                DrawCmd::PopClip => self.clips.pop(),
                DrawCmd::PushTransform { transform: t } => {
                    self.transforms.push(transform);
                    transform = t.then(&transform);
                }
                DrawCmd::PopTransform => {
                    transform = self.transforms.pop().unwrap_or(Transform::IDENTITY);
                }
                DrawCmd::PushLayer { opacity, bounds } => {
                    self.push_layer(*opacity, *bounds, &transform)
                }
                DrawCmd::PushCompositeLayer {
                    mode,
                    shadow,
                    bounds,
                    blur,
                } => self.push_composite_layer(*mode, (*shadow, *blur), *bounds, &transform),
                DrawCmd::PopLayer => self.pop_layer(surface),
                DrawCmd::PushAntiAlias { on } => aliased.push(*on),
                DrawCmd::PopAntiAlias => {
                    aliased.pop();
                }
                _ => {
                    if index < start {
                        continue;
                    }
                    let Some(b) = cmd.local_bounds() else {
                        continue;
                    };
                    let dev = if transform.is_translation() {
                        Rect::new(b.x + transform.tx, b.y + transform.ty, b.width, b.height)
                    } else {
                        transform.map_rect_bounds(b)
                    };
                    if !dev
                        .inflate(1.0)
                        .to_irect_covering()
                        .intersects(&self.clips.bounds())
                    {
                        continue;
                    }
                    let SoftwareRenderer {
                        clips,
                        layers,
                        scratch,
                        ..
                    } = self;
                    let mut ctx = Ctx {
                        clips,
                        transform,
                        scratch,
                        fonts,
                        images,
                        aliased: aliased.last() == Some(&false),
                    };
                    match layers.iter_mut().rev().find(|l| !l.passthrough) {
                        Some(layer) => {
                            let stride = layer.rect.width() as usize * 4;
                            let mut ls = Surface::<Rgba>::new(&mut layer.buf, stride, layer.rect);
                            draw(&mut ls, cmd, &mut ctx);
                        }
                        None => draw(surface, cmd, &mut ctx),
                    }
                }
            }
        }
        while !self.layers.is_empty() {
            self.pop_layer(surface);
        }
    }

    fn push_clip(&mut self, rect: Rect, radii: CornerRadii, t: &Transform) {
        if radii.is_zero() && t.is_axis_aligned() {
            // Square clips snap to whole pixels so adjacent clips neither overlap nor gap.
            let r = t.map_rect_bounds(rect);
            self.clips.push_rect(snap(&r));
            return;
        }
        let shape = rounded_shape(rect, radii, t, &mut self.scratch);
        let bounds = t.map_rect_bounds(rect).to_irect_covering();
        let Scratch { raster, cov, .. } = &mut self.scratch;
        self.clips
            .push_shape(bounds, |clip, sink| emit(&shape, clip, raster, cov, sink));
    }

    fn push_path_clip(&mut self, path: &PathData, rule: FillRule, t: &Transform) {
        let sc = &mut self.scratch;
        sc.lines.clear();
        if t.is_finite() {
            sc.lines
                .flatten(path, TOLERANCE / t.max_scale().max(1e-3), t);
        }
        sc.raster.clear();
        let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for (pts, _) in sc.lines.iter() {
            sc.raster.polygon(pts);
            for p in pts {
                x0 = x0.min(p.x);
                y0 = y0.min(p.y);
                x1 = x1.max(p.x);
                y1 = y1.max(p.y);
            }
        }
        // An empty or unusable path clips everything away, as a canvas's `clip()` does.
        let bounds = if x0 <= x1 && x0.is_finite() && y0.is_finite() {
            Rect::new(x0, y0, x1 - x0, y1 - y0).to_irect_covering()
        } else {
            IRect::EMPTY
        };
        let Scratch { raster, cov, .. } = &mut self.scratch;
        let shape = Shape::Polygons(rule);
        self.clips
            .push_shape(bounds, |clip, sink| emit(&shape, clip, raster, cov, sink));
    }

    fn push_layer(&mut self, opacity: f32, bounds: Option<Rect>, t: &Transform) {
        let o = if opacity.is_finite() {
            opacity.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let opacity = (o * 255.0 + 0.5) as u8;
        let mut rect = self.clips.bounds();
        if let Some(b) = bounds {
            rect = rect.intersect(&t.map_rect_bounds(b).to_irect_covering());
        }
        // The layer's own clip keeps every draw inside its buffer.
        self.clips.push_rect(rect);
        if opacity == 255 {
            self.layers.push(Layer {
                rect,
                opacity,
                buf: Vec::new(),
                passthrough: true,
                mode: CompositeMode::SourceOver,
                shadow: None,
                blur: 0.0,
            });
            return;
        }
        let mut buf = self.layer_pool.pop().unwrap_or_default();
        buf.clear();
        buf.resize(rect.area() as usize * 4, 0);
        self.layers.push(Layer {
            rect,
            opacity,
            buf,
            passthrough: false,
            mode: CompositeMode::SourceOver,
            shadow: None,
            blur: 0.0,
        });
    }

    fn push_composite_layer(
        &mut self,
        mode: CompositeMode,
        (shadow, blur): (Option<LayerShadow>, f32),
        bounds: Option<Rect>,
        t: &Transform,
    ) {
        let mut rect = self.clips.bounds();
        if let Some(b) = bounds {
            rect = rect.intersect(&t.map_rect_bounds(b).to_irect_covering());
        }
        self.clips.push_rect(rect);
        let mut buf = self.layer_pool.pop().unwrap_or_default();
        buf.clear();
        buf.resize(rect.area() as usize * 4, 0);
        // Resolved in device pixels (a canvas records its shadows outside its own transform,
        // so only the device scale applies).
        let shadow = shadow.and_then(|sh| sh.device(t));
        let blur = crate::display_list::device_blur(blur, t);
        self.layers.push(Layer {
            rect,
            opacity: 255,
            buf,
            passthrough: false,
            mode,
            shadow,
            blur,
        });
    }

    fn pop_layer<F: Format>(&mut self, surface: &mut Surface<'_, F>) {
        let Some(layer) = self.layers.pop() else {
            return;
        };
        self.clips.pop();
        if layer.passthrough {
            return;
        }
        let stride = layer.rect.width() as usize * 4;
        let mut layer = layer;
        if layer.blur > 0.05 {
            super::blur::blur_in_place(&mut layer.buf, layer.rect, layer.blur);
        }
        let src = Surface::<Rgba>::new_readonly(&layer.buf, stride, layer.rect);
        let shadow = layer.shadow.map(|(color, sigma, offset)| {
            super::blur::drop_shadow(&layer.buf, layer.rect, color, sigma, offset)
        });
        match self.layers.iter_mut().rev().find(|l| !l.passthrough) {
            Some(parent) => {
                let pstride = parent.rect.width() as usize * 4;
                let mut dst = Surface::<Rgba>::new(&mut parent.buf, pstride, parent.rect);
                if let Some(sh) = &shadow {
                    let ss = Surface::<Rgba>::new_readonly(sh, stride, layer.rect);
                    composite(&ss, &mut dst, layer.rect, 255);
                }
                composite_mode(&src, &mut dst, layer.rect, layer.opacity, layer.mode);
            }
            None => {
                if let Some(sh) = &shadow {
                    let ss = Surface::<Rgba>::new_readonly(sh, stride, layer.rect);
                    composite(&ss, surface, layer.rect, 255);
                }
                composite_mode(&src, surface, layer.rect, layer.opacity, layer.mode);
            }
        }
        self.layer_pool.push(layer.buf);
    }
}

/// Put `src` (scaled by `opacity`) onto `dst` inside `rect` by `mode`.
fn composite_mode<F: Format>(
    src: &super::surface::ReadSurface<'_>,
    dst: &mut Surface<'_, F>,
    rect: IRect,
    opacity: u8,
    mode: CompositeMode,
) {
    match mode {
        CompositeMode::SourceOver => composite(src, dst, rect, opacity),
        CompositeMode::DestinationOut => {
            let rect = rect.intersect(&dst.rect());
            for y in rect.y0..rect.y1 {
                for x in rect.x0..rect.x1 {
                    let a = mul_div255(src.load(x, y).a, opacity);
                    if a == 0 {
                        continue;
                    }
                    let d = dst.load(x, y);
                    dst.store(x, y, d.scale(255 - a));
                }
            }
        }
        CompositeMode::SourceIn => {
            let rect = rect.intersect(&dst.rect());
            for y in rect.y0..rect.y1 {
                for x in rect.x0..rect.x1 {
                    let a = dst.load(x, y).a;
                    dst.store(x, y, src.load(x, y).scale(mul_div255(a, opacity)));
                }
            }
        }
        CompositeMode::Copy => {
            let rect = rect.intersect(&dst.rect());
            for y in rect.y0..rect.y1 {
                for x in rect.x0..rect.x1 {
                    dst.store(x, y, src.load(x, y).scale(opacity));
                }
            }
        }
    }
}

/// Blend `src` scaled by `opacity` over `dst` inside `rect`.
fn composite<F: Format>(
    src: &super::surface::ReadSurface<'_>,
    dst: &mut Surface<'_, F>,
    rect: IRect,
    opacity: u8,
) {
    let rect = rect.intersect(&dst.rect());
    for y in rect.y0..rect.y1 {
        for x in rect.x0..rect.x1 {
            let c = src.load(x, y);
            if c.a == 0 && c.r == 0 && c.g == 0 && c.b == 0 {
                continue;
            }
            let c = c.scale(opacity);
            let d = dst.load(x, y);
            dst.store(x, y, if c.a == 255 { c } else { over(c, d) });
        }
    }
}

/// Clip rectangles snap to the nearest pixel edge so adjacent clips neither overlap nor gap.
fn snap(r: &Rect) -> IRect {
    if r.is_empty() {
        return IRect::EMPTY;
    }
    let c = |v: f32| v.round().clamp(-1.0e9, 1.0e9) as i32;
    IRect::new(c(r.x), c(r.y), c(r.right()), c(r.bottom()))
}
