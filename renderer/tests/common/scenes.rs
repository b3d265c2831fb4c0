//! The scenes every backend is checked on, each a display list: the software renderer
//! against tiny-skia (`oracle.rs`), the wgpu backend against the software renderer
//! (`wgpu_parity.rs`). One scene body, every backend.

use arkui_renderer::images::{ImageCache, ImageData};
use arkui_renderer::{
    BorderSide, BorderSides, BorderStyle, BorderWidths, Brush, Color, CompositeMode, CornerRadii,
    DisplayList, DrawCmd, FillRule, Gradient, GradientKind, GradientStop, ImageFilter, ImageFit,
    ImageKey, ImageRepeat, LineCap, LineJoin, PathData, PathVerb, Point, Rect, Spread, StrokeStyle,
    Transform,
};

pub(crate) const W: u32 = 96;
pub(crate) const H: u32 = 96;

pub(crate) struct Scene {
    pub(crate) name: &'static str,
    pub(crate) list: DisplayList,
}

const BG: Color = Color::rgb(250, 248, 240);
const IMG: ImageKey = ImageKey(1);

fn p(x: f32, y: f32) -> Point {
    Point::new(x, y)
}

fn r(x: f32, y: f32, w: f32, h: f32) -> Rect {
    Rect::new(x, y, w, h)
}

fn scene(name: &'static str, cmds: Vec<DrawCmd>) -> Scene {
    let mut list = DisplayList::new();
    list.push(DrawCmd::Rect {
        rect: r(0.0, 0.0, W as f32, H as f32),
        color: BG,
    });
    for c in cmds {
        list.push(c);
    }
    Scene { name, list }
}

fn rect(x: f32, y: f32, w: f32, h: f32, color: Color) -> DrawCmd {
    DrawCmd::Rect {
        rect: r(x, y, w, h),
        color,
    }
}

fn rrect(x: f32, y: f32, w: f32, h: f32, radius: f32, color: Color) -> DrawCmd {
    DrawCmd::RoundedRect {
        rect: r(x, y, w, h),
        radii: CornerRadii::uniform(radius),
        color,
    }
}

fn stops(colors: &[(f32, Color)]) -> Vec<GradientStop> {
    colors
        .iter()
        .map(|(o, c)| GradientStop::new(*o, *c))
        .collect()
}

fn star(cx: f32, cy: f32, r: f32) -> PathData {
    let mut v = Vec::new();
    for i in 0..5 {
        let a = (i as f32 * 144.0 - 90.0).to_radians();
        let q = p(cx + r * a.cos(), cy + r * a.sin());
        v.push(if i == 0 {
            PathVerb::MoveTo(q)
        } else {
            PathVerb::LineTo(q)
        });
    }
    v.push(PathVerb::Close);
    PathData::from_verbs(&v)
}

fn zigzag() -> PathData {
    PathData::from_verbs(&[
        PathVerb::MoveTo(p(14.0, 70.0)),
        PathVerb::LineTo(p(34.0, 24.0)),
        PathVerb::LineTo(p(52.0, 70.0)),
        PathVerb::LineTo(p(82.0, 30.0)),
    ])
}

fn sides(l: Color, t: Color, rt: Color, b: Color, style: BorderStyle) -> BorderSides {
    let s = |color| BorderSide { color, style };
    BorderSides {
        left: s(l),
        top: s(t),
        right: s(rt),
        bottom: s(b),
    }
}

const TEAL: Color = Color::rgb(0, 150, 136);
const PURPLE: Color = Color::rgb(103, 58, 183);
const AMBER: Color = Color::rgb(255, 193, 7);
const INK: Color = Color::rgb(33, 33, 33);

/// A 12x8 test image: a colour ramp with a dark checker, some translucent pixels.
pub(crate) fn images() -> ImageCache {
    let (w, h) = (12u32, 8u32);
    let mut px = Vec::new();
    for y in 0..h {
        for x in 0..w {
            let dark = (x / 2 + y / 2) % 2 == 0;
            let a = if x == 0 { 128 } else { 255 };
            let (rr, g, b) = if dark {
                (40, 40, 60)
            } else {
                ((x * 20) as u8, (y * 30) as u8, 200)
            };
            px.extend_from_slice(&[rr, g, b, a]);
        }
    }
    let mut cache = ImageCache::new(1 << 20);
    cache
        .insert(
            IMG,
            ImageData::from_straight_rgba(w, h, px).expect("size matches"),
        )
        .expect("fits");
    cache
}

