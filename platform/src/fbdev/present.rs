//! [`FbPresenter`]: render into a shadow frame, find the lines that changed, and put only
//! those into the framebuffer — on the hidden page followed by a pan when the device has
//! two pages, else straight onto the shown page.
//!
//! Why a shadow frame: framebuffer memory is uncached on most boards, so reading it back
//! (anti-aliased blending reads) is slow; and drawing straight into the shown page tears.
//! Only the frame's damage ([`App::frame_damage`]) is rendered into the shadow. Line hashes
//! (8 bytes a line) then find, among the damaged lines, those whose pixels really changed,
//! so a repaint that lands on the same pixels (a full repaint after the console scribbled,
//! a damage margin) writes nothing to the slow device memory.

use arkui_core::App;
use arkui_renderer::damage::{Damage, FrameDamage};
use arkui_renderer::software::{RenderTarget, Rotation, SoftwareRenderer};
use arkui_renderer::{IRect, PixelFormat};

use super::device::{FramebufferDevice, device_layout};
use super::format::PixelLayout;
use super::info::FbLayout;
use crate::Error;

/// Presents frames on a [`FramebufferDevice`].
///
/// ```
/// use arkui_core::{App, CommonAttribute, Color, DeviceProfile, NodeId, NodeKind};
/// use arkui_platform::fbdev::{FakeFramebuffer, FbFormat, FbPresenter};
/// let mut fb = FakeFramebuffer::new(FbFormat::Rgb565, 320, 240, 640, 480).unwrap();
/// let mut presenter = FbPresenter::new(&fb).unwrap();
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     NodeId::create("Column", NodeKind::Flex).width(10.0).height(10.0).background_color(Color::RED)
/// });
/// let mut renderer = arkui_renderer::software::SoftwareRenderer::new();
/// assert!(presenter.present(&mut fb, &mut app, &mut renderer).unwrap());
/// assert_eq!(fb.shown_pixel(160, 5), [255, 0, 0]);
/// assert_eq!(fb.pans(), &[240]); // drawn on the hidden page, then shown
/// ```
#[derive(Debug)]
pub struct FbPresenter {
    layout: FbLayout,
    pixel: PixelLayout,
    shadow_format: PixelFormat,
    shadow: Vec<u8>,
    shadow_stride: usize,
    line_hashes: Vec<u64>,
    has_frame: bool,
    /// Per page: regions of the shadow not yet copied to that page.
    pending: Vec<Vec<IRect>>,
    shown: usize,
    last_copied: Vec<IRect>,
    rotation: Rotation,
}

/// Pending regions per page beyond this are merged into their bounding box.
const MAX_PENDING: usize = 16;

impl FbPresenter {
    /// A presenter for `device`'s current mode.
    pub fn new(device: &dyn FramebufferDevice) -> Result<FbPresenter, Error> {
        let (layout, pixel) = device_layout(device)?;
        // Render in the device's own format when the renderer has it: lines are then copied
        // as bytes. Other layouts (BGR565, 24-bit) are converted from RGBA per pixel.
        let shadow_format = pixel.native_format().unwrap_or(PixelFormat::Rgba8888);
        let shadow_stride = layout.width as usize * shadow_format.bytes_per_pixel();
        let var = device.var_info();
        let shown = if layout.pages == 2 && var.yoffset >= layout.height {
            1
        } else {
            0
        };
        Ok(FbPresenter {
            layout,
            pixel,
            shadow_format,
            shadow: vec![0; shadow_stride * layout.height as usize],
            shadow_stride,
            line_hashes: vec![0; layout.height as usize],
            has_frame: false,
            pending: vec![Vec::new(); layout.pages],
            shown,
            last_copied: Vec::new(),
            rotation: Rotation::Deg0,
        })
    }

    /// Show the picture turned by `rotation` (a panel mounted sideways or upside down).
    pub fn with_rotation(mut self, rotation: Rotation) -> FbPresenter {
        self.rotation = rotation;
        self.has_frame = false;
        self
    }

