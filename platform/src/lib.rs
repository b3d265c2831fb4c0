//! # arkui-platform
//!
//! Where frames go: a desktop window (feature `winit`, presenting the software renderer with
//! softbuffer), or headless memory and PNG files (feature `headless`, used by tests, CI and by
//! apps started with no display). [`launch`] picks one the way users expect: a window when a
//! display exists, headless otherwise, `ARKUI_PLATFORM` to override.
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

mod canvas;
mod error;
mod headless;
mod select;
#[cfg(feature = "winit")]
mod window;

pub use canvas::Canvas;
pub use error::Error;
pub use headless::{InspectorValue, TestApp, default_output_dir, render_to_png};
pub use select::{PlatformKind, choose_platform, platform_from_env};
#[cfg(feature = "winit")]
pub use window::{WindowOptions, run_window};

use arkui_core::{App, DeviceProfile, Element, set_font_source};
use arkui_renderer::text::FontSource;

/// Run component `E` as an app: in a window when a display exists, else render one frame
/// headlessly to `arkui-out/app.png` (or `$ARKUI_OUT/app.png`) and print its path.
pub fn launch<E: Element<()>>() -> Result<(), Error> {
    launch_with::<E>(DeviceProfile::desktop(800, 600))
}

/// [`launch`] under a given device profile.
pub fn launch_with<E: Element<()>>(profile: DeviceProfile) -> Result<(), Error> {
    set_font_source(FontSource::BundledAndSystem);
    let (kind, why) = platform_from_env()?;
    log::info!("platform: {kind:?} ({why})");
    match kind {
        #[cfg(feature = "winit")]
        PlatformKind::Winit => run_window(
            App::new::<E>(profile),
            WindowOptions {
                title: "arkui".into(),
                exit_after: None,
            },
        ),
        #[cfg(not(feature = "winit"))]
        PlatformKind::Winit => {
            unreachable!("choose_platform never picks winit without the feature")
        }
        PlatformKind::Headless => {
            let mut app = App::new::<E>(profile);
            let path = render_to_png(&mut app, default_output_dir().join("app.png"))?;
            println!("{}", path.display());
            Ok(())
        }
    }
}
