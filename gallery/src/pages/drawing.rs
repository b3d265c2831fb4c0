//! Drawing: a chart drawn on a Canvas from state (redrawn when the data changes), a card
//! with a shadow and a gradient, canvas images and patterns, a frosted-glass backdrop blur,
//! the five progress kinds, Gauge, DataPanel, QRCode, PatternLock, and every shape component.

use arkui::draw::{FillRule, LineCap, LineJoin};
use arkui::prelude::*;
use arkui::widgets::{
    Canvas, CanvasGradient, CanvasRenderingContext2D, CanvasTextAlign, Circle, Ellipse, Line, Path,
    PatternLock, Polygon, Polyline, Rect, Shape,
};
use arkui::{ImageBitmap, ViewPort};

/// The chart's data for round `n`: twelve values, different each round (deterministic, so
/// pictures of the page are stable).
fn series(n: u32) -> Vec<f32> {
    (0..12u32)
        .map(|i| {
            let x = (i * 7 + n * 13) % 17;
            20.0 + (x as f32) * 4.5 + ((i + n) % 3) as f32 * 6.0
        })
        .collect()
}

/// Axes, a bar series and a line series of `data` on a `w`×`h` canvas.
fn chart(ctx: &CanvasRenderingContext2D, data: &[f32], w: f32, h: f32) {
    let (left, bottom, top) = (28.0, h - 18.0, 8.0);
    let plot_w = w - left - 8.0;
    let max = 100.0;
    let y_of = |v: f32| bottom - (v / max) * (bottom - top);
    // Grid and axes.
    ctx.set_stroke_style(Color::from_rgb(0xE0E0E0));
    ctx.set_line_width(1.0);
    ctx.set_font("10px sans-serif");
    ctx.set_fill_style(Color::from_rgb(0x757575));
    ctx.set_text_align(CanvasTextAlign::Right);
    for tick in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let y = y_of(tick).round() + 0.5;
        ctx.begin_path();
        ctx.move_to(left, y);
        ctx.line_to(w - 8.0, y);
        ctx.stroke();
        ctx.fill_text(&format!("{tick}"), left - 4.0, y + 3.0);
    }
    ctx.set_stroke_style(Color::from_rgb(0x424242));
    ctx.begin_path();
    ctx.move_to(left + 0.5, top);
    ctx.line_to(left + 0.5, bottom + 0.5);
    ctx.line_to(w - 8.0, bottom + 0.5);
    ctx.stroke();
    // Bars, with a vertical gradient.
    let step = plot_w / data.len() as f32;
    let mut bars = CanvasGradient::linear(0.0, top, 0.0, bottom);
    bars.add_color_stop(0.0, Color::from_rgb(0x64B5F6));
    bars.add_color_stop(1.0, Color::from_rgb(0x1E88E5));
    ctx.set_fill_style(bars);
    for (i, v) in data.iter().enumerate() {
        let x = left + i as f32 * step + step * 0.2;
        ctx.fill_rect(x, y_of(*v), step * 0.6, bottom - y_of(*v));
    }
    // The line series: a running mean, with round joins and dots.
    let mean: Vec<f32> = data
        .iter()
        .enumerate()
        .map(|(i, _)| data[..=i].iter().sum::<f32>() / (i + 1) as f32)
        .collect();
    ctx.set_stroke_style(Color::from_rgb(0xFB8C00));
    ctx.set_line_width(2.5);
    ctx.set_line_join(LineJoin::Round);
    ctx.begin_path();
    for (i, v) in mean.iter().enumerate() {
        let (x, y) = (left + (i as f32 + 0.5) * step, y_of(*v));
        if i == 0 {
            ctx.move_to(x, y);
        } else {
            ctx.line_to(x, y);
        }
    }
    ctx.stroke();
    ctx.set_fill_style(Color::from_rgb(0xFB8C00));
    for (i, v) in mean.iter().enumerate() {
        ctx.begin_path();
        ctx.arc(
            left + (i as f32 + 0.5) * step,
            y_of(*v),
            3.0,
            0.0,
            std::f32::consts::TAU,
            false,
        );
        ctx.fill(FillRule::NonZero);
    }
}

