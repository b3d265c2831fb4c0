//! [`LinePresenter`]: frames rendered a few lines at a time (the renderer's line-by-line
//! mode) straight into the framebuffer — no frame-sized buffer in RAM, for the smallest
//! devices. Each rendered line is hashed; only lines that changed (or that the target page
//! missed while the other page was shown) are written to the device.

use arkui_core::{App, with_fonts};
use arkui_renderer::software::{Damage, LineTarget, Rotation, SoftwareRenderer};
use arkui_renderer::{IRect, PixelFormat};

use super::device::{FramebufferDevice, device_layout};
use super::format::PixelLayout;
use super::info::FbLayout;
use super::present::hash_line;
use crate::Error;

/// Presents frames on a [`FramebufferDevice`] through a strip of `lines` rows.
///
/// ```
/// use arkui_core::{App, CommonAttribute, Color, DeviceProfile, NodeId, NodeKind};
/// use arkui_platform::fbdev::{FakeFramebuffer, FbFormat, LinePresenter};
/// let mut fb = FakeFramebuffer::new(FbFormat::Rgb565, 320, 240, 640, 240).unwrap();
/// let mut presenter = LinePresenter::new(&fb, 8).unwrap();
/// assert_eq!(presenter.buffer_bytes(), 320 * 2 * 8 + 240 * 9); // a strip and 9 bytes a line
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     NodeId::create("Column", NodeKind::Flex).width(10.0).height(10.0).background_color(Color::RED)
/// });
/// let mut renderer = arkui_renderer::software::SoftwareRenderer::new();
/// assert!(presenter.present(&mut fb, &mut app, &mut renderer).unwrap());
/// assert_eq!(fb.shown_pixel(160, 5), [255, 0, 0]);
/// ```
#[derive(Debug)]
pub struct LinePresenter {
    layout: FbLayout,
    pixel: PixelLayout,
    strip_format: PixelFormat,
    strip: Vec<u8>,
    line_hashes: Vec<u64>,
    has_frame: bool,
    /// Per page, per line: the page does not show the latest content of that line yet.
    stale: Vec<Vec<bool>>,
    shown: usize,
    last_copied_lines: usize,
}

impl LinePresenter {
    /// A presenter for `device` rendering `lines` rows at a time.
    pub fn new(device: &dyn FramebufferDevice, lines: usize) -> Result<LinePresenter, Error> {
        let (layout, pixel) = device_layout(device)?;
        let strip_format = pixel.native_format().unwrap_or(PixelFormat::Rgba8888);
        let row = layout.width as usize * strip_format.bytes_per_pixel();
        let shown = if layout.pages == 2 && device.var_info().yoffset >= layout.height {
            1
        } else {
            0
        };
        Ok(LinePresenter {
            layout,
            pixel,
            strip_format,
            strip: vec![0; row * lines.max(1)],
            line_hashes: vec![0; layout.height as usize],
            has_frame: false,
            stale: vec![vec![true; layout.height as usize]; layout.pages],
            shown,
            // Images come from the app's own cache once the core hands one out.
            last_copied_lines: 0,
        })
    }

    /// The visible size in pixels.
    pub fn size(&self) -> (u32, u32) {
        (self.layout.width, self.layout.height)
    }

    /// Bytes this presenter keeps between frames: the strip, a hash and a flag per line
    /// (per page), not a frame.
    pub fn buffer_bytes(&self) -> usize {
        self.strip.len()
            + self.line_hashes.len() * 8
            + self.stale.iter().map(Vec::len).sum::<usize>()
    }

    /// Lines written to the device by the last present.
    pub fn last_copied_lines(&self) -> usize {
        self.last_copied_lines
    }

    /// Render `app`'s next frame, if it has one, and show it.
    pub fn present(
        &mut self,
        device: &mut dyn FramebufferDevice,
        app: &mut App,
        renderer: &mut SoftwareRenderer,
    ) -> Result<bool, Error> {
        let (w, h) = (self.layout.width, self.layout.height);
        if !crate::present::frame_at(app, (w, h)) {
            return Ok(false);
        }
        let target_page = if self.layout.pages == 2 {
            1 - self.shown
        } else {
            0
        };
        // Lines to render: those the frame damaged, plus those the target page missed while
        // the other page was shown. Full-width bands, as the strips are copied whole lines.
        let damaged = if self.has_frame {
            super::present::physical_rows(&app.frame_damage().without_blit(), Rotation::Deg0, w, h)
        } else {
            vec![true; h as usize]
        };
        let mut bands = Damage::new();
        let stale_rows = &self.stale[target_page];
        let mut start = None;
        for y in 0..=h as usize {
            let dirty = y < h as usize && (damaged[y] || stale_rows[y]);
            match (dirty, start) {
                (true, None) => start = Some(y),
                (false, Some(y0)) => {
                    bands.add(IRect::new(0, y0 as i32, w as i32, y as i32));
                    start = None;
                }
                _ => {}
            }
        }
        // The app's decoded images: the strips draw them as a full frame would.
        let (list, images) = (app.display_list(), app.image_cache());
        if self.layout.pages == 1 {
            device.wait_for_vsync();
        }
        let target = LineTarget {
            width: w,
            height: h,
            format: self.strip_format,
            dither: false,
        };
        let LinePresenter {
            layout,
            pixel,
            strip_format,
            strip,
            line_hashes,
            has_frame,
            stale,
            ..
        } = self;
        let memory = device.memory();
        let row_bytes = w as usize * strip_format.bytes_per_pixel();
        let native = pixel.native_format() == Some(*strip_format);
        let mut copied = 0;
        let result = with_fonts(|fonts| {
            renderer.render_by_lines(
                list,
                fonts,
                images,
                target,
                &bands,
                strip,
                |area, pixels| {
                    for (i, src) in pixels.chunks_exact(row_bytes).enumerate() {
                        let y = area.y0 as usize + i;
                        let hash = hash_line(src);
                        if !*has_frame || std::mem::replace(&mut line_hashes[y], hash) != hash {
                            line_hashes[y] = hash;
                            for page in stale.iter_mut() {
                                page[y] = true;
                            }
                        }
                        if !std::mem::take(&mut stale[target_page][y]) {
                            continue;
                        }
                        copied += 1;
                        let at = layout.page_offset(target_page) + y * layout.line_length;
                        let Some(dst) = memory.get_mut(at..at + layout.line_length) else {
                            continue;
                        };
                        if native {
                            dst[..row_bytes].copy_from_slice(src);
                        } else {
                            let (sb, db) = (strip_format.bytes_per_pixel(), layout.bytes_per_pixel);
                            for (s, d) in src.chunks_exact(sb).zip(dst.chunks_exact_mut(db)) {
                                pixel.encode([s[0], s[1], s[2]], d);
                            }
                        }
                    }
                },
            )
        });
        result.map_err(|e| Error::Framebuffer {
            operation: "render",
            reason: e.to_string(),
        })?;
        self.has_frame = true;
        self.last_copied_lines = copied;
        if self.layout.pages == 2 && copied > 0 {
            device.wait_for_vsync();
            device.pan(target_page as u32 * self.layout.height)?;
            self.shown = target_page;
        }
        Ok(true)
    }
}
