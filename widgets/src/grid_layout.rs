//! Where a Grid's items go, in ArkUI's three modes:
//!
//! - **one template** (`columnsTemplate` or `rowsTemplate`): the grid scrolls along the other
//!   axis; a line (row, or column when scrolling sideways) is as long as its longest item;
//!   items may span lines and tracks and are placed one after another, each at the first
//!   free cell from where the previous one ended;
//! - **both templates**: a fixed grid that does not scroll; cells share the content box by
//!   their fractions, items fill their cells, an item with all four of
//!   `rowStart`/`rowEnd`/`columnStart`/`columnEnd` sits where they say, the others take the
//!   free cells in order, and items past the last cell are not shown;
//! - **no template**: `layoutDirection` fills rows (or columns) with cells the size of the
//!   first item, as many as fit between `minCount` and `maxCount`; it does not scroll either.
//!
//! "Line" below is the scrolling (main) axis' unit, "track" the cross axis': rows and columns
//! of a vertical grid, columns and rows of a sideways one.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::item_layout::{ItemLayout, tracks};
use crate::size_estimate::SizeEstimate;

/// ArkUI's `GridDirection`: the order a grid with no template fills its cells in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GridDirection {
    /// Left to right, then the next row (the default).
    #[default]
    Row,
    /// Top to bottom, then the next column.
    Column,
    /// Right to left, then the next row.
    RowReverse,
    /// Bottom to top, then the next column.
    ColumnReverse,
}

/// A `GridItem`'s `rowStart`/`rowEnd`/`columnStart`/`columnEnd` (ArkUI's 0-based numbers).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ItemPlace {
    pub(crate) row_start: Option<i32>,
    pub(crate) row_end: Option<i32>,
    pub(crate) column_start: Option<i32>,
    pub(crate) column_end: Option<i32>,
    /// Takes a whole line whatever the spans say (a List's ListItemGroup among lanes).
    pub(crate) full_line: bool,
}

type SizeByIndex = Rc<dyn Fn(usize) -> (u32, u32)>;
type RectByIndex = Rc<dyn Fn(usize) -> (i32, i32, i32, i32)>;

/// ArkUI's `GridLayoutOptions`: spans and places for items by index, known before the items
/// exist (so a virtualised grid places items it has not built yet correctly).
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Grid, GridItem, GridLayoutOptions};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     // Item 0 is a banner over the whole row; the others are 1x1.
///     let grid = Grid::new()
///         .columns_template("1fr 1fr")
///         .layout_options(GridLayoutOptions::new().irregular_indexes([0]))
///         .width(200.0).height(200.0);
///     for i in 0..3 {
///         grid.child(GridItem::new().height(40.0).id(format!("g{i}")));
///     }
///     grid
/// });
/// app.frame();
/// let r = |app: &mut App, id: &str| app.find_by_id(id).unwrap().rect().unwrap();
/// assert_eq!(r(&mut app, "g0").width, 200.0);
/// let (g1, g2) = (r(&mut app, "g1"), r(&mut app, "g2"));
/// assert_eq!((g1.width, g1.y), (100.0, g2.y));
/// assert_eq!(g1.y - r(&mut app, "g0").y, 40.0);
/// ```
#[derive(Clone, Default)]
pub struct GridLayoutOptions {
    irregular: Vec<usize>,
    size_by_index: Option<SizeByIndex>,
    rect_by_index: Option<RectByIndex>,
}

impl std::fmt::Debug for GridLayoutOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GridLayoutOptions")
            .field("irregular_indexes", &self.irregular)
            .field(
                "on_get_irregular_size_by_index",
                &self.size_by_index.is_some(),
            )
            .field("on_get_rect_by_index", &self.rect_by_index.is_some())
            .finish()
    }
}

impl GridLayoutOptions {
    /// No irregular items.
    pub fn new() -> GridLayoutOptions {
        GridLayoutOptions::default()
    }

