//! Where a virtualised container's items go: one lane (List), rows of template columns
//! (Grid), or items dropped into the shortest column (WaterFlow). Positions are along the
//! scrolling axis from the start of the content, in pixels; cross positions from the
//! container's start edge.

use crate::grid_layout::GridLayout;
use crate::lane_layout::LaneLayout;
use crate::size_estimate::SizeEstimate;

/// Placement of items for the shared scrolling engine.
pub(crate) trait ItemLayout {
    /// The number of items.
    fn resize(&mut self, total: usize);
    /// The container's cross-axis size.
    fn set_cross(&mut self, cross: f32);
    /// The length of the content box along the scrolling axis (the viewport less padding).
    fn set_viewport(&mut self, _main: f32) {}
    /// Item `index` is mounted as `node`, before a measuring round: a layout reads the
    /// item's own placement attributes here (a GridItem's spans).
    fn note(&mut self, _index: usize, _node: arkui_core::NodeId) {}
    /// A measuring round starts.
    fn begin(&mut self) {}
    /// Item `index` measured `main` pixels along the axis.
    fn record(&mut self, index: usize, main: f32);
    /// The measuring round ends.
    fn end(&mut self) {}
    /// Where item `index` starts along the axis.
    fn start(&self, index: usize) -> f32;
    /// The length of the whole content (estimated for unmeasured items).
    fn extent(&self) -> f32;
    /// The first and last items intersecting `[from, to)` (`None` when there are none).
    fn visible(&self, from: f32, to: f32) -> Option<(usize, usize)>;
    /// Cross-axis position and, when the layout decides it, size of item `index`.
    fn cross(&self, index: usize) -> (f32, Option<f32>);
    /// The main-axis length the layout gives item `index` (a cell spanning several lines,
    /// a fixed grid's cell), if it decides it.
    fn main_size(&self, _index: usize) -> Option<f32> {
        None
    }
    /// Whether item `index` has a place (a fixed grid hides what it has no cell for).
    fn shown(&self, _index: usize) -> bool {
        true
    }
    /// Whether items with no cross size of their own take the whole cross size.
    fn stretch_cross(&self) -> bool {
        true
    }
    /// Main-axis gap between consecutive items.
    fn gap(&self) -> f32;
    /// Items per line (a grid's columns): `cached_count` counts lines.
    fn per_line(&self) -> usize {
        1
    }
    /// A List's layout, if this is one.
    fn as_lane(&mut self) -> Option<&mut LaneLayout> {
        None
    }
    /// The grid layout, if this is one.
    fn as_grid(&mut self) -> Option<&mut GridLayout> {
        None
    }
    /// The water-flow layout, if this is one.
    fn as_flow(&mut self) -> Option<&mut FlowLayout> {
        None
    }
}

/// Parse an ArkUI template (`"1fr 1fr 2fr"`) into fractions; anything unreadable counts as
/// `1fr`, and an empty template is one column.
pub(crate) fn parse_template(t: &str) -> Vec<f32> {
    let v: Vec<f32> = t
        .split_whitespace()
        .map(|p| {
            p.trim_end_matches("fr")
                .parse::<f32>()
                .ok()
                .filter(|f| f.is_finite() && *f > 0.0)
                .unwrap_or(1.0)
        })
        .take(1000)
        .collect();
    if v.is_empty() { vec![1.0] } else { v }
}

/// Column offsets and widths for fractions `fr` over `cross` pixels with `gap` between.
pub(crate) fn tracks(fr: &[f32], cross: f32, gap: f32) -> Vec<(f32, f32)> {
    let total: f32 = fr.iter().sum();
    let free = (cross - gap * (fr.len().saturating_sub(1)) as f32).max(0.0);
    let mut x = 0.0;
    fr.iter()
        .map(|f| {
            let w = free * f / total;
            let t = (x, w);
            x += w + gap;
            t
        })
        .collect()
}

/// Items dropped one by one into the shortest column: ArkUI's WaterFlow.
pub(crate) struct FlowLayout {
    sizes: SizeEstimate,
    lanes: usize,
    row_gap: f32,
    columns_gap: f32,
    cross: f32,
    /// Placed items: (lane, start); valid up to its length.
    placed: std::cell::RefCell<Vec<(u16, f32)>>,
}

impl FlowLayout {
    pub(crate) fn new(default: f32) -> FlowLayout {
        FlowLayout {
            sizes: SizeEstimate::new(default),
            lanes: 1,
            row_gap: 0.0,
            columns_gap: 0.0,
            cross: 0.0,
            placed: std::cell::RefCell::new(Vec::new()),
        }
    }

    pub(crate) fn set_lanes(&mut self, lanes: usize) {
        self.lanes = lanes.clamp(1, 1000);
        self.placed.borrow_mut().clear();
    }

    pub(crate) fn set_gaps(&mut self, rows: f32, columns: f32) {
        self.sizes.set_gap(0.0);
        self.row_gap = if rows.is_finite() { rows.max(0.0) } else { 0.0 };
        self.columns_gap = if columns.is_finite() {
            columns.max(0.0)
        } else {
            0.0
        };
        self.placed.borrow_mut().clear();
    }

