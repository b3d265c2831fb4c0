//! Fault injection for the wgpu backend: a window minimised to 0x0, surfaces that report
//! `Outdated`, `Lost` and `Timeout`, and a device destroyed between frames. Each must be
//! survived without a panic, and the next frame must match the frame drawn before the
//! fault (and the software renderer). Surfaces are simulated by a [`FrameSource`] that
//! renders into a texture and replays a script of faults; the recovery code under test is
//! the real `SurfaceRenderer`.
#![cfg(feature = "wgpu")]

#[path = "common/gpu.rs"]
mod gpu;
#[path = "common/scene.rs"]
mod scene;

use std::collections::VecDeque;

use arkui_renderer::images::ImageCache;
use arkui_renderer::software::{PixelFormat, RenderTarget, SoftwareRenderer};
use arkui_renderer::text::{FontContext, FontSource, TextStyle};
use arkui_renderer::wgpu::{
    Acquired, FrameOutcome, FrameSource, GpuContext, GpuError, OFFSCREEN_FORMAT, OffscreenRenderer,
    OffscreenTarget, SurfaceFrame, SurfaceRenderer,
};
use arkui_renderer::{Color, DisplayList, IRect};

const W: u32 = 160;
const H: u32 = 220;

/// A surface that renders into an offscreen texture and fails on cue.
struct ScriptedSurface {
    target: Option<OffscreenTarget>,
    script: VecDeque<Fault>,
    configures: u32,
    recreates: u32,
    presents: u32,
}

#[derive(Clone, Copy, Debug)]
enum Fault {
    Outdated,
    Lost,
    Timeout,
}

impl ScriptedSurface {
    fn new(script: &[Fault]) -> ScriptedSurface {
        ScriptedSurface {
            target: None,
            script: script.iter().copied().collect(),
            configures: 0,
            recreates: 0,
            presents: 0,
        }
    }

    fn read(&self, gpu: &GpuContext) -> Vec<u8> {
        self.target
            .as_ref()
            .expect("configured")
            .read_rgba(gpu)
            .expect("readback")
    }
}

impl FrameSource for ScriptedSurface {
    fn configure(&mut self, gpu: &GpuContext, width: u32, height: u32) -> Result<(), GpuError> {
        self.configures += 1;
        self.target = Some(OffscreenTarget::new(gpu, width, height));
        Ok(())
    }

    fn acquire(&mut self) -> Acquired {
        match self.script.pop_front() {
            Some(Fault::Outdated) => return Acquired::Outdated,
            Some(Fault::Lost) => {
                // A lost surface keeps failing until it is created again.
                self.target = None;
                return Acquired::Lost;
            }
            Some(Fault::Timeout) => return Acquired::Timeout,
            None => {}
        }
        match &self.target {
            Some(t) => Acquired::Frame(SurfaceFrame {
                texture: t.texture().clone(),
                surface_texture: None,
                suboptimal: false,
            }),
            None => Acquired::Lost,
        }
    }

    fn present(&mut self, _gpu: &GpuContext, _frame: SurfaceFrame) {
        self.presents += 1;
    }

    fn recreate(&mut self, _gpu: &GpuContext) -> Result<(), GpuError> {
        self.recreates += 1;
        self.target = None;
        Ok(())
    }

    fn format(&self) -> wgpu::TextureFormat {
        OFFSCREEN_FORMAT
    }
}

fn scene(fonts: &mut FontContext) -> DisplayList {
    let mut list = scene::busy(W as f32, H as f32, 0.0);
    let text = fonts.shape("Recovered!", &TextStyle::new(15.0), None);
    text.push_draw_cmds(12.0, 196.0, Color::rgb(20, 20, 20), &mut list);
    list
}

fn software(list: &DisplayList, fonts: &mut FontContext, images: &ImageCache) -> Vec<u8> {
    software_at(list, fonts, images, W, H)
}

fn software_at(
    list: &DisplayList,
    fonts: &mut FontContext,
    images: &ImageCache,
    w: u32,
    h: u32,
) -> Vec<u8> {
    let mut px = vec![0u8; (w * h * 4) as usize];
    let mut t =
        RenderTarget::new(&mut px, w, h, (w * 4) as usize, PixelFormat::Rgba8888).expect("target");
    SoftwareRenderer::new().render_with_images(list, &mut t, fonts, images, IRect::from_size(w, h));
    px
}

