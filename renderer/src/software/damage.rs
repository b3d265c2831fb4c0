//! [`Damage`]: the rectangles a frame must repaint, merged only when merging saves work;
//! and [`scroll`], which moves pixels already drawn instead of repainting them.

use super::RenderTarget;
use crate::IRect;

/// What one extra render pass costs beyond its pixels, in pixel-equivalents: walking the
/// display list and culling every command once more.
pub const PASS_OVERHEAD_PX: u64 = 1024;

/// A set of damaged rectangles.
///
/// Two rectangles are merged only when painting their union costs no more than painting
/// both plus one pass overhead, so a toggle at the top and one at the bottom of a screen stay
/// two small rectangles, while touching or nearby ones become one. There is no fixed cap.
///
/// ```
/// use arkui_renderer::IRect;
/// use arkui_renderer::software::Damage;
/// let mut d = Damage::new();
/// d.add(IRect::new(0, 0, 40, 20));
/// d.add(IRect::new(0, 300, 40, 320)); // far away: kept apart
/// assert_eq!(d.rects().len(), 2);
/// d.add(IRect::new(38, 0, 80, 20)); // overlaps the first: merged
/// assert_eq!(d.rects().len(), 2);
/// assert_eq!(d.area(), 80 * 20 + 40 * 20);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Damage {
    rects: Vec<IRect>,
}

impl Damage {
    /// Nothing damaged.
    pub fn new() -> Damage {
        Damage::default()
    }

    /// One rectangle (a full-frame repaint, for example).
    pub fn from_rect(r: IRect) -> Damage {
        let mut d = Damage::new();
        d.add(r);
        d
    }

    /// Add a damaged rectangle, merging while merging saves work.
    pub fn add(&mut self, r: IRect) {
        if r.is_empty() {
            return;
        }
        let mut r = r;
        loop {
            let found = self.rects.iter().position(|e| {
                e.union(&r).area() <= e.area() + r.area() + PASS_OVERHEAD_PX || contains(e, &r)
            });
            match found {
                Some(i) => {
                    let e = self.rects.swap_remove(i);
                    r = e.union(&r);
                }
                None => break,
            }
        }
        self.rects.push(r);
    }

    /// The rectangles, disjoint or not, in no particular order.
    pub fn rects(&self) -> &[IRect] {
        &self.rects
    }

    /// True when nothing needs painting.
    pub fn is_empty(&self) -> bool {
        self.rects.is_empty()
    }

    /// Pixels the rectangles cover (overlaps counted twice, as they are painted twice).
    pub fn area(&self) -> u64 {
        self.rects.iter().map(IRect::area).sum()
    }

    /// The bounding box of everything damaged.
    pub fn bounds(&self) -> IRect {
        self.rects.iter().fold(IRect::EMPTY, |a, r| a.union(r))
    }

    /// Forget everything (after painting).
    pub fn clear(&mut self) {
        self.rects.clear();
    }

    /// Keep only what lies inside `bounds`.
    pub fn clip_to(&mut self, bounds: IRect) {
        for r in &mut self.rects {
            *r = r.intersect(&bounds);
        }
        self.rects.retain(|r| !r.is_empty());
    }
}

fn contains(outer: &IRect, inner: &IRect) -> bool {
    inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1
}

/// Shift the pixels inside `area` by `(dx, dy)` (content moving up has a negative `dy`) and
/// return the strips left exposed, which the caller repaints. Pixels shifted out of `area`
/// are dropped; nothing outside `area` changes. Coordinates are logical (rotation-aware).
///
/// ```
/// use arkui_renderer::IRect;
/// use arkui_renderer::software::{PixelFormat, RenderTarget, scroll};
/// let mut px: Vec<u8> = (0..4u8).flat_map(|y| [y; 4]).collect(); // 1x4, rows 0,1,2,3
/// let mut t = RenderTarget::new(&mut px, 1, 4, 4, PixelFormat::Rgba8888).unwrap();
/// let exposed = scroll(&mut t, IRect::new(0, 0, 1, 4), 0, -1);
/// assert_eq!(exposed.rects(), &[IRect::new(0, 3, 1, 4)]);
/// assert_eq!(px[0], 1); // row 1 moved up into row 0
/// ```
pub fn scroll(target: &mut RenderTarget<'_>, area: IRect, dx: i32, dy: i32) -> Damage {
    let (lw, lh) = target.logical_size();
    let area = area.intersect(&IRect::from_size(lw, lh));
    let mut exposed = Damage::new();
    if area.is_empty() || (dx == 0 && dy == 0) {
        return exposed;
    }
    let moved = area.translate(dx, dy).intersect(&area);
    if moved.is_empty() {
        exposed.add(area);
        return exposed;
    }
    let bpp = target.format.bytes_per_pixel();
    let stride = target.stride;
    let (pw, ph) = (target.width, target.height);
    let rot = target.rotation;
    let offset = |x: i32, y: i32| {
        let (px, py) = rot.to_physical(x as u32, y as u32, pw, ph);
        py as usize * stride + px as usize * bpp
    };
    // Walk rows against the direction of motion so sources are read before being overwritten.
    let rows: Vec<i32> = if dy > 0 {
        (moved.y0..moved.y1).rev().collect()
    } else {
        (moved.y0..moved.y1).collect()
    };
    for y in rows {
        let sy = y - dy;
        if rot == super::Rotation::Deg0 {
            let (s, d) = (offset(moved.x0 - dx, sy), offset(moved.x0, y));
            let len = moved.width() as usize * bpp;
            target.data.copy_within(s..s + len, d);
        } else {
            let cols: Vec<i32> = if dx > 0 {
                (moved.x0..moved.x1).rev().collect()
            } else {
                (moved.x0..moved.x1).collect()
            };
            for x in cols {
                let (s, d) = (offset(x - dx, sy), offset(x, y));
                target.data.copy_within(s..s + bpp, d);
            }
        }
    }
    // The exposed strips: above/below and left/right of the moved block.
    if moved.y0 > area.y0 {
        exposed.add(IRect::new(area.x0, area.y0, area.x1, moved.y0));
    }
    if moved.y1 < area.y1 {
        exposed.add(IRect::new(area.x0, moved.y1, area.x1, area.y1));
    }
    if moved.x0 > area.x0 {
        exposed.add(IRect::new(area.x0, moved.y0, moved.x0, moved.y1));
    }
    if moved.x1 < area.x1 {
        exposed.add(IRect::new(moved.x1, moved.y0, area.x1, moved.y1));
    }
    exposed
}
