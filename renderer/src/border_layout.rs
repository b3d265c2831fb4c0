//! Where the dots and dashes of styled borders fall, and where images land under their fit:
//! rules of the display list shared by every backend, so they agree on the pixels.

use crate::Rect;

/// Dash intervals along one side: dashes `on` long every `period`, the first at `start`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct DashFit {
    pub(crate) start: f32,
    pub(crate) period: f32,
    pub(crate) on: f32,
}

/// Fit dashes of `on` with gaps of `off` along `len`, a dash at each end.
pub(crate) fn fit_dashes(start: f32, len: f32, on: f32, off: f32) -> Option<DashFit> {
    if !(len > 0.0 && on > 0.0) {
        return None;
    }
    let n = ((len + off) / (on + off)).round().max(1.0);
    let scale = len / (n * on + (n - 1.0) * off);
    Some(DashFit {
        start,
        period: (on + off) * scale,
        on: on * scale,
    })
}

/// Centres of the dots of a dotted side (`side`: 0 left, 1 top, 2 right, 3 bottom), evenly
/// spread with one in each corner; `widths` in the same order.
pub(crate) fn dot_centres(rect: Rect, widths: [f32; 4], side: usize) -> Vec<(f32, f32)> {
    let [l, t, r, b] = widths;
    let w = widths[side & 3];
    let (a, bb, fixed, horizontal) = match side & 3 {
        1 => (
            rect.x + l / 2.0,
            rect.right() - r / 2.0,
            rect.y + t / 2.0,
            true,
        ),
        3 => (
            rect.x + l / 2.0,
            rect.right() - r / 2.0,
            rect.bottom() - b / 2.0,
            true,
        ),
        0 => (
            rect.y + t / 2.0,
            rect.bottom() - b / 2.0,
            rect.x + l / 2.0,
            false,
        ),
        _ => (
            rect.y + t / 2.0,
            rect.bottom() - b / 2.0,
            rect.right() - r / 2.0,
            false,
        ),
    };
    let len = bb - a;
    if !(len > 0.0 && w > 0.0) {
        return Vec::new();
    }
    // Dots one width across with one-width gaps, stretched to land on both ends.
    let n = (len / (2.0 * w)).round().clamp(1.0, 100_000.0) as usize;
    let step = len / n as f32;
    (0..=n)
        .map(|i| {
            let p = a + step * i as f32;
            if horizontal { (p, fixed) } else { (fixed, p) }
        })
        .collect()
}
