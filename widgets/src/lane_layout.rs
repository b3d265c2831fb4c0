//! A List's placement: one lane (the common case: prefix sums, O(log n) a lookup), or
//! `lanes` side by side, placed as a scrolling grid whose `ListItemGroup`s take whole lines.
//! Items narrower than their lane sit in it by `alignListItem`.

use std::collections::{HashMap, HashSet};

use arkui_core::{Length, NodeId};

use crate::grid_layout::{GridLayout, ItemPlace};
use crate::item_layout::ItemLayout;
use crate::size_estimate::SizeEstimate;

/// ArkUI's `lanes` value: a number of lanes, or `LengthConstrain` (as many lanes as fit, each
/// at least `min` wide; a lane wider than `max` holds items `max` wide).
///
/// ```
/// use arkui_core::Length;
/// use arkui_widgets::ListLanes;
/// assert_eq!(ListLanes::from(3), ListLanes::Count(3));
/// let c = ListLanes::Constrain { min: Length::Vp(160.0), max: Length::Vp(240.0) };
/// assert_ne!(c, ListLanes::Count(1));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ListLanes {
    /// This many lanes (0 counts as 1).
    Count(u32),
    /// As many lanes as fit at `min` wide each; items at most `max` wide.
    Constrain {
        /// The narrowest a lane may be.
        min: Length,
        /// The widest an item in a lane may be.
        max: Length,
    },
}

impl From<u32> for ListLanes {
    fn from(n: u32) -> ListLanes {
        ListLanes::Count(n)
    }
}

impl From<i32> for ListLanes {
    fn from(n: i32) -> ListLanes {
        ListLanes::Count(n.max(0) as u32)
    }
}

/// ArkUI's `ListItemAlign`: where an item narrower than its lane sits across it.
///
/// ```
/// assert_eq!(arkui_widgets::ListItemAlign::default(), arkui_widgets::ListItemAlign::Start);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ListItemAlign {
    /// At the lane's start (the default).
    #[default]
    Start,
    /// Centred.
    Center,
    /// At the lane's end.
    End,
}

/// A List's placement of items.
pub(crate) struct LaneLayout {
    sizes: SizeEstimate,
    /// Set when there is more than one lane.
    grid: Option<GridLayout>,
    lanes: ListLanes,
    gutter: f32,
    space: f32,
    align: ListItemAlign,
    pub(crate) density: f32,
    vertical: bool,
    cross: f32,
    total: usize,
    /// Cross sizes the mounted items gave themselves (px).
    own: HashMap<usize, f32>,
    /// Mounted items that are ListItemGroups (always the whole width).
    groups: HashSet<usize>,
}

impl LaneLayout {
    pub(crate) fn new(default: f32, density: f32) -> LaneLayout {
        LaneLayout {
            sizes: SizeEstimate::new(default),
            grid: None,
            lanes: ListLanes::Count(1),
            gutter: 0.0,
            space: 0.0,
            align: ListItemAlign::Start,
            density,
            vertical: true,
            cross: 0.0,
            total: 0,
            own: HashMap::new(),
            groups: HashSet::new(),
        }
    }

    fn px(&self, l: Length, base: f32) -> f32 {
        crate::length_px::px(l, self.density, base)
    }

    /// The gap between items along the list.
    pub(crate) fn set_space(&mut self, space: f32) {
        self.space = space;
        self.sizes.set_gap(space);
        if let Some(g) = &mut self.grid {
            g.set_gaps(space, self.gutter);
        }
    }

    pub(crate) fn set_lanes(&mut self, lanes: ListLanes, gutter: f32) {
        self.lanes = lanes;
        self.gutter = if gutter.is_finite() {
            gutter.max(0.0)
        } else {
            0.0
        };
        self.relane();
    }

    pub(crate) fn set_align(&mut self, align: ListItemAlign) {
        self.align = align;
    }

    pub(crate) fn set_vertical(&mut self, vertical: bool) {
        self.vertical = vertical;
        self.own.clear();
    }

    /// How many lanes the current cross size holds.
    pub(crate) fn lane_count(&self) -> usize {
        match self.lanes {
            ListLanes::Count(n) => n.clamp(1, 1000) as usize,
            ListLanes::Constrain { min, .. } => {
                let min = self.px(min, self.cross);
                if min <= 0.0 {
                    return 1;
                }
                (((self.cross + self.gutter) / (min + self.gutter)).floor() as usize).clamp(1, 1000)
            }
        }
    }

    /// The width of one lane.
    pub(crate) fn lane_width(&self) -> f32 {
        let n = self.lane_count() as f32;
        ((self.cross - self.gutter * (n - 1.0)) / n).max(0.0)
    }

    /// The widest an item may be in its lane.
    pub(crate) fn item_width(&self) -> f32 {
        let w = self.lane_width();
        match self.lanes {
            ListLanes::Constrain { max, .. } if self.px(max, self.cross) > 0.0 => {
                w.min(self.px(max, self.cross))
            }
            _ => w,
        }
    }

    pub(crate) fn gutter(&self) -> f32 {
        self.gutter
    }

    /// Switch between one lane and a grid of lanes when the count changes.
    fn relane(&mut self) {
        let n = self.lane_count();
        let have = self.grid.as_ref().map_or(1, |g| g.per_line());
        if n == have {
            return;
        }
        if n == 1 {
            self.grid = None;
            self.sizes.resize(0);
            self.sizes.resize(self.total);
            return;
        }
        let mut g = GridLayout::new(self.sizes.average());
        g.set_columns_template(Some(vec![1.0; n]));
        g.set_gaps(self.space, self.gutter);
        g.set_cross(self.cross);
        g.resize(self.total);
        self.grid = Some(g);
    }

