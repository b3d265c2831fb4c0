//! [`Error`]: what arkui-core's fallible APIs report.

use std::fmt;

use crate::ReactiveError;

/// Errors from arkui-core.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// No mounted node carries this inspector id.
    IdNotFound {
        /// The id asked for.
        id: String,
    },
    /// The node exists but has no area on screen to receive input.
    NotHittable {
        /// The id asked for.
        id: String,
    },
    /// The component exists but cannot take focus (not focusable, disabled or hidden).
    NotFocusable {
        /// The id asked for.
        id: String,
    },
    /// A reactive handle was misused.
    Reactive(ReactiveError),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::IdNotFound { id } => write!(
                f,
                "no mounted component has id \"{id}\"; set it with `.id(\"{id}\")` and check \
                 that its branch is shown"
            ),
            Error::NotHittable { id } => write!(
                f,
                "component \"{id}\" has no visible area (zero size, hidden, or covered by \
                 another component), so it cannot be clicked"
            ),
            Error::NotFocusable { id } => write!(
                f,
                "component \"{id}\" cannot take focus; make it `.focusable(true)`, enabled and \
                 visible"
            ),
            Error::Reactive(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Error {}

impl From<ReactiveError> for Error {
    fn from(e: ReactiveError) -> Error {
        Error::Reactive(e)
    }
}
