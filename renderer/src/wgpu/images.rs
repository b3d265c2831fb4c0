//! Images: uploaded once per key, fitted as the software renderer fits them, sampled
//! bilinearly or by nearest texel; missing and broken images draw the same placeholder.

use super::frame::TexRef;
use super::instance::{F_MIRROR, F_NEAREST, F_TINT, F_WRAP_X, F_WRAP_Y, K_IMAGE};
use super::record::Recorder;
use crate::images::ImageState;
use crate::{Brush, Color, CornerRadii, ImageFilter, ImageFit, ImageKey, ImageRepeat, Rect};

/// What a placeholder for a missing or broken image looks like (as in the software renderer).
const PLACEHOLDER: Color = Color::rgb(0xE0, 0xE0, 0xE0);

impl Recorder<'_> {
    pub(crate) fn image(
        &mut self,
        rect: Rect,
        key: ImageKey,
        fit: ImageFit,
        paint: (ImageFilter, Option<Color>),
        opacity: f32,
    ) {
        let Some(o) = visible_opacity(opacity) else {
            return;
        };
        let (iw, ih) = match self.images.get(key) {
            ImageState::Ready(img) => (img.width() as f32, img.height() as f32),
            ImageState::Pending => return,
            ImageState::Failed(_) | ImageState::Missing => {
                self.placeholder(rect, o);
                return;
            }
        };
        let Some(dest) = fit.place(rect, iw, ih) else {
            return;
        };
        self.image_tiles(rect, key, dest, ImageRepeat::NoRepeat, paint, o);
    }

    /// An image stretched onto `tile`, repeated along `repeat`'s axes, inside `rect`.
    pub(crate) fn image_pattern(
        &mut self,
        rect: Rect,
        key: ImageKey,
        tile: Rect,
        repeat: ImageRepeat,
        paint: (ImageFilter, Option<Color>),
        opacity: f32,
    ) {
        let Some(o) = visible_opacity(opacity) else {
            return;
        };
        let Some(visible) = repeat.cover(rect, tile) else {
            return;
        };
        match self.images.get(key) {
            ImageState::Ready(img) if img.width() > 0 && img.height() > 0 => {
                self.image_tiles(visible, key, tile, repeat, paint, o)
            }
            ImageState::Pending => {}
            _ => self.placeholder(visible, o),
        }
    }

    fn placeholder(&mut self, rect: Rect, opacity: f32) {
        self.fill(
            rect,
            CornerRadii::default(),
            &Brush::Solid(PLACEHOLDER.with_opacity(opacity)),
        );
    }

    /// One quad over `rect ∩ tiles`, sampling the image laid onto `tile` (as a mask in the
    /// tint colour when `paint` has one).
    fn image_tiles(
        &mut self,
        rect: Rect,
        key: ImageKey,
        tile: Rect,
        repeat: ImageRepeat,
        (filter, tint): (ImageFilter, Option<Color>),
        opacity: f32,
    ) {
        let ImageState::Ready(img) = self.images.get(key) else {
            return;
        };
        let (iw, ih) = (img.width() as f32, img.height() as f32);
        let Some(visible) = repeat.cover(rect, tile) else {
            return;
        };
        let Some(mut inst) = self.rounded_box_instance(visible, CornerRadii::default(), [0.0; 4])
        else {
            return;
        };
        let (sx, sy) = (iw / tile.width, ih / tile.height);
        inst.info[0] = (inst.info[0] & !0xff) | K_IMAGE;
        if filter == ImageFilter::Nearest {
            inst.info[0] |= F_NEAREST;
        }
        use crate::display_list::Edge;
        let (ex, ey) = repeat.edges();
        if ex != Edge::Clamp {
            inst.info[0] |= F_WRAP_X;
        }
        if ey != Edge::Clamp {
            inst.info[0] |= F_WRAP_Y;
        }
        if ex == Edge::Mirror {
            inst.info[0] |= F_MIRROR;
        }
        inst.color = match tint {
            // Premultiplied, as the shader multiplies it by the texel's alpha alone.
            Some(c) => {
                inst.info[0] |= F_TINT;
                super::shapes::premul(c).map(|v| v * opacity)
            }
            None => [0.0, 0.0, 0.0, opacity],
        };
        inst.p0 = [sx, sy, -tile.x * sx, -tile.y * sy];
        let up = &mut self.up;
        up.images.get_or_upload(
            up.device,
            up.queue,
            up.texture_layout,
            key,
            img,
            up.frame_no,
        );
        self.emit(inst, Some(TexRef::Image(key)));
    }
}

/// An image command's opacity as drawn (8-bit, as the software renderer rounds it);
/// `None` when nothing shows.
fn visible_opacity(opacity: f32) -> Option<f32> {
    crate::display_list::image_alpha(opacity).map(|a| f32::from(a) / 255.0)
}
