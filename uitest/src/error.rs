//! What can go wrong when driving an app.

use crate::protocol::{ProtocolError, RemoteError};

/// An error from [`Driver`](crate::Driver) and [`Component`](crate::Component).
#[derive(Debug)]
pub enum Error {
    /// No app socket was found or it could not be reached.
    Connect(String),
    /// The app refused or failed a request.
    Remote(RemoteError),
    /// The connection broke or carried something that is not this protocol.
    Protocol(ProtocolError),
    /// No component matched within the time allowed.
    NotFound {
        /// The selector, as written.
        selector: String,
        /// How long it was looked for.
        waited_ms: u64,
    },
    /// An argument cannot be turned into input (an unknown key name, a zero-sized target).
    BadArgument(String),
    /// Writing a capture failed.
    Io(std::io::Error),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Connect(why) => write!(f, "cannot reach the app: {why}"),
            Error::Remote(e) => write!(f, "the app refused: {e}"),
            Error::Protocol(e) => write!(f, "{e}"),
            Error::NotFound {
                selector,
                waited_ms,
            } => write!(
                f,
                "no component matches {selector} (looked for {waited_ms} ms); `arkui-uitest dump` shows the tree"
            ),
            Error::BadArgument(why) => write!(f, "{why}"),
            Error::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<ProtocolError> for Error {
    fn from(e: ProtocolError) -> Error {
        Error::Protocol(e)
    }
}

impl From<RemoteError> for Error {
    fn from(e: RemoteError) -> Error {
        Error::Remote(e)
    }
}