    /// Drop the shadow frame (another presenter draws): keeps only the geometry.
    pub(super) fn without_shadow(mut self) -> FbPresenter {
        self.shadow = Vec::new();
        self.line_hashes = Vec::new();
        self
    }

    /// The size of the picture in pixels: the visible size, swapped for quarter turns.
    pub fn size(&self) -> (u32, u32) {
        let (w, h) = (self.layout.width, self.layout.height);
        if self.rotation.swaps_axes() {
            (h, w)
        } else {
            (w, h)
        }
    }

    /// The device geometry in use.
    pub fn layout(&self) -> FbLayout {
        self.layout
    }

    /// The format frames are rendered in before they reach the device.
    pub fn shadow_format(&self) -> PixelFormat {
        self.shadow_format
    }

    /// The regions copied to the device by the last present (full-width line bands).
    pub fn last_copied(&self) -> &[IRect] {
        &self.last_copied
    }

    /// Render `app`'s next frame, if it has one, and show it. Returns whether a frame was
    /// rendered.
    pub fn present(
        &mut self,
        device: &mut dyn FramebufferDevice,
        app: &mut App,
        renderer: &mut SoftwareRenderer,
    ) -> Result<bool, Error> {
        // The screen's size is fixed: the app lays out for it whatever it was given.
        let (lw, lh) = self.size();
        let (w, h) = (self.layout.width, self.layout.height);
        let Some(frame) = crate::present::next_frame(app, (lw, lh)) else {
            return Ok(false);
        };
        // The shadow holds the last frame: only the frame's damage is painted (a scroll
        // moves the shadow's pixels first).
        let frame = if self.has_frame {
            frame
        } else {
            FrameDamage::full(IRect::from_size(lw, lh))
        };
        let mut target = RenderTarget::new(
            &mut self.shadow,
            w,
            h,
            self.shadow_stride,
            self.shadow_format,
        )
        .map_err(|e| Error::Framebuffer {
            operation: "render",
            reason: e.to_string(),
        })?
        .with_rotation(self.rotation);
        crate::present::draw(app, renderer, &mut target, &frame);
        let rows = physical_rows(&frame.without_blit(), self.rotation, w, h);
        let damage = self.changed_lines(&rows);
        self.present_damage(device, &damage)?;
        Ok(true)
    }

    /// Copy the shadow frame's `damage` (plus whatever the target page missed earlier) to
    /// the device and show it.
    pub fn present_damage(
        &mut self,
        device: &mut dyn FramebufferDevice,
        damage: &[IRect],
    ) -> Result<(), Error> {
        let full = IRect::from_size(self.layout.width, self.layout.height);
        if self.has_frame && damage.is_empty() {
            // The shown page is current; a hidden page catches up when something changes.
            self.last_copied.clear();
            return Ok(());
        }
        for page in &mut self.pending {
            if !self.has_frame {
                page.clear();
                page.push(full);
                continue;
            }
            page.extend(
                damage
                    .iter()
                    .map(|r| r.intersect(&full))
                    .filter(|r| !r.is_empty()),
            );
            if page.len() > MAX_PENDING {
                let bounds = page.iter().skip(1).fold(page[0], |a, r| a.union(r));
                page.clear();
                page.push(bounds);
            }
        }
        self.has_frame = true;
        let target = if self.layout.pages == 2 {
            1 - self.shown
        } else {
            0
        };
        let regions = std::mem::take(&mut self.pending[target]);
        if self.layout.pages == 1 {
            // Copy right after the blank: the panel then scans out lines already written.
            device.wait_for_vsync();
        }
        let memory = device.memory();
        for r in &regions {
            self.copy_region(memory, target, r);
        }
        self.last_copied = regions;
        if self.layout.pages == 2 {
            // Flip during the blank, so no frame shows half of each page.
            device.wait_for_vsync();
            device.pan(target as u32 * self.layout.height)?;
            self.shown = target;
        }
        Ok(())
    }

