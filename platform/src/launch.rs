//! Starting an app on the chosen platform: [`launch`] for apps, [`run_platform`] for
//! callers (the gallery) that chose the platform themselves.

use std::path::PathBuf;
use std::time::Duration;

use arkui_core::{App, DeviceProfile, Element, set_font_source};
use arkui_renderer::text::FontSource;

use crate::{Environment, Error, PlatformKind, platform_from_env, render_to_png};

/// How [`run_platform`] runs an app.
///
/// ```
/// let o = arkui_platform::LaunchOptions::default();
/// assert_eq!(o.title, "arkui");
/// assert!(o.exit_after.is_none());
/// assert!(!o.uitest); // never on unless asked for
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct LaunchOptions {
    /// Window title (winit, Wayland).
    pub title: String,
    /// Stop after this long (smoke tests, screenshots).
    pub exit_after: Option<Duration>,
    /// Where headless output goes.
    pub headless_png: PathBuf,
    /// Open the UI test socket (`arkui-uitest` drives the app from outside) even when
    /// `ARKUI_UITEST=1` is not set. Headless, the app then keeps running for the driver
    /// instead of writing one PNG.
    pub uitest: bool,
}

impl Default for LaunchOptions {
    fn default() -> Self {
        LaunchOptions {
            title: "arkui".into(),
            exit_after: None,
            headless_png: crate::default_output_dir().join("app.png"),
            uitest: false,
        }
    }
}

/// Run component `E` as an app: in a window when a display exists, on the framebuffer when
/// `/dev/fb0` is writable, else render one frame headlessly to `arkui-out/app.png` (or
/// `$ARKUI_OUT/app.png`) and print its path.
///
/// The device profile is an 800x600 desktop, or the preset named by `ARKUI_PROFILE`
/// (`phone`, `tablet`, `tv`, `wearable`, `iot`, `desktop`), as the previewer sets it.
pub fn launch<E: Element<()>>() -> Result<(), Error> {
    launch_with::<E>(profile_from_env()?.unwrap_or_else(|| DeviceProfile::desktop(800, 600)))
}

/// The preset `ARKUI_PROFILE` names, if set; an unknown name is an error listing the presets.
///
/// ```
/// // Unset in doctests: no profile is chosen.
/// assert!(std::env::var_os("ARKUI_PROFILE").is_some() || arkui_platform::profile_from_env().unwrap().is_none());
/// ```
pub fn profile_from_env() -> Result<Option<DeviceProfile>, Error> {
    let Some(name) = std::env::var("ARKUI_PROFILE")
        .ok()
        .filter(|n| !n.is_empty())
    else {
        return Ok(None);
    };
    DeviceProfile::by_name(&name).map(Some).ok_or_else(|| {
        let names: Vec<String> = DeviceProfile::presets()
            .into_iter()
            .map(|p| p.name.to_string())
            .collect();
        Error::Unavailable {
            platform: "profile".into(),
            reason: format!(
                "ARKUI_PROFILE={name:?} is not a profile; use one of {}",
                names.join(", ")
            ),
        }
    })
}

/// [`launch`] under a given device profile.
pub fn launch_with<E: Element<()>>(profile: DeviceProfile) -> Result<(), Error> {
    set_font_source(FontSource::BundledAndSystem);
    crate::init_logging();
    let (kind, why) = platform_from_env()?;
    log::info!("platform: {kind} ({why})");
    run_platform(kind, App::new::<E>(profile), &LaunchOptions::default())
}

/// Run `app` on platform `kind` until it is closed (or `exit_after` passes). Headless
/// renders one frame to `options.headless_png` and prints its path, unless UI testing is on
/// (`options.uitest` or `ARKUI_UITEST=1`): then it runs until the driver closes it.
pub fn run_platform(kind: PlatformKind, app: App, options: &LaunchOptions) -> Result<(), Error> {
    run_platform_with(kind, app, options, &mut crate::run_loop::NoService)
}

