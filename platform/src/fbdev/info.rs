//! The kernel's description of a framebuffer (`struct fb_var_screeninfo` and
//! `struct fb_fix_screeninfo` from `<linux/fb.h>`), and the layout we derive from it.

use crate::Error;

/// Where one colour channel sits in a pixel (`struct fb_bitfield`).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Bitfield {
    /// Lowest bit of the channel.
    pub offset: u32,
    /// Bits in the channel (0: absent).
    pub length: u32,
    /// Non-zero when the most significant bit is on the right (unsupported).
    pub msb_right: u32,
}

impl Bitfield {
    /// A channel of `length` bits starting at bit `offset`.
    ///
    /// ```
    /// let red = arkui_platform::fbdev::Bitfield::new(11, 5);
    /// assert_eq!((red.offset, red.length), (11, 5));
    /// ```
    pub const fn new(offset: u32, length: u32) -> Bitfield {
        Bitfield {
            offset,
            length,
            msb_right: 0,
        }
    }
}

/// Variable screen information (`FBIOGET_VSCREENINFO`), field for field.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[expect(
    missing_docs,
    reason = "the fields are the kernel's, documented in <linux/fb.h>"
)]
pub struct VarScreenInfo {
    pub xres: u32,
    pub yres: u32,
    pub xres_virtual: u32,
    pub yres_virtual: u32,
    pub xoffset: u32,
    pub yoffset: u32,
    pub bits_per_pixel: u32,
    pub grayscale: u32,
    pub red: Bitfield,
    pub green: Bitfield,
    pub blue: Bitfield,
    pub transp: Bitfield,
    pub nonstd: u32,
    pub activate: u32,
    pub height: u32,
    pub width: u32,
    pub accel_flags: u32,
    pub pixclock: u32,
    pub left_margin: u32,
    pub right_margin: u32,
    pub upper_margin: u32,
    pub lower_margin: u32,
    pub hsync_len: u32,
    pub vsync_len: u32,
    pub sync: u32,
    pub vmode: u32,
    pub rotate: u32,
    pub colorspace: u32,
    pub reserved: [u32; 4],
}

/// Fixed screen information (`FBIOGET_FSCREENINFO`), field for field.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[expect(
    missing_docs,
    reason = "the fields are the kernel's, documented in <linux/fb.h>"
)]
pub struct FixScreenInfo {
    pub id: [u8; 16],
    pub smem_start: usize,
    pub smem_len: u32,
    pub kind: u32,
    pub type_aux: u32,
    pub visual: u32,
    pub xpanstep: u16,
    pub ypanstep: u16,
    pub ywrapstep: u16,
    pub line_length: u32,
    pub mmio_start: usize,
    pub mmio_len: u32,
    pub accel: u32,
    pub capabilities: u16,
    pub reserved: [u16; 2],
}

/// `FB_TYPE_PACKED_PIXELS`: the only memory type we draw into.
pub const FB_TYPE_PACKED_PIXELS: u32 = 0;
/// `FB_VISUAL_TRUECOLOR`: pixels hold colours, not palette indices.
pub const FB_VISUAL_TRUECOLOR: u32 = 2;

/// The geometry of a framebuffer as we use it: visible size, line length and how many
/// full pages fit in its virtual height for flipping by panning.
///
/// ```
/// use arkui_platform::fbdev::{FbFormat, FbLayout};
/// let (var, fix) = FbFormat::Rgb565.screen_info(320, 240, 704, 480);
/// let layout = FbLayout::new(&var, &fix).unwrap();
/// assert_eq!((layout.width, layout.height, layout.line_length), (320, 240, 704));
/// assert_eq!(layout.pages, 2); // 480 virtual lines hold two 240-line pages
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FbLayout {
    /// Visible width in pixels.
    pub width: u32,
    /// Visible height in pixels.
    pub height: u32,
    /// Bytes from one line to the next (may exceed `width * bytes per pixel`).
    pub line_length: usize,
    /// Bytes per pixel.
    pub bytes_per_pixel: usize,
    /// Pages to flip between: 2 when panning can show a second page, else 1.
    pub pages: usize,
}

impl FbLayout {
    /// Check the screen info describes memory we can draw into, and derive the layout.
    pub fn new(var: &VarScreenInfo, fix: &FixScreenInfo) -> Result<FbLayout, Error> {
        let unsupported = |what: String| Error::UnsupportedFramebuffer(what);
        if fix.kind != FB_TYPE_PACKED_PIXELS {
            return Err(unsupported(format!(
                "memory type {} (not packed pixels)",
                fix.kind
            )));
        }
        if fix.visual != FB_VISUAL_TRUECOLOR {
            return Err(unsupported(format!(
                "visual {} (only true colour is drawn; palette modes are not)",
                fix.visual
            )));
        }
        let bytes_per_pixel = match var.bits_per_pixel {
            16 => 2,
            24 => 3,
            32 => 4,
            bpp => return Err(unsupported(format!("{bpp} bits per pixel"))),
        };
        let row = var.xres as usize * bytes_per_pixel;
        let line_length = fix.line_length as usize;
        if line_length < row {
            return Err(unsupported(format!(
                "line length {line_length} bytes is shorter than a row of {} pixels",
                var.xres
            )));
        }
        let page = line_length * var.yres as usize;
        if page > fix.smem_len as usize {
            return Err(unsupported(format!(
                "{} bytes of memory cannot hold one {}x{} page",
                fix.smem_len, var.xres, var.yres
            )));
        }
        let can_pan = fix.ypanstep != 0 && var.yres.is_multiple_of(u32::from(fix.ypanstep));
        let two_pages = var.yres_virtual >= 2 * var.yres && 2 * page <= fix.smem_len as usize;
        Ok(FbLayout {
            width: var.xres,
            height: var.yres,
            line_length,
            bytes_per_pixel,
            pages: if can_pan && two_pages && var.yres > 0 {
                2
            } else {
                1
            },
        })
    }

    /// Byte offset of page `page`'s first line.
    pub fn page_offset(&self, page: usize) -> usize {
        page * self.line_length * self.height as usize
    }
}
