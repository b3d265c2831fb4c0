//! Diagnostics: mistakes the runtime survives but must not hide. Each is logged as an error
//! and kept, so tests and tools can assert on them.

use std::cell::RefCell;
use std::fmt;

use super::runtime::ReactiveError;

/// A problem the runtime detected and recovered from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Diagnostic {
    /// A binding (or a watch) kept re-triggering itself within one update and was stopped.
    ReactiveCycle {
        /// Names of the states the binding reads (`Component.field`, or `<unnamed state>`).
        states: Vec<String>,
    },
    /// `ForEach` produced the same key twice; later duplicates were skipped (release builds;
    /// debug builds panic with this message).
    DuplicateKey {
        /// The key, formatted with `Debug`.
        key: String,
        /// Which list: `ForEach in Column (under id "todos")`.
        list: String,
    },
    /// A layout could not be done as written (and was done the closest possible way).
    Layout {
        /// What happened and how to fix it.
        message: String,
    },
    /// Persisted storage could not be read or written.
    Storage {
        /// What happened, with the file involved.
        message: String,
    },
    /// A `#[require]` param of a `#[component_v2]` was not passed by its parent; the component
    /// was built with the field's default.
    MissingParam {
        /// The component.
        component: &'static str,
        /// The param.
        param: &'static str,
    },
    /// A reactive handle was misused in a way `get`/`with`/`set` survive: the access was
    /// served by the documented fallback instead of panicking. `try_*` report `error`.
    ReactiveMisuse {
        /// What `try_get`/`try_with` report for the same access.
        error: ReactiveError,
        /// The state's name (`Component.field`), or `<unnamed state>`.
        state: String,
        /// What was done instead.
        fallback: &'static str,
    },
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Diagnostic::ReactiveCycle { states } => write!(
                f,
                "a binding or watch re-ran {} times in one update: it changes a state it \
                 depends on (reads: {}); it was stopped for this update — compute the value \
                 instead of writing it back",
                super::MAX_RERUNS_PER_FLUSH,
                states.join(", ")
            ),
            Diagnostic::DuplicateKey { key, list } => write!(
                f,
                "duplicate key {key} in {list}: the key function returned it for more than \
                 one item; keys must be unique, the duplicate was skipped"
            ),
            Diagnostic::Storage { message } | Diagnostic::Layout { message } => {
                f.write_str(message)
            }
            Diagnostic::MissingParam { component, param } => write!(
                f,
                "{component}: the #[require] param `{param}` was not passed; pass it from the \
                 parent (`{component}({param} = ..)`); the default is shown meanwhile"
            ),
            Diagnostic::ReactiveMisuse {
                error,
                state,
                fallback,
            } => write!(
                f,
                "{state}: {error}; {fallback} (use try_get to handle this)"
            ),
        }
    }
}

thread_local! {
    static DIAGNOSTICS: RefCell<Vec<Diagnostic>> = const { RefCell::new(Vec::new()) };
}

/// Keep at most this many; a runaway bug must not grow memory without bound.
const MAX_KEPT: usize = 256;

pub(crate) fn report(d: Diagnostic) {
    log::error!("{d}");
    DIAGNOSTICS.with(|all| {
        let mut all = all.borrow_mut();
        if all.len() >= MAX_KEPT {
            all.remove(0);
        }
        all.push(d);
    });
}

/// Report a misused handle of signal `inner`, served by `fallback`.
pub(crate) fn misuse(
    inner: &super::runtime::SignalInner,
    error: ReactiveError,
    fallback: &'static str,
) {
    report(Diagnostic::ReactiveMisuse {
        error,
        state: inner.name.get().unwrap_or("<unnamed state>").to_string(),
        fallback,
    });
}

/// Take (and clear) the diagnostics this thread reported since the last call.
///
/// ```
/// use arkui_core::{State, Effect, take_diagnostics, Diagnostic};
/// take_diagnostics();
/// let a = State::named(0, "Demo.a");
/// Effect::new(move || a.set(a.get() + 1)); // writes what it reads: a cycle
/// let d = take_diagnostics();
/// assert!(matches!(&d[0], Diagnostic::ReactiveCycle { states } if states == &["Demo.a"]));
/// ```
pub fn take_diagnostics() -> Vec<Diagnostic> {
    DIAGNOSTICS.with(|all| std::mem::take(&mut *all.borrow_mut()))
}
