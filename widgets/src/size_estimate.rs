//! Sizes of a virtualised container's items along its axis: measured where an item has been
//! laid out, the average of the measured ones elsewhere. Prefix sums live in Fenwick trees,
//! so an item's position and the item at a position cost O(log N), whatever N is: scrolling
//! a 100,000-row list never walks the rows above the viewport.

/// Item sizes with estimates for the unmeasured ones.
pub(crate) struct SizeEstimate {
    sizes: Vec<f32>,
    sum: Vec<f64>,
    count: Vec<u32>,
    measured_sum: f64,
    measured: u32,
    /// Used for every item until one is measured.
    default: f32,
    /// Space between consecutive items.
    gap: f32,
}

impl SizeEstimate {
    pub(crate) fn new(default: f32) -> SizeEstimate {
        SizeEstimate {
            sizes: Vec::new(),
            sum: vec![0.0],
            count: vec![0],
            measured_sum: 0.0,
            measured: 0,
            default: clean(default).max(1.0),
            gap: 0.0,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.sizes.len()
    }

    pub(crate) fn set_gap(&mut self, gap: f32) {
        self.gap = clean(gap);
    }

    /// Resize to `n` items, keeping measured sizes by index (rows re-measure when shown).
    pub(crate) fn resize(&mut self, n: usize) {
        if n == self.sizes.len() {
            return;
        }
        self.sizes.resize(n, f32::NAN);
        self.rebuild();
    }

    fn rebuild(&mut self) {
        let n = self.sizes.len();
        self.sum = vec![0.0; n + 1];
        self.count = vec![0; n + 1];
        self.measured_sum = 0.0;
        self.measured = 0;
        for i in 0..n {
            let s = self.sizes[i];
            if !s.is_nan() {
                self.add(i, f64::from(s), 1);
            }
        }
    }

    fn add(&mut self, i: usize, size: f64, count: i64) {
        self.measured_sum += size;
        self.measured = (i64::from(self.measured) + count).max(0) as u32;
        let mut k = i + 1;
        while k < self.sum.len() {
            self.sum[k] += size;
            self.count[k] = (i64::from(self.count[k]) + count).max(0) as u32;
            k += k & k.wrapping_neg();
        }
    }

    /// Record the measured size of item `i`. Returns whether it changed.
    pub(crate) fn record(&mut self, i: usize, size: f32) -> bool {
        let size = clean(size);
        let Some(old) = self.sizes.get(i).copied() else {
            return false;
        };
        if old == size {
            return false;
        }
        if !old.is_nan() {
            self.add(i, -f64::from(old), -1);
        }
        self.sizes[i] = size;
        self.add(i, f64::from(size), 1);
        true
    }

    /// The measured size of item `i`.
    pub(crate) fn measured(&self, i: usize) -> Option<f32> {
        self.sizes.get(i).copied().filter(|s| !s.is_nan())
    }

    /// The average measured size (the estimate for unmeasured items).
    pub(crate) fn average(&self) -> f32 {
        if self.measured == 0 {
            self.default
        } else {
            (self.measured_sum / f64::from(self.measured)) as f32
        }
    }

    /// Size of item `i`, measured or estimated.
    pub(crate) fn size(&self, i: usize) -> f32 {
        self.measured(i).unwrap_or_else(|| self.average())
    }

    fn prefix(&self, i: usize) -> (f64, u32) {
        let (mut s, mut c) = (0.0, 0);
        let mut k = i.min(self.sizes.len());
        while k > 0 {
            s += self.sum[k];
            c += self.count[k];
            k &= k - 1;
        }
        (s, c)
    }

    /// Where item `i` starts (items before it, and their gaps).
    pub(crate) fn start(&self, i: usize) -> f32 {
        let i = i.min(self.sizes.len());
        let (s, c) = self.prefix(i);
        let unmeasured = (i as u32).saturating_sub(c);
        (s + f64::from(unmeasured) * f64::from(self.average()) + i as f64 * f64::from(self.gap))
            as f32
    }

    /// Total length of all items and the gaps between them.
    pub(crate) fn extent(&self) -> f32 {
        let n = self.sizes.len();
        if n == 0 {
            return 0.0;
        }
        self.start(n) - self.gap
    }

    /// The item at position `y`: the last one starting at or before it (0 when empty).
    pub(crate) fn index_at(&self, y: f32) -> usize {
        let n = self.sizes.len();
        if n == 0 || !y.is_finite() || y <= 0.0 {
            return 0;
        }
        let (mut lo, mut hi) = (0usize, n - 1);
        while lo < hi {
            let mid = lo + (hi - lo).div_ceil(2);
            if self.start(mid) <= y {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lo
    }
}

fn clean(v: f32) -> f32 {
    if v.is_finite() { v.max(0.0) } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::SizeEstimate;

    #[test]
    fn unmeasured_items_take_the_average_of_measured_ones() {
        let mut e = SizeEstimate::new(50.0);
        e.resize(100);
        assert_eq!(e.extent(), 5000.0);
        e.record(0, 10.0);
        e.record(1, 30.0);
        assert_eq!(e.average(), 20.0);
        assert_eq!(e.start(2), 40.0);
        assert_eq!(e.extent(), 2000.0);
        assert_eq!(e.index_at(15.0), 1);
        assert_eq!(e.index_at(45.0), 2);
        e.set_gap(5.0);
        assert_eq!(e.start(2), 50.0);
        assert_eq!(e.index_at(-3.0), 0);
        assert_eq!(e.index_at(f32::NAN), 0);
        assert_eq!(e.index_at(1e12), 99);
        e.record(1, f32::NAN);
        assert_eq!(e.measured(1), Some(0.0));
        e.resize(0);
        assert_eq!((e.extent(), e.index_at(10.0)), (0.0, 0));
    }
}
