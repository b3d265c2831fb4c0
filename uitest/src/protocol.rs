//! The wire protocol between a driver and an app: length-prefixed frames carrying JSON.
//!
//! Every frame is an 8-byte header, the JSON part and a binary part:
//!
//! ```text
//! u32 big-endian  json_len
//! u32 big-endian  binary_len
//! json_len bytes  UTF-8 JSON (a Request or a Response envelope)
//! binary_len      bytes (a screen capture's PNG; always 0 in requests)
//! ```
//!
//! Sizes are checked from the header, before anything is read or allocated: a request's
//! JSON may be [`MAX_REQUEST_JSON`] bytes and carries no binary part; a response may carry
//! [`MAX_RESPONSE_JSON`] bytes of JSON and [`MAX_RESPONSE_BINARY`] bytes of binary. A frame
//! over its limit, JSON that does not parse, or an unknown command is answered with an error
//! and the connection closed; the app keeps running.
//!
//! The first request on a connection must be [`Request::Hello`] with the protocol version
//! ([`PROTOCOL_VERSION`]) and the token the app wrote beside its socket.

use std::io::{Read, Write};

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The version of this protocol; an app refuses a driver that speaks another.
pub const PROTOCOL_VERSION: u32 = 1;

/// Largest JSON part of a request (64 KiB: the longest is a pointer path or typed text).
pub const MAX_REQUEST_JSON: u32 = 64 * 1024;
/// Largest JSON part of a response (32 MiB: a very large inspector tree).
pub const MAX_RESPONSE_JSON: u32 = 32 * 1024 * 1024;
/// Largest binary part of a response (256 MiB: an 8K RGBA capture, uncompressed, fits).
pub const MAX_RESPONSE_BINARY: u32 = 256 * 1024 * 1024;
/// Most points one pointer gesture may have.
pub const MAX_POINTER_STEPS: usize = 10_000;
/// Longest a pointer gesture may last, in milliseconds.
pub const MAX_GESTURE_MS: u32 = 60_000;

/// How big the two parts of a frame may be.
///
/// ```
/// use arkui_uitest::protocol::FrameLimits;
/// assert_eq!(FrameLimits::REQUEST.binary, 0);
/// assert!(FrameLimits::RESPONSE.json > FrameLimits::REQUEST.json);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrameLimits {
    /// Largest JSON part.
    pub json: u32,
    /// Largest binary part.
    pub binary: u32,
}

impl FrameLimits {
    /// What an app accepts from a driver.
    pub const REQUEST: FrameLimits = FrameLimits {
        json: MAX_REQUEST_JSON,
        binary: 0,
    };
    /// What a driver accepts from an app.
    pub const RESPONSE: FrameLimits = FrameLimits {
        json: MAX_RESPONSE_JSON,
        binary: MAX_RESPONSE_BINARY,
    };
}

/// A decoded frame: its JSON and binary parts.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Frame {
    /// The JSON part, as bytes (checked to be UTF-8 JSON by the message parsers).
    pub json: Vec<u8>,
    /// The binary part.
    pub binary: Vec<u8>,
}

/// Why a frame or message was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProtocolError {
    /// The header announces more than the limits allow.
    TooLarge {
        /// Which part.
        part: &'static str,
        /// Its announced size.
        size: u32,
        /// The limit.
        limit: u32,
    },
    /// The stream ended inside a frame.
    Truncated,
    /// The JSON part is not a message of this protocol.
    Malformed(String),
    /// Reading or writing the socket failed.
    Io(String),
}

impl std::fmt::Display for ProtocolError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProtocolError::TooLarge { part, size, limit } => write!(
                f,
                "frame's {part} part is {size} bytes, over the limit of {limit}"
            ),
            ProtocolError::Truncated => write!(f, "the connection ended inside a frame"),
            ProtocolError::Malformed(why) => write!(f, "malformed message: {why}"),
            ProtocolError::Io(why) => write!(f, "socket error: {why}"),
        }
    }
}

impl std::error::Error for ProtocolError {}

const HEADER: usize = 8;

fn header(buf: &[u8], limits: FrameLimits) -> Result<(u32, u32), ProtocolError> {
    let json = u32::from_be_bytes([buf[0], buf[1], buf[2], buf[3]]);
    let binary = u32::from_be_bytes([buf[4], buf[5], buf[6], buf[7]]);
    if json > limits.json {
        return Err(ProtocolError::TooLarge {
            part: "JSON",
            size: json,
            limit: limits.json,
        });
    }
    if binary > limits.binary {
        return Err(ProtocolError::TooLarge {
            part: "binary",
            size: binary,
            limit: limits.binary,
        });
    }
    Ok((json, binary))
}

