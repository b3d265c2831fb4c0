//! Line-by-line rendering equals full-frame rendering, pixel for pixel.

#[path = "common/scene.rs"]
mod scene;

use arkui_renderer::IRect;
use arkui_renderer::software::{Damage, LineTarget, PixelFormat, RenderTarget, SoftwareRenderer};
use arkui_renderer::text::{FontContext, FontSource};

#[test]
fn strips_match_the_full_frame_in_every_format() {
    let (w, h) = (320u32, 240u32);
    let list = scene::busy(w as f32, h as f32, 0.0);
    let images = scene::images();
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    for (format, dither) in [
        (PixelFormat::Rgb565, true),
        (PixelFormat::Rgb565, false),
        (PixelFormat::Rgba8888, false),
    ] {
        let bpp = format.bytes_per_pixel();
        let mut frame = vec![0u8; w as usize * h as usize * bpp];
        let mut t = RenderTarget::new(&mut frame, w, h, w as usize * bpp, format)
            .expect("target")
            .with_dither(dither);
        SoftwareRenderer::new().render_with_images(
            &list,
            &mut t,
            &mut fonts,
            &images,
            IRect::from_size(w, h),
        );
        for lines in [1usize, 7, 16] {
            let mut buf = vec![0u8; w as usize * bpp * lines];
            let mut assembled = vec![0u8; frame.len()];
            let damage = Damage::from_rect(IRect::from_size(w, h));
            SoftwareRenderer::new()
                .render_by_lines(
                    &list,
                    &mut fonts,
                    &images,
                    LineTarget {
                        width: w,
                        height: h,
                        format,
                        dither,
                    },
                    &damage,
                    &mut buf,
                    |area, px| {
                        let row = area.width() as usize * bpp;
                        for (i, y) in (area.y0..area.y1).enumerate() {
                            let at = y as usize * w as usize * bpp + area.x0 as usize * bpp;
                            assembled[at..at + row].copy_from_slice(&px[i * row..(i + 1) * row]);
                        }
                    },
                )
                .expect("buffer holds a line");
            assert!(
                assembled == frame,
                "{format:?} dither={dither}: {lines}-line strips differ from the full frame"
            );
        }
    }
}

#[test]
fn a_buffer_smaller_than_one_line_is_an_error() {
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let err = SoftwareRenderer::new().render_by_lines(
        &scene::busy(320.0, 240.0, 0.0),
        &mut fonts,
        &scene::images(),
        LineTarget {
            width: 320,
            height: 240,
            format: PixelFormat::Rgb565,
            dither: false,
        },
        &Damage::from_rect(IRect::from_size(320, 240)),
        &mut [0u8; 100],
        |_, _| {},
    );
    assert!(err.is_err());
}
