//! A busy scene shared by the target, damage and line-buffer tests: every command kind
//! except text, so equivalences are checked on all of them.

use arkui_renderer::images::{ImageCache, ImageData};
use arkui_renderer::{
    BorderSides, BorderStyle, BorderWidths, Brush, Color, CornerRadii, DisplayList, DrawCmd,
    FillRule, Gradient, ImageFilter, ImageFit, ImageKey, PathData, Point, Rect, StrokeStyle,
    Transform,
};

pub(crate) fn images() -> ImageCache {
    let px: Vec<u8> = (0..16u32 * 16)
        .flat_map(|i| [(i * 7) as u8, (i * 3) as u8, 200, 255])
        .collect();
    let mut cache = ImageCache::new(1 << 20);
    cache
        .insert(
            ImageKey(1),
            ImageData::from_straight_rgba(16, 16, px).expect("16x16"),
        )
        .expect("fits");
    cache
}

/// A scene of `w` x `h`, shifted down by `dy` (for scrolling tests).
pub(crate) fn busy(w: f32, h: f32, dy: f32) -> DisplayList {
    let mut l = DisplayList::new();
    let r = Rect::new;
    l.push(DrawCmd::Rect {
        rect: r(0.0, 0.0, w, h),
        color: Color::rgb(245, 245, 245),
    });
    l.push(DrawCmd::PushTransform {
        transform: Transform::translate(0.0, dy),
    });
    for i in 0..6 {
        let y = 8.0 + i as f32 * 36.0;
        l.push(DrawCmd::BoxShadow {
            rect: r(10.0, y, w - 20.0, 28.0),
            radii: CornerRadii::uniform(6.0),
            color: Color::rgba(0, 0, 0, 90),
            blur: 6.0 + i as f32 * 2.0,
            spread: 0.0,
            offset: Point::new(0.0, 2.0),
        });
        l.push(DrawCmd::RoundedRect {
            rect: r(10.0, y, w - 20.0, 28.0),
            radii: CornerRadii::uniform(6.0),
            color: Color::WHITE,
        });
        l.push(DrawCmd::StyledBorder {
            rect: r(10.0, y, w - 20.0, 28.0),
            radii: CornerRadii::uniform(6.0),
            widths: BorderWidths::uniform(1.5),
            sides: BorderSides::uniform(
                Color::rgb(0, 120, 200),
                if i % 2 == 0 {
                    BorderStyle::Solid
                } else {
                    BorderStyle::Dashed
                },
            ),
        });
        l.push(DrawCmd::PushRoundedClip {
            rect: r(16.0, y + 4.0, 20.0, 20.0),
            radii: CornerRadii::uniform(10.0),
        });
        l.push(DrawCmd::Image {
            rect: r(16.0, y + 4.0, 20.0, 20.0),
            image: ImageKey(1),
            fit: ImageFit::Cover,
            filter: ImageFilter::Bilinear,
            opacity: 1.0,
            tint: None,
        });
        l.push(DrawCmd::PopClip);
        l.push(DrawCmd::PushLayer {
            opacity: 0.6,
            bounds: Some(r(44.0, y + 4.0, 120.0, 20.0)),
        });
        l.push(DrawCmd::GradientRect {
            rect: r(44.0, y + 6.0, 100.0, 16.0),
            radii: CornerRadii::uniform(8.0),
            gradient: Gradient::linear(
                Point::new(44.0, 0.0),
                Point::new(144.0, 0.0),
                Color::rgb(255, 80, 0),
                Color::rgb(0, 80, 255),
            ),
        });
        l.push(DrawCmd::Rect {
            rect: r(120.0, y + 4.0, 40.0, 20.0),
            color: Color::rgb(0, 160, 0),
        });
        l.push(DrawCmd::PopLayer);
        l.push(DrawCmd::PushTransform {
            transform: Transform::rotate_about(0.3 * i as f32, w - 40.0, y + 14.0),
        });
        l.push(DrawCmd::StrokePath {
            path: PathData::rect(w - 52.0, y + 6.0, 24.0, 16.0),
            stroke: StrokeStyle::new(2.0),
            brush: Brush::Solid(Color::rgb(200, 0, 120)),
        });
        l.push(DrawCmd::PopTransform);
        l.push(DrawCmd::FillPath {
            path: PathData::circle(w - 70.0, y + 14.0, 7.5),
            rule: FillRule::NonZero,
            brush: Brush::Solid(Color::rgba(0, 0, 0, 160)),
        });
    }
    l.push(DrawCmd::PopTransform);
    l
}
