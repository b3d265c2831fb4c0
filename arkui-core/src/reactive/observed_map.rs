//! [`ObservedMap`]: a map observed per entry.

use std::collections::BTreeMap;
use std::fmt;

use super::observed::Observe;
use super::signal::State;
use super::untrack;

/// A map observed per entry, ordered by key.
///
/// ```
/// use arkui_core::ObservedMap;
/// let m = ObservedMap::new();
/// m.insert("b", 2i32);
/// m.insert("a", 1);
/// assert_eq!(m.keys(), vec!["a", "b"]);
/// m.get(&"a").unwrap().set(10);
/// assert_eq!(m.snapshot().get("a"), Some(&10));
/// assert_eq!(m.remove(&"b"), Some(2));
/// ```
pub struct ObservedMap<K: Ord + Clone + 'static, V: Observe> {
    entries: State<BTreeMap<K, V::Handle>>,
}

impl<K: Ord + Clone + 'static, V: Observe> Clone for ObservedMap<K, V> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<K: Ord + Clone + 'static, V: Observe> Copy for ObservedMap<K, V> {}

/// Handle identity, as for [`State`].
impl<K: Ord + Clone + 'static, V: Observe> PartialEq for ObservedMap<K, V> {
    fn eq(&self, other: &Self) -> bool {
        self.entries == other.entries
    }
}
impl<K: Ord + Clone + 'static, V: Observe> Eq for ObservedMap<K, V> {}

impl<K: Ord + Clone + 'static, V: Observe> fmt::Debug for ObservedMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ObservedMap({:?})", self.entries)
    }
}

impl<K: Ord + Clone + 'static, V: Observe> Default for ObservedMap<K, V> {
    fn default() -> Self {
        ObservedMap::new()
    }
}

impl<K: Ord + Clone + 'static, V: Observe> ObservedMap<K, V> {
    /// An empty map in the current scope.
    pub fn new() -> ObservedMap<K, V> {
        ObservedMap {
            entries: State::new(BTreeMap::new()),
        }
    }

    /// The handle under `key` (subscribes to the key set).
    pub fn get(&self, key: &K) -> Option<V::Handle> {
        self.entries.with(|m| m.get(key).copied())
    }

    /// Keys in order (subscribes to the key set).
    pub fn keys(&self) -> Vec<K> {
        self.entries.with(|m| m.keys().cloned().collect())
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.with(BTreeMap::len)
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Insert or replace.
    pub fn insert(&self, key: K, value: V) {
        let h = value.observe();
        let mut old = None;
        self.entries.update(|m| old = m.insert(key, h));
        if let Some(old) = old {
            V::release(old);
        }
    }

    /// Remove `key`, returning its value.
    pub fn remove(&self, key: &K) -> Option<V> {
        let h = untrack(|| self.get(key))?;
        let value = untrack(|| V::snapshot(h));
        self.entries.update(|m| {
            m.remove(key);
        });
        V::release(h);
        Some(value)
    }

    /// A plain copy (subscribes to everything).
    pub fn snapshot(&self) -> BTreeMap<K, V> {
        self.entries
            .get()
            .into_iter()
            .map(|(k, h)| (k, V::snapshot(h)))
            .collect()
    }

    /// Free the map and every entry's signals now (they are also freed with their scope).
    pub fn dispose(self) {
        let all = untrack(|| self.entries.try_get()).unwrap_or_default();
        for h in all.into_values() {
            V::release(h);
        }
        self.entries.dispose();
    }
}

/// An `ObservedMap` field of a `#[derive(Observed)]` struct: its handle is itself (see the
/// `ObservedVec` impl).
impl<K: Ord + Clone + 'static, V: Observe> Observe for ObservedMap<K, V> {
    type Handle = ObservedMap<K, V>;
    fn observe(self) -> ObservedMap<K, V> {
        self
    }
    fn snapshot(h: ObservedMap<K, V>) -> ObservedMap<K, V> {
        h.entries.with(|_| ());
        h
    }
    fn release(h: ObservedMap<K, V>) {
        h.dispose();
    }
}
