//! The reactive runtime: signals in an arena with `Copy` handles, effects that re-run when
//! what they read changes, computed values, watchers and monitors, batching, provide/consume,
//! and scopes that own and dispose all of it.
//!
//! Everything lives in a thread-local arena, so handles are plain ids: closures capture them
//! without clones and user code never sees `Rc<RefCell<_>>`.
//!
//! The update pipeline, when a handler changes state: writes are batched; watchers run
//! synchronously at each write; when the batch ends, monitors run once with their net
//! change, computed values are marked stale (recomputed lazily), then bindings run parent
//! scope first. A binding that keeps re-triggering itself is stopped after
//! [`MAX_RERUNS_PER_FLUSH`] runs with a [`Diagnostic::ReactiveCycle`] naming its states.

mod computed;
mod context;
mod diagnostics;
mod effect;
mod event;
mod link;
mod observed;
mod observed_map;
mod observed_set;
mod param;
mod path_monitor;
mod prop;
mod runtime;
mod scope;
mod signal;
mod tombstone;
mod traced;
mod watch;

pub use computed::Computed;
pub use context::{consume, provide};
pub use diagnostics::{Diagnostic, take_diagnostics};
pub(crate) use effect::after_flush;
pub use effect::{Effect, MAX_RERUNS_PER_FLUSH, batch, untrack};
pub use event::Event;
pub use link::{Link, LinkSource};
pub use observed::{Observe, ObservedVec};
pub use observed_map::ObservedMap;
pub use observed_set::ObservedSet;
pub use param::{OnceParam, Param, ParamIsReadOnly};
pub use path_monitor::{Monitor, MonitorPath, MonitorValue, monitor_path, monitor_paths};
pub use prop::{Prop, ReadSignal};
pub use runtime::ReactiveError;
pub use scope::Scope;
pub use signal::State;
pub use traced::{ReadHandle, ReadPlain, Untraced, make_observed};
pub use watch::{monitor, watch};

pub(crate) use diagnostics::report;
pub(crate) use effect::{bind, flush as flush_queued, register_effect, track_collect};
pub(crate) use watch::watch_change;

/// (signals, effects, scopes) alive on this thread.
pub(crate) fn live() -> (usize, usize, usize) {
    runtime::with_runtime(|rt| {
        (
            rt.signals.borrow().len(),
            rt.effects.borrow().len(),
            rt.scopes.borrow().len(),
        )
    })
}
