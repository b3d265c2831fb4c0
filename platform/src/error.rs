//! [`Error`]: why a platform could not start or run.

use std::fmt;
use std::path::PathBuf;

/// Errors from platform backends.
#[derive(Debug)]
pub enum Error {
    /// The requested platform cannot run here.
    Unavailable {
        /// The platform asked for (`winit`, `headless`...).
        platform: String,
        /// Why, in words a user can act on.
        reason: String,
    },
    /// Writing an output file failed.
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
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Unavailable { platform, reason } => {
                write!(f, "platform `{platform}` is not available: {reason}")
            }
            Error::Io { path, source } => write!(f, "cannot write {}: {source}", path.display()),
            Error::Encode(e) => write!(f, "cannot encode the frame as PNG: {e}"),
            Error::Window(e) => write!(f, "window system error: {e}"),
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
