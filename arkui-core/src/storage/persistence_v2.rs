//! [`PersistenceV2`]: typed state kept across runs, ArkUI's `PersistenceV2`.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use super::app_storage_v2::default_key;
use super::atomic_file::Saver;
use super::store::{StorageError, Store};
use crate::reactive::{Diagnostic, State, after_flush, report, untrack, watch_change};

/// The on-disk format's version: `{"version": 1, "keys": {key: {"type", "value"}}}`.
pub const PERSISTENCE_V2_VERSION: u64 = 1;

struct Persisted {
    saver: Saver,
    states: Store,
    /// Each key's saved form (type name and value), as the file holds it.
    saved: BTreeMap<String, Value>,
    /// What the file held when opened, for keys not connected yet.
    loaded: BTreeMap<String, Value>,
    last_error: Option<String>,
}

thread_local! {
    static V2: RefCell<Option<Persisted>> = const { RefCell::new(None) };
}

fn problem(message: String) {
    report(Diagnostic::Storage {
        message: message.clone(),
    });
    V2.with(|p| {
        if let Some(p) = p.borrow_mut().as_mut() {
            p.last_error = Some(message);
        }
    });
}

/// Read what `path` holds: its keys, or a problem (the file is then left as it is until
/// the next save, so nothing is lost before the app writes again).
fn load(path: &Path) -> Result<BTreeMap<String, Value>, String> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let file: Value = serde_json::from_slice(&bytes)
        .map_err(|e| format!("{} is not valid persisted state ({e})", path.display()))?;
    match file["version"].as_u64() {
        Some(PERSISTENCE_V2_VERSION) => {}
        other => {
            return Err(format!(
                "{} has format version {other:?}, this build reads {PERSISTENCE_V2_VERSION}",
                path.display()
            ));
        }
    }
    let keys = file["keys"]
        .as_object()
        .ok_or_else(|| format!("{} has no \"keys\" object", path.display()))?;
    Ok(keys.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
}

/// Typed app state kept across runs, ArkUI V2's `PersistenceV2`: like [`AppStorageV2`]
/// (a value per type and key), and each connected value is saved in one JSON file, with
/// the format's version and each value's type name.
///
/// - Saved after every change, off the UI thread, atomically; values changed in one update
///   are saved in one file, so a crash never mixes two updates.
/// - A missing file starts from the defaults. A corrupt one, one of another format
///   version, or a value that no longer fits its type gives the default plus a
///   [`Diagnostic::Storage`] naming the file and key — never a crash.
/// - In-place changes a `State` cannot see (through interior mutability) are saved with
///   [`PersistenceV2::save`].
///
/// [`AppStorageV2`]: crate::AppStorageV2
///
/// ```
/// use arkui_core::PersistenceV2;
/// #[derive(serde::Serialize, serde::Deserialize, Default, Clone)]
/// struct Settings { volume: u8 }
/// let path = std::env::temp_dir().join(format!("arkui-p2-doc-{}.json", std::process::id()));
/// PersistenceV2::open(&path);
/// let s = PersistenceV2::connect(Some("settings"), Settings::default).unwrap();
/// s.update(|s| s.volume = 7);
/// PersistenceV2::close(); // flushed
/// PersistenceV2::open(&path); // the next run
/// let s = PersistenceV2::connect(Some("settings"), Settings::default).unwrap();
/// assert_eq!(s.get().volume, 7);
/// PersistenceV2::close();
/// # std::fs::remove_file(&path).ok();
/// ```
pub struct PersistenceV2;

impl PersistenceV2 {
    /// Keep connected values in the file at `path` from now on (loading what it holds).
    /// Replaces a file opened before (which is flushed and closed).
    pub fn open(path: impl AsRef<Path>) {
        Self::close();
        let path = path.as_ref().to_path_buf();
        let (loaded, error) = match load(&path) {
            Ok(keys) => (keys, None),
            Err(e) => (
                BTreeMap::new(),
                Some(format!("{e}; starting from defaults")),
            ),
        };
        V2.with(|p| {
            *p.borrow_mut() = Some(Persisted {
                saver: Saver::start(path),
                states: Store::default(),
                saved: BTreeMap::new(),
                loaded,
                last_error: None,
            });
        });
        if let Some(e) = error {
            problem(e);
        }
    }

