//! Realistic frames.
//! - `counter/*`: a counter page, from a click to pixels.
//! - `gallery/<page>/<profile>/*`: a real gallery page (`arkui-gallery`'s settings and basic
//!   pages) timed stage by stage: `build` (mounting the page: components, bindings, nodes),
//!   `layout` (the first layout of the mounted page), `display_list` (recording the laid-out
//!   page), `raster` (the software renderer drawing that list into a frame of the profile's
//!   pixel format), and `frame` (a tap on a button of the page, then its layout, display
//!   list and raster: what one interaction costs).
//!
//! `cargo bench -p arkui-benches --bench frame` (figures in benches/README.md, "Frame").

use std::hint::black_box;
use std::time::Duration;

use arkui::platform::Canvas;
use arkui::prelude::*;
use arkui::renderer::IRect;
use arkui::renderer::software::{RenderTarget, SoftwareRenderer};
use arkui_gallery::pages::Page;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

#[component]
struct Bench {
    #[state(0)]
    count: i32,
}

impl Bench {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 12.vp()) {
                Text(format!("Clicks: {}", self.count.get())).font_size(24.fp()).id("label")
                Button("Add").id("add").on_click(move |_| self.count.update(|c| *c += 1))
            }
            .width(pct(100.0))
            .padding(16.vp())
        }
    }
}

fn frame(c: &mut Criterion) {
    arkui::set_font_source(arkui::renderer::text::FontSource::BundledOnly);
    for profile in [DeviceProfile::iot(), DeviceProfile::phone()] {
        let mut app = App::new::<Bench>(profile.clone());
        let mut canvas = Canvas::new(0, 0);
        let mut renderer = SoftwareRenderer::new();
        canvas.render_app(&mut app, &mut renderer);
        c.bench_function(&format!("counter/click_and_frame/{}", profile.name), |b| {
            b.iter(|| {
                app.click_id("add").expect("button is mounted");
                canvas.render_app(&mut app, &mut renderer)
            })
        });
    }
}

/// A gallery page to time: its name in `pages::all()`, a node to probe layout with (small,
/// found early, so describing it costs next to nothing), and buttons the `frame` stage taps
/// in turn (so every tap changes what the page shows).
struct Scenario {
    page: &'static str,
    probe: &'static str,
    taps: &'static [&'static str],
    profile: DeviceProfile,
}

/// The profile's frame, owned by the bench, in the profile's pixel format.
struct Frame {
    pixels: Vec<u8>,
    width: u32,
    height: u32,
    format: arkui::PixelFormat,
}

impl Frame {
    fn for_profile(profile: &DeviceProfile) -> Frame {
        let (width, height) = profile.size_px;
        let format = profile.pixel_format;
        Frame {
            pixels: vec![0; width as usize * height as usize * format.bytes_per_pixel()],
            width,
            height,
            format,
        }
    }

    /// Rasterize `app`'s last display list into this frame.
    fn raster(&mut self, app: &App, renderer: &mut SoftwareRenderer) {
        let stride = self.width as usize * self.format.bytes_per_pixel();
        let mut target = RenderTarget::new(
            &mut self.pixels,
            self.width,
            self.height,
            stride,
            self.format,
        )
        .expect("the frame is sized for the profile");
        let full = IRect::from_size(self.width, self.height);
        arkui::with_fonts(|fonts| {
            renderer.render_with_images(
                app.display_list(),
                &mut target,
                fonts,
                app.image_cache(),
                full,
            )
        });
    }
}

fn gallery_page(c: &mut Criterion, pages: &[Page], s: &Scenario) {
    let page = pages
        .iter()
        .find(|p| p.name == s.page)
        .expect("the page is in the gallery");
    let mut group = c.benchmark_group(format!("gallery/{}/{}", s.page, s.profile.name));
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));
    group.bench_function("build", |b| {
        b.iter_batched(
            || s.profile.clone(),
            |profile| page.mount(profile),
            BatchSize::PerIteration,
        )
    });
    group.bench_function("layout", |b| {
        b.iter_batched(
            || page.mount(s.profile.clone()),
            |mut app| {
                assert!(app.inspector_by_id(s.probe).is_some(), "probe is mounted");
                app
            },
            BatchSize::PerIteration,
        )
    });
    let mut app = page.mount(s.profile.clone());
    app.frame();
    app.request_full_frame();
    let commands = app.frame().map(|list| list.len());
    assert!(
        commands.is_some_and(|n| n > 0),
        "a full frame records the page"
    );
    group.bench_function("display_list", |b| {
        b.iter(|| {
            app.request_full_frame();
            black_box(app.frame().map(|list| list.len()))
        })
    });
    let mut frame = Frame::for_profile(&s.profile);
    let mut renderer = SoftwareRenderer::new();
    frame.raster(&app, &mut renderer);
    group.bench_function("raster", |b| b.iter(|| frame.raster(&app, &mut renderer)));
    let mut tap = 0;
    group.bench_function("frame", |b| {
        b.iter(|| {
            tap = (tap + 1) % s.taps.len();
            app.click_id(s.taps[tap]).expect("the button is mounted");
            if app.frame().is_some() {
                frame.raster(&app, &mut renderer);
            }
        })
    });
    group.finish();
}

fn gallery(c: &mut Criterion) {
    arkui::set_font_source(arkui::renderer::text::FontSource::BundledOnly);
    let pages = arkui_gallery::pages::all();
    let brightness: &[&str] = &["brighter", "dimmer"];
    for s in [
        Scenario {
            page: "settings",
            probe: "wifi",
            taps: brightness,
            profile: DeviceProfile::iot(),
        },
        Scenario {
            page: "settings",
            probe: "wifi",
            taps: brightness,
            profile: DeviceProfile::phone(),
        },
        Scenario {
            page: "basic",
            probe: "fruit-all",
            taps: &["ok"],
            profile: DeviceProfile::phone(),
        },
    ] {
        gallery_page(c, &pages, &s);
    }
}

criterion_group!(benches, frame, gallery);
criterion_main!(benches);
