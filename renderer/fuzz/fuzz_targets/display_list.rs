//! Random display lists, decoded from raw bytes so every float bit pattern (NaN, infinities,
//! denormals, huge values) reaches the rasterizer; rendered to RGBA, RGB565 with dither on a
//! rotated panel, and line by line. Nothing may panic or hang.
#![no_main]

use std::sync::{Mutex, OnceLock};

use arkui_renderer::images::{ImageCache, ImageData};
use arkui_renderer::software::{
    Damage, LineTarget, PixelFormat, RenderTarget, Rotation, SoftwareRenderer,
};
use arkui_renderer::text::{FontContext, FontSource};
use arkui_renderer::{
    BorderSide, BorderSides, BorderStyle, BorderWidths, Brush, Color, CompositeMode, CornerRadii,
    DisplayList, DrawCmd, FillRule, FontKey, Glyph, GlyphRun, Gradient, GradientKind, GradientStop,
    IRect, ImageFilter, ImageFit, ImageKey, ImageRepeat, LayerShadow, LineCap, LineJoin, PathData, PathVerb,
    Point, Rect, Spread, StrokeStyle, Transform,
};
use libfuzzer_sys::fuzz_target;

struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn u8(&mut self) -> u8 {
        let Some((&b, rest)) = self.0.split_first() else {
            return 0;
        };
        self.0 = rest;
        b
    }
    fn f(&mut self) -> f32 {
        // One byte picks a friendly value most of the time; otherwise raw bits.
        match self.u8() {
            0..=199 => f32::from(self.u8()) - 16.0,
            200..=239 => f32::from(self.u8()) / 8.0,
            _ => f32::from_bits(u32::from_le_bytes([
                self.u8(),
                self.u8(),
                self.u8(),
                self.u8(),
            ])),
        }
    }
    fn p(&mut self) -> Point {
        Point::new(self.f(), self.f())
    }
    fn rect(&mut self) -> Rect {
        Rect::new(self.f(), self.f(), self.f(), self.f())
    }
    fn color(&mut self) -> Color {
        Color::rgba(self.u8(), self.u8(), self.u8(), self.u8())
    }
    fn radii(&mut self) -> CornerRadii {
        CornerRadii {
            top_left: self.f(),
            top_right: self.f(),
            bottom_right: self.f(),
            bottom_left: self.f(),
        }
    }
    fn widths(&mut self) -> BorderWidths {
        BorderWidths {
            left: self.f(),
            top: self.f(),
            right: self.f(),
            bottom: self.f(),
        }
    }
    fn side(&mut self) -> BorderSide {
        let style = [BorderStyle::Solid, BorderStyle::Dashed, BorderStyle::Dotted]
            [usize::from(self.u8() % 3)];
        BorderSide {
            color: self.color(),
            style,
        }
    }
    fn brush(&mut self) -> Brush {
        if self.u8() % 2 == 0 {
            return Brush::Solid(self.color());
        }
        let kind = match self.u8() % 4 {
            0 => GradientKind::Linear {
                start: self.p(),
                end: self.p(),
            },
            1 => GradientKind::Radial {
                center: self.p(),
                radius: self.f(),
            },
            2 => GradientKind::TwoCircle {
                start: self.p(),
                start_radius: self.f(),
                end: self.p(),
                end_radius: self.f(),
            },
            _ => GradientKind::Sweep {
                center: self.p(),
                start_angle: self.f(),
                end_angle: self.f(),
            },
        };
        let stops = (0..self.u8() % 6)
            .map(|_| GradientStop::new(self.f(), self.color()))
            .collect();
        Brush::Gradient(Gradient {
            kind,
            stops,
            spread: if self.u8() % 2 == 0 {
                Spread::Pad
            } else {
                Spread::Repeat
            },
        })
    }
    fn path(&mut self) -> PathData {
        let verbs: Vec<PathVerb> = (0..self.u8() % 16)
            .map(|_| match self.u8() % 5 {
                0 => PathVerb::MoveTo(self.p()),
                1 => PathVerb::LineTo(self.p()),
                2 => PathVerb::QuadTo(self.p(), self.p()),
                3 => PathVerb::CubicTo(self.p(), self.p(), self.p()),
                _ => PathVerb::Close,
            })
            .collect();
        PathData::from_verbs(&verbs)
    }
}