/// Decode one frame from the start of `buf`: `Ok(None)` when more bytes are needed, else the
/// frame and how many bytes it took. The sizes are checked before anything is copied.
///
/// ```
/// use arkui_uitest::protocol::{FrameLimits, decode_frame, encode_frame};
/// let bytes = encode_frame(br#"{"id":1}"#, &[]);
/// let (frame, used) = decode_frame(&bytes, FrameLimits::REQUEST).unwrap().unwrap();
/// assert_eq!((frame.json.as_slice(), used), (&br#"{"id":1}"#[..], bytes.len()));
/// assert_eq!(decode_frame(&bytes[..5], FrameLimits::REQUEST).unwrap(), None);
/// // A request with a binary part is over the request limits.
/// assert!(decode_frame(&encode_frame(b"{}", b"png"), FrameLimits::REQUEST).is_err());
/// ```
pub fn decode_frame(
    buf: &[u8],
    limits: FrameLimits,
) -> Result<Option<(Frame, usize)>, ProtocolError> {
    if buf.len() < HEADER {
        return Ok(None);
    }
    let (json, binary) = header(buf, limits)?;
    let total = HEADER + json as usize + binary as usize;
    if buf.len() < total {
        return Ok(None);
    }
    let json_end = HEADER + json as usize;
    Ok(Some((
        Frame {
            json: buf[HEADER..json_end].to_vec(),
            binary: buf[json_end..total].to_vec(),
        },
        total,
    )))
}

/// The bytes of one frame.
pub fn encode_frame(json: &[u8], binary: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER + json.len() + binary.len());
    // Callers keep both parts under the limits, which are far below u32::MAX.
    out.extend_from_slice(&u32::try_from(json.len()).unwrap_or(u32::MAX).to_be_bytes());
    out.extend_from_slice(
        &u32::try_from(binary.len())
            .unwrap_or(u32::MAX)
            .to_be_bytes(),
    );
    out.extend_from_slice(json);
    out.extend_from_slice(binary);
    out
}

/// Read one frame from `r`, refusing it from its header when it is over `limits`.
/// `Ok(None)` is a clean end of stream between frames.
pub fn read_frame(r: &mut impl Read, limits: FrameLimits) -> Result<Option<Frame>, ProtocolError> {
    let mut head = [0u8; HEADER];
    let mut got = 0;
    while got < HEADER {
        match r.read(&mut head[got..]) {
            Ok(0) if got == 0 => return Ok(None),
            Ok(0) => return Err(ProtocolError::Truncated),
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(ProtocolError::Io(e.to_string())),
        }
    }
    let (json, binary) = header(&head, limits)?;
    let mut frame = Frame {
        json: vec![0; json as usize],
        binary: vec![0; binary as usize],
    };
    let read_all = |r: &mut dyn Read, buf: &mut [u8]| {
        r.read_exact(buf).map_err(|e| match e.kind() {
            std::io::ErrorKind::UnexpectedEof => ProtocolError::Truncated,
            _ => ProtocolError::Io(e.to_string()),
        })
    };
    read_all(r, &mut frame.json)?;
    read_all(r, &mut frame.binary)?;
    Ok(Some(frame))
}

/// Write one frame to `w`.
pub fn write_frame(w: &mut impl Write, json: &[u8], binary: &[u8]) -> Result<(), ProtocolError> {
    w.write_all(&encode_frame(json, binary))
        .and_then(|()| w.flush())
        .map_err(|e| ProtocolError::Io(e.to_string()))
}

/// A request from a driver, with the number its response will carry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RequestEnvelope {
    /// Chosen by the driver; echoed in the response.
    pub id: u64,
    /// What to do.
    #[serde(flatten)]
    pub request: Request,
}

/// What a driver asks an app to do.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "cmd", rename_all = "snake_case", deny_unknown_fields)]
pub enum Request {
    /// The first request of a connection.
    Hello {
        /// The driver's [`PROTOCOL_VERSION`].
        protocol: u32,
        /// The token the app wrote beside its socket.
        token: String,
    },
    /// The inspector tree (ArkUI's `getInspectorTree()` shape).
    DumpLayout,
    /// The current frame as PNG (in the response's binary part).
    ScreenCap,
    /// A pointer gesture: the points are replayed at their times.
    Pointer {
        /// The points, in time order.
        steps: Vec<PointerStep>,
    },
    /// A key pressed and released (`modifiers` held around it).
    Key {
        /// A key name: `Enter`, `Back`, `Tab`, `Up`, `Down`, `Left`, `Right`, `Space`,
        /// `Home`, `End`, `PageUp`, `PageDown`, `Backspace`, `Delete`, or one character.
        key: String,
        /// `ctrl`, `shift`, `alt`, `meta`.
        #[serde(default)]
        modifiers: Vec<String>,
    },
    /// Text typed into the focused field.
    Text {
        /// The text.
        text: String,
    },
    /// A wheel scroll at a point, in pixels (positive `dy` scrolls the content up).
    Scroll {
        /// Window pixels.
        x: f32,
        /// Window pixels.
        y: f32,
        /// Horizontal delta.
        dx: f32,
        /// Vertical delta.
        dy: f32,
    },
    /// A watch crown (or rotary knob) turned by `degrees`, positive clockwise.
    Crown {
        /// Degrees turned.
        degrees: f32,
    },
    /// The app's restorable state (`App::snapshot`: AppStorage, text fields, focus).
    Snapshot,
    /// Close the app as if its window was closed.
    Exit,
}

