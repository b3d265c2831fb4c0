//! The smithay-client-toolkit backend against a real compositor. Ignored by default: CI
//! runs it against Debian's Weston with its headless backend (.ci/steps/platform.sh):
//! `WAYLAND_DISPLAY=... cargo test -p arkui-platform --features wayland --test wayland -- --ignored`,
//! and again with `--features wayland,wgpu` (lavapipe) for wgpu on the wl_surface.
#![cfg(feature = "wayland")]

mod common;

use std::time::{Duration, Instant};

use arkui_core::{App, DeviceProfile, State};
use arkui_platform::wayland::WaylandBackend;
use arkui_platform::{Backend, BackendEvent, RunOptions, SystemClock, run};

/// Ten frames, the UI changing every frame as an animation would; when each was presented
/// (after connecting).
fn ten_animated_frames(
    backend: &mut WaylandBackend,
    app: &mut App,
    clicks: State<i32>,
) -> Vec<Duration> {
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
            if !presented.is_empty() {
                clicks.update(|c| *c += 1);
            }
            if backend.present(app).expect("present") {
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
    presented
}

/// Paced by the compositor's repaint (60 Hz on headless Weston), not as fast as we draw.
fn assert_paced(presented: &[Duration]) {
    let span = presented[9] - presented[0];
    eprintln!("10 frames in {span:?} after configure: {presented:?}");
    assert!(
        span >= Duration::from_millis(60),
        "frames were not paced: {span:?}"
    );
}

#[test]
#[ignore = "needs a Wayland compositor (WAYLAND_DISPLAY)"]
fn frames_are_driven_by_frame_callbacks_on_a_real_compositor() {
    // The iot profile asks for the software renderer: wl_shm even in a build with wgpu.
    let (mut app, clicks) = common::toggle_app(DeviceProfile::iot());
    let mut backend = WaylandBackend::connect("arkui wayland test", &app).expect("connect");
    assert_eq!(backend.gpu_adapter(), None);
    let presented = ten_animated_frames(&mut backend, &mut app, clicks);
    assert_eq!(backend.size(), (320, 240)); // the profile's size: headless Weston lets us pick
    assert_paced(&presented);

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

#[cfg(feature = "wgpu")]
#[test]
#[ignore = "needs a Wayland compositor (WAYLAND_DISPLAY) and a Vulkan or GL driver (lavapipe)"]
fn wgpu_presents_on_the_wl_surface_paced_by_frame_callbacks() {
    let mut profile = DeviceProfile::iot();
    // `Gpu` insists: a wl_surface wgpu cannot present to fails `connect` with the reason.
    profile.renderer = arkui_core::RendererChoice::Gpu;
    let (mut app, clicks) = common::toggle_app(profile);
    let mut backend = match WaylandBackend::connect("arkui wayland wgpu test", &app) {
        Ok(backend) => backend,
        Err(e) => panic!("wgpu cannot present to this compositor's wl_surface: {e}"),
    };
    let adapter = backend
        .gpu_adapter()
        .expect("a Gpu profile draws with wgpu or fails to connect")
        .to_string();
    eprintln!("wgpu presents on the wl_surface with {adapter}");
    let presented = ten_animated_frames(&mut backend, &mut app, clicks);
    assert_eq!(backend.size(), (320, 240));
    assert_eq!(backend.gpu_adapter(), Some(adapter.as_str()), "still wgpu");
    assert_paced(&presented);
    assert_eq!(backend.frames(), 10);
    drop(backend);
}
