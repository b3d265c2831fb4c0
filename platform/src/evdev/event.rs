//! Raw evdev events (`struct input_event`): decoding the bytes a device file yields, and
//! the text format `evemu-record` writes, so recorded streams from real panels and remotes
//! can be replayed in tests.

use std::time::Duration;

use crate::Error;

/// Event types (`EV_*`).
pub mod kind {
    /// Separates packets of events.
    pub const SYN: u16 = 0x00;
    /// Keys and buttons.
    pub const KEY: u16 = 0x01;
    /// Relative axes (mice).
    pub const REL: u16 = 0x02;
    /// Absolute axes (touchscreens).
    pub const ABS: u16 = 0x03;
}

/// Event codes used by the mapper (`SYN_*`, `ABS_*`, `BTN_*`).
pub mod code {
    /// End of a packet: apply what came before.
    pub const SYN_REPORT: u16 = 0;
    /// The kernel dropped events: state must be resynchronised.
    pub const SYN_DROPPED: u16 = 3;
    /// Single-touch X.
    pub const ABS_X: u16 = 0x00;
    /// Single-touch Y.
    pub const ABS_Y: u16 = 0x01;
    /// Multi-touch slot selector.
    pub const ABS_MT_SLOT: u16 = 0x2f;
    /// Multi-touch X.
    pub const ABS_MT_POSITION_X: u16 = 0x35;
    /// Multi-touch Y.
    pub const ABS_MT_POSITION_Y: u16 = 0x36;
    /// Multi-touch contact id (-1: lifted).
    pub const ABS_MT_TRACKING_ID: u16 = 0x39;
    /// Finger on the glass (single-touch devices).
    pub const BTN_TOUCH: u16 = 0x14a;
    /// A rotary knob or crown (relative axis).
    pub const REL_DIAL: u16 = 0x07;
    /// A scroll wheel, or a knob that reports as one (relative axis).
    pub const REL_WHEEL: u16 = 0x08;
}

/// One `struct input_event`, without its timestamp's platform layout.
///
/// ```
/// use arkui_platform::evdev::RawEvent;
/// let e = RawEvent::new(3, 0x35, 1234);
/// let bytes = e.to_bytes();
/// let mut out = Vec::new();
/// assert_eq!(RawEvent::parse(&bytes, &mut out), bytes.len());
/// assert_eq!(out, vec![e]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawEvent {
    /// When the kernel saw it.
    pub time: Duration,
    /// `EV_*` type.
    pub kind: u16,
    /// Code within the type (`KEY_*`, `ABS_*`...).
    pub code: u16,
    /// Value: 0/1/2 (release/press/repeat) for keys, the position for axes.
    pub value: i32,
}

/// Size of `struct input_event`: a `struct timeval` of two C longs (word-sized on Linux,
/// also on 32-bit ARM with 64-bit `time_t`), then type, code and value.
pub const EVENT_SIZE: usize = 2 * size_of::<usize>() + 8;

impl RawEvent {
    /// An event at time zero.
    pub const fn new(kind: u16, code: u16, value: i32) -> RawEvent {
        RawEvent {
            time: Duration::ZERO,
            kind,
            code,
            value,
        }
    }

    /// Decode every whole event in `bytes` into `out`; returns the bytes consumed.
    pub fn parse(bytes: &[u8], out: &mut Vec<RawEvent>) -> usize {
        const W: usize = size_of::<usize>();
        let word = |b: &[u8]| {
            let mut a = [0u8; W];
            a.copy_from_slice(&b[..W]);
            usize::from_ne_bytes(a) as u64
        };
        let mut chunks = bytes.chunks_exact(EVENT_SIZE);
        for c in &mut chunks {
            let (sec, usec) = (word(c), word(&c[W..]));
            let t = &c[2 * W..];
            out.push(RawEvent {
                time: Duration::from_secs(sec) + Duration::from_micros(usec.min(999_999)),
                kind: u16::from_ne_bytes([t[0], t[1]]),
                code: u16::from_ne_bytes([t[2], t[3]]),
                value: i32::from_ne_bytes([t[4], t[5], t[6], t[7]]),
            });
        }
        bytes.len() - chunks.remainder().len()
    }

    /// The bytes a device file would yield for this event.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(EVENT_SIZE);
        out.extend_from_slice(&(self.time.as_secs() as usize).to_ne_bytes());
        out.extend_from_slice(&(self.time.subsec_micros() as usize).to_ne_bytes());
        out.extend_from_slice(&self.kind.to_ne_bytes());
        out.extend_from_slice(&self.code.to_ne_bytes());
        out.extend_from_slice(&self.value.to_ne_bytes());
        out
    }

    /// Parse the event lines of an `evemu-record` recording (`E: 12.345678 0003 0035 1234`,
    /// type and code in hex, value in decimal); other lines (`#` comments, `N:`, `I:`, `B:`,
    /// `A:` device descriptions) are skipped.
    ///
    /// ```
    /// use arkui_platform::evdev::RawEvent;
    /// let events = RawEvent::parse_evemu("# tap\nE: 0.000100 0001 014a 0001\n").unwrap();
    /// assert_eq!(events[0].code, 0x14a);
    /// assert_eq!(events[0].time.as_micros(), 100);
    /// assert!(RawEvent::parse_evemu("E: 0.1 zz 0 0").is_err());
    /// ```
    pub fn parse_evemu(text: &str) -> Result<Vec<RawEvent>, Error> {
        let mut out = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let Some(rest) = line.trim().strip_prefix("E:") else {
                continue;
            };
            let bad = || Error::Recording {
                line: n + 1,
                text: line.to_string(),
            };
            // evemu-record appends `# EV_ABS / ABS_MT_SLOT ...` comments to event lines.
            let fields = rest.split('#').next().unwrap_or_default();
            let f: Vec<&str> = fields.split_whitespace().collect();
            let [time, kind, code, value] = f[..] else {
                return Err(bad());
            };
            let (sec, usec) = time.split_once('.').unwrap_or((time, "0"));
            let secs: u64 = sec.parse().map_err(|_| bad())?;
            let micros: u64 = format!("{usec:0<6}")[..6].parse().map_err(|_| bad())?;
            out.push(RawEvent {
                time: Duration::from_secs(secs) + Duration::from_micros(micros),
                kind: u16::from_str_radix(kind, 16).map_err(|_| bad())?,
                code: u16::from_str_radix(code, 16).map_err(|_| bad())?,
                value: value.parse().map_err(|_| bad())?,
            });
        }
        Ok(out)
    }
}
