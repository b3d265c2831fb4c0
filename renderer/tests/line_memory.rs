//! Working memory of line-by-line rendering on the iot profile's panel (320 x 240 RGB565):
//! the caller's line buffer plus whatever the renderer allocates while drawing, measured by a
//! counting allocator. Prints the figures; asserts they stay far below a framebuffer.

#[path = "common/alloc.rs"]
mod alloc;
#[path = "common/scene.rs"]
mod scene;

use arkui_renderer::software::{Damage, LineTarget, PixelFormat, SoftwareRenderer};
use arkui_renderer::text::{FontContext, FontSource, TextStyle};
use arkui_renderer::{Color, DrawCmd, IRect};

#[global_allocator]
static ALLOC: alloc::Counting = alloc::Counting;

#[test]
fn a_320x240_rgb565_frame_renders_in_a_few_kilobytes() {
    let (w, h) = (320u32, 240u32);
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let images = scene::images();
    let shapes_only = scene::busy(w as f32, h as f32, 0.0);
    let mut list = shapes_only.clone();
    for (i, text) in [
        "Settings",
        "Wi-Fi  On",
        "Brightness 70%",
        "About this device",
    ]
    .iter()
    .enumerate()
    {
        let layout = fonts.shape(text, &TextStyle::new(16.0), None);
        list.push(DrawCmd::Glyphs(layout.to_glyph_run(
            60.0,
            14.0 + 36.0 * i as f32,
            Color::BLACK,
        )));
    }
    let target = LineTarget {
        width: w,
        height: h,
        format: PixelFormat::Rgb565,
        dither: true,
    };
    let damage = Damage::from_rect(IRect::from_size(w, h));
    let frame_bytes = (w * h * 2) as usize;
    let mut renderer = SoftwareRenderer::new();
    {
        let mut buffer = vec![0u8; w as usize * 2 * 16];
        let base = alloc::reset_peak();
        renderer
            .render_by_lines(
                &shapes_only,
                &mut fonts,
                &images,
                target,
                &damage,
                &mut buffer,
                |_, _| {},
            )
            .expect("render");
        println!(
            "renderer scratch for the scene without text: peak {} B, kept {} B",
            alloc::peak() - base,
            alloc::current().saturating_sub(base)
        );
    }
    for lines in [16usize, 8] {
        let mut buffer = vec![0u8; w as usize * 2 * lines];
        let mut measure = |renderer: &mut SoftwareRenderer| {
            let base = alloc::reset_peak();
            let mut flushed = 0;
            renderer
                .render_by_lines(
                    &list,
                    &mut fonts,
                    &images,
                    target,
                    &damage,
                    &mut buffer,
                    |area, _| flushed += area.height(),
                )
                .expect("render");
            assert_eq!(flushed, h);
            (alloc::peak() - base, alloc::current().saturating_sub(base))
        };
        let (cold, kept) = measure(&mut renderer);
        let (warm, _) = measure(&mut renderer);
        let line_buffer = w as usize * 2 * lines;
        println!(
            "line mode {lines} lines: line buffer {line_buffer} B; first frame: peak heap growth {cold} B, of which {kept} B kept (renderer scratch + glyph cache, now {} B of glyphs); next frame: peak growth {warm} B; a framebuffer would be {frame_bytes} B",
            fonts.glyph_cache_bytes()
        );
        assert!(
            warm + line_buffer < frame_bytes / 4,
            "working memory {} B is not small",
            warm + line_buffer
        );
    }
}