    /// `irregularIndexes`: items of a scrolling grid that are not 1x1. Without
    /// [`on_get_irregular_size_by_index`](Self::on_get_irregular_size_by_index) each takes a
    /// whole line (a full row of a vertical grid).
    pub fn irregular_indexes(mut self, indexes: impl IntoIterator<Item = usize>) -> Self {
        self.irregular = indexes.into_iter().collect();
        self.irregular.sort_unstable();
        self.irregular.dedup();
        self
    }

    /// `onGetIrregularSizeByIndex`: `[rows, columns]` an irregular item spans (0 counts as 1;
    /// spans wider than the grid are clamped to it).
    pub fn on_get_irregular_size_by_index(
        mut self,
        f: impl Fn(usize) -> (u32, u32) + 'static,
    ) -> Self {
        self.size_by_index = Some(Rc::new(f));
        self
    }

    /// `onGetRectByIndex`: for a grid with both templates, `[rowStart, columnStart, rowSpan,
    /// columnSpan]` of each item. A taken start makes the item look for the first free cell
    /// from the top left; a span running into taken cells or off the grid is cut short.
    pub fn on_get_rect_by_index(
        mut self,
        f: impl Fn(usize) -> (i32, i32, i32, i32) + 'static,
    ) -> Self {
        self.rect_by_index = Some(Rc::new(f));
        self
    }
}

/// Which of ArkUI's modes a grid is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum GridMode {
    /// One template: scrolls.
    Scroll,
    /// Both templates: fixed cells.
    Fixed,
    /// No template: cells the size of the first item.
    Auto,
}

/// Where an item sits, in lines and tracks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cell {
    pub(crate) line: u32,
    pub(crate) track: u32,
    pub(crate) lines: u32,
    pub(crate) tracks: u32,
}

/// The cells taken so far, line by line.
struct Occupancy {
    width: usize,
    lines: Vec<Vec<bool>>,
}

impl Occupancy {
    fn new(width: usize) -> Occupancy {
        Occupancy {
            width,
            lines: Vec::new(),
        }
    }

    fn taken(&self, line: usize, track: usize) -> bool {
        self.lines.get(line).is_some_and(|l| l[track])
    }

    fn free(&self, c: Cell) -> bool {
        (c.line..c.line + c.lines)
            .all(|l| (c.track..c.track + c.tracks).all(|t| !self.taken(l as usize, t as usize)))
    }

    fn take(&mut self, c: Cell) {
        let end = (c.line + c.lines) as usize;
        if self.lines.len() < end {
            self.lines.resize(end, vec![false; self.width]);
        }
        for l in c.line..c.line + c.lines {
            for t in c.track..c.track + c.tracks {
                self.lines[l as usize][t as usize] = true;
            }
        }
    }
}

/// Spans are clamped to this many lines: a span is a count of rows, not a length.
const MAX_SPAN: u32 = 1000;

/// A Grid's placement of items, in any of the three modes.
pub(crate) struct GridLayout {
    mode: GridMode,
    /// Sideways scrolling (`rowsTemplate` only): lines are columns.
    sideways: bool,
    direction: GridDirection,
    min_count: usize,
    max_count: usize,
    cell_length: Option<f32>,
    /// Measured line lengths (scrolling mode).
    lines: SizeEstimate,
    rows_template: Option<Vec<f32>>,
    columns_template: Option<Vec<f32>>,
    cross_fr: Vec<f32>,
    main_fr: Vec<f32>,
    /// `rowsGap` and `columnsGap` as set, in pixels.
    gaps: (f32, f32),
    track_gap: f32,
    line_gap: f32,
    tracks: Vec<(f32, f32)>,
    cross: f32,
    viewport: f32,
    total: usize,
    round: Vec<(usize, f32)>,
    places: HashMap<usize, ItemPlace>,
    options: GridLayoutOptions,
    first: (f32, f32),
    /// Some noted item spans more than one cell.
    spanning: bool,
    /// The placement of every item (`None`: not shown), rebuilt when anything it depends on
    /// changes; empty for a regular scrolling grid, whose cells are arithmetic.
    cells: RefCell<Option<Vec<Option<Cell>>>>,
}

