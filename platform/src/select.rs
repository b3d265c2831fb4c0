//! Choosing a platform: `ARKUI_PLATFORM` overrides; otherwise a display means a window, a
//! writable framebuffer means fbdev, and nothing means headless.

use std::fmt;
use std::path::PathBuf;

use crate::Error;

/// The platforms arkui-rs knows (each a cargo feature of this crate).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlatformKind {
    /// A desktop window (winit, X11 or Wayland).
    Winit,
    /// A Wayland window through smithay-client-toolkit, no winit.
    Wayland,
    /// The Linux framebuffer, `/dev/fbN`.
    Fbdev,
    /// DRM/KMS dumb buffers, `/dev/dri/cardN`.
    Drm,
    /// Frames to memory / PNG.
    Headless,
}

impl PlatformKind {
    /// Every platform, in `ARKUI_PLATFORM` spelling order.
    pub const ALL: [PlatformKind; 5] = [
        PlatformKind::Winit,
        PlatformKind::Wayland,
        PlatformKind::Fbdev,
        PlatformKind::Drm,
        PlatformKind::Headless,
    ];

    /// The `ARKUI_PLATFORM` value and cargo feature name.
    ///
    /// ```
    /// use arkui_platform::PlatformKind;
    /// assert_eq!(PlatformKind::Fbdev.name(), "fbdev");
    /// assert_eq!(PlatformKind::from_name("drm"), Some(PlatformKind::Drm));
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            PlatformKind::Winit => "winit",
            PlatformKind::Wayland => "wayland",
            PlatformKind::Fbdev => "fbdev",
            PlatformKind::Drm => "drm",
            PlatformKind::Headless => "headless",
        }
    }

    /// The kind spelled `name`.
    pub fn from_name(name: &str) -> Option<PlatformKind> {
        PlatformKind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Whether this build includes the backend.
    pub const fn is_compiled(self) -> bool {
        match self {
            PlatformKind::Winit => cfg!(feature = "winit"),
            PlatformKind::Wayland => cfg!(feature = "wayland"),
            PlatformKind::Fbdev => cfg!(feature = "fbdev"),
            PlatformKind::Drm => cfg!(feature = "drm"),
            PlatformKind::Headless => true,
        }
    }
}

impl fmt::Display for PlatformKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What this machine offers, as far as choosing a platform goes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Environment {
    /// `DISPLAY` is set.
    pub display: bool,
    /// `WAYLAND_DISPLAY` is set.
    pub wayland_display: bool,
    /// The framebuffer device (`ARKUI_FBDEV`, default `/dev/fb0`).
    pub framebuffer: PathBuf,
    /// Whether it can be opened for writing.
    pub framebuffer_writable: bool,
    /// The DRM card (`ARKUI_DRM_CARD`, default `/dev/dri/card0`).
    pub drm_card: PathBuf,
    /// Whether it can be opened for writing.
    pub drm_card_writable: bool,
}

impl Environment {
    /// Look at this process's environment variables and devices.
    pub fn probe() -> Environment {
        let set = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
        let path = |k: &str, default: &str| {
            std::env::var_os(k)
                .filter(|v| !v.is_empty())
                .map_or_else(|| PathBuf::from(default), PathBuf::from)
        };
        let writable = |p: &PathBuf| std::fs::OpenOptions::new().write(true).open(p).is_ok();
        let framebuffer = path("ARKUI_FBDEV", "/dev/fb0");
        let drm_card = path("ARKUI_DRM_CARD", "/dev/dri/card0");
        Environment {
            display: set("DISPLAY"),
            wayland_display: set("WAYLAND_DISPLAY"),
            framebuffer_writable: writable(&framebuffer),
            framebuffer,
            drm_card_writable: writable(&drm_card),
            drm_card,
        }
    }
}

/// Which platform to use, and why (for the one log line that says so).
///
/// ```
/// use arkui_platform::{Environment, PlatformKind, choose_platform};
/// let nothing = Environment::default();
/// let (kind, why) = choose_platform(Some("headless"), &nothing).unwrap();
/// assert_eq!((kind, why.as_str()), (PlatformKind::Headless, "ARKUI_PLATFORM=headless"));
/// assert!(choose_platform(Some("nonsense"), &nothing).is_err());
/// assert!(choose_platform(Some("fbdev"), &nothing).is_err()); // no writable /dev/fb0
/// assert_eq!(choose_platform(None, &nothing).unwrap().0, PlatformKind::Headless);
/// ```
pub fn choose_platform(
    requested: Option<&str>,
    env: &Environment,
) -> Result<(PlatformKind, String), Error> {
    let unavailable = |kind: PlatformKind, reason: String| Error::Unavailable {
        platform: kind.name().into(),
        reason,
    };
    if let Some(name) = requested.map(str::trim).filter(|s| !s.is_empty()) {
        let Some(kind) = PlatformKind::from_name(name) else {
            return Err(Error::Unavailable {
                platform: name.into(),
                reason: "unknown platform; use one of winit, wayland, fbdev, drm, headless".into(),
            });
        };
        if !kind.is_compiled() {
            return Err(unavailable(
                kind,
                format!(
                    "this build has no `{name}` backend; rebuild with the arkui-platform \
                     feature `{name}`"
                ),
            ));
        }
        let why = format!("ARKUI_PLATFORM={name}");
        let missing = match kind {
            PlatformKind::Winit if !env.display && !env.wayland_display => {
                Some("neither DISPLAY nor WAYLAND_DISPLAY is set".to_string())
            }
            PlatformKind::Wayland if !env.wayland_display => {
                Some("WAYLAND_DISPLAY is not set (is a compositor running?)".to_string())
            }
            PlatformKind::Fbdev if !env.framebuffer_writable => Some(format!(
                "{} is missing or not writable (set ARKUI_FBDEV, or add the user to the \
                 `video` group)",
                env.framebuffer.display()
            )),
            PlatformKind::Drm if !env.drm_card_writable => Some(format!(
                "{} is missing or not writable (set ARKUI_DRM_CARD, or add the user to the \
                 `video` group)",
                env.drm_card.display()
            )),
            _ => None,
        };
        return match missing {
            Some(reason) => Err(unavailable(kind, reason)),
            None => Ok((kind, why)),
        };
    }
    let compiled = PlatformKind::is_compiled;
    if env.wayland_display && compiled(PlatformKind::Winit) {
        return Ok((PlatformKind::Winit, "WAYLAND_DISPLAY is set".into()));
    }
    if env.wayland_display && compiled(PlatformKind::Wayland) {
        return Ok((PlatformKind::Wayland, "WAYLAND_DISPLAY is set".into()));
    }
    if env.display && compiled(PlatformKind::Winit) {
        return Ok((PlatformKind::Winit, "DISPLAY is set".into()));
    }
    if env.framebuffer_writable && compiled(PlatformKind::Fbdev) {
        return Ok((
            PlatformKind::Fbdev,
            format!("no display, {} is writable", env.framebuffer.display()),
        ));
    }
    Ok((
        PlatformKind::Headless,
        format!(
            "no usable display (DISPLAY and WAYLAND_DISPLAY unset or without a backend, {} \
             not writable or fbdev not built)",
            env.framebuffer.display()
        ),
    ))
}

/// [`choose_platform`] with this process's environment (`ARKUI_PLATFORM`, [`Environment::probe`]).
pub fn platform_from_env() -> Result<(PlatformKind, String), Error> {
    let requested = std::env::var("ARKUI_PLATFORM").ok();
    choose_platform(requested.as_deref(), &Environment::probe())
}
