//! Borders: per-side widths, colours and styles (solid, dashed, dotted), following rounded
//! corners. Each side owns the wedge between the diagonals from the outer to the inner
//! corners, as in CSS; pixels on a diagonal are shared by exact half-plane areas.

use super::coverage::{RoundedBox, fill_ring};
use super::surface::Sink;
use crate::{BorderSides, BorderStyle, BorderWidths, Color, CornerRadii, IRect, Rect};

/// Which side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    Left,
    Top,
    Right,
    Bottom,
}

/// A border resolved to device pixels.
pub(crate) struct BorderGeometry {
    pub(crate) outer: RoundedBox,
    pub(crate) inner: Option<RoundedBox>,
    rect: Rect,
    w: [f32; 4],
}

impl BorderGeometry {
    pub(crate) fn new(
        rect: Rect,
        radii: CornerRadii,
        widths: BorderWidths,
    ) -> Option<BorderGeometry> {
        let fix = |v: f32| if v.is_finite() { v.max(0.0) } else { 0.0 };
        let (l, t, r, b) = (
            fix(widths.left),
            fix(widths.top),
            fix(widths.right),
            fix(widths.bottom),
        );
        let outer = RoundedBox::new(rect, radii)?;
        let outer_radii = radii.clamped(rect.width, rect.height);
        let inner_rect = Rect::new(
            rect.x + l,
            rect.y + t,
            rect.width - l - r,
            rect.height - t - b,
        );
        let inner = RoundedBox::new(inner_rect, outer_radii.shrink(l, t, r, b));
        Some(BorderGeometry {
            outer,
            inner,
            rect,
            w: [l, t, r, b],
        })
    }

    fn width(&self, side: Side) -> f32 {
        self.w[side as usize]
    }

    /// Fraction of pixel `(x, y)` that belongs to `side` (1 away from the diagonals).
    fn side_share(&self, side: Side, x: i32, y: i32) -> f32 {
        let [l, t, r, b] = self.w;
        let (x0, y0, x1, y1) = (
            self.rect.x,
            self.rect.y,
            self.rect.right(),
            self.rect.bottom(),
        );
        // Fraction on the top/bottom side of each corner's diagonal.
        let h = |cx: f32, cy: f32, dx: f32, dy: f32, top: bool| -> f32 {
            // The diagonal runs from the outer corner towards the inner one.
            let (dx, dy) = if dx == 0.0 && dy == 0.0 {
                (1.0, 1.0)
            } else {
                (dx, dy)
            };
            let len = (dx * dx + dy * dy).sqrt();
            // Normal pointing to the horizontal side.
            let (mut nx, mut ny) = (dy / len, -dx / len);
            if (ny < 0.0) != top {
                nx = -nx;
                ny = -ny;
            }
            let d = (x as f32 + 0.5 - cx) * nx + (y as f32 + 0.5 - cy) * ny;
            half_plane_area(nx, ny, d)
        };
        let tl = || h(x0, y0, l, t, true);
        let tr = || h(x1, y0, -r, t, true);
        let bl = || h(x0, y1, l, -b, false);
        let br = || h(x1, y1, -r, -b, false);
        match side {
            Side::Top => tl() * tr(),
            Side::Bottom => bl() * br(),
            Side::Left => (1.0 - tl()) * (1.0 - bl()),
            Side::Right => (1.0 - tr()) * (1.0 - br()),
        }
    }
}

/// Area of the unit pixel on the positive side of a line with unit normal `(nx, ny)` whose
/// signed distance from the pixel centre is `d` (positive: the centre is inside).
pub(crate) fn half_plane_area(nx: f32, ny: f32, d: f32) -> f32 {
    let (a, b) = {
        let (p, q) = (nx.abs(), ny.abs());
        if p >= q { (p, q) } else { (q, p) }
    };
    let half = 0.5 * (a + b);
    if d <= -half {
        return 0.0;
    }
    if d >= half {
        return 1.0;
    }
    let flat = 0.5 * (a - b);
    if d.abs() <= flat || b < 1e-6 {
        return (0.5 + d / a).clamp(0.0, 1.0);
    }
    let corner = |t: f32| (t + half) * (t + half) / (2.0 * a * b);
    if d < 0.0 { corner(d) } else { 1.0 - corner(-d) }
}

/// A sink that forwards coverage scaled by the part of each pixel a side owns and by the
/// side's dash pattern.
struct SideSink<'a> {
    inner: &'a mut dyn Sink,
    geom: &'a BorderGeometry,
    side: Side,
    dashes: Option<Dashes>,
    row: Vec<u8>,
}

/// Dash intervals along one axis.
struct Dashes {
    start: f32,
    period: f32,
    on: f32,
    vertical: bool,
}

impl Dashes {
    /// Fit dashes of `on` with gaps of `off` along `len`, a dash at each end.
    fn fit(start: f32, len: f32, on: f32, off: f32, vertical: bool) -> Option<Dashes> {
        let d = crate::border_layout::fit_dashes(start, len, on, off)?;
        Some(Dashes {
            start: d.start,
            period: d.period,
            on: d.on,
            vertical,
        })
    }

    /// Fraction of the pixel span `[p, p + 1]` inside dashes.
    fn coverage(&self, p: f32) -> f32 {
        if self.period < 1.0 || self.period.is_nan() {
            // Several dashes per pixel: the pixel sees their average.
            return (self.on / self.period).clamp(0.0, 1.0);
        }
        let mut covered = 0.0;
        let rel = p - self.start;
        let first = (rel / self.period).floor() - 1.0;
        let mut k = first;
        while k * self.period <= rel + 1.0 {
            let (a, b) = (k * self.period, k * self.period + self.on);
            covered += (b.min(rel + 1.0) - a.max(rel)).max(0.0);
            k += 1.0;
        }
        covered.clamp(0.0, 1.0)
    }
}

