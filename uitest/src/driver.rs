//! [`Driver`]: one connection to a running app, and UiTest's operations on it.

use std::cell::{Cell, RefCell};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::component::{Bounds, Component};
use crate::protocol::{
    FrameLimits, PROTOCOL_VERSION, PointerPhase, PointerStep, Reply, Request, RequestEnvelope,
    parse_response, read_frame, to_json, write_frame,
};
use crate::{Error, On, paths};

/// How long a click holds the pointer down, in milliseconds.
pub const CLICK_MS: u32 = 40;
/// Pause between the two clicks of a double click.
pub const DOUBLE_CLICK_GAP_MS: u32 = 100;
/// How long a long click holds (ArkUI recognises a long press after 500 ms; UiTest holds
/// longer so a slow app still sees one).
pub const LONG_CLICK_MS: u32 = 1500;
/// Default speed of swipes and drags, pixels per second (UiTest's default).
pub const DEFAULT_SWIPE_SPEED: u32 = 600;
/// Default speed of a fling.
pub const DEFAULT_FLING_SPEED: u32 = 3000;
/// Swipe speeds are clamped to this range, as UiTest does.
pub const SWIPE_SPEED_RANGE: (u32, u32) = (200, 40_000);
/// Time between two points of a generated gesture.
const STEP_MS: u32 = 10;
/// How often `wait_for_component` looks again.
const POLL: Duration = Duration::from_millis(50);

/// A connection to a running app that was started with UI testing enabled
/// (`ARKUI_UITEST=1`, or `LaunchOptions::uitest`).
///
/// ```no_run
/// use std::time::Duration;
/// use arkui_uitest::{Driver, On};
/// # fn main() -> Result<(), arkui_uitest::Error> {
/// let driver = Driver::wait_for_app(4242, Duration::from_secs(10))?;
/// driver.find_component(&On::new().text("Counter"))?.expect("the menu entry").click()?;
/// let label = driver.wait_for_component(&On::new().id("label"), Duration::from_secs(5))?;
/// assert_eq!(label.text(), Some("0"));
/// driver.press_back()?;
/// driver.screen_cap("after.png")?;
/// # Ok(()) }
/// ```
pub struct Driver {
    stream: RefCell<UnixStream>,
    next_id: Cell<u64>,
    pid: u32,
    size: (u32, u32),
    socket: PathBuf,
}

impl std::fmt::Debug for Driver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Driver")
            .field("pid", &self.pid)
            .field("socket", &self.socket)
            .finish_non_exhaustive()
    }
}

impl Driver {
    /// Connect to the app with process id `pid` (its socket in [`paths::socket_dir`]).
    pub fn connect(pid: u32) -> Result<Driver, Error> {
        Driver::connect_socket(&paths::socket_path(&paths::socket_dir(), pid))
    }

    /// Connect to the most recently started app of this user that has UI testing on.
    pub fn connect_any() -> Result<Driver, Error> {
        let dir = paths::socket_dir();
        let pid = paths::live_apps(&dir).pop().ok_or_else(|| {
            Error::Connect(format!(
                "no app with UI testing on has a socket in {} (start it with ARKUI_UITEST=1)",
                dir.display()
            ))
        })?;
        Driver::connect(pid)
    }

    /// Wait (polling, at most `timeout`) for the app with process id `pid` to open its socket,
    /// then connect.
    pub fn wait_for_app(pid: u32, timeout: Duration) -> Result<Driver, Error> {
        let socket = paths::socket_path(&paths::socket_dir(), pid);
        let start = Instant::now();
        loop {
            match Driver::connect_socket(&socket) {
                Ok(d) => return Ok(d),
                Err(Error::Connect(why)) if start.elapsed() >= timeout => {
                    return Err(Error::Connect(format!(
                        "{why} (waited {} ms for process {pid})",
                        timeout.as_millis()
                    )));
                }
                Err(Error::Connect(_)) => std::thread::sleep(POLL),
                Err(e) => return Err(e),
            }
        }
    }