    fn offset_in(&self, room: f32, width: f32) -> f32 {
        let free = (room - width).max(0.0);
        match self.align {
            ListItemAlign::Start => 0.0,
            ListItemAlign::Center => free / 2.0,
            ListItemAlign::End => free,
        }
    }
}

impl ItemLayout for LaneLayout {
    fn resize(&mut self, total: usize) {
        self.total = total;
        self.own.retain(|i, _| *i < total);
        self.groups.retain(|i| *i < total);
        match &mut self.grid {
            Some(g) => g.resize(total),
            None => self.sizes.resize(total),
        }
    }
    fn set_cross(&mut self, cross: f32) {
        self.cross = cross;
        self.relane();
        if let Some(g) = &mut self.grid {
            g.set_cross(cross);
        }
    }
    fn note(&mut self, index: usize, node: NodeId) {
        // The item's own cross size, if it set one (not one the engine gave it).
        let own = (!crate::scroller_engine::engine_sized(node))
            .then(|| node.layout_attrs())
            .flatten()
            .map(|a| if self.vertical { a.width } else { a.height })
            .filter(|l| *l != Length::Auto)
            .map(|l| self.px(l, self.cross));
        match own {
            Some(w) => self.own.insert(index, w),
            None => self.own.remove(&index),
        };
        let group = node.tag() == Some("ListItemGroup");
        if group {
            self.groups.insert(index);
        } else {
            self.groups.remove(&index);
        }
        if let Some(g) = &mut self.grid {
            let place = ItemPlace {
                full_line: group,
                ..ItemPlace::default()
            };
            g.note_place(index, place, node);
        }
    }
    fn begin(&mut self) {
        if let Some(g) = &mut self.grid {
            g.begin();
        }
    }
    fn record(&mut self, index: usize, main: f32) {
        match &mut self.grid {
            Some(g) => g.record(index, main),
            None => {
                self.sizes.record(index, main);
            }
        }
    }
    fn end(&mut self) {
        if let Some(g) = &mut self.grid {
            g.end();
        }
    }
    fn start(&self, index: usize) -> f32 {
        match &self.grid {
            Some(g) => g.start(index),
            None => self.sizes.start(index),
        }
    }
    fn extent(&self) -> f32 {
        match &self.grid {
            Some(g) => g.extent(),
            None => self.sizes.extent(),
        }
    }
    fn visible(&self, from: f32, to: f32) -> Option<(usize, usize)> {
        if let Some(g) = &self.grid {
            return g.visible(from, to);
        }
        if self.sizes.len() == 0 {
            return None;
        }
        let first = self.sizes.index_at(from);
        // An item that starts exactly at the far edge is not visible.
        let last = self.sizes.index_at(to - 0.01).max(first);
        Some((first, last))
    }
    fn cross(&self, index: usize) -> (f32, Option<f32>) {
        let own = self.own.get(&index).copied();
        let Some(g) = &self.grid else {
            let capped = self.item_width();
            return match own {
                Some(w) => (self.offset_in(self.cross, w), None),
                // One lane wider than a constraint's maximum.
                None if capped < self.cross - 0.5 && !self.groups.contains(&index) => {
                    (self.offset_in(self.cross, capped), Some(capped))
                }
                None => (0.0, None),
            };
        };
        let (x, lane) = g.cross(index);
        let lane = lane.unwrap_or(self.cross);
        if lane > self.lane_width() + 0.5 {
            // A group across all lanes.
            return (x, Some(lane));
        }
        match own {
            Some(w) => (x + self.offset_in(lane, w), None),
            None => {
                let w = self.item_width();
                (x + self.offset_in(lane, w), Some(w))
            }
        }
    }
    fn gap(&self) -> f32 {
        self.space
    }
    fn per_line(&self) -> usize {
        self.grid.as_ref().map_or(1, |g| g.per_line())
    }
    fn as_lane(&mut self) -> Option<&mut LaneLayout> {
        Some(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constrained_lanes_fit_as_many_as_the_minimum_allows_and_cap_items_at_the_maximum() {
        let mut l = LaneLayout::new(10.0, 1.0);
        l.set_lanes(
            ListLanes::Constrain {
                min: Length::Px(100.0),
                max: Length::Px(120.0),
            },
            10.0,
        );
        l.set_cross(350.0);
        // (350 + 10) / (100 + 10) = 3 lanes of (350 - 20) / 3 = 110, items 110 wide.
        assert_eq!(
            (l.lane_count(), l.lane_width(), l.item_width()),
            (3, 110.0, 110.0)
        );
        l.set_cross(250.0);
        // Two lanes of 120, within the maximum.
        assert_eq!((l.lane_count(), l.item_width()), (2, 120.0));
        l.set_cross(90.0);
        // Narrower than the minimum: one lane, items capped at the maximum.
        assert_eq!((l.lane_count(), l.item_width()), (1, 90.0));
        l.set_cross(200.0);
        l.set_lanes(
            ListLanes::Constrain {
                min: Length::Px(150.0),
                max: Length::Px(160.0),
            },
            0.0,
        );
        assert_eq!(
            (l.lane_count(), l.lane_width(), l.item_width()),
            (1, 200.0, 160.0)
        );
    }
}
