//! One driver connection: who may connect, the hello, and requests turned into jobs for
//! the UI thread.

use std::os::unix::net::UnixStream;
use std::sync::mpsc::{Receiver, sync_channel};
use std::time::{Duration, Instant};

use arkui_core::{InputEvent, Key, Modifiers};
use arkui_uitest::protocol::{
    FrameLimits, PROTOCOL_VERSION, PointerPhase, PointerStep, ProtocolError, RemoteError, Reply,
    Request, ResponseEnvelope, parse_request, read_frame, to_json, write_frame,
};

use super::{Action, Job, JobQueue};

/// Time a new connection has to present its hello.
const HELLO_TIMEOUT: Duration = Duration::from_secs(5);
/// Longest the UI thread may take to answer (a capture of a large frame included).
const ANSWER_TIMEOUT: Duration = Duration::from_secs(30);

type Answer = Result<(Reply, Vec<u8>), RemoteError>;

/// Answer `error` and close (a connection turned away before its hello).
pub(super) fn refuse(mut stream: UnixStream, error: RemoteError) {
    send(&mut stream, 0, Err(error));
}

fn send(stream: &mut UnixStream, id: u64, answer: Answer) -> bool {
    let (result, binary) = match answer {
        Ok((reply, binary)) => (Ok(reply), binary),
        Err(e) => (Err(e), Vec::new()),
    };
    let json = to_json(&ResponseEnvelope { id, result });
    write_frame(stream, &json, &binary).is_ok()
}

fn protocol_error(e: &ProtocolError) -> RemoteError {
    match e {
        ProtocolError::TooLarge { .. } => RemoteError::new("too_large", e.to_string()),
        _ => RemoteError::new("malformed", e.to_string()),
    }
}

/// Serve one connection until the driver hangs up or breaks the protocol.
pub(super) fn serve(mut stream: UnixStream, queue: &JobQueue, token: &str, allowed_uid: u32) {
    match rustix::net::sockopt::socket_peercred(&stream) {
        Ok(cred) if cred.uid.as_raw() == allowed_uid => {}
        Ok(cred) => {
            log::warn!(
                "uitest: refused a driver of user {} (pid {})",
                cred.uid.as_raw(),
                cred.pid.as_raw_nonzero()
            );
            return refuse(
                stream,
                RemoteError::new(
                    "wrong_user",
                    format!(
                        "the driver runs as user {}; only user {allowed_uid}'s processes may drive this app",
                        cred.uid.as_raw()
                    ),
                ),
            );
        }
        Err(e) => {
            return refuse(
                stream,
                RemoteError::new("wrong_user", format!("the peer's user is unknown: {e}")),
            );
        }
    }
    if !hello(&mut stream, queue, token) {
        return;
    }
    loop {
        let frame = match read_frame(&mut stream, FrameLimits::REQUEST) {
            Ok(Some(frame)) => frame,
            Ok(None) => return,
            Err(e) => {
                log::warn!("uitest: closing a connection: {e}");
                send(&mut stream, 0, Err(protocol_error(&e)));
                return;
            }
        };
        let envelope = match parse_request(&frame.json) {
            Ok(env) => env,
            Err(e) => {
                log::warn!("uitest: closing a connection: {e}");
                send(&mut stream, 0, Err(protocol_error(&e)));
                return;
            }
        };
        if envelope.request == Request::Exit {
            // Answer first: once the UI thread has the job the process may end at any time.
            send(&mut stream, envelope.id, Ok((Reply::Done, Vec::new())));
            let _ = push(queue, Action::Exit);
            return;
        }
        let answer = handle(envelope.request, queue);
        if !send(&mut stream, envelope.id, answer) {
            return;
        }
    }
}

/// The first frame: the version and the token. False when the connection was refused.
fn hello(stream: &mut UnixStream, queue: &JobQueue, token: &str) -> bool {
    let _ = stream.set_read_timeout(Some(HELLO_TIMEOUT));
    let refused = |stream: &mut UnixStream, id, e: RemoteError| {
        log::warn!("uitest: refused a driver: {}", e.message);
        send(stream, id, Err(e));
        false
    };
    let envelope = match read_frame(stream, FrameLimits::REQUEST) {
        Ok(Some(frame)) => match parse_request(&frame.json) {
            Ok(env) => env,
            Err(e) => return refused(stream, 0, protocol_error(&e)),
        },
        Ok(None) => return false,
        Err(ProtocolError::Io(_)) => {
            let e = RemoteError::new("timeout", "no hello within 5 s");
            return refused(stream, 0, e);
        }
        Err(e) => return refused(stream, 0, protocol_error(&e)),
    };
    let id = envelope.id;
    let Request::Hello {
        protocol,
        token: offered,
    } = envelope.request
    else {
        let e = RemoteError::new(
            "not_hello",
            "the first request must be `hello` with the token",
        );
        return refused(stream, id, e);
    };
    if protocol != PROTOCOL_VERSION {
        let e = RemoteError::new(
            "bad_version",
            format!(
                "this app speaks UI test protocol {PROTOCOL_VERSION}, the driver {protocol}; use a matching arkui-uitest"
            ),
        );
        return refused(stream, id, e);
    }
    if !same_secret(offered.as_bytes(), token.as_bytes()) {
        let e = RemoteError::new(
            "bad_token",
            "wrong token: read it from the .token file beside the socket",
        );
        return refused(stream, id, e);
    }
    let _ = stream.set_read_timeout(None);
    // The window size comes from the UI thread, which also shows it is serving.
    let answer = run(queue, Action::Dump).map(|answer| match answer {
        (Reply::Layout { tree }, _) => {
            let n = |k: &str| {
                tree[k]
                    .as_str()
                    .and_then(|s| s.parse::<f32>().ok())
                    .unwrap_or(0.0) as u32
            };
            (
                Reply::Hello {
                    protocol: PROTOCOL_VERSION,
                    pid: std::process::id(),
                    width: n("width"),
                    height: n("height"),
                },
                Vec::new(),
            )
        }
        other => other,
    });
    send(stream, id, answer)
}

