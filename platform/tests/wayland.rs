//! The smithay-client-toolkit backend against a real compositor. Ignored by default: CI
//! runs it against Debian's Weston with its headless backend (.ci/steps/platform.sh):
//! `WAYLAND_DISPLAY=... cargo test -p arkui-platform --features wayland --test wayland -- --ignored`.
#![cfg(feature = "wayland")]

mod common;

use std::time::{Duration, Instant};

use arkui_core::DeviceProfile;
use arkui_platform::wayland::WaylandBackend;
use arkui_platform::{Backend, BackendEvent, RunOptions, SystemClock, run};
use arkui_renderer::software::SoftwareRenderer;

#[test]
#[ignore = "needs a Wayland compositor (WAYLAND_DISPLAY)"]
fn frames_are_driven_by_frame_callbacks_on_a_real_compositor() {
    let (mut app, clicks) = common::toggle_app(DeviceProfile::iot());
    let mut backend = WaylandBackend::connect("arkui wayland test", &app).expect("connect");
    let mut renderer = SoftwareRenderer::new();
    let mut events = Vec::new();
    let start = Instant::now();
    let mut presented = Vec::new();
    while presented.len() < 10 && start.elapsed() < Duration::from_secs(10) {
        backend
            .wait(Some(Duration::from_millis(200)), &mut events)
            .expect("wait");
        for e in events.drain(..) {
            match e {
                BackendEvent::Resized { width, height } => app.resize(width, height),
                BackendEvent::ContentLost => app.request_full_frame(),
                BackendEvent::DensityChanged(d) => app.set_density(d),
                BackendEvent::Input(i) => {
                    app.handle_input(&i);
                }
                BackendEvent::Accessibility(_) => {}
                BackendEvent::CloseRequested => panic!("the compositor closed the window"),
            }
        }
        if backend.ready_for_frame() {
            // Change the UI every frame, as an animation would.
            if !presented.is_empty() {
                clicks.update(|c| *c += 1);
            }
            if backend.present(&mut app, &mut renderer).expect("present") {
                presented.push(start.elapsed());
                assert!(
                    !backend.ready_for_frame(),
                    "no second frame before the callback"
                );
            }
        }
    }
    assert!(backend.is_configured());
    assert_eq!(presented.len(), 10, "frames presented: {presented:?}");
    assert_eq!(backend.size(), (320, 240)); // the profile's size: headless Weston lets us pick
    let span = presented[9] - presented[0];
    eprintln!("10 frames in {span:?} after configure: {presented:?}");
    // Paced by the compositor's repaint (60 Hz on headless Weston), not as fast as we draw.
    assert!(
        span >= Duration::from_millis(60),
        "frames were not paced: {span:?}"
    );

    // Then idle through the shared loop: nothing changes, nothing is drawn.
    let options = RunOptions {
        exit_after: Some(Duration::from_millis(500)),
        ..RunOptions::default()
    };
    let stats = run(&mut backend, &mut app, &SystemClock::new(), &options).expect("run");
    assert_eq!(stats.frames, 0, "{stats:?}");
    assert_eq!(backend.frames(), 10);
    drop(backend); // disconnects cleanly: the compositor logs no protocol error
}
