//! Deep observation: a value split into one signal per field ([`Observe`], derived with
//! `#[derive(Observed)]`) and collections with one signal per element ([`ObservedVec`],
//! [`super::ObservedMap`]). A change to one field of one element re-runs only what read that field.

use std::fmt;

use super::effect::batch;
use super::signal::State;
use super::untrack;

/// A type that can be observed field by field. `#[derive(Observed)]` implements it for
/// structs (the handle is a generated `Copy` struct of per-field handles); plain values
/// (numbers, strings, `Vec`s, `Option`s) are observed whole through a [`State`].
pub trait Observe: Sized + 'static {
    /// The `Copy` handle reads and writes go through.
    type Handle: Copy + 'static;
    /// Split `self` into signals owned by the current scope.
    fn observe(self) -> Self::Handle;
    /// Reassemble a value, reading (and subscribing to) every field.
    fn snapshot(handle: Self::Handle) -> Self;
    /// Free the signals behind `handle`.
    fn release(handle: Self::Handle);
}

macro_rules! observe_whole {
    ($($t:ty),*) => {$(
        impl Observe for $t {
            type Handle = State<$t>;
            fn observe(self) -> State<$t> { State::new(self) }
            fn snapshot(h: State<$t>) -> $t { h.get() }
            fn release(h: State<$t>) { h.dispose() }
        }
    )*};
}
observe_whole!(
    bool, char, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64, String
);

impl<T: Clone + 'static> Observe for Vec<T> {
    type Handle = State<Vec<T>>;
    fn observe(self) -> State<Vec<T>> {
        State::new(self)
    }
    fn snapshot(h: State<Vec<T>>) -> Vec<T> {
        h.get()
    }
    fn release(h: State<Vec<T>>) {
        h.dispose()
    }
}

impl<T: Clone + 'static> Observe for Option<T> {
    type Handle = State<Option<T>>;
    fn observe(self) -> State<Option<T>> {
        State::new(self)
    }
    fn snapshot(h: State<Option<T>>) -> Option<T> {
        h.get()
    }
    fn release(h: State<Option<T>>) {
        h.dispose()
    }
}

/// A list observed per element: reading `len` or iterating subscribes to the list's shape;
/// reading an element's handle subscribes only to that element.
///
/// ```
/// use arkui_core::{Effect, ObservedVec, State};
/// use std::{cell::Cell, rc::Rc};
/// let list = ObservedVec::new(vec![10i32, 20, 30]);
/// let (shape_runs, item_runs) = (Rc::new(Cell::new(0)), Rc::new(Cell::new(0)));
/// let (s, i) = (shape_runs.clone(), item_runs.clone());
/// Effect::new(move || { list.len(); s.set(s.get() + 1); });
/// let second = list.get(1).unwrap();
/// Effect::new(move || { second.get(); i.set(i.get() + 1); });
/// list.update(1, |v| *v += 1); // one element: only its reader re-runs
/// assert_eq!((shape_runs.get(), item_runs.get()), (1, 2));
/// list.push(40); // the shape changed
/// assert_eq!((shape_runs.get(), item_runs.get()), (2, 2));
/// assert_eq!(list.snapshot(), vec![10, 21, 30, 40]);
/// ```
pub struct ObservedVec<T: Observe> {
    items: State<Vec<T::Handle>>,
}

impl<T: Observe> Clone for ObservedVec<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Observe> Copy for ObservedVec<T> {}

/// Handle identity, as for [`State`].
impl<T: Observe> PartialEq for ObservedVec<T> {
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items
    }
}
impl<T: Observe> Eq for ObservedVec<T> {}

impl<T: Observe> Default for ObservedVec<T> {
    fn default() -> Self {
        ObservedVec::new(Vec::new())
    }
}

impl<T: Observe> fmt::Debug for ObservedVec<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ObservedVec({:?})", self.items)
    }
}

impl<T: Observe> ObservedVec<T> {
    /// Observe `items` in the current scope.
    pub fn new(items: Vec<T>) -> ObservedVec<T> {
        ObservedVec {
            items: State::new(items.into_iter().map(T::observe).collect()),
        }
    }

    /// Number of elements (subscribes to the shape).
    pub fn len(&self) -> usize {
        self.items.with(Vec::len)
    }

    /// True when empty (subscribes to the shape).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The handle of element `i` (subscribes to the shape).
    pub fn get(&self, i: usize) -> Option<T::Handle> {
        self.items.with(|v| v.get(i).copied())
    }

