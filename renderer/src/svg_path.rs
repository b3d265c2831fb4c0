//! SVG path data (the `d` attribute: `"M10 10 h20 v20 z"`) parsed into a [`PathData`].
//!
//! The grammar is SVG 2's as browsers implement it: every command (`M L H V C S Q T A Z`,
//! absolute or relative), implicit repetition of argument sets, numbers in every SVG form
//! (signs, `.5`, `5.`, exponents, packed as in `M1-2.5.5`), commas or whitespace between
//! arguments and arc flags written without separators (`a10 10 0 1010 10`). Like Chromium, a
//! comma after the last argument of a command is accepted. Arcs become cubic Béziers of at
//! most a quarter turn each (SVG 2 appendix "Elliptical arc implementation notes").
//!
//! Input is bounded ([`MAX_SVG_PATH_BYTES`]), parsing is a single linear pass without
//! recursion, and no input panics. On an error the path up to the last complete segment (what
//! a browser draws) stays available through [`SvgPathError::partial`].

use std::f64::consts::{FRAC_PI_2, TAU};
use std::fmt;
use std::sync::LazyLock;

use crate::{PathData, PathVerb, Point};

/// The longest path data [`PathData::from_svg`] parses, in bytes (4 MiB, about a million
/// short segments); longer input is rejected with [`SvgPathError::TooLong`] before parsing.
///
/// ```
/// use arkui_renderer::{MAX_SVG_PATH_BYTES, PathData, SvgPathError};
/// let huge = "M0 0".to_string() + &" ".repeat(MAX_SVG_PATH_BYTES);
/// assert_eq!(
///     PathData::from_svg(&huge),
///     Err(SvgPathError::TooLong { len: MAX_SVG_PATH_BYTES + 4 })
/// );
/// ```
pub const MAX_SVG_PATH_BYTES: usize = 4 << 20;

/// Why [`PathData::from_svg`] rejected its input.
///
/// Offsets are byte offsets into the input. Every variant but [`SvgPathError::TooLong`]
/// carries the path parsed before the error (see [`SvgPathError::partial`]); `found` is the
/// offending character, or `None` at the end of the data. The [`fmt::Display`] text names
/// the offset and what was found, for a log line.
///
/// ```
/// use arkui_renderer::{PathData, SvgPathError};
/// let err = PathData::from_svg("M0 0 L10 x").unwrap_err();
/// assert!(matches!(
///     err,
///     SvgPathError::ExpectedNumber { offset: 9, command: 'L', found: Some('x'), .. }
/// ));
/// assert_eq!(err.to_string(), "path data: expected a number after 'L' at byte 9, found 'x'");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum SvgPathError {
    /// The input is longer than [`MAX_SVG_PATH_BYTES`]; nothing was parsed.
    TooLong {
        /// The input length in bytes.
        len: usize,
    },
    /// The first command is not a moveto (`M` or `m`).
    MissingMoveTo {
        /// Where the first command should be.
        offset: usize,
        /// What is there instead.
        found: char,
    },
    /// A character where a command letter (or, after a command that takes arguments, the
    /// next set of its arguments) should be.
    UnexpectedChar {
        /// Where the character is.
        offset: usize,
        /// The character.
        found: char,
        /// The path before the error.
        partial: PathData,
    },
    /// A command's argument is missing or is not a number.
    ExpectedNumber {
        /// Where the number should start.
        offset: usize,
        /// The command letter as written.
        command: char,
        /// What is there instead.
        found: Option<char>,
        /// The path before the error.
        partial: PathData,
    },
    /// An arc's large-arc or sweep flag is not `0` or `1`.
    ExpectedFlag {
        /// Where the flag should be.
        offset: usize,
        /// The command letter as written (`A` or `a`).
        command: char,
        /// What is there instead.
        found: Option<char>,
        /// The path before the error.
        partial: PathData,
    },
    /// An exponent (`e` or `E`, optionally signed) without digits, as in `1e` or `2e+x`.
    ExpectedExponent {
        /// Where the exponent digits should start.
        offset: usize,
        /// What is there instead.
        found: Option<char>,
        /// The path before the error.
        partial: PathData,
    },
    /// A number, or a coordinate computed from it, is not a finite 32-bit float (`1e999`,
    /// or relative steps adding up past `f32::MAX`).
    NonFinite {
        /// Where the number (or the argument set that overflowed) starts.
        offset: usize,
        /// The path before the error.
        partial: PathData,
    },
}

static EMPTY: LazyLock<PathData> = LazyLock::new(PathData::default);

impl SvgPathError {
    /// The path parsed before the error: every segment completed before it, which is what
    /// browsers draw for faulty path data (empty for [`SvgPathError::TooLong`] and
    /// [`SvgPathError::MissingMoveTo`]).
    ///
    /// ```
    /// use arkui_renderer::{PathData, PathVerb, Point};
    /// let err = PathData::from_svg("M0 0 L10 0 L10").unwrap_err();
    /// assert_eq!(
    ///     err.partial().verbs(),
    ///     vec![PathVerb::MoveTo(Point::new(0.0, 0.0)), PathVerb::LineTo(Point::new(10.0, 0.0))]
    /// );
    /// ```
    pub fn partial(&self) -> &PathData {
        match self {
            SvgPathError::TooLong { .. } | SvgPathError::MissingMoveTo { .. } => &EMPTY,
            SvgPathError::UnexpectedChar { partial, .. }
            | SvgPathError::ExpectedNumber { partial, .. }
            | SvgPathError::ExpectedFlag { partial, .. }
            | SvgPathError::ExpectedExponent { partial, .. }
            | SvgPathError::NonFinite { partial, .. } => partial,
        }
    }

    /// The byte offset of the error (`None` for [`SvgPathError::TooLong`]).
    ///
    /// ```
    /// use arkui_renderer::PathData;
    /// assert_eq!(PathData::from_svg("M0 0 #").unwrap_err().offset(), Some(5));
    /// ```
    pub fn offset(&self) -> Option<usize> {
        match *self {
            SvgPathError::TooLong { .. } => None,
            SvgPathError::MissingMoveTo { offset, .. }
            | SvgPathError::UnexpectedChar { offset, .. }
            | SvgPathError::ExpectedNumber { offset, .. }
            | SvgPathError::ExpectedFlag { offset, .. }
            | SvgPathError::ExpectedExponent { offset, .. }
            | SvgPathError::NonFinite { offset, .. } => Some(offset),
        }
    }

    fn set_partial(&mut self, path: PathData) {
        match self {
            SvgPathError::TooLong { .. } | SvgPathError::MissingMoveTo { .. } => {}
            SvgPathError::UnexpectedChar { partial, .. }
            | SvgPathError::ExpectedNumber { partial, .. }
            | SvgPathError::ExpectedFlag { partial, .. }
            | SvgPathError::ExpectedExponent { partial, .. }
            | SvgPathError::NonFinite { partial, .. } => *partial = path,
        }
    }
}

/// `'x'` for a character, "the end of the data" for `None`.
struct Found(Option<char>);

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(c) => write!(f, "{c:?}"),
            None => f.write_str("the end of the data"),
        }
    }
}