/// Compare secrets in time independent of where they differ.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Queue `action` and wait for its answer.
fn run(queue: &JobQueue, action: Action) -> Answer {
    let rx = push(queue, action)?;
    wait(&rx)
}

fn push(queue: &JobQueue, action: Action) -> Result<Receiver<Answer>, RemoteError> {
    let (reply, rx) = sync_channel(1);
    if queue.push(Job { action, reply }) {
        Ok(rx)
    } else {
        Err(RemoteError::new("closed", "the app is shutting down"))
    }
}

fn wait(rx: &Receiver<Answer>) -> Answer {
    rx.recv_timeout(ANSWER_TIMEOUT).unwrap_or_else(|_| {
        Err(RemoteError::new(
            "busy",
            "the app's UI thread did not answer within 30 s",
        ))
    })
}

fn handle(request: Request, queue: &JobQueue) -> Answer {
    match request {
        Request::Hello { .. } => Err(RemoteError::new(
            "bad_argument",
            "this connection already said hello",
        )),
        Request::DumpLayout => run(queue, Action::Dump),
        Request::ScreenCap => run(queue, Action::ScreenCap),
        Request::Snapshot => run(queue, Action::Snapshot),
        Request::Exit => {
            let _ = push(queue, Action::Exit);
            Ok((Reply::Done, Vec::new()))
        }
        Request::Text { text } => run(queue, Action::Input(vec![InputEvent::Text(text)])),
        Request::Scroll { x, y, dx, dy } => run(
            queue,
            Action::Input(vec![InputEvent::Scroll { x, y, dx, dy }]),
        ),
        Request::Crown { degrees } => {
            run(queue, Action::Input(vec![InputEvent::Crown { degrees }]))
        }
        Request::Key { key, modifiers } => {
            let key = key_by_name(&key)?;
            let modifiers = modifiers_by_name(&modifiers)?;
            let press = |pressed| InputEvent::Key {
                key: key.clone(),
                pressed,
                modifiers,
            };
            run(queue, Action::Input(vec![press(true), press(false)]))
        }
        Request::Pointer { steps } => replay(queue, &steps),
    }
}

/// Deliver each point at its time; answer once the last was applied.
fn replay(queue: &JobQueue, steps: &[PointerStep]) -> Answer {
    let start = Instant::now();
    let mut last = None;
    for s in steps {
        let due = start + Duration::from_millis(u64::from(s.at_ms));
        if let Some(wait) = due.checked_duration_since(Instant::now()) {
            // Gesture timing (a long press is a finger held still), not a test's sleep.
            std::thread::sleep(wait);
        }
        let (id, x, y) = (s.finger, s.x, s.y);
        let event = match s.phase {
            PointerPhase::Down => InputEvent::PointerDown { id, x, y },
            PointerPhase::Move => InputEvent::PointerMove { id, x, y },
            PointerPhase::Up => InputEvent::PointerUp { id, x, y },
        };
        last = Some(push(queue, Action::Input(vec![event]))?);
    }
    match last {
        Some(rx) => wait(&rx),
        None => Ok((Reply::Done, Vec::new())),
    }
}

/// A key by the names `Driver::trigger_key` documents.
pub(super) fn key_by_name(name: &str) -> Result<Key, RemoteError> {
    Ok(match name {
        "Up" => Key::Up,
        "Down" => Key::Down,
        "Left" => Key::Left,
        "Right" => Key::Right,
        "Enter" => Key::Enter,
        "Space" => Key::Space,
        "Tab" => Key::Tab,
        "Back" | "Escape" => Key::Back,
        "Home" => Key::Home,
        "End" => Key::End,
        "PageUp" => Key::PageUp,
        "PageDown" => Key::PageDown,
        "Backspace" => Key::Backspace,
        "Delete" => Key::Delete,
        other if other.chars().count() == 1 => Key::Character(other.to_string()),
        other => {
            return Err(RemoteError::new(
                "bad_argument",
                format!(
                    "unknown key `{other}`: use Enter, Back, Tab, Up, Down, Left, Right, Space, Home, End, PageUp, PageDown, Backspace, Delete or one character"
                ),
            ));
        }
    })
}

fn modifiers_by_name(names: &[String]) -> Result<Modifiers, RemoteError> {
    let mut m = Modifiers::default();
    for n in names {
        match n.to_ascii_lowercase().as_str() {
            "ctrl" | "control" => m.ctrl = true,
            "shift" => m.shift = true,
            "alt" => m.alt = true,
            "meta" | "super" | "cmd" => m.meta = true,
            other => {
                return Err(RemoteError::new(
                    "bad_argument",
                    format!("unknown modifier `{other}`: use ctrl, shift, alt or meta"),
                ));
            }
        }
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_names_map_to_keys_and_unknown_ones_are_refused() {
        assert_eq!(key_by_name("Escape"), Ok(Key::Back));
        assert_eq!(key_by_name("a"), Ok(Key::Character("a".into())));
        assert_eq!(key_by_name("F13").unwrap_err().code, "bad_argument");
        assert!(modifiers_by_name(&["CTRL".into()]).is_ok_and(|m| m.ctrl));
        assert!(modifiers_by_name(&["hyper".into()]).is_err());
        assert!(same_secret(b"abc", b"abc"));
        assert!(!same_secret(b"abc", b"abd") && !same_secret(b"abc", b"ab"));
    }
}