    /// Full-width bands of lines, among `rows` (physical), whose content changed since the
    /// previous frame.
    fn changed_lines(&mut self, rows: &[bool]) -> Vec<IRect> {
        let width = self.layout.width as i32;
        let mut bands: Vec<IRect> = Vec::new();
        for (y, line) in self.shadow.chunks_exact(self.shadow_stride).enumerate() {
            if !rows.get(y).copied().unwrap_or(true) {
                continue;
            }
            let hash = hash_line(line);
            if std::mem::replace(&mut self.line_hashes[y], hash) == hash && self.has_frame {
                continue;
            }
            let y = y as i32;
            match bands.last_mut() {
                Some(band) if band.y1 == y => band.y1 = y + 1,
                _ => bands.push(IRect::new(0, y, width, y + 1)),
            }
        }
        bands
    }

    fn copy_region(&self, memory: &mut [u8], page: usize, r: &IRect) {
        let fb_bpp = self.layout.bytes_per_pixel;
        let sh_bpp = self.shadow_format.bytes_per_pixel();
        let (x0, x1) = (r.x0.max(0) as usize, r.x1.max(0) as usize);
        let base = self.layout.page_offset(page);
        let native = self.pixel.native_format() == Some(self.shadow_format);
        for y in r.y0.max(0) as usize..r.y1.max(0) as usize {
            let src_line = &self.shadow[y * self.shadow_stride..][..self.shadow_stride];
            let dst_at = base + y * self.layout.line_length;
            let Some(dst_line) = memory.get_mut(dst_at..dst_at + self.layout.line_length) else {
                // FbLayout::new checked the pages fit; a device that shrank is skipped.
                return;
            };
            if native {
                dst_line[x0 * fb_bpp..x1 * fb_bpp]
                    .copy_from_slice(&src_line[x0 * sh_bpp..x1 * sh_bpp]);
                continue;
            }
            for x in x0..x1 {
                let s = &src_line[x * sh_bpp..x * sh_bpp + 3];
                self.pixel.encode(
                    [s[0], s[1], s[2]],
                    &mut dst_line[x * fb_bpp..(x + 1) * fb_bpp],
                );
            }
        }
    }
}

/// FxHash-style mixing over 8-byte words, then a final avalanche: cheap enough to run
/// over every line of every frame, 64 bits so a missed change is vanishingly unlikely.
pub(super) fn hash_line(line: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = line.len() as u64;
    let mut words = line.chunks_exact(8);
    for w in &mut words {
        let mut b = [0u8; 8];
        b.copy_from_slice(w);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
    }
    for &b in words.remainder() {
        h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

/// Which physical lines of a `width` x `height` screen (unrotated) the logical `damage`
/// touches when the picture is turned by `rotation`.
pub(super) fn physical_rows(
    damage: &Damage,
    rotation: Rotation,
    width: u32,
    height: u32,
) -> Vec<bool> {
    let mut rows = vec![false; height as usize];
    let (lw, lh) = if rotation.swaps_axes() {
        (height, width)
    } else {
        (width, height)
    };
    for r in damage.rects() {
        let r = r.intersect(&IRect::from_size(lw, lh));
        if r.is_empty() {
            continue;
        }
        let corners = [
            (r.x0, r.y0),
            (r.x1 - 1, r.y0),
            (r.x0, r.y1 - 1),
            (r.x1 - 1, r.y1 - 1),
        ];
        let ys = corners.map(|(x, y)| rotation.to_physical(x as u32, y as u32, width, height).1);
        let (y0, y1) = (ys.iter().min(), ys.iter().max());
        if let (Some(&y0), Some(&y1)) = (y0, y1) {
            for y in y0..=y1.min(height.saturating_sub(1)) {
                rows[y as usize] = true;
            }
        }
    }
    rows
}