impl fmt::Display for SvgPathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            SvgPathError::TooLong { len } => write!(
                f,
                "path data: {len} bytes is over the limit of {MAX_SVG_PATH_BYTES} bytes \
                 (MAX_SVG_PATH_BYTES); nothing was parsed"
            ),
            SvgPathError::MissingMoveTo { offset, found } => write!(
                f,
                "path data: must start with a moveto ('M' or 'm'), found {found:?} at byte {offset}"
            ),
            SvgPathError::UnexpectedChar { offset, found, .. } => write!(
                f,
                "path data: expected a command letter at byte {offset}, found {found:?}"
            ),
            SvgPathError::ExpectedNumber {
                offset,
                command,
                found,
                ..
            } => write!(
                f,
                "path data: expected a number after {command:?} at byte {offset}, found {}",
                Found(found)
            ),
            SvgPathError::ExpectedFlag {
                offset,
                command,
                found,
                ..
            } => write!(
                f,
                "path data: expected an arc flag ('0' or '1') after {command:?} at byte \
                 {offset}, found {}",
                Found(found)
            ),
            SvgPathError::ExpectedExponent { offset, found, .. } => write!(
                f,
                "path data: expected the digits of an exponent at byte {offset}, found {}",
                Found(found)
            ),
            SvgPathError::NonFinite { offset, .. } => write!(
                f,
                "path data: number out of range at byte {offset} (coordinates must be finite \
                 32-bit floats)"
            ),
        }
    }
}

impl std::error::Error for SvgPathError {}

impl PathData {
    /// Parse SVG path data (`"M10 10 h20 v20 z"`) with the SVG 2 grammar as browsers read it:
    /// all commands (`M L H V C S Q T A Z`, lower case relative), implicitly repeated
    /// arguments, packed numbers (`M1-2.5.5`) and flags (`a10 10 0 1010 10`), commas or
    /// whitespace between arguments. Arcs become cubics of at most a quarter turn. Empty or
    /// whitespace-only data is an empty path; data over [`MAX_SVG_PATH_BYTES`] is rejected
    /// unparsed. Linear time, no recursion, no panics.
    ///
    /// Faulty data returns `Err`, whose [`SvgPathError::partial`] holds the segments before
    /// the fault (what a browser would draw); its `Display` text is the diagnostic to log.
    ///
    /// ```
    /// use arkui_renderer::{PathData, PathVerb, Point};
    /// let square = PathData::from_svg("M10 10 h20 v20 H10 z").unwrap();
    /// let pt = Point::new;
    /// assert_eq!(
    ///     square.verbs(),
    ///     vec![
    ///         PathVerb::MoveTo(pt(10.0, 10.0)),
    ///         PathVerb::LineTo(pt(30.0, 10.0)),
    ///         PathVerb::LineTo(pt(30.0, 30.0)),
    ///         PathVerb::LineTo(pt(10.0, 30.0)),
    ///         PathVerb::Close,
    ///     ]
    /// );
    /// // Packed numbers: 1, -2.5, .5 and 1e1.
    /// let packed = PathData::from_svg("M1-2.5.5 1e1").unwrap();
    /// assert_eq!(packed.verbs()[1], PathVerb::LineTo(pt(0.5, 10.0)));
    /// assert!(PathData::from_svg("  ").unwrap().verbs().is_empty());
    /// assert!(PathData::from_svg("L10 10").is_err());
    /// ```
    pub fn from_svg(data: &str) -> Result<PathData, SvgPathError> {
        if data.len() > MAX_SVG_PATH_BYTES {
            return Err(SvgPathError::TooLong { len: data.len() });
        }
        let mut parser = Parser::new(data);
        match parser.run() {
            Ok(()) => Ok(PathData::from_verbs(&parser.verbs)),
            Err(mut e) => {
                e.set_partial(PathData::from_verbs(&parser.verbs));
                Err(e)
            }
        }
    }
}

fn is_wsp(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c)
}

fn is_command(b: u8) -> bool {
    b"MmLlHhVvCcSsQqTtAaZz".contains(&b)
}

fn starts_number(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, b'.' | b'+' | b'-')
}

fn wide(v: f32) -> f64 {
    f64::from(v)
}

/// The parser state: the input, the verbs of every completed segment, and the SVG
/// "current point" bookkeeping.
struct Parser<'a> {
    src: &'a str,
    pos: usize,
    verbs: Vec<PathVerb>,
    /// The current point (as emitted, so relative steps start from what was drawn).
    cur: Point,
    /// The start of the current sub-path.
    start: Point,
    /// After Z: the next drawing command first starts a sub-path at `start`.
    closed: bool,
    /// The second control point of the previous segment when it was C/c/S/s.
    cubic_ctrl: Option<Point>,
    /// The control point of the previous segment when it was Q/q/T/t.
    quad_ctrl: Option<Point>,
}

