//! Platform selection: the automatic choice, the `ARKUI_PLATFORM` override, and clear errors
//! (never panics) for choices this machine or this build cannot honour.

use std::path::PathBuf;

use arkui_platform::{Environment, Error, PlatformKind, choose_platform};

fn env(display: bool, wayland: bool, fb: bool, drm: bool) -> Environment {
    Environment {
        display,
        wayland_display: wayland,
        framebuffer: PathBuf::from("/dev/fb0"),
        framebuffer_writable: fb,
        drm_card: PathBuf::from("/dev/dri/card0"),
        drm_card_writable: drm,
    }
}

fn reason(e: Error) -> String {
    match e {
        Error::Unavailable { reason, .. } => reason,
        other => panic!("expected Unavailable, got {other:?}"),
    }
}

#[test]
fn automatic_choice_prefers_a_window_then_the_framebuffer_then_headless() {
    let auto = |e: &Environment| choose_platform(None, e).expect("automatic choice never fails");
    let window = if cfg!(feature = "winit") {
        Some(PlatformKind::Winit)
    } else if cfg!(feature = "wayland") {
        Some(PlatformKind::Wayland)
    } else {
        None
    };
    let (kind, why) = auto(&env(false, true, true, true));
    match window {
        Some(w) => assert_eq!((kind, why.as_str()), (w, "WAYLAND_DISPLAY is set")),
        None => assert_ne!(kind, PlatformKind::Winit),
    }
    if cfg!(feature = "winit") {
        assert_eq!(auto(&env(true, false, true, false)).0, PlatformKind::Winit);
    }
    let (kind, why) = auto(&env(false, false, true, true));
    if cfg!(feature = "fbdev") {
        assert_eq!(kind, PlatformKind::Fbdev);
        assert!(why.contains("/dev/fb0 is writable"), "{why}");
    } else {
        assert_eq!(kind, PlatformKind::Headless);
    }
    // DRM is only used when asked for: a writable card alone does not pick it.
    assert_eq!(
        auto(&env(false, false, false, true)).0,
        PlatformKind::Headless
    );
    let (kind, why) = auto(&env(false, false, false, false));
    assert_eq!(kind, PlatformKind::Headless);
    assert!(why.contains("no usable display"), "{why}");
}

#[test]
fn every_override_is_honoured_or_refused_with_the_fix() {
    let nothing = env(false, false, false, false);
    let everything = env(true, true, true, true);
    for kind in PlatformKind::ALL {
        let name = kind.name();
        if !kind.is_compiled() {
            let r = reason(choose_platform(Some(name), &everything).unwrap_err());
            assert!(r.contains("rebuild") && r.contains(name), "{name}: {r}");
            continue;
        }
        let (chosen, why) = choose_platform(Some(name), &everything).expect("available");
        assert_eq!(chosen, kind);
        assert_eq!(why, format!("ARKUI_PLATFORM={name}"));
        if kind != PlatformKind::Headless {
            let r = reason(choose_platform(Some(name), &nothing).unwrap_err());
            let hint = match kind {
                PlatformKind::Winit => "DISPLAY",
                PlatformKind::Wayland => "WAYLAND_DISPLAY",
                PlatformKind::Fbdev => "/dev/fb0",
                PlatformKind::Drm => "/dev/dri/card0",
                PlatformKind::Headless => unreachable!(),
            };
            assert!(r.contains(hint), "{name}: {r}");
        }
    }
    let r = reason(choose_platform(Some("directfb"), &everything).unwrap_err());
    assert!(r.contains("winit, wayland, fbdev, drm, headless"), "{r}");
    // Blank means "choose for me".
    assert!(choose_platform(Some("  "), &nothing).is_ok());
}

#[cfg(feature = "fbdev")]
#[test]
fn a_file_that_is_not_a_framebuffer_is_a_clear_error() {
    let path = std::env::temp_dir().join(format!("arkui-not-a-fb-{}", std::process::id()));
    std::fs::write(&path, [0u8; 64]).expect("temp file");
    let err = arkui_platform::fbdev::LinuxFramebuffer::open(&path).unwrap_err();
    let text = err.to_string();
    let _ = std::fs::remove_file(&path);
    assert!(text.contains("FBIOGET_VSCREENINFO"), "{text}");
    assert!(arkui_platform::fbdev::LinuxFramebuffer::open("/nonexistent/fb9").is_err());
}

#[cfg(feature = "drm")]
#[test]
fn a_device_that_is_not_a_drm_card_is_a_clear_error() {
    let err = arkui_platform::drm::DrmBackend::open("/dev/null").unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("DRM_IOCTL_MODE_GETRESOURCES") && text.contains("/dev/null"),
        "{text}"
    );
}