/// [`run_platform`], serving `extra` between frames too (a tool that feeds the UI from
/// another thread, as the previewer does). Headless, the app keeps running (until `extra`
/// or a UI test driver closes it, or `exit_after`) only when UI testing is on; otherwise
/// one frame is written as with [`run_platform`].
pub fn run_platform_with(
    kind: PlatformKind,
    app: App,
    options: &LaunchOptions,
    extra: &mut dyn crate::LoopService,
) -> Result<(), Error> {
    let mut uitest = start_uitest(options)?;
    let serving = uitest.is_some();
    let mut app = app;
    restore_from_env(&mut app);
    let mut none = crate::run_loop::NoService;
    let first: &mut dyn crate::LoopService = match uitest.as_mut() {
        Some(s) => s,
        None => &mut none,
    };
    let mut both = crate::run_loop::Both(first, extra);
    let service: &mut dyn crate::LoopService = &mut both;
    let run_options = crate::RunOptions {
        exit_after: options.exit_after,
        ..crate::RunOptions::default()
    };
    let env = Environment::probe();
    let _ = &env;
    match kind {
        #[cfg(feature = "winit")]
        PlatformKind::Winit => {
            let mut backend = crate::WinitBackend::new(&options.title, &app)?;
            crate::system_opener::install();
            let clock = crate::SystemClock::new();
            let stats =
                crate::run_with_service(&mut backend, &mut app, &clock, &run_options, service)?;
            log::info!("window closed after {} frames", stats.frames);
            Ok(())
        }
        #[cfg(feature = "wayland")]
        PlatformKind::Wayland => {
            let mut backend = crate::wayland::WaylandBackend::connect(&options.title, &app)?;
            crate::system_opener::install();
            let clock = crate::SystemClock::new();
            let stats =
                crate::run_with_service(&mut backend, &mut app, &clock, &run_options, service)?;
            log::info!("wayland: {} frames", stats.frames);
            Ok(())
        }
        #[cfg(feature = "fbdev")]
        PlatformKind::Fbdev => {
            let mut backend = crate::fbdev::FbdevBackend::open(&env.framebuffer)?;
            let clock = crate::SystemClock::new();
            crate::run_with_service(&mut backend, &mut app, &clock, &run_options, service)?;
            Ok(())
        }
        #[cfg(feature = "drm")]
        PlatformKind::Drm => {
            let mut backend = crate::drm::DrmBackend::open(&env.drm_card)?;
            let clock = crate::SystemClock::new();
            crate::run_with_service(&mut backend, &mut app, &clock, &run_options, service)?;
            Ok(())
        }
        PlatformKind::Headless if serving => {
            let (w, h) = app.size();
            let mut backend = crate::HeadlessBackend::live(w, h);
            let clock = crate::SystemClock::new();
            let stats =
                crate::run_with_service(&mut backend, &mut app, &clock, &run_options, service)?;
            log::info!("headless app closed after {} frames", stats.frames);
            Ok(())
        }
        PlatformKind::Headless => {
            let path = render_to_png(&mut app, &options.headless_png)?;
            println!("{}", path.display());
            Ok(())
        }
        #[allow(
            unreachable_patterns,
            reason = "which arms exist depends on the features"
        )]
        other => Err(Error::Unavailable {
            platform: other.name().into(),
            reason: format!("this build has no `{other}` backend"),
        }),
    }
}

/// Start from the state in the file `ARKUI_RESTORE` names (an `App::snapshot`, written by
/// the previewer before a rebuild). A missing or unreadable file is reported and ignored:
/// the app starts fresh.
fn restore_from_env(app: &mut App) {
    let Some(path) = std::env::var_os("ARKUI_RESTORE").filter(|p| !p.is_empty()) else {
        return;
    };
    let snapshot = std::fs::read(&path)
        .map_err(|e| e.to_string())
        .and_then(|bytes| serde_json::from_slice(&bytes).map_err(|e| e.to_string()));
    match snapshot {
        Ok(snapshot) => {
            for problem in app.restore(&snapshot) {
                log::warn!("restore: {problem}");
            }
        }
        Err(e) => log::warn!(
            "restore: cannot read {}: {e}; starting fresh",
            std::path::Path::new(&path).display()
        ),
    }
}

/// The UI test server, when the options or the environment ask for one.
#[cfg(all(unix, feature = "uitest"))]
fn start_uitest(options: &LaunchOptions) -> Result<Option<crate::UiTestServer>, Error> {
    if options.uitest {
        return crate::UiTestServer::start(crate::UiTestConfig::default()).map(Some);
    }
    crate::UiTestServer::from_env()
}

#[cfg(not(all(unix, feature = "uitest")))]
fn start_uitest(options: &LaunchOptions) -> Result<Option<crate::run_loop::NoService>, Error> {
    let asked = options.uitest || std::env::var("ARKUI_UITEST").is_ok_and(|v| v == "1");
    if asked {
        return Err(Error::Unavailable {
            platform: "uitest".into(),
            reason: "this build has no UI test server (enable arkui-platform's `uitest` feature; Unix only)".into(),
        });
    }
    Ok(None)
}