    /// The state under `key` (the type's name when `None`): the saved value when the file
    /// has one of this type, else `default`'s. Fails when no file is open, or the key is
    /// connected with another type.
    pub fn connect<T>(
        key: Option<&str>,
        default: impl FnOnce() -> T,
    ) -> Result<State<T>, StorageError>
    where
        T: Serialize + DeserializeOwned + Clone + 'static,
    {
        let key = key.unwrap_or(default_key::<T>()).to_string();
        let type_name = std::any::type_name::<T>();
        let found = V2.with(|p| {
            let p = p.borrow();
            let p = p.as_ref().ok_or_else(|| StorageError::Missing {
                key: format!("{key} (PersistenceV2::open was not called)"),
            })?;
            Ok::<_, StorageError>((p.states.has(&key), p.loaded.get(&key).cloned()))
        })?;
        let (connected, saved) = found;
        if connected {
            return V2.with(|p| {
                let p = p.borrow();
                p.as_ref().map_or_else(
                    || Err(StorageError::Missing { key: key.clone() }),
                    |p| p.states.state::<T>(&key),
                )
            });
        }
        let initial = match saved {
            Some(entry) if entry["type"] == type_name => {
                match serde_json::from_value::<T>(entry["value"].clone()) {
                    Ok(v) => Some(v),
                    Err(e) => {
                        problem(format!(
                            "saved value of \"{key}\" does not fit {type_name} ({e}); using the default"
                        ));
                        None
                    }
                }
            }
            Some(entry) => {
                problem(format!(
                    "\"{key}\" was saved as {}, not {type_name}; using the default",
                    entry["type"]
                ));
                None
            }
            None => None,
        };
        // Computed with nothing borrowed: a default may connect other keys.
        let value = initial.unwrap_or_else(default);
        let state = V2.with(|p| {
            let mut p = p.borrow_mut();
            let p = p
                .as_mut()
                .ok_or_else(|| StorageError::Missing { key: key.clone() })?;
            p.states
                .state_or_create(&key, move || value)
                .map(|(s, _)| s)
        })?;
        // Connecting records the value and writes nothing (a file that could not be read
        // stays as it is until a value changes); every write of the state is recorded at once
        // (a watcher, not an effect: `flush` in the same handler sees it) and saved when the
        // update ends.
        if let Ok(v) = untrack(|| state.try_get()) {
            record(&key, type_name, &v, false);
        }
        watch_change(state, move || {
            if let Ok(v) = untrack(|| state.try_get()) {
                record(&key, type_name, &v, true);
            }
        });
        Ok(state)
    }

    /// Save `key`'s value now (for changes made in place that its state did not see).
    pub fn save<T: Serialize + Clone + 'static>(key: Option<&str>) -> Result<(), StorageError> {
        let key = key.unwrap_or(default_key::<T>()).to_string();
        let state = V2.with(|p| {
            let p = p.borrow();
            p.as_ref().map_or_else(
                || Err(StorageError::Missing { key: key.clone() }),
                |p| p.states.state::<T>(&key),
            )
        })?;
        let value =
            untrack(|| state.try_get()).map_err(|_| StorageError::Missing { key: key.clone() })?;
        record(&key, std::any::type_name::<T>(), &value, true);
        Ok(())
    }

    /// Stop persisting `key` and remove it from the file; returns whether it was there.
    pub fn remove(key: &str) -> bool {
        let removed = V2.with(|p| {
            let mut p = p.borrow_mut();
            let Some(p) = p.as_mut() else { return false };
            let connected = p.states.delete(key);
            let saved = p.saved.remove(key).is_some();
            let loaded = p.loaded.remove(key).is_some();
            connected || saved || loaded
        });
        if removed {
            schedule();
        }
        removed
    }

    /// The keys connected or saved, sorted.
    pub fn keys() -> Vec<String> {
        V2.with(|p| {
            let p = p.borrow();
            let Some(p) = p.as_ref() else {
                return Vec::new();
            };
            let mut keys: Vec<String> = p.states.keys();
            keys.extend(p.loaded.keys().cloned());
            keys.sort();
            keys.dedup();
            keys
        })
    }

    /// Wait until every change so far is on disk; report write errors that happened.
    pub fn flush() {
        // A change made in the current update (an event handler's batch) is written now.
        write_file();
        let waiter = V2.with(|p| p.borrow().as_ref().and_then(|p| p.saver.barrier()));
        if let Some(rx) = waiter {
            let _ = rx.recv();
        }
        let errors = V2.with(|p| p.borrow().as_ref().map(|p| p.saver.take_errors()));
        for e in errors.unwrap_or_default() {
            problem(e);
        }
    }

    /// The last load or save problem, if any.
    pub fn last_error() -> Option<String> {
        V2.with(|p| p.borrow().as_ref().and_then(|p| p.last_error.clone()))
    }

    /// Flush and stop persisting. Connected states stay usable, unsaved.
    pub fn close() {
        Self::flush();
        if let Some(p) = V2.with(|p| p.borrow_mut().take()) {
            p.saver.stop();
        }
    }
}

/// Keep `value` as `key`'s saved form, and schedule a save when `write`.
fn record<T: Serialize>(key: &str, type_name: &str, value: &T, write: bool) {
    let entry = match serde_json::to_value(value) {
        Ok(v) => json!({"type": type_name, "value": v}),
        Err(e) => {
            problem(format!("cannot serialise \"{key}\": {e}"));
            return;
        }
    };
    V2.with(|p| {
        if let Some(p) = p.borrow_mut().as_mut() {
            p.loaded.remove(key);
            p.saved.insert(key.to_string(), entry);
        }
    });
    if write {
        schedule();
    }
}

/// Save once the current update is over (keys changed together are saved together).
fn schedule() {
    let first = V2.with(|p| {
        let mut p = p.borrow_mut();
        let p = p.as_mut()?;
        Some(!std::mem::replace(&mut p.saver.scheduled, true))
    });
    if first == Some(true) {
        after_flush(write_file);
    }
}

fn write_file() {
    V2.with(|p| {
        let mut p = p.borrow_mut();
        let Some(p) = p.as_mut() else { return };
        // Already written (by `flush`, which does not wait for the update to end).
        if !p.saver.scheduled {
            return;
        }
        // Keys saved earlier and not connected in this run are kept as they were.
        let mut keys = p.loaded.clone();
        keys.extend(p.saved.clone());
        let file = json!({"version": PERSISTENCE_V2_VERSION, "keys": keys});
        if let Ok(bytes) = serde_json::to_vec(&file) {
            p.saver.send(bytes);
        }
    });
}