fn image(rect: Rect, fit: ImageFit) -> DrawCmd {
    DrawCmd::Image {
        rect,
        image: IMG,
        fit,
        filter: ImageFilter::Bilinear,
        opacity: 1.0,
        tint: None,
    }
}

fn tf(t: Transform) -> DrawCmd {
    DrawCmd::PushTransform { transform: t }
}

/// Scenes tiny-skia cannot draw, checked only between the two backends (and against
/// Chromium through the widgets' drawing goldens): backdrop blurs.
#[allow(dead_code, reason = "only the wgpu parity test uses them")]
pub(crate) fn parity_only() -> Vec<Scene> {
    let stripes = (0..12).map(|i| {
        rect(
            i as f32 * 8.0,
            0.0,
            4.0,
            96.0,
            if i % 2 == 0 { TEAL } else { AMBER },
        )
    });
    let mut under: Vec<DrawCmd> = stripes.collect();
    under.push(DrawCmd::BackdropBlur {
        rect: r(16.0, 16.0, 64.0, 40.0),
        radii: CornerRadii::uniform(10.0),
        blur: 3.0,
    });
    under.push(DrawCmd::RoundedRect {
        rect: r(16.0, 16.0, 64.0, 40.0),
        radii: CornerRadii::uniform(10.0),
        color: Color::rgba(255, 255, 255, 90),
    });
    let mut rotated = vec![
        rect(0.0, 0.0, 48.0, 96.0, Color::RED),
        rect(48.0, 0.0, 48.0, 96.0, Color::BLUE),
        tf(Transform::rotate_about(20f32.to_radians(), 48.0, 48.0)),
    ];
    rotated.push(DrawCmd::BackdropBlur {
        rect: r(24.0, 30.0, 48.0, 36.0),
        radii: CornerRadii::default(),
        blur: 5.0,
    });
    rotated.push(DrawCmd::PopTransform);
    vec![
        scene("backdrop_blur_stripes", under),
        scene("backdrop_blur_rotated", rotated),
    ]
}

