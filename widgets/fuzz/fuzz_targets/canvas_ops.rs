//! Random canvas command sequences, decoded from raw bytes so every float bit pattern (NaN,
//! infinities, denormals, huge values) and every call order reaches the 2D context: styles,
//! paths, transforms, clips, save/restore, text, gradients, patterns, images and the pixel
//! round trip. The canvas is painted, rasterised and read back; nothing may panic or hang.
//!
//! Run with `cargo +nightly fuzz run canvas_ops` from `widgets/`.
#![no_main]

use arkui_core::{App, Color, CommonAttribute, DeviceProfile, ImageBitmap};
use arkui_core::draw::{FillRule, LineCap, LineJoin};
use arkui_renderer::IRect;
use arkui_renderer::software::{PixelFormat, RenderTarget, SoftwareRenderer};
use arkui_widgets::{Canvas, CanvasGradient, CanvasRenderingContext2D, CanvasStyle, Path2D};
use libfuzzer_sys::fuzz_target;

struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn u8(&mut self) -> Option<u8> {
        let (&b, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(b)
    }
    fn b(&mut self) -> u8 {
        self.u8().unwrap_or(0)
    }
    fn f(&mut self) -> f32 {
        // One byte picks a friendly value most of the time; otherwise raw bits.
        match self.b() {
            0..=199 => f32::from(self.b()) - 16.0,
            200..=239 => f32::from(self.b()) / 8.0,
            _ => f32::from_bits(u32::from_le_bytes([self.b(), self.b(), self.b(), self.b()])),
        }
    }
    fn color(&mut self) -> Color {
        Color::rgba(self.b(), self.b(), self.b(), self.b())
    }
    fn text(&mut self) -> String {
        let n = usize::from(self.b() % 12);
        (0..n).map(|_| char::from(b' ' + self.b() % 95)).collect()
    }
}

fn style(b: &mut Bytes<'_>, img: &ImageBitmap) -> CanvasStyle {
    match b.b() % 5 {
        0 => CanvasStyle::Color(b.color()),
        1 => {
            let mut g = CanvasGradient::linear(b.f(), b.f(), b.f(), b.f());
            g.add_color_stop(b.f(), b.color());
            g.add_color_stop(b.f(), b.color());
            g.into()
        }
        2 => {
            let mut g = CanvasGradient::radial(b.f(), b.f(), b.f(), b.f(), b.f(), b.f());
            g.add_color_stop(b.f(), b.color());
            g.into()
        }
        3 => {
            let mut g = CanvasGradient::conic(b.f(), b.f(), b.f());
            g.add_color_stop(b.f(), b.color());
            g.into()
        }
        _ => {
            let reps = ["repeat", "repeat-x", "repeat-y", "no-repeat", "mirror", "clamp", "x"];
            let rep = reps[usize::from(b.b()) % reps.len()];
            match arkui_widgets::CanvasPattern::new(img, rep) {
                Some(p) => p.into(),
                None => CanvasStyle::Color(Color::BLACK),
            }
        }
    }
}

