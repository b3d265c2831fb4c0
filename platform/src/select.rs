//! Choosing a platform: `ARKUI_PLATFORM` overrides; otherwise a display means a window and
//! no display means headless.

use crate::Error;

/// The platforms this build knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlatformKind {
    /// A desktop window (winit).
    Winit,
    /// Frames to memory / PNG.
    Headless,
}

/// Which platform to use, and why (for the one log line that says so).
///
/// ```
/// use arkui_platform::{PlatformKind, choose_platform};
/// let (kind, _why) = choose_platform(Some("headless"), false, false).unwrap();
/// assert_eq!(kind, PlatformKind::Headless);
/// assert!(choose_platform(Some("nonsense"), false, false).is_err());
/// ```
pub fn choose_platform(
    requested: Option<&str>,
    has_display: bool,
    has_wayland: bool,
) -> Result<(PlatformKind, String), Error> {
    let windowing = cfg!(feature = "winit");
    match requested.map(str::trim).filter(|s| !s.is_empty()) {
        Some("headless") => Ok((PlatformKind::Headless, "ARKUI_PLATFORM=headless".into())),
        Some("winit") if windowing => {
            if has_display || has_wayland {
                Ok((PlatformKind::Winit, "ARKUI_PLATFORM=winit".into()))
            } else {
                Err(Error::Unavailable {
                    platform: "winit".into(),
                    reason: "neither DISPLAY nor WAYLAND_DISPLAY is set".into(),
                })
            }
        }
        Some("winit") => Err(Error::Unavailable {
            platform: "winit".into(),
            reason: "this build has no `winit` feature".into(),
        }),
        Some(other @ ("wayland" | "fbdev" | "drm")) => Err(Error::Unavailable {
            platform: other.into(),
            reason: "this build does not include that backend".into(),
        }),
        Some(other) => Err(Error::Unavailable {
            platform: other.into(),
            reason: "unknown platform; use one of winit, wayland, fbdev, drm, headless".into(),
        }),
        None if windowing && has_wayland => {
            Ok((PlatformKind::Winit, "WAYLAND_DISPLAY is set".into()))
        }
        None if windowing && has_display => Ok((PlatformKind::Winit, "DISPLAY is set".into())),
        None => Ok((
            PlatformKind::Headless,
            "no display found (DISPLAY and WAYLAND_DISPLAY unset)".into(),
        )),
    }
}

/// [`choose_platform`] with this process's environment.
pub fn platform_from_env() -> Result<(PlatformKind, String), Error> {
    let set = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
    let requested = std::env::var("ARKUI_PLATFORM").ok();
    choose_platform(requested.as_deref(), set("DISPLAY"), set("WAYLAND_DISPLAY"))
}
