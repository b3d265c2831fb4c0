//! The previewer's background thread: build on save, restart the app under each profile
//! with its state carried over, capture frames, forward clicks.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use arkui_platform::Waker;

use crate::cargo_build::{BuildOutcome, CompileError, build};
use crate::session::{Frame, Instance};
use crate::watch::Watcher;

/// How often the sources are looked at.
const POLL: Duration = Duration::from_millis(150);
/// A save is built once the files have been still this long (an editor writing in steps).
const SETTLE: Duration = Duration::from_millis(60);

/// What the worker tells the previewer's UI.
#[derive(Debug)]
pub enum Update {
    /// A build started.
    Building {
        /// Why: the files that changed.
        reason: String,
    },
    /// New frames after a build.
    Frames {
        /// Counts successful builds.
        generation: u64,
        /// One per profile, in the order asked for.
        frames: Vec<Frame>,
        /// Where each instance can be reached: (profile, pid, socket).
        instances: Vec<(String, u32, PathBuf)>,
        /// How long cargo took.
        build_ms: u64,
        /// From the save (the newest changed file's modification time) to the captured
        /// frames.
        save_to_pixels_ms: Option<u64>,
    },
    /// One profile's frame after a click in it.
    Refreshed {
        /// Its index in the profile list.
        index: usize,
        /// The frame.
        frame: Frame,
    },
    /// The build failed; the previous instances keep running.
    Failed {
        /// The errors.
        errors: Vec<CompileError>,
        /// How long cargo took.
        build_ms: u64,
    },
    /// Something other than the code went wrong (cargo missing, the app crashed at start).
    Problem(String),
}

/// What the previewer's UI asks of the worker.
#[derive(Debug)]
pub enum Command {
    /// A tap in profile `index`'s frame, in that frame's pixels.
    Click {
        /// Which profile.
        index: usize,
        /// Pixels.
        x: f32,
        /// Pixels.
        y: f32,
    },
    /// A swipe across profile `index`'s frame, in that frame's pixels.
    Swipe {
        /// Which profile.
        index: usize,
        /// Where the press started.
        from: (f32, f32),
        /// Where it was released.
        to: (f32, f32),
    },
    /// The wheel over profile `index`'s frame: a scroll at `(x, y)` by `(dx, dy)` pixels.
    Scroll {
        /// Which profile.
        index: usize,
        /// Pixels.
        x: f32,
        /// Pixels.
        y: f32,
        /// Horizontal delta.
        dx: f32,
        /// Vertical delta (positive scrolls the content up).
        dy: f32,
    },
    /// A key pressed in the preview, for profile `index`'s app (the one last clicked).
    Key {
        /// Which profile.
        index: usize,
        /// A key name as `arkui-uitest` takes it (`Enter`, `Back`, `a`, ...).
        key: String,
        /// `ctrl`, `shift`, `alt`, `meta`.
        modifiers: Vec<String>,
    },
    /// Text typed in the preview, for profile `index`'s app.
    Text {
        /// Which profile.
        index: usize,
        /// The text.
        text: String,
    },
    /// Stop the instances and end.
    Quit,
}

/// What the worker works on.
#[derive(Clone, Debug)]
pub struct WorkerConfig {
    /// The app crate.
    pub crate_dir: PathBuf,
    /// Its binary, when it has several.
    pub bin: Option<String>,
    /// Profile names.
    pub profiles: Vec<String>,
    /// The instances' UI test sockets (a private folder with a short path).
    pub sockets: PathBuf,
    /// Where snapshots are written between restarts.
    pub state_dir: PathBuf,
}