fn run(ctx: &CanvasRenderingContext2D, b: &mut Bytes<'_>, img: &ImageBitmap) {
    let mut path = Path2D::new();
    while let Some(op) = b.u8() {
        match op % 44 {
            0 => ctx.save(),
            1 => ctx.restore(),
            2 => ctx.set_fill_style(style(b, img)),
            3 => ctx.set_stroke_style(style(b, img)),
            4 => ctx.set_line_width(b.f()),
            5 => ctx.set_line_cap([LineCap::Butt, LineCap::Round, LineCap::Square][usize::from(b.b() % 3)]),
            6 => ctx.set_line_join([LineJoin::Miter, LineJoin::Round, LineJoin::Bevel][usize::from(b.b() % 3)]),
            7 => ctx.set_miter_limit(b.f()),
            8 => ctx.set_line_dash(&[b.f(), b.f(), b.f()]),
            9 => ctx.set_line_dash_offset(b.f()),
            10 => ctx.set_global_alpha(b.f()),
            11 => {
                let n = ["source-over", "source-in", "destination-out", "copy", "xor"];
                ctx.set_global_composite_operation_name(n[usize::from(b.b() % 5)]);
            }
            12 => ctx.set_shadow_blur(b.f()),
            13 => ctx.set_shadow_color(b.color()),
            14 => ctx.set_shadow_offset_x(b.f()),
            15 => ctx.set_shadow_offset_y(b.f()),
            16 => {
                let f = ["10px sans-serif", "bold 30px DejaVu Sans", "italic 1e30px x", "9999px y", ""];
                ctx.set_font(f[usize::from(b.b() % 5)]);
            }
            17 => ctx.translate(b.f(), b.f()),
            18 => ctx.rotate(b.f()),
            19 => ctx.scale(b.f(), b.f()),
            20 => ctx.transform(b.f(), b.f(), b.f(), b.f(), b.f(), b.f()),
            21 => ctx.set_transform(b.f(), b.f(), b.f(), b.f(), b.f(), b.f()),
            22 => ctx.reset_transform(),
            23 => ctx.begin_path(),
            24 => ctx.close_path(),
            25 => ctx.move_to(b.f(), b.f()),
            26 => ctx.line_to(b.f(), b.f()),
            27 => ctx.quadratic_curve_to(b.f(), b.f(), b.f(), b.f()),
            28 => ctx.bezier_curve_to(b.f(), b.f(), b.f(), b.f(), b.f(), b.f()),
            29 => ctx.arc(b.f(), b.f(), b.f(), b.f(), b.f(), b.b() % 2 == 0),
            30 => ctx.arc_to(b.f(), b.f(), b.f(), b.f(), b.f()),
            31 => ctx.ellipse(b.f(), b.f(), b.f(), b.f(), b.f(), b.f(), b.f(), b.b() % 2 == 0),
            32 => ctx.round_rect(b.f(), b.f(), b.f(), b.f(), &[b.f(), b.f()]),
            33 => ctx.fill_rect(b.f(), b.f(), b.f(), b.f()),
            34 => ctx.stroke_rect(b.f(), b.f(), b.f(), b.f()),
            35 => ctx.clear_rect(b.f(), b.f(), b.f(), b.f()),
            36 => ctx.fill(if b.b() % 2 == 0 { FillRule::NonZero } else { FillRule::EvenOdd }),
            37 => ctx.stroke(),
            38 => ctx.clip(FillRule::NonZero),
            39 => {
                path.arc(b.f(), b.f(), b.f(), b.f(), b.f(), false);
                ctx.fill_path(&path, FillRule::EvenOdd);
                ctx.stroke_path(&path);
            }
            40 => {
                let t = b.text();
                if b.b() % 2 == 0 {
                    ctx.fill_text(&t, b.f(), b.f());
                } else {
                    ctx.stroke_text(&t, b.f(), b.f());
                }
            }
            41 => match b.b() % 3 {
                0 => ctx.draw_image(img, b.f(), b.f()),
                1 => ctx.draw_image_sized(img, b.f(), b.f(), b.f(), b.f()),
                _ => ctx.draw_image_part(img, b.f(), b.f(), b.f(), b.f(), b.f(), b.f(), b.f(), b.f()),
            },
            42 => {
                if let Some(d) = ctx.get_image_data(b.f(), b.f(), b.f(), b.f()) {
                    let _ = ctx.put_image_data_dirty(&d, b.f(), b.f(), b.f(), b.f(), b.f(), b.f());
                }
            }
            _ => ctx.set_image_smoothing_enabled(b.b() % 2 == 0),
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let ctx = CanvasRenderingContext2D::new();
    let c = ctx.clone();
    let mut app = App::with_view(DeviceProfile::iot(), move || {
        Canvas::new(&c).width(64.0).height(48.0)
    });
    app.frame();
    let img = ImageBitmap::from_straight_rgba(3, 2, (0..24).map(|i| (i * 37) as u8).collect())
        .expect("3x2 pixels");
    run(&ctx, &mut Bytes(data), &img);
    let Some(list) = app.frame() else { return };
    let list = list.clone();
    let (w, h) = app.size();
    let mut px = vec![0u8; (w * h * 4) as usize];
    let mut target = RenderTarget::new(&mut px, w, h, (w * 4) as usize, PixelFormat::Rgba8888)
        .expect("target");
    arkui_core::with_fonts(|fonts| {
        SoftwareRenderer::new().render_with_images(
            &list,
            &mut target,
            fonts,
            app.image_cache(),
            IRect::from_size(w, h),
        )
    });
    let _ = ctx.get_image_data(0.0, 0.0, 64.0, 48.0);
});