fn list(data: &[u8]) -> DisplayList {
    let mut b = Bytes(data);
    let mut list = DisplayList::new();
    while !b.0.is_empty() && list.len() < 64 {
        let cmd = match b.u8() % 25 {
            0 => DrawCmd::Rect {
                rect: b.rect(),
                color: b.color(),
            },
            1 => DrawCmd::RoundedRect {
                rect: b.rect(),
                radii: b.radii(),
                color: b.color(),
            },
            2 => DrawCmd::Border {
                rect: b.rect(),
                radii: b.radii(),
                widths: b.widths(),
                color: b.color(),
            },
            3 => DrawCmd::StyledBorder {
                rect: b.rect(),
                radii: b.radii(),
                widths: b.widths(),
                sides: BorderSides {
                    left: b.side(),
                    top: b.side(),
                    right: b.side(),
                    bottom: b.side(),
                },
            },
            4 => match b.brush() {
                Brush::Gradient(gradient) => DrawCmd::GradientRect {
                    rect: b.rect(),
                    radii: b.radii(),
                    gradient,
                },
                Brush::Solid(color) => DrawCmd::Rect {
                    rect: b.rect(),
                    color,
                },
            },
            5 => DrawCmd::BoxShadow {
                rect: b.rect(),
                radii: b.radii(),
                color: b.color(),
                blur: b.f(),
                spread: b.f(),
                offset: b.p(),
            },
            6 => DrawCmd::Image {
                rect: b.rect(),
                image: ImageKey(u64::from(b.u8() % 3)),
                fit: [
                    ImageFit::Cover,
                    ImageFit::Contain,
                    ImageFit::Fill,
                    ImageFit::None,
                    ImageFit::ScaleDown,
                ][usize::from(b.u8() % 5)],
                filter: if b.u8() % 2 == 0 {
                    ImageFilter::Bilinear
                } else {
                    ImageFilter::Nearest
                },
                opacity: b.f(),
                tint: if b.u8() % 4 == 0 {
                    Some(b.color())
                } else {
                    None
                },
            },
            7 => DrawCmd::FillPath {
                path: b.path(),
                rule: if b.u8() % 2 == 0 {
                    FillRule::NonZero
                } else {
                    FillRule::EvenOdd
                },
                brush: b.brush(),
            },
            8 => DrawCmd::StrokePath {
                path: b.path(),
                stroke: StrokeStyle {
                    width: b.f(),
                    cap: [LineCap::Butt, LineCap::Round, LineCap::Square][usize::from(b.u8() % 3)],
                    join: [LineJoin::Miter, LineJoin::Round, LineJoin::Bevel]
                        [usize::from(b.u8() % 3)],
                    miter_limit: b.f(),
                    dashes: (0..b.u8() % 5).map(|_| b.f()).collect(),
                    dash_offset: b.f(),
                },
                brush: b.brush(),
            },
            9 => DrawCmd::PushClip { rect: b.rect() },
            10 => DrawCmd::PushRoundedClip {
                rect: b.rect(),
                radii: b.radii(),
            },
            11 => DrawCmd::PopClip,
            12 => DrawCmd::PushLayer {
                opacity: b.f(),
                bounds: if b.u8() % 2 == 0 {
                    None
                } else {
                    Some(b.rect())
                },
            },
            13 => DrawCmd::PopLayer,
            14 => DrawCmd::PushTransform {
                transform: Transform {
                    xx: b.f(),
                    yx: b.f(),
                    xy: b.f(),
                    yy: b.f(),
                    tx: b.f(),
                    ty: b.f(),
                },
            },
            15 => DrawCmd::PopTransform,
            16 => DrawCmd::Glyphs(GlyphRun {
                size: b.f(),
                weight: u16::from(b.u8()) * 4,
                color: b.color(),
                bounds: b.rect(),
                glyphs: (0..b.u8() % 8)
                    .map(|_| Glyph {
                        font: FontKey(u32::from(b.u8() % 3)),
                        id: u16::from(b.u8()),
                        x: b.f(),
                        y: b.f(),
                    })
                    .collect(),
            }),
            17 => DrawCmd::PushPathClip {
                path: b.path(),
                rule: if b.u8() % 2 == 0 {
                    FillRule::NonZero
                } else {
                    FillRule::EvenOdd
                },
            },
            18 => DrawCmd::PushCompositeLayer {
                mode: [
                    CompositeMode::SourceOver,
                    CompositeMode::DestinationOut,
                    CompositeMode::Copy,
                    CompositeMode::SourceIn,
                ][usize::from(b.u8() % 4)],
                shadow: (b.u8() % 2 == 0).then(|| LayerShadow {
                    color: b.color(),
                    blur: b.f(),
                    offset: b.p(),
                }),
                bounds: (b.u8() % 2 == 0).then(|| b.rect()),
                blur: if b.u8() % 2 == 0 { b.f() } else { 0.0 },
            },
            19 => DrawCmd::PopLayer,
            21 => DrawCmd::BackdropBlur {
                rect: b.rect(),
                radii: b.radii(),
                blur: b.f(),
            },
            22 => DrawCmd::PushAntiAlias {
                on: b.u8() % 2 == 0,
            },
            23 => DrawCmd::PopAntiAlias,
            20 => DrawCmd::ImagePattern {
                rect: b.rect(),
                image: ImageKey(u64::from(b.u8() % 3)),
                tile: b.rect(),
                repeat: [
                    ImageRepeat::NoRepeat,
                    ImageRepeat::X,
                    ImageRepeat::Y,
                    ImageRepeat::XY,
                    ImageRepeat::Clamp,
                    ImageRepeat::Mirror,
                ][usize::from(b.u8() % 6)],
                filter: if b.u8() % 2 == 0 {
                    ImageFilter::Bilinear
                } else {
                    ImageFilter::Nearest
                },
                opacity: b.f(),
            },
            _ => DrawCmd::Rect {
                rect: Rect::new(0.0, 0.0, 64.0, 64.0),
                color: b.color(),
            },
        };
        list.push(cmd);
    }
    list
}

