//! [`PersistentStorage`]: chosen AppStorage keys saved to a JSON file, written off the UI
//! thread, atomically (temporary file, fsync, rename, fsync of the directory).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::app_storage::AppStorage;
use super::atomic_file::Saver;
use super::store::StorageError;
use crate::reactive::{Diagnostic, after_flush, report, untrack, watch_change};

struct Persist {
    saver: Saver,
    values: BTreeMap<String, Value>,
    loaded: BTreeMap<String, Value>,
    last_error: Option<String>,
}

thread_local! {
    static PERSIST: RefCell<Option<Persist>> = const { RefCell::new(None) };
}

/// Chosen [`AppStorage`] keys kept across runs, ArkUI's `PersistentStorage`.
///
/// A missing file starts with the defaults; a corrupt one too, plus a
/// [`Diagnostic::Storage`] naming the file — never a crash. Writes happen on a background
/// thread, atomically, so a crash mid-write never leaves a half-written file; keys changed in
/// one update (one `batch`, one event handler) are written in one file, so a crash never
/// leaves one of them old and another new. Opening removes temporary files that saves of
/// dead processes left behind.
///
/// ```
/// use arkui_core::{AppStorage, PersistentStorage};
/// let dir = std::env::temp_dir().join(format!("arkui-doc-{}", std::process::id()));
/// let path = dir.join("prefs.json");
/// PersistentStorage::open(&path);
/// PersistentStorage::persist_prop("volume", 5u32).unwrap();
/// AppStorage::set("volume", 7u32).unwrap();
/// PersistentStorage::flush();
/// let saved = std::fs::read_to_string(&path).unwrap();
/// assert_eq!(saved.trim(), r#"{"volume":7}"#);
/// PersistentStorage::close();
/// # std::fs::remove_dir_all(dir).ok();
/// ```
pub struct PersistentStorage;

impl PersistentStorage {
    /// Persist to `path` from now on (loading what it holds). Replaces a previous file.
    pub fn open(path: impl AsRef<Path>) {
        let path = path.as_ref().to_path_buf();
        let (loaded, error) = match fs::read(&path) {
            Ok(bytes) => match serde_json::from_slice::<BTreeMap<String, Value>>(&bytes) {
                Ok(map) => (map, None),
                Err(e) => (
                    BTreeMap::new(),
                    Some(format!(
                        "{} is not valid persisted state ({e}); starting from defaults and keeping \
                     the old file until the next save",
                        path.display()
                    )),
                ),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (BTreeMap::new(), None),
            Err(e) => (
                BTreeMap::new(),
                Some(format!(
                    "cannot read {}: {e}; starting from defaults",
                    path.display()
                )),
            ),
        };
        if let Some(message) = &error {
            report(Diagnostic::Storage {
                message: message.clone(),
            });
        }
        Self::close();
        let saver = Saver::start(path);
        PERSIST.with(|p| {
            *p.borrow_mut() = Some(Persist {
                saver,
                values: BTreeMap::new(),
                loaded,
                last_error: error,
            })
        });
    }

    /// Keep AppStorage key `key` persisted: it takes the saved value when the file has a
    /// readable one, else `default`, and is saved after every change.
    pub fn persist_prop<T>(key: &str, default: T) -> Result<(), StorageError>
    where
        T: Serialize + DeserializeOwned + Clone + 'static,
    {
        let saved = PERSIST.with(|p| p.borrow().as_ref().and_then(|p| p.loaded.get(key).cloned()));
        let initial = match saved.map(serde_json::from_value::<T>) {
            Some(Ok(v)) => v,
            Some(Err(e)) => {
                report(Diagnostic::Storage {
                    message: format!(
                        "saved value of \"{key}\" does not fit its type ({e}); using the default"
                    ),
                });
                default
            }
            None => default,
        };
        let link = AppStorage::set_and_link(key, initial)?;
        let key = key.to_string();
        // Registering records the value and writes nothing (a file that could not be read
        // stays as it is until a value changes); every write of the key is recorded at once
        // (a watcher, not an effect: `flush` in the same handler sees it) and saved when the
        // update ends.
        if let Ok(v) = untrack(|| link.try_get()) {
            Self::save(&key, &v, false);
        }
        if let Some(state) = link.target() {
            watch_change(state, move || {
                if let Ok(v) = untrack(|| state.try_get()) {
                    Self::save(&key, &v, true);
                }
            });
        }
        Ok(())
    }

    fn save<T: Serialize>(key: &str, value: &T, write: bool) {
        let value = match serde_json::to_value(value) {
            Ok(v) => v,
            Err(e) => {
                report(Diagnostic::Storage {
                    message: format!("cannot serialise \"{key}\": {e}"),
                });
                return;
            }
        };
        let first_change = PERSIST.with(|p| {
            let mut p = p.borrow_mut();
            let p = p.as_mut()?;
            p.values.insert(key.to_string(), value);
            Some(write && !std::mem::replace(&mut p.saver.scheduled, true))
        });
        // One file per update, not per key: keys changed in one batch are saved together (a
        // crash between two keys' writes would otherwise leave one old and one new). Outside
        // an update the write is sent at once, so the store is not borrowed here.
        if first_change == Some(true) {
            after_flush(Self::write_snapshot);
        }
    }

    /// Send the values as they are now to the writer.
    fn write_snapshot() {
        PERSIST.with(|p| {
            let mut p = p.borrow_mut();
            let Some(p) = p.as_mut() else { return };
            // Already written (by `flush`, which does not wait for the update to end).
            if !p.saver.scheduled {
                return;
            }
            // Keys the file held that this run has not persisted yet are kept: a save right
            // after start (the first key's) must not drop the others.
            let mut all = p.loaded.clone();
            all.extend(p.values.iter().map(|(k, v)| (k.clone(), v.clone())));
            if let Ok(bytes) = serde_json::to_vec(&all) {
                p.saver.send(bytes);
            }
        });
    }

    /// Wait until every change so far is on disk; report write errors that happened.
    pub fn flush() {
        // A change made in the current update (an event handler's batch) is written now.
        Self::write_snapshot();
        let waiter = PERSIST.with(|p| p.borrow().as_ref().and_then(|p| p.saver.barrier()));
        if let Some(rx) = waiter {
            let _ = rx.recv();
        }
        PERSIST.with(|p| {
            if let Some(p) = p.borrow_mut().as_mut() {
                for e in p.saver.take_errors() {
                    report(Diagnostic::Storage { message: e.clone() });
                    p.last_error = Some(e);
                }
            }
        });
    }

    /// The last load or save problem, if any.
    pub fn last_error() -> Option<String> {
        PERSIST.with(|p| p.borrow().as_ref().and_then(|p| p.last_error.clone()))
    }

    /// Flush and stop persisting (the keys stay in AppStorage).
    pub fn close() {
        Self::flush();
        if let Some(p) = PERSIST.with(|p| p.borrow_mut().take()) {
            p.saver.stop();
        }
    }
}
