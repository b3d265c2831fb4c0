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
    /// How the value goes to and from JSON, for the value types a snapshot carries.
    codec: Option<Codec>,
}

/// Setting one stored value, deferred until the store is no longer borrowed.
pub(crate) type DeferredSet = Box<dyn FnOnce()>;

/// Saves and restores one entry's value as JSON (see [`codec_for`]).
#[derive(Clone, Copy)]
pub(crate) struct Codec {
    save: fn(&dyn std::any::Any) -> Option<serde_json::Value>,
    load: fn(&dyn std::any::Any, &serde_json::Value) -> Option<DeferredSet>,
}

fn save_as<T: serde::Serialize + Clone + 'static>(
    state: &dyn std::any::Any,
) -> Option<serde_json::Value> {
    let s = *state.downcast_ref::<State<T>>()?;
    serde_json::to_value(untrack(|| s.try_get()).ok()?).ok()
}

/// The setting of a value, to run once the store is no longer borrowed (setting runs
/// effects, which may use the store).
fn load_as<T: serde::de::DeserializeOwned + 'static>(
    state: &dyn std::any::Any,
    value: &serde_json::Value,
) -> Option<DeferredSet> {
    let s = *state.downcast_ref::<State<T>>()?;
    let v = serde_json::from_value::<T>(value.clone()).ok()?;
    Some(Box::new(move || s.set(v)))
}

/// The codec for a value type a snapshot carries: numbers, `bool`, `String`, and vectors
/// and options of them. A store is typed by `Any`, so the set is fixed here; keys of other
/// types are left out of a snapshot (and keep their defaults after a restore).
fn codec_for(type_id: TypeId) -> Option<Codec> {
    macro_rules! one_of {
        ($($t:ty),* $(,)?) => {
            $(
                if type_id == TypeId::of::<$t>() {
                    return Some(Codec { save: save_as::<$t>, load: load_as::<$t> });
                }
            )*
        };
    }
    one_of!(
        bool,
        i8,
        i16,
        i32,
        i64,
        isize,
        u8,
        u16,
        u32,
        u64,
        usize,
        f32,
        f64,
        char,
        String,
        Option<bool>,
        Option<i32>,
        Option<i64>,
        Option<u32>,
        Option<u64>,
        Option<f32>,
        Option<f64>,
        Option<String>,
        Vec<bool>,
        Vec<i32>,
        Vec<i64>,
        Vec<u32>,
        Vec<u64>,
        Vec<f32>,
        Vec<f64>,
        Vec<String>,
    );
    None
}

impl Codec {
    /// The state's value as JSON.
    pub(crate) fn save<T: 'static>(&self, state: &State<T>) -> Option<serde_json::Value> {
        (self.save)(state)
    }

    /// The setting of `value` into the state, if it has the state's type.
    pub(crate) fn load<T: 'static>(
        &self,
        state: &State<T>,
        value: &serde_json::Value,
    ) -> Option<DeferredSet> {
        (self.load)(state, value)
    }
}

/// The codec of `T`, if a snapshot carries values of that type.
pub(crate) fn codec_of<T: 'static>() -> Option<Codec> {
    codec_for(TypeId::of::<T>())
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
                        codec: codec_for(TypeId::of::<T>()),
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

    /// The values a snapshot can carry, by key (sorted).
    pub(crate) fn snapshot(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut keys: Vec<&String> = self.entries.keys().collect();
        keys.sort();
        keys.into_iter()
            .filter_map(|k| {
                let e = &self.entries[k];
                let v = (e.codec?.save)(&*e.state)?;
                Some((k.clone(), v))
            })
            .collect()
    }

    /// The settings that restore each existing key of a snapshot whose value fits its type,
    /// and the keys that cannot be restored.
    pub(crate) fn restore_plan(
        &self,
        values: &serde_json::Map<String, serde_json::Value>,
    ) -> (Vec<DeferredSet>, Vec<String>) {
        let mut sets = Vec::new();
        let mut refused = Vec::new();
        for (k, v) in values {
            match self
                .entries
                .get(k)
                .and_then(|e| (e.codec?.load)(&*e.state, v))
            {
                Some(set) => sets.push(set),
                None => refused.push(k.clone()),
            }
        }
        (sets, refused)
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