impl GridLayout {
    pub(crate) fn new(default: f32) -> GridLayout {
        GridLayout {
            mode: GridMode::Auto,
            sideways: false,
            direction: GridDirection::Row,
            min_count: 1,
            max_count: usize::MAX,
            cell_length: None,
            lines: SizeEstimate::new(default),
            rows_template: None,
            columns_template: None,
            cross_fr: vec![1.0],
            main_fr: vec![1.0],
            gaps: (0.0, 0.0),
            track_gap: 0.0,
            line_gap: 0.0,
            tracks: vec![(0.0, 0.0)],
            cross: 0.0,
            viewport: 0.0,
            total: 0,
            round: Vec::new(),
            places: HashMap::new(),
            options: GridLayoutOptions::default(),
            first: (0.0, 0.0),
            spanning: false,
            cells: RefCell::new(None),
        }
    }

    /// `rowsTemplate` (`None`: not set); returns whether the grid now scrolls sideways.
    pub(crate) fn set_rows_template(&mut self, fr: Option<Vec<f32>>) -> bool {
        self.rows_template = fr;
        self.remode()
    }

    /// `columnsTemplate` (`None`: not set); returns whether the grid now scrolls sideways.
    pub(crate) fn set_columns_template(&mut self, fr: Option<Vec<f32>>) -> bool {
        self.columns_template = fr;
        self.remode()
    }

    fn remode(&mut self) -> bool {
        let (mode, sideways, cross, main) = match (&self.rows_template, &self.columns_template) {
            (Some(r), Some(c)) => (GridMode::Fixed, false, c.clone(), r.clone()),
            (None, Some(c)) => (GridMode::Scroll, false, c.clone(), vec![1.0]),
            (Some(r), None) => (GridMode::Scroll, true, r.clone(), vec![1.0]),
            (None, None) => (GridMode::Auto, false, vec![1.0], vec![1.0]),
        };
        self.mode = mode;
        self.sideways = sideways;
        self.cross_fr = cross;
        self.main_fr = main;
        self.set_gaps(self.gaps.0, self.gaps.1);
        self.reset_lines();
        sideways
    }

    pub(crate) fn set_direction(&mut self, d: GridDirection) {
        self.direction = d;
        self.invalidate();
    }

    /// `minCount`/`maxCount`: out-of-order or zero values fall back to the defaults, as in
    /// ArkUI.
    pub(crate) fn set_counts(&mut self, min: Option<usize>, max: Option<usize>) {
        let min = min.filter(|m| *m >= 1).unwrap_or(self.min_count);
        let max = max.filter(|m| *m >= 1).unwrap_or(self.max_count);
        (self.min_count, self.max_count) = if min <= max {
            (min, max)
        } else {
            (1, usize::MAX)
        };
        self.invalidate();
    }

    pub(crate) fn set_cell_length(&mut self, v: Option<f32>) {
        self.cell_length = v.filter(|v| v.is_finite() && *v > 0.0);
        self.invalidate();
    }

    pub(crate) fn set_options(&mut self, o: GridLayoutOptions) {
        self.options = o;
        self.reset_lines();
    }

    /// Gaps between rows and between columns.
    pub(crate) fn set_gaps(&mut self, rows: f32, columns: f32) {
        let clean = |v: f32| if v.is_finite() { v.max(0.0) } else { 0.0 };
        self.gaps = (clean(rows), clean(columns));
        let (line, track) = if self.sideways {
            (columns, rows)
        } else {
            (rows, columns)
        };
        self.line_gap = clean(line);
        self.track_gap = clean(track);
        self.lines.set_gap(self.line_gap);
        self.retrack();
    }

    pub(crate) fn rows_gap(&self) -> f32 {
        self.gaps.0
    }

    pub(crate) fn columns_gap(&self) -> f32 {
        self.gaps.1
    }

    fn retrack(&mut self) {
        self.tracks = tracks(&self.cross_fr, self.cross, self.track_gap);
        self.invalidate();
    }

