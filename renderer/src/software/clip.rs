//! The clip stack: a pixel rectangle per level plus, for rounded or transformed clips, an
//! anti-aliased coverage mask (nested masks are multiplied together).

use super::surface::Sink;
use crate::IRect;
use crate::color::mul_div255;

/// Per-pixel clip coverage over `rect`; 0 outside it.
#[derive(Debug, Default)]
pub(crate) struct Mask {
    rect: IRect,
    data: Vec<u8>,
}

impl Mask {
    /// Coverage of pixel `(x, y)`.
    #[inline]
    pub(crate) fn at(&self, x: i32, y: i32) -> u8 {
        let r = &self.rect;
        if x < r.x0 || x >= r.x1 || y < r.y0 || y >= r.y1 {
            return 0;
        }
        self.data[(y - r.y0) as usize * r.width() as usize + (x - r.x0) as usize]
    }

    fn reset(&mut self, rect: IRect) {
        self.rect = rect;
        self.data.clear();
        self.data.resize(rect.area() as usize, 0);
    }

    fn multiply(&mut self, parent: &Mask) {
        let r = self.rect;
        for y in r.y0..r.y1 {
            for x in r.x0..r.x1 {
                let i = (y - r.y0) as usize * r.width() as usize + (x - r.x0) as usize;
                self.data[i] = mul_div255(self.data[i], parent.at(x, y));
            }
        }
    }
}

/// Writes a shape's coverage into a mask.
pub(crate) struct MaskSink<'a>(&'a mut Mask);

impl Sink for MaskSink<'_> {
    fn span(&mut self, y: i32, x0: i32, x1: i32, cov: u8) {
        let r = self.0.rect;
        let (a, b) = (x0.max(r.x0), x1.min(r.x1));
        if y < r.y0 || y >= r.y1 || a >= b {
            return;
        }
        let row = (y - r.y0) as usize * r.width() as usize;
        self.0.data[row + (a - r.x0) as usize..row + (b - r.x0) as usize].fill(cov);
    }

    fn mask(&mut self, y: i32, x0: i32, cov: &[u8]) {
        let r = self.0.rect;
        if y < r.y0 || y >= r.y1 {
            return;
        }
        let row = (y - r.y0) as usize * r.width() as usize;
        for (i, &c) in cov.iter().enumerate() {
            let x = x0 + i as i32;
            if x >= r.x0 && x < r.x1 {
                self.0.data[row + (x - r.x0) as usize] = c;
            }
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Level {
    bounds: IRect,
    mask: Option<usize>,
    owns_mask: bool,
}

/// Nested clips. Masks live in a pool reused across frames.
#[derive(Debug, Default)]
pub(crate) struct ClipStack {
    stack: Vec<Level>,
    current: Option<Level>,
    masks: Vec<Mask>,
    live_masks: usize,
}

impl ClipStack {
    /// Start a frame clipped to `region`.
    pub(crate) fn reset(&mut self, region: IRect) {
        self.stack.clear();
        self.live_masks = 0;
        self.current = Some(Level {
            bounds: region,
            mask: None,
            owns_mask: false,
        });
    }

    fn cur(&self) -> Level {
        self.current.unwrap_or(Level {
            bounds: IRect::EMPTY,
            mask: None,
            owns_mask: false,
        })
    }

    /// The pixel bounds everything is clipped to.
    pub(crate) fn bounds(&self) -> IRect {
        self.cur().bounds
    }

    /// The current coverage mask, if a rounded or transformed clip is active.
    pub(crate) fn mask(&self) -> Option<&Mask> {
        self.cur().mask.map(|i| &self.masks[i])
    }

    /// Intersect with a pixel rectangle.
    pub(crate) fn push_rect(&mut self, r: IRect) {
        let cur = self.cur();
        self.stack.push(cur);
        self.current = Some(Level {
            bounds: cur.bounds.intersect(&r),
            mask: cur.mask,
            owns_mask: false,
        });
    }

    /// Intersect with a shape drawn by `draw` (which paints its coverage into the sink,
    /// staying within the bounds it is given) that lies within `shape_bounds`.
    pub(crate) fn push_shape(
        &mut self,
        shape_bounds: IRect,
        draw: impl FnOnce(IRect, &mut dyn Sink),
    ) {
        let cur = self.cur();
        self.stack.push(cur);
        let bounds = cur.bounds.intersect(&shape_bounds);
        if self.masks.len() <= self.live_masks {
            self.masks.push(Mask::default());
        }
        let idx = self.live_masks;
        self.live_masks += 1;
        let (before, after) = self.masks.split_at_mut(idx);
        let mask = &mut after[0];
        mask.reset(bounds);
        if !bounds.is_empty() {
            draw(bounds, &mut MaskSink(mask));
            if let Some(p) = cur.mask {
                mask.multiply(&before[p]);
            }
        }
        self.current = Some(Level {
            bounds,
            mask: Some(idx),
            owns_mask: true,
        });
    }

    /// Back to the enclosing clip; an unbalanced pop is ignored.
    pub(crate) fn pop(&mut self) {
        let Some(prev) = self.stack.pop() else {
            return;
        };
        if self.cur().owns_mask {
            self.live_masks = self.live_masks.saturating_sub(1);
        }
        self.current = Some(prev);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_masks_multiply_and_pop_restores() {
        let mut c = ClipStack::default();
        c.reset(IRect::new(0, 0, 10, 10));
        c.push_shape(IRect::new(0, 0, 4, 4), |b, s| {
            for y in b.y0..b.y1 {
                s.span(y, b.x0, b.x1, 128);
            }
        });
        c.push_shape(IRect::new(2, 2, 8, 8), |b, s| {
            for y in b.y0..b.y1 {
                s.span(y, b.x0, b.x1, 128);
            }
        });
        assert_eq!(c.bounds(), IRect::new(2, 2, 4, 4));
        assert_eq!(c.mask().map(|m| m.at(3, 3)), Some(64));
        c.pop();
        c.pop();
        assert!(c.mask().is_none());
        assert_eq!(c.bounds(), IRect::new(0, 0, 10, 10));
    }
}
