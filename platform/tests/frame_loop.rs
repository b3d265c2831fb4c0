//! The shared frame loop in simulated time: no change means no frame (and no polling),
//! input means exactly the frames it causes, resize storms are coalesced.

mod common;

use std::rc::Rc;
use std::time::Duration;

use arkui_core::{DeviceProfile, InputEvent};
use arkui_platform::{BackendEvent, Clock, HeadlessBackend, ManualClock, RunOptions, run};
use common::{count_differing_rgb, reference_rgba, toggle_app};

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

fn options(exit_after: Duration) -> RunOptions {
    RunOptions {
        exit_after: Some(exit_after),
        ..RunOptions::default()
    }
}

#[test]
fn five_idle_seconds_render_no_frame_and_do_not_poll() {
    let clock = Rc::new(ManualClock::new());
    let (mut app, _) = toggle_app(DeviceProfile::iot());
    let mut backend = HeadlessBackend::scripted(320, 240, clock.clone(), []);
    let stats = run(
        &mut backend,
        &mut app,
        &*clock,
        &options(Duration::from_secs(5)),
    )
    .unwrap();
    assert_eq!(clock.now(), Duration::from_secs(5));
    // One frame at start-up, then nothing for five seconds...
    assert_eq!(stats.frames, 1, "{stats:?}");
    assert_eq!(app.frame_count(), 1);
    // ...and the loop slept through them in one wait instead of waking every frame.
    assert_eq!(stats.wakeups, 1, "{stats:?}");
}

#[test]
fn a_click_costs_exactly_one_frame() {
    let clock = Rc::new(ManualClock::new());
    let (mut app, clicks) = toggle_app(DeviceProfile::iot());
    let down = InputEvent::PointerDown {
        id: 0,
        x: 160.0,
        y: 20.0,
    };
    let up = InputEvent::PointerUp {
        id: 0,
        x: 160.0,
        y: 20.0,
    };
    // A press away from anything clickable changes nothing: no frame for it.
    let miss_down = InputEvent::PointerDown {
        id: 0,
        x: 5.0,
        y: 230.0,
    };
    let miss_up = InputEvent::PointerUp {
        id: 0,
        x: 5.0,
        y: 230.0,
    };
    let script = [
        (ms(1000), BackendEvent::Input(miss_down)),
        (ms(1100), BackendEvent::Input(miss_up)),
        (ms(2000), BackendEvent::Input(down)),
        (ms(2080), BackendEvent::Input(up)),
    ];
    let mut backend = HeadlessBackend::scripted(320, 240, clock.clone(), script);
    let stats = run(
        &mut backend,
        &mut app,
        &*clock,
        &options(Duration::from_secs(5)),
    )
    .unwrap();
    assert_eq!(clicks.get(), 1);
    assert_eq!(stats.frames, 2, "{stats:?}");
    assert_eq!(backend.canvas().pixel(160, 20), [0, 0, 255, 255]);
    // One wake-up per input event plus the final timeout.
    assert_eq!(stats.wakeups, 5, "{stats:?}");
}

#[test]
fn frames_are_paced_when_the_ui_changes_faster_than_the_display() {
    let clock = Rc::new(ManualClock::new());
    let (mut app, clicks) = toggle_app(DeviceProfile::iot());
    // 200 clicks in one second, one every 5 ms: 200 state changes.
    let script = (0..200u64).flat_map(|i| {
        let (x, y) = (160.0, 20.0);
        [
            (
                ms(i * 5),
                BackendEvent::Input(InputEvent::PointerDown { id: 0, x, y }),
            ),
            (
                ms(i * 5 + 1),
                BackendEvent::Input(InputEvent::PointerUp { id: 0, x, y }),
            ),
        ]
    });
    let mut backend = HeadlessBackend::scripted(320, 240, clock.clone(), script);
    let stats = run(&mut backend, &mut app, &*clock, &options(ms(1000))).unwrap();
    assert_eq!(clicks.get(), 200);
    // At most one frame per 16.7 ms interval (plus the first), however many changes.
    assert!(stats.frames <= 61, "{stats:?}");
    assert!(stats.frames >= 55, "{stats:?}");
}

#[test]
fn ten_thousand_resizes_are_coalesced_and_end_on_a_correct_frame() {
    let clock = Rc::new(ManualClock::new());
    let (mut app, _) = toggle_app(DeviceProfile::iot());
    // 10,000 resizes over 2 s (5 per ms), through degenerate sizes, ending at 320x240.
    let sizes = (0..10_000u32).map(|i| match i % 7 {
        0 => (0, 0),
        1 => (1, 1),
        2 => (0, 480),
        3 => (4096, 1),
        _ => (1 + (i * 37) % 1200, 1 + (i * 53) % 900),
    });
    let mut script: Vec<_> = sizes
        .enumerate()
        .map(|(i, (w, h))| {
            (
                Duration::from_micros(i as u64 * 200),
                BackendEvent::Resized {
                    width: w,
                    height: h,
                },
            )
        })
        .collect();
    script.push((
        ms(2000),
        BackendEvent::Resized {
            width: 320,
            height: 240,
        },
    ));
    let mut backend = HeadlessBackend::scripted(320, 240, clock.clone(), script);
    let stats = run(&mut backend, &mut app, &*clock, &options(ms(2500))).unwrap();
    assert_eq!(stats.events, 10_001);
    // Coalesced: one size applied per wake-up, and frames paced at 60 Hz, so layout (which
    // runs inside a frame) ran at most once per frame.
    assert!(stats.resizes_applied <= stats.wakeups, "{stats:?}");
    assert!(stats.frames <= 2 * 60 + 2, "{stats:?}");
    assert_eq!(app.size(), (320, 240));
    let reference = reference_rgba(DeviceProfile::iot(), (320, 240), 0);
    let frame = backend.canvas();
    assert_eq!((frame.width(), frame.height()), (320, 240));
    assert_eq!(count_differing_rgb(frame.pixels(), &reference, 0), 0);
}
