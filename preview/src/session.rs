//! The previewed app, one process per device profile, driven through the UI test socket.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use arkui_uitest::{Driver, paths};
use serde_json::Value;

/// How long an app may take to open its socket.
const START_TIMEOUT: Duration = Duration::from_secs(60);
/// Pace of a swipe made with the mouse on a frame, pixels per second: a quick drag.
const SWIPE_SPEED: u32 = 2_000;

/// One running instance of the app under one profile.
pub struct Instance {
    /// The profile's name.
    pub profile: String,
    child: Child,
    driver: Driver,
    socket: PathBuf,
}

impl std::fmt::Debug for Instance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Instance")
            .field("profile", &self.profile)
            .field("pid", &self.child.id())
            .finish()
    }
}

/// A frame of one instance.
#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    /// The profile's name.
    pub profile: String,
    /// The PNG.
    pub png: Vec<u8>,
    /// Its size in pixels.
    pub size: (u32, u32),
    /// The page's inspector tree.
    pub tree: Value,
}

impl Instance {
    /// Start `binary` under `profile`, headless, with UI testing on in `sockets`, restoring
    /// `restore` (a snapshot file) if given; wait for its socket.
    pub fn start(
        binary: &Path,
        profile: &str,
        sockets: &Path,
        restore: Option<&Path>,
    ) -> Result<Instance, String> {
        let mut cmd = Command::new(binary);
        cmd.env("ARKUI_UITEST", "1")
            .env("ARKUI_UITEST_DIR", sockets)
            .env("ARKUI_PLATFORM", "headless")
            .env("ARKUI_PROFILE", profile)
            // A previewer that is killed takes its instances with it.
            .env("ARKUI_UITEST_EXIT_WITH_PARENT", "1")
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        match restore {
            Some(r) => cmd.env("ARKUI_RESTORE", r),
            None => cmd.env_remove("ARKUI_RESTORE"),
        };
        let mut child = cmd
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
        let socket = paths::socket_path(sockets, child.id());
        let start = Instant::now();
        let driver = loop {
            if let Ok(Some(status)) = child.try_wait() {
                return Err(format!(
                    "the app exited ({status}) before showing its page under `{profile}`; see the terminal"
                ));
            }
            match Driver::connect_socket(&socket) {
                Ok(d) => break d,
                Err(e) if start.elapsed() > START_TIMEOUT => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(format!("the app never opened its UI test socket: {e}"));
                }
                Err(_) => std::thread::sleep(Duration::from_millis(20)),
            }
        };
        Ok(Instance {
            profile: profile.to_string(),
            child,
            driver,
            socket,
        })
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The UI test socket (a test may drive the instance itself).
    pub fn socket(&self) -> &Path {
        &self.socket
    }

    /// Its current frame and inspector tree.
    pub fn frame(&self) -> Result<Frame, String> {
        let png = self.driver.screen_cap_png().map_err(|e| e.to_string())?;
        let tree = self.driver.dump_layout().map_err(|e| e.to_string())?;
        let n = |k: &str| {
            tree[k]
                .as_str()
                .and_then(|s| s.parse::<f32>().ok())
                .unwrap_or(0.0) as u32
        };
        Ok(Frame {
            profile: self.profile.clone(),
            size: (n("width"), n("height")),
            png,
            tree,
        })
    }

    /// Its restorable state.
    pub fn snapshot(&self) -> Result<Value, String> {
        self.driver.snapshot().map_err(|e| e.to_string())
    }

    /// A tap at a point of its frame (pixels).
    pub fn click(&self, x: f32, y: f32) -> Result<(), String> {
        self.driver.click(x, y).map_err(|e| e.to_string())
    }

    /// A swipe from one point of its frame to another (pixels), at a finger's pace.
    pub fn swipe(&self, from: (f32, f32), to: (f32, f32)) -> Result<(), String> {
        self.driver
            .swipe(from, to, SWIPE_SPEED)
            .map_err(|e| e.to_string())
    }

    /// A wheel scroll at a point of its frame by `(dx, dy)` pixels.
    pub fn scroll(&self, at: (f32, f32), dx: f32, dy: f32) -> Result<(), String> {
        self.driver.scroll(at, dx, dy).map_err(|e| e.to_string())
    }

    /// A key pressed with modifiers held.
    pub fn key(&self, key: &str, modifiers: &[&str]) -> Result<(), String> {
        self.driver
            .trigger_combine_keys(key, modifiers)
            .map_err(|e| e.to_string())
    }

    /// Text typed into its focused field.
    pub fn type_text(&self, text: &str) -> Result<(), String> {
        self.driver.type_text(text).map_err(|e| e.to_string())
    }

    /// Close it: asked politely, then killed.
    pub fn stop(mut self) {
        let _ = self.driver.exit_app();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(2) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
