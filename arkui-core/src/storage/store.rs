//! The keyed store both AppStorage and LocalStorage are made of.

use std::any::TypeId;
use std::collections::HashMap;
use std::fmt;

use crate::reactive::{Effect, Link, Prop, Scope, State, untrack};

/// Why a storage operation failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No value is stored under the key.
    Missing {
        /// The key.
        key: String,
    },
    /// The key holds a value of another type.
    TypeMismatch {
        /// The key.
        key: String,
        /// The stored type.
        stored: &'static str,
        /// The type asked for.
        requested: &'static str,
    },
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Missing { key } => write!(
                f,
                "no value stored under \"{key}\"; create it first with set_or_create, or use \
                 set_and_link / set_and_prop with a default"
            ),
            StorageError::TypeMismatch {
                key,
                stored,
                requested,
            } => write!(
                f,
                "\"{key}\" holds a {stored}, not a {requested}; use one type per key"
            ),
        }
    }
}

impl std::error::Error for StorageError {}

struct Entry {
    type_id: TypeId,
    type_name: &'static str,
    /// A boxed `State<T>`; its signal belongs to no scope and lives as long as the entry.
    state: Box<dyn std::any::Any>,
    dispose: fn(&dyn std::any::Any),
}

/// Keys to states of any type.
#[derive(Default)]
pub(crate) struct Store {
    entries: HashMap<String, Entry>,
}

fn dispose_state<T: 'static>(boxed: &dyn std::any::Any) {
    if let Some(s) = boxed.downcast_ref::<State<T>>() {
        s.dispose();
    }
}

impl Store {
    pub(crate) fn state<T: 'static>(&self, key: &str) -> Result<State<T>, StorageError> {
        let e = self
            .entries
            .get(key)
            .ok_or_else(|| StorageError::Missing { key: key.into() })?;
        if e.type_id != TypeId::of::<T>() {
            return Err(StorageError::TypeMismatch {
                key: key.into(),
                stored: e.type_name,
                requested: std::any::type_name::<T>(),
            });
        }
        e.state
            .downcast_ref::<State<T>>()
            .copied()
            .ok_or_else(|| StorageError::Missing { key: key.into() })
    }

    /// The state under `key`, created with `value` when absent (then `created` is true).
    pub(crate) fn state_or_create<T: 'static>(
        &mut self,
        key: &str,
        value: impl FnOnce() -> T,
    ) -> Result<(State<T>, bool), StorageError> {
        match self.state::<T>(key) {
            Ok(s) => Ok((s, false)),
            Err(StorageError::Missing { .. }) => {
                // Stored values outlive any component: no owning scope.
                let s = Scope::detached(|| State::new(value()));
                self.entries.insert(
                    key.to_string(),
                    Entry {
                        type_id: TypeId::of::<T>(),
                        type_name: std::any::type_name::<T>(),
                        state: Box::new(s),
                        dispose: dispose_state::<T>,
                    },
                );
                Ok((s, true))
            }
            Err(e) => Err(e),
        }
    }

    pub(crate) fn has(&self, key: &str) -> bool {
        self.entries.contains_key(key)
    }

    pub(crate) fn keys(&self) -> Vec<String> {
        let mut k: Vec<String> = self.entries.keys().cloned().collect();
        k.sort();
        k
    }

    pub(crate) fn delete(&mut self, key: &str) -> bool {
        match self.entries.remove(key) {
            Some(e) => {
                (e.dispose)(&*e.state);
                true
            }
            None => false,
        }
    }

    pub(crate) fn clear(&mut self) {
        for (_, e) in self.entries.drain() {
            (e.dispose)(&*e.state);
        }
    }
}

/// Link a stored state two-way.
pub(crate) fn link_of<T: 'static>(s: State<T>) -> Link<T> {
    Link::from(s)
}

/// A one-way copy of a stored state in the current scope: updated when the store changes,
/// local edits kept until then.
pub(crate) fn prop_of<T: Clone + 'static>(s: State<T>) -> Prop<T> {
    let prop = Prop::new(untrack(|| s.get()));
    Effect::new(move || {
        if let Ok(v) = s.try_get() {
            untrack(|| prop.set_from_parent(v));
        }
    });
    prop
}
