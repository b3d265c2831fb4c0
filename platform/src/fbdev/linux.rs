//! The OS edge of fbdev: `/dev/fbN` ioctls and mmap. The only unsafe code of the backend
//! lives here, each block with the reason it is sound.
#![expect(
    unsafe_code,
    reason = "ioctl and mmap on a framebuffer device have no safe interface"
)]

use std::fs::File;
use std::os::fd::AsFd;
use std::path::{Path, PathBuf};

use memmap2::{MmapMut, MmapOptions};
use rustix::ioctl::{Getter, Opcode, Setter, Updater, ioctl, opcode};

use super::device::FramebufferDevice;
use super::info::{FbLayout, FixScreenInfo, VarScreenInfo};
use crate::Error;

const FBIOGET_VSCREENINFO: Opcode = 0x4600;
const FBIOPUT_VSCREENINFO: Opcode = 0x4601;
const FBIOGET_FSCREENINFO: Opcode = 0x4602;
const FBIOPAN_DISPLAY: Opcode = 0x4606;
const FBIO_WAITFORVSYNC: Opcode = opcode::write::<u32>(b'F', 0x20);

/// Map `len` bytes of `file` shared and writable.
pub(crate) fn map_memory(file: &File, len: usize) -> std::io::Result<MmapMut> {
    // SAFETY: the mapping is shared memory that the kernel (a framebuffer driver) or a file
    // of ours backs. Nothing else in this process truncates or remaps it while the map is
    // alive: the `File` is owned next to the map for the map's lifetime. Another process
    // may write pixels concurrently, which is how framebuffers work; we only ever treat the
    // bytes as plain pixel data, so torn writes are visual, never memory-unsafe.
    unsafe { MmapOptions::new().len(len).map_mut(file) }
}

/// A real Linux framebuffer device (`/dev/fb0`...), mapped into memory.
#[derive(Debug)]
pub struct LinuxFramebuffer {
    file: File,
    path: PathBuf,
    var: VarScreenInfo,
    fix: FixScreenInfo,
    map: MmapMut,
    vsync: bool,
}

fn ioctl_error(path: &Path, operation: &'static str, e: rustix::io::Errno) -> Error {
    Error::Framebuffer {
        operation,
        reason: format!("{}: {e}", path.display()),
    }
}

fn read_info(file: &File, path: &Path) -> Result<(VarScreenInfo, FixScreenInfo), Error> {
    // SAFETY: FBIOGET_VSCREENINFO writes exactly one `struct fb_var_screeninfo`, which
    // `VarScreenInfo` mirrors field for field with `repr(C)`.
    let var = unsafe {
        ioctl(
            file.as_fd(),
            Getter::<FBIOGET_VSCREENINFO, VarScreenInfo>::new(),
        )
    }
    .map_err(|e| ioctl_error(path, "FBIOGET_VSCREENINFO", e))?;
    // SAFETY: FBIOGET_FSCREENINFO writes exactly one `struct fb_fix_screeninfo`, mirrored
    // by `FixScreenInfo` (`unsigned long` fields are `usize` on Linux).
    let fix = unsafe {
        ioctl(
            file.as_fd(),
            Getter::<FBIOGET_FSCREENINFO, FixScreenInfo>::new(),
        )
    }
    .map_err(|e| ioctl_error(path, "FBIOGET_FSCREENINFO", e))?;
    Ok((var, fix))
}

impl LinuxFramebuffer {
    /// Open and map `path` (`/dev/fb0`), asking the driver for a second page to flip to
    /// when its memory has room (falls back to one page, with damage-only copies).
    pub fn open(path: impl AsRef<Path>) -> Result<LinuxFramebuffer, Error> {
        let path = path.as_ref();
        let file = File::options()
            .read(true)
            .write(true)
            .open(path)
            .map_err(|source| Error::Io {
                path: path.into(),
                source,
            })?;
        let (mut var, mut fix) = read_info(&file, path)?;
        let page = fix.line_length as usize * var.yres as usize;
        if var.yres_virtual < 2 * var.yres && 2 * page <= fix.smem_len as usize {
            let mut wanted = var;
            wanted.yres_virtual = 2 * var.yres;
            wanted.yoffset = 0;
            // SAFETY: FBIOPUT_VSCREENINFO reads and updates one `struct fb_var_screeninfo`.
            let r = unsafe {
                ioctl(
                    file.as_fd(),
                    Updater::<FBIOPUT_VSCREENINFO, VarScreenInfo>::new(&mut wanted),
                )
            };
            match r {
                Ok(()) => (var, fix) = read_info(&file, path)?,
                Err(e) => log::info!(
                    "{}: no second page for flipping ({e}); copying damaged lines instead",
                    path.display()
                ),
            }
        }
        FbLayout::new(&var, &fix)?;
        let map = map_memory(&file, fix.smem_len as usize).map_err(|source| Error::Io {
            path: path.into(),
            source,
        })?;
        log::info!(
            "{}: {}x{} {} bpp, line {} bytes, virtual {}x{}",
            path.display(),
            var.xres,
            var.yres,
            var.bits_per_pixel,
            fix.line_length,
            var.xres_virtual,
            var.yres_virtual
        );
        Ok(LinuxFramebuffer {
            file,
            path: path.into(),
            var,
            fix,
            map,
            vsync: true,
        })
    }
}

impl FramebufferDevice for LinuxFramebuffer {
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
        let mut var = self.var;
        var.xoffset = 0;
        var.yoffset = yoffset;
        // SAFETY: FBIOPAN_DISPLAY reads (and may update) one `struct fb_var_screeninfo`.
        unsafe {
            ioctl(
                self.file.as_fd(),
                Updater::<FBIOPAN_DISPLAY, VarScreenInfo>::new(&mut var),
            )
        }
        .map_err(|e| ioctl_error(&self.path, "FBIOPAN_DISPLAY", e))?;
        self.var.yoffset = yoffset;
        Ok(())
    }

    fn wait_for_vsync(&mut self) {
        if !self.vsync {
            return;
        }
        // SAFETY: FBIO_WAITFORVSYNC reads one `__u32` (the CRTC index, 0) through a pointer.
        let r = unsafe { ioctl(self.file.as_fd(), Setter::<FBIO_WAITFORVSYNC, u32>::new(0)) };
        if let Err(e) = r {
            // Many fbdev drivers do not implement it: pace by the frame timer instead.
            log::info!(
                "{}: no FBIO_WAITFORVSYNC ({e}); frames may tear",
                self.path.display()
            );
            self.vsync = false;
        }
    }
}