struct State {
    fonts: FontContext,
    images: ImageCache,
    renderer: SoftwareRenderer,
}

fn state() -> &'static Mutex<State> {
    static STATE: OnceLock<Mutex<State>> = OnceLock::new();
    STATE.get_or_init(|| {
        let mut fonts = FontContext::new(FontSource::BundledOnly);
        // Shape once so the bundled faces have font keys for the glyph commands.
        fonts.shape("Ag", &arkui_renderer::text::TextStyle::new(12.0), None);
        let mut images = ImageCache::new(1 << 16);
        let img = ImageData::from_straight_rgba(2, 3, vec![120; 24]).expect("2x3");
        let _ = images.insert(ImageKey(1), img);
        Mutex::new(State {
            fonts,
            images,
            renderer: SoftwareRenderer::new(),
        })
    })
}

fuzz_target!(|data: &[u8]| {
    let list = list(data);
    if std::env::var_os("ARKUI_FUZZ_PRINT").is_some() {
        eprintln!("{list:#?}");
    }
    let mut guard = state().lock().unwrap_or_else(|e| e.into_inner());
    let State {
        fonts,
        images,
        renderer,
    } = &mut *guard;
    let (w, h) = (40u32, 32u32);
    let mut rgba = vec![0u8; (w * h * 4) as usize];
    let mut t =
        RenderTarget::new(&mut rgba, w, h, w as usize * 4, PixelFormat::Rgba8888).expect("target");
    renderer.render_with_images(&list, &mut t, fonts, images, IRect::from_size(w, h));
    let mut rgb565 = vec![0u8; (w * h * 2) as usize];
    let mut t = RenderTarget::new(&mut rgb565, h, w, h as usize * 2, PixelFormat::Rgb565)
        .expect("target")
        .with_rotation(Rotation::Deg90)
        .with_dither(true);
    renderer.render_with_images(&list, &mut t, fonts, images, IRect::new(-3, 2, 50, 30));
    let mut lines = vec![0u8; w as usize * 4 * 5];
    let target = LineTarget {
        width: w,
        height: h,
        format: PixelFormat::Bgra8888,
        dither: false,
    };
    renderer
        .render_by_lines(
            &list,
            fonts,
            images,
            target,
            &Damage::from_rect(IRect::new(1, 1, 39, 31)),
            &mut lines,
            |_, _| {},
        )
        .expect("buffer holds a line");
});