    fn invalidate(&self) {
        *self.cells.borrow_mut() = None;
    }

    /// The placement changed shape: line sizes start over.
    fn reset_lines(&mut self) {
        self.spanning = self.places.values().any(|p| self.spans_of(p) != (1, 1));
        self.invalidate();
        let n = self.line_count();
        self.lines.resize(0);
        self.lines.resize(n);
    }

    fn track_count(&self) -> usize {
        match self.mode {
            GridMode::Auto => self.auto_grid().0,
            _ => self.cross_fr.len().max(1),
        }
    }

    /// Whether every item is 1x1 in a scrolling grid: cells are then arithmetic, so a grid
    /// of a million items places nothing up front.
    fn regular(&self) -> bool {
        self.mode == GridMode::Scroll && self.options.irregular.is_empty() && !self.spanning
    }

    /// An item's (lines, tracks) span from its attributes, in a scrolling grid: a start/end
    /// pair that reads as a span counts; anything else is one.
    fn spans_of(&self, p: &ItemPlace) -> (u32, u32) {
        if p.full_line {
            return (1, MAX_SPAN);
        }
        let span = |s: Option<i32>, e: Option<i32>| match (s, e) {
            (Some(s), Some(e)) if s >= 0 && e >= s => ((e - s) as u32 + 1).min(MAX_SPAN),
            _ => 1,
        };
        let rows = span(p.row_start, p.row_end);
        let columns = span(p.column_start, p.column_end);
        if self.sideways {
            (columns, rows)
        } else {
            (rows, columns)
        }
    }

    /// Columns and rows (or rows and columns, by direction) of a template-less grid, and the
    /// cell size: from the first item, `cellLength` and the counts.
    fn auto_grid(&self) -> (usize, usize, f32, f32) {
        let (w, h) = self.first;
        let fit = |room: f32, cell: f32, gap: f32| -> usize {
            if cell <= 0.0 {
                return 1;
            }
            (((room + gap) / (cell + gap)).floor() as usize).max(1)
        };
        let column_major = matches!(
            self.direction,
            GridDirection::Column | GridDirection::ColumnReverse
        );
        if column_major {
            // Counts bound the rows; cellLength is a column's width.
            let w = self.cell_length.unwrap_or(w);
            let rows = fit(self.viewport, h, self.line_gap).clamp(self.min_count, self.max_count);
            let columns = fit(self.cross, w, self.track_gap);
            (columns, rows, w, h)
        } else {
            let h = self.cell_length.unwrap_or(h);
            let columns = fit(self.cross, w, self.track_gap).clamp(self.min_count, self.max_count);
            let rows = fit(self.viewport, h, self.line_gap);
            (columns, rows, w, h)
        }
    }

    fn line_count(&self) -> usize {
        match self.mode {
            GridMode::Fixed => self.main_fr.len().max(1),
            GridMode::Auto => self.auto_grid().1,
            GridMode::Scroll if self.regular() => self.total.div_ceil(self.track_count()),
            GridMode::Scroll => self.with_cells(|c| {
                c.iter()
                    .flatten()
                    .map(|c| (c.line + c.lines) as usize)
                    .max()
                    .unwrap_or(0)
            }),
        }
    }

    /// Where item `i` sits (`None`: not shown).
    pub(crate) fn cell(&self, i: usize) -> Option<Cell> {
        if i >= self.total {
            return None;
        }
        if self.regular() {
            let k = self.track_count();
            return Some(Cell {
                line: (i / k) as u32,
                track: (i % k) as u32,
                lines: 1,
                tracks: 1,
            });
        }
        self.with_cells(|c| c.get(i).copied().flatten())
    }

    fn with_cells<R>(&self, f: impl FnOnce(&[Option<Cell>]) -> R) -> R {
        if self.cells.borrow().is_none() {
            let cells = match self.mode {
                GridMode::Scroll => self.place_scrolling(),
                GridMode::Fixed => self.place_fixed(),
                GridMode::Auto => self.place_auto(),
            };
            *self.cells.borrow_mut() = Some(cells);
        }
        f(self.cells.borrow().as_deref().unwrap_or(&[]))
    }

