//! The correctness oracle: every scene is rendered by arkui's software rasterizer and by a
//! tiny-skia reference; at most 0.1% of the pixels may differ by more than 2 levels in any
//! channel. A table of every scene is printed (`cargo test -p arkui-renderer --test it oracle
//! -- --nocapture`). With `ARKUI_ORACLE_OUT=dir` both pictures of each scene are written as
//! PNGs to look at.

#[path = "oracle/reference.rs"]
mod reference;
#[path = "common/scenes.rs"]
mod scenes;

use arkui_renderer::IRect;
use arkui_renderer::software::{PixelFormat, RenderTarget, SoftwareRenderer};
use arkui_renderer::text::{FontContext, FontSource};

const MAX_DIFF: u8 = 2;
const MIN_SHARE_WITHIN: f64 = 0.999;

fn save(path: &std::path::Path, w: u32, h: u32, premul: &[u8]) {
    let straight: Vec<u8> = premul
        .chunks_exact(4)
        .flat_map(|p| {
            let c = arkui_renderer::PremulColor {
                r: p[0],
                g: p[1],
                b: p[2],
                a: p[3],
            }
            .unpremultiplied();
            [c.r, c.g, c.b, c.a]
        })
        .collect();
    image::RgbaImage::from_raw(w, h, straight)
        .expect("size")
        .save(path)
        .expect("write png");
}

#[test]
fn software_renderer_matches_tiny_skia() {
    let (w, h) = (scenes::W, scenes::H);
    let images = scenes::images();
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let mut renderer = SoftwareRenderer::new();
    let out = std::env::var_os("ARKUI_ORACLE_OUT").map(std::path::PathBuf::from);
    let all = scenes::all();
    assert!(
        all.len() >= 40,
        "the oracle needs at least 40 scenes, has {}",
        all.len()
    );
    let mut failures = Vec::new();
    println!(
        "\n{:<34} {:>8} {:>12} {:>6}",
        "scene", "max diff", "within 2", "result"
    );
    for scene in &all {
        let mut px = vec![0u8; (w * h * 4) as usize];
        let mut target = RenderTarget::new(&mut px, w, h, (w * 4) as usize, PixelFormat::Rgba8888)
            .expect("target");
        renderer.render_with_images(
            &scene.list,
            &mut target,
            &mut fonts,
            &images,
            IRect::from_size(w, h),
        );
        let mut reference = reference::Reference::new(w, h, &images);
        reference.run(&scene.list);
        let want = reference.finish();
        let mut max = 0u8;
        let mut within = 0usize;
        for (a, b) in px.chunks_exact(4).zip(want.chunks_exact(4)) {
            let d = a
                .iter()
                .zip(b)
                .map(|(x, y)| x.abs_diff(*y))
                .max()
                .unwrap_or(0);
            max = max.max(d);
            if d <= MAX_DIFF {
                within += 1;
            }
        }
        let share = within as f64 / (w * h) as f64;
        let ok = share >= MIN_SHARE_WITHIN;
        println!(
            "{:<34} {:>8} {:>11.3}% {:>6}",
            scene.name,
            max,
            share * 100.0,
            if ok { "ok" } else { "FAIL" }
        );
        if !ok {
            failures.push(scene.name);
        }
        if let Some(dir) = &out {
            std::fs::create_dir_all(dir).expect("output dir");
            save(&dir.join(format!("{}.png", scene.name)), w, h, &px);
            save(&dir.join(format!("{}.ref.png", scene.name)), w, h, &want);
            let diff: Vec<u8> = px
                .chunks_exact(4)
                .zip(want.chunks_exact(4))
                .flat_map(|(a, b)| {
                    let d = a
                        .iter()
                        .zip(b)
                        .map(|(x, y)| x.abs_diff(*y))
                        .max()
                        .unwrap_or(0);
                    if d > MAX_DIFF {
                        [255, 0, 0, 255]
                    } else {
                        [d * 40, d * 40, d * 40, 255]
                    }
                })
                .collect();
            save(&dir.join(format!("{}.diff.png", scene.name)), w, h, &diff);
        }
    }
    println!("{} scenes, {} failed", all.len(), failures.len());
    assert!(
        failures.is_empty(),
        "scenes differing from tiny-skia: {failures:?}"
    );
}
