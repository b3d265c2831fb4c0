//! Random display lists for robustness tests and the fuzz target's seeds: extreme numbers
//! (NaN, infinities, huge and negative sizes), unbalanced pushes and pops, singular
//! transforms, missing images.

use arkui_renderer::{
    BorderSide, BorderSides, BorderStyle, BorderWidths, Brush, Color, CornerRadii, DisplayList,
    DrawCmd, FillRule, FontKey, Glyph, GlyphRun, Gradient, GradientKind, GradientStop, ImageFilter,
    ImageFit, ImageKey, LineCap, LineJoin, PathData, PathVerb, Point, Rect, Spread, StrokeStyle,
    Transform,
};

/// xorshift64*.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// Mostly sensible coordinates, sometimes hostile ones.
    fn f(&mut self) -> f32 {
        match self.below(24) {
            0 => f32::NAN,
            1 => f32::INFINITY,
            2 => -1e30,
            3 => 1e9,
            4 => -5.0,
            5 => 0.0,
            _ => (self.below(20_000) as f32) / 100.0 - 20.0,
        }
    }

    fn small(&mut self) -> f32 {
        match self.below(16) {
            0 => f32::NAN,
            1 => 1e6,
            2 => -3.0,
            _ => self.below(4000) as f32 / 100.0,
        }
    }

    fn color(&mut self) -> Color {
        Color::from_argb(self.next() as u32)
    }

    fn rect(&mut self) -> Rect {
        Rect::new(self.f(), self.f(), self.f(), self.f())
    }

    fn point(&mut self) -> Point {
        Point::new(self.f(), self.f())
    }

    fn radii(&mut self) -> CornerRadii {
        CornerRadii {
            top_left: self.small(),
            top_right: self.small(),
            bottom_right: self.small(),
            bottom_left: self.small(),
        }
    }

    fn gradient(&mut self) -> Gradient {
        let kind = match self.below(3) {
            0 => GradientKind::Linear {
                start: self.point(),
                end: self.point(),
            },
            1 => GradientKind::Radial {
                center: self.point(),
                radius: self.small(),
            },
            _ => GradientKind::Sweep {
                center: self.point(),
                start_angle: self.f(),
                end_angle: self.f(),
            },
        };
        let n = self.below(5);
        let stops = (0..n)
            .map(|_| GradientStop::new(self.small() / 40.0, self.color()))
            .collect();
        Gradient {
            kind,
            stops,
            spread: if self.below(2) == 0 {
                Spread::Pad
            } else {
                Spread::Repeat
            },
        }
    }

    fn brush(&mut self) -> Brush {
        if self.below(3) == 0 {
            Brush::Gradient(self.gradient())
        } else {
            Brush::Solid(self.color())
        }
    }

    fn path(&mut self) -> PathData {
        let n = self.below(12);
        let verbs: Vec<PathVerb> = (0..n)
            .map(|_| match self.below(5) {
                0 => PathVerb::MoveTo(self.point()),
                1 => PathVerb::LineTo(self.point()),
                2 => PathVerb::QuadTo(self.point(), self.point()),
                3 => PathVerb::CubicTo(self.point(), self.point(), self.point()),
                _ => PathVerb::Close,
            })
            .collect();
        PathData::from_verbs(&verbs)
    }

    fn transform(&mut self) -> Transform {
        match self.below(5) {
            0 => Transform::translate(self.f(), self.f()),
            1 => Transform::scale(self.small() / 10.0, self.small() / 10.0),
            2 => Transform::rotate_about(self.f(), self.f(), self.f()),
            3 => Transform::scale(0.0, 1.0),
            _ => Transform {
                xx: self.small(),
                yx: self.small(),
                xy: self.small(),
                yy: self.small(),
                tx: self.f(),
                ty: self.f(),
            },
        }
    }

    fn side(&mut self) -> BorderSide {
        let style = match self.below(3) {
            0 => BorderStyle::Solid,
            1 => BorderStyle::Dashed,
            _ => BorderStyle::Dotted,
        };
        BorderSide {
            color: self.color(),
            style,
        }
    }
}