/// Run the worker on this thread until `Quit` (or the UI goes away). `wake` is called after
/// each update, so a UI asleep in its event loop sees it.
pub fn run(
    config: &WorkerConfig,
    updates: &Sender<Update>,
    commands: &Receiver<Command>,
    wake: &Arc<Mutex<Option<Waker>>>,
) {
    let send = |u: Update| {
        let ok = updates.send(u).is_ok();
        if let Ok(w) = wake.lock()
            && let Some(w) = w.as_ref()
        {
            w();
        }
        ok
    };
    let mut watcher = Watcher::new(&config.crate_dir);
    let mut instances: Vec<Instance> = Vec::new();
    let mut generation = 0;
    let mut pending = Some(("first build".to_string(), None));
    loop {
        if let Some((reason, saved_at)) = pending.take()
            && !rebuild(
                config,
                &send,
                &mut instances,
                &mut generation,
                reason,
                saved_at,
            )
        {
            return;
        }
        // Wait for a save or a command.
        loop {
            match commands.recv_timeout(POLL) {
                Ok(Command::Click { index, x, y }) => {
                    let Some(i) = instances.get(index) else {
                        continue;
                    };
                    let result = i.click(x, y).and_then(|()| i.frame());
                    if !send_frame(&send, index, i, result) {
                        return stop_all(instances);
                    }
                }
                Ok(Command::Swipe { index, from, to }) => {
                    let Some(i) = instances.get(index) else {
                        continue;
                    };
                    let result = i.swipe(from, to).and_then(|()| i.frame());
                    if !send_frame(&send, index, i, result) {
                        return stop_all(instances);
                    }
                }
                Ok(Command::Scroll {
                    index,
                    x,
                    y,
                    dx,
                    dy,
                }) => {
                    let Some(i) = instances.get(index) else {
                        continue;
                    };
                    let result = i.scroll((x, y), dx, dy).and_then(|()| i.frame());
                    if !send_frame(&send, index, i, result) {
                        return stop_all(instances);
                    }
                }
                Ok(Command::Key {
                    index,
                    key,
                    modifiers,
                }) => {
                    let Some(i) = instances.get(index) else {
                        continue;
                    };
                    let mods: Vec<&str> = modifiers.iter().map(String::as_str).collect();
                    let result = i.key(&key, &mods).and_then(|()| i.frame());
                    if !send_frame(&send, index, i, result) {
                        return stop_all(instances);
                    }
                }
                Ok(Command::Text { index, text }) => {
                    let Some(i) = instances.get(index) else {
                        continue;
                    };
                    let result = i.type_text(&text).and_then(|()| i.frame());
                    if !send_frame(&send, index, i, result) {
                        return stop_all(instances);
                    }
                }
                Ok(Command::Quit) | Err(RecvTimeoutError::Disconnected) => {
                    return stop_all(instances);
                }
                Err(RecvTimeoutError::Timeout) => {}
            }
            if let Some((mut files, mut newest)) = watcher.changes() {
                // Let an editor finish writing before building.
                let settle_start = Instant::now();
                loop {
                    std::thread::sleep(SETTLE);
                    match watcher.changes() {
                        Some((more, t)) if settle_start.elapsed() < Duration::from_secs(2) => {
                            files.extend(more);
                            newest = newest.max(t);
                        }
                        _ => break,
                    }
                }
                let names: Vec<String> = files
                    .iter()
                    .map(|f| {
                        f.strip_prefix(&config.crate_dir)
                            .unwrap_or(f)
                            .display()
                            .to_string()
                    })
                    .collect();
                pending = Some((format!("{} changed", names.join(", ")), Some(newest)));
                break;
            }
        }
    }
}

/// Send the frame after an input, or the problem. False when the UI is gone.
fn send_frame(
    send: &dyn Fn(Update) -> bool,
    index: usize,
    i: &Instance,
    result: Result<Frame, String>,
) -> bool {
    match result {
        Ok(frame) => send(Update::Refreshed { index, frame }),
        Err(e) => send(Update::Problem(format!("{}: {e}", i.profile))),
    }
}

fn stop_all(instances: Vec<Instance>) {
    for i in instances {
        i.stop();
    }
}

/// Build, and on success restart every instance from its snapshot. False when the UI is
/// gone.
fn rebuild(
    config: &WorkerConfig,
    send: &dyn Fn(Update) -> bool,
    instances: &mut Vec<Instance>,
    generation: &mut u64,
    reason: String,
    saved_at: Option<SystemTime>,
) -> bool {
    if !send(Update::Building { reason }) {
        return false;
    }
    let (binary, build_ms) = match build(&config.crate_dir, config.bin.as_deref()) {
        Err(e) => return send(Update::Problem(e)),
        Ok(BuildOutcome::Failed { errors, millis }) => {
            return send(Update::Failed {
                errors,
                build_ms: millis,
            });
        }
        Ok(BuildOutcome::Built { binary, millis }) => (binary, millis),
    };
    // The old instances' state, taken just before they go.
    let _ = std::fs::create_dir_all(&config.state_dir);
    let mut snapshots = Vec::new();
    for i in instances.iter() {
        let file = config.state_dir.join(format!("{}.json", i.profile));
        let saved = i
            .snapshot()
            .ok()
            .and_then(|s| serde_json::to_vec(&s).ok())
            .and_then(|bytes| std::fs::write(&file, bytes).ok());
        snapshots.push((i.profile.clone(), saved.map(|()| file)));
    }
    stop_all(std::mem::take(instances));
    for profile in &config.profiles {
        let restore = snapshots
            .iter()
            .find(|(p, _)| p == profile)
            .and_then(|(_, f)| f.clone());
        match Instance::start(&binary, profile, &config.sockets, restore.as_deref()) {
            Ok(i) => instances.push(i),
            Err(e) => return send(Update::Problem(e)),
        }
    }
    let mut frames = Vec::new();
    for i in instances.iter() {
        match i.frame() {
            Ok(f) => frames.push(f),
            Err(e) => return send(Update::Problem(format!("{}: {e}", i.profile))),
        }
    }
    *generation += 1;
    let save_to_pixels_ms = saved_at
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .map(|d| d.as_millis() as u64);
    send(Update::Frames {
        generation: *generation,
        instances: instances
            .iter()
            .map(|i| (i.profile.clone(), i.pid(), i.socket().to_path_buf()))
            .collect(),
        frames,
        build_ms,
        save_to_pixels_ms,
    })
}
