//! How the painted kinds of `Progress` draw: the ring, the eclipse (a moon filling from a
//! crescent to full), the scale ring (ticks round a circle) and the capsule.

use arkui_core::draw::{FillRule, LineCap, PathData, PathVerb, Point, Rect, StrokeStyle};
use arkui_core::{Color, PaintCtx};

/// What the painters draw from: the filled share 0..=1, the colours and sizes in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Look {
    pub(crate) fraction: f32,
    pub(crate) fg: Color,
    pub(crate) bg: Color,
    /// Stroke width, pixels.
    pub(crate) stroke: f32,
    /// ScaleRing: how many ticks.
    pub(crate) scale_count: u32,
    /// ScaleRing: tick width, pixels.
    pub(crate) scale_width: f32,
}

/// A track circle and the arc of the value over it, round-ended, from twelve o'clock.
pub(crate) fn ring(cx: &mut PaintCtx<'_>, l: Look) {
    let (w, h) = cx.size();
    let side = w.min(h);
    let width = l.stroke.clamp(0.0, side / 2.0);
    let r = (side - width) / 2.0;
    if r <= 0.0 || width <= 0.0 {
        return;
    }
    let (x, y) = (w / 2.0, h / 2.0);
    cx.stroke_path(
        &PathData::circle(x, y, r),
        &StrokeStyle::new(width),
        l.bg.into(),
    );
    if l.fraction > 0.0 {
        let arc = PathData::arc(x, y, r, -90.0, 360.0 * l.fraction.min(1.0));
        let style = StrokeStyle::new(width).with_cap(LineCap::Round);
        cx.stroke_path(&arc, &style, l.fg.into());
    }
}

/// Half an ellipse of radii `rx`, `ry` around `(cx, cy)`, from the top to the bottom point,
/// bulging right when `right` (else left), as cubics.
fn half_ellipse(cx: f32, cy: f32, rx: f32, ry: f32, right: bool, from_top: bool) -> [PathVerb; 2] {
    let k = 0.552_284_8;
    let s = if right { 1.0 } else { -1.0 };
    let p = Point::new;
    let (top, mid, bottom) = (p(cx, cy - ry), p(cx + s * rx, cy), p(cx, cy + ry));
    if from_top {
        [
            PathVerb::CubicTo(
                p(cx + s * k * rx, cy - ry),
                p(cx + s * rx, cy - k * ry),
                mid,
            ),
            PathVerb::CubicTo(
                p(cx + s * rx, cy + k * ry),
                p(cx + s * k * rx, cy + ry),
                bottom,
            ),
        ]
    } else {
        [
            PathVerb::CubicTo(
                p(cx + s * k * rx, cy + ry),
                p(cx + s * rx, cy + k * ry),
                mid,
            ),
            PathVerb::CubicTo(
                p(cx + s * rx, cy - k * ry),
                p(cx + s * k * rx, cy - ry),
                top,
            ),
        ]
    }
}

/// The lit part of a moon of radius `r` at `(cx, cy)` lit from the right by `f` (0 new, 1
/// full): the right half-disc's edge, back along the terminator (an ellipse of horizontal
/// radius `r·|1 − 2f|`, bulging right before half, left after).
fn moon(cx: f32, cy: f32, r: f32, f: f32) -> PathData {
    let f = f.clamp(0.0, 1.0);
    let tx = r * (1.0 - 2.0 * f).abs();
    let mut verbs = vec![PathVerb::MoveTo(Point::new(cx, cy - r))];
    verbs.extend(half_ellipse(cx, cy, r, r, true, true));
    verbs.extend(half_ellipse(cx, cy, tx.max(1e-3), r, f < 0.5, false));
    verbs.push(PathVerb::Close);
    PathData::from_verbs(&verbs)
}

/// ArkUI's Eclipse: a disc in the track colour, lit from the right as the value grows.
pub(crate) fn eclipse(cx: &mut PaintCtx<'_>, l: Look) {
    let (w, h) = cx.size();
    let r = w.min(h) / 2.0;
    if r <= 0.0 {
        return;
    }
    let (x, y) = (w / 2.0, h / 2.0);
    cx.fill_path(&PathData::circle(x, y, r), FillRule::NonZero, l.bg.into());
    if l.fraction > 0.0 {
        cx.fill_path(&moon(x, y, r, l.fraction), FillRule::NonZero, l.fg.into());
    }
}

