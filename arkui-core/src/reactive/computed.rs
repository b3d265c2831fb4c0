//! [`Computed`]: a value derived from state, computed lazily and cached.

use std::fmt;
use std::marker::PhantomData;
use std::rc::Rc;

use super::diagnostics::{Diagnostic, report};
use super::effect::{register_with_owner, run_effect, untrack};
use super::runtime::{ComputedState, EffectId, EffectSlot, ReactiveError, with_runtime};
use super::signal::{State, downcast_mut};

/// A derived value, ArkUI's `@Computed`: computed on first read, cached, and recomputed only
/// when a state it read has changed since (and someone reads it again).
///
/// ```
/// use arkui_core::{Computed, State};
/// use std::{cell::Cell, rc::Rc};
/// let price = State::new(10);
/// let runs = Rc::new(Cell::new(0));
/// let r = runs.clone();
/// let total = Computed::new(move || { r.set(r.get() + 1); price.get() * 3 });
/// assert_eq!(runs.get(), 0); // lazy
/// assert_eq!(total.get(), 30);
/// assert_eq!(total.get(), 30);
/// assert_eq!(runs.get(), 1); // cached
/// price.set(20);
/// assert_eq!(total.get(), 60);
/// assert_eq!(runs.get(), 2);
/// ```
pub struct Computed<T> {
    effect: EffectId,
    value: State<Cached<T>>,
    _t: PhantomData<fn() -> T>,
}

/// The cached value and how to compute it. The closure lives beside the value so that a
/// disposed computed value that was never computed can still answer (from its inputs' last
/// values) instead of panicking.
struct Cached<T> {
    value: Option<T>,
    compute: Rc<dyn Fn() -> T>,
}

impl<T> Clone for Computed<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Computed<T> {}

impl<T> fmt::Debug for Computed<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Computed({:?})", self.effect)
    }
}

impl<T: 'static> Computed<T> {
    /// A computed value owned by the current scope.
    pub fn new(f: impl Fn() -> T + 'static) -> Computed<T> {
        let compute: Rc<dyn Fn() -> T> = Rc::new(f);
        let value = State::new(Cached {
            value: None,
            compute: compute.clone(),
        });
        let signal = value.id();
        let effect = with_runtime(|rt| {
            let depth = rt.current_depth();
            let write = move || {
                let v = compute();
                // Stored without notifying: readers were already told when an input changed.
                with_runtime(|rt| {
                    if let Some(inner) = rt.signal(signal)
                        && let Ok(mut cell) = inner.value.try_borrow_mut()
                    {
                        downcast_mut::<Cached<T>>(&mut **cell).value = Some(v);
                    }
                });
            };
            let mut slot = EffectSlot::new(Box::new(write), Vec::new(), rt.owner.get(), depth);
            slot.computed = Some(ComputedState {
                signal,
                dirty: true,
            });
            let id = rt.effects.borrow_mut().insert(slot);
            register_with_owner(rt, id);
            id
        });
        Computed {
            effect,
            value,
            _t: PhantomData,
        }
    }

    fn refresh(&self) -> Result<(), ReactiveError> {
        let (dirty, running) = with_runtime(|rt| {
            rt.effects
                .borrow()
                .get(self.effect)
                .and_then(|s| Some((s.computed?.dirty, s.f.is_none())))
        })
        .ok_or(ReactiveError::Disposed {
            what: "computed value",
        })?;
        if running {
            // Its computation is on the stack: this read comes from inside it.
            return Err(ReactiveError::Cycle {
                what: "computed value",
            });
        }
        if dirty {
            run_effect(self.effect);
            with_runtime(|rt| {
                if let Some(c) = rt
                    .effects
                    .borrow_mut()
                    .get_mut(self.effect)
                    .and_then(|s| s.computed.as_mut())
                {
                    c.dirty = false;
                }
            });
        }
        Ok(())
    }

    /// Run `f` on the (fresh) value, subscribing the current binding.
    ///
    /// [`ReactiveError::Disposed`] once the owning scope was disposed;
    /// [`ReactiveError::Cycle`] when read from inside its own computation.
    pub fn try_with<R>(&self, f: impl FnOnce(&T) -> R) -> Result<R, ReactiveError> {
        self.refresh()?;
        self.value
            .try_with(|c| c.value.as_ref().map(f))?
            // Refreshed, so computed: only a computation that failed to finish leaves it empty.
            .ok_or(ReactiveError::Cycle {
                what: "computed value",
            })
    }

    /// A clone of the (fresh) value, subscribing the current binding.
    ///
    /// After the owning scope was disposed this does not panic: it returns the last value
    /// computed (or, if it was never read while alive, computes it once from its inputs'
    /// last values), as [`State::with`] describes for states.
    ///
    /// ```
    /// use arkui_core::{Computed, Scope, State};
    /// let scope = Scope::new_root();
    /// let doubled = scope.run(|| {
    ///     let n = State::new(21);
    ///     Computed::new(move || n.get() * 2)
    /// });
    /// scope.dispose();
    /// assert_eq!(doubled.get(), 42); // never read while alive: computed from the last input
    /// assert!(doubled.try_get().is_err());
    /// ```
    ///
    /// Read from inside its own computation (a cycle) it returns the value computed before,
    /// with a [`super::Diagnostic::ReactiveMisuse`]; `try_get` reports
    /// [`ReactiveError::Cycle`].
    ///
    /// ```
    /// use arkui_core::{Computed, Diagnostic, ReactiveError, State, take_diagnostics};
    /// use std::{cell::Cell, rc::Rc};
    /// let n = State::new(1);
    /// let me: Rc<Cell<Option<Computed<i32>>>> = Rc::default();
    /// let m = me.clone();
    /// let c = Computed::new(move || n.get() * 10 + m.get().map_or(0, |c| c.get()));
    /// assert_eq!(c.get(), 10); // no self-read yet
    /// me.set(Some(c));
    /// take_diagnostics();
    /// n.set(2);
    /// assert_eq!(c.get(), 30); // 20 + the self-read, which gives the value before: 10
    /// assert!(matches!(
    ///     &take_diagnostics()[..],
    ///     [Diagnostic::ReactiveMisuse { error: ReactiveError::Cycle { .. }, .. }]
    /// ));
    /// ```
    ///
    /// # Panics
    /// Read from inside its own *first* computation, when there is no earlier value to
    /// return.
    pub fn get(&self) -> T
    where
        T: Clone,
    {
        match self.try_with(T::clone) {
            Ok(v) => v,
            Err(ReactiveError::Disposed { .. }) => {
                let (value, compute) = self.value.with(|c| (c.value.clone(), c.compute.clone()));
                value.unwrap_or_else(|| untrack(|| compute()))
            }
            Err(error) => {
                let before = self.value.with(|c| c.value.clone());
                let Some(before) = before else {
                    panic!(
                        "{error} (it was read during its first computation, so there is no \
                         earlier value to return)"
                    );
                };
                report(Diagnostic::ReactiveMisuse {
                    error,
                    state: "<computed value>".to_string(),
                    fallback: "the read saw the value computed before",
                });
                before
            }
        }
    }

    /// A clone of the value, or an error when the owning scope was disposed.
    pub fn try_get(&self) -> Result<T, ReactiveError>
    where
        T: Clone,
    {
        self.try_with(T::clone)
    }
}
