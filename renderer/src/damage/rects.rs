//! [`Damage`]: the rectangles a frame must repaint, merged only when merging saves work.

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
/// use arkui_renderer::damage::Damage;
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
