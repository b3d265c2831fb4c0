//! [`InputMapper`]: one device's raw events to [`InputEvent`]s — keys with modifiers,
//! touch with calibration.

use arkui_core::{InputEvent, Modifiers};

use super::event::{RawEvent, code, kind};
use super::keys::{ALT, CTRL, META, SHIFT, key_from_code};
use super::touch::{TouchCalibration, TouchState};

/// Turns one evdev device's events into UI input. Keep one per device: touch state and
/// held modifiers are per device.
///
/// ```
/// use arkui_core::{InputEvent, Key};
/// use arkui_platform::evdev::{AxisRange, InputMapper, RawEvent, TouchCalibration};
/// let range = AxisRange { min: 0, max: 1000 };
/// let mut m = InputMapper::new(TouchCalibration::new(range, range));
/// let mut out = Vec::new();
/// for e in [RawEvent::new(1, 108, 1), RawEvent::new(0, 0, 0)] {
///     m.feed(&e, (320, 240), &mut out);
/// }
/// assert!(matches!(&out[0], InputEvent::Key { key: Key::Down, pressed: true, .. }));
/// // A rotary knob (REL_DIAL) one detent clockwise is a 15° crown turn.
/// m.feed(&RawEvent::new(2, 7, 1), (320, 240), &mut out);
/// assert_eq!(out[1], InputEvent::Crown { degrees: 15.0 });
/// ```
#[derive(Clone, Debug)]
pub struct InputMapper {
    calibration: TouchCalibration,
    touch: TouchState,
    modifiers: Modifiers,
}

impl InputMapper {
    /// A mapper for a device whose touch axes (if any) are calibrated by `calibration`.
    pub fn new(calibration: TouchCalibration) -> InputMapper {
        InputMapper {
            calibration,
            touch: TouchState::default(),
            modifiers: Modifiers::default(),
        }
    }

    /// The calibration in use.
    pub fn calibration(&self) -> &TouchCalibration {
        &self.calibration
    }

    /// Change the calibration (rotation, matrix) of a running device.
    pub fn calibration_mut(&mut self) -> &mut TouchCalibration {
        &mut self.calibration
    }

    /// Feed one raw event; complete input events are appended to `out` (touch at the end of
    /// each packet, keys at once).
    pub fn feed(&mut self, event: &RawEvent, screen: (u32, u32), out: &mut Vec<InputEvent>) {
        match (event.kind, event.code) {
            (kind::SYN, code::SYN_REPORT) => self.touch.report(&self.calibration, screen, out),
            (kind::SYN, code::SYN_DROPPED) => self.touch.dropped(out),
            (kind::ABS, c) => self.touch.abs(c, event.value),
            (kind::KEY, code::BTN_TOUCH) => self.touch.touch_button(event.value != 0),
            (kind::KEY, c) => self.key(c, event.value, out),
            // A knob or a wheel with no pointer to scroll under (a framebuffer has no
            // cursor): a crown turn, a detent per step. A dial counts clockwise; a wheel
            // counts away from the user, which scrolls back.
            (kind::REL, code::REL_DIAL) => out.push(InputEvent::Crown {
                degrees: event.value as f32 * arkui_core::CROWN_DETENT_DEGREES,
            }),
            (kind::REL, code::REL_WHEEL) => out.push(InputEvent::Crown {
                degrees: -(event.value as f32) * arkui_core::CROWN_DETENT_DEGREES,
            }),
            _ => {}
        }
    }

    fn key(&mut self, code: u16, value: i32, out: &mut Vec<InputEvent>) {
        let pressed = value != 0; // 1 press, 2 auto-repeat, 0 release
        let m = &mut self.modifiers;
        for (codes, flag) in [
            (SHIFT, &mut m.shift),
            (CTRL, &mut m.ctrl),
            (ALT, &mut m.alt),
            (META, &mut m.meta),
        ] {
            if codes.contains(&code) {
                *flag = pressed;
                return;
            }
        }
        let Some(key) = key_from_code(code, self.modifiers.shift) else {
            return;
        };
        let text = match (&key, pressed) {
            (arkui_core::Key::Character(s), true)
                if !(self.modifiers.ctrl || self.modifiers.alt || self.modifiers.meta) =>
            {
                Some(s.clone())
            }
            _ => None,
        };
        out.push(InputEvent::Key {
            key,
            pressed,
            modifiers: self.modifiers,
        });
        if let Some(text) = text {
            out.push(InputEvent::Text(text));
        }
    }
}