/// ArkUI's ScaleRing: `scale_count` ticks round a circle, `stroke` long, the first ones
/// (clockwise from twelve o'clock) in the value colour.
pub(crate) fn scale_ring(cx: &mut PaintCtx<'_>, l: Look) {
    let (w, h) = cx.size();
    let r = w.min(h) / 2.0;
    let len = l.stroke.clamp(0.0, r);
    let count = l.scale_count.clamp(2, 1000);
    if r <= 0.0 || len <= 0.0 {
        return;
    }
    let (x, y) = (w / 2.0, h / 2.0);
    let lit = (l.fraction.clamp(0.0, 1.0) * count as f32).round() as u32;
    let tick = |i: u32| {
        let a = (-90.0 + 360.0 * i as f32 / count as f32).to_radians();
        let (s, c) = a.sin_cos();
        [
            PathVerb::MoveTo(Point::new(x + c * (r - len), y + s * (r - len))),
            PathVerb::LineTo(Point::new(x + c * r, y + s * r)),
        ]
    };
    let style = StrokeStyle::new(l.scale_width.max(0.5));
    let all: Vec<PathVerb> = (lit..count).flat_map(tick).collect();
    cx.stroke_path(&PathData::from_verbs(&all), &style, l.bg.into());
    if lit > 0 {
        let done: Vec<PathVerb> = (0..lit).flat_map(tick).collect();
        cx.stroke_path(&PathData::from_verbs(&done), &style, l.fg.into());
    }
}

/// ArkUI's Capsule: a capsule in the track colour, filled from the left (its round ends
/// fill like an eclipse, its middle like a bar), with a thin border in the value colour.
pub(crate) fn capsule(cx: &mut PaintCtx<'_>, l: Look) {
    let (w, h) = cx.size();
    if w <= 0.0 || h <= 0.0 {
        return;
    }
    let r = w.min(h) / 2.0;
    let radii = arkui_core::draw::CornerRadii::uniform(r);
    let bounds = Rect::new(0.0, 0.0, w, h);
    cx.fill_rounded_rect(bounds, radii, l.bg);
    if l.fraction > 0.0 {
        cx.push_rounded_clip(bounds, radii);
        cx.fill_rect(Rect::new(0.0, 0.0, w * l.fraction.min(1.0), h), l.fg);
        cx.pop_clip();
    }
    let bw = l.stroke.min(r).max(0.0);
    if bw > 0.0 {
        cx.border(
            bounds,
            radii,
            arkui_core::draw::BorderWidths::uniform(bw),
            l.fg,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The area a closed path of lines and cubics encloses (cubics sampled).
    fn area(p: &PathData) -> f32 {
        let mut pts = Vec::new();
        let mut last = Point::new(0.0, 0.0);
        for v in p.verbs() {
            match v {
                PathVerb::MoveTo(a) | PathVerb::LineTo(a) => {
                    pts.push(a);
                    last = a;
                }
                PathVerb::CubicTo(c1, c2, a) => {
                    for k in 1..=32 {
                        let t = k as f32 / 32.0;
                        let u = 1.0 - t;
                        let b = |p0: f32, p1: f32, p2: f32, p3: f32| {
                            u * u * u * p0
                                + 3.0 * u * u * t * p1
                                + 3.0 * u * t * t * p2
                                + t * t * t * p3
                        };
                        pts.push(Point::new(
                            b(last.x, c1.x, c2.x, a.x),
                            b(last.y, c1.y, c2.y, a.y),
                        ));
                    }
                    last = a;
                }
                PathVerb::QuadTo(_, a) => {
                    pts.push(a);
                    last = a;
                }
                PathVerb::Close => {}
            }
        }
        let n = pts.len();
        (0..n)
            .map(|i| {
                let (a, b) = (pts[i], pts[(i + 1) % n]);
                a.x * b.y - b.x * a.y
            })
            .sum::<f32>()
            .abs()
            / 2.0
    }

    #[test]
    fn the_moon_grows_from_nothing_to_the_disc() {
        let disc = std::f32::consts::PI * 100.0;
        let lit = |f: f32| area(&moon(0.0, 0.0, 10.0, f)) / disc;
        assert!(lit(0.0) < 0.01, "new moon: {}", lit(0.0));
        assert!((lit(0.25) - 0.25).abs() < 0.02, "a quarter: {}", lit(0.25));
        assert!((lit(0.5) - 0.5).abs() < 0.01, "half: {}", lit(0.5));
        assert!((lit(1.0) - 1.0).abs() < 0.01, "full: {}", lit(1.0));
    }
}
