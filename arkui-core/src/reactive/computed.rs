//! [`Computed`]: a value derived from state, computed lazily and cached.

use std::fmt;
use std::marker::PhantomData;

use super::effect::{register_with_owner, run_effect};
use super::runtime::{ComputedState, EffectId, EffectSlot, ReactiveError, with_runtime};
use super::signal::State;

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
    value: State<Option<T>>,
    _t: PhantomData<fn() -> T>,
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
        let value: State<Option<T>> = State::new(None);
        let signal = value.id();
        let effect = with_runtime(|rt| {
            let depth = rt.current_depth();
            let write = move || {
                let v = f();
                // Stored without notifying: readers were already told when an input changed.
                with_runtime(|rt| {
                    if let Some(inner) = rt.signal(signal) {
                        *inner.value.borrow_mut() = Box::new(Some(v));
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
        let dirty = with_runtime(|rt| {
            rt.effects
                .borrow()
                .get(self.effect)
                .and_then(|s| s.computed)
                .map(|c| c.dirty)
        })
        .ok_or(ReactiveError::Disposed {
            what: "computed value",
        })?;
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
    pub fn try_with<R>(&self, f: impl FnOnce(&T) -> R) -> Result<R, ReactiveError> {
        self.refresh()?;
        self.value
            .try_with(|v| v.as_ref().map(f))?
            .ok_or(ReactiveError::Disposed {
                what: "computed value",
            })
    }

    /// A clone of the (fresh) value, subscribing the current binding.
    ///
    /// # Panics
    /// When the owning scope was disposed; [`Computed::try_get`] returns an error instead.
    pub fn get(&self) -> T
    where
        T: Clone,
    {
        self.try_with(T::clone).unwrap_or_else(|e| panic!("{e}"))
    }

    /// A clone of the value, or an error when the owning scope was disposed.
    pub fn try_get(&self) -> Result<T, ReactiveError>
    where
        T: Clone,
    {
        self.try_with(T::clone)
    }
}