    /// Connect to the socket at `socket`, proving the right to with the token beside it.
    pub fn connect_socket(socket: &Path) -> Result<Driver, Error> {
        let token_file = paths::token_for_socket(socket);
        let token = std::fs::read_to_string(&token_file).map_err(|e| {
            Error::Connect(format!(
                "cannot read the token {}: {e}",
                token_file.display()
            ))
        })?;
        Driver::connect_with_token(socket, token.trim())
    }

    /// Connect to `socket` presenting `token` (tests of refusal use this directly).
    pub fn connect_with_token(socket: &Path, token: &str) -> Result<Driver, Error> {
        let stream = UnixStream::connect(socket)
            .map_err(|e| Error::Connect(format!("{}: {e}", socket.display())))?;
        let mut d = Driver {
            stream: RefCell::new(stream),
            next_id: Cell::new(1),
            pid: 0,
            size: (0, 0),
            socket: socket.to_path_buf(),
        };
        match d.call(Request::Hello {
            protocol: PROTOCOL_VERSION,
            token: token.to_string(),
        })? {
            (
                Reply::Hello {
                    pid, width, height, ..
                },
                _,
            ) => {
                d.pid = pid;
                d.size = (width, height);
                Ok(d)
            }
            (other, _) => Err(unexpected(&other)),
        }
    }

    /// The app's process id.
    pub fn pid(&self) -> u32 {
        self.pid
    }

    /// The app's window size in pixels when the driver connected (UiTest:
    /// `getDisplaySize`); [`dump_layout`](Driver::dump_layout) has the current one.
    pub fn display_size(&self) -> (u32, u32) {
        self.size
    }

    /// Send one request and read its answer (the reply and the binary part).
    pub fn call(&self, request: Request) -> Result<(Reply, Vec<u8>), Error> {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        let mut stream = self.stream.borrow_mut();
        write_frame(
            &mut *stream,
            &to_json(&RequestEnvelope { id, request }),
            &[],
        )?;
        let frame = read_frame(&mut *stream, FrameLimits::RESPONSE)?
            .ok_or_else(|| Error::Connect("the app closed the connection (did it exit?)".into()))?;
        let response = parse_response(&frame.json)?;
        let reply = response.result?;
        Ok((reply, frame.binary))
    }

    fn done(&self, request: Request) -> Result<(), Error> {
        match self.call(request)? {
            (Reply::Done, _) => Ok(()),
            (other, _) => Err(unexpected(&other)),
        }
    }

    /// The inspector tree, as ArkUI's `getInspectorTree()` returns it.
    pub fn dump_layout(&self) -> Result<Value, Error> {
        match self.call(Request::DumpLayout)? {
            (Reply::Layout { tree }, _) => Ok(tree),
            (other, _) => Err(unexpected(&other)),
        }
    }

