//! The reactive runtime: signals in an arena with `Copy` handles, effects that re-run when
//! what they read changes, batching, and scopes that own and dispose all of it.
//!
//! Everything lives in a thread-local arena, so handles are plain ids: closures capture them
//! without clones and user code never sees `Rc<RefCell<_>>`.

mod effect;
mod runtime;
mod scope;
mod signal;

pub use effect::{Effect, MAX_RERUNS_PER_FLUSH, batch, untrack};
pub use runtime::ReactiveError;
pub use scope::Scope;
pub use signal::{Prop, State};

pub(crate) use effect::{bind, register_effect, track_collect};