    /// Every element's handle, in order (subscribes to the shape): what `ForEach` iterates.
    pub fn handles(&self) -> Vec<T::Handle> {
        self.items.get()
    }

    /// A plain copy of the whole list (subscribes to everything).
    pub fn snapshot(&self) -> Vec<T> {
        self.handles().into_iter().map(T::snapshot).collect()
    }

    /// Append an element.
    pub fn push(&self, item: T) {
        let h = item.observe();
        self.items.update(|v| v.push(h));
    }

    /// Insert at `index` (clamped to the end).
    pub fn insert(&self, index: usize, item: T) {
        let h = item.observe();
        self.items.update(|v| {
            let at = index.min(v.len());
            v.insert(at, h);
        });
    }

    /// Remove element `index`, returning its value (`None` when out of range).
    pub fn remove(&self, index: usize) -> Option<T> {
        let h = untrack(|| self.get(index))?;
        let value = untrack(|| T::snapshot(h));
        self.items.update(|v| {
            v.remove(index);
        });
        T::release(h);
        Some(value)
    }

    /// Replace element `index` (a shape change: the element gets a new identity).
    pub fn set(&self, index: usize, item: T) -> bool {
        let Some(old) = untrack(|| self.get(index)) else {
            return false;
        };
        let h = item.observe();
        self.items.update(|v| v[index] = h);
        T::release(old);
        true
    }

    /// Swap two elements (out-of-range indices do nothing).
    pub fn swap(&self, a: usize, b: usize) {
        let n = untrack(|| self.len());
        if a < n && b < n && a != b {
            self.items.update(|v| v.swap(a, b));
        }
    }

    /// Move the element at `from` to `to`.
    pub fn move_item(&self, from: usize, to: usize) {
        let n = untrack(|| self.len());
        if from < n && to < n && from != to {
            self.items.update(|v| {
                let h = v.remove(from);
                v.insert(to, h);
            });
        }
    }

    /// Keep the elements for which `keep` (given each handle) is true.
    pub fn retain(&self, mut keep: impl FnMut(T::Handle) -> bool) {
        let all = untrack(|| self.handles());
        let (kept, dropped): (Vec<_>, Vec<_>) = untrack(|| all.into_iter().partition(|h| keep(*h)));
        if dropped.is_empty() {
            return;
        }
        self.items.set(kept);
        for h in dropped {
            T::release(h);
        }
    }

    /// Replace every element.
    pub fn replace_all(&self, items: Vec<T>) {
        let old = untrack(|| self.handles());
        batch(|| self.items.set(items.into_iter().map(T::observe).collect()));
        for h in old {
            T::release(h);
        }
    }

    /// Remove every element.
    pub fn clear(&self) {
        self.replace_all(Vec::new());
    }

    /// Free the list and every element's signals now (they are also freed with their scope).
    pub fn dispose(self) {
        let all = untrack(|| self.items.try_get()).unwrap_or_default();
        for h in all {
            T::release(h);
        }
        self.items.dispose();
    }
}

/// An `ObservedVec` field of a `#[derive(Observed)]` struct: already observed per element, so
/// its handle is itself. A snapshot shares the list (and subscribes to its shape).
///
/// ```
/// use arkui_core::{Observe, ObservedVec};
/// let tags = ObservedVec::new(vec!["a".to_string()]);
/// let handle = tags.observe();
/// assert_eq!(handle, tags);
/// let again: ObservedVec<String> = Observe::snapshot(handle);
/// assert_eq!(again.snapshot(), vec!["a".to_string()]);
/// ```
impl<T: Observe> Observe for ObservedVec<T> {
    type Handle = ObservedVec<T>;
    fn observe(self) -> ObservedVec<T> {
        self
    }
    fn snapshot(h: ObservedVec<T>) -> ObservedVec<T> {
        h.items.with(|_| ());
        h
    }
    fn release(h: ObservedVec<T>) {
        h.dispose();
    }
}

impl<T> ObservedVec<T>
where
    T: Observe<Handle = State<T>>,
{
    /// Change element `index` in place: only readers of that element re-run.
    pub fn update(&self, index: usize, f: impl FnOnce(&mut T)) -> bool {
        match untrack(|| self.get(index)) {
            Some(h) => {
                h.update(f);
                true
            }
            None => false,
        }
    }
}
