//! [`Prop`] (one way from the parent) and [`ReadSignal`] (read-only): views of a [`State`].

use std::fmt;

use super::runtime::ReactiveError;
use super::signal::State;

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
        write!(f, "Prop({:?})", self.0.id())
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

    /// A clone of the value, subscribing the current binding; the last value once
    /// unmounted (see [`State::with`]).
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

    /// Run `f` on the value, subscribing the current binding; on the last value once
    /// unmounted (see [`State::with`]).
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.0.with(f)
    }

    /// Run `f` on the value, or report why there is none.
    pub fn try_with<R>(&self, f: impl FnOnce(&T) -> R) -> Result<R, ReactiveError> {
        self.0.try_with(f)
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
        write!(f, "ReadSignal({:?})", self.0.id())
    }
}

impl<T> From<State<T>> for ReadSignal<T> {
    fn from(s: State<T>) -> ReadSignal<T> {
        ReadSignal(s)
    }
}

/// A component's `#[prop]` passed on by reference (to a `#[builder]`, ArkTS's `$$`).
///
/// ```
/// use arkui_core::{Prop, ReadSignal};
/// let p = Prop::new(1);
/// let r = ReadSignal::from(p);
/// p.set_from_parent(2);
/// assert_eq!(r.get(), 2);
/// ```
impl<T> From<Prop<T>> for ReadSignal<T> {
    fn from(p: Prop<T>) -> ReadSignal<T> {
        ReadSignal(p.0)
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