    /// The first component `on` matches now, if any.
    pub fn find_component(&self, on: &On) -> Result<Option<Component<'_>>, Error> {
        let tree = self.dump_layout()?;
        Ok(on
            .select(&tree)
            .first()
            .map(|n| Component::new(self, (*n).clone())))
    }

    /// Every component `on` matches now, in document order.
    pub fn find_components(&self, on: &On) -> Result<Vec<Component<'_>>, Error> {
        let tree = self.dump_layout()?;
        Ok(on
            .select(&tree)
            .into_iter()
            .map(|n| Component::new(self, n.clone()))
            .collect())
    }

    /// The first component `on` matches, looking again until `timeout` passes.
    pub fn wait_for_component(&self, on: &On, timeout: Duration) -> Result<Component<'_>, Error> {
        let start = Instant::now();
        loop {
            if let Some(c) = self.find_component(on)? {
                return Ok(c);
            }
            if start.elapsed() >= timeout {
                return Err(Error::NotFound {
                    selector: on.to_string(),
                    waited_ms: start.elapsed().as_millis() as u64,
                });
            }
            std::thread::sleep(POLL);
        }
    }

    /// Wait until nothing matches `on` (a dialog closed, a page left), at most `timeout`.
    pub fn wait_for_gone(&self, on: &On, timeout: Duration) -> Result<(), Error> {
        let start = Instant::now();
        while self.find_component(on)?.is_some() {
            if start.elapsed() >= timeout {
                return Err(Error::BadArgument(format!(
                    "{on} is still there after {} ms",
                    timeout.as_millis()
                )));
            }
            std::thread::sleep(POLL);
        }
        Ok(())
    }

    /// Fail unless a component matches `on` now (UiTest: `assertComponentExist`).
    pub fn assert_component_exist(&self, on: &On) -> Result<(), Error> {
        match self.find_component(on)? {
            Some(_) => Ok(()),
            None => Err(Error::NotFound {
                selector: on.to_string(),
                waited_ms: 0,
            }),
        }
    }

    /// Replay a pointer gesture (points at their times; the answer comes after the last).
    pub fn pointer(&self, steps: Vec<PointerStep>) -> Result<(), Error> {
        self.done(Request::Pointer { steps })
    }

    /// Tap at a point.
    pub fn click(&self, x: f32, y: f32) -> Result<(), Error> {
        self.pointer(vec![
            step(0, PointerPhase::Down, x, y),
            step(CLICK_MS, PointerPhase::Up, x, y),
        ])
    }

    /// Tap twice at a point.
    pub fn double_click(&self, x: f32, y: f32) -> Result<(), Error> {
        let second = CLICK_MS + DOUBLE_CLICK_GAP_MS;
        self.pointer(vec![
            step(0, PointerPhase::Down, x, y),
            step(CLICK_MS, PointerPhase::Up, x, y),
            step(second, PointerPhase::Down, x, y),
            step(second + CLICK_MS, PointerPhase::Up, x, y),
        ])
    }

    /// Press and hold at a point.
    pub fn long_click(&self, x: f32, y: f32) -> Result<(), Error> {
        self.pointer(vec![
            step(0, PointerPhase::Down, x, y),
            step(LONG_CLICK_MS, PointerPhase::Up, x, y),
        ])
    }

    /// Move a finger from one point to another at `speed` pixels per second (clamped to
    /// [`SWIPE_SPEED_RANGE`]) and hold still before lifting: the content moves by the
    /// distance, without a fling.
    pub fn swipe(&self, from: (f32, f32), to: (f32, f32), speed: u32) -> Result<(), Error> {
        let mut steps = path(0, from, to, speed);
        let end = steps.last().map_or(0, |s| s.at_ms);
        steps.push(step(end + 100, PointerPhase::Move, to.0, to.1));
        steps.push(step(end + 110, PointerPhase::Up, to.0, to.1));
        self.pointer(steps)
    }

    /// Move a finger fast and lift it while moving: scrollables keep going (a fling).
    pub fn fling(&self, from: (f32, f32), to: (f32, f32), speed: u32) -> Result<(), Error> {
        let mut steps = path(0, from, to, speed);
        let end = steps.last().map_or(0, |s| s.at_ms);
        steps.push(step(end, PointerPhase::Up, to.0, to.1));
        self.pointer(steps)
    }

    /// Long-press at `from`, move to `to` at `speed`, and lift (UiTest: `drag`).
    pub fn drag(&self, from: (f32, f32), to: (f32, f32), speed: u32) -> Result<(), Error> {
        let mut steps = vec![step(0, PointerPhase::Down, from.0, from.1)];
        let mut rest = path(LONG_CLICK_MS, from, to, speed);
        rest.remove(0);
        steps.extend(rest);
        let end = steps.last().map_or(0, |s| s.at_ms);
        steps.push(step(end + 50, PointerPhase::Up, to.0, to.1));
        self.pointer(steps)
    }

    /// A wheel scroll at a point (positive `dy` scrolls the content up).
    pub fn scroll(&self, at: (f32, f32), dx: f32, dy: f32) -> Result<(), Error> {
        self.done(Request::Scroll {
            x: at.0,
            y: at.1,
            dx,
            dy,
        })
    }

    /// Turn a watch's crown (or a rotary knob) by `degrees`, positive clockwise (UiTest:
    /// `crownRotate`); a detent is 15°.
    pub fn crown(&self, degrees: f32) -> Result<(), Error> {
        self.done(Request::Crown { degrees })
    }

    /// The system back: closes a dialog, pops a page.
    pub fn press_back(&self) -> Result<(), Error> {
        self.trigger_key("Back")
    }

    /// Press and release a key by name (`Enter`, `Tab`, `Up`, `a`, ...).
    pub fn trigger_key(&self, key: &str) -> Result<(), Error> {
        self.trigger_combine_keys(key, &[])
    }

    /// Press a key with modifiers held (`ctrl`, `shift`, `alt`, `meta`).
    pub fn trigger_combine_keys(&self, key: &str, modifiers: &[&str]) -> Result<(), Error> {
        self.done(Request::Key {
            key: key.into(),
            modifiers: modifiers.iter().map(|m| m.to_string()).collect(),
        })
    }

    /// Type `text` into the focused field.
    pub fn type_text(&self, text: &str) -> Result<(), Error> {
        self.done(Request::Text { text: text.into() })
    }

    /// Tap the point to focus a field there, clear it and type `text` (UiTest:
    /// `Driver.inputText`).
    pub fn input_text(&self, x: f32, y: f32, text: &str) -> Result<(), Error> {
        self.click(x, y)?;
        self.trigger_combine_keys("a", &["ctrl"])?;
        self.trigger_key("Backspace")?;
        if !text.is_empty() {
            self.type_text(text)?;
        }
        Ok(())
    }

    /// The current frame as PNG bytes.
    pub fn screen_cap_png(&self) -> Result<Vec<u8>, Error> {
        match self.call(Request::ScreenCap)? {
            (Reply::Image { .. }, png) => Ok(png),
            (other, _) => Err(unexpected(&other)),
        }
    }

    /// Save the current frame as a PNG file (UiTest: `screenCap`).
    pub fn screen_cap(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        let png = self.screen_cap_png()?;
        std::fs::write(path, png).map_err(Error::Io)
    }

    /// The app's restorable state (AppStorage values, text fields, focus) as JSON; an app
    /// started with `ARKUI_RESTORE=<file holding it>` starts from it.
    pub fn snapshot(&self) -> Result<Value, Error> {
        match self.call(Request::Snapshot)? {
            (Reply::Snapshot { state }, _) => Ok(state),
            (other, _) => Err(unexpected(&other)),
        }
    }

    /// Ask the app to close, as if its window was closed.
    pub fn exit_app(&self) -> Result<(), Error> {
        self.done(Request::Exit)
    }

    pub(crate) fn bounds_center(b: &Bounds) -> (f32, f32) {
        ((b.left + b.right) / 2.0, (b.top + b.bottom) / 2.0)
    }
}

