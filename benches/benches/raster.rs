//! LVGL-style raster benches: rectangles, borders, shadows, text, image blend and image
//! transform, each at 100% and 50% opacity, at 320x240 RGB565, 800x480 and 1920x1080
//! RGBA8888, rendered as a full frame and line by line (16-line buffer), beside the physical
//! floor (writing every pixel of the frame once). Scenes are generated from a fixed seed.
//!
//! `cargo bench --bench raster` (figures in benches/README.md, "Raster").

use std::hint::black_box;
use std::time::Duration;

use arkui_renderer::images::{ImageCache, ImageData};
use arkui_renderer::software::{Damage, LineTarget, PixelFormat, RenderTarget, SoftwareRenderer};
use arkui_renderer::text::{FontContext, FontSource, TextStyle};
use arkui_renderer::{
    BorderWidths, Color, CornerRadii, DisplayList, DrawCmd, IRect, ImageFilter, ImageFit, ImageKey,
    Point, Rect, Transform,
};
use criterion::{Criterion, criterion_group, criterion_main};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn unit(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }
    fn color(&mut self, opa: f32) -> Color {
        let v = self.next();
        Color::rgb(v as u8, (v >> 8) as u8, (v >> 16) as u8).with_opacity(opa)
    }
}

#[derive(Clone, Copy, Debug)]
enum Scene {
    Rectangles,
    Borders,
    Shadows,
    Text,
    ImageBlend,
    ImageTransform,
}

const SCENES: [Scene; 6] = [
    Scene::Rectangles,
    Scene::Borders,
    Scene::Shadows,
    Scene::Text,
    Scene::ImageBlend,
    Scene::ImageTransform,
];

/// A 64x64 image with an alpha ramp, as LVGL's image benches use ARGB images.
fn images() -> ImageCache {
    let px: Vec<u8> = (0..64u32 * 64)
        .flat_map(|i| {
            let (x, y) = (i % 64, i / 64);
            [
                (x * 4) as u8,
                (y * 4) as u8,
                180,
                (128 + (x + y)).min(255) as u8,
            ]
        })
        .collect();
    let mut cache = ImageCache::new(1 << 20);
    cache
        .insert(
            ImageKey(1),
            ImageData::from_straight_rgba(64, 64, px).expect("64x64"),
        )
        .expect("fits");
    cache
}

/// Ten objects a row, rows to fill the screen, each object a tenth of the width.
fn scene(kind: Scene, w: u32, h: u32, opa: f32, fonts: &mut FontContext) -> DisplayList {
    let mut rng = Rng(0x5EED ^ (kind as u64) << 32);
    let mut l = DisplayList::new();
    l.push(DrawCmd::Rect {
        rect: Rect::new(0.0, 0.0, w as f32, h as f32),
        color: Color::WHITE,
    });
    let cell = w as f32 / 10.0;
    let rows = (h as f32 / cell).ceil() as usize;
    let size = cell * 0.8;
    for row in 0..rows {
        for col in 0..10 {
            let (x, y) = (
                col as f32 * cell + cell * 0.1,
                row as f32 * cell + cell * 0.1,
            );
            let rect = Rect::new(x, y, size, size * 0.7);
            let radius = CornerRadii::uniform(size * 0.15 * rng.unit());
            match kind {
                Scene::Rectangles => l.push(DrawCmd::RoundedRect {
                    rect,
                    radii: radius,
                    color: rng.color(opa),
                }),
                Scene::Borders => l.push(DrawCmd::Border {
                    rect,
                    radii: radius,
                    widths: BorderWidths::uniform(1.0 + (size * 0.08 * rng.unit()).round()),
                    color: rng.color(opa),
                }),
                Scene::Shadows => {
                    l.push(DrawCmd::BoxShadow {
                        rect,
                        radii: radius,
                        color: Color::BLACK.with_opacity(0.5 * opa),
                        blur: size * 0.2,
                        spread: 0.0,
                        offset: Point::new(0.0, size * 0.05),
                    });
                    l.push(DrawCmd::RoundedRect {
                        rect,
                        radii: radius,
                        color: Color::WHITE.with_opacity(opa),
                    });
                }
                Scene::Text => {
                    let layout = fonts.shape(
                        "Hello, arkui!",
                        &TextStyle::new((size * 0.16).max(8.0)),
                        Some(size),
                    );
                    l.push(DrawCmd::Glyphs(layout.to_glyph_run(x, y, rng.color(opa))));
                }
                Scene::ImageBlend => l.push(DrawCmd::Image {
                    rect,
                    image: ImageKey(1),
                    fit: ImageFit::None,
                    filter: ImageFilter::Bilinear,
                    opacity: opa,
                    tint: None,
                }),
                Scene::ImageTransform => {
                    let c = (x + size / 2.0, y + size * 0.35);
                    l.push(DrawCmd::PushTransform {
                        transform: Transform::rotate_about(0.5, c.0, c.1),
                    });
                    l.push(DrawCmd::Image {
                        rect,
                        image: ImageKey(1),
                        fit: ImageFit::Fill,
                        filter: ImageFilter::Bilinear,
                        opacity: opa,
                        tint: None,
                    });
                    l.push(DrawCmd::PopTransform);
                }
            }
        }
    }
    l
}

