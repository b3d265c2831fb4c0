//! Images on a canvas: `drawImage` in its three forms, `createPattern`, and the pixel
//! round trip `createImageData` / `getImageData` / `putImageData`.
//!
//! Units follow ArkUI's: positions and sizes are vp, an [`ImageBitmap`] is as many vp wide
//! as it has pixels (as the HTML canvas draws an image's pixel as one CSS pixel), and an
//! [`ImageData`] holds device pixels, so a canvas read back on a 3x screen gives three
//! pixels per vp, and putting it back lands them one to one.

use arkui_core::draw::{DrawCmd, ImageFilter, ImageRepeat, Rect, Transform};
use arkui_core::{ImageBitmap, ImageLoadError};
use arkui_renderer::images::ImageCache;
use arkui_renderer::software::{PixelFormat, RenderTarget, SoftwareRenderer};
use arkui_renderer::{DisplayList, IRect};

use super::context::{CanvasOp, CanvasRenderingContext2D};

/// Most bytes of bitmap pixels one canvas keeps for what it has recorded since it was
/// last cleared; drawing that would need more is dropped (logged once).
pub const MAX_CANVAS_BITMAP_BYTES: usize = 64 << 20;

/// Largest side of an [`ImageData`], pixels (ArkUI's limit).
const MAX_IMAGE_DATA_SIDE: u32 = 16384;

/// A pattern, as `ctx.createPattern(image, repetition)` returns: use it as a fill or stroke
/// style. Its tiles start at the origin of the space the shape is drawn in.
///
/// ```
/// use arkui_core::ImageBitmap;
/// use arkui_widgets::CanvasPattern;
/// let img = ImageBitmap::from_straight_rgba(1, 1, vec![0, 0, 0, 255]).unwrap();
/// assert!(CanvasPattern::new(&img, "repeat-x").is_some());
/// assert!(CanvasPattern::new(&img, "mirror").is_some());
/// assert!(CanvasPattern::new(&img, "diagonal").is_none());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct CanvasPattern {
    pub(crate) image: ImageBitmap,
    pub(crate) repeat: ImageRepeat,
    pub(crate) transform: Transform,
}

impl CanvasPattern {
    /// A pattern of `image` repeated as `repetition` says: `repeat` (also the empty
    /// string), `repeat-x`, `repeat-y`, `no-repeat`, or ArkUI's `clamp` (the edge pixels
    /// extend everywhere) and `mirror` (every other copy mirrored). `None` for anything else.
    pub fn new(image: &ImageBitmap, repetition: &str) -> Option<CanvasPattern> {
        let repeat = match repetition {
            "" | "repeat" => ImageRepeat::XY,
            "repeat-x" => ImageRepeat::X,
            "repeat-y" => ImageRepeat::Y,
            "no-repeat" => ImageRepeat::NoRepeat,
            "clamp" => ImageRepeat::Clamp,
            "mirror" => ImageRepeat::Mirror,
            _ => return None,
        };
        Some(CanvasPattern {
            image: image.clone(),
            repeat,
            transform: Transform::IDENTITY,
        })
    }

    /// `setTransform(matrix)`: where the tiles lie, relative to the space the shape is drawn
    /// in. A matrix that cannot be inverted draws nothing.
    pub fn set_transform(&mut self, transform: Transform) {
        self.transform = transform;
    }
}

/// Pixels read from or written to a canvas, as ArkUI's `ImageData`: `width × height` device
/// pixels, straight-alpha RGBA rows.
///
/// ```
/// use arkui_widgets::ImageData;
/// let mut img = ImageData::new(2, 1).unwrap();
/// img.data[4..8].copy_from_slice(&[255, 0, 0, 255]);
/// assert_eq!(img.pixel(1, 0), [255, 0, 0, 255]);
/// assert_eq!(img.pixel(0, 0), [0, 0, 0, 0]);
/// assert!(ImageData::new(0, 5).is_none());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageData {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width * height * 4` bytes: R, G, B, A per pixel, straight alpha, row by row.
    pub data: Vec<u8>,
}

