//! [`ObservedSet`]: a set whose additions and removals notify, ArkUI's `@Trace` on a `Set`.

use std::collections::BTreeSet;
use std::fmt;

use super::observed::Observe;
use super::signal::State;
use super::untrack;

/// A set observed as a whole, ordered: `insert`, `remove` and `clear` notify the readers
/// (`contains`, `len`, `to_vec`) when they change it, and only then (ArkUI's `@Trace` on a
/// `Set`). Use it as a `#[trace]` field of a `#[derive(ObservedV2)]` struct, or alone.
///
/// ```
/// use arkui_core::{Effect, ObservedSet};
/// use std::{cell::Cell, rc::Rc};
/// let tags = ObservedSet::new();
/// let runs = Rc::new(Cell::new(0));
/// let r = runs.clone();
/// Effect::new(move || { tags.contains(&"rust"); r.set(r.get() + 1); });
/// assert!(tags.insert("rust"));
/// assert_eq!(runs.get(), 2);
/// assert!(!tags.insert("rust")); // already there: no change, nothing re-runs
/// assert_eq!(runs.get(), 2);
/// assert!(tags.remove(&"rust"));
/// assert_eq!((runs.get(), tags.len()), (3, 0));
/// ```
pub struct ObservedSet<T: Ord + Clone + 'static> {
    items: State<BTreeSet<T>>,
}

impl<T: Ord + Clone + 'static> Clone for ObservedSet<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Ord + Clone + 'static> Copy for ObservedSet<T> {}

/// Handle identity, as for [`State`].
impl<T: Ord + Clone + 'static> PartialEq for ObservedSet<T> {
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items
    }
}
impl<T: Ord + Clone + 'static> Eq for ObservedSet<T> {}

impl<T: Ord + Clone + 'static> fmt::Debug for ObservedSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ObservedSet({:?})", self.items)
    }
}

impl<T: Ord + Clone + 'static> Default for ObservedSet<T> {
    fn default() -> Self {
        ObservedSet::new()
    }
}

impl<T: Ord + Clone + 'static> ObservedSet<T> {
    /// An empty set in the current scope.
    pub fn new() -> ObservedSet<T> {
        ObservedSet {
            items: State::new(BTreeSet::new()),
        }
    }

    /// A set holding `items`.
    pub fn from_items(items: impl IntoIterator<Item = T>) -> ObservedSet<T> {
        ObservedSet {
            items: State::new(items.into_iter().collect()),
        }
    }

    /// Whether `item` is in the set (subscribes to the set).
    pub fn contains(&self, item: &T) -> bool {
        self.items.with(|s| s.contains(item))
    }

    /// Number of items (subscribes to the set).
    pub fn len(&self) -> usize {
        self.items.with(BTreeSet::len)
    }

    /// True when empty (subscribes to the set).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The items in order (subscribes to the set).
    pub fn to_vec(&self) -> Vec<T> {
        self.items.with(|s| s.iter().cloned().collect())
    }

    /// Add `item`: whether it was new (only then are readers told).
    pub fn insert(&self, item: T) -> bool {
        if untrack(|| self.items.with(|s| s.contains(&item))) {
            return false;
        }
        self.items.update(|s| {
            s.insert(item);
        });
        true
    }

    /// Remove `item`: whether it was there (only then are readers told).
    pub fn remove(&self, item: &T) -> bool {
        if !untrack(|| self.items.with(|s| s.contains(item))) {
            return false;
        }
        self.items.update(|s| {
            s.remove(item);
        });
        true
    }

    /// Remove everything (readers are told if there was anything).
    pub fn clear(&self) {
        if untrack(|| self.items.with(BTreeSet::is_empty)) {
            return;
        }
        self.items.update(BTreeSet::clear);
    }

    /// A plain copy (subscribes to the set).
    pub fn snapshot(&self) -> BTreeSet<T> {
        self.items.get()
    }

    /// Free the set's signal now (it is also freed with its scope).
    pub fn dispose(self) {
        self.items.dispose();
    }
}

/// An `ObservedSet` field of an observed struct: its handle is itself (see the `ObservedVec`
/// impl).
impl<T: Ord + Clone + 'static> Observe for ObservedSet<T> {
    type Handle = ObservedSet<T>;
    fn observe(self) -> ObservedSet<T> {
        self
    }
    fn snapshot(h: ObservedSet<T>) -> ObservedSet<T> {
        h.items.with(|_| ());
        h
    }
    fn release(h: ObservedSet<T>) {
        h.dispose();
    }
}
