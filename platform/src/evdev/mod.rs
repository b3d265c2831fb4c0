//! Linux evdev input for the framebuffer and DRM backends: touchscreens (single- and
//! multi-touch, calibrated), keyboards, TV remotes and D-pads, mapped to
//! [`arkui_core::InputEvent`].
//!
//! Raw `struct input_event`s are decoded here (no libevdev, no extra crate): the format is
//! a stable kernel ABI of four fields. Recorded streams in `evemu-record` text replay
//! through the same mapper, which is how this is tested without devices.

mod device;
mod event;
mod keys;
mod mapper;
mod touch;

pub use device::{EvdevDevice, EvdevInput};
pub use event::{EVENT_SIZE, RawEvent, code, kind};
pub use keys::key_from_code;
pub use mapper::InputMapper;
pub use touch::{AxisRange, TouchCalibration};