impl ImageData {
    /// A transparent image; `None` when a side is 0 or over 16,384 pixels.
    pub fn new(width: u32, height: u32) -> Option<ImageData> {
        let ok = (1..=MAX_IMAGE_DATA_SIDE).contains(&width)
            && (1..=MAX_IMAGE_DATA_SIDE).contains(&height);
        ok.then(|| ImageData {
            width,
            height,
            data: vec![0; width as usize * height as usize * 4],
        })
    }

    /// The RGBA of pixel `(x, y)`; transparent outside the image.
    pub fn pixel(&self, x: u32, y: u32) -> [u8; 4] {
        if x >= self.width || y >= self.height {
            return [0; 4];
        }
        let i = (y as usize * self.width as usize + x as usize) * 4;
        match self.data.get(i..i + 4) {
            Some(p) => [p[0], p[1], p[2], p[3]],
            None => [0; 4],
        }
    }
}

fn finite(v: &[f32]) -> bool {
    v.iter().all(|x| x.is_finite())
}

impl CanvasRenderingContext2D {
    /// Pixels per vp of the canvas (its last paint; else the running app's).
    fn density(&self) -> f32 {
        let d = self.0.borrow().density;
        if d > 0.0 { d } else { arkui_core::vp2px(1.0) }
    }

    /// Keep `b` for the canvases to draw; false (logged once) when the canvas already
    /// holds [`MAX_CANVAS_BITMAP_BYTES`] of bitmaps.
    fn use_bitmap(&self, b: &ImageBitmap) -> bool {
        let list = self.with_inner(|i| {
            if i.bitmaps.iter().any(|x| x == b) {
                return Some(None);
            }
            let held: usize = i.bitmaps.iter().map(|x| x.data().byte_size()).sum();
            if held + b.data().byte_size() > MAX_CANVAS_BITMAP_BYTES {
                return None;
            }
            i.bitmaps.push(b.clone());
            Some(Some((i.nodes.clone(), i.bitmaps.clone())))
        });
        match list {
            None => {
                static WARNED: std::sync::Once = std::sync::Once::new();
                WARNED.call_once(|| {
                    log::warn!(
                        "canvas: its images take more than {MAX_CANVAS_BITMAP_BYTES} bytes since \
                         it was last cleared; further images are not drawn (clear the canvas \
                         with clearRect over its whole size, or reset())"
                    )
                });
                false
            }
            Some(None) => true,
            Some(Some((nodes, bitmaps))) => {
                for n in nodes {
                    n.set_painted_bitmaps(bitmaps.clone());
                }
                true
            }
        }
    }

    /// The canvas was cleared: its bitmaps go.
    pub(crate) fn forget_bitmaps(&self) {
        let nodes = self.with_inner(|i| {
            if i.bitmaps.is_empty() {
                return Vec::new();
            }
            i.bitmaps.clear();
            i.nodes.clone()
        });
        for n in nodes {
            n.set_painted_bitmaps(Vec::new());
        }
    }

    fn filter(&self) -> ImageFilter {
        if self.0.borrow().state.smoothing {
            ImageFilter::Bilinear
        } else {
            ImageFilter::Nearest
        }
    }

    /// `imageSmoothingEnabled`: scaled images are interpolated (the default) or drawn by
    /// nearest pixel (pixel art).
    pub fn set_image_smoothing_enabled(&self, on: bool) {
        self.with_inner(|i| i.state.smoothing = on);
    }

    /// The commands drawing `pattern` over `bounds` (user space) at `alpha`, or `None`
    /// when it cannot be drawn.
    pub(crate) fn pattern_ops(
        &self,
        pattern: &CanvasPattern,
        bounds: Rect,
        alpha: f32,
    ) -> Option<Vec<CanvasOp>> {
        let cmds = self.pattern_cmds(pattern, bounds, alpha)?;
        Some(cmds.into_iter().map(CanvasOp::Cmd).collect())
    }

