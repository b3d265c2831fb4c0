//! [`FramebufferDevice`]: what the fbdev backend needs from `/dev/fbN` — screen info,
//! mapped memory, panning — so the same presenter runs on a board and on
//! [`FakeFramebuffer`], a memory-mapped file laid out like a framebuffer.

use std::fs::{File, OpenOptions};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use memmap2::MmapMut;

use super::format::{FbFormat, PixelLayout};
use super::info::{FbLayout, FixScreenInfo, VarScreenInfo};
use crate::Error;

/// A framebuffer: its screen info, its memory, and flipping by panning.
pub trait FramebufferDevice {
    /// Variable screen info (resolution, virtual size, pixel layout, pan offset).
    fn var_info(&self) -> VarScreenInfo;
    /// Fixed screen info (line length, memory size, pan step).
    fn fix_info(&self) -> FixScreenInfo;
    /// The whole framebuffer memory (`smem_len` bytes), all pages.
    fn memory(&mut self) -> &mut [u8];
    /// Show the page starting at line `yoffset` (`FBIOPAN_DISPLAY`).
    fn pan(&mut self, yoffset: u32) -> Result<(), Error>;
    /// Block until the next vertical blank (`FBIO_WAITFORVSYNC`), so pixels change while
    /// the panel is not scanning them out. Devices without it return at once.
    fn wait_for_vsync(&mut self) {}
}

/// A framebuffer that is a plain file mapped into memory, with screen info chosen by the
/// test: exercises every pixel format, padded line lengths and page flipping without
/// hardware. The file is deleted on drop.
///
/// ```
/// use arkui_platform::fbdev::{FakeFramebuffer, FbFormat, FramebufferDevice};
/// let mut fb = FakeFramebuffer::new(FbFormat::Xrgb8888, 8, 4, 40, 8).unwrap();
/// assert_eq!(fb.memory().len(), 40 * 8);
/// fb.pan(4).unwrap();
/// assert_eq!(fb.var_info().yoffset, 4);
/// assert!(fb.pan(5).is_err()); // would show lines past the end of memory
/// ```
#[derive(Debug)]
pub struct FakeFramebuffer {
    var: VarScreenInfo,
    fix: FixScreenInfo,
    map: MmapMut,
    path: PathBuf,
    pans: Vec<u32>,
    vsyncs: u64,
    _file: File,
}

impl FakeFramebuffer {
    /// A fake `/dev/fb` in `format`, `width` x `height` visible, `line_length` bytes per
    /// line and `virtual_height` lines of memory.
    pub fn new(
        format: FbFormat,
        width: u32,
        height: u32,
        line_length: u32,
        virtual_height: u32,
    ) -> Result<FakeFramebuffer, Error> {
        let (var, fix) = format.screen_info(width, height, line_length, virtual_height);
        FakeFramebuffer::with_info(var, fix)
    }

    /// A fake with exactly these screen infos (any bitfields, pan steps...).
    pub fn with_info(var: VarScreenInfo, fix: FixScreenInfo) -> Result<FakeFramebuffer, Error> {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let path = std::env::temp_dir().join(format!(
            "arkui-fake-fb-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let io = |source| Error::Io {
            path: path.clone(),
            source,
        };
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(io)?;
        file.set_len(u64::from(fix.smem_len)).map_err(io)?;
        let map = super::linux::map_memory(&file, fix.smem_len as usize).map_err(io)?;
        Ok(FakeFramebuffer {
            var,
            fix,
            map,
            path,
            pans: Vec::new(),
            vsyncs: 0,
            _file: file,
        })
    }

    /// The `yoffset` of every pan so far, in order.
    pub fn pans(&self) -> &[u32] {
        &self.pans
    }

    /// Vertical blanks waited for so far.
    pub fn vsyncs(&self) -> u64 {
        self.vsyncs
    }

    /// The raw bytes, all pages.
    pub fn bytes(&self) -> &[u8] {
        &self.map
    }

    /// `[r, g, b]` of the pixel at `(x, y)` on the page now shown (after panning).
    pub fn shown_pixel(&self, x: u32, y: u32) -> [u8; 3] {
        let line = (self.var.yoffset + y) as usize;
        self.memory_pixel(x, line)
    }

    /// `[r, g, b]` of the pixel at column `x` of memory line `line` (any page).
    pub fn memory_pixel(&self, x: u32, line: usize) -> [u8; 3] {
        let Ok(layout) = PixelLayout::from_var(&self.var) else {
            return [0; 3];
        };
        let at = line * self.fix.line_length as usize + x as usize * layout.bytes_per_pixel;
        self.map
            .get(at..at + layout.bytes_per_pixel)
            .map_or([0; 3], |px| layout.decode(px))
    }

    /// The shown page as an RGBA [`crate::Canvas`]-comparable byte vector (alpha 255).
    pub fn shown_rgba(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.var.xres as usize * self.var.yres as usize * 4);
        for y in 0..self.var.yres {
            for x in 0..self.var.xres {
                let [r, g, b] = self.shown_pixel(x, y);
                out.extend_from_slice(&[r, g, b, 255]);
            }
        }
        out
    }
}

impl FramebufferDevice for FakeFramebuffer {
    fn var_info(&self) -> VarScreenInfo {
        self.var
    }

    fn fix_info(&self) -> FixScreenInfo {
        self.fix
    }

    fn memory(&mut self) -> &mut [u8] {
        &mut self.map
    }

    fn pan(&mut self, yoffset: u32) -> Result<(), Error> {
        // The same checks the kernel's fb_pan_display makes.
        let step = u32::from(self.fix.ypanstep);
        if step == 0
            || !yoffset.is_multiple_of(step)
            || yoffset + self.var.yres > self.var.yres_virtual
        {
            return Err(Error::Framebuffer {
                operation: "FBIOPAN_DISPLAY",
                reason: format!(
                    "cannot pan to line {yoffset} (pan step {step}, virtual height {})",
                    self.var.yres_virtual
                ),
            });
        }
        self.var.yoffset = yoffset;
        self.pans.push(yoffset);
        Ok(())
    }

    fn wait_for_vsync(&mut self) {
        self.vsyncs += 1;
    }
}

impl Drop for FakeFramebuffer {
    fn drop(&mut self) {
        // Best effort: a leftover temp file is harmless.
        let _ = std::fs::remove_file(&self.path);
    }
}

/// The layout a device describes, checked.
pub(crate) fn device_layout(
    device: &dyn FramebufferDevice,
) -> Result<(FbLayout, PixelLayout), Error> {
    let (var, fix) = (device.var_info(), device.fix_info());
    Ok((FbLayout::new(&var, &fix)?, PixelLayout::from_var(&var)?))
}
