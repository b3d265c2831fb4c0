//! One scene, every target: pixel formats, strides, rotations and dithering agree with the
//! plain RGBA8888 rendering.

#[path = "common/scene.rs"]
mod scene;

use arkui_renderer::IRect;
use arkui_renderer::software::{PixelFormat, RenderTarget, Rotation, SoftwareRenderer};
use arkui_renderer::text::{FontContext, FontSource};

const W: u32 = 200;
const H: u32 = 150;

fn render(
    format: PixelFormat,
    stride: usize,
    rotation: Rotation,
    dither: bool,
    fill: u8,
) -> Vec<u8> {
    let (pw, ph) = if rotation == Rotation::Deg90 || rotation == Rotation::Deg270 {
        (H, W)
    } else {
        (W, H)
    };
    let mut px = vec![fill; stride * ph as usize];
    let mut target = RenderTarget::new(&mut px, pw, ph, stride, format)
        .expect("target")
        .with_rotation(rotation)
        .with_dither(dither);
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let images = scene::images();
    SoftwareRenderer::new().render_with_images(
        &scene::busy(W as f32, H as f32, 0.0),
        &mut target,
        &mut fonts,
        &images,
        IRect::from_size(W, H),
    );
    px
}

#[test]
fn bgra_is_rgba_swizzled_and_padding_is_untouched() {
    let rgba = render(
        PixelFormat::Rgba8888,
        W as usize * 4,
        Rotation::Deg0,
        false,
        0,
    );
    let stride = W as usize * 4 + 12;
    let bgra = render(PixelFormat::Bgra8888, stride, Rotation::Deg0, false, 0xAB);
    for y in 0..H as usize {
        let row = &bgra[y * stride..(y + 1) * stride];
        assert!(
            row[W as usize * 4..].iter().all(|b| *b == 0xAB),
            "row {y} padding overwritten"
        );
        for x in 0..W as usize {
            let (a, b) = (&rgba[(y * W as usize + x) * 4..][..4], &row[x * 4..][..4]);
            assert_eq!(
                [a[2], a[1], a[0], a[3]],
                [b[0], b[1], b[2], b[3]],
                "pixel {x},{y}"
            );
        }
    }
}

fn rgb565_to_rgb(v: u16) -> [i32; 3] {
    let (r, g, b) = ((v >> 11) as i32, ((v >> 5) & 63) as i32, (v & 31) as i32);
    [
        (r << 3) | (r >> 2),
        (g << 2) | (g >> 4),
        (b << 3) | (b >> 2),
    ]
}

#[test]
fn rgb565_is_rgba_quantised_and_dither_keeps_local_means() {
    let rgba = render(
        PixelFormat::Rgba8888,
        W as usize * 4,
        Rotation::Deg0,
        false,
        0,
    );
    let plain = render(
        PixelFormat::Rgb565,
        W as usize * 2,
        Rotation::Deg0,
        false,
        0,
    );
    let dithered = render(PixelFormat::Rgb565, W as usize * 2, Rotation::Deg0, true, 0);
    let at = |buf: &[u8], x: u32, y: u32| {
        let i = ((y * W + x) * 2) as usize;
        rgb565_to_rgb(u16::from_le_bytes([buf[i], buf[i + 1]]))
    };
    if let Some(dir) = std::env::var_os("ARKUI_TEST_OUT") {
        // Pictures to look at: the RGBA frame and what the 565 panels show.
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).expect("output dir");
        let to_rgb = |buf: &[u8]| -> Vec<u8> {
            (0..W * H)
                .flat_map(|i| at(buf, i % W, i / W).map(|c| c as u8))
                .collect()
        };
        let rgb: Vec<u8> = rgba
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        for (name, px) in [
            ("rgba", rgb),
            ("rgb565", to_rgb(&plain)),
            ("rgb565_dither", to_rgb(&dithered)),
        ] {
            image::RgbImage::from_raw(W, H, px)
                .expect("size")
                .save(dir.join(format!("busy_{name}.png")))
                .expect("png");
        }
    }
    let (mut err_plain, mut err_dith) = (0.0f64, 0.0f64);
    for by in (0..H - 3).step_by(4) {
        for bx in (0..W - 3).step_by(4) {
            for k in 0..3 {
                let (mut t, mut p, mut d) = (0i32, 0i32, 0i32);
                for y in by..by + 4 {
                    for x in bx..bx + 4 {
                        let want = i32::from(rgba[((y * W + x) * 4) as usize + k]);
                        let got = at(&plain, x, y)[k];
                        // Blends happen on stored 565 values: a pixel may drift a few steps.
                        assert!(
                            (got - want).abs() <= 16,
                            "pixel {x},{y} channel {k}: {got} vs {want}"
                        );
                        t += want;
                        p += got;
                        d += at(&dithered, x, y)[k];
                    }
                }
                err_plain += f64::from((p - t).abs()) / 16.0;
                err_dith += f64::from((d - t).abs()) / 16.0;
            }
        }
    }
    // Averaged over 4x4 blocks (what the eye sees), dithering is closer to the true colours.
    assert!(
        err_dith < err_plain,
        "dithered block error {err_dith} vs plain {err_plain}"
    );
}

#[test]
fn rotated_targets_hold_the_turned_picture() {
    let base = render(
        PixelFormat::Rgba8888,
        W as usize * 4,
        Rotation::Deg0,
        false,
        0,
    );
    for rot in [Rotation::Deg90, Rotation::Deg180, Rotation::Deg270] {
        let (pw, ph) = if rot.swaps_axes() { (H, W) } else { (W, H) };
        let stride = pw as usize * 4 + 8;
        let turned = render(PixelFormat::Rgba8888, stride, rot, false, 0);
        for y in 0..H {
            for x in 0..W {
                let (px, py) = rot.to_physical(x, y, pw, ph);
                let a = &base[((y * W + x) * 4) as usize..][..4];
                let b = &turned[py as usize * stride + px as usize * 4..][..4];
                assert_eq!(a, b, "{rot:?} at logical {x},{y}");
            }
        }
    }
}