    /// [`Self::pattern_ops`] as plain commands (the bitmap is kept for the canvases).
    pub(crate) fn pattern_cmds(
        &self,
        pattern: &CanvasPattern,
        bounds: Rect,
        alpha: f32,
    ) -> Option<Vec<DrawCmd>> {
        let inverse = pattern.transform.invert()?;
        if !self.use_bitmap(&pattern.image) {
            return None;
        }
        let img = &pattern.image;
        let image = DrawCmd::ImagePattern {
            rect: inverse.map_rect_bounds(bounds),
            image: img.key(),
            tile: Rect::new(0.0, 0.0, img.width() as f32, img.height() as f32),
            repeat: pattern.repeat,
            filter: self.filter(),
            opacity: alpha,
        };
        Some(if pattern.transform == Transform::IDENTITY {
            vec![image]
        } else {
            vec![
                DrawCmd::PushTransform {
                    transform: pattern.transform,
                },
                image,
                DrawCmd::PopTransform,
            ]
        })
    }

    /// `createPattern(image, repetition)`; see [`CanvasPattern::new`].
    pub fn create_pattern(&self, image: &ImageBitmap, repetition: &str) -> Option<CanvasPattern> {
        CanvasPattern::new(image, repetition)
    }

    /// `drawImage(image, dx, dy)`: the whole image at its natural size (a pixel per vp).
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, ImageBitmap};
    /// use arkui_widgets::{Canvas, CanvasRenderingContext2D};
    /// let img = ImageBitmap::from_straight_rgba(2, 2, vec![255, 0, 0, 255].repeat(4)).unwrap();
    /// let ctx = CanvasRenderingContext2D::new();
    /// let c = ctx.clone();
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     let img = img.clone();
    ///     Canvas::new(&c).width(10.0).height(10.0).on_draw(move |ctx| ctx.draw_image(&img, 3.0, 3.0))
    /// });
    /// app.frame();
    /// let px = ctx.get_image_data(0.0, 0.0, 10.0, 10.0).unwrap();
    /// let d = px.width / 10; // device pixels per vp
    /// assert_eq!(px.pixel(4 * d, 4 * d), [255, 0, 0, 255]);
    /// assert_eq!(px.pixel(d, d), [0, 0, 0, 0]);
    /// ```
    pub fn draw_image(&self, image: &ImageBitmap, dx: f32, dy: f32) {
        let (w, h) = (image.width() as f32, image.height() as f32);
        self.draw_image_part(image, 0.0, 0.0, w, h, dx, dy, w, h);
    }

    /// `drawImage(image, dx, dy, dw, dh)`: the whole image stretched onto a rectangle.
    pub fn draw_image_sized(&self, image: &ImageBitmap, dx: f32, dy: f32, dw: f32, dh: f32) {
        let (w, h) = (image.width() as f32, image.height() as f32);
        self.draw_image_part(image, 0.0, 0.0, w, h, dx, dy, dw, dh);
    }

    /// `drawImage(image, sx, sy, sw, sh, dx, dy, dw, dh)`: the source rectangle (image
    /// pixels) stretched onto the destination one. Negative sizes flip the rectangle's
    /// corner as the HTML canvas does; an empty or non-finite rectangle draws nothing.
    #[allow(
        clippy::too_many_arguments,
        reason = "the canvas API's own signature (source and destination rectangles)"
    )]
    pub fn draw_image_part(
        &self,
        image: &ImageBitmap,
        sx: f32,
        sy: f32,
        sw: f32,
        sh: f32,
        dx: f32,
        dy: f32,
        dw: f32,
        dh: f32,
    ) {
        if !finite(&[sx, sy, sw, sh, dx, dy, dw, dh]) || sw == 0.0 || sh == 0.0 {
            return;
        }
        if dw == 0.0 || dh == 0.0 || image.width() == 0 || image.height() == 0 {
            return;
        }
        let norm = |x: f32, w: f32| if w < 0.0 { (x + w, -w) } else { (x, w) };
        let ((sx, sw), (sy, sh)) = (norm(sx, sw), norm(sy, sh));
        let ((dx, dw), (dy, dh)) = (norm(dx, dw), norm(dy, dh));
        // Only the part of the source inside the image is drawn, onto the matching part of
        // the destination (as browsers clip the source rectangle).
        let (iw, ih) = (image.width() as f32, image.height() as f32);
        let (x0, y0) = (sx.max(0.0), sy.max(0.0));
        let (x1, y1) = ((sx + sw).min(iw), (sy + sh).min(ih));
        if x1 <= x0 || y1 <= y0 {
            return;
        }
        let (kx, ky) = (dw / sw, dh / sh);
        let dest = Rect::new(
            dx + (x0 - sx) * kx,
            dy + (y0 - sy) * ky,
            (x1 - x0) * kx,
            (y1 - y0) * ky,
        );
        // The whole image laid so that the source rectangle falls on the destination.
        let tile = Rect::new(dx - sx * kx, dy - sy * ky, iw * kx, ih * ky);
        let alpha = self.0.borrow().state.alpha;
        if alpha <= 0.0 || !self.use_bitmap(image) {
            return;
        }
        let filter = self.filter();
        self.record_group(
            vec![CanvasOp::Cmd(DrawCmd::ImagePattern {
                rect: dest,
                image: image.key(),
                tile,
                repeat: ImageRepeat::NoRepeat,
                filter,
                opacity: alpha,
            })],
            true,
        );
    }

    /// `createImageData(sw, sh)`: a transparent [`ImageData`] covering `sw × sh` vp (in
    /// device pixels); `None` (logged) when that is empty, over 16,384 pixels a side, or
    /// more bytes than the device profile lets one image take ([`arkui_core::image_limits`]).
    pub fn create_image_data(&self, sw: f32, sh: f32) -> Option<ImageData> {
        let d = self.density();
        let px = |v: f32| (v.abs() * d).round();
        let (w, h) = (px(sw), px(sh));
        let side = MAX_IMAGE_DATA_SIDE as f32;
        if !(w.is_finite() && h.is_finite()) || w > side || h > side {
            log::warn!("canvas: an ImageData of {w}x{h} px is over 16,384 px a side");
            return None;
        }
        let bytes = w as u64 * h as u64 * 4;
        let limit = arkui_core::image_limits().max_alloc;
        if bytes > limit {
            log::warn!(
                "canvas: an ImageData of {w}x{h} px takes {bytes} bytes, over the {limit} the \
                 device profile allows for one image; read a smaller rectangle"
            );
            return None;
        }
        ImageData::new(w as u32, h as u32)
    }

    /// `getImageData(sx, sy, sw, sh)`: the canvas' pixels in the rectangle (vp), as drawn
    /// so far, read back by the CPU rasterizer at the canvas' pixel density. Outside the
    /// canvas they are transparent. `None` when the rectangle is empty, not finite, or over
    /// 16,384 pixels a side.
    pub fn get_image_data(&self, sx: f32, sy: f32, sw: f32, sh: f32) -> Option<ImageData> {
        if !finite(&[sx, sy, sw, sh]) {
            return None;
        }
        let (sx, sw) = if sw < 0.0 { (sx + sw, -sw) } else { (sx, sw) };
        let (sy, sh) = if sh < 0.0 { (sy + sh, -sh) } else { (sy, sh) };
        let mut out = self.create_image_data(sw, sh)?;
        let d = self.density();
        let (ox, oy) = ((sx * d).round(), (sy * d).round());
        let (cw, ch) = self.0.borrow().size;
        if cw <= 0.0 || ch <= 0.0 {
            return Some(out);
        }
        let mut list = DisplayList::new();
        list.push(DrawCmd::PushTransform {
            transform: Transform::translate(-ox, -oy),
        });
        let bitmaps = {
            let i = self.0.borrow();
            let cmds = arkui_core::with_fonts(|fonts| {
                super::component::commands(&i, (cw * d, ch * d), d, fonts)
            });
            for c in cmds {
                list.push(c);
            }
            i.bitmaps.clone()
        };
        list.push(DrawCmd::PopTransform);
        let bytes: usize = bitmaps.iter().map(|b| b.data().byte_size()).sum();
        let mut cache = ImageCache::new(bytes.max(1));
        for b in &bitmaps {
            let _ = cache.insert_shared(b.key(), b.shared_data());
        }
        let (w, h) = (out.width, out.height);
        let stride = w as usize * 4;
        let Ok(mut target) = RenderTarget::new(&mut out.data, w, h, stride, PixelFormat::Rgba8888)
        else {
            return None;
        };
        arkui_core::with_fonts(|fonts| {
            SoftwareRenderer::new().render_with_images(
                &list,
                &mut target,
                fonts,
                &cache,
                IRect::from_size(w, h),
            )
        });
        // The rasterizer stores premultiplied colour; ImageData is straight.
        for p in out.data.chunks_exact_mut(4) {
            let a = u32::from(p[3]);
            if a > 0 && a < 255 {
                for c in &mut p[..3] {
                    *c = ((u32::from(*c) * 255 + a / 2) / a).min(255) as u8;
                }
            }
        }
        Some(out)
    }

    /// `putImageData(data, dx, dy)`: write the pixels at `(dx, dy)` vp, one image pixel
    /// per device pixel, replacing what is there. The transform, alpha, shadow and
    /// composite operation do not apply (as the HTML canvas says).
    pub fn put_image_data(&self, data: &ImageData, dx: f32, dy: f32) -> Result<(), ImageLoadError> {
        self.put_image_data_dirty(data, dx, dy, 0.0, 0.0, f32::INFINITY, f32::INFINITY)
    }

    /// `putImageData(data, dx, dy, dirtyX, dirtyY, dirtyWidth, dirtyHeight)`: only the
    /// dirty rectangle of `data` (in vp, relative to `data`'s corner) is written. An
    /// `ImageData` whose bytes do not match its size is an error.
    #[allow(
        clippy::too_many_arguments,
        reason = "the canvas API's own signature (source and destination rectangles)"
    )]
    pub fn put_image_data_dirty(
        &self,
        data: &ImageData,
        dx: f32,
        dy: f32,
        dirty_x: f32,
        dirty_y: f32,
        dirty_w: f32,
        dirty_h: f32,
    ) -> Result<(), ImageLoadError> {
        let bitmap = ImageBitmap::from_straight_rgba(data.width, data.height, data.data.clone())?;
        if !finite(&[dx, dy, dirty_x, dirty_y]) || dirty_w.is_nan() || dirty_h.is_nan() {
            return Ok(());
        }
        let d = self.density();
        let (iw, ih) = (data.width as f32 / d, data.height as f32 / d);
        let norm = |x: f32, w: f32| if w < 0.0 { (x + w, -w) } else { (x, w) };
        let ((x0, w0), (y0, h0)) = (norm(dirty_x, dirty_w), norm(dirty_y, dirty_h));
        let (x0, y0) = (x0.max(0.0), y0.max(0.0));
        let (x1, y1) = ((x0 + w0).min(iw), (y0 + h0).min(ih));
        if x1 <= x0 || y1 <= y0 || !self.use_bitmap(&bitmap) {
            return Ok(());
        }
        let rect = Rect::new(dx + x0, dy + y0, x1 - x0, y1 - y0);
        let tile = Rect::new(dx, dy, iw, ih);
        let ops = [
            DrawCmd::PushCompositeLayer {
                mode: arkui_core::draw::CompositeMode::Copy,
                shadow: None,
                bounds: Some(rect),
                blur: 0.0,
            },
            DrawCmd::ImagePattern {
                rect,
                image: bitmap.key(),
                tile,
                repeat: ImageRepeat::NoRepeat,
                filter: ImageFilter::Nearest,
                opacity: 1.0,
            },
            DrawCmd::PopLayer,
        ];
        self.push_raw(ops.into_iter().map(CanvasOp::Cmd).collect());
        Ok(())
    }
}
