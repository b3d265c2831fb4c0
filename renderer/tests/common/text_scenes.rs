//! Text scenes for backend parity (tiny-skia draws no text, so the oracle has none): glyph
//! runs at fractional positions, sizes and weights, under scale and rotation, in layers
//! and rounded clips.

use arkui_renderer::text::{FontContext, TextStyle};
use arkui_renderer::{Color, CornerRadii, DisplayList, DrawCmd, Rect, Transform};

use super::scenes::{H, Scene, W};

fn text(
    fonts: &mut FontContext,
    s: &str,
    size: f32,
    weight: u16,
    x: f32,
    y: f32,
    c: Color,
) -> DrawCmd {
    let mut style = TextStyle::new(size);
    style.weight = weight;
    let layout = fonts.shape(s, &style, Some(W as f32 - x));
    DrawCmd::Glyphs(layout.to_glyph_run(x, y, c))
}

fn scene(name: &'static str, cmds: Vec<DrawCmd>) -> Scene {
    let mut list = DisplayList::new();
    list.push(DrawCmd::Rect {
        rect: Rect::new(0.0, 0.0, W as f32, H as f32),
        color: Color::WHITE,
    });
    for c in cmds {
        list.push(c);
    }
    Scene { name, list }
}

pub(crate) fn all(fonts: &mut FontContext) -> Vec<Scene> {
    let ink = Color::rgb(33, 33, 33);
    let blue = Color::rgb(0, 90, 200);
    vec![
        scene(
            "text_sizes",
            vec![
                text(fonts, "Hello, arkui!", 11.0, 400, 2.0, 2.0, ink),
                text(fonts, "Quick fox", 16.5, 400, 3.25, 20.5, blue),
                text(fonts, "Bold 24", 24.0, 700, 1.6, 44.3, ink),
                text(fonts, "tiny 8px text", 8.0, 400, 2.0, 80.0, ink),
            ],
        ),
        scene(
            "text_wrapped_translucent",
            vec![
                DrawCmd::Rect {
                    rect: Rect::new(0.0, 40.0, 96.0, 20.0),
                    color: Color::rgb(255, 193, 7),
                },
                text(
                    fonts,
                    "The quick brown fox jumps over the lazy dog",
                    13.0,
                    400,
                    4.0,
                    6.0,
                    Color::rgba(0, 0, 0, 150),
                ),
            ],
        ),
        scene(
            "text_scaled",
            vec![
                DrawCmd::PushTransform {
                    transform: Transform::scale(1.5, 1.5),
                },
                text(fonts, "Scaled", 14.0, 400, 4.0, 6.0, ink),
                DrawCmd::PopTransform,
            ],
        ),
        scene(
            "text_rotated",
            vec![
                DrawCmd::PushTransform {
                    transform: Transform::rotate_about(0.35, 48.0, 48.0),
                },
                text(fonts, "Rotated text", 15.0, 700, 6.0, 36.0, blue),
                DrawCmd::PopTransform,
            ],
        ),
        scene(
            "text_in_layer_and_clip",
            vec![
                DrawCmd::PushRoundedClip {
                    rect: Rect::new(4.0, 4.0, 88.0, 60.0),
                    radii: CornerRadii::uniform(18.0),
                },
                DrawCmd::Rect {
                    rect: Rect::new(0.0, 0.0, 96.0, 96.0),
                    color: Color::rgb(220, 235, 255),
                },
                DrawCmd::PushLayer {
                    opacity: 0.7,
                    bounds: None,
                },
                text(fonts, "Clipped and faded words", 18.0, 400, 0.0, 10.0, ink),
                DrawCmd::PopLayer,
                DrawCmd::PopClip,
            ],
        ),
    ]
}
