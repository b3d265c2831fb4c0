//! [`AppStorageV2`]: app-wide state found by type and key, ArkUI's `AppStorageV2`.

use std::cell::RefCell;

use super::store::{StorageError, Store};
use crate::reactive::State;

thread_local! {
    static V2: RefCell<Store> = RefCell::new(Store::default());
}

/// The key a value is stored under when none is given: its type's name (ArkUI uses the
/// class name).
pub(crate) fn default_key<T>() -> &'static str {
    std::any::type_name::<T>()
}

/// App-wide state shared by whoever connects to it, ArkUI V2's `AppStorageV2`: each value is
/// found by its type and a key (the type's name when no key is given) and is created by the
/// first `connect`. What is connected is an ordinary [`State`]: reading it in a component
/// subscribes, writing it updates every reader.
///
/// ```
/// use arkui_core::AppStorageV2;
/// #[derive(Clone, Default, PartialEq, Debug)]
/// struct Session { user: String }
/// let a = AppStorageV2::connect(None, Session::default).unwrap();
/// let b = AppStorageV2::connect::<Session>(None, || unreachable!("already created")).unwrap();
/// a.set(Session { user: "ada".into() });
/// assert_eq!(b.get().user, "ada");
/// // Another type under an existing key is a typed error, never a panic.
/// assert!(AppStorageV2::connect(Some(std::any::type_name::<Session>()), || 0u8).is_err());
/// assert!(AppStorageV2::remove_type::<Session>());
/// assert!(AppStorageV2::keys().is_empty());
/// ```
pub struct AppStorageV2;

impl AppStorageV2 {
    /// The state under `key` (the type's name when `None`), created from `default` when
    /// absent. Fails when the key holds another type.
    pub fn connect<T: 'static>(
        key: Option<&str>,
        default: impl FnOnce() -> T,
    ) -> Result<State<T>, StorageError> {
        let key = key.unwrap_or(default_key::<T>());
        if let Some(found) = V2.with(|s| {
            let s = s.borrow();
            s.has(key).then(|| s.state::<T>(key))
        }) {
            return found;
        }
        // Created with nothing borrowed: a default may connect other keys.
        let value = default();
        V2.with(|s| s.borrow_mut().state_or_create(key, move || value))
            .map(|(state, _)| state)
    }

    /// Remove `key`; returns whether it existed. Handles connected before keep their last
    /// value; a later `connect` creates the key afresh.
    pub fn remove(key: &str) -> bool {
        V2.with(|s| s.borrow_mut().delete(key))
    }

    /// Remove the value stored under `T`'s name.
    pub fn remove_type<T: 'static>() -> bool {
        Self::remove(default_key::<T>())
    }

    /// The keys stored, sorted.
    pub fn keys() -> Vec<String> {
        let mut keys = V2.with(|s| s.borrow().keys());
        keys.sort();
        keys
    }
}
