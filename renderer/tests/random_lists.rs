//! Robustness: seeded random display lists full of NaNs, infinities, huge shapes, singular
//! transforms and unbalanced pushes render into every target kind without panicking, and a
//! list survives a serde round trip unchanged. (The fuzz target explores further.)

#[path = "common/random_list.rs"]
mod random_list;

use arkui_renderer::images::{ImageCache, ImageData, ImageError};
use arkui_renderer::software::{
    Damage, LineTarget, PixelFormat, RenderTarget, Rotation, SoftwareRenderer,
};
use arkui_renderer::text::{FontContext, FontSource};
use arkui_renderer::{DisplayList, IRect, ImageKey};
use random_list::{Rng, random_list};

#[test]
fn random_lists_never_panic() {
    let mut rng = Rng(0xD15_EA5E_F00D);
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    // Shape once so the bundled faces have font keys the random glyph runs can name.
    fonts.shape("Ag", &arkui_renderer::text::TextStyle::new(12.0), None);
    let mut images = ImageCache::new(1 << 16);
    let img = ImageData::from_straight_rgba(3, 2, vec![200; 24]).expect("3x2");
    images.insert(ImageKey(1), img).expect("fits");
    images.set_failed(ImageKey(2), ImageError::UnknownFormat);
    let mut renderer = SoftwareRenderer::new();
    let (w, h) = (48u32, 40u32);
    // ARKUI_RANDOM_LISTS=n explores further than CI's 400.
    let count: usize = std::env::var("ARKUI_RANDOM_LISTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400);
    for i in 0..count {
        let list = random_list(&mut rng, 24);
        let json = serde_json::to_string(&list).expect("serialise");
        // JSON has no NaN or infinity (serde_json writes null); only finite lists round-trip.
        if !json.contains("null") {
            let back: DisplayList = serde_json::from_str(&json).expect("deserialise");
            assert_eq!(back, list, "list {i}");
        }
        let format = [
            PixelFormat::Rgba8888,
            PixelFormat::Bgra8888,
            PixelFormat::Rgb565,
        ][i % 3];
        let rotation = [
            Rotation::Deg0,
            Rotation::Deg90,
            Rotation::Deg180,
            Rotation::Deg270,
        ][i % 4];
        let bpp = format.bytes_per_pixel();
        let mut px = vec![0u8; (w * h) as usize * bpp + 16];
        let (pw, ph) = if rotation.swaps_axes() {
            (h, w)
        } else {
            (w, h)
        };
        let mut t = RenderTarget::new(&mut px, pw, ph, pw as usize * bpp, format)
            .expect("target")
            .with_rotation(rotation)
            .with_dither(i % 2 == 0);
        let started = std::time::Instant::now();
        if std::env::var_os("ARKUI_DEBUG_SLOW").is_some() {
            for (k, c) in list.commands.iter().enumerate() {
                eprintln!("list {i} cmd {k}: {c:?}");
            }
        }
        renderer.render_with_images(
            &list,
            &mut t,
            &mut fonts,
            &images,
            IRect::new(-5, -5, 100, 100),
        );
        assert!(
            started.elapsed().as_secs() < 5,
            "list {i} took {:?}",
            started.elapsed()
        );
        let mut buf = vec![0u8; w as usize * bpp * 3];
        renderer
            .render_by_lines(
                &list,
                &mut fonts,
                &images,
                LineTarget {
                    width: w,
                    height: h,
                    format,
                    dither: false,
                },
                &Damage::from_rect(IRect::new(3, 4, 30, 33)),
                &mut buf,
                |_, _| {},
            )
            .expect("buffer holds a line");
    }
}

#[test]
#[ignore = "debugging aid"]
fn debug_one_list() {
    let target_list: usize = std::env::var("ARKUI_LIST")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(21);
    let mut rng = Rng(0xD15_EA5E_F00D);
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let images = ImageCache::new(0);
    for i in 0..=target_list {
        let list = random_list(&mut rng, 24);
        if i != target_list {
            continue;
        }
        for (k, c) in list.commands.iter().enumerate() {
            let mut single = DisplayList::new();
            single.push(c.clone());
            let mut px = vec![0u8; 48 * 40 * 4];
            let mut t =
                RenderTarget::new(&mut px, 48, 40, 48 * 4, PixelFormat::Rgba8888).expect("target");
            let started = std::time::Instant::now();
            SoftwareRenderer::new().render_with_images(
                &single,
                &mut t,
                &mut fonts,
                &images,
                IRect::new(-5, -5, 100, 100),
            );
            eprintln!("cmd {k}: {:?}", started.elapsed());
        }
    }
}

#[test]
fn sub_pixel_dash_patterns_stay_fast() {
    // Found by fuzzing: a 0.0078 px dash pattern made 15,000 dashes on a short curve.
    use arkui_renderer::{Brush, Color, DrawCmd, LineCap, PathData, PathVerb, Point, StrokeStyle};
    let mut list = DisplayList::new();
    list.push(DrawCmd::StrokePath {
        path: PathData::from_verbs(&[
            PathVerb::MoveTo(Point::new(0.0, 0.0)),
            PathVerb::QuadTo(Point::new(14.0, -16.0), Point::new(15.6, 214.0)),
        ]),
        stroke: StrokeStyle::new(9.5)
            .with_cap(LineCap::Square)
            .with_dashes(vec![0.0078]),
        brush: Brush::Solid(Color::rgba(0, 230, 102, 114)),
    });
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let mut px = vec![0u8; 40 * 32 * 4];
    let mut t = RenderTarget::new(&mut px, 40, 32, 160, PixelFormat::Rgba8888).expect("target");
    let started = std::time::Instant::now();
    SoftwareRenderer::new().render(&list, &mut t, &mut fonts, IRect::from_size(40, 32));
    assert!(
        started.elapsed().as_millis() < 500,
        "took {:?}",
        started.elapsed()
    );
    // Drawn as a solid line at half the alpha (a 50% duty cycle).
    assert!(px.chunks_exact(4).any(|p| p[3] > 40 && p[3] < 70));
}