/// The frame matches the software renderer within the parity suite's tolerance.
fn assert_close_to_software(name: &str, gpu_px: &[u8], cpu_px: &[u8]) {
    let (share, p99) = gpu::diff_stats(&gpu::pixel_diffs(gpu_px, cpu_px), 8);
    println!(
        "{name}: {:.3}% of pixels >8/255 from software, p99 {p99}",
        share * 100.0
    );
    assert!(
        share <= 0.005,
        "{name}: {:.3}% of pixels differ",
        share * 100.0
    );
}

fn presenter(name: &str, script: &[Fault]) -> Option<SurfaceRenderer<ScriptedSurface>> {
    let gpu = gpu::gpu_or_skip(name)?;
    Some(SurfaceRenderer::new(
        gpu,
        ScriptedSurface::new(script),
        W,
        H,
    ))
}

#[test]
fn zero_sized_window_skips_frames_without_panicking() {
    let Some(mut p) = presenter("zero_size", &[]) else {
        return;
    };
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let images = scene::images();
    let list = scene(&mut fonts);
    for (w, h) in [(0, 0), (0, H), (W, 0)] {
        p.resize(w, h);
        let r = p.render(&list, &mut fonts, &images, Color::TRANSPARENT);
        assert_eq!(r, Ok(FrameOutcome::Skipped), "{w}x{h}");
    }
    assert_eq!(p.source().presents, 0);
    p.resize(W, H);
    let r = p.render(&list, &mut fonts, &images, Color::TRANSPARENT);
    assert_eq!(r, Ok(FrameOutcome::Presented));
    let px = p.source().read(p.gpu());
    assert_close_to_software("after 0x0", &px, &software(&list, &mut fonts, &images));
}

#[test]
fn resizes_between_frames_redraw_at_the_new_size() {
    let Some(mut p) = presenter("resize", &[]) else {
        return;
    };
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let images = scene::images();
    let list = scene(&mut fonts);
    // Growing past a coverage-page size (256 -> 512 -> 1024) and shrinking again.
    for (w, h) in [(W, H), (300, 520), (90, 60), (700, 240), (W, H)] {
        p.resize(w, h);
        assert_eq!(
            p.render(&list, &mut fonts, &images, Color::TRANSPARENT),
            Ok(FrameOutcome::Presented),
            "{w}x{h}"
        );
        let px = p.source().read(p.gpu());
        assert_eq!(px.len(), (w * h * 4) as usize, "{w}x{h}");
        let cpu = software_at(&list, &mut fonts, &images, w, h);
        assert_close_to_software(&format!("{w}x{h}"), &px, &cpu);
    }
}

#[test]
fn outdated_lost_and_timeout_surfaces_recover() {
    let Some(mut p) = presenter("surface_faults", &[]) else {
        return;
    };
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let images = scene::images();
    let list = scene(&mut fonts);
    let cpu = software(&list, &mut fonts, &images);
    let frame = |p: &mut SurfaceRenderer<ScriptedSurface>, fonts: &mut FontContext| {
        p.render(&list, fonts, &images, Color::TRANSPARENT)
    };
    assert_eq!(frame(&mut p, &mut fonts), Ok(FrameOutcome::Presented));
    let first = p.source().read(p.gpu());
    assert_close_to_software("clean frame", &first, &cpu);
    // Outdated: configured again, then drawn in the same call.
    p.source_mut().script.push_back(Fault::Outdated);
    let configures = p.source().configures;
    assert_eq!(frame(&mut p, &mut fonts), Ok(FrameOutcome::Presented));
    assert_eq!(
        p.source().configures,
        configures + 1,
        "Outdated must reconfigure"
    );
    assert_eq!(
        p.source().read(p.gpu()),
        first,
        "frame after Outdated differs"
    );
    // Lost: the surface is created again and configured, then drawn.
    p.source_mut().script.push_back(Fault::Lost);
    assert_eq!(frame(&mut p, &mut fonts), Ok(FrameOutcome::Presented));
    assert_eq!(p.source().recreates, 1, "Lost must recreate the surface");
    assert_eq!(p.source().read(p.gpu()), first, "frame after Lost differs");
    // Timeout: this frame is skipped, the next one drawn.
    p.source_mut().script.push_back(Fault::Timeout);
    let presents = p.source().presents;
    assert_eq!(frame(&mut p, &mut fonts), Ok(FrameOutcome::Skipped));
    assert_eq!(p.source().presents, presents);
    assert_eq!(frame(&mut p, &mut fonts), Ok(FrameOutcome::Presented));
    assert_eq!(
        p.source().read(p.gpu()),
        first,
        "frame after Timeout differs"
    );
    // All three at once: one call recovers from Outdated and Lost, then a timeout skips.
    for f in [Fault::Outdated, Fault::Lost, Fault::Timeout] {
        p.source_mut().script.push_back(f);
    }
    assert_eq!(frame(&mut p, &mut fonts), Ok(FrameOutcome::Skipped));
    assert_eq!(frame(&mut p, &mut fonts), Ok(FrameOutcome::Presented));
    assert_eq!(p.source().read(p.gpu()), first);
    println!(
        "surface faults: {} recoveries, {} configures, {} recreates, {} presents",
        p.recoveries(),
        p.source().configures,
        p.source().recreates,
        p.source().presents
    );
}

