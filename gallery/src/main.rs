//! The arkui-rs gallery.
//!
//! With a display (DISPLAY or WAYLAND_DISPLAY) it opens a window; on a board with a writable
//! /dev/fb0 (and the `fbdev` feature) it runs on the framebuffer; `ARKUI_PLATFORM` overrides.
//! Without any it renders every page under every device profile to PNG files, prints their
//! paths and exits: the embedded default.
//!
//! ```text
//! cargo run -p arkui-gallery                        # window, or PNGs in ./gallery-out
//! cargo run -p arkui-gallery -- --headless --out DIR
//! cargo run -p arkui-gallery -- --exit-after-ms 3000 # window that closes itself
//! cargo run -p arkui-gallery --features wgpu         # window that can draw with the GPU
//! ARKUI_UITEST=1 cargo run -p arkui-gallery          # driven from outside by arkui-uitest
//! ```
//!
//! With UI testing on (`ARKUI_UITEST=1` or `--uitest`) the gallery runs interactively even
//! with no display: headless, it keeps the menu mounted for `arkui-uitest` to drive until
//! the driver closes it, instead of writing PNGs.
//!
//! In the window, "Device" opens the device bar: switch the profile (the window takes the
//! device's size in vp) and the renderer (software or GPU; what draws is shown beside it).

use arkui_gallery::pages;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use arkui::DeviceProfile;
use arkui::platform::{
    LaunchOptions, PlatformKind, platform_from_env, render_to_png, run_platform,
};
use arkui::renderer::text::FontSource;

struct Options {
    headless: bool,
    out: PathBuf,
    exit_after: Option<Duration>,
    profiles: Vec<DeviceProfile>,
    page: Option<String>,
    uitest: bool,
}

fn usage() -> &'static str {
    "usage: arkui-gallery [--headless] [--uitest] [--out DIR] [--profile NAME]... [--page NAME] [--exit-after-ms MS]\n\
     profiles: phone, tablet, tv, wearable, iot, desktop\n\
     pages: gallery (the menu, default in a window), adaptive, counter, todo, settings, basic, theme"
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        headless: false,
        out: PathBuf::from("gallery-out"),
        exit_after: None,
        profiles: Vec::new(),
        page: None,
        uitest: std::env::var("ARKUI_UITEST").is_ok_and(|v| v == "1"),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--headless" => o.headless = true,
            "--uitest" => o.uitest = true,
            "--out" => o.out = args.next().ok_or("--out needs a directory")?.into(),
            "--page" => o.page = Some(args.next().ok_or("--page needs a name")?),
            "--profile" => {
                let name = args.next().ok_or("--profile needs a name")?;
                o.profiles.push(
                    DeviceProfile::by_name(&name)
                        .ok_or(format!("unknown profile `{name}`\n{}", usage()))?,
                );
            }
            "--exit-after-ms" => {
                let ms: u64 = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or("--exit-after-ms needs a number")?;
                o.exit_after = Some(Duration::from_millis(ms));
            }
            "-h" | "--help" => return Err(usage().into()),
            other => return Err(format!("unknown argument `{other}`\n{}", usage())),
        }
    }
    Ok(o)
}

fn headless(o: &Options) -> Result<(), arkui::PlatformError> {
    let profiles = if o.profiles.is_empty() {
        // The desktop preset is the window's; headless output covers the device presets.
        DeviceProfile::presets()
            .into_iter()
            .filter(|p| p.name != "desktop")
            .collect()
    } else {
        o.profiles.clone()
    };
    for profile in &profiles {
        // The menu itself, as a window shows it.
        let mut app = arkui::App::new::<pages::GalleryShell>(profile.clone());
        let path = render_to_png(
            &mut app,
            o.out.join(format!("gallery-{}.png", profile.name)),
        )?;
        println!("{}", path.display());
    }
    for page in pages::all() {
        for profile in &profiles {
            let name = format!("{}-{}.png", page.name, profile.name);
            let mut app = page.mount(profile.clone());
            let path = render_to_png(&mut app, o.out.join(name))?;
            println!("{}", path.display());
        }
    }
    Ok(())
}

/// Show the first page on an interactive platform (a window, the framebuffer, DRM).
fn interactive(kind: PlatformKind, o: &Options) -> Result<(), arkui::PlatformError> {
    // `--profile`, else `ARKUI_PROFILE` (as the previewer sets it), else a small desktop.
    let profile = match o.profiles.first() {
        Some(p) => p.clone(),
        None => {
            arkui::platform::profile_from_env()?.unwrap_or_else(|| DeviceProfile::desktop(480, 640))
        }
    };
    let app = match o.page.as_deref() {
        None | Some("gallery") => arkui::App::new::<pages::GalleryShell>(profile),
        Some(name) => match pages::all().into_iter().find(|p| p.name == name) {
            Some(page) => page.mount(profile),
            None => {
                return Err(arkui::PlatformError::Unavailable {
                    platform: "gallery".into(),
                    reason: format!("no page named `{name}`\n{}", usage()),
                });
            }
        },
    };
    run_platform(
        kind,
        app,
        &LaunchOptions {
            title: "arkui-rs gallery".into(),
            exit_after: o.exit_after,
            uitest: o.uitest,
            ..LaunchOptions::default()
        },
    )
}

fn main() -> ExitCode {
    // The platform's reports (platform, renderer, frames) on stderr; ARKUI_LOG=off hides them.
    arkui::platform::init_logging();
    let options = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let result = if options.uitest && options.headless {
        // Driven from outside: the menu stays up, headless, for the driver.
        arkui::set_font_source(FontSource::BundledOnly);
        interactive(PlatformKind::Headless, &options)
    } else if options.headless {
        arkui::set_font_source(FontSource::BundledOnly);
        headless(&options)
    } else {
        match platform_from_env() {
            Ok((PlatformKind::Headless, why)) if options.uitest => {
                eprintln!("arkui-gallery: running headless for UI testing ({why})");
                arkui::set_font_source(FontSource::BundledOnly);
                interactive(PlatformKind::Headless, &options)
            }
            Ok((PlatformKind::Headless, why)) => {
                eprintln!(
                    "arkui-gallery: rendering headless to {} ({why})",
                    options.out.display()
                );
                arkui::set_font_source(FontSource::BundledOnly);
                headless(&options)
            }
            Ok((kind, why)) => {
                eprintln!("arkui-gallery: running on {kind} ({why})");
                arkui::set_font_source(FontSource::BundledAndSystem);
                interactive(kind, &options)
            }
            Err(e) => Err(e),
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("arkui-gallery: {e}");
            ExitCode::FAILURE
        }
    }
}