impl<'a> Parser<'a> {
    fn new(src: &'a str) -> Parser<'a> {
        Parser {
            src,
            pos: 0,
            verbs: Vec::new(),
            cur: Point::default(),
            start: Point::default(),
            closed: false,
            cubic_ctrl: None,
            quad_ctrl: None,
        }
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.src.as_bytes().get(at).copied()
    }

    /// The character at `at` (`at` only ever moves over ASCII, so it is a char boundary).
    fn char_at(&self, at: usize) -> Option<char> {
        self.src.get(at..).and_then(|s| s.chars().next())
    }

    fn skip_wsp(&mut self) {
        while self.byte(self.pos).is_some_and(is_wsp) {
            self.pos += 1;
        }
    }

    fn skip_comma_wsp(&mut self) {
        self.skip_wsp();
        if self.byte(self.pos) == Some(b',') {
            self.pos += 1;
            self.skip_wsp();
        }
    }

    fn digits_from(&self, mut at: usize) -> usize {
        while self.byte(at).is_some_and(|b| b.is_ascii_digit()) {
            at += 1;
        }
        at
    }

    /// A number and the comma-whitespace after it.
    fn number(&mut self, command: u8) -> Result<f64, SvgPathError> {
        let start = self.pos;
        let mut at = start;
        if matches!(self.byte(at), Some(b'+' | b'-')) {
            at += 1;
        }
        let int_end = self.digits_from(at);
        let mut digits = int_end - at;
        at = int_end;
        if self.byte(at) == Some(b'.') {
            let frac_end = self.digits_from(at + 1);
            digits += frac_end - (at + 1);
            at = frac_end;
        }
        if digits == 0 {
            return Err(SvgPathError::ExpectedNumber {
                offset: at,
                command: char::from(command),
                found: self.char_at(at),
                partial: PathData::default(),
            });
        }
        if matches!(self.byte(at), Some(b'e' | b'E')) {
            at += 1;
            if matches!(self.byte(at), Some(b'+' | b'-')) {
                at += 1;
            }
            let exp_end = self.digits_from(at);
            if exp_end == at {
                return Err(SvgPathError::ExpectedExponent {
                    offset: at,
                    found: self.char_at(at),
                    partial: PathData::default(),
                });
            }
            at = exp_end;
        }
        let value = self.src.get(start..at).and_then(|s| s.parse::<f64>().ok());
        let Some(value) = value else {
            // Unreachable for the forms scanned above, which Rust's float parser accepts.
            return Err(SvgPathError::ExpectedNumber {
                offset: start,
                command: char::from(command),
                found: self.char_at(start),
                partial: PathData::default(),
            });
        };
        if !(value as f32).is_finite() {
            return Err(SvgPathError::NonFinite {
                offset: start,
                partial: PathData::default(),
            });
        }
        self.pos = at;
        self.skip_comma_wsp();
        Ok(value)
    }

    /// An arc flag (a single `0` or `1`, so `1010` is four of them) and the comma-whitespace
    /// after it.
    fn flag(&mut self, command: u8) -> Result<bool, SvgPathError> {
        let value = match self.byte(self.pos) {
            Some(b'0') => false,
            Some(b'1') => true,
            _ => {
                return Err(SvgPathError::ExpectedFlag {
                    offset: self.pos,
                    command: char::from(command),
                    found: self.char_at(self.pos),
                    partial: PathData::default(),
                });
            }
        };
        self.pos += 1;
        self.skip_comma_wsp();
        Ok(value)
    }

    /// An (x, y) pair, offset by the current point for a relative command.
    fn pair(&mut self, command: u8) -> Result<(f64, f64), SvgPathError> {
        let x = self.number(command)?;
        let y = self.number(command)?;
        Ok(if command.is_ascii_lowercase() {
            (wide(self.cur.x) + x, wide(self.cur.y) + y)
        } else {
            (x, y)
        })
    }

    fn run(&mut self) -> Result<(), SvgPathError> {
        self.skip_wsp();
        match self.byte(self.pos) {
            None => return Ok(()),
            Some(b'M' | b'm') => {}
            Some(_) => {
                return Err(SvgPathError::MissingMoveTo {
                    offset: self.pos,
                    found: self
                        .char_at(self.pos)
                        .unwrap_or(char::REPLACEMENT_CHARACTER),
                });
            }
        }
        loop {
            self.skip_wsp();
            let Some(letter) = self.byte(self.pos) else {
                return Ok(());
            };
            if !is_command(letter) {
                return Err(SvgPathError::UnexpectedChar {
                    offset: self.pos,
                    found: self
                        .char_at(self.pos)
                        .unwrap_or(char::REPLACEMENT_CHARACTER),
                    partial: PathData::default(),
                });
            }
            self.pos += 1;
            self.skip_wsp();
            if letter.eq_ignore_ascii_case(&b'z') {
                self.close();
                continue;
            }
            // One argument set per turn; each consumes at least one byte, so the work is
            // linear in the input.
            let mut kind = letter;
            loop {
                let set_start = self.pos;
                self.segment(kind, letter, set_start)?;
                // Pairs repeated after a moveto are linetos of the same case.
                kind = match kind {
                    b'M' => b'L',
                    b'm' => b'l',
                    k => k,
                };
                if !self.byte(self.pos).is_some_and(starts_number) {
                    break;
                }
            }
        }
    }

    fn close(&mut self) {
        if !self.closed {
            self.verbs.push(PathVerb::Close);
            self.closed = true;
        }
        self.cur = self.start;
        self.cubic_ctrl = None;
        self.quad_ctrl = None;
    }

    fn point(&self, (x, y): (f64, f64), offset: usize) -> Result<Point, SvgPathError> {
        let p = Point::new(x as f32, y as f32);
        if p.x.is_finite() && p.y.is_finite() {
            Ok(p)
        } else {
            Err(SvgPathError::NonFinite {
                offset,
                partial: PathData::default(),
            })
        }
    }

    /// Append a completed segment ending at `end` (after Z, first restart the sub-path).
    fn emit(&mut self, verbs: &[PathVerb], end: Point) {
        if self.closed {
            self.verbs.push(PathVerb::MoveTo(self.start));
            self.closed = false;
        }
        self.verbs.extend_from_slice(verbs);
        self.cur = end;
    }

    /// The previous control point mirrored about the current point, or the current point.
    fn reflect(&self, ctrl: Option<Point>) -> (f64, f64) {
        let (cx, cy) = (wide(self.cur.x), wide(self.cur.y));
        match ctrl {
            Some(c) => (2.0 * cx - wide(c.x), 2.0 * cy - wide(c.y)),
            None => (cx, cy),
        }
    }

    /// One argument set of command `kind` (`letter` is the command as written, for errors).
    fn segment(&mut self, kind: u8, letter: u8, offset: usize) -> Result<(), SvgPathError> {
        let rel = kind.is_ascii_lowercase();
        let (ox, oy) = if rel {
            (wide(self.cur.x), wide(self.cur.y))
        } else {
            (0.0, 0.0)
        };
        let mut cubic_ctrl = None;
        let mut quad_ctrl = None;
        match kind.to_ascii_uppercase() {
            b'M' => {
                let p = self.pair(letter)?;
                let p = self.point(p, offset)?;
                self.verbs.push(PathVerb::MoveTo(p));
                self.cur = p;
                self.start = p;
                self.closed = false;
            }
            b'L' => {
                let p = self.pair(letter)?;
                let p = self.point(p, offset)?;
                self.emit(&[PathVerb::LineTo(p)], p);
            }
            b'H' => {
                let x = self.number(letter)?;
                let p = self.point((ox + x, wide(self.cur.y)), offset)?;
                self.emit(&[PathVerb::LineTo(p)], p);
            }
            b'V' => {
                let y = self.number(letter)?;
                let p = self.point((wide(self.cur.x), oy + y), offset)?;
                self.emit(&[PathVerb::LineTo(p)], p);
            }
            b'C' => {
                let c1 = self.pair(letter)?;
                let c2 = self.pair(letter)?;
                let p = self.pair(letter)?;
                let (c1, c2, p) = (
                    self.point(c1, offset)?,
                    self.point(c2, offset)?,
                    self.point(p, offset)?,
                );
                self.emit(&[PathVerb::CubicTo(c1, c2, p)], p);
                cubic_ctrl = Some(c2);
            }
            b'S' => {
                let c1 = self.reflect(self.cubic_ctrl);
                let c2 = self.pair(letter)?;
                let p = self.pair(letter)?;
                let (c1, c2, p) = (
                    self.point(c1, offset)?,
                    self.point(c2, offset)?,
                    self.point(p, offset)?,
                );
                self.emit(&[PathVerb::CubicTo(c1, c2, p)], p);
                cubic_ctrl = Some(c2);
            }
            b'Q' => {
                let c = self.pair(letter)?;
                let p = self.pair(letter)?;
                let (c, p) = (self.point(c, offset)?, self.point(p, offset)?);
                self.emit(&[PathVerb::QuadTo(c, p)], p);
                quad_ctrl = Some(c);
            }
            b'T' => {
                let c = self.reflect(self.quad_ctrl);
                let p = self.pair(letter)?;
                let (c, p) = (self.point(c, offset)?, self.point(p, offset)?);
                self.emit(&[PathVerb::QuadTo(c, p)], p);
                quad_ctrl = Some(c);
            }
            _ => {
                // 'A': the only other letter `run` hands over.
                let rx = self.number(letter)?;
                let ry = self.number(letter)?;
                let rotation = self.number(letter)?;
                let large = self.flag(letter)?;
                let sweep = self.flag(letter)?;
                let end = self.pair(letter)?;
                let end = self.point(end, offset)?;
                self.arc(rx, ry, rotation, large, sweep, end, offset)?;
            }
        }
        self.cubic_ctrl = cubic_ctrl;
        self.quad_ctrl = quad_ctrl;
        Ok(())
    }

    /// An elliptical arc from the current point to `end` as up to four cubics (SVG 2
    /// appendix "Elliptical arc implementation notes": out-of-range parameters, then the
    /// endpoint-to-centre conversion).
    #[allow(
        clippy::too_many_arguments,
        reason = "the seven arc parameters plus the error offset, as the SVG spec lists them"
    )]
    fn arc(
        &mut self,
        rx: f64,
        ry: f64,
        rotation: f64,
        large: bool,
        sweep: bool,
        end: Point,
        offset: usize,
    ) -> Result<(), SvgPathError> {
        let (x1, y1) = (wide(self.cur.x), wide(self.cur.y));
        let (x2, y2) = (wide(end.x), wide(end.y));
        // F.6.2: an arc to its own start point is omitted; a zero radius makes a line.
        if x1 == x2 && y1 == y2 {
            return Ok(());
        }
        let (mut rx, mut ry) = (rx.abs(), ry.abs());
        if rx == 0.0 || ry == 0.0 {
            self.emit(&[PathVerb::LineTo(end)], end);
            return Ok(());
        }
        let (sin, cos) = (rotation % 360.0).to_radians().sin_cos();
        // F.6.5.1: the start point in the ellipse's frame, centred between the end points.
        let (hx, hy) = ((x1 - x2) / 2.0, (y1 - y2) / 2.0);
        let x1p = cos * hx + sin * hy;
        let y1p = -sin * hx + cos * hy;
        // F.6.6.2: radii too small to reach the end point grow in proportion.
        let lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
        if lambda > 1.0 {
            let s = lambda.sqrt();
            rx *= s;
            ry *= s;
        }
        // F.6.5.2: the centre in that frame.
        let (rx2, ry2, x1p2, y1p2) = (rx * rx, ry * ry, x1p * x1p, y1p * y1p);
        let den = rx2 * y1p2 + ry2 * x1p2;
        let num = rx2 * ry2 - den;
        let mut coef = if den > 0.0 {
            (num / den).max(0.0).sqrt()
        } else {
            0.0
        };
        if large == sweep {
            coef = -coef;
        }
        let cxp = coef * rx * y1p / ry;
        let cyp = -coef * ry * x1p / rx;
        // F.6.5.3: back to user space.
        let cx = cos * cxp - sin * cyp + (x1 + x2) / 2.0;
        let cy = sin * cxp + cos * cyp + (y1 + y2) / 2.0;
        // F.6.5.5-6: start angle and sweep.
        let (ux, uy) = ((x1p - cxp) / rx, (y1p - cyp) / ry);
        let (vx, vy) = ((-x1p - cxp) / rx, (-y1p - cyp) / ry);
        let theta1 = uy.atan2(ux);
        let mut dtheta = (ux * vy - uy * vx).atan2(ux * vx + uy * vy);
        if !sweep && dtheta > 0.0 {
            dtheta -= TAU;
        } else if sweep && dtheta < 0.0 {
            dtheta += TAU;
        }
        if ![cx, cy, rx, ry, theta1, dtheta]
            .iter()
            .all(|v| v.is_finite())
        {
            // Not reachable for finite f32 input; a straight line is the safe fallback.
            self.emit(&[PathVerb::LineTo(end)], end);
            return Ok(());
        }
        // Quarter turns at most (a hair of slack so exactly 90° stays one cubic).
        let n = (dtheta.abs() / FRAC_PI_2 - 1e-9).ceil().clamp(1.0, 4.0) as usize;
        let step = dtheta / n as f64;
        let k = 4.0 / 3.0 * (step / 4.0).tan();
        let at = |t: f64| {
            let (s, c) = t.sin_cos();
            (
                cx + rx * cos * c - ry * sin * s,
                cy + rx * sin * c + ry * cos * s,
            )
        };
        let tangent = |t: f64| {
            let (s, c) = t.sin_cos();
            (-rx * cos * s - ry * sin * c, -rx * sin * s + ry * cos * c)
        };
        let mut cubics = [PathVerb::Close; 4];
        let mut a = theta1;
        let mut p0 = (x1, y1);
        for (i, slot) in cubics.iter_mut().enumerate().take(n) {
            let b = theta1 + step * (i + 1) as f64;
            let p3 = if i + 1 == n { (x2, y2) } else { at(b) };
            let (d0, d3) = (tangent(a), tangent(b));
            let c1 = (p0.0 + k * d0.0, p0.1 + k * d0.1);
            let c2 = (p3.0 - k * d3.0, p3.1 - k * d3.1);
            *slot = PathVerb::CubicTo(
                self.point(c1, offset)?,
                self.point(c2, offset)?,
                self.point(p3, offset)?,
            );
            a = b;
            p0 = p3;
        }
        self.emit(cubics.get(..n).unwrap_or_default(), end);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pt(x: f32, y: f32) -> Point {
        Point::new(x, y)
    }

    fn verbs(d: &str) -> Vec<PathVerb> {
        match PathData::from_svg(d) {
            Ok(p) => p.verbs(),
            Err(e) => panic!("{d:?} failed: {e}"),
        }
    }

    fn err(d: &str) -> SvgPathError {
        match PathData::from_svg(d) {
            Ok(p) => panic!("{d:?} parsed as {p:?}"),
            Err(e) => e,
        }
    }

    use PathVerb::{Close, CubicTo, LineTo, MoveTo, QuadTo};

    fn cubic_at(p0: Point, c1: Point, c2: Point, p3: Point, t: f32) -> Point {
        let u = 1.0 - t;
        let (a, b, c, d) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
        pt(
            a * p0.x + b * c1.x + c * c2.x + d * p3.x,
            a * p0.y + b * c1.y + c * c2.y + d * p3.y,
        )
    }

    /// The cubics of an arc path, each with its start point.
    fn cubics(v: &[PathVerb]) -> Vec<[Point; 4]> {
        let mut out = Vec::new();
        let mut cur = pt(0.0, 0.0);
        for verb in v {
            match *verb {
                MoveTo(p) | LineTo(p) | QuadTo(_, p) => cur = p,
                CubicTo(c1, c2, p) => {
                    out.push([cur, c1, c2, p]);
                    cur = p;
                }
                Close => {}
            }
        }
        out
    }

    /// Every cubic's samples lie within `tol` of the circle around `c` of radius `r`.
    fn assert_on_circle(v: &[PathVerb], c: Point, r: f32, tol: f32) {
        for [p0, c1, c2, p3] in cubics(v) {
            for i in 0..=8 {
                let s = cubic_at(p0, c1, c2, p3, i as f32 / 8.0);
                let d = (s.x - c.x).hypot(s.y - c.y);
                assert!((d - r).abs() < tol, "{s:?} is {d} from {c:?}, want {r}");
            }
        }
    }

    fn close_to(a: Point, b: Point, tol: f32) -> bool {
        (a.x - b.x).abs() <= tol && (a.y - b.y).abs() <= tol
    }

    #[test]
    fn moveto_lineto_absolute_and_relative() {
        assert_eq!(
            verbs("M10 20 L30 40"),
            vec![MoveTo(pt(10.0, 20.0)), LineTo(pt(30.0, 40.0))]
        );
        assert_eq!(
            verbs("m10 20 l30 40 m5 5 l1 1"),
            vec![
                MoveTo(pt(10.0, 20.0)),
                LineTo(pt(40.0, 60.0)),
                MoveTo(pt(45.0, 65.0)),
                LineTo(pt(46.0, 66.0)),
            ]
        );
        // A lone moveto is kept (a sub-path of one point).
        assert_eq!(verbs("M1 2"), vec![MoveTo(pt(1.0, 2.0))]);
    }

    #[test]
    fn horizontal_vertical_absolute_and_relative() {
        assert_eq!(
            verbs("M1 2 H10 V20 h-5 v-5"),
            vec![
                MoveTo(pt(1.0, 2.0)),
                LineTo(pt(10.0, 2.0)),
                LineTo(pt(10.0, 20.0)),
                LineTo(pt(5.0, 20.0)),
                LineTo(pt(5.0, 15.0)),
            ]
        );
    }

    #[test]
    fn cubic_absolute_and_relative() {
        assert_eq!(
            verbs("M1 2 C3 4 5 6 7 8 c1 1 2 2 3 3"),
            vec![
                MoveTo(pt(1.0, 2.0)),
                CubicTo(pt(3.0, 4.0), pt(5.0, 6.0), pt(7.0, 8.0)),
                CubicTo(pt(8.0, 9.0), pt(9.0, 10.0), pt(10.0, 11.0)),
            ]
        );
    }

    #[test]
    fn quad_absolute_and_relative() {
        assert_eq!(
            verbs("M1 2 Q3 4 5 6 q1 0 2 2"),
            vec![
                MoveTo(pt(1.0, 2.0)),
                QuadTo(pt(3.0, 4.0), pt(5.0, 6.0)),
                QuadTo(pt(6.0, 6.0), pt(7.0, 8.0)),
            ]
        );
    }

    #[test]
    fn smooth_cubic_reflects_only_after_c_or_s() {
        // After C: the mirror of (5, 6) about (7, 8) is (9, 10).
        assert_eq!(
            verbs("M1 2 C3 4 5 6 7 8 S11 12 13 14")[2],
            CubicTo(pt(9.0, 10.0), pt(11.0, 12.0), pt(13.0, 14.0))
        );
        // After S: mirror of S's own second control point; relative forms alike.
        assert_eq!(
            verbs("M0 0 c0 1 1 1 1 0 s1 -1 1 0 s2 2 3 3"),
            vec![
                MoveTo(pt(0.0, 0.0)),
                CubicTo(pt(0.0, 1.0), pt(1.0, 1.0), pt(1.0, 0.0)),
                CubicTo(pt(1.0, -1.0), pt(2.0, -1.0), pt(2.0, 0.0)),
                CubicTo(pt(2.0, 1.0), pt(4.0, 2.0), pt(5.0, 3.0)),
            ]
        );
        // After L, Q or as the first segment: the current point.
        assert_eq!(
            verbs("M1 1 L2 2 S5 6 7 8")[2],
            CubicTo(pt(2.0, 2.0), pt(5.0, 6.0), pt(7.0, 8.0))
        );
        assert_eq!(
            verbs("M1 1 Q0 0 2 2 S5 6 7 8")[2],
            CubicTo(pt(2.0, 2.0), pt(5.0, 6.0), pt(7.0, 8.0))
        );
        assert_eq!(
            verbs("M1 1 S5 6 7 8")[1],
            CubicTo(pt(1.0, 1.0), pt(5.0, 6.0), pt(7.0, 8.0))
        );
        // After Z the current point is the sub-path start.
        assert_eq!(
            verbs("M1 1 C0 0 3 3 4 0 Z S5 6 7 8")[3..],
            [
                MoveTo(pt(1.0, 1.0)),
                CubicTo(pt(1.0, 1.0), pt(5.0, 6.0), pt(7.0, 8.0))
            ]
        );
    }

    #[test]
    fn smooth_quad_reflects_only_after_q_or_t() {
        // Q then T then t: each T mirrors the previous control point (its own, for T).
        assert_eq!(
            verbs("M0 0 Q1 1 2 0 T4 0 t2 0"),
            vec![
                MoveTo(pt(0.0, 0.0)),
                QuadTo(pt(1.0, 1.0), pt(2.0, 0.0)),
                QuadTo(pt(3.0, -1.0), pt(4.0, 0.0)),
                QuadTo(pt(5.0, 1.0), pt(6.0, 0.0)),
            ]
        );
        // After C or L: the current point.
        assert_eq!(
            verbs("M0 0 C1 1 2 2 3 3 T5 5")[2],
            QuadTo(pt(3.0, 3.0), pt(5.0, 5.0))
        );
        assert_eq!(
            verbs("M0 0 L3 3 T5 5")[2],
            QuadTo(pt(3.0, 3.0), pt(5.0, 5.0))
        );
    }

    #[test]
    fn close_returns_to_subpath_start() {
        assert_eq!(
            verbs("M1 1 L5 1 Z L3 3 z m1 1 l1 0 Z Z"),
            vec![
                MoveTo(pt(1.0, 1.0)),
                LineTo(pt(5.0, 1.0)),
                Close,
                // The next sub-path starts at (1, 1), not at (5, 1).
                MoveTo(pt(1.0, 1.0)),
                LineTo(pt(3.0, 3.0)),
                Close,
                // Relative to the sub-path start, (1, 1).
                MoveTo(pt(2.0, 2.0)),
                LineTo(pt(3.0, 2.0)),
                Close,
            ]
        );
        assert_eq!(
            verbs("M10 10 h5 z h-2"),
            vec![
                MoveTo(pt(10.0, 10.0)),
                LineTo(pt(15.0, 10.0)),
                Close,
                MoveTo(pt(10.0, 10.0)),
                LineTo(pt(8.0, 10.0)),
            ]
        );
    }

    #[test]
    fn implicit_repetition() {
        assert_eq!(
            verbs("M 0 0 10 10 20 20"),
            vec![
                MoveTo(pt(0.0, 0.0)),
                LineTo(pt(10.0, 10.0)),
                LineTo(pt(20.0, 20.0))
            ]
        );
        // After m the repeated pairs are relative linetos.
        assert_eq!(
            verbs("m 5 5 10 10 20 20"),
            vec![
                MoveTo(pt(5.0, 5.0)),
                LineTo(pt(15.0, 15.0)),
                LineTo(pt(35.0, 35.0))
            ]
        );
        assert_eq!(
            verbs("M0 0 h1 2 3 v1,1"),
            vec![
                MoveTo(pt(0.0, 0.0)),
                LineTo(pt(1.0, 0.0)),
                LineTo(pt(3.0, 0.0)),
                LineTo(pt(6.0, 0.0)),
                LineTo(pt(6.0, 1.0)),
                LineTo(pt(6.0, 2.0)),
            ]
        );
        assert_eq!(
            verbs("M0 0 C1 1 2 2 3 3 4 4 5 5 6 6 Q1 1 2 2 3 3 4 4"),
            vec![
                MoveTo(pt(0.0, 0.0)),
                CubicTo(pt(1.0, 1.0), pt(2.0, 2.0), pt(3.0, 3.0)),
                CubicTo(pt(4.0, 4.0), pt(5.0, 5.0), pt(6.0, 6.0)),
                QuadTo(pt(1.0, 1.0), pt(2.0, 2.0)),
                QuadTo(pt(3.0, 3.0), pt(4.0, 4.0)),
            ]
        );
    }

    #[test]
    fn numbers_in_every_form() {
        // Packed: 1, -2.5, .5 and -.5.
        assert_eq!(
            verbs("M1-2.5.5-.5"),
            vec![MoveTo(pt(1.0, -2.5)), LineTo(pt(0.5, -0.5))]
        );
        // Exponents, explicit signs, a trailing dot, leading zeros.
        assert_eq!(
            verbs("M1e-3 2E+2L+3. 0005e1"),
            vec![MoveTo(pt(0.001, 200.0)), LineTo(pt(3.0, 50.0))]
        );
        // An exponent ends a number: "1e2.5" is 100 then .5.
        assert_eq!(verbs("M1e2.5"), vec![MoveTo(pt(100.0, 0.5))]);
        // Commas, every kind of whitespace, no space after command letters, a trailing comma.
        assert_eq!(
            verbs("\t\r\n\x0cM1,2\n,\t3 4L5\x0c6,"),
            vec![
                MoveTo(pt(1.0, 2.0)),
                LineTo(pt(3.0, 4.0)),
                LineTo(pt(5.0, 6.0))
            ]
        );
        assert_eq!(
            verbs("M1 2L3 4Z"),
            vec![MoveTo(pt(1.0, 2.0)), LineTo(pt(3.0, 4.0)), Close]
        );
        // Tiny numbers underflow to zero.
        assert_eq!(verbs("M1e-999 0"), vec![MoveTo(pt(0.0, 0.0))]);
    }

    #[test]
    fn empty_and_whitespace_only() {
        assert!(verbs("").is_empty());
        assert!(verbs(" \t\r\n\x0c ").is_empty());
    }

    #[test]
    fn arc_half_circle() {
        let v = verbs("M0 0 A10 10 0 0 1 20 0");
        assert_eq!(v.len(), 3, "two quarter cubics: {v:?}");
        let CubicTo(_, _, end) = v[2] else {
            panic!("not a cubic: {v:?}")
        };
        assert_eq!(end, pt(20.0, 0.0));
        let arcs = cubics(&v);
        let [p0, c1, c2, p3] = arcs[0];
        let mid = cubic_at(p0, c1, c2, p3, 0.5);
        assert!(((mid.x - 10.0).hypot(mid.y) - 10.0).abs() < 0.05, "{mid:?}");
        assert_on_circle(&v, pt(10.0, 0.0), 10.0, 0.05);
        // Sweep 1 is clockwise with y down: through (10, -10), above the chord.
        assert!(close_to(arcs[0][3], pt(10.0, -10.0), 1e-4), "{arcs:?}");
        // Sweep 0 bulges the other way; relative end point alike.
        let v = verbs("M0 0 a10 10 0 0 0 20 0");
        assert!(close_to(cubics(&v)[0][3], pt(10.0, 10.0), 1e-4), "{v:?}");
        assert_on_circle(&v, pt(10.0, 0.0), 10.0, 0.05);
    }

    #[test]
    fn arc_relative_and_repeated() {
        let v = verbs("M10 10 a5 5 0 0 1 10 0 5 5 0 0 1 -10 0");
        // Two half circles around (15, 10) back to the start.
        assert_eq!(v.len(), 5, "{v:?}");
        assert_eq!(cubics(&v)[1][3], pt(20.0, 10.0));
        assert_eq!(cubics(&v)[3][3], pt(10.0, 10.0));
        assert_on_circle(&v, pt(15.0, 10.0), 5.0, 0.05);
    }

    #[test]
    fn arc_large_arc_flag() {
        // Two circles of radius 10 pass through (0,0) and (10,10): centres (0,10), (10,0).
        let small = verbs("M0 0 A10 10 0 0 1 10 10");
        assert_eq!(small.len(), 2, "a quarter turn is one cubic: {small:?}");
        assert_on_circle(&small, pt(0.0, 10.0), 10.0, 0.05);
        let large = verbs("M0 0 A10 10 0 1 1 10 10");
        assert_eq!(large.len(), 4, "three quarter turns: {large:?}");
        assert_on_circle(&large, pt(10.0, 0.0), 10.0, 0.05);
        assert_eq!(cubics(&large)[2][3], pt(10.0, 10.0));
        // Through the top, then the right of the circle.
        assert!(close_to(cubics(&large)[0][3], pt(10.0, -10.0), 1e-4));
        assert!(close_to(cubics(&large)[1][3], pt(20.0, 0.0), 1e-4));
    }

    #[test]
    fn arc_radii_scaled_up() {
        // Radius 1 cannot span 20: it grows to 10, a half circle.
        let v = verbs("M0 0 A1 1 0 0 1 20 0");
        assert_on_circle(&v, pt(10.0, 0.0), 10.0, 0.05);
        assert!(close_to(cubics(&v)[0][3], pt(10.0, -10.0), 1e-4), "{v:?}");
        // Ellipse 2:1 scaled: rx 20, ry 10 over a 40-wide chord.
        let v = verbs("M0 0 A2 1 0 0 1 40 0");
        assert!(close_to(cubics(&v)[0][3], pt(20.0, -10.0), 1e-4), "{v:?}");
    }

    #[test]
    fn arc_rotation_and_negative_radii() {
        // An ellipse rx 20, ry 10 rotated 90°: its long axis is vertical; from (0,0) to
        // (0,40) the chord is that axis, and the arc passes 10 to the side.
        let v = verbs("M0 0 A-20 -10 90 0 1 0 40");
        let ends: Vec<Point> = cubics(&v).iter().map(|c| c[3]).collect();
        assert_eq!(ends.last(), Some(&pt(0.0, 40.0)));
        assert!(close_to(ends[0], pt(10.0, 20.0), 1e-4), "{ends:?}");
    }

    #[test]
    fn arc_zero_radius_is_a_line() {
        assert_eq!(
            verbs("M0 0 A0 10 0 0 1 20 0 a10 0 0 1 1 5 5"),
            vec![
                MoveTo(pt(0.0, 0.0)),
                LineTo(pt(20.0, 0.0)),
                LineTo(pt(25.0, 5.0))
            ]
        );
    }

    #[test]
    fn arc_to_its_start_is_omitted() {
        assert_eq!(
            verbs("M5 5 A10 10 0 1 1 5 5 a3 3 0 0 0 0 0 L6 6"),
            vec![MoveTo(pt(5.0, 5.0)), LineTo(pt(6.0, 6.0))]
        );
        // It does not count as a C for a following S.
        assert_eq!(
            verbs("M0 0 C1 1 2 2 3 3 A1 1 0 0 1 3 3 S5 5 6 6")[2],
            CubicTo(pt(3.0, 3.0), pt(5.0, 5.0), pt(6.0, 6.0))
        );
    }

    #[test]
    fn arc_flags_packed() {
        // Large-arc 1, sweep 0, end (10, 10), written "1010 10".
        assert_eq!(
            verbs("M0 0 a10 10 0 1010 10"),
            verbs("M0 0 a10 10 0 1 0 10 10")
        );
        assert_eq!(
            verbs("M0 0 A10,10,0,1,0,10,10"),
            verbs("M0 0 a10 10 0 1 0 10 10")
        );
        assert_eq!(verbs("M0 0 A10 10 0 1 0 10 10").len(), 4);
        assert_eq!(verbs("M0 0a1 1 0 00 2 0").len(), 3);
    }

    #[test]
    fn error_missing_moveto() {
        let e = err("  L10 10");
        assert_eq!(
            e,
            SvgPathError::MissingMoveTo {
                offset: 2,
                found: 'L'
            }
        );
        assert_eq!(
            e.to_string(),
            "path data: must start with a moveto ('M' or 'm'), found 'L' at byte 2"
        );
        assert!(e.partial().verbs().is_empty());
        assert_eq!(
            err("10 10"),
            SvgPathError::MissingMoveTo {
                offset: 0,
                found: '1'
            }
        );
    }

    #[test]
    fn error_unexpected_char() {
        let e = err("M0 0 L1 1 x");
        assert!(
            matches!(
                e,
                SvgPathError::UnexpectedChar {
                    offset: 10,
                    found: 'x',
                    ..
                }
            ),
            "{e:?}"
        );
        assert_eq!(
            e.to_string(),
            "path data: expected a command letter at byte 10, found 'x'"
        );
        assert_eq!(e.partial().verbs().len(), 2);
        // Numbers after Z, a doubled comma, a non-ASCII character.
        assert_eq!(err("M0 0 Z 1").offset(), Some(7));
        assert!(matches!(
            err("M0 0 1 2,,3"),
            SvgPathError::UnexpectedChar {
                offset: 9,
                found: ',',
                ..
            }
        ));
        assert!(matches!(
            err("M0 0 é"),
            SvgPathError::UnexpectedChar {
                offset: 5,
                found: 'é',
                ..
            }
        ));
    }

    #[test]
    fn error_expected_number() {
        let e = err("M0 0 L10 x");
        assert_eq!(
            e.to_string(),
            "path data: expected a number after 'L' at byte 9, found 'x'"
        );
        // The incomplete L is dropped from the partial path.
        assert_eq!(e.partial().verbs(), vec![MoveTo(pt(0.0, 0.0))]);
        let e = err("M0 0 L10");
        assert!(
            matches!(
                e,
                SvgPathError::ExpectedNumber {
                    offset: 8,
                    command: 'L',
                    found: None,
                    ..
                }
            ),
            "{e:?}"
        );
        assert_eq!(
            e.to_string(),
            "path data: expected a number after 'L' at byte 8, found the end of the data"
        );
        // A sign or dot without digits; a comma right after the letter; a lone M.
        assert_eq!(err("M0 0 L-x").offset(), Some(7));
        assert_eq!(err("M0 0 L.,1").offset(), Some(7));
        assert_eq!(err("M,0 0").offset(), Some(1));
        assert!(matches!(
            err("M"),
            SvgPathError::ExpectedNumber {
                offset: 1,
                command: 'M',
                found: None,
                ..
            }
        ));
        // An implicit lineto reports the moveto letter as written.
        assert!(matches!(
            err("m0 0 1"),
            SvgPathError::ExpectedNumber {
                command: 'm',
                offset: 6,
                ..
            }
        ));
    }

    #[test]
    fn error_expected_flag() {
        let e = err("M0 0 A10 10 0 2 0 5 5");
        assert!(
            matches!(
                e,
                SvgPathError::ExpectedFlag {
                    offset: 14,
                    command: 'A',
                    found: Some('2'),
                    ..
                }
            ),
            "{e:?}"
        );
        assert_eq!(
            e.to_string(),
            "path data: expected an arc flag ('0' or '1') after 'A' at byte 14, found '2'"
        );
        assert_eq!(err("M0 0 a1 1 0 1 .5 5 5").offset(), Some(14));
    }

    #[test]
    fn error_expected_exponent() {
        let e = err("M1e L");
        assert!(
            matches!(
                e,
                SvgPathError::ExpectedExponent {
                    offset: 3,
                    found: Some(' '),
                    ..
                }
            ),
            "{e:?}"
        );
        assert_eq!(
            e.to_string(),
            "path data: expected the digits of an exponent at byte 3, found ' '"
        );
        assert_eq!(err("M1 2e+").offset(), Some(6));
    }

    #[test]
    fn error_non_finite() {
        let e = err("M0 0 L1e999 0");
        assert!(
            matches!(e, SvgPathError::NonFinite { offset: 6, .. }),
            "{e:?}"
        );
        assert_eq!(
            e.to_string(),
            "path data: number out of range at byte 6 (coordinates must be finite 32-bit floats)"
        );
        assert_eq!(e.partial().verbs(), vec![MoveTo(pt(0.0, 0.0))]);
        assert_eq!(err("M-1e39 0").offset(), Some(1));
        // Relative steps that add up past f32::MAX: reported at the argument set.
        let e = err("M3e38 0 l3e38 0");
        assert!(
            matches!(e, SvgPathError::NonFinite { offset: 9, .. }),
            "{e:?}"
        );
        assert_eq!(e.partial().verbs(), vec![MoveTo(pt(3e38, 0.0))]);
        // Even the largest finite floats in an arc stay finite or are rejected, not NaN.
        if let Ok(p) = PathData::from_svg("M-3e38 0 A1 1 0 1 1 3e38 0") {
            for v in p.verbs() {
                assert!(!format!("{v:?}").contains("NaN"), "{v:?}");
            }
        }
    }

    #[test]
    fn error_too_long() {
        let data = " ".repeat(MAX_SVG_PATH_BYTES + 1);
        let e = err(&data);
        assert_eq!(
            e,
            SvgPathError::TooLong {
                len: MAX_SVG_PATH_BYTES + 1
            }
        );
        assert_eq!(e.offset(), None);
        assert!(e.partial().verbs().is_empty());
        assert!(e.to_string().contains("MAX_SVG_PATH_BYTES"), "{e}");
        // Exactly at the limit is parsed.
        assert!(verbs(&" ".repeat(MAX_SVG_PATH_BYTES)).is_empty());
    }

    #[test]
    fn error_is_std_error() {
        let e: Box<dyn std::error::Error> = Box::new(err("M0 0 L"));
        assert!(e.to_string().starts_with("path data: "));
    }

    #[test]
    fn million_segments() {
        let mut data = String::from("M0 0");
        for _ in 0..500_000 {
            data.push_str("h1v1");
        }
        assert!(data.len() <= MAX_SVG_PATH_BYTES);
        let started = std::time::Instant::now();
        let path = PathData::from_svg(&data).expect("a valid path");
        let elapsed = started.elapsed();
        let v = path.verbs();
        assert_eq!(v.len(), 1_000_001);
        assert_eq!(v.last(), Some(&LineTo(pt(500_000.0, 500_000.0))));
        eprintln!("1,000,000 segments parsed in {elapsed:?}");
        // Linear work; a generous bound so a loaded machine does not fail it.
        assert!(elapsed.as_secs_f64() < 5.0, "took {elapsed:?}");
    }

    #[test]
    fn pathological_inputs_stay_linear() {
        let max = MAX_SVG_PATH_BYTES;
        let started = std::time::Instant::now();
        // One number of four million digits; an exponent as long.
        let digits = format!("M0 0 L{}", "1".repeat(max - 8));
        assert!(matches!(
            err(&digits),
            SvgPathError::NonFinite { offset: 6, .. }
        ));
        let exponent = format!("M1e-{} 0", "9".repeat(max - 8));
        assert_eq!(verbs(&exponent), vec![MoveTo(pt(0.0, 0.0))]);
        // Closes and arcs, as many as fit.
        let closes = format!("M0 0{}", "z".repeat(max - 4));
        assert_eq!(verbs(&closes).len(), 2);
        let arc = "a1 1 0 1 1 1 1";
        let n = (max - 4) / arc.len();
        let arcs = format!("M0 0{}", arc.repeat(n));
        // Three quarter turns each.
        assert_eq!(verbs(&arcs).len(), 1 + 3 * n);
        let elapsed = started.elapsed();
        eprintln!("pathological inputs parsed in {elapsed:?}");
        assert!(elapsed.as_secs_f64() < 10.0, "took {elapsed:?}");
    }

    // --- Property tests -------------------------------------------------------------------

    /// A drawing command with absolute coordinates.
    #[derive(Clone, Debug)]
    enum Seg {
        M(f64, f64),
        L(f64, f64),
        H(f64),
        V(f64),
        Q(f64, f64, f64, f64),
        C(f64, f64, f64, f64, f64, f64),
        Z,
    }

    fn coord() -> impl Strategy<Value = f64> {
        (-100_000i32..100_000).prop_map(|v| f64::from(v) / 100.0)
    }

    fn seg() -> impl Strategy<Value = Seg> {
        prop_oneof![
            (coord(), coord()).prop_map(|(x, y)| Seg::M(x, y)),
            (coord(), coord()).prop_map(|(x, y)| Seg::L(x, y)),
            coord().prop_map(Seg::H),
            coord().prop_map(Seg::V),
            (coord(), coord(), coord(), coord()).prop_map(|(a, b, c, d)| Seg::Q(a, b, c, d)),
            (coord(), coord(), coord(), coord(), coord(), coord())
                .prop_map(|(a, b, c, d, e, f)| Seg::C(a, b, c, d, e, f)),
            Just(Seg::Z),
        ]
    }

    /// Writes path data with randomly chosen separators, number forms and omitted
    /// (implicit) command letters, all valid.
    struct Writer {
        out: String,
        rng: u64,
        prev_num: Option<String>,
        prev_cmd: Option<char>,
    }

    impl Writer {
        fn bits(&mut self) -> u64 {
            // xorshift64
            self.rng ^= self.rng << 13;
            self.rng ^= self.rng >> 7;
            self.rng ^= self.rng << 17;
            self.rng
        }

        fn coin(&mut self) -> bool {
            self.bits() & 1 == 0
        }

        fn cmd(&mut self, c: char) {
            let implicit = match self.prev_cmd {
                Some(p) => {
                    (p == c && !c.eq_ignore_ascii_case(&'m'))
                        || (p, c) == ('M', 'L')
                        || (p, c) == ('m', 'l')
                }
                None => false,
            };
            let implicit = implicit && self.prev_num.is_some() && self.coin();
            if !implicit {
                if self.coin() {
                    self.out.push(' ');
                }
                self.out.push(c);
                self.prev_num = None;
            }
            self.prev_cmd = Some(c);
        }

        fn num(&mut self, v: f64) {
            let s = match self.bits() % 3 {
                0 => format!("{v}"),
                1 => format!("{v:e}"),
                _ => {
                    let s = format!("{v}");
                    if let Some(rest) = s.strip_prefix("0.") {
                        format!(".{rest}")
                    } else if let Some(rest) = s.strip_prefix("-0.") {
                        format!("-.{rest}")
                    } else {
                        s
                    }
                }
            };
            let sep = match &self.prev_num {
                None => {
                    if self.coin() {
                        ""
                    } else {
                        " "
                    }
                }
                Some(prev) => {
                    let packable = s.starts_with('-')
                        || s.starts_with('.') && (prev.contains('.') || prev.contains('e'));
                    match self.bits() % 4 {
                        0 if packable => "",
                        0 | 1 => " ",
                        2 => ",",
                        _ => " ,\n",
                    }
                }
            };
            self.out.push_str(sep);
            self.out.push_str(&s);
            self.prev_num = Some(s);
        }

        fn z(&mut self) {
            let z = if self.coin() { "Z" } else { " z " };
            self.out.push_str(z);
            self.prev_num = None;
            self.prev_cmd = Some('z');
        }
    }

    /// The path data for `segs` (absolute or relative) and the verbs it must parse to.
    fn write(segs: &[Seg], relative: bool, seed: u64) -> (String, Vec<PathVerb>) {
        let mut w = Writer {
            out: String::new(),
            rng: seed | 1,
            prev_num: None,
            prev_cmd: None,
        };
        let mut expected = Vec::new();
        let (mut cur, mut start, mut closed) = (pt(0.0, 0.0), pt(0.0, 0.0), false);
        let p32 = |x: f64, y: f64| pt(x as f32, y as f32);
        for s in segs {
            let (ox, oy) = if relative {
                (wide(cur.x), wide(cur.y))
            } else {
                (0.0, 0.0)
            };
            let letter = |c: char| if relative { c.to_ascii_lowercase() } else { c };
            if !matches!(s, Seg::M(..) | Seg::Z) && closed {
                expected.push(MoveTo(start));
                closed = false;
            }
            match *s {
                Seg::M(x, y) => {
                    w.cmd(letter('M'));
                    w.num(x - ox);
                    w.num(y - oy);
                    cur = p32(x, y);
                    start = cur;
                    closed = false;
                    expected.push(MoveTo(cur));
                }
                Seg::L(x, y) => {
                    w.cmd(letter('L'));
                    w.num(x - ox);
                    w.num(y - oy);
                    cur = p32(x, y);
                    expected.push(LineTo(cur));
                }
                Seg::H(x) => {
                    w.cmd(letter('H'));
                    w.num(x - ox);
                    cur = pt(x as f32, cur.y);
                    expected.push(LineTo(cur));
                }
                Seg::V(y) => {
                    w.cmd(letter('V'));
                    w.num(y - oy);
                    cur = pt(cur.x, y as f32);
                    expected.push(LineTo(cur));
                }
                Seg::Q(a, b, x, y) => {
                    w.cmd(letter('Q'));
                    for v in [a - ox, b - oy, x - ox, y - oy] {
                        w.num(v);
                    }
                    cur = p32(x, y);
                    expected.push(QuadTo(p32(a, b), cur));
                }
                Seg::C(a, b, c, d, x, y) => {
                    w.cmd(letter('C'));
                    for v in [a - ox, b - oy, c - ox, d - oy, x - ox, y - oy] {
                        w.num(v);
                    }
                    cur = p32(x, y);
                    expected.push(CubicTo(p32(a, b), p32(c, d), cur));
                }
                Seg::Z => {
                    w.z();
                    if !closed {
                        expected.push(Close);
                        closed = true;
                    }
                    cur = start;
                }
            }
        }
        (w.out, PathData::from_verbs(&expected).verbs())
    }

    fn points(v: &PathVerb) -> Vec<Point> {
        match *v {
            MoveTo(p) | LineTo(p) => vec![p],
            QuadTo(c, p) => vec![c, p],
            CubicTo(c1, c2, p) => vec![c1, c2, p],
            Close => vec![],
        }
    }

    fn same_kind(a: &PathVerb, b: &PathVerb) -> bool {
        std::mem::discriminant(a) == std::mem::discriminant(b)
    }

    const ALPHABET: &[char] = &[
        'M', 'm', 'L', 'l', 'H', 'h', 'V', 'v', 'C', 'c', 'S', 's', 'Q', 'q', 'T', 't', 'A', 'a',
        'Z', 'z', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ',', '-', '+', 'e', 'E',
        ' ', ' ', '1', '0', // junk
        'x', '\n', '\u{0}', 'é', '∞', 'N', 'i', '#',
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn prop_any_string_never_panics(
            chars in prop::collection::vec(prop::sample::select(ALPHABET), 0..96)
        ) {
            let data: String = chars.into_iter().collect();
            match PathData::from_svg(&data) {
                Ok(path) => {
                    for v in path.verbs() {
                        for p in points(&v) {
                            prop_assert!(p.x.is_finite() && p.y.is_finite(), "{:?}", v);
                        }
                    }
                }
                Err(e) => {
                    let offset = e.offset().expect("short input is never too long");
                    prop_assert!(offset <= data.len());
                    prop_assert!(e.to_string().starts_with("path data: "));
                    let _ = e.partial().verbs();
                }
            }
        }

        #[test]
        fn prop_written_commands_parse_back(
            first in (coord(), coord()),
            rest in prop::collection::vec(seg(), 0..40),
            relative in any::<bool>(),
            seed in any::<u64>(),
        ) {
            let mut segs = vec![Seg::M(first.0, first.1)];
            segs.extend(rest);
            let (data, expected) = write(&segs, relative, seed);
            let parsed = match PathData::from_svg(&data) {
                Ok(p) => p.verbs(),
                Err(e) => return Err(TestCaseError::fail(format!("{data:?}: {e}"))),
            };
            prop_assert_eq!(parsed.len(), expected.len(), "{:?}", data);
            for (a, b) in parsed.iter().zip(&expected) {
                prop_assert!(same_kind(a, b), "{:?}: {:?} vs {:?}", data, a, b);
                for (p, q) in points(a).into_iter().zip(points(b)) {
                    prop_assert!(close_to(p, q, 1e-3), "{:?}: {:?} vs {:?}", data, a, b);
                }
            }
        }
    }
}