/// The colours behind the frosted glass.
const STRIPES: [u32; 6] = [0xE53935, 0x1E88E5, 0x43A047, 0xFB8C00, 0x8E24AA, 0x00897B];

/// A 4x4 tile in two colours (a pattern and a stretched image on the canvas below).
fn tile() -> Option<ImageBitmap> {
    let (a, b) = ([0x28, 0x35, 0x93, 0xFF], [0xE8, 0xEA, 0xF6, 0xFF]);
    let px: Vec<u8> = (0..16)
        .flat_map(|i| if (i % 4 < 2) == (i / 4 < 2) { a } else { b })
        .collect();
    ImageBitmap::from_straight_rgba(4, 4, px).ok()
}

/// Images on a canvas: a pattern fill, an image stretched pixel-sharp, outlined text.
fn images(ctx: &CanvasRenderingContext2D) {
    let Some(img) = tile() else { return };
    if let Some(p) = ctx.create_pattern(&img, "repeat") {
        ctx.set_fill_style(p);
        ctx.fill_rect(8.0, 8.0, 72.0, 72.0);
    }
    ctx.set_image_smoothing_enabled(false);
    ctx.draw_image_sized(&img, 92.0, 8.0, 72.0, 72.0);
    ctx.set_font("bold 28px sans-serif");
    ctx.set_stroke_style(Color::from_rgb(0xD81B60));
    ctx.set_line_width(1.5);
    ctx.stroke_text("Outline", 176.0, 54.0);
}

/// The drawing page.
#[component]
pub struct DrawingPage {
    #[state(0u32)]
    round: u32,
}

