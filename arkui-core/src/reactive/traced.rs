//! ArkUI V2's `@ObservedV2` / `@Trace`: [`Untraced`] (a field that never notifies),
//! [`make_observed`], and the value reads a `#[monitor]` path ends in.

use std::fmt;

use super::effect::untrack;
use super::observed::{Observe, ObservedVec};
use super::observed_map::ObservedMap;
use super::observed_set::ObservedSet;
use super::signal::State;

/// A field of a `#[derive(ObservedV2)]` struct without `#[trace]`: it holds a value that
/// can be read and changed, but reading it subscribes nothing and changing it updates
/// nothing (ArkUI: only `@Trace` properties are observed).
///
/// ```
/// use arkui_core::{Effect, Untraced};
/// use std::{cell::Cell, rc::Rc};
/// let note = Untraced::new("draft".to_string());
/// let runs = Rc::new(Cell::new(0));
/// let r = runs.clone();
/// Effect::new(move || { note.get(); r.set(r.get() + 1); });
/// note.set("final".into()); // nothing re-runs
/// assert_eq!((note.get().as_str(), runs.get()), ("final", 1));
/// ```
pub struct Untraced<T>(State<T>);

impl<T> Clone for Untraced<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Untraced<T> {}

impl<T> PartialEq for Untraced<T> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<T> fmt::Debug for Untraced<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Untraced({:?})", self.0)
    }
}

impl<T: 'static> Untraced<T> {
    /// Hold `value`.
    pub fn new(value: T) -> Untraced<T> {
        Untraced(State::new(value))
    }

    /// A clone of the value (subscribing nothing).
    pub fn get(&self) -> T
    where
        T: Clone,
    {
        untrack(|| self.0.get())
    }

    /// Run `f` on the value (subscribing nothing).
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        untrack(|| self.0.with(f))
    }

    /// Replace the value; nothing re-runs.
    pub fn set(&self, value: T) {
        self.0.set(value);
    }

    /// Change the value in place; nothing re-runs.
    pub fn update(&self, f: impl FnOnce(&mut T)) {
        self.0.update(f);
    }

    /// Free the value.
    pub fn dispose(self) {
        self.0.dispose();
    }
}

/// Make plain data observable, ArkUI's `UIUtils.makeObserved`: a `#[derive(ObservedV2)]`
/// or `#[derive(Observed)]` struct becomes its handle (each traced field its own signal),
/// a collection or plain value a [`State`].
///
/// ```
/// use arkui_core::{State, make_observed};
/// let count: State<u32> = make_observed(3u32);
/// count.set(4);
/// assert_eq!(count.get(), 4);
/// ```
pub fn make_observed<T: Observe>(value: T) -> T::Handle {
    value.observe()
}

/// What a `#[monitor]` path ends in, when it is a reactive handle: its value (read so the
/// monitor follows it). Plain values end in [`ReadPlain`]. `#[component_v2]` picks one of
/// the two by method resolution, so a path reads a value whatever the field holds.
pub trait ReadHandle {
    /// The value.
    type Value;
    /// Read it.
    fn __arkui_read(&self) -> Self::Value;
}

/// What a `#[monitor]` path ends in when it is a plain value: a clone.
pub trait ReadPlain {
    /// The value.
    type Value;
    /// Read it.
    fn __arkui_read(&self) -> Self::Value;
}

impl<T: Clone> ReadPlain for &T {
    type Value = T;
    fn __arkui_read(&self) -> T {
        (**self).clone()
    }
}

impl<T: Clone + 'static> ReadHandle for State<T> {
    type Value = T;
    fn __arkui_read(&self) -> T {
        self.get()
    }
}

impl<T: Clone + 'static> ReadHandle for Untraced<T> {
    type Value = T;
    fn __arkui_read(&self) -> T {
        self.get()
    }
}

impl<T: Observe> ReadHandle for ObservedVec<T> {
    type Value = Vec<T>;
    fn __arkui_read(&self) -> Vec<T> {
        self.snapshot()
    }
}

impl<K: Ord + Clone + 'static, V: Observe> ReadHandle for ObservedMap<K, V> {
    type Value = std::collections::BTreeMap<K, V>;
    fn __arkui_read(&self) -> Self::Value {
        self.snapshot()
    }
}

impl<T: Ord + Clone + 'static> ReadHandle for ObservedSet<T> {
    type Value = std::collections::BTreeSet<T>;
    fn __arkui_read(&self) -> Self::Value {
        self.snapshot()
    }
}