impl Sink for SideSink<'_> {
    fn span(&mut self, y: i32, x0: i32, x1: i32, cov: u8) {
        self.row.clear();
        self.row.resize((x1 - x0).max(0) as usize, cov);
        let row = std::mem::take(&mut self.row);
        self.mask(y, x0, &row);
        self.row = row;
    }

    fn mask(&mut self, y: i32, x0: i32, cov: &[u8]) {
        let mut out: Vec<u8> = Vec::with_capacity(cov.len());
        for (i, &c) in cov.iter().enumerate() {
            let x = x0 + i as i32;
            if c == 0 {
                out.push(0);
                continue;
            }
            let mut share = self.geom.side_share(self.side, x, y);
            if let Some(d) = &self.dashes {
                share *= d.coverage(if d.vertical { y as f32 } else { x as f32 });
            }
            out.push((f32::from(c) * share + 0.5) as u8);
        }
        self.inner.mask(y, x0, &out);
    }
}

/// Paints, in a colour, whatever the inner callback emits into the sink it is given.
pub(crate) type PaintSide<'a> = dyn FnMut(Color, &mut dyn FnMut(&mut dyn Sink)) + 'a;

/// Draw a border; `paint(color, draw)` must paint what `draw` emits in `color`.
pub(crate) fn draw_border(
    geom: &BorderGeometry,
    sides: &BorderSides,
    clip: IRect,
    scratch: &mut Vec<u8>,
    paint: &mut PaintSide<'_>,
) {
    let all = [
        (Side::Left, sides.left),
        (Side::Top, sides.top),
        (Side::Right, sides.right),
        (Side::Bottom, sides.bottom),
    ];
    let uniform = all.iter().all(|(_, s)| *s == sides.left);
    if uniform && sides.left.style == BorderStyle::Solid {
        paint(sides.left.color, &mut |sink| {
            fill_ring(&geom.outer, geom.inner.as_ref(), clip, sink, scratch)
        });
        return;
    }
    let r = geom.rect;
    for (side, s) in all {
        let w = geom.width(side);
        // A side thinner than 1/256 px changes no pixel.
        if w < 1.0 / 256.0 || s.color.a == 0 {
            continue;
        }
        if s.style == BorderStyle::Dotted {
            paint(s.color, &mut |sink| {
                dots(geom, side, w, clip, sink, scratch)
            });
            continue;
        }
        let mut dashes = match (s.style, side) {
            (BorderStyle::Dashed, Side::Top | Side::Bottom) => {
                Dashes::fit(r.x, r.width, 3.0 * w, 2.0 * w, false)
            }
            (BorderStyle::Dashed, Side::Left | Side::Right) => {
                Dashes::fit(r.y, r.height, 3.0 * w, 2.0 * w, true)
            }
            _ => None,
        };
        paint(s.color, &mut |sink| {
            let mut side_sink = SideSink {
                inner: sink,
                geom,
                side,
                dashes: dashes.take(),
                row: Vec::new(),
            };
            fill_ring(
                &geom.outer,
                geom.inner.as_ref(),
                clip,
                &mut side_sink,
                scratch,
            );
        });
    }
}

/// Centres of the dots of a dotted side, evenly spread with one in each corner.
pub(crate) fn dot_centres(rect: Rect, widths: [f32; 4], side: Side) -> Vec<(f32, f32)> {
    crate::border_layout::dot_centres(rect, widths, side as usize)
}

fn dots(
    geom: &BorderGeometry,
    side: Side,
    w: f32,
    clip: IRect,
    sink: &mut dyn Sink,
    scratch: &mut Vec<u8>,
) {
    let mut centres = dot_centres(geom.rect, geom.w, side);
    // Corner dots belong to the horizontal sides so they are drawn once.
    if matches!(side, Side::Left | Side::Right) && centres.len() >= 2 {
        centres.pop();
        centres.remove(0);
    }
    for (cx, cy) in centres {
        let d = Rect::new(cx - w / 2.0, cy - w / 2.0, w, w);
        if let Some(dot) = RoundedBox::new(d, CornerRadii::uniform(w / 2.0)) {
            dot.fill(clip, sink, scratch);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_plane_area_is_exact_for_axis_and_diagonal_lines() {
        assert_eq!(half_plane_area(1.0, 0.0, 0.25), 0.75);
        let s = std::f32::consts::FRAC_1_SQRT_2;
        // A diagonal through the centre halves the pixel; through a corner leaves nothing.
        assert!((half_plane_area(s, s, 0.0) - 0.5).abs() < 1e-6);
        assert!(half_plane_area(s, s, -s) < 1e-6);
    }

    #[test]
    fn sub_pixel_dashes_average_instead_of_looping() {
        // Found by fuzzing: a 1e-14 px wide dashed side meant 1e14 dashes per pixel.
        let d = Dashes::fit(0.0, 6.0, 3e-14, 2e-14, false).unwrap();
        assert!((d.coverage(2.0) - 0.6).abs() < 1e-3);
    }

    #[test]
    fn dashes_fit_the_side_with_a_dash_at_each_end() {
        let d = Dashes::fit(0.0, 100.0, 6.0, 4.0, false).unwrap();
        assert!(d.coverage(0.0) > 0.99);
        assert!(d.coverage(99.0) > 0.99);
    }
}
