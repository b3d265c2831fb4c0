//! Images: uploaded once per key, fitted as the software renderer fits them, sampled
//! bilinearly or by nearest texel; missing and broken images draw the same placeholder.

use super::frame::TexRef;
use super::instance::{F_NEAREST, K_IMAGE};
use super::record::Recorder;
use crate::images::ImageState;
use crate::{Brush, Color, CornerRadii, ImageFilter, ImageFit, ImageKey, Rect};

/// What a placeholder for a missing or broken image looks like (as in the software renderer).
const PLACEHOLDER: Color = Color::rgb(0xE0, 0xE0, 0xE0);

impl Recorder<'_> {
    pub(crate) fn image(
        &mut self,
        rect: Rect,
        key: ImageKey,
        fit: ImageFit,
        filter: ImageFilter,
        opacity: f32,
    ) {
        let o = if opacity.is_finite() {
            opacity.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let alpha = (o * 255.0 + 0.5) as u8;
        if alpha == 0 {
            return;
        }
        let img = match self.images.get(key) {
            ImageState::Ready(img) => img,
            ImageState::Pending => return,
            ImageState::Failed(_) | ImageState::Missing => {
                self.fill(
                    rect,
                    CornerRadii::default(),
                    &Brush::Solid(PLACEHOLDER.with_opacity(o)),
                );
                return;
            }
        };
        let (iw, ih) = (img.width() as f32, img.height() as f32);
        let Some(dest) = fit.place(rect, iw, ih) else {
            return;
        };
        let (x0, y0) = (dest.x.max(rect.x), dest.y.max(rect.y));
        let (x1, y1) = (
            dest.right().min(rect.right()),
            dest.bottom().min(rect.bottom()),
        );
        let visible = Rect::new(x0, y0, (x1 - x0).max(0.0), (y1 - y0).max(0.0));
        let Some(mut inst) = self.rounded_box_instance(visible, CornerRadii::default(), [0.0; 4])
        else {
            return;
        };
        let (sx, sy) = (iw / dest.width, ih / dest.height);
        inst.info[0] = (inst.info[0] & !0xff) | K_IMAGE;
        if filter == ImageFilter::Nearest {
            inst.info[0] |= F_NEAREST;
        }
        inst.color = [0.0, 0.0, 0.0, f32::from(alpha) / 255.0];
        inst.p0 = [sx, sy, -dest.x * sx, -dest.y * sy];
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