    /// One after another, each at the first free cell from where the previous one ended.
    fn place_scrolling(&self) -> Vec<Option<Cell>> {
        let k = self.track_count();
        let mut taken = Occupancy::new(k);
        let (mut line, mut track) = (0u32, 0u32);
        let mut out = Vec::with_capacity(self.total);
        for i in 0..self.total {
            let (lines, tracks) = if self.options.irregular.binary_search(&i).is_ok() {
                match &self.options.size_by_index {
                    Some(f) => {
                        let (rows, columns) = f(i);
                        let (rows, columns) = (rows.clamp(1, MAX_SPAN), columns.clamp(1, MAX_SPAN));
                        if self.sideways {
                            (columns, rows)
                        } else {
                            (rows, columns)
                        }
                    }
                    None => (1, k as u32),
                }
            } else {
                self.places.get(&i).map_or((1, 1), |p| self.spans_of(p))
            };
            let tracks = tracks.min(k as u32);
            loop {
                if track + tracks > k as u32 {
                    line += 1;
                    track = 0;
                    continue;
                }
                let c = Cell {
                    line,
                    track,
                    lines,
                    tracks,
                };
                if taken.free(c) {
                    taken.take(c);
                    out.push(Some(c));
                    track += tracks;
                    break;
                }
                track += 1;
            }
        }
        out
    }

    /// Items with a full, valid place (or a rect from the options) first, then the others
    /// 1x1 in the free cells in order; what does not fit is not shown.
    fn place_fixed(&self) -> Vec<Option<Cell>> {
        let (rows, columns) = (self.main_fr.len() as u32, self.cross_fr.len() as u32);
        let mut taken = Occupancy::new(columns as usize);
        let mut out = vec![None; self.total];
        let in_grid = |s: i32, e: i32, n: u32| s >= 0 && e >= s && (e as u32) < n;
        for (i, slot) in out.iter_mut().enumerate() {
            let wanted = if let Some(f) = &self.options.rect_by_index {
                let (r, c, rs, cs) = f(i);
                Some((
                    r.max(0) as u32,
                    c.max(0) as u32,
                    rs.max(1) as u32,
                    cs.max(1) as u32,
                ))
            } else {
                self.places.get(&i).and_then(|p| match *p {
                    ItemPlace {
                        row_start: Some(rs),
                        row_end: Some(re),
                        column_start: Some(cs),
                        column_end: Some(ce),
                        ..
                    } if in_grid(rs, re, rows) && in_grid(cs, ce, columns) => Some((
                        rs as u32,
                        cs as u32,
                        (re - rs) as u32 + 1,
                        (ce - cs) as u32 + 1,
                    )),
                    _ => None,
                })
            };
            let Some((r, c, rs, cs)) = wanted else {
                continue;
            };
            let start = if r < rows && c < columns && !taken.taken(r as usize, c as usize) {
                Some((r, c))
            } else {
                (0..rows)
                    .flat_map(|r| (0..columns).map(move |c| (r, c)))
                    .find(|(r, c)| !taken.taken(*r as usize, *c as usize))
            };
            let Some((r, c)) = start else {
                continue;
            };
            // Cut the span short where it meets taken cells or the grid's edge.
            let mut cs = cs.min(columns - c);
            while cs > 1
                && !taken.free(Cell {
                    line: r,
                    track: c,
                    lines: 1,
                    tracks: cs,
                })
            {
                cs -= 1;
            }
            let mut rs = rs.min(rows - r);
            while rs > 1
                && !taken.free(Cell {
                    line: r,
                    track: c,
                    lines: rs,
                    tracks: cs,
                })
            {
                rs -= 1;
            }
            let cell = Cell {
                line: r,
                track: c,
                lines: rs,
                tracks: cs,
            };
            taken.take(cell);
            *slot = Some(cell);
        }
        let mut free = (0..rows)
            .flat_map(|r| (0..columns).map(move |c| (r, c)))
            .filter(|(r, c)| !taken.taken(*r as usize, *c as usize));
        for slot in out.iter_mut().filter(|s| s.is_none()) {
            let Some((line, track)) = free.next() else {
                break;
            };
            *slot = Some(Cell {
                line,
                track,
                lines: 1,
                tracks: 1,
            });
        }
        out
    }

