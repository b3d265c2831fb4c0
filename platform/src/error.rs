//! [`Error`]: why a platform could not start or run.

use std::fmt;
use std::path::PathBuf;

/// Errors from platform backends.
///
/// ```
/// let e = arkui_platform::Error::Unavailable { platform: "fbdev".into(), reason: "/dev/fb0 is missing".into() };
/// assert_eq!(e.to_string(), "platform `fbdev` is not available: /dev/fb0 is missing");
/// ```
#[derive(Debug)]
pub enum Error {
    /// The requested platform cannot run here.
    Unavailable {
        /// The platform asked for (`winit`, `headless`...).
        platform: String,
        /// Why, in words a user can act on.
        reason: String,
    },
    /// Opening, reading or writing a file or device failed.
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// Encoding a PNG failed.
    Encode(String),
    /// The window system reported an error.
    Window(String),
    /// The framebuffer's pixel layout or geometry is one we cannot draw into.
    UnsupportedFramebuffer(String),
    /// A framebuffer or DRM call failed.
    Framebuffer {
        /// The ioctl or step (`FBIOPAN_DISPLAY`, `page flip`...).
        operation: &'static str,
        /// What the kernel said.
        reason: String,
    },
    /// Reading input devices failed.
    Input(String),
    /// `ARKUI_TOUCH_CALIBRATION` is not six numbers.
    Calibration(String),
    /// A line of an evemu recording could not be parsed.
    Recording {
        /// 1-based line number.
        line: usize,
        /// The line.
        text: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Unavailable { platform, reason } => {
                write!(f, "platform `{platform}` is not available: {reason}")
            }
            Error::Io { path, source } => write!(f, "{}: {source}", path.display()),
            Error::Encode(e) => write!(f, "cannot encode the frame as PNG: {e}"),
            Error::Window(e) => write!(f, "window system error: {e}"),
            Error::UnsupportedFramebuffer(what) => write!(
                f,
                "the framebuffer uses {what}; configure a 16, 24 or 32-bit true-colour mode \
                 (e.g. `fbset -depth 32`)"
            ),
            Error::Framebuffer { operation, reason } => {
                write!(f, "display call {operation} failed: {reason}")
            }
            Error::Input(e) => write!(f, "input error: {e}"),
            Error::Calibration(text) => write!(
                f,
                "ARKUI_TOUCH_CALIBRATION must be six numbers `a b c d e f` (libinput's \
                 calibration matrix), got `{text}`"
            ),
            Error::Recording { line, text } => write!(
                f,
                "line {line} of the input recording is not `E: <sec>.<usec> <type hex> <code hex> <value>`: `{text}`"
            ),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
