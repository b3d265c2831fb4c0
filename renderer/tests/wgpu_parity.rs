//! Backend parity: every oracle scene (and the text scenes tiny-skia cannot draw) rendered
//! by the wgpu backend and by the software renderer, compared pixel by pixel. Per scene the
//! share of pixels differing by more than 8/255 in any channel and the 99th-percentile
//! difference are printed; a scene fails above its committed share (`MAX_SHARE`, or a
//! tighter entry of `TIGHTER`). Run: `cargo test -p arkui-renderer --features wgpu --test
//! wgpu_parity -- --nocapture`; `ARKUI_PARITY_OUT=dir` writes both pictures and a diff per
//! scene. Without a GPU adapter the test skips (fails under `ARKUI_REQUIRE_GPU=1`).
#![cfg(feature = "wgpu")]

#[path = "common/gpu.rs"]
mod gpu;
#[path = "common/scenes.rs"]
mod scenes;
#[path = "common/text_scenes.rs"]
mod text_scenes;

use arkui_renderer::IRect;
use arkui_renderer::software::{PixelFormat, RenderTarget, SoftwareRenderer};
use arkui_renderer::text::{FontContext, FontSource};
use arkui_renderer::wgpu::OffscreenRenderer;

/// A pixel "differs" when a channel is off by more than this.
const LEVEL: u8 = 8;
/// Largest share of differing pixels a scene may have: the issue started at 1%; on lavapipe
/// the worst scene (`radial`: atan/length at the centre pixel) is at 0.26%.
const MAX_SHARE: f64 = 0.005;
/// Scenes held to a tighter share than `MAX_SHARE`.
const TIGHTER: &[(&str, f64)] = &[];

#[test]
fn wgpu_matches_software_on_every_scene() {
    let Some(gpu) = gpu::gpu_or_skip("wgpu_parity") else {
        return;
    };
    let (w, h) = (scenes::W, scenes::H);
    let images = scenes::images();
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let mut all = scenes::all();
    assert!(
        all.len() >= 50,
        "expected the 50 oracle scenes, have {}",
        all.len()
    );
    all.extend(text_scenes::all(&mut fonts));
    all.extend(scenes::parity_only());
    let mut software = SoftwareRenderer::new();
    let mut gpu = OffscreenRenderer::with_context(gpu);
    let out = std::env::var_os("ARKUI_PARITY_OUT").map(std::path::PathBuf::from);
    println!(
        "\n{:<34} {:>10} {:>5} {:>8} {:>6}",
        "scene", ">8/255", "p99", "max", "result"
    );
    let mut failures = Vec::new();
    for scene in &all {
        let mut cpu = vec![0u8; (w * h * 4) as usize];
        let mut target = RenderTarget::new(&mut cpu, w, h, (w * 4) as usize, PixelFormat::Rgba8888)
            .expect("target");
        software.render_with_images(
            &scene.list,
            &mut target,
            &mut fonts,
            &images,
            IRect::from_size(w, h),
        );
        let px = gpu
            .render(&scene.list, &mut fonts, &images, w, h)
            .unwrap_or_else(|e| panic!("{}: {e}", scene.name));
        let diffs = gpu::pixel_diffs(&cpu, &px);
        let (share, p99) = gpu::diff_stats(&diffs, LEVEL);
        let max = diffs.iter().copied().max().unwrap_or(0);
        let limit = TIGHTER
            .iter()
            .find(|(n, _)| *n == scene.name)
            .map_or(MAX_SHARE, |(_, s)| *s);
        let ok = share <= limit;
        println!(
            "{:<34} {:>9.3}% {:>5} {:>8} {:>6}",
            scene.name,
            share * 100.0,
            p99,
            max,
            if ok { "ok" } else { "FAIL" }
        );
        if !ok {
            failures.push(scene.name);
        }
        if let Some(dir) = &out {
            std::fs::create_dir_all(dir).expect("output dir");
            gpu::save_png(&dir.join(format!("{}.cpu.png", scene.name)), w, h, &cpu);
            gpu::save_png(&dir.join(format!("{}.gpu.png", scene.name)), w, h, &px);
            let diff: Vec<u8> = diffs
                .iter()
                .flat_map(|&d| {
                    if d > LEVEL {
                        [255, 0, 0, 255]
                    } else {
                        [d * 20, d * 20, d * 20, 255]
                    }
                })
                .collect();
            gpu::save_png(&dir.join(format!("{}.diff.png", scene.name)), w, h, &diff);
        }
    }
    println!("{} scenes, {} failed", all.len(), failures.len());
    assert!(
        failures.is_empty(),
        "scenes where wgpu differs from software: {failures:?}"
    );
}
