//! [`State`]: a `Copy` handle to a value in the reactive arena.

use std::any::Any;
use std::fmt;
use std::marker::PhantomData;
use std::rc::Rc;

use super::effect::notify;
use super::runtime::{ReactiveError, SignalId, SignalInner, with_runtime};
use super::tombstone::{bury, trim};
use super::watch::run_watchers;

/// A component's own reactive value, ArkUI's `@State`.
///
/// Reading it inside a binding (any `ui!` expression, an [`super::Effect`]) subscribes that
/// binding; writing it re-runs exactly the bindings that read it.
///
/// ```
/// use arkui_core::{Effect, State};
/// use std::{cell::Cell, rc::Rc};
///
/// let count = State::new(1);
/// let seen = Rc::new(Cell::new(0));
/// let s = seen.clone();
/// Effect::new(move || s.set(count.get() * 10));
/// assert_eq!(seen.get(), 10);
/// count.update(|c| *c += 1);
/// assert_eq!(seen.get(), 20);
/// ```
pub struct State<T> {
    id: SignalId,
    _value: PhantomData<fn() -> T>,
}

impl<T> Clone for State<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for State<T> {}

impl<T> PartialEq for State<T> {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}
impl<T> Eq for State<T> {}

impl<T> fmt::Debug for State<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "State({:?})", self.id)
    }
}

impl<T> State<T> {
    pub(crate) fn id(&self) -> SignalId {
        self.id
    }
}

