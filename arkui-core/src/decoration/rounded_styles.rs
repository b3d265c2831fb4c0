//! Dashed and dotted borders (and outlines) on rounded boxes, drawn as strokes and dots
//! along the rounded outline so they follow the corners, as browsers draw them. Square
//! boxes, and borders whose sides differ, use the renderer's per-side border instead.

use arkui_renderer::{
    BorderStyle, BorderWidths, Brush, Color, CornerRadii, DrawCmd, FillRule, LineCap, PathData,
    Point, Rect, StrokeStyle,
};

/// A point at distance `s` along the outline of `r` (radii clamped), clockwise from the
/// end of the top-left corner; and the outline's length.
struct Outline {
    r: Rect,
    radii: [f32; 4],
    lengths: [f32; 8],
}

impl Outline {
    fn new(r: Rect, radii: CornerRadii) -> Outline {
        let c = radii.clamped(r.width, r.height);
        let radii = [c.top_left, c.top_right, c.bottom_right, c.bottom_left];
        let q = std::f32::consts::FRAC_PI_2;
        let [tl, tr, br, bl] = radii;
        let lengths = [
            (r.width - tl - tr).max(0.0),
            tr * q,
            (r.height - tr - br).max(0.0),
            br * q,
            (r.width - br - bl).max(0.0),
            bl * q,
            (r.height - bl - tl).max(0.0),
            tl * q,
        ];
        Outline { r, radii, lengths }
    }

    fn len(&self) -> f32 {
        self.lengths.iter().sum()
    }

    fn at(&self, mut s: f32) -> Point {
        let Rect {
            x,
            y,
            width: w,
            height: h,
        } = self.r;
        let [tl, tr, br, bl] = self.radii;
        let arc = |cx: f32, cy: f32, rad: f32, a0: f32, t: f32| {
            let a = a0 + t * std::f32::consts::FRAC_PI_2;
            Point::new(cx + rad * a.cos(), cy + rad * a.sin())
        };
        for (i, l) in self.lengths.iter().enumerate() {
            if s <= *l || i == 7 {
                let t = if *l > 0.0 {
                    (s / l).clamp(0.0, 1.0)
                } else {
                    0.0
                };
                return match i {
                    0 => Point::new(x + tl + t * l, y),
                    1 => arc(x + w - tr, y + tr, tr, -std::f32::consts::FRAC_PI_2, t),
                    2 => Point::new(x + w, y + tr + t * l),
                    3 => arc(x + w - br, y + h - br, br, 0.0, t),
                    4 => Point::new(x + w - br - t * l, y + h),
                    5 => arc(x + bl, y + h - bl, bl, std::f32::consts::FRAC_PI_2, t),
                    6 => Point::new(x, y + h - bl - t * l),
                    _ => arc(x + tl, y + tl, tl, std::f32::consts::PI, t),
                };
            }
            s -= l;
        }
        Point::new(x, y)
    }
}

/// Most dots one border draws (a hostile size cannot make millions).
const MAX_DOTS: f32 = 4096.0;

/// The commands for a uniform dashed or dotted border of `width` and `color` whose outer
/// edge is `rect` with `radii`; `None` when the renderer's border should draw it (square
/// corners, solid, or sides that differ).
pub(crate) fn rounded_styled(
    rect: Rect,
    radii: CornerRadii,
    widths: BorderWidths,
    color: Color,
    style: BorderStyle,
) -> Option<DrawCmd> {
    let w = widths.left;
    let uniform = [widths.top, widths.right, widths.bottom]
        .iter()
        .all(|v| (v - w).abs() < 1e-3);
    if style == BorderStyle::Solid || radii.is_zero() || !uniform || !(w > 0.0 && w.is_finite()) {
        return None;
    }
    // The centre line of the border.
    let inner = Rect::new(
        rect.x + w / 2.0,
        rect.y + w / 2.0,
        rect.width - w,
        rect.height - w,
    );
    if !(inner.width > 0.0 && inner.height > 0.0) {
        return None;
    }
    let shrink = |r: f32| (r - w / 2.0).max(0.0);
    let radii = CornerRadii {
        top_left: shrink(radii.top_left),
        top_right: shrink(radii.top_right),
        bottom_right: shrink(radii.bottom_right),
        bottom_left: shrink(radii.bottom_left),
    };
    let outline = Outline::new(inner, radii);
    let len = outline.len();
    if !(len.is_finite() && len > 0.0) {
        return None;
    }
    match style {
        BorderStyle::Dotted => {
            // Round dots one width across, a width apart, evenly round the outline.
            let n = (len / (2.0 * w)).round().clamp(1.0, MAX_DOTS);
            let step = len / n;
            let mut verbs = Vec::with_capacity(n as usize * 6);
            for i in 0..n as usize {
                let p = outline.at(i as f32 * step);
                verbs.extend(PathData::circle(p.x, p.y, w / 2.0).verbs());
            }
            Some(DrawCmd::FillPath {
                path: PathData::from_verbs(&verbs),
                rule: FillRule::NonZero,
                brush: Brush::Solid(color),
            })
        }
        _ => {
            // Dashes three widths long, gaps two, stretched to close evenly; each starts
            // half a dash before a whole period so a corner sits mid-dash.
            let n = (len / (5.0 * w)).round().clamp(1.0, MAX_DOTS);
            let period = len / n;
            let mut points = Vec::with_capacity(64);
            let steps = (len / 2.0).ceil().clamp(8.0, 4096.0) as usize;
            for i in 0..=steps {
                points.push(outline.at(len * i as f32 / steps as f32));
            }
            Some(DrawCmd::StrokePath {
                path: PathData::polygon(&points),
                stroke: StrokeStyle::new(w)
                    .with_cap(LineCap::Butt)
                    .with_dashes(vec![period * 0.6, period * 0.4]),
                brush: Brush::Solid(color),
            })
        }
    }
}
