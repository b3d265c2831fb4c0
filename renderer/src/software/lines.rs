//! Line-by-line rendering: a frame drawn a few rows at a time into a caller's buffer, so a
//! panel fed over SPI or a parallel bus needs no framebuffer in RAM (as Slint's
//! `LineBufferProvider`).
//!
//! Working memory is the caller's line buffer plus the renderer's scratch, which grows with
//! the widest span drawn, not with the screen: coverage and colour rows of one line, the
//! rasterizer's edge list, glyph masks in the font cache, and offscreen layers and rounded
//! clip masks no taller than the strip. `renderer/tests/line_memory.rs` measures it.

use super::format::{Bgra, Format, Rgb565, Rgb565Dither, Rgba};
use super::surface::Surface;
use super::{PixelFormat, RenderError, SoftwareRenderer};
use crate::damage::Damage;
use crate::images::ImageCache;
use crate::text::FontContext;
use crate::{DisplayList, IRect};

/// What a line-by-line render draws into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineTarget {
    /// Screen width in pixels.
    pub width: u32,
    /// Screen height in pixels.
    pub height: u32,
    /// Pixel format of the line buffer (what the panel takes).
    pub format: PixelFormat,
    /// Ordered dithering for RGB565.
    pub dither: bool,
}

impl SoftwareRenderer {
    /// Render the damaged parts of a frame strip by strip into `buffer`, which holds as many
    /// rows of the widest damaged rectangle as fit. Each strip is cleared to transparent
    /// black, drawn, and handed to `flush(area, pixels)`; `pixels` holds `area.height()` rows
    /// of `area.width()` tightly packed pixels. An empty `damage` calls nothing.
    ///
    /// ```
    /// use arkui_renderer::software::{Damage, LineTarget, PixelFormat, SoftwareRenderer};
    /// use arkui_renderer::images::ImageCache;
    /// use arkui_renderer::text::{FontContext, FontSource};
    /// use arkui_renderer::{Color, DisplayList, DrawCmd, IRect, Rect};
    /// let mut list = DisplayList::new();
    /// list.push(DrawCmd::Rect { rect: Rect::new(0.0, 0.0, 320.0, 240.0), color: Color::RED });
    /// let target = LineTarget { width: 320, height: 240, format: PixelFormat::Rgb565, dither: false };
    /// let mut lines = vec![0u8; 320 * 2 * 8]; // 8 lines: 5 KiB instead of a 150 KiB frame
    /// let mut rows = 0;
    /// let mut fonts = FontContext::new(FontSource::BundledOnly);
    /// SoftwareRenderer::new().render_by_lines(
    ///     &list, &mut fonts, &ImageCache::new(0), target,
    ///     &Damage::from_rect(IRect::from_size(320, 240)), &mut lines,
    ///     |area, px| { rows += area.height(); assert_eq!(&px[..2], &0xF800u16.to_le_bytes()); },
    /// ).unwrap();
    /// assert_eq!(rows, 240);
    /// ```
    #[expect(
        clippy::too_many_arguments,
        reason = "a frame, its resources, its target and its sink"
    )]
    pub fn render_by_lines(
        &mut self,
        list: &DisplayList,
        fonts: &mut FontContext,
        images: &ImageCache,
        target: LineTarget,
        damage: &Damage,
        buffer: &mut [u8],
        mut flush: impl FnMut(IRect, &[u8]),
    ) -> Result<(), RenderError> {
        match (target.format, target.dither) {
            (PixelFormat::Rgba8888, _) => {
                self.lines::<Rgba>(list, fonts, images, target, damage, buffer, &mut flush)
            }
            (PixelFormat::Bgra8888, _) => {
                self.lines::<Bgra>(list, fonts, images, target, damage, buffer, &mut flush)
            }
            (PixelFormat::Rgb565, false) => {
                self.lines::<Rgb565>(list, fonts, images, target, damage, buffer, &mut flush)
            }
            (PixelFormat::Rgb565, true) => {
                self.lines::<Rgb565Dither>(list, fonts, images, target, damage, buffer, &mut flush)
            }
        }
    }

    #[expect(clippy::too_many_arguments, reason = "forwarded from render_by_lines")]
    fn lines<F: Format>(
        &mut self,
        list: &DisplayList,
        fonts: &mut FontContext,
        images: &ImageCache,
        target: LineTarget,
        damage: &Damage,
        buffer: &mut [u8],
        flush: &mut dyn FnMut(IRect, &[u8]),
    ) -> Result<(), RenderError> {
        let screen = IRect::from_size(target.width, target.height);
        let widest = damage
            .rects()
            .iter()
            .map(|r| r.intersect(&screen).width())
            .max()
            .unwrap_or(0);
        let min = widest as usize * F::BPP;
        if buffer.len() < min {
            return Err(RenderError::BufferTooSmall {
                needed: min,
                got: buffer.len(),
            });
        }
        self.last_region_area = 0;
        self.last_blit_area = 0;
        for r in damage.rects() {
            let r = r.intersect(&screen);
            if r.is_empty() {
                continue;
            }
            self.last_region_area += r.area();
            let row = r.width() as usize * F::BPP;
            let lines = (buffer.len() / row).max(1) as i32;
            let mut y0 = r.y0;
            while y0 < r.y1 {
                let y1 = (y0 + lines).min(r.y1);
                let strip = IRect::new(r.x0, y0, r.x1, y1);
                let bytes = row * strip.height() as usize;
                let buf = &mut buffer[..bytes];
                buf.fill(0);
                let mut s = Surface::<F>::new(buf, row, strip);
                self.run(list, &mut s, fonts, images, strip);
                flush(strip, &buffer[..bytes]);
                y0 = y1;
            }
        }
        Ok(())
    }
}
