//! The Linux framebuffer backend (`/dev/fbN`): screen info and memory through ioctls and
//! mmap, frames rendered in a shadow buffer and copied line by line — only the lines that
//! changed — to the hidden page before a pan, or to the shown page when the device has no
//! room for a second one. RGB565, BGR565, RGB888, XRGB8888, XBGR8888 and ARGB8888 with any
//! line padding.
//!
//! Everything but the ioctls runs against [`FramebufferDevice`], so [`FakeFramebuffer`] (a
//! memory-mapped file laid out like a framebuffer) tests it without hardware.

mod backend;
mod device;
mod format;
mod info;
mod lines;
mod linux;
mod present;

pub use backend::FbdevBackend;
pub use device::{FakeFramebuffer, FramebufferDevice};
pub use format::{FbFormat, PixelLayout};
pub use info::{
    Bitfield, FB_TYPE_PACKED_PIXELS, FB_VISUAL_TRUECOLOR, FbLayout, FixScreenInfo, VarScreenInfo,
};
pub use lines::LinePresenter;
pub use linux::LinuxFramebuffer;
pub use present::FbPresenter;
