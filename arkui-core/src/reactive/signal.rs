//! [`State`] and [`Prop`]: `Copy` handles to values in the reactive arena.

use std::any::Any;
use std::fmt;
use std::marker::PhantomData;

use super::effect::notify;
use super::runtime::{ReactiveError, SignalId, with_runtime};

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

    pub(crate) fn id(&self) -> SignalId {
        self.id
    }

    /// Free the value now (it is also freed with its scope). Later reads report
    /// [`ReactiveError::Disposed`]; writes are logged no-ops.
    pub fn dispose(self) {
        with_runtime(|rt| {
            rt.signals.borrow_mut().remove(self.id);
        });
    }

    /// Run `f` on the value, subscribing the current binding.
    ///
    /// Returns an error when the owning component was unmounted or the value is being
    /// written by its own `update`.
    pub fn try_with<R>(&self, f: impl FnOnce(&T) -> R) -> Result<R, ReactiveError> {
        let inner = with_runtime(|rt| {
            let inner = rt.signal(self.id)?;
            rt.track(self.id, &inner);
            Some(inner)
        })
        .ok_or(ReactiveError::Disposed { what: "state" })?;
        let value = inner
            .value
            .try_borrow()
            .map_err(|_| ReactiveError::Borrowed { what: "state" })?;
        let value = downcast::<T>(&**value);
        Ok(f(value))
    }

    /// Run `f` on the value, subscribing the current binding.
    ///
    /// # Panics
    /// When the owning component was unmounted; [`State::try_with`] returns an error instead.
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.try_with(f).unwrap_or_else(|e| panic!("{e}"))
    }

    /// A clone of the value, subscribing the current binding.
    ///
    /// # Panics
    /// When the owning component was unmounted; [`State::try_get`] returns an error instead.
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
        // Watchers run synchronously, before any binding, as ArkUI's @Watch does.
        let watchers: Vec<_> = inner
            .watchers
            .borrow()
            .iter()
            .map(|(_, h)| h.clone())
            .collect();
        for watcher in watchers {
            watcher();
        }
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

fn downcast_mut<T: 'static>(v: &mut dyn Any) -> &mut T {
    v.downcast_mut::<T>()
        .expect("a State<T> handle only ever points at a T")
}

/// A value passed one way from the parent, ArkUI's `@Prop`.
///
/// The child may change it locally; the local value holds until the parent's source changes,
/// which overwrites it (ArkUI's semantics).
///
/// ```
/// use arkui_core::Prop;
/// let title = Prop::new("from parent".to_string());
/// title.set("local edit".into());
/// assert_eq!(title.get(), "local edit");
/// title.set_from_parent("parent changed".into());
/// assert_eq!(title.get(), "parent changed");
/// ```
pub struct Prop<T>(State<T>);

impl<T> Clone for Prop<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Prop<T> {}

impl<T> fmt::Debug for Prop<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Prop({:?})", self.0.id)
    }
}

impl<T: 'static> Prop<T> {
    /// A prop with an initial (default) value.
    pub fn new(value: T) -> Prop<T> {
        Prop(State::new(value))
    }

    /// The parent's new value: replaces any local edit.
    pub fn set_from_parent(&self, value: T) {
        self.0.set(value);
    }

    /// A clone of the value, subscribing the current binding. Panics when unmounted.
    pub fn get(&self) -> T
    where
        T: Clone,
    {
        self.0.get()
    }

    /// A clone of the value, or an error when unmounted.
    pub fn try_get(&self) -> Result<T, ReactiveError>
    where
        T: Clone,
    {
        self.0.try_get()
    }

    /// Run `f` on the value, subscribing the current binding. Panics when unmounted.
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.0.with(f)
    }

    /// A local edit, kept until the parent's value changes.
    pub fn set(&self, value: T) {
        self.0.set(value);
    }

    /// The state holding the prop's current (possibly locally edited) value.
    pub fn state(&self) -> State<T> {
        self.0
    }

    /// A local in-place edit, kept until the parent's value changes.
    pub fn update(&self, f: impl FnOnce(&mut T)) {
        self.0.update(f);
    }
}

/// A read-only view of a state (what the Environment hands out).
///
/// ```
/// use arkui_core::{ReadSignal, State};
/// let s = State::new(3);
/// let r = ReadSignal::from(s);
/// assert_eq!(r.get(), 3);
/// ```
pub struct ReadSignal<T>(State<T>);

impl<T> Clone for ReadSignal<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for ReadSignal<T> {}

impl<T> fmt::Debug for ReadSignal<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ReadSignal({:?})", self.0.id)
    }
}

impl<T> From<State<T>> for ReadSignal<T> {
    fn from(s: State<T>) -> ReadSignal<T> {
        ReadSignal(s)
    }
}

impl<T: 'static> ReadSignal<T> {
    /// A clone of the value, subscribing the current binding.
    pub fn get(&self) -> T
    where
        T: Clone,
    {
        self.0.get()
    }

    /// Run `f` on the value, subscribing the current binding.
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.0.with(f)
    }
}
