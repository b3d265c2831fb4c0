//! Saving a file atomically off the UI thread, shared by [`PersistentStorage`] and
//! [`PersistenceV2`]: a temporary file, fsync, rename, fsync of the directory; superseded
//! saves skipped; temporary files of dead processes removed.
//!
//! [`PersistentStorage`]: super::PersistentStorage
//! [`PersistenceV2`]: super::PersistenceV2

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;

pub(crate) enum Job {
    Write { path: PathBuf, bytes: Vec<u8> },
    Barrier(Sender<()>),
}

/// Temporary files of a saved file called `name` start with this, then the writer's pid.
fn temp_prefix(name: &str) -> String {
    format!(".{name}.tmp-")
}

/// Remove temporary files of `path` left by processes that died mid-save (killed, or the
/// power cut): each is a whole copy of the state, and on a small device's flash they add up.
/// Returns how many were removed. A live process's file is left alone (where `/proc` tells).
pub(crate) fn remove_stale_temps(path: &Path) -> usize {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return 0;
    };
    let prefix = temp_prefix(&name);
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    let proc_fs = Path::new("/proc/self").exists();
    let mut removed = 0;
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = file
            .strip_prefix(prefix.as_str())
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        let alive = pid == std::process::id()
            || (proc_fs && Path::new("/proc").join(pid.to_string()).exists());
        if !alive && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
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
    let tmp = dir.join(format!("{}{}", temp_prefix(&name), std::process::id()));
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

pub(crate) fn spawn_writer() -> (Sender<Job>, Receiver<String>, Option<JoinHandle<()>>) {
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

/// One file saved in the background: its writer thread, and the errors it reported.
pub(crate) struct Saver {
    pub(crate) path: PathBuf,
    jobs: Sender<Job>,
    errors: Receiver<String>,
    worker: Option<JoinHandle<()>>,
    /// A save waits for the end of the current update (see `reactive::after_flush`).
    pub(crate) scheduled: bool,
}

impl Saver {
    /// Save to `path` from now on; temporary files dead processes left beside it go first.
    pub(crate) fn start(path: PathBuf) -> Saver {
        let stale = remove_stale_temps(&path);
        if stale > 0 {
            log::info!(
                "removed {stale} temporary file(s) of {} left by an interrupted save",
                path.display()
            );
        }
        let (jobs, errors, worker) = spawn_writer();
        Saver {
            path,
            jobs,
            errors,
            worker,
            scheduled: false,
        }
    }

    /// Save `bytes` (a newer save queued behind it supersedes it).
    pub(crate) fn send(&mut self, bytes: Vec<u8>) {
        self.scheduled = false;
        let _ = self.jobs.send(Job::Write {
            path: self.path.clone(),
            bytes,
        });
    }

    /// A receiver that answers once every save queued so far is done.
    pub(crate) fn barrier(&self) -> Option<Receiver<()>> {
        let (tx, rx) = mpsc::channel();
        self.jobs.send(Job::Barrier(tx)).ok()?;
        Some(rx)
    }

    /// Errors the writer reported since the last call.
    pub(crate) fn take_errors(&self) -> Vec<String> {
        self.errors.try_iter().collect()
    }

    /// Stop the writer after the saves queued so far.
    pub(crate) fn stop(mut self) {
        let worker = self.worker.take();
        drop(self);
        if let Some(w) = worker {
            let _ = w.join();
        }
    }
}