    /// Place items up to and including `upto` (the shortest lane takes each next item).
    fn place_upto(&self, upto: usize) {
        let mut placed = self.placed.borrow_mut();
        let n = self.sizes.len();
        let upto = upto.min(n.saturating_sub(1));
        if n == 0 || placed.len() > upto {
            return;
        }
        let mut bottoms = vec![0.0f32; self.lanes];
        for (i, (lane, start)) in placed.iter().enumerate() {
            let b = start + self.sizes.size(i) + self.row_gap;
            let l = *lane as usize;
            bottoms[l] = bottoms[l].max(b);
        }
        for i in placed.len()..=upto {
            let (lane, top) =
                bottoms
                    .iter()
                    .copied()
                    .enumerate()
                    .fold(
                        (0, f32::INFINITY),
                        |best, (l, b)| if b < best.1 { (l, b) } else { best },
                    );
            placed.push((lane as u16, top));
            bottoms[lane] = top + self.sizes.size(i) + self.row_gap;
        }
    }

    pub(crate) fn rows_gap(&self) -> f32 {
        self.row_gap
    }

    pub(crate) fn columns_gap(&self) -> f32 {
        self.columns_gap
    }

    fn lane_width(&self) -> f32 {
        let k = self.lanes as f32;
        ((self.cross - self.columns_gap * (k - 1.0)) / k).max(0.0)
    }
}

impl ItemLayout for FlowLayout {
    fn resize(&mut self, total: usize) {
        if total != self.sizes.len() {
            self.sizes.resize(total);
            self.placed.borrow_mut().clear();
        }
    }
    fn set_cross(&mut self, cross: f32) {
        self.cross = cross;
    }
    fn record(&mut self, index: usize, main: f32) {
        if self.sizes.record(index, main) {
            // Every later item may land in another column now.
            self.placed.borrow_mut().truncate(index + 1);
        }
    }
    fn end(&mut self) {
        // Unmeasured items use the average, which measuring changed: re-place from the
        // first unmeasured item on.
        let n = self.sizes.len();
        let first_unmeasured = (0..n)
            .find(|i| self.sizes.measured(*i).is_none())
            .unwrap_or(n);
        self.placed.borrow_mut().truncate(first_unmeasured);
    }
    fn start(&self, index: usize) -> f32 {
        self.place_upto(index);
        self.placed.borrow().get(index).map_or(0.0, |p| p.1)
    }
    fn extent(&self) -> f32 {
        let n = self.sizes.len();
        if n == 0 {
            return 0.0;
        }
        self.place_upto(n - 1);
        let placed = self.placed.borrow();
        placed
            .iter()
            .enumerate()
            .map(|(i, (_, s))| s + self.sizes.size(i))
            .fold(0.0, f32::max)
    }
    fn visible(&self, from: f32, to: f32) -> Option<(usize, usize)> {
        let n = self.sizes.len();
        if n == 0 {
            return None;
        }
        self.place_upto(n - 1);
        let placed = self.placed.borrow();
        let mut hit = placed
            .iter()
            .enumerate()
            .filter(|(i, (_, s))| *s < to && s + self.sizes.size(*i) > from)
            .map(|(i, _)| i);
        let first = hit.next()?;
        let last = hit.last().unwrap_or(first);
        Some((first, last))
    }
    fn cross(&self, index: usize) -> (f32, Option<f32>) {
        self.place_upto(index);
        let lane = self.placed.borrow().get(index).map_or(0, |p| p.0) as f32;
        let w = self.lane_width();
        (lane * (w + self.columns_gap), Some(w))
    }
    fn gap(&self) -> f32 {
        self.row_gap
    }
    fn as_flow(&mut self) -> Option<&mut FlowLayout> {
        Some(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_parse_and_split_the_width() {
        assert_eq!(parse_template("1fr 1fr 2fr"), vec![1.0, 1.0, 2.0]);
        assert_eq!(parse_template(""), vec![1.0]);
        assert_eq!(parse_template("x -3fr"), vec![1.0, 1.0]);
        assert_eq!(
            tracks(&[1.0, 1.0, 2.0], 420.0, 10.0),
            vec![(0.0, 100.0), (110.0, 100.0), (220.0, 200.0)]
        );
    }

    #[test]
    fn water_flow_drops_each_item_into_the_shortest_column() {
        let mut f = FlowLayout::new(10.0);
        f.set_lanes(2);
        f.set_cross(100.0);
        f.resize(4);
        f.begin();
        for (i, h) in [50.0, 20.0, 10.0, 10.0].into_iter().enumerate() {
            f.record(i, h);
        }
        f.end();
        // 0 -> lane 0 (0..50), 1 -> lane 1 (0..20), 2 -> lane 1 (20..30), 3 -> lane 1 (30..40)
        assert_eq!(f.cross(2), (50.0, Some(50.0)));
        assert_eq!(f.start(3), 30.0);
        assert_eq!(f.extent(), 50.0);
        assert_eq!(f.visible(35.0, 45.0), Some((0, 3)));
    }
}
