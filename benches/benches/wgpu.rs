//! CPU time to encode and submit one frame with the wgpu backend (display list recorded into
//! instances, glyph lookups, buffer uploads, command encoding, `Queue::submit`), GPU work
//! excluded: each timed frame is followed by an untimed wait for the GPU.
//!
//! Scenes at 1920x1080, display lists built once (text shaped outside the loop):
//! - `list_1000`: 1,000 rows, each a rounded rect with a 1 px border, a 32x32 rounded icon,
//!   two text runs and a toggle pill (rows past the screen are culled by the recorder);
//! - `canvas_light` / `canvas_heavy`: iced's canvas benches, 10 and 1,000 rectangles at
//!   seeded random places, each with a label;
//! - the vector scenes of `benches/paths.rs` (fills, strokes, gradients, the 1,000-segment
//!   chart, layer shadows).
//!
//! `cargo bench -p arkui-benches --features wgpu --bench wgpu` (figures in benches/README.md,
//! "wgpu"). Without a GPU adapter it prints why and measures nothing.

use std::hint::black_box;
use std::time::{Duration, Instant};

use arkui_benches::SEED;
use arkui_benches::rng::Rng;
use arkui_renderer::images::ImageCache;
use arkui_renderer::text::{FontContext, FontSource, TextStyle};
use arkui_renderer::wgpu::{GpuContext, OFFSCREEN_FORMAT, OffscreenTarget, WgpuRenderer};
use arkui_renderer::{BorderWidths, Color, CornerRadii, DisplayList, DrawCmd, Rect};
use criterion::{Criterion, criterion_group, criterion_main};

const W: u32 = 1920;
const H: u32 = 1080;

fn text(
    list: &mut DisplayList,
    fonts: &mut FontContext,
    s: &str,
    size: f32,
    x: f32,
    y: f32,
    c: Color,
) {
    let layout = fonts.shape(s, &TextStyle::new(size), None);
    layout.push_draw_cmds(x, y, c, list);
}

/// The list scene: 1,000 rows of 64 px.
fn list_scene(fonts: &mut FontContext) -> DisplayList {
    let mut l = DisplayList::new();
    l.push(DrawCmd::Rect {
        rect: Rect::new(0.0, 0.0, W as f32, H as f32),
        color: Color::rgb(241, 243, 245),
    });
    for i in 0..1000 {
        let y = 8.0 + i as f32 * 64.0;
        let row = Rect::new(16.0, y, W as f32 - 32.0, 56.0);
        l.push(DrawCmd::RoundedRect {
            rect: row,
            radii: CornerRadii::uniform(12.0),
            color: Color::WHITE,
        });
        l.push(DrawCmd::Border {
            rect: row,
            radii: CornerRadii::uniform(12.0),
            widths: BorderWidths::uniform(1.0),
            color: Color::rgb(220, 223, 228),
        });
        l.push(DrawCmd::RoundedRect {
            rect: Rect::new(28.0, y + 12.0, 32.0, 32.0),
            radii: CornerRadii::uniform(8.0),
            color: Color::rgb((i * 37 % 200) as u8 + 40, 120, 200),
        });
        text(
            &mut l,
            fonts,
            &format!("Row {i}"),
            16.0,
            76.0,
            y + 8.0,
            Color::rgb(24, 24, 24),
        );
        text(
            &mut l,
            fonts,
            "Secondary text of the row",
            12.0,
            76.0,
            y + 30.0,
            Color::rgb(110, 110, 110),
        );
        let on = i % 3 == 0;
        l.push(DrawCmd::RoundedRect {
            rect: Rect::new(W as f32 - 96.0, y + 16.0, 48.0, 24.0),
            radii: CornerRadii::uniform(12.0),
            color: if on {
                Color::rgb(10, 89, 247)
            } else {
                Color::rgb(200, 200, 200)
            },
        });
        let knob = if on { W as f32 - 70.0 } else { W as f32 - 94.0 };
        l.push(DrawCmd::RoundedRect {
            rect: Rect::new(knob, y + 18.0, 20.0, 20.0),
            radii: CornerRadii::uniform(10.0),
            color: Color::WHITE,
        });
    }
    l
}

/// iced's canvas bench: `n` rectangles with labels at seeded places.
fn canvas_scene(fonts: &mut FontContext, n: usize) -> DisplayList {
    let mut rng = Rng::new(SEED);
    let mut l = DisplayList::new();
    l.push(DrawCmd::Rect {
        rect: Rect::new(0.0, 0.0, W as f32, H as f32),
        color: Color::WHITE,
    });
    for i in 0..n {
        let (w, h) = (40.0 + rng.below(160) as f32, 20.0 + rng.below(80) as f32);
        let x = rng.below((W as f32 - w) as usize) as f32;
        let y = rng.below((H as f32 - h) as usize) as f32;
        let v = rng.next_u64();
        l.push(DrawCmd::Rect {
            rect: Rect::new(x, y, w, h),
            color: Color::rgb(v as u8, (v >> 8) as u8, (v >> 16) as u8),
        });
        text(
            &mut l,
            fonts,
            &format!("Label {i}"),
            14.0,
            x + 4.0,
            y + 2.0,
            Color::BLACK,
        );
    }
    l
}

fn wgpu_frames(c: &mut Criterion) {
    let gpu = match GpuContext::new() {
        Ok(g) => g,
        Err(e) => {
            println!("wgpu bench skipped: {e}");
            return;
        }
    };
    println!("wgpu adapter: {}", gpu.adapter_summary());
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let images = ImageCache::new(0);
    let mut scenes = vec![
        ("list_1000", list_scene(&mut fonts)),
        ("canvas_light", canvas_scene(&mut fonts, 10)),
        ("canvas_heavy", canvas_scene(&mut fonts, 1000)),
    ];
    // The vector scenes of the paths bench (800x480, in the frame's top-left corner).
    scenes.extend(
        arkui_benches::path_scenes::all()
            .into_iter()
            .map(|s| (s.name, s.list)),
    );
    let target = OffscreenTarget::new(&gpu, W, H);
    let mut renderer = WgpuRenderer::new(&gpu);
    let mut g = c.benchmark_group("wgpu_encode_submit_1920x1080");
    g.sample_size(20).measurement_time(Duration::from_secs(4));
    for (name, list) in &scenes {
        let mut frame = || {
            renderer.render(
                &gpu,
                black_box(list),
                &mut fonts,
                &images,
                target.view(),
                OFFSCREEN_FORMAT,
                (W, H),
                Some(Color::WHITE),
            )
        };
        // Warm up: pipelines, glyph atlas, buffers.
        frame().expect("frame");
        gpu.wait_idle().expect("gpu");
        g.bench_function(*name, |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let t = Instant::now();
                    black_box(frame().expect("frame"));
                    total += t.elapsed();
                    gpu.wait_idle().expect("gpu");
                }
                total
            })
        });
    }
    g.finish();
}

criterion_group!(benches, wgpu_frames);
criterion_main!(benches);
