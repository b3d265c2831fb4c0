//! The shell's device bar: switch the device profile live (everything re-lays out at the
//! new size, density and device type) and the renderer, and see what draws the frames.
//!
//! The bar asks; the app and the platform do: a profile is applied before the next layout
//! (`AppRequests::request_profile`), a renderer by the platform before its next frame, which
//! reports what it could do (`AppRequests::renderer_status`) — shown here, so a GPU that is
//! not there (no `wgpu` feature, no adapter, headless output) is visible in the UI.

use arkui::prelude::*;
use arkui::{AppRequests, DeviceKind, MediaEnv, RendererChoice};

/// The profiles the bar offers, by preset name (`DeviceProfile::by_name`).
pub const PROFILES: [&str; 6] = ["phone", "tablet", "tv", "wearable", "iot", "desktop"];

fn kind_of(name: &str) -> Option<DeviceKind> {
    DeviceProfile::by_name(name).map(|p| p.kind)
}

/// A small button, filled with the brand colour while `selected` says so.
fn chip(label: &'static str, id: String, selected: impl Fn() -> bool + 'static) -> Button {
    let fill = move || {
        if selected() {
            theme().brand
        } else {
            theme().comp_background_gray
        }
    };
    let ink = move |on: bool| {
        if on {
            theme().font_on_primary
        } else {
            theme().font_primary
        }
    };
    let button = ui! {
        Button(label)
            .id(id.clone())
            .height(28.vp())
            .font_size(12.fp())
            .padding(Edges::symmetric(10.vp(), 0.vp()))
    };
    // Bound apart from `ui!`: the colours follow the selection and the theme.
    arkui::macro_support::attr(
        move || (fill(), ink(fill() == theme().brand)),
        move |(f, i)| {
            button.background_color(f).font_color(i);
        },
    );
    button
}

/// The device bar.
#[component]
pub struct DeviceBar {}

impl DeviceBar {
    fn build(&self) -> impl View {
        let requests = AppRequests::current();
        let media = MediaEnv::current();
        let profiles = Flex::new()
            .wrap(FlexWrap::Wrap)
            .space(4.vp())
            .id("profiles");
        for name in PROFILES {
            let selected = move || media.is_some_and(|m| Some(m.device_kind()) == kind_of(name));
            let b = chip(name, format!("profile-{name}"), selected).on_click(move |_| {
                if let (Some(r), Some(p)) = (requests, DeviceProfile::by_name(name)) {
                    r.request_profile(p);
                }
            });
            profiles.child(b);
        }
        let status = move || requests.map(|r| r.renderer_status()).unwrap_or_default();
        let renderer = move |label: &'static str, choice: RendererChoice| {
            let id = format!("renderer-{}", label.to_lowercase());
            chip(label, id, move || status().active == Some(choice)).on_click(move |_| {
                if let Some(r) = requests {
                    r.request_renderer(choice);
                }
            })
        };
        let software = renderer("Software", RendererChoice::Software);
        let gpu = renderer("GPU", RendererChoice::Gpu);
        ui! {
            Column(space = 4.vp()) {
                profiles
                Row(space = 4.vp()) {
                    software
                    gpu
                }
                Text(format!("Renderer: {}", status()))
                    .width(pct(100.0))
                    .font_size(12.fp())
                    .font_color(theme().font_secondary)
                    .id("renderer-status")
            }
            .width(pct(100.0))
            .align_items(HorizontalAlign::Start)
            .padding(Edges::symmetric(8.vp(), 0.vp()))
            .id("device-bar")
        }
    }
}