fn unexpected(reply: &Reply) -> Error {
    Error::BadArgument(format!("the app answered with an unexpected {reply:?}"))
}

fn step(at_ms: u32, phase: PointerPhase, x: f32, y: f32) -> PointerStep {
    PointerStep {
        at_ms,
        phase,
        finger: 0,
        x,
        y,
    }
}

/// Down at `from` at `start` ms, then moves every [`STEP_MS`] to `to` at `speed` px/s.
fn path(start: u32, from: (f32, f32), to: (f32, f32), speed: u32) -> Vec<PointerStep> {
    let speed = speed.clamp(SWIPE_SPEED_RANGE.0, SWIPE_SPEED_RANGE.1) as f32;
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let dist = (dx * dx + dy * dy).sqrt();
    let duration_ms = (dist / speed * 1000.0).max(STEP_MS as f32);
    let n = (duration_ms / STEP_MS as f32).ceil().max(1.0) as u32;
    let mut steps = vec![step(start, PointerPhase::Down, from.0, from.1)];
    for i in 1..=n {
        let t = i as f32 / n as f32;
        steps.push(step(
            start + i * STEP_MS,
            PointerPhase::Move,
            from.0 + dx * t,
            from.1 + dy * t,
        ));
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_swipe_moves_at_its_speed() {
        // 600 px at 600 px/s: one second, a point every 10 ms, ending on the target.
        let steps = path(0, (0.0, 0.0), (0.0, 600.0), 600);
        assert_eq!(steps.len(), 101);
        assert_eq!(steps.last().map(|s| (s.at_ms, s.y)), Some((1000, 600.0)));
        // Speeds are clamped: a 1 px/s swipe of 600 px does not last ten minutes.
        let slow = path(0, (0.0, 0.0), (0.0, 600.0), 1);
        assert_eq!(slow.last().map(|s| s.at_ms), Some(3000));
    }
}