impl DrawingPage {
    fn build(&self) -> impl View {
        let ctx = CanvasRenderingContext2D::new();
        let round = self.round;
        ui! {
            Scroll() {
                Column(space = 12.vp()) {
                    Text("Chart on a Canvas").font_size(16.fp()).font_weight(FontWeight::Medium)
                    Canvas(ctx.clone())
                        .width(pct(100.0))
                        .height(160.vp())
                        .background_color(Color::WHITE)
                        .border_radius(8.vp())
                        .id("chart")
                        .on_draw(move |ctx| {
                            let data = series(round.get());
                            chart(ctx, &data, ctx.width().max(120.0), ctx.height().max(80.0));
                        })
                    Button("New data")
                        .id("redraw")
                        .on_click(move |_| round.update(|r| *r += 1))
                    Text("Card: shadow and gradient").font_size(16.fp()).font_weight(FontWeight::Medium)
                    Column(space = 4.vp()) {
                        Text("Today").font_color(Color::WHITE).font_size(14.fp())
                        Text("8,421 steps").font_color(Color::WHITE).font_size(22.fp()).font_weight(FontWeight::Bold)
                    }
                    .width(pct(100.0))
                    .padding(16.vp())
                    .align_items(HorizontalAlign::Start)
                    .border_radius(16.vp())
                    .linear_gradient(LinearGradient::new([
                        (Color::from_rgb(0x7B1FA2), 0.0),
                        (Color::from_rgb(0x1E88E5), 1.0),
                    ]).angle(120.0))
                    .shadow(ShadowStyle::OuterDefaultMd)
                    .id("card")
                    Text("Images, patterns, outlined text").font_size(16.fp()).font_weight(FontWeight::Medium)
                    Canvas(CanvasRenderingContext2D::new())
                        .width(pct(100.0))
                        .height(88.vp())
                        .id("images")
                        .on_draw(images)
                    Text("Frosted glass: backdropBlur").font_size(16.fp()).font_weight(FontWeight::Medium)
                    Stack() {
                        Row() {
                            ForEach(0..24usize, |i| *i, |i| {
                                Column().width(pct(100.0 / 24.0)).height(pct(100.0))
                                    .background_color(Color::from_rgb(STRIPES[i % STRIPES.len()]))
                            })
                        }
                        .width(pct(100.0))
                        .height(pct(100.0))
                        Text("Behind glass").font_size(18.fp()).font_weight(FontWeight::Bold)
                            .padding(16.vp())
                            .border_radius(16.vp())
                            .background_color(Color::rgba(255, 255, 255, 110))
                            .backdrop_blur(24.0)
                            .id("glass")
                    }
                    .width(pct(100.0))
                    .height(96.vp())
                    Text("Progress, five ways").font_size(16.fp()).font_weight(FontWeight::Medium)
                    Row(space = 12.vp()) {
                        Progress(value = 60.0, progress_type = ProgressType::Ring)
                        Progress(value = 60.0, progress_type = ProgressType::Eclipse)
                        Progress(value = 60.0, progress_type = ProgressType::ScaleRing)
                        Progress(value = 60.0, progress_type = ProgressType::Capsule).width(80.vp())
                    }
                    Progress(value = 60.0).width(pct(100.0))
                    Text("Gauge, DataPanel, QRCode").font_size(16.fp()).font_weight(FontWeight::Medium)
                    Row(space = 12.vp()) {
                        Gauge(value = 72.0)
                            .start_angle(210.0)
                            .end_angle(150.0)
                            .stroke_width(8.0)
                            .colors(vec![
                                (Color::from_rgb(0x43A047), 3.0),
                                (Color::from_rgb(0xFDD835), 2.0),
                                (Color::from_rgb(0xE53935), 1.0),
                            ])
                            .width(96.vp())
                            .height(96.vp())
                        DataPanel(values = vec![30.0, 20.0, 15.0, 10.0]).stroke_width(14.0).width(96.vp()).height(96.vp())
                        QRCode("https://gitee.com/openharmony".to_string()).width(96.vp()).height(96.vp())
                    }
                    DataPanel(values = vec![30.0, 20.0, 15.0], panel_type = DataPanelType::Line).width(pct(100.0)).height(16.vp())
                    Text("PatternLock: draw a pattern").font_size(16.fp()).font_weight(FontWeight::Medium)
                    PatternLock().side_length(180.vp()).id("lock")
                    Text("Shapes").font_size(16.fp()).font_weight(FontWeight::Medium)
                    Flex(wrap = FlexWrap::Wrap) {
                        Circle().width(48.vp()).height(48.vp()).fill(Color::from_rgb(0xE53935)).margin(6.vp())
                        Ellipse().width(72.vp()).height(40.vp()).fill(Color::from_rgb(0x43A047)).margin(6.vp())
                        Rect().width(64.vp()).height(44.vp()).radius(10.0).fill(Color::from_rgb(0xFFF3E0))
                            .stroke(Color::from_rgb(0xFB8C00)).stroke_width(3.0).margin(6.vp())
                        Line().start_point((0.0, 40.0)).end_point((56.0, 4.0)).stroke(Color::from_rgb(0x424242))
                            .stroke_width(4.0).stroke_line_cap(LineCap::Round).margin(6.vp())
                        Polyline().points(vec![(0.0, 40.0), (16.0, 10.0), (32.0, 30.0), (48.0, 4.0), (64.0, 24.0)])
                            .fill(Color::TRANSPARENT).stroke(Color::from_rgb(0x1E88E5)).stroke_width(3.0)
                            .stroke_dash_array(vec![6.0, 4.0]).margin(6.vp())
                        Polygon().points(vec![(24.0, 0.0), (48.0, 44.0), (0.0, 44.0)])
                            .fill(Color::from_rgb(0x8E24AA)).margin(6.vp())
                        Path().commands("M4 20 C4 8 20 0 28 12 C36 0 52 8 52 20 C52 34 28 46 28 46 C28 46 4 34 4 20 Z")
                            .fill(Color::from_rgb(0xD81B60)).margin(6.vp())
                        Shape() {
                            Rect().width(40.vp()).height(40.vp()).radius(8.0)
                            Circle().width(24.vp()).height(24.vp()).position(8.vp(), 8.vp()).fill(Color::WHITE)
                        }
                        .width(64.vp()).height(64.vp())
                        .view_port(ViewPort::new(0.0, 0.0, 40.0, 40.0))
                        .fill(Color::from_rgb(0x00897B))
                        .margin(6.vp())
                    }
                    .width(pct(100.0))
                }
                .width(pct(100.0))
                .padding(12.vp())
                .align_items(HorizontalAlign::Start)
            }
            .width(pct(100.0))
            .height(pct(100.0))
        }
    }
}