impl<T: 'static> State<T> {
    /// A new value owned by the current scope (the component being built, or none).
    pub fn new(value: T) -> State<T> {
        let id = with_runtime(|rt| rt.new_signal(Box::new(value)));
        State {
            id,
            _value: PhantomData,
        }
    }

    /// A new value with a name diagnostics use (`#[component]` names fields `Type.field`).
    pub fn named(value: T, name: &'static str) -> State<T> {
        let state = State::new(value);
        with_runtime(|rt| {
            if let Some(inner) = rt.signal(state.id) {
                inner.name.set(Some(name));
            }
        });
        state
    }

    /// Free the value now (it is also freed with its scope). Afterwards `try_*` report
    /// [`ReactiveError::Disposed`], writes are logged no-ops, and [`State::get`] /
    /// [`State::with`] still see the last value (see there).
    pub fn dispose(self) {
        with_runtime(|rt| {
            bury(rt, self.id);
            trim(rt);
        });
    }

    /// The live signal, subscribing the current binding.
    fn live(&self) -> Result<Rc<SignalInner>, ReactiveError> {
        with_runtime(|rt| {
            let inner = rt.signal(self.id)?;
            rt.track(self.id, &inner);
            Some(inner)
        })
        .ok_or(ReactiveError::Disposed { what: "state" })
    }

    /// What a read of this disposed state sees: its own last value, or (once that was
    /// reclaimed) another disposed value of the same type. Logged once per handle.
    fn tombstone(&self) -> Rc<SignalInner> {
        let found = with_runtime(|rt| {
            rt.graves
                .borrow_mut()
                .find(self.id, std::any::TypeId::of::<T>())
        });
        let Some(found) = found else {
            // Every disposed signal leaves a value of its type behind, so only an id that
            // never lived on this thread gets here.
            panic!(
                "this state was created on another thread; reactive handles belong to the \
                 thread (the UI thread) that created them"
            );
        };
        if found.first {
            let name = found.inner.name.get().unwrap_or("a state");
            if found.exact {
                log::error!(
                    "{name} was read after its component unmounted; it keeps its last value \
                     (use try_get to handle this)"
                );
            } else {
                log::error!(
                    "{name} was read long after its component unmounted; its value was \
                     reclaimed, and a value of the same type left by another unmounted \
                     state was returned (use try_get to handle this)"
                );
            }
        }
        found.inner
    }

    /// Run `f` on the value, subscribing the current binding.
    ///
    /// Returns an error when the owning component was unmounted or the value is being
    /// written by its own `update`.
    pub fn try_with<R>(&self, f: impl FnOnce(&T) -> R) -> Result<R, ReactiveError> {
        let inner = self.live()?;
        let value = inner
            .value
            .try_borrow()
            .map_err(|_| ReactiveError::Borrowed { what: "state" })?;
        Ok(f(downcast::<T>(&**value)))
    }

    /// Run `f` on the value, subscribing the current binding.
    ///
    /// After the owning component unmounted this does not panic: `f` sees the last value the
    /// state held, kept as a tombstone, and one error is logged for the handle. Tombstones
    /// outlive the batch (the event handler) that disposed them, and the 64 most recent
    /// after it; a handle used even later sees the last reclaimed value of the same type.
    /// [`State::try_with`] reports the disposal instead.
    ///
    /// ```
    /// use arkui_core::{Scope, State};
    /// let scope = Scope::new_root();
    /// let count = scope.run(|| State::new(7));
    /// scope.dispose();
    /// assert_eq!(count.get(), 7); // logged, not a panic
    /// assert!(count.try_get().is_err());
    /// ```
    ///
    /// # Panics
    /// When called from inside this state's own [`State::update`] closure (the value is
    /// being written; use the closure's argument), or with a handle made on another thread.
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        let inner = self.live().unwrap_or_else(|_| self.tombstone());
        let value = inner.value.try_borrow().unwrap_or_else(|_| {
            panic!("{}", ReactiveError::Borrowed { what: "state" });
        });
        f(downcast::<T>(&**value))
    }

    /// A clone of the value, subscribing the current binding. After the owning component
    /// unmounted: the last value, as for [`State::with`].
    pub fn get(&self) -> T
    where
        T: Clone,
    {
        self.with(T::clone)
    }

    /// A clone of the value, or an error when the state is gone.
    pub fn try_get(&self) -> Result<T, ReactiveError>
    where
        T: Clone,
    {
        self.try_with(T::clone)
    }

    /// A clone of the value without subscribing anything.
    pub fn get_untracked(&self) -> T
    where
        T: Clone,
    {
        super::untrack(|| self.get())
    }

    /// Replace the value and re-run what read it. On an unmounted state this is a logged
    /// no-op (use [`State::try_set`] to observe the error).
    pub fn set(&self, value: T) {
        if let Err(e) = self.try_set(value) {
            log::error!("State::set ignored: {e}");
        }
    }

    /// Replace the value, or report why it cannot be.
    pub fn try_set(&self, value: T) -> Result<(), ReactiveError> {
        self.try_update(|v| *v = value)
    }

    /// Change the value in place and re-run what read it. A logged no-op when unmounted.
    pub fn update(&self, f: impl FnOnce(&mut T)) {
        if let Err(e) = self.try_update(f) {
            log::error!("State::update ignored: {e}");
        }
    }

    /// Change the value in place, or report why it cannot be.
    ///
    /// Watchers run right after the write, with no borrow held, so a watcher may write the
    /// state it watches (a clamp); one that never settles is stopped after
    /// [`super::MAX_RERUNS_PER_FLUSH`] rounds with a [`super::Diagnostic::ReactiveCycle`].
    pub fn try_update(&self, f: impl FnOnce(&mut T)) -> Result<(), ReactiveError> {
        let inner = with_runtime(|rt| rt.signal(self.id))
            .ok_or(ReactiveError::Disposed { what: "state" })?;
        // Monitors snapshot the old value before it changes.
        let before: Vec<_> = inner
            .before_change
            .borrow()
            .iter()
            .map(|(_, h)| h.clone())
            .collect();
        for hook in before {
            hook();
        }
        {
            let mut value = inner
                .value
                .try_borrow_mut()
                .map_err(|_| ReactiveError::Borrowed { what: "state" })?;
            f(downcast_mut::<T>(&mut **value));
        }
        if inner.watching.get() {
            // Written by one of its own watchers: the loop running them goes round again
            // and notifies once, instead of recursing.
            inner.rewatch.set(true);
            return Ok(());
        }
        run_watchers(&inner);
        notify(&inner);
        Ok(())
    }

    /// Whether the value still exists (its scope was not disposed).
    pub fn is_alive(&self) -> bool {
        with_runtime(|rt| rt.signals.borrow().contains_key(self.id))
    }
}

impl<T: Default + 'static> Default for State<T> {
    fn default() -> Self {
        State::new(T::default())
    }
}

pub(crate) fn downcast<T: 'static>(v: &dyn Any) -> &T {
    v.downcast_ref::<T>()
        .expect("a State<T> handle only ever points at a T")
}

pub(crate) fn downcast_mut<T: 'static>(v: &mut dyn Any) -> &mut T {
    v.downcast_mut::<T>()
        .expect("a State<T> handle only ever points at a T")
}
