//! Recorded evdev streams (evemu-record text) through the mapper into a real UI: taps
//! become clicks on the right component, drags off it do not, remotes become keys.
#![cfg(any(feature = "fbdev", feature = "drm"))]

mod common;

use arkui_core::{DeviceProfile, InputEvent, Key, Modifiers};
use arkui_platform::evdev::{AxisRange, InputMapper, RawEvent, TouchCalibration};
use common::toggle_test_app;

const SCREEN: (u32, u32) = (320, 240);

fn recording(name: &str) -> Vec<RawEvent> {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("the recording is in tests/data");
    RawEvent::parse_evemu(&text).expect("the recording is valid evemu text")
}

fn map(events: &[RawEvent], calibration: TouchCalibration) -> Vec<InputEvent> {
    let mut mapper = InputMapper::new(calibration);
    let mut out = Vec::new();
    for e in events {
        mapper.feed(e, SCREEN, &mut out);
    }
    out
}

fn goodix() -> TouchCalibration {
    let r = AxisRange { min: 0, max: 4095 };
    TouchCalibration::new(r, r)
}

#[test]
fn a_recorded_tap_clicks_the_component_under_the_finger() {
    let input = map(&recording("goodix-tap.evemu"), goodix());
    assert_eq!(
        input,
        vec![
            InputEvent::PointerDown {
                id: 0,
                x: 160.0,
                y: 20.0
            },
            InputEvent::PointerMove {
                id: 0,
                x: 161.0,
                y: 20.0
            },
            InputEvent::PointerUp {
                id: 0,
                x: 161.0,
                y: 20.0
            },
        ]
    );
    let (mut t, clicks) = toggle_test_app(DeviceProfile::iot());
    for e in &input {
        t.app().handle_input(e);
    }
    assert_eq!(clicks.get(), 1);
    let rect = t.rect("tap").unwrap();
    assert!(rect.x <= 160.0 && 160.0 < rect.x + rect.width);
}

#[test]
fn a_drag_off_the_component_does_not_click() {
    let input = map(&recording("goodix-swipe-off.evemu"), goodix());
    assert!(matches!(
        input.first(),
        Some(InputEvent::PointerDown { id: 0, .. })
    ));
    assert!(matches!(input.last(), Some(InputEvent::PointerUp { id: 0, y, .. }) if *y > 200.0));
    let (mut t, clicks) = toggle_test_app(DeviceProfile::iot());
    for e in &input {
        t.app().handle_input(e);
    }
    assert_eq!(clicks.get(), 0);
}

#[test]
fn a_calibrated_resistive_panel_with_swapped_axes_clicks_too() {
    let mut calibration = TouchCalibration::new(
        AxisRange {
            min: 200,
            max: 3900,
        },
        AxisRange {
            min: 300,
            max: 3800,
        },
    );
    let raw = recording("ads7846-tap.evemu");
    // Uncalibrated, the tap lands far from the box: the axes are swapped.
    let wrong = map(&raw, calibration);
    assert!(matches!(wrong[0], InputEvent::PointerDown { x, .. } if x < 50.0));

    calibration.matrix = TouchCalibration::parse_matrix("0 1 0 1 0 0").unwrap();
    let input = map(&raw, calibration);
    assert_eq!(
        input[0],
        InputEvent::PointerDown {
            id: 0,
            x: 160.0,
            y: 20.0
        }
    );
    assert_eq!(input.len(), 2);
    let (mut t, clicks) = toggle_test_app(DeviceProfile::iot());
    for e in &input {
        t.app().handle_input(e);
    }
    assert_eq!(clicks.get(), 1);
}

#[test]
fn a_recorded_remote_becomes_dpad_keys() {
    let input = map(&recording("remote-dpad.evemu"), goodix());
    let key = |key: Key, pressed| InputEvent::Key {
        key,
        pressed,
        modifiers: Modifiers::default(),
    };
    assert_eq!(
        input,
        vec![
            key(Key::Down, true),
            key(Key::Down, false),
            key(Key::Down, true),
            key(Key::Down, true), // auto-repeat arrives as another press
            key(Key::Down, false),
            key(Key::Enter, true),
            key(Key::Enter, false),
            key(Key::Back, true),
            key(Key::Back, false),
        ]
    );
}