/// One point of a pointer gesture.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PointerStep {
    /// Milliseconds from the gesture's start.
    pub at_ms: u32,
    /// Down, move or up.
    pub phase: PointerPhase,
    /// Finger id (0 for the first).
    #[serde(default)]
    pub finger: u64,
    /// Window pixels.
    pub x: f32,
    /// Window pixels.
    pub y: f32,
}

/// The phase of a [`PointerStep`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PointerPhase {
    /// A finger touches.
    Down,
    /// It moves.
    Move,
    /// It lifts.
    Up,
}

/// An app's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResponseEnvelope {
    /// The request's id (0 for an error about a request that could not be read).
    pub id: u64,
    /// What happened.
    pub result: Result<Reply, RemoteError>,
}

/// A successful answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "reply", rename_all = "snake_case")]
pub enum Reply {
    /// The connection is accepted.
    Hello {
        /// The app's [`PROTOCOL_VERSION`].
        protocol: u32,
        /// The app's process id.
        pid: u32,
        /// The window in pixels.
        width: u32,
        /// The window in pixels.
        height: u32,
    },
    /// The inspector tree.
    Layout {
        /// ArkUI's `getInspectorTree()` JSON.
        tree: Value,
    },
    /// A PNG follows in the binary part.
    Image {
        /// Pixels.
        width: u32,
        /// Pixels.
        height: u32,
    },
    /// The app's restorable state.
    Snapshot {
        /// `App::snapshot`'s JSON.
        state: Value,
    },
    /// Done (input delivered, exit scheduled).
    Done,
}

/// Why an app refused or failed a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemoteError {
    /// A stable code: `bad_token`, `bad_version`, `not_hello`, `malformed`, `too_large`,
    /// `bad_argument`, `busy`, `closed`.
    pub code: String,
    /// What went wrong and what to do about it.
    pub message: String,
}

