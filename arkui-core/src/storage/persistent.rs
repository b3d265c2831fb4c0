//! [`PersistentStorage`]: chosen AppStorage keys saved to a JSON file, written off the UI
//! thread, atomically (temporary file, fsync, rename, fsync of the directory).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::app_storage::AppStorage;
use super::store::StorageError;
use crate::reactive::{Diagnostic, Effect, Scope, report, untrack};

enum Job {
    Write { path: PathBuf, bytes: Vec<u8> },
    Barrier(Sender<()>),
}

struct Persist {
    path: PathBuf,
    values: BTreeMap<String, Value>,
    loaded: BTreeMap<String, Value>,
    jobs: Sender<Job>,
    errors: Receiver<String>,
    worker: Option<JoinHandle<()>>,
    last_error: Option<String>,
}

thread_local! {
    static PERSIST: RefCell<Option<Persist>> = const { RefCell::new(None) };
}

fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    fs::rename(&tmp, path)?;
    // Make the rename itself durable (a crash now keeps either the old or the new file).
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

fn spawn_writer() -> (Sender<Job>, Receiver<String>, Option<JoinHandle<()>>) {
    let (jobs, rx) = mpsc::channel::<Job>();
    let (err_tx, errors) = mpsc::channel::<String>();
    let worker = std::thread::Builder::new()
        .name("arkui-persist".into())
        .spawn(move || {
            while let Ok(job) = rx.recv() {
                match job {
                    Job::Write { path, mut bytes } => {
                        // Only the newest snapshot matters: skip writes already superseded.
                        let mut barrier = None;
                        while let Ok(next) = rx.try_recv() {
                            match next {
                                Job::Write { bytes: newer, .. } => bytes = newer,
                                Job::Barrier(b) => {
                                    barrier = Some(b);
                                    break;
                                }
                            }
                        }
                        if let Err(e) = write_atomically(&path, &bytes) {
                            let _ = err_tx.send(format!("cannot save {}: {e}", path.display()));
                        }
                        if let Some(b) = barrier {
                            let _ = b.send(());
                        }
                    }
                    Job::Barrier(b) => {
                        let _ = b.send(());
                    }
                }
            }
        })
        .ok();
    (jobs, errors, worker)
}

/// Chosen [`AppStorage`] keys kept across runs, ArkUI's `PersistentStorage`.
///
/// A missing file starts with the defaults; a corrupt one too, plus a
/// [`Diagnostic::Storage`] naming the file — never a crash. Writes happen on a background
/// thread, atomically, so a crash mid-write never leaves a half-written file.
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
        let (jobs, errors, worker) = spawn_writer();
        PERSIST.with(|p| {
            *p.borrow_mut() = Some(Persist {
                path,
                values: BTreeMap::new(),
                loaded,
                jobs,
                errors,
                worker,
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
        Scope::detached(|| {
            Effect::new(move || {
                let Ok(v) = link.try_get() else { return };
                untrack(|| Self::save(&key, &v));
            })
        });
        Ok(())
    }

    fn save<T: Serialize>(key: &str, value: &T) {
        PERSIST.with(|p| {
            let mut p = p.borrow_mut();
            let Some(p) = p.as_mut() else { return };
            match serde_json::to_value(value) {
                Ok(v) => {
                    p.values.insert(key.to_string(), v);
                }
                Err(e) => {
                    report(Diagnostic::Storage {
                        message: format!("cannot serialise \"{key}\": {e}"),
                    });
                    return;
                }
            }
            if let Ok(bytes) = serde_json::to_vec(&p.values) {
                let _ = p.jobs.send(Job::Write {
                    path: p.path.clone(),
                    bytes,
                });
            }
        });
    }

    /// Wait until every change so far is on disk; report write errors that happened.
    pub fn flush() {
        let waiter = PERSIST.with(|p| {
            let p = p.borrow();
            let p = p.as_ref()?;
            let (tx, rx) = mpsc::channel();
            p.jobs.send(Job::Barrier(tx)).ok()?;
            Some(rx)
        });
        if let Some(rx) = waiter {
            let _ = rx.recv();
        }
        PERSIST.with(|p| {
            if let Some(p) = p.borrow_mut().as_mut() {
                while let Ok(e) = p.errors.try_recv() {
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
        if let Some(mut p) = PERSIST.with(|p| p.borrow_mut().take()) {
            drop(p.jobs);
            if let Some(w) = p.worker.take() {
                let _ = w.join();
            }
        }
    }
}