/// One random display list of up to `max_cmds` commands.
pub(crate) fn random_list(rng: &mut Rng, max_cmds: u64) -> DisplayList {
    let mut list = DisplayList::new();
    for _ in 0..rng.below(max_cmds) {
        let cmd = match rng.below(18) {
            0 => DrawCmd::Rect {
                rect: rng.rect(),
                color: rng.color(),
            },
            1 => DrawCmd::RoundedRect {
                rect: rng.rect(),
                radii: rng.radii(),
                color: rng.color(),
            },
            2 => DrawCmd::Border {
                rect: rng.rect(),
                radii: rng.radii(),
                widths: BorderWidths {
                    left: rng.small(),
                    top: rng.small(),
                    right: rng.small(),
                    bottom: rng.small(),
                },
                color: rng.color(),
            },
            3 => DrawCmd::StyledBorder {
                rect: rng.rect(),
                radii: rng.radii(),
                widths: BorderWidths {
                    left: rng.small(),
                    top: rng.small(),
                    right: rng.small(),
                    bottom: rng.small(),
                },
                sides: BorderSides {
                    left: rng.side(),
                    top: rng.side(),
                    right: rng.side(),
                    bottom: rng.side(),
                },
            },
            4 => DrawCmd::GradientRect {
                rect: rng.rect(),
                radii: rng.radii(),
                gradient: rng.gradient(),
            },
            5 => DrawCmd::BoxShadow {
                rect: rng.rect(),
                radii: rng.radii(),
                color: rng.color(),
                blur: rng.small(),
                spread: rng.small() - 5.0,
                offset: rng.point(),
            },
            6 => DrawCmd::Image {
                rect: rng.rect(),
                image: ImageKey(rng.below(3)),
                fit: match rng.below(5) {
                    0 => ImageFit::Cover,
                    1 => ImageFit::Contain,
                    2 => ImageFit::Fill,
                    3 => ImageFit::None,
                    _ => ImageFit::ScaleDown,
                },
                filter: if rng.below(2) == 0 {
                    ImageFilter::Bilinear
                } else {
                    ImageFilter::Nearest
                },
                opacity: rng.small() / 20.0,
                tint: (rng.below(4) == 0).then(|| rng.color()),
            },
            7 => DrawCmd::FillPath {
                path: rng.path(),
                rule: if rng.below(2) == 0 {
                    FillRule::NonZero
                } else {
                    FillRule::EvenOdd
                },
                brush: rng.brush(),
            },
            8 => DrawCmd::StrokePath {
                path: rng.path(),
                stroke: StrokeStyle {
                    width: rng.small(),
                    cap: [LineCap::Butt, LineCap::Round, LineCap::Square][rng.below(3) as usize],
                    join: [LineJoin::Miter, LineJoin::Round, LineJoin::Bevel]
                        [rng.below(3) as usize],
                    miter_limit: rng.small(),
                    dashes: (0..rng.below(5)).map(|_| rng.small() / 4.0).collect(),
                    dash_offset: rng.f(),
                },
                brush: rng.brush(),
            },
            9 => DrawCmd::PushClip { rect: rng.rect() },
            10 => DrawCmd::PushRoundedClip {
                rect: rng.rect(),
                radii: rng.radii(),
            },
            11 => DrawCmd::PopClip,
            12 => DrawCmd::PushLayer {
                opacity: rng.small() / 40.0,
                bounds: if rng.below(2) == 0 {
                    None
                } else {
                    Some(rng.rect())
                },
            },
            13 => DrawCmd::PopLayer,
            14 => DrawCmd::PushTransform {
                transform: rng.transform(),
            },
            15 => DrawCmd::PopTransform,
            16 => DrawCmd::Glyphs(GlyphRun {
                size: rng.small(),
                weight: rng.below(1000) as u16,
                color: rng.color(),
                bounds: rng.rect(),
                glyphs: (0..rng.below(6))
                    .map(|_| Glyph {
                        font: FontKey(rng.below(3) as u32),
                        id: rng.below(300) as u16,
                        x: rng.f(),
                        y: rng.f(),
                    })
                    .collect(),
            }),
            _ => DrawCmd::Rect {
                rect: Rect::new(0.0, 0.0, 1e4, 1e4),
                color: rng.color(),
            },
        };
        list.push(cmd);
    }
    list
}