impl RemoteError {
    /// An error with `code` and `message`.
    pub fn new(code: &str, message: impl Into<String>) -> RemoteError {
        RemoteError {
            code: code.into(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for RemoteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

/// Parse a request frame's JSON, checking what JSON alone cannot (gesture length and time
/// order, finite coordinates).
///
/// ```
/// use arkui_uitest::protocol::{Request, parse_request};
/// let r = parse_request(br#"{"id": 7, "cmd": "dump_layout"}"#).unwrap();
/// assert_eq!((r.id, r.request), (7, Request::DumpLayout));
/// assert!(parse_request(br#"{"id": 7, "cmd": "format_disk"}"#).is_err());
/// assert!(parse_request(br#"{"id": 1, "cmd": "pointer", "steps": [
///     {"at_ms": 0, "phase": "down", "x": 1e39, "y": 0}]}"#).is_err());
/// ```
pub fn parse_request(json: &[u8]) -> Result<RequestEnvelope, ProtocolError> {
    let env: RequestEnvelope =
        serde_json::from_slice(json).map_err(|e| ProtocolError::Malformed(e.to_string()))?;
    if let Request::Pointer { steps } = &env.request {
        check_steps(steps).map_err(ProtocolError::Malformed)?;
    }
    if let Request::Scroll { x, y, dx, dy } = env.request
        && ![x, y, dx, dy].iter().all(|v| v.is_finite())
    {
        return Err(ProtocolError::Malformed(
            "scroll coordinates must be finite numbers".into(),
        ));
    }
    if let Request::Crown { degrees } = env.request
        && !degrees.is_finite()
    {
        return Err(ProtocolError::Malformed(
            "a crown turn must be a finite number of degrees".into(),
        ));
    }
    Ok(env)
}

fn check_steps(steps: &[PointerStep]) -> Result<(), String> {
    if steps.is_empty() {
        return Err("a pointer gesture needs at least one step".into());
    }
    if steps.len() > MAX_POINTER_STEPS {
        return Err(format!(
            "a pointer gesture has at most {MAX_POINTER_STEPS} steps, this one {}",
            steps.len()
        ));
    }
    let mut last = 0;
    for s in steps {
        if !(s.x.is_finite() && s.y.is_finite()) {
            return Err(format!("step at {} ms has a non-finite point", s.at_ms));
        }
        if s.at_ms < last {
            return Err(format!(
                "steps go back in time ({} ms after {last} ms)",
                s.at_ms
            ));
        }
        if s.at_ms > MAX_GESTURE_MS {
            return Err(format!(
                "a gesture lasts at most {MAX_GESTURE_MS} ms, this one {} ms",
                s.at_ms
            ));
        }
        last = s.at_ms;
    }
    Ok(())
}

/// Parse a response frame's JSON.
pub fn parse_response(json: &[u8]) -> Result<ResponseEnvelope, ProtocolError> {
    serde_json::from_slice(json).map_err(|e| ProtocolError::Malformed(e.to_string()))
}

/// Serialise a message (these types always serialise).
pub fn to_json<T: Serialize>(message: &T) -> Vec<u8> {
    serde_json::to_vec(message).unwrap_or_else(|e| {
        // Unreachable for the types above (no maps with non-string keys); say so loudly.
        format!(r#"{{"id":0,"result":{{"Err":{{"code":"internal","message":"{e}"}}}}}}"#)
            .into_bytes()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_header_over_the_limit_is_refused_before_reading_the_body() {
        let mut bytes = Vec::new();
        bytes.extend_from_slice(&(MAX_REQUEST_JSON + 1).to_be_bytes());
        bytes.extend_from_slice(&0u32.to_be_bytes());
        // No body at all: the refusal comes from the header alone.
        let err = read_frame(&mut bytes.as_slice(), FrameLimits::REQUEST).unwrap_err();
        assert!(
            matches!(err, ProtocolError::TooLarge { part: "JSON", .. }),
            "{err}"
        );
        let err = decode_frame(&bytes, FrameLimits::REQUEST).unwrap_err();
        assert!(matches!(err, ProtocolError::TooLarge { .. }));
    }

    #[test]
    fn a_stream_cut_inside_a_frame_is_truncated() {
        let bytes = encode_frame(br#"{"id":1,"cmd":"exit"}"#, &[]);
        for cut in 1..bytes.len() {
            let err = read_frame(&mut &bytes[..cut], FrameLimits::REQUEST).unwrap_err();
            assert_eq!(err, ProtocolError::Truncated, "cut at {cut}");
        }
        assert_eq!(read_frame(&mut &bytes[..0], FrameLimits::REQUEST), Ok(None));
    }

    #[test]
    fn every_request_survives_a_round_trip() {
        let requests = [
            Request::Hello {
                protocol: 1,
                token: "ab".into(),
            },
            Request::DumpLayout,
            Request::ScreenCap,
            Request::Pointer {
                steps: vec![PointerStep {
                    at_ms: 0,
                    phase: PointerPhase::Down,
                    finger: 0,
                    x: 1.0,
                    y: 2.0,
                }],
            },
            Request::Key {
                key: "Enter".into(),
                modifiers: vec!["ctrl".into()],
            },
            Request::Text { text: "hé".into() },
            Request::Scroll {
                x: 1.0,
                y: 2.0,
                dx: 0.0,
                dy: 40.0,
            },
            Request::Crown { degrees: -15.0 },
            Request::Snapshot,
            Request::Exit,
        ];
        for (i, request) in requests.into_iter().enumerate() {
            let env = RequestEnvelope {
                id: i as u64,
                request,
            };
            let bytes = encode_frame(&to_json(&env), &[]);
            let frame = read_frame(&mut bytes.as_slice(), FrameLimits::REQUEST)
                .unwrap()
                .unwrap();
            assert_eq!(parse_request(&frame.json).unwrap(), env);
        }
    }

    #[test]
    fn gestures_out_of_order_or_too_long_are_malformed() {
        let step = |at_ms| PointerStep {
            at_ms,
            phase: PointerPhase::Move,
            finger: 0,
            x: 0.0,
            y: 0.0,
        };
        assert!(check_steps(&[step(10), step(5)]).is_err());
        assert!(check_steps(&[step(MAX_GESTURE_MS + 1)]).is_err());
        assert!(check_steps(&vec![step(0); MAX_POINTER_STEPS + 1]).is_err());
        assert!(check_steps(&[]).is_err());
        assert!(check_steps(&[step(0), step(0), step(16)]).is_ok());
    }

    proptest! {
        // The decoder never panics and never claims more bytes than it was given.
        #[test]
        fn decoding_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
            if let Ok(Some((frame, used))) = decode_frame(&bytes, FrameLimits::REQUEST) {
                prop_assert!(used <= bytes.len());
                prop_assert_eq!(used, 8 + frame.json.len() + frame.binary.len());
                let _ = parse_request(&frame.json);
            }
            let _ = read_frame(&mut bytes.as_slice(), FrameLimits::REQUEST);
            let _ = parse_request(&bytes);
        }
    }
}