/// With `ARKUI_BENCH_OUT=dir`, write each 800x480 scene as a PPM picture to look at.
fn dump_scenes(fonts: &mut FontContext, images: &ImageCache) {
    let Some(dir) = std::env::var_os("ARKUI_BENCH_OUT") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir).expect("output dir");
    let (w, h) = (800u32, 480u32);
    for kind in SCENES {
        for opa in [1.0f32, 0.5] {
            let mut px = vec![0u8; (w * h * 4) as usize];
            let mut t = RenderTarget::new(&mut px, w, h, w as usize * 4, PixelFormat::Rgba8888)
                .expect("target");
            SoftwareRenderer::new().render_with_images(
                &scene(kind, w, h, opa, fonts),
                &mut t,
                fonts,
                images,
                IRect::from_size(w, h),
            );
            let mut ppm = format!("P6 {w} {h} 255\n").into_bytes();
            ppm.extend(px.chunks_exact(4).flat_map(|p| [p[0], p[1], p[2]]));
            std::fs::write(
                dir.join(format!("{kind:?}_{}.ppm", (opa * 100.0) as u32)),
                ppm,
            )
            .expect("write");
        }
    }
}

fn raster(c: &mut Criterion) {
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let images = images();
    dump_scenes(&mut fonts, &images);
    let mut group = c.benchmark_group("raster");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));
    for (w, h, format, label) in [
        (320u32, 240u32, PixelFormat::Rgb565, "320x240_rgb565"),
        (800, 480, PixelFormat::Rgba8888, "800x480_rgba"),
        (1920, 1080, PixelFormat::Rgba8888, "1920x1080_rgba"),
    ] {
        let bpp = format.bytes_per_pixel();
        let mut frame = vec![0u8; w as usize * h as usize * bpp];
        // The physical floor: every byte of the frame written once (a memset).
        group.bench_function(format!("{label}/floor_fill"), |b| {
            b.iter(|| {
                frame.fill(0x5A);
                black_box(&frame);
            })
        });
        let mut renderer = SoftwareRenderer::new();
        let mut fill = DisplayList::new();
        fill.push(DrawCmd::Rect {
            rect: Rect::new(0.0, 0.0, w as f32, h as f32),
            color: Color::rgb(10, 20, 30),
        });
        // The same fill through the renderer: one opaque full-frame rectangle.
        group.bench_function(format!("{label}/renderer_fill"), |b| {
            b.iter(|| {
                let mut t =
                    RenderTarget::new(&mut frame, w, h, w as usize * bpp, format).expect("target");
                renderer.render_with_images(
                    &fill,
                    &mut t,
                    &mut fonts,
                    &images,
                    IRect::from_size(w, h),
                );
            })
        });
        let mut lines = vec![0u8; w as usize * bpp * 16];
        let full = IRect::from_size(w, h);
        let damage = Damage::from_rect(full);
        for kind in SCENES {
            for opa in [1.0f32, 0.5] {
                let list = scene(kind, w, h, opa, &mut fonts);
                let name = format!("{label}/{kind:?}/opa{}", (opa * 100.0) as u32);
                group.bench_function(format!("{name}/full"), |b| {
                    b.iter(|| {
                        let mut t = RenderTarget::new(&mut frame, w, h, w as usize * bpp, format)
                            .expect("target");
                        renderer.render_with_images(&list, &mut t, &mut fonts, &images, full);
                    })
                });
                let target = LineTarget {
                    width: w,
                    height: h,
                    format,
                    dither: false,
                };
                group.bench_function(format!("{name}/lines16"), |b| {
                    b.iter(|| {
                        renderer
                            .render_by_lines(
                                &list,
                                &mut fonts,
                                &images,
                                target,
                                &damage,
                                &mut lines,
                                |_, px| {
                                    black_box(px);
                                },
                            )
                            .expect("line buffer");
                    })
                });
            }
        }
    }
    group.finish();
}

criterion_group!(benches, raster);
criterion_main!(benches);
