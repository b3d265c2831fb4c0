//! [`State`]: a `Copy` handle to a value in the reactive arena.

use std::any::Any;
use std::fmt;
use std::marker::PhantomData;
use std::rc::Rc;

use super::diagnostics::misuse;
use super::effect::notify;
use super::runtime::{Cloner, ReactiveError, SignalId, SignalInner, with_runtime};
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
///
/// Handles are ids into the arena of the thread that made them (the UI thread), so they are
/// neither `Send` nor `Sync`: on another thread an id would name nothing, or another state.
///
/// ```compile_fail
/// let count = arkui_core::State::new(0);
/// std::thread::spawn(move || count.get()); // error: `State<i32>` cannot be sent
/// ```
pub struct State<T> {
    id: SignalId,
    _value: PhantomData<fn() -> T>,
    _this_thread: PhantomData<*const ()>,
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
            _this_thread: PhantomData,
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
        let found = found.expect(
            "every disposed signal leaves a value of its type behind, and a handle cannot \
             reach another thread's arena (State is !Send)",
        );
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
        self.try_read(None, f)
    }

    fn try_read<R>(
        &self,
        cloner: Option<Cloner>,
        f: impl FnOnce(&T) -> R,
    ) -> Result<R, ReactiveError> {
        let inner = self.live()?;
        if cloner.is_some() {
            inner.cloner.set(cloner);
        }
        let out = {
            let value = inner
                .value
                .try_borrow()
                .map_err(|_| ReactiveError::Borrowed { what: "state" })?;
            f(downcast::<T>(&**value))
        };
        run_deferred(&inner);
        Ok(out)
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
    /// Inside this state's own [`State::update`] closure, `f` sees the value as it was before
    /// that update started, with a [`super::Diagnostic::ReactiveMisuse`]; `try_with` reports
    /// [`ReactiveError::Borrowed`].
    ///
    /// ```
    /// use arkui_core::{Diagnostic, ReactiveError, State, take_diagnostics};
    /// let n = State::named(1, "Demo.n");
    /// assert_eq!(n.get(), 1);
    /// take_diagnostics();
    /// n.update(|v| *v = n.get() * 10 + 2); // reads 1, the value before this update
    /// assert_eq!(n.get(), 12);
    /// assert!(matches!(
    ///     &take_diagnostics()[..],
    ///     [Diagnostic::ReactiveMisuse { error: ReactiveError::Borrowed { .. }, state, .. }]
    ///         if state == "Demo.n"
    /// ));
    /// ```
    ///
    /// # Panics
    /// Only inside its own `update` closure when no earlier value was kept: the value is
    /// kept once the state has been read through a `T: Clone` read (`get`, `try_get`,
    /// `get_untracked`, also through a [`super::Prop`] or [`super::Link`]) before that
    /// update started, which every `ui!` binding that shows it does. Use the closure's
    /// argument instead.
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.read(None, f)
    }

    fn read<R>(&self, cloner: Option<Cloner>, f: impl FnOnce(&T) -> R) -> R {
        let inner = self.live().unwrap_or_else(|_| self.tombstone());
        if cloner.is_some() {
            inner.cloner.set(cloner);
        }
        let out = match inner.value.try_borrow() {
            Ok(value) => f(downcast::<T>(&**value)),
            Err(_) => read_before_update(&inner, f),
        };
        run_deferred(&inner);
        out
    }

    /// A clone of the value, subscribing the current binding. After the owning component
    /// unmounted: the last value, and inside its own `update`: the value before that update,
    /// as for [`State::with`].
    pub fn get(&self) -> T
    where
        T: Clone,
    {
        self.read(Some(clone_boxed::<T>), T::clone)
    }

    /// A clone of the value, or an error when the state is gone.
    pub fn try_get(&self) -> Result<T, ReactiveError>
    where
        T: Clone,
    {
        self.try_read(Some(clone_boxed::<T>), T::clone)
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
    ///
    /// From inside this state's own `update` (or `with`) closure the value is borrowed: the
    /// write is kept and applied right after that closure returns, with a
    /// [`super::Diagnostic::ReactiveMisuse`]. [`State::try_set`] reports
    /// [`ReactiveError::Borrowed`] instead.
    ///
    /// ```
    /// use arkui_core::State;
    /// let n = State::new(1);
    /// n.update(|v| {
    ///     *v = 2;
    ///     n.set(3); // logged, applied when this closure returns
    /// });
    /// assert_eq!(n.get(), 3);
    /// ```
    pub fn set(&self, value: T) {
        if let Some(inner) = with_runtime(|rt| rt.signal(self.id))
            && inner.value.try_borrow_mut().is_err()
        {
            misuse(
                &inner,
                ReactiveError::Borrowed { what: "state" },
                "the write was kept and is applied as soon as that closure returns",
            );
            let state = *self;
            inner
                .deferred
                .borrow_mut()
                .push(Box::new(move || state.set(value)));
            return;
        }
        if let Err(e) = self.try_set(value) {
            log::error!("State::set ignored: {e}");
        }
    }

    /// Replace the value, or report why it cannot be.
    pub fn try_set(&self, value: T) -> Result<(), ReactiveError> {
        self.try_update(|v| *v = value)
    }

    /// Change the value in place and re-run what read it. A logged no-op when unmounted.
    ///
    /// From inside this state's own `update` (or `with`) closure the value is borrowed and
    /// `f` (which may borrow its surroundings, so it cannot be kept for later) is not run: a
    /// [`super::Diagnostic::ReactiveMisuse`] says so. Change the outer closure's argument, or
    /// use [`State::set`], which is applied right after.
    pub fn update(&self, f: impl FnOnce(&mut T)) {
        match self.try_update(f) {
            Ok(()) => {}
            Err(error @ ReactiveError::Borrowed { .. }) => {
                if let Some(inner) = with_runtime(|rt| rt.signal(self.id)) {
                    misuse(
                        &inner,
                        error,
                        "this nested update was not applied; change the outer closure's \
                         argument, or use `set`, which is applied when that closure returns",
                    );
                }
            }
            Err(e) => log::error!("State::update ignored: {e}"),
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
        if inner.value.try_borrow_mut().is_err() {
            return Err(ReactiveError::Borrowed { what: "state" });
        }
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
            // Kept for reads from inside `f` (see `State::with`).
            let before = inner.cloner.get().map(|clone| clone(&**value));
            *inner.before_update.borrow_mut() = before;
            f(downcast_mut::<T>(&mut **value));
            inner.before_update.borrow_mut().take();
        }
        if inner.watching.get() {
            // Written by one of its own watchers: the loop running them goes round again
            // and notifies once, instead of recursing.
            inner.rewatch.set(true);
        } else {
            run_watchers(&inner);
            notify(&inner);
        }
        run_deferred(&inner);
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

fn clone_boxed<T: Clone + 'static>(v: &dyn Any) -> Box<dyn Any> {
    Box::new(downcast::<T>(v).clone())
}

/// A read from inside the state's own `update`: the value kept when that update started.
fn read_before_update<T: 'static, R>(inner: &SignalInner, f: impl FnOnce(&T) -> R) -> R {
    let before = inner.before_update.borrow();
    let Some(value) = before.as_deref() else {
        // No `T: Clone` read ever happened, so nothing was kept and there is no `T` to show.
        panic!(
            "{}: {} (it was never read with `get` before, so no earlier value was kept)",
            inner.name.get().unwrap_or("<unnamed state>"),
            ReactiveError::Borrowed { what: "state" }
        );
    };
    misuse(
        inner,
        ReactiveError::Borrowed { what: "state" },
        "the read saw the value as it was before that update started",
    );
    f(downcast::<T>(value))
}

/// Apply the `set`s deferred while the value was borrowed, once no borrow is left.
fn run_deferred(inner: &SignalInner) {
    loop {
        if inner.deferred.borrow().is_empty() || inner.value.try_borrow_mut().is_err() {
            return;
        }
        let next = inner.deferred.borrow_mut().remove(0);
        next();
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