    /// Cells in `layoutDirection` order; items past the last cell are not shown.
    fn place_auto(&self) -> Vec<Option<Cell>> {
        let (columns, rows, _, _) = self.auto_grid();
        (0..self.total)
            .map(|i| {
                if i >= columns.saturating_mul(rows) {
                    return None;
                }
                let (row, column) = match self.direction {
                    GridDirection::Row => (i / columns, i % columns),
                    GridDirection::RowReverse => (i / columns, columns - 1 - i % columns),
                    GridDirection::Column => (i % rows, i / rows),
                    GridDirection::ColumnReverse => (rows - 1 - i % rows, i / rows),
                };
                Some(Cell {
                    line: row as u32,
                    track: column as u32,
                    lines: 1,
                    tracks: 1,
                })
            })
            .collect()
    }

    /// Item `index`, mounted as `node`, is placed by `place`.
    pub(crate) fn note_place(&mut self, index: usize, place: ItemPlace, node: arkui_core::NodeId) {
        let changed = if place == ItemPlace::default() {
            self.places.remove(&index).is_some()
        } else {
            self.places.insert(index, place) != Some(place)
        };
        if index == 0
            && let Some(r) = node.rect()
        {
            let clean = |v: f32| if v.is_finite() { v.max(0.0) } else { 0.0 };
            let size = (clean(r.width), clean(r.height));
            if size != self.first && self.mode == GridMode::Auto {
                self.first = size;
                self.reset_lines();
            }
        }
        if changed {
            self.reset_lines();
        }
    }

    /// Start and length of `n` main-axis lines from line `from`.
    fn line_span(&self, from: u32, n: u32) -> (f32, f32) {
        match self.mode {
            GridMode::Scroll => {
                let start = self.lines.start(from as usize);
                let last = (from + n - 1) as usize;
                (
                    start,
                    self.lines.start(last) + self.lines.size(last) - start,
                )
            }
            GridMode::Fixed => {
                let t = tracks(&self.main_fr, self.viewport, self.line_gap);
                let a = t.get(from as usize).copied().unwrap_or_default();
                let b = t.get((from + n - 1) as usize).copied().unwrap_or_default();
                (a.0, b.0 + b.1 - a.0)
            }
            GridMode::Auto => {
                let (_, _, _, h) = self.auto_grid();
                (from as f32 * (h + self.line_gap), h)
            }
        }
    }
}

