//! # arkui-platform
//!
//! Where frames go and input comes from. One trait, [`Backend`], several backends, each a
//! cargo feature: a desktop window (`winit`, presenting the software renderer with
//! softbuffer, or wgpu on the window's surface with `wgpu` when an adapter exists), a Wayland window without winit (`wayland`, smithay-client-toolkit and
//! wl_shm), the Linux framebuffer with evdev input (`fbdev`), DRM/KMS dumb buffers (`drm`),
//! and memory / PNG files (`headless`, used by tests, CI and apps started with no display).
//! One frame loop, [`run`], drives them all: nothing changed, no frame.
//!
//! [`launch`] picks a platform the way users expect — a window when a display exists, the
//! framebuffer when `/dev/fb0` is writable, headless otherwise, `ARKUI_PLATFORM` to
//! override — and logs one line saying what it chose and why.
//!
//! ```
//! use arkui_core::{CommonAttribute, DeviceProfile, NodeId, NodeKind, Color};
//! use arkui_platform::TestApp;
//! let mut t = TestApp::with_view(DeviceProfile::iot(), || {
//!     NodeId::create("Column", NodeKind::Flex).width(10.0).height(10.0).background_color(Color::RED)
//! });
//! let frame = t.render();
//! assert_eq!((frame.width(), frame.height()), (320, 240));
//! assert_eq!(frame.pixel(160, 5), [255, 0, 0, 255]); // the red box, centred at the top
//! assert_eq!(frame.pixel(5, 5), [255, 255, 255, 255]); // white page
//! ```
#![deny(unsafe_code)]

mod backend;
mod canvas;
mod clock;
#[cfg(any(feature = "winit", feature = "wayland", feature = "drm"))]
mod damage_history;
mod error;
mod headless;
mod headless_backend;
mod launch;
mod logger;
mod present;
mod rotation;
mod run_loop;
mod select;
#[cfg(any(feature = "winit", feature = "wayland"))]
mod system_opener;
mod text_entry;
#[cfg(all(unix, feature = "uitest"))]
mod uitest;
#[cfg(feature = "winit")]
mod window;
#[cfg(all(feature = "winit", feature = "wgpu"))]
mod window_gpu;
#[cfg(feature = "winit")]
mod window_input;
#[cfg(feature = "winit")]
mod window_presenter;

#[cfg(feature = "drm")]
pub mod drm;
#[cfg(any(feature = "fbdev", feature = "drm"))]
pub mod evdev;
#[cfg(feature = "fbdev")]
pub mod fbdev;
#[cfg(feature = "wayland")]
pub mod wayland;

pub use backend::{Backend, BackendEvent};
pub use canvas::Canvas;
pub use clock::{Clock, ManualClock, SystemClock};
pub use error::Error;
pub use headless::{InspectorValue, TestApp, default_output_dir, render_to_png};
pub use headless_backend::HeadlessBackend;
pub use launch::{
    LaunchOptions, launch, launch_with, profile_from_env, run_platform, run_platform_with,
};
pub use logger::init_logging;
pub use rotation::{Rotation, parse_rotation, rotation_from_env};
pub use run_loop::{LoopFlow, LoopService, RunOptions, RunStats, Waker, run, run_with_service};
pub use select::{Environment, PlatformKind, choose_platform, platform_from_env};
#[cfg(any(feature = "winit", feature = "wayland"))]
pub use system_opener::SystemUrlOpener;
pub use text_entry::TextEntryFilter;
#[cfg(all(unix, feature = "uitest"))]
pub use uitest::{UiTestConfig, UiTestServer};
#[cfg(feature = "winit")]
pub use window::{WindowOptions, WinitBackend, run_window};