#[test]
fn typing_tracks_shift_and_commits_text() {
    let k = |code, value| RawEvent::new(1, code, value);
    // Shift down, a, Shift up, b, Ctrl+c
    let raw = [
        k(42, 1),
        k(30, 1),
        k(30, 0),
        k(42, 0),
        k(48, 1),
        k(29, 1),
        k(46, 1),
    ];
    let input = map(&raw, goodix());
    let texts: Vec<&str> = input
        .iter()
        .filter_map(|e| match e {
            InputEvent::Text(t) => Some(t.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(texts, ["A", "b"]); // Ctrl+c is a shortcut, not text
    assert!(input.iter().any(|e| matches!(e,
        InputEvent::Key { key: Key::Character(c), modifiers, .. } if c == "c" && modifiers.ctrl)));
}

#[test]
fn dropped_events_cancel_the_touch_instead_of_clicking() {
    let mut raw = recording("goodix-tap.evemu");
    // The kernel's buffer overflowed right after the finger went down.
    raw.insert(8, RawEvent::new(0, 3, 0)); // SYN_DROPPED
    let input = map(&raw, goodix());
    assert!(
        input.contains(&InputEvent::PointerCancel { id: 0 }),
        "{input:?}"
    );
    let (mut t, clicks) = toggle_test_app(DeviceProfile::iot());
    for e in &input {
        t.app().handle_input(e);
    }
    assert_eq!(clicks.get(), 0);
}

#[test]
fn raw_bytes_decode_as_the_kernel_writes_them() {
    let events = recording("goodix-tap.evemu");
    let bytes: Vec<u8> = events.iter().flat_map(|e| e.to_bytes()).collect();
    assert_eq!(
        bytes.len(),
        events.len() * arkui_platform::evdev::EVENT_SIZE
    );
    let mut decoded = Vec::new();
    // A read that ends mid-event consumes only whole events.
    let used = RawEvent::parse(&bytes[..bytes.len() - 3], &mut decoded);
    assert_eq!(used, bytes.len() - arkui_platform::evdev::EVENT_SIZE);
    assert_eq!(decoded[..], events[..events.len() - 1]);
}

/// The whole fbdev path: a recorded tap written into a pipe read as an evdev device, the
/// shared frame loop, and the fake framebuffer showing the toggled colour.
#[cfg(feature = "fbdev")]
#[test]
fn fbdev_backend_end_to_end_with_a_piped_device() {
    use std::io::Write;
    use std::time::Duration;

    use arkui_platform::evdev::{EvdevDevice, EvdevInput};
    use arkui_platform::fbdev::{FakeFramebuffer, FbFormat, FbdevBackend};
    use arkui_platform::{RunOptions, SystemClock, run};

    let (reader, mut writer) = std::io::pipe().unwrap();
    let bytes: Vec<u8> = recording("goodix-tap.evemu")
        .iter()
        .flat_map(|e| e.to_bytes())
        .collect();
    writer.write_all(&bytes).unwrap();
    drop(writer); // end of stream: the device closes after the tap
    let device = EvdevDevice::from_file(
        std::os::fd::OwnedFd::from(reader).into(),
        "recorded goodix",
        goodix(),
    );
    let fb = FakeFramebuffer::new(FbFormat::Rgb565, 320, 240, 640, 480).unwrap();
    let mut backend = FbdevBackend::new(fb, EvdevInput::new(vec![device])).unwrap();
    let (mut app, clicks) = common::toggle_app(DeviceProfile::iot());
    let options = RunOptions {
        exit_after: Some(Duration::from_millis(300)),
        ..RunOptions::default()
    };
    let stats = run(&mut backend, &mut app, &SystemClock::new(), &options).unwrap();
    assert_eq!(clicks.get(), 1);
    assert_eq!(stats.frames, 2, "{stats:?}"); // the first frame and the toggled one
    assert_eq!(backend.device().shown_pixel(160, 20), [0, 0, 255]);
    assert_eq!(backend.device().pans(), &[240, 0]);
}
