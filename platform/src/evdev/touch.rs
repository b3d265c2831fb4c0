//! Touchscreens: raw absolute axes to screen pixels ([`TouchCalibration`]), and the
//! single-touch / multi-touch (protocol B) state machine that turns packets of axis
//! events into pointer downs, moves and ups.

use arkui_core::InputEvent;

use crate::Rotation;

use crate::Error;

/// The range a device reports on one absolute axis (`struct input_absinfo`'s min/max).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AxisRange {
    /// Smallest value.
    pub min: i32,
    /// Largest value.
    pub max: i32,
}

/// How raw touch coordinates become screen pixels: the axis ranges the device reports,
/// then libinput's calibration matrix on normalised coordinates, so the same
/// `LIBINPUT_CALIBRATION_MATRIX` values that fix a panel under Weston fix it here.
///
/// The matrix `[a, b, c, d, e, f]` maps normalised `(x, y)` to `(a·x + b·y + c,
/// d·x + e·y + f)`: identity is `1 0 0 0 1 0`, swapping axes `0 1 0 1 0 0`, a panel
/// mounted upside down `-1 0 1 0 -1 1`.
///
/// ```
/// use arkui_platform::evdev::{AxisRange, TouchCalibration};
/// let mut c = TouchCalibration::new(AxisRange { min: 0, max: 4095 }, AxisRange { min: 0, max: 4095 });
/// assert_eq!(c.to_screen(4095, 0, (320, 240)), (319.0, 0.0));
/// c.matrix = TouchCalibration::parse_matrix("-1 0 1 0 1 0").unwrap(); // mirrored X
/// assert_eq!(c.to_screen(4095, 0, (320, 240)), (0.0, 0.0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TouchCalibration {
    /// Raw X range.
    pub x: AxisRange,
    /// Raw Y range.
    pub y: AxisRange,
    /// libinput-style matrix applied to normalised coordinates.
    pub matrix: [f32; 6],
    /// How the picture is turned on the panel (`ARKUI_ROTATION`): touches are turned back
    /// into picture coordinates after calibration.
    pub rotation: Rotation,
}

impl TouchCalibration {
    /// The identity matrix.
    pub const IDENTITY: [f32; 6] = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0];

    /// Calibration from the device's axis ranges, no correction.
    pub fn new(x: AxisRange, y: AxisRange) -> TouchCalibration {
        TouchCalibration {
            x,
            y,
            matrix: Self::IDENTITY,
            rotation: Rotation::Deg0,
        }
    }

    /// Parse six numbers separated by spaces (`ARKUI_TOUCH_CALIBRATION`).
    pub fn parse_matrix(text: &str) -> Result<[f32; 6], Error> {
        let values: Result<Vec<f32>, _> = text.split_whitespace().map(str::parse).collect();
        match values.ok().as_deref() {
            Some(&[a, b, c, d, e, f]) if [a, b, c, d, e, f].iter().all(|v| v.is_finite()) => {
                Ok([a, b, c, d, e, f])
            }
            _ => Err(Error::Calibration(text.to_string())),
        }
    }

    /// Raw `(x, y)` to pixels of a `(width, height)` picture (the UI's size, after rotation),
    /// clamped to it.
    pub fn to_screen(&self, x: i32, y: i32, screen: (u32, u32)) -> (f32, f32) {
        let norm = |v: i32, r: AxisRange| {
            let span = (r.max - r.min).max(1) as f32;
            (v - r.min) as f32 / span
        };
        let (nx, ny) = (norm(x, self.x), norm(y, self.y));
        let [a, b, c, d, e, f] = self.matrix;
        let (mx, my) = (a * nx + b * ny + c, d * nx + e * ny + f);
        let (mx, my) = panel_to_picture(self.rotation, mx.clamp(0.0, 1.0), my.clamp(0.0, 1.0));
        let last = |n: u32| n.saturating_sub(1) as f32;
        (
            (mx.clamp(0.0, 1.0) * last(screen.0)).round(),
            (my.clamp(0.0, 1.0) * last(screen.1)).round(),
        )
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Contact {
    down: bool,
    raw: (i32, i32),
    /// What the UI was last told: `Some(pixels)` while down.
    reported: Option<(f32, f32)>,
}

/// Slots tracked; panels report up to 10 fingers, the UI uses the first.
const SLOTS: usize = 10;

/// Multi-touch protocol B and single-touch state, flushed at each `SYN_REPORT`.
#[derive(Clone, Debug, Default)]
pub(crate) struct TouchState {
    slots: [Contact; SLOTS],
    slot: usize,
    multitouch: bool,
    single: Contact,
    dropping: bool,
}

impl TouchState {
    pub(crate) fn abs(&mut self, code: u16, value: i32) {
        use super::event::code::*;
        let slot = self.slot;
        match code {
            ABS_MT_SLOT => {
                self.multitouch = true;
                self.slot = usize::try_from(value).unwrap_or(0).min(SLOTS - 1);
            }
            ABS_MT_TRACKING_ID => {
                self.multitouch = true;
                self.slots[slot].down = value >= 0;
            }
            ABS_MT_POSITION_X => {
                self.multitouch = true;
                self.slots[slot].raw.0 = value;
            }
            ABS_MT_POSITION_Y => {
                self.multitouch = true;
                self.slots[slot].raw.1 = value;
            }
            ABS_X => self.single.raw.0 = value,
            ABS_Y => self.single.raw.1 = value,
            _ => {}
        }
    }

    pub(crate) fn touch_button(&mut self, pressed: bool) {
        self.single.down = pressed;
    }

    /// `SYN_DROPPED`: events were lost; ignore until the next report and lift every finger.
    pub(crate) fn dropped(&mut self, out: &mut Vec<InputEvent>) {
        self.dropping = true;
        for (id, c) in self.contacts_mut() {
            if c.reported.take().is_some() {
                out.push(InputEvent::PointerCancel { id });
            }
            c.down = false;
        }
    }

    fn contacts_mut(&mut self) -> Vec<(u64, &mut Contact)> {
        if self.multitouch {
            self.slots
                .iter_mut()
                .enumerate()
                .map(|(i, c)| (i as u64, c))
                .collect()
        } else {
            vec![(0, &mut self.single)]
        }
    }

    /// `SYN_REPORT`: turn the packet's changes into pointer events.
    pub(crate) fn report(
        &mut self,
        calibration: &TouchCalibration,
        screen: (u32, u32),
        out: &mut Vec<InputEvent>,
    ) {
        if std::mem::take(&mut self.dropping) {
            return;
        }
        for (id, c) in self.contacts_mut() {
            let (x, y) = calibration.to_screen(c.raw.0, c.raw.1, screen);
            match (c.down, c.reported) {
                (true, None) => out.push(InputEvent::PointerDown { id, x, y }),
                (true, Some(p)) if p != (x, y) => out.push(InputEvent::PointerMove { id, x, y }),
                (false, Some((x, y))) => out.push(InputEvent::PointerUp { id, x, y }),
                _ => {}
            }
            c.reported = c.down.then_some((x, y));
        }
    }
}

/// Normalised physical panel coordinates to normalised picture coordinates: the inverse of
/// the renderer's [`Rotation::to_physical`], for touch input on a turned panel.
fn panel_to_picture(rotation: Rotation, x: f32, y: f32) -> (f32, f32) {
    match rotation {
        Rotation::Deg0 => (x, y),
        Rotation::Deg90 => (y, 1.0 - x),
        Rotation::Deg180 => (1.0 - x, 1.0 - y),
        Rotation::Deg270 => (1.0 - y, x),
    }
}
