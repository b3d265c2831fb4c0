//! A shelf allocator: rectangles packed in rows, for glyph atlases and coverage pages.

/// Packs rectangles into a `width` x `height` area, row by row.
#[derive(Debug, Clone)]
pub(crate) struct Shelves {
    width: u32,
    height: u32,
    shelves: Vec<Shelf>,
    next_y: u32,
}

#[derive(Debug, Clone, Copy)]
struct Shelf {
    y: u32,
    height: u32,
    x: u32,
}

impl Shelves {
    pub(crate) fn new(width: u32, height: u32) -> Shelves {
        Shelves {
            width,
            height,
            shelves: Vec::new(),
            next_y: 0,
        }
    }

    /// Forget every allocation.
    pub(crate) fn clear(&mut self) {
        self.shelves.clear();
        self.next_y = 0;
    }

    /// The top-left of a free `w` x `h` area, or `None` when it does not fit.
    pub(crate) fn alloc(&mut self, w: u32, h: u32) -> Option<(u32, u32)> {
        if w > self.width || h > self.height {
            return None;
        }
        // The lowest shelf that fits wastes least height.
        let best = self
            .shelves
            .iter_mut()
            .filter(|s| s.height >= h && s.height <= h + h / 2 + 4 && self.width - s.x >= w)
            .min_by_key(|s| s.height);
        if let Some(s) = best {
            let at = (s.x, s.y);
            s.x += w;
            return Some(at);
        }
        if self.height - self.next_y < h {
            return None;
        }
        let y = self.next_y;
        self.next_y += h;
        self.shelves.push(Shelf { y, height: h, x: w });
        Some((0, y))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_rows_and_refuses_overflow() {
        let mut s = Shelves::new(10, 10);
        assert_eq!(s.alloc(4, 4), Some((0, 0)));
        assert_eq!(s.alloc(4, 4), Some((4, 0)));
        assert_eq!(s.alloc(4, 4), Some((0, 4)));
        assert_eq!(s.alloc(11, 1), None);
        assert_eq!(s.alloc(2, 3), Some((8, 0)));
        s.clear();
        assert_eq!(s.alloc(10, 10), Some((0, 0)));
    }
}
