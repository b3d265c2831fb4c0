//! [`AppStorage`] and [`LocalStorage`].

use std::cell::RefCell;

use slotmap::{SlotMap, new_key_type};

use super::store::{StorageError, Store, link_of, prop_of};
use crate::reactive::{Link, Prop};

thread_local! {
    static APP: RefCell<Store> = RefCell::new(Store::default());
    static LOCAL: RefCell<SlotMap<LocalKey, Store>> = RefCell::new(SlotMap::with_key());
}

new_key_type! {
    struct LocalKey;
}

/// The app-wide keyed store, ArkUI's `AppStorage`. Values are reactive: a component linked
/// to a key updates when anyone changes it.
///
/// ```
/// use arkui_core::AppStorage;
/// AppStorage::set_or_create("theme", "light".to_string()).unwrap();
/// let theme = AppStorage::link::<String>("theme").unwrap(); // two-way
/// let shown = AppStorage::prop::<String>("theme").unwrap(); // one-way copy
/// theme.set("dark".into());
/// assert_eq!(AppStorage::get::<String>("theme").unwrap(), "dark");
/// assert_eq!(shown.get(), "dark");
/// shown.set("local".into()); // a prop's local edit does not write back
/// assert_eq!(AppStorage::get::<String>("theme").unwrap(), "dark");
/// assert!(AppStorage::get::<u32>("theme").is_err()); // wrong type: a typed error
/// ```
pub struct AppStorage;

impl AppStorage {
    /// Store `value` under `key`, creating the key or replacing its value.
    pub fn set_or_create<T: 'static>(key: &str, value: T) -> Result<(), StorageError> {
        let mut value = Some(value);
        let (state, created) = APP.with(|s| {
            s.borrow_mut()
                .state_or_create(key, || value.take().expect("taken once"))
        })?;
        if !created && let Some(v) = value {
            state.set(v);
        }
        Ok(())
    }

    /// The values of every key whose type a snapshot carries (numbers, `bool`, `char`,
    /// `String`, and `Option`s and `Vec`s of them), as JSON by key. The previewer restores
    /// them after a rebuild.
    ///
    /// ```
    /// use arkui_core::AppStorage;
    /// AppStorage::set_or_create("snap-count", 3i32).unwrap();
    /// AppStorage::set_or_create("snap-name", "Ada".to_string()).unwrap();
    /// let snap = AppStorage::snapshot();
    /// assert_eq!(snap["snap-count"], 3);
    /// AppStorage::set("snap-count", 0i32).unwrap();
    /// let refused = AppStorage::restore(&snap);
    /// assert!(refused.is_empty(), "{refused:?}");
    /// assert_eq!(AppStorage::get::<i32>("snap-count").unwrap(), 3);
    /// ```
    pub fn snapshot() -> serde_json::Map<String, serde_json::Value> {
        APP.with(|s| s.borrow().snapshot())
    }

    /// Set the keys of a [`snapshot`](AppStorage::snapshot) that exist now with a value of
    /// their type; returns the keys that could not be restored (missing now, or another
    /// type).
    pub fn restore(values: &serde_json::Map<String, serde_json::Value>) -> Vec<String> {
        let (sets, refused) = APP.with(|s| s.borrow().restore_plan(values));
        crate::reactive::batch(|| {
            for set in sets {
                set();
            }
        });
        refused
    }

    /// Replace the value under an existing key.
    pub fn set<T: 'static>(key: &str, value: T) -> Result<(), StorageError> {
        let state = APP.with(|s| s.borrow().state::<T>(key))?;
        state.set(value);
        Ok(())
    }

    /// A clone of the value under `key` (tracked by the current binding).
    pub fn get<T: Clone + 'static>(key: &str) -> Result<T, StorageError> {
        let state = APP.with(|s| s.borrow().state::<T>(key))?;
        state
            .try_get()
            .map_err(|_| StorageError::Missing { key: key.into() })
    }

    /// A two-way link to `key` (`@StorageLink`).
    pub fn link<T: 'static>(key: &str) -> Result<Link<T>, StorageError> {
        APP.with(|s| s.borrow().state::<T>(key)).map(link_of)
    }

    /// A two-way link, creating the key with `default` when absent.
    pub fn set_and_link<T: 'static>(key: &str, default: T) -> Result<Link<T>, StorageError> {
        APP.with(|s| s.borrow_mut().state_or_create(key, || default))
            .map(|(st, _)| link_of(st))
    }

    /// A one-way copy of `key` in the current scope (`@StorageProp`).
    pub fn prop<T: Clone + 'static>(key: &str) -> Result<Prop<T>, StorageError> {
        APP.with(|s| s.borrow().state::<T>(key)).map(prop_of)
    }

    /// A one-way copy, creating the key with `default` when absent.
    pub fn set_and_prop<T: Clone + 'static>(
        key: &str,
        default: T,
    ) -> Result<Prop<T>, StorageError> {
        APP.with(|s| s.borrow_mut().state_or_create(key, || default))
            .map(|(st, _)| prop_of(st))
    }

    /// Whether `key` exists.
    pub fn has(key: &str) -> bool {
        APP.with(|s| s.borrow().has(key))
    }

    /// Remove `key`. Links to it report errors afterwards. Returns whether it existed.
    pub fn delete(key: &str) -> bool {
        APP.with(|s| s.borrow_mut().delete(key))
    }

    /// Every key, sorted.
    pub fn keys() -> Vec<String> {
        APP.with(|s| s.borrow().keys())
    }

    /// Remove every key.
    pub fn clear() {
        APP.with(|s| s.borrow_mut().clear());
    }
}