impl ItemLayout for GridLayout {
    fn resize(&mut self, total: usize) {
        if total != self.total {
            self.total = total;
            self.places.retain(|i, _| *i < total);
            self.reset_lines();
        }
    }
    fn set_cross(&mut self, cross: f32) {
        if cross != self.cross {
            self.cross = cross;
            self.retrack();
            if self.mode == GridMode::Auto {
                self.reset_lines();
            }
        }
    }
    fn set_viewport(&mut self, main: f32) {
        if main != self.viewport {
            self.viewport = main;
            if self.mode != GridMode::Scroll {
                self.reset_lines();
            }
        }
    }
    fn note(&mut self, index: usize, node: arkui_core::NodeId) {
        let place = node.extension::<ItemPlace>().unwrap_or_default();
        self.note_place(index, place, node);
    }
    fn begin(&mut self) {
        self.round.clear();
        let n = self.line_count();
        if n != self.lines.len() {
            self.lines.resize(n);
        }
    }
    fn record(&mut self, index: usize, main: f32) {
        if self.mode != GridMode::Scroll {
            return;
        }
        let Some(c) = self.cell(index) else {
            return;
        };
        // A spanning item shares its length out over its lines (less the gaps between).
        let share = (main - self.line_gap * (c.lines - 1) as f32) / c.lines as f32;
        for line in c.line..c.line + c.lines {
            let line = line as usize;
            match self.round.iter_mut().find(|(l, _)| *l == line) {
                Some(r) => r.1 = r.1.max(share),
                None => self.round.push((line, share)),
            }
        }
    }
    fn end(&mut self) {
        for (line, h) in std::mem::take(&mut self.round) {
            self.lines.record(line, h);
        }
    }
    fn start(&self, index: usize) -> f32 {
        match self.cell(index) {
            Some(c) => self.line_span(c.line, 1).0,
            // Past the end (scrolling to the last item): the content's end.
            None => self.extent(),
        }
    }
    fn extent(&self) -> f32 {
        match self.mode {
            GridMode::Scroll => self.lines.extent(),
            GridMode::Fixed => self.viewport,
            GridMode::Auto => {
                let (_, rows, _, h) = self.auto_grid();
                if self.total == 0 {
                    0.0
                } else {
                    (rows as f32 * (h + self.line_gap) - self.line_gap).min(self.viewport)
                }
            }
        }
    }
    fn visible(&self, from: f32, to: f32) -> Option<(usize, usize)> {
        if self.total == 0 {
            return None;
        }
        if self.mode != GridMode::Scroll {
            // Nothing scrolls: every item that has a cell shows.
            return Some((0, self.total - 1));
        }
        let first_line = self.lines.index_at(from) as u32;
        let last_line = self.lines.index_at(to - 0.01).max(first_line as usize) as u32;
        if self.regular() {
            let k = self.track_count();
            let first = first_line as usize * k;
            let last = ((last_line as usize + 1) * k - 1).min(self.total - 1);
            return (first <= last).then_some((first, last));
        }
        self.with_cells(|cells| {
            // Items start on non-decreasing lines; a tall one may start above the view.
            let hit = |c: &Option<Cell>| {
                c.is_some_and(|c| c.line <= last_line && c.line + c.lines > first_line)
            };
            let first = cells.iter().position(hit)?;
            let last = cells.iter().rposition(hit)?;
            Some((first, last))
        })
    }
    fn cross(&self, index: usize) -> (f32, Option<f32>) {
        let Some(c) = self.cell(index) else {
            return (0.0, None);
        };
        if self.mode == GridMode::Auto {
            let (columns, _, w, _) = self.auto_grid();
            // The block of cells is centred across the grid, as ArkUI does.
            let used = columns as f32 * (w + self.track_gap) - self.track_gap;
            let left = ((self.cross - used) / 2.0).max(0.0);
            return (left + c.track as f32 * (w + self.track_gap), None);
        }
        let t = |i: u32| self.tracks.get(i as usize).copied().unwrap_or_default();
        let (a, b) = (t(c.track), t(c.track + c.tracks - 1));
        (a.0, Some(b.0 + b.1 - a.0))
    }
    fn main_size(&self, index: usize) -> Option<f32> {
        let c = self.cell(index)?;
        match self.mode {
            GridMode::Fixed => Some(self.line_span(c.line, c.lines).1),
            GridMode::Scroll if c.lines > 1 => Some(self.line_span(c.line, c.lines).1),
            _ => None,
        }
    }
    fn shown(&self, index: usize) -> bool {
        self.regular() || self.cell(index).is_some()
    }
    fn stretch_cross(&self) -> bool {
        self.mode != GridMode::Auto
    }
    fn gap(&self) -> f32 {
        self.line_gap
    }
    fn as_grid(&mut self) -> Option<&mut GridLayout> {
        Some(self)
    }
    fn per_line(&self) -> usize {
        self.track_count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rows: Option<&[f32]>, columns: Option<&[f32]>, total: usize) -> GridLayout {
        let mut g = GridLayout::new(10.0);
        g.set_rows_template(rows.map(<[f32]>::to_vec));
        g.set_columns_template(columns.map(<[f32]>::to_vec));
        g.set_cross(100.0);
        g.set_viewport(100.0);
        g.resize(total);
        g
    }