pub(crate) fn all() -> Vec<Scene> {
    let c45 = Transform::rotate_about(30f32.to_radians(), 48.0, 48.0);
    vec![
        // Shapes.
        scene(
            "rect_fractional",
            vec![
                rect(10.3, 12.6, 50.5, 33.2, TEAL),
                rect(40.0, 40.0, 40.0, 40.0, INK),
            ],
        ),
        scene(
            "rounded_uniform",
            vec![rrect(8.0, 8.0, 80.0, 60.0, 16.0, PURPLE)],
        ),
        scene(
            "rounded_per_corner",
            vec![DrawCmd::RoundedRect {
                rect: r(6.5, 10.25, 82.0, 70.0),
                radii: CornerRadii {
                    top_left: 0.0,
                    top_right: 30.0,
                    bottom_right: 8.5,
                    bottom_left: 20.0,
                },
                color: TEAL,
            }],
        ),
        scene(
            "radii_clamped_to_pill",
            vec![
                rrect(10.0, 30.0, 76.0, 36.0, 100.0, AMBER),
                rrect(30.0, 4.0, 30.0, 30.0, 50.0, INK),
            ],
        ),
        scene(
            "translucent_overlap",
            vec![
                rrect(10.0, 10.0, 50.0, 50.0, 10.0, Color::rgba(255, 0, 0, 140)),
                rrect(36.0, 36.0, 50.0, 50.0, 25.0, Color::rgba(0, 0, 255, 140)),
            ],
        ),
        scene(
            "hairlines",
            vec![
                rect(10.0, 10.3, 70.0, 0.4, INK),
                rect(20.25, 20.0, 0.5, 60.0, INK),
                rect(40.4, 40.4, 0.2, 0.2, INK),
            ],
        ),
        // Borders.
        scene(
            "border_uniform",
            vec![DrawCmd::Border {
                rect: r(10.0, 10.0, 76.0, 60.0),
                radii: CornerRadii::uniform(12.0),
                widths: BorderWidths::uniform(4.0),
                color: INK,
            }],
        ),
        scene(
            "border_per_side_widths",
            vec![DrawCmd::Border {
                rect: r(10.5, 10.5, 75.0, 70.0),
                radii: CornerRadii::uniform(18.0),
                widths: BorderWidths {
                    left: 2.0,
                    top: 8.0,
                    right: 5.0,
                    bottom: 1.0,
                },
                color: PURPLE,
            }],
        ),
        scene(
            "border_per_side_colours",
            vec![DrawCmd::StyledBorder {
                rect: r(12.0, 12.0, 72.0, 64.0),
                radii: CornerRadii::default(),
                widths: BorderWidths {
                    left: 6.0,
                    top: 10.0,
                    right: 6.0,
                    bottom: 3.0,
                },
                sides: sides(Color::RED, TEAL, PURPLE, AMBER, BorderStyle::Solid),
            }],
        ),
        scene(
            "border_rounded_colours",
            vec![DrawCmd::StyledBorder {
                rect: r(10.0, 10.0, 76.0, 76.0),
                radii: CornerRadii::uniform(20.0),
                widths: BorderWidths::uniform(8.0),
                sides: sides(Color::RED, TEAL, PURPLE, AMBER, BorderStyle::Solid),
            }],
        ),
        scene(
            "border_dashed",
            vec![DrawCmd::StyledBorder {
                rect: r(8.0, 8.0, 80.0, 60.0),
                radii: CornerRadii::default(),
                widths: BorderWidths::uniform(3.0),
                sides: BorderSides::uniform(INK, BorderStyle::Dashed),
            }],
        ),
        scene(
            "border_dotted",
            vec![DrawCmd::StyledBorder {
                rect: r(8.0, 8.0, 80.0, 70.0),
                radii: CornerRadii::default(),
                widths: BorderWidths::uniform(4.0),
                sides: BorderSides::uniform(PURPLE, BorderStyle::Dotted),
            }],
        ),
        scene(
            "border_mixed_styles",
            vec![DrawCmd::StyledBorder {
                rect: r(10.0, 10.0, 76.0, 70.0),
                radii: CornerRadii::uniform(6.0),
                widths: BorderWidths::uniform(4.0),
                sides: BorderSides {
                    left: BorderSide {
                        color: TEAL,
                        style: BorderStyle::Solid,
                    },
                    top: BorderSide {
                        color: INK,
                        style: BorderStyle::Dashed,
                    },
                    right: BorderSide {
                        color: TEAL,
                        style: BorderStyle::Solid,
                    },
                    bottom: BorderSide {
                        color: Color::RED,
                        style: BorderStyle::Dashed,
                    },
                },
            }],
        ),
        scene(
            "border_thick_rounded_translucent",
            vec![
                rect(0.0, 40.0, 96.0, 16.0, TEAL),
                DrawCmd::Border {
                    rect: r(14.0, 14.0, 68.0, 68.0),
                    radii: CornerRadii {
                        top_left: 34.0,
                        top_right: 10.0,
                        bottom_right: 34.0,
                        bottom_left: 10.0,
                    },
                    widths: BorderWidths::uniform(12.0),
                    color: Color::rgba(103, 58, 183, 160),
                },
            ],
        ),
        // Gradients.
        scene(
            "linear_horizontal",
            vec![DrawCmd::GradientRect {
                rect: r(0.0, 0.0, 96.0, 96.0),
                radii: CornerRadii::default(),
                gradient: Gradient::linear(p(8.0, 0.0), p(88.0, 0.0), Color::BLACK, Color::WHITE),
            }],
        ),
        scene(
            "linear_diagonal_stops",
            vec![DrawCmd::GradientRect {
                rect: r(4.0, 4.0, 88.0, 88.0),
                radii: CornerRadii::default(),
                gradient: Gradient {
                    kind: GradientKind::Linear {
                        start: p(4.0, 4.0),
                        end: p(92.0, 92.0),
                    },
                    stops: stops(&[(0.0, Color::RED), (0.3, AMBER), (0.6, TEAL), (1.0, PURPLE)]),
                    spread: Spread::Pad,
                },
            }],
        ),
        scene(
            "linear_alpha_stops",
            vec![
                rect(0.0, 30.0, 96.0, 30.0, INK),
                DrawCmd::GradientRect {
                    rect: r(0.0, 0.0, 96.0, 96.0),
                    radii: CornerRadii::default(),
                    gradient: Gradient {
                        kind: GradientKind::Linear {
                            start: p(0.0, 0.0),
                            end: p(0.0, 96.0),
                        },
                        stops: stops(&[
                            (0.0, Color::rgba(255, 0, 0, 255)),
                            (1.0, Color::rgba(0, 0, 255, 40)),
                        ]),
                        spread: Spread::Pad,
                    },
                },
            ],
        ),
        scene(
            "radial",
            vec![DrawCmd::GradientRect {
                rect: r(8.0, 8.0, 80.0, 80.0),
                radii: CornerRadii::uniform(40.0),
                gradient: Gradient {
                    kind: GradientKind::Radial {
                        center: p(48.0, 48.0),
                        radius: 40.0,
                    },
                    stops: stops(&[(0.0, Color::WHITE), (0.5, AMBER), (1.0, Color::RED)]),
                    spread: Spread::Pad,
                },
            }],
        ),
        scene(
            "radial_repeat",
            vec![DrawCmd::GradientRect {
                rect: r(0.0, 0.0, 96.0, 96.0),
                radii: CornerRadii::default(),
                gradient: Gradient {
                    kind: GradientKind::Radial {
                        center: p(40.0, 52.0),
                        radius: 17.0,
                    },
                    stops: stops(&[(0.0, TEAL), (1.0, Color::WHITE)]),
                    spread: Spread::Repeat,
                },
            }],
        ),
        scene(
            "two_circle_gradients",
            vec![
                DrawCmd::GradientRect {
                    rect: r(0.0, 0.0, 96.0, 48.0),
                    radii: CornerRadii::default(),
                    gradient: Gradient {
                        // A focus inside the end circle (a highlight off centre).
                        kind: GradientKind::TwoCircle {
                            start: p(30.0, 18.0),
                            start_radius: 2.0,
                            end: p(48.0, 24.0),
                            end_radius: 30.0,
                        },
                        stops: stops(&[(0.0, Color::WHITE), (0.5, AMBER), (1.0, TEAL)]),
                        spread: Spread::Pad,
                    },
                },
                DrawCmd::GradientRect {
                    rect: r(0.0, 48.0, 96.0, 48.0),
                    radii: CornerRadii::default(),
                    gradient: Gradient {
                        // Circles apart: a cone, with nothing painted outside it.
                        kind: GradientKind::TwoCircle {
                            start: p(15.0, 72.0),
                            start_radius: 5.0,
                            end: p(70.0, 72.0),
                            end_radius: 20.0,
                        },
                        stops: stops(&[(0.0, Color::RED), (1.0, Color::BLUE)]),
                        spread: Spread::Repeat,
                    },
                },
            ],
        ),
        scene(
            "sweep",
            vec![DrawCmd::GradientRect {
                rect: r(8.0, 8.0, 80.0, 80.0),
                radii: CornerRadii::uniform(40.0),
                gradient: Gradient {
                    kind: GradientKind::Sweep {
                        center: p(48.0, 48.0),
                        start_angle: 0.0,
                        end_angle: 360.0,
                    },
                    stops: stops(&[
                        (0.0, Color::RED),
                        (0.33, AMBER),
                        (0.66, TEAL),
                        (1.0, Color::RED),
                    ]),
                    spread: Spread::Pad,
                },
            }],
        ),
        scene(
            "gradient_rounded_per_corner",
            vec![DrawCmd::GradientRect {
                rect: r(10.0, 20.0, 76.0, 56.0),
                radii: CornerRadii {
                    top_left: 28.0,
                    top_right: 4.0,
                    bottom_right: 28.0,
                    bottom_left: 4.0,
                },
                gradient: Gradient::linear(p(10.0, 20.0), p(86.0, 76.0), PURPLE, AMBER),
            }],
        ),
        // Shadows.
        scene(
            "shadow_small_blur",
            vec![
                DrawCmd::BoxShadow {
                    rect: r(24.0, 24.0, 48.0, 40.0),
                    radii: CornerRadii::uniform(8.0),
                    color: Color::rgba(0, 0, 0, 160),
                    blur: 4.0,
                    spread: 0.0,
                    offset: p(2.0, 3.0),
                },
                rrect(24.0, 24.0, 48.0, 40.0, 8.0, Color::WHITE),
            ],
        ),
        scene(
            "shadow_large_blur",
            vec![
                DrawCmd::BoxShadow {
                    rect: r(30.0, 30.0, 36.0, 36.0),
                    radii: CornerRadii::uniform(6.0),
                    color: Color::rgba(20, 20, 80, 200),
                    blur: 16.0,
                    spread: 0.0,
                    offset: p(0.0, 4.0),
                },
                rrect(30.0, 30.0, 36.0, 36.0, 6.0, Color::WHITE),
            ],
        ),
        scene(
            "shadow_spread_offset",
            vec![
                DrawCmd::BoxShadow {
                    rect: r(28.0, 22.0, 40.0, 40.0),
                    radii: CornerRadii::default(),
                    color: Color::rgba(255, 0, 0, 180),
                    blur: 6.0,
                    spread: 4.0,
                    offset: p(-5.0, 8.0),
                },
                rect(28.0, 22.0, 40.0, 40.0, TEAL),
            ],
        ),
        scene(
            "shadow_translucent_box",
            vec![
                DrawCmd::BoxShadow {
                    rect: r(26.0, 26.0, 44.0, 44.0),
                    radii: CornerRadii::uniform(22.0),
                    color: Color::BLACK,
                    blur: 10.0,
                    spread: 2.0,
                    offset: p(3.0, 3.0),
                },
                rrect(
                    26.0,
                    26.0,
                    44.0,
                    44.0,
                    22.0,
                    Color::rgba(255, 255, 255, 100),
                ),
            ],
        ),
        // Clips.
        scene(
            "clip_rect",
            vec![
                DrawCmd::PushClip {
                    rect: r(20.4, 20.6, 50.0, 40.0),
                },
                rrect(0.0, 0.0, 96.0, 96.0, 30.0, PURPLE),
                DrawCmd::PopClip,
                rect(70.0, 70.0, 10.0, 10.0, INK),
            ],
        ),
        scene(
            "clip_rounded",
            vec![
                DrawCmd::PushRoundedClip {
                    rect: r(12.0, 12.0, 72.0, 72.0),
                    radii: CornerRadii::uniform(24.0),
                },
                DrawCmd::GradientRect {
                    rect: r(0.0, 0.0, 96.0, 96.0),
                    radii: CornerRadii::default(),
                    gradient: Gradient::linear(p(0.0, 0.0), p(96.0, 0.0), TEAL, AMBER),
                },
                DrawCmd::PopClip,
            ],
        ),
        scene(
            "clip_nested_rounded",
            vec![
                DrawCmd::PushRoundedClip {
                    rect: r(8.0, 8.0, 60.0, 60.0),
                    radii: CornerRadii::uniform(30.0),
                },
                DrawCmd::PushRoundedClip {
                    rect: r(30.0, 30.0, 60.0, 60.0),
                    radii: CornerRadii::uniform(12.0),
                },
                rect(0.0, 0.0, 96.0, 96.0, Color::RED),
                DrawCmd::PopClip,
                rect(0.0, 0.0, 40.0, 40.0, Color::rgba(0, 0, 255, 128)),
                DrawCmd::PopClip,
            ],
        ),
        scene(
            "clip_path_star_evenodd",
            vec![
                DrawCmd::PushPathClip {
                    path: PathData::polygon(&[
                        p(48.0, 4.0),
                        p(76.0, 90.0),
                        p(4.0, 36.0),
                        p(92.0, 36.0),
                        p(20.0, 90.0),
                    ]),
                    rule: FillRule::EvenOdd,
                },
                DrawCmd::GradientRect {
                    rect: r(0.0, 0.0, 96.0, 96.0),
                    radii: CornerRadii::default(),
                    gradient: Gradient::linear(p(0.0, 0.0), p(96.0, 96.0), TEAL, AMBER),
                },
                DrawCmd::PopClip,
            ],
        ),
        scene(
            "clip_path_in_rounded_rotated",
            vec![
                DrawCmd::PushRoundedClip {
                    rect: r(6.0, 6.0, 84.0, 84.0),
                    radii: CornerRadii::uniform(20.0),
                },
                tf(c45),
                DrawCmd::PushPathClip {
                    path: PathData::circle(48.0, 48.0, 40.0),
                    rule: FillRule::NonZero,
                },
                rect(0.0, 0.0, 96.0, 50.0, Color::RED),
                rect(0.0, 50.0, 96.0, 46.0, INK),
                DrawCmd::PopClip,
                DrawCmd::PopTransform,
                DrawCmd::PopClip,
            ],
        ),
        scene(
            "composite_destination_out",
            vec![
                rect(8.0, 8.0, 80.0, 80.0, TEAL),
                DrawCmd::PushCompositeLayer {
                    mode: CompositeMode::DestinationOut,
                    shadow: None,
                    bounds: None,
                    blur: 0.0,
                },
                DrawCmd::FillPath {
                    path: PathData::circle(48.0, 48.0, 28.0),
                    rule: FillRule::NonZero,
                    brush: Brush::Solid(Color::rgba(0, 0, 0, 200)),
                },
                DrawCmd::PopLayer,
            ],
        ),
        scene(
            "composite_copy_in_clip",
            vec![
                rect(0.0, 0.0, 96.0, 96.0, AMBER),
                DrawCmd::PushClip {
                    rect: r(16.0, 16.0, 64.0, 64.0),
                },
                DrawCmd::PushCompositeLayer {
                    mode: CompositeMode::Copy,
                    shadow: None,
                    bounds: None,
                    blur: 0.0,
                },
                DrawCmd::FillPath {
                    path: PathData::circle(48.0, 48.0, 20.0),
                    rule: FillRule::NonZero,
                    brush: Brush::Solid(Color::rgba(0, 0, 255, 160)),
                },
                DrawCmd::PopLayer,
                DrawCmd::PopClip,
            ],
        ),
        scene(
            "clip_rotated",
            vec![
                tf(c45),
                DrawCmd::PushClip {
                    rect: r(24.0, 24.0, 48.0, 48.0),
                },
                DrawCmd::PopTransform,
                rect(0.0, 0.0, 96.0, 50.0, TEAL),
                rect(0.0, 50.0, 96.0, 46.0, INK),
                DrawCmd::PopClip,
            ],
        ),
        // Transforms.
        scene(
            "rotated_rect",
            vec![
                tf(c45),
                rect(24.0, 30.0, 48.0, 36.0, PURPLE),
                DrawCmd::PopTransform,
            ],
        ),
        scene(
            "scaled_rounded",
            vec![
                tf(Transform::scale(1.5, 1.5)),
                rrect(8.0, 8.0, 40.0, 30.0, 9.0, TEAL),
                DrawCmd::PopTransform,
            ],
        ),
        scene(
            "skewed",
            vec![
                tf(Transform {
                    xx: 1.0,
                    yx: 0.2,
                    xy: 0.5,
                    yy: 1.0,
                    tx: 0.0,
                    ty: 0.0,
                }),
                rrect(10.0, 10.0, 50.0, 50.0, 10.0, AMBER),
                DrawCmd::PopTransform,
            ],
        ),
        scene(
            "nonuniform_scale_rounded",
            vec![
                tf(Transform::scale(2.0, 0.75)),
                rrect(6.0, 20.0, 36.0, 80.0, 12.0, PURPLE),
                DrawCmd::PopTransform,
            ],
        ),
        scene(
            "rotated_gradient_rounded",
            vec![
                tf(Transform::rotate_about(-20f32.to_radians(), 48.0, 48.0)),
                DrawCmd::GradientRect {
                    rect: r(16.0, 26.0, 64.0, 44.0),
                    radii: CornerRadii::uniform(10.0),
                    gradient: Gradient::linear(p(16.0, 0.0), p(80.0, 0.0), Color::RED, Color::BLUE),
                },
                DrawCmd::PopTransform,
            ],
        ),
        // Opacity layers.
        scene(
            "layer_group_opacity",
            vec![
                DrawCmd::PushLayer {
                    opacity: 0.5,
                    bounds: None,
                },
                rrect(10.0, 10.0, 50.0, 50.0, 10.0, Color::RED),
                rrect(36.0, 36.0, 50.0, 50.0, 10.0, Color::BLUE),
                DrawCmd::PopLayer,
            ],
        ),
        scene(
            "layer_nested",
            vec![
                DrawCmd::PushLayer {
                    opacity: 0.8,
                    bounds: None,
                },
                rect(10.0, 10.0, 76.0, 40.0, TEAL),
                DrawCmd::PushLayer {
                    opacity: 0.5,
                    bounds: Some(r(20.0, 20.0, 60.0, 60.0)),
                },
                rrect(20.0, 20.0, 60.0, 60.0, 30.0, PURPLE),
                rect(30.0, 50.0, 30.0, 30.0, AMBER),
                DrawCmd::PopLayer,
                DrawCmd::PopLayer,
            ],
        ),
        scene(
            "layer_with_rounded_clip",
            vec![
                DrawCmd::PushRoundedClip {
                    rect: r(10.0, 10.0, 76.0, 76.0),
                    radii: CornerRadii::uniform(20.0),
                },
                DrawCmd::PushLayer {
                    opacity: 0.6,
                    bounds: None,
                },
                rect(0.0, 0.0, 60.0, 96.0, INK),
                rect(40.0, 0.0, 56.0, 96.0, Color::RED),
                DrawCmd::PopLayer,
                DrawCmd::PopClip,
            ],
        ),
        // Images.
        scene(
            "image_fill",
            vec![image(r(8.0, 8.0, 80.0, 40.0), ImageFit::Fill)],
        ),
        scene(
            "image_contain",
            vec![
                rect(8.0, 8.0, 80.0, 80.0, INK),
                image(r(8.0, 8.0, 80.0, 80.0), ImageFit::Contain),
            ],
        ),
        scene(
            "image_cover",
            vec![image(r(20.0, 10.0, 40.0, 76.0), ImageFit::Cover)],
        ),
        scene(
            "image_none_and_scale_down",
            vec![
                image(r(4.0, 4.0, 40.0, 40.0), ImageFit::None),
                image(r(50.0, 50.0, 8.0, 40.0), ImageFit::ScaleDown),
            ],
        ),
        scene(
            "image_rotated",
            vec![
                tf(c45),
                image(r(18.0, 28.0, 60.0, 40.0), ImageFit::Fill),
                DrawCmd::PopTransform,
            ],
        ),
        scene(
            "image_opacity_nearest",
            vec![
                rect(0.0, 48.0, 96.0, 48.0, TEAL),
                DrawCmd::Image {
                    rect: r(8.0, 24.0, 72.0, 48.0),
                    image: IMG,
                    fit: ImageFit::Fill,
                    filter: ImageFilter::Nearest,
                    opacity: 0.6,
                    tint: None,
                },
            ],
        ),
        scene(
            "image_tint",
            vec![
                rect(0.0, 48.0, 96.0, 48.0, TEAL),
                DrawCmd::Image {
                    rect: r(8.0, 24.0, 72.0, 48.0),
                    image: IMG,
                    fit: ImageFit::Fill,
                    filter: ImageFilter::Bilinear,
                    opacity: 0.8,
                    tint: Some(Color::rgba(0x00, 0x7D, 0xFF, 0xE0)),
                },
            ],
        ),
        scene(
            "image_pattern_tiles",
            vec![
                DrawCmd::ImagePattern {
                    rect: r(4.0, 4.0, 88.0, 40.0),
                    image: IMG,
                    tile: r(10.0, 6.0, 17.0, 13.0),
                    repeat: ImageRepeat::XY,
                    filter: ImageFilter::Bilinear,
                    opacity: 1.0,
                },
                DrawCmd::ImagePattern {
                    rect: r(4.0, 50.0, 88.0, 40.0),
                    image: IMG,
                    tile: r(-5.0, 60.0, 20.0, 20.0),
                    // Nearest: at the band's edges tiny-skia (which repeats both axes or
                    // none) would blend in the tile's far edge.
                    repeat: ImageRepeat::X,
                    filter: ImageFilter::Nearest,
                    opacity: 0.8,
                },
            ],
        ),
        scene(
            "image_pattern_clamp_mirror",
            vec![
                DrawCmd::ImagePattern {
                    rect: r(4.0, 4.0, 88.0, 40.0),
                    image: IMG,
                    tile: r(30.0, 12.0, 24.0, 20.0),
                    repeat: ImageRepeat::Clamp,
                    filter: ImageFilter::Nearest,
                    opacity: 1.0,
                },
                DrawCmd::ImagePattern {
                    rect: r(4.0, 50.0, 88.0, 42.0),
                    image: IMG,
                    // Off the pixel grid: at a texel boundary hit exactly, nearest
                    // sampling of a mirrored copy may pick either side.
                    tile: r(7.3, 53.4, 17.0, 13.0),
                    repeat: ImageRepeat::Mirror,
                    filter: ImageFilter::Nearest,
                    opacity: 1.0,
                },
            ],
        ),
        scene(
            "image_pattern_part_rotated",
            vec![
                tf(c45),
                DrawCmd::ImagePattern {
                    rect: r(20.0, 20.0, 50.0, 40.0),
                    image: IMG,
                    tile: r(0.0, 10.0, 90.0, 70.0),
                    repeat: ImageRepeat::NoRepeat,
                    filter: ImageFilter::Bilinear,
                    opacity: 1.0,
                },
                DrawCmd::PopTransform,
            ],
        ),
        scene(
            "anti_alias_off",
            vec![
                DrawCmd::PushAntiAlias { on: false },
                DrawCmd::FillPath {
                    path: PathData::circle(30.0, 30.0, 22.5),
                    rule: FillRule::NonZero,
                    brush: Brush::Solid(PURPLE),
                },
                DrawCmd::RoundedRect {
                    rect: r(55.5, 8.25, 34.0, 40.0),
                    radii: CornerRadii::uniform(12.0),
                    color: TEAL,
                },
                DrawCmd::StrokePath {
                    path: star(48.0, 72.0, 20.0),
                    stroke: StrokeStyle::new(3.0),
                    brush: Brush::Solid(Color::BLACK),
                },
                DrawCmd::PopAntiAlias,
                // Smooth again after the pop.
                DrawCmd::FillPath {
                    path: PathData::circle(84.0, 80.0, 9.5),
                    rule: FillRule::NonZero,
                    brush: Brush::Solid(Color::RED),
                },
            ],
        ),
        // Paths.
        scene(
            "path_star_nonzero",
            vec![DrawCmd::FillPath {
                path: star(48.0, 50.0, 42.0),
                rule: FillRule::NonZero,
                brush: Brush::Solid(PURPLE),
            }],
        ),
        scene(
            "path_star_evenodd",
            vec![DrawCmd::FillPath {
                path: star(48.0, 50.0, 42.0),
                rule: FillRule::EvenOdd,
                brush: Brush::Solid(TEAL),
            }],
        ),
        scene(
            "path_curves_gradient",
            vec![DrawCmd::FillPath {
                path: PathData::from_verbs(&[
                    PathVerb::MoveTo(p(10.0, 80.0)),
                    PathVerb::CubicTo(p(10.0, 10.0), p(86.0, 10.0), p(86.0, 80.0)),
                    PathVerb::QuadTo(p(48.0, 40.0), p(10.0, 80.0)),
                    PathVerb::Close,
                ]),
                rule: FillRule::NonZero,
                brush: Brush::Gradient(Gradient::linear(
                    p(10.0, 0.0),
                    p(86.0, 0.0),
                    Color::RED,
                    Color::BLUE,
                )),
            }],
        ),
        scene(
            "stroke_joins",
            vec![
                DrawCmd::StrokePath {
                    path: zigzag(),
                    stroke: StrokeStyle::new(7.0).with_join(LineJoin::Miter),
                    brush: Brush::Solid(INK),
                },
                tf(Transform::translate(0.0, 14.0)),
                DrawCmd::StrokePath {
                    path: zigzag(),
                    stroke: StrokeStyle::new(5.0).with_join(LineJoin::Round),
                    brush: Brush::Solid(Color::rgba(255, 0, 0, 180)),
                },
                DrawCmd::PopTransform,
                tf(Transform::translate(0.0, -14.0)),
                DrawCmd::StrokePath {
                    path: zigzag(),
                    stroke: StrokeStyle::new(5.0).with_join(LineJoin::Bevel),
                    brush: Brush::Solid(TEAL),
                },
                DrawCmd::PopTransform,
            ],
        ),
        scene(
            "stroke_caps",
            vec![
                DrawCmd::StrokePath {
                    path: PathData::from_verbs(&[
                        PathVerb::MoveTo(p(20.0, 20.0)),
                        PathVerb::LineTo(p(76.0, 20.0)),
                    ]),
                    stroke: StrokeStyle::new(10.0),
                    brush: Brush::Solid(INK),
                },
                DrawCmd::StrokePath {
                    path: PathData::from_verbs(&[
                        PathVerb::MoveTo(p(20.0, 48.0)),
                        PathVerb::LineTo(p(76.0, 48.0)),
                    ]),
                    stroke: StrokeStyle::new(10.0).with_cap(LineCap::Round),
                    brush: Brush::Solid(PURPLE),
                },
                DrawCmd::StrokePath {
                    path: PathData::from_verbs(&[
                        PathVerb::MoveTo(p(20.0, 76.0)),
                        PathVerb::LineTo(p(70.0, 66.0)),
                    ]),
                    stroke: StrokeStyle::new(10.0).with_cap(LineCap::Square),
                    brush: Brush::Solid(TEAL),
                },
            ],
        ),
        scene(
            "stroke_dashes",
            vec![
                DrawCmd::StrokePath {
                    path: PathData::from_verbs(&[
                        PathVerb::MoveTo(p(8.0, 16.0)),
                        PathVerb::LineTo(p(88.0, 16.0)),
                    ]),
                    stroke: StrokeStyle::new(4.0).with_dashes(vec![10.0, 5.0]),
                    brush: Brush::Solid(INK),
                },
                DrawCmd::StrokePath {
                    path: PathData::rect(16.0, 32.0, 64.0, 48.0),
                    stroke: StrokeStyle::new(3.0).with_dashes(vec![8.0, 4.0, 2.0, 4.0]),
                    brush: Brush::Solid(Color::RED),
                },
            ],
        ),
        scene(
            "stroke_circle_rotated",
            vec![
                tf(Transform::rotate_about(0.4, 48.0, 48.0).then(&Transform::translate(1.3, 0.7))),
                DrawCmd::StrokePath {
                    path: PathData::circle(48.0, 48.0, 30.0),
                    stroke: StrokeStyle::new(6.0),
                    brush: Brush::Solid(TEAL),
                },
                DrawCmd::StrokePath {
                    path: PathData::rect(30.0, 30.0, 36.0, 36.0),
                    stroke: StrokeStyle::new(2.5).with_join(LineJoin::Round),
                    brush: Brush::Solid(INK),
                },
                DrawCmd::PopTransform,
            ],
        ),
    ]
}