/// A page-scoped keyed store, ArkUI's `LocalStorage`: the same operations as [`AppStorage`]
/// on an instance a page creates and shares with its components (e.g. through `provide`).
///
/// ```
/// use arkui_core::LocalStorage;
/// let page = LocalStorage::new();
/// let count = page.set_and_link("count", 1).unwrap();
/// count.set(2);
/// assert_eq!(page.get::<i32>("count").unwrap(), 2);
/// let other = LocalStorage::new();
/// assert!(!other.has("count")); // separate pages, separate values
/// page.dispose();
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalStorage {
    key: LocalKey,
}

impl Default for LocalStorage {
    fn default() -> Self {
        LocalStorage::new()
    }
}

impl LocalStorage {
    /// An empty store.
    pub fn new() -> LocalStorage {
        LocalStorage {
            key: LOCAL.with(|l| l.borrow_mut().insert(Store::default())),
        }
    }

    fn with<R>(
        self,
        f: impl FnOnce(&mut Store) -> Result<R, StorageError>,
        key: &str,
    ) -> Result<R, StorageError> {
        LOCAL.with(|l| match l.borrow_mut().get_mut(self.key) {
            Some(store) => f(store),
            None => Err(StorageError::Missing { key: key.into() }),
        })
    }

    /// Store `value` under `key`, creating or replacing.
    pub fn set_or_create<T: 'static>(self, key: &str, value: T) -> Result<(), StorageError> {
        let mut value = Some(value);
        let (state, created) = self.with(
            |s| s.state_or_create(key, || value.take().expect("taken once")),
            key,
        )?;
        if !created && let Some(v) = value {
            state.set(v);
        }
        Ok(())
    }

    /// A clone of the value under `key`.
    pub fn get<T: Clone + 'static>(self, key: &str) -> Result<T, StorageError> {
        let state = self.with(|s| s.state::<T>(key), key)?;
        state
            .try_get()
            .map_err(|_| StorageError::Missing { key: key.into() })
    }

    /// The values of every key whose type a snapshot carries (numbers, `bool`, `char`,
    /// `String`, and `Option`s and `Vec`s of them), as JSON by key. The previewer restores
    /// them after a rebuild.
    ///
    /// ```
    /// use arkui_core::AppStorage;
    /// AppStorage::set_or_create("snap-count", 3i32).unwrap();
    /// AppStorage::set_or_create("snap-name", "Ada".to_string()).unwrap();
    /// let snap = AppStorage::snapshot();
    /// assert_eq!(snap["snap-count"], 3);
    /// AppStorage::set("snap-count", 0i32).unwrap();
    /// let refused = AppStorage::restore(&snap);
    /// assert!(refused.is_empty(), "{refused:?}");
    /// assert_eq!(AppStorage::get::<i32>("snap-count").unwrap(), 3);
    /// ```
    pub fn snapshot() -> serde_json::Map<String, serde_json::Value> {
        APP.with(|s| s.borrow().snapshot())
    }

    /// Set the keys of a [`snapshot`](AppStorage::snapshot) that exist now with a value of
    /// their type; returns the keys that could not be restored (missing now, or another
    /// type).
    pub fn restore(values: &serde_json::Map<String, serde_json::Value>) -> Vec<String> {
        let (sets, refused) = APP.with(|s| s.borrow().restore_plan(values));
        crate::reactive::batch(|| {
            for set in sets {
                set();
            }
        });
        refused
    }

    /// Replace the value under an existing key.
    pub fn set<T: 'static>(self, key: &str, value: T) -> Result<(), StorageError> {
        self.with(|s| s.state::<T>(key), key)?.set(value);
        Ok(())
    }

    /// A two-way link (`@LocalStorageLink`).
    pub fn link<T: 'static>(self, key: &str) -> Result<Link<T>, StorageError> {
        self.with(|s| s.state::<T>(key), key).map(link_of)
    }

    /// A two-way link, creating the key with `default` when absent.
    pub fn set_and_link<T: 'static>(self, key: &str, default: T) -> Result<Link<T>, StorageError> {
        self.with(|s| s.state_or_create(key, || default), key)
            .map(|(st, _)| link_of(st))
    }

    /// A one-way copy (`@LocalStorageProp`).
    pub fn prop<T: Clone + 'static>(self, key: &str) -> Result<Prop<T>, StorageError> {
        self.with(|s| s.state::<T>(key), key).map(prop_of)
    }

    /// A one-way copy, creating the key with `default` when absent (`@LocalStorageProp`
    /// with an initial value).
    pub fn set_and_prop<T: Clone + 'static>(
        self,
        key: &str,
        default: T,
    ) -> Result<Prop<T>, StorageError> {
        self.with(|s| s.state_or_create(key, || default), key)
            .map(|(st, _)| prop_of(st))
    }

    /// Whether `key` exists.
    pub fn has(self, key: &str) -> bool {
        self.with(|s| Ok(s.has(key)), key).unwrap_or(false)
    }

    /// Remove `key`.
    pub fn delete(self, key: &str) -> bool {
        self.with(|s| Ok(s.delete(key)), key).unwrap_or(false)
    }

    /// Every key, sorted.
    pub fn keys(self) -> Vec<String> {
        self.with(|s| Ok(s.keys()), "").unwrap_or_default()
    }

    /// Free the store and every value in it (when its page closes).
    pub fn dispose(self) {
        if let Some(mut store) = LOCAL.with(|l| l.borrow_mut().remove(self.key)) {
            store.clear();
        }
    }
}