    fn place(g: &mut GridLayout, i: usize, p: ItemPlace) {
        g.places.insert(i, p);
        g.reset_lines();
    }

    fn cell(line: u32, track: u32, lines: u32, tracks: u32) -> Option<Cell> {
        Some(Cell {
            line,
            track,
            lines,
            tracks,
        })
    }

    #[test]
    fn a_scrolling_grid_flows_around_spanning_items() {
        let mut g = grid(None, Some(&[1.0, 1.0, 1.0]), 5);
        // Item 1 spans two rows and two columns.
        place(
            &mut g,
            1,
            ItemPlace {
                row_start: Some(0),
                row_end: Some(1),
                column_start: Some(0),
                column_end: Some(1),
                full_line: false,
            },
        );
        assert_eq!(g.cell(0), cell(0, 0, 1, 1));
        assert_eq!(g.cell(1), cell(0, 1, 2, 2));
        // Row 1's first column is the only free cell left beside the big item.
        assert_eq!(g.cell(2), cell(1, 0, 1, 1));
        assert_eq!(g.cell(3), cell(2, 0, 1, 1));
        assert_eq!(g.line_count(), 3);
    }

    #[test]
    fn a_column_span_that_does_not_fit_wraps_to_the_next_row() {
        let mut g = grid(None, Some(&[1.0, 1.0, 1.0]), 3);
        place(
            &mut g,
            1,
            ItemPlace {
                column_start: Some(0),
                column_end: Some(2),
                ..ItemPlace::default()
            },
        );
        assert_eq!(g.cell(1), cell(1, 0, 1, 3));
        assert_eq!(g.cell(2), cell(2, 0, 1, 1));
    }

    #[test]
    fn a_fixed_grid_places_explicit_items_first_and_hides_the_overflow() {
        let mut g = grid(Some(&[1.0, 1.0]), Some(&[1.0, 1.0]), 5);
        place(
            &mut g,
            2,
            ItemPlace {
                row_start: Some(0),
                row_end: Some(1),
                column_start: Some(1),
                column_end: Some(1),
                full_line: false,
            },
        );
        assert_eq!(g.cell(2), cell(0, 1, 2, 1));
        assert_eq!(g.cell(0), cell(0, 0, 1, 1));
        assert_eq!(g.cell(1), cell(1, 0, 1, 1));
        assert_eq!((g.cell(3), g.cell(4)), (None, None));
        // Cells split the 100 px content box: the tall item is the whole height.
        assert_eq!(g.main_size(2), Some(100.0));
        assert_eq!(g.start(1), 50.0);
    }

    #[test]
    fn a_rect_by_index_on_a_taken_cell_looks_from_the_top_left() {
        let mut g = grid(Some(&[1.0, 1.0]), Some(&[1.0, 1.0]), 2);
        g.set_options(GridLayoutOptions::new().on_get_rect_by_index(|_| (0, 0, 1, 2)));
        assert_eq!(g.cell(0), cell(0, 0, 1, 2));
        assert_eq!(g.cell(1), cell(1, 0, 1, 2));
    }

    #[test]
    fn a_template_less_grid_fills_by_direction() {
        let mut g = grid(None, None, 5);
        g.first = (30.0, 40.0);
        g.reset_lines();
        // 100 px across: 3 columns of 30; 100 px down: 2 rows of 40.
        assert_eq!(g.auto_grid(), (3, 2, 30.0, 40.0));
        assert_eq!(g.cell(4), cell(1, 1, 1, 1));
        g.set_direction(GridDirection::Column);
        assert_eq!(g.cell(4), cell(0, 2, 1, 1));
        g.set_direction(GridDirection::RowReverse);
        assert_eq!(g.cell(0), cell(0, 2, 1, 1));
        // The 90 px block is centred: 5 px each side.
        assert_eq!(g.cross(0).0, 65.0);
    }
}