#[test]
fn destroyed_device_mid_run_recovers_and_redraws() {
    let Some(mut p) = presenter("device_loss_surface", &[]) else {
        return;
    };
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let images = scene::images();
    let list = scene(&mut fonts);
    assert_eq!(
        p.render(&list, &mut fonts, &images, Color::TRANSPARENT),
        Ok(FrameOutcome::Presented)
    );
    let before = p.source().read(p.gpu());
    let generation = p.gpu().generation();
    p.gpu().destroy_device();
    assert!(p.gpu().is_lost());
    assert_eq!(
        p.render(&list, &mut fonts, &images, Color::TRANSPARENT),
        Ok(FrameOutcome::Presented)
    );
    assert!(!p.gpu().is_lost());
    assert_eq!(
        p.gpu().generation(),
        generation + 1,
        "a new device was made"
    );
    assert_eq!(
        p.source().recreates,
        1,
        "the surface was made again on the new device"
    );
    let after = p.source().read(p.gpu());
    if let Some(dir) = std::env::var_os("ARKUI_PARITY_OUT") {
        std::fs::create_dir_all(&dir).expect("output dir");
        let path = std::path::Path::new(&dir).join("after_device_loss.gpu.png");
        gpu::save_png(&path, W, H, &after);
    }
    assert_eq!(
        after, before,
        "the frame after device loss differs from the one before"
    );
    assert_close_to_software(
        "after device loss",
        &after,
        &software(&list, &mut fonts, &images),
    );
}

#[test]
fn offscreen_renderer_survives_device_loss() {
    let Some(gpu) = gpu::gpu_or_skip("device_loss_offscreen") else {
        return;
    };
    let mut r = OffscreenRenderer::with_context(gpu);
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let images = scene::images();
    let list = scene(&mut fonts);
    let before = r
        .render(&list, &mut fonts, &images, W, H)
        .expect("first frame");
    // Destroyed between frames, and again right after a recovery.
    for round in 1..=2 {
        r.gpu().destroy_device();
        let after = r
            .render(&list, &mut fonts, &images, W, H)
            .expect("frame after loss");
        assert_eq!(r.recoveries(), round);
        assert_eq!(
            after, before,
            "round {round}: the frame after device loss differs"
        );
    }
}

/// A path redrawn under the same transform and style is tessellated once: the second frame
/// reuses the triangles and draws the same pixels.
#[test]
fn unchanged_paths_reuse_their_tessellation() {
    use arkui_renderer::{Brush, DrawCmd, FillRule, PathData, StrokeStyle};
    let Some(gpu) = gpu::gpu_or_skip("unchanged_paths_reuse_their_tessellation") else {
        return;
    };
    let mut r = OffscreenRenderer::with_context(gpu);
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let images = ImageCache::new(0);
    let mut list = DisplayList::new();
    list.push(DrawCmd::FillPath {
        path: PathData::circle(40.0, 40.0, 30.0),
        rule: FillRule::NonZero,
        brush: Brush::Solid(Color::RED),
    });
    list.push(DrawCmd::StrokePath {
        path: PathData::arc(40.0, 40.0, 20.0, 0.0, 270.0),
        stroke: StrokeStyle::new(4.0).with_dashes(vec![6.0, 3.0]),
        brush: Brush::Solid(Color::BLUE),
    });
    let first = r.render(&list, &mut fonts, &images, 80, 80).expect("frame");
    assert_eq!(r.reused_tessellations(), 0);
    let second = r.render(&list, &mut fonts, &images, 80, 80).expect("frame");
    assert_eq!(
        r.reused_tessellations(),
        2,
        "the fill and the stroke were kept"
    );
    assert_eq!(first, second);
    // Moved: tessellated again.
    list.commands.insert(
        0,
        DrawCmd::PushTransform {
            transform: arkui_renderer::Transform::translate(1.0, 0.0),
        },
    );
    list.push(DrawCmd::PopTransform);
    r.render(&list, &mut fonts, &images, 80, 80).expect("frame");
    assert_eq!(r.reused_tessellations(), 2);
}
