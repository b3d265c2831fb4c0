//! `Grid` and `GridItem`: a virtualised grid in ArkUI's three modes (one template: it
//! scrolls; both: fixed cells; none: cells the size of the first item), with items that
//! span rows and columns. Placement is [`crate::grid_layout`]'s.

use std::rc::Rc;

use arkui_core::{Element, FlexDirection, ItemAlign, Length, NodeId, NodeKind, pct};

use crate::grid_layout::{GridDirection, GridLayout, GridLayoutOptions, ItemPlace};
use crate::handle::component_handle;
use crate::item_layout::parse_template;
use crate::scroll_physics::EdgeEffect;
use crate::scroller_engine::{Engine, engine};

component_handle!(
    /// A grid, ArkUI's `Grid`. With `columns_template` only, [`GridItem`]s fill its columns
    /// row by row (`"1fr 1fr 2fr"`: three columns, the last twice as wide) and it scrolls
    /// down; each row is as tall as its tallest item. With `rows_template` only, the same
    /// sideways. With both, a fixed grid of cells that does not scroll. With neither, cells
    /// the size of the first item in `layout_direction` order. Items span rows and columns
    /// by their `row_start`/`row_end`/`column_start`/`column_end` or by
    /// [`GridLayoutOptions`]. With a `LazyForEach` child only the visible rows plus
    /// `cached_count` rows on each side exist.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{Grid, GridItem};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let grid = Grid::new().columns_template("1fr 1fr 2fr").columns_gap(10.0).rows_gap(5.0)
    ///         .width(220.0).height(100.0);
    ///     for i in 0..9 {
    ///         grid.child(GridItem::new().height(20.0).id(format!("g{i}")));
    ///     }
    ///     grid
    /// });
    /// let r = |app: &mut App, id: &str| app.find_by_id(id).unwrap().rect().unwrap();
    /// app.frame();
    /// let (g0, g2, g3) = (r(&mut app, "g0"), r(&mut app, "g2"), r(&mut app, "g3"));
    /// assert_eq!((g0.width, g2.width), (50.0, 100.0));
    /// assert_eq!(g2.x - g0.x, 120.0);
    /// assert_eq!(g3.y - g0.y, 25.0);
    /// ```
    Grid
);

impl Element<()> for Grid {
    fn create(_: ()) -> Grid {
        let n = NodeId::create("Grid", NodeKind::Flex);
        n.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Stretch;
            a.width = pct(100.0);
            a.height = pct(100.0);
        });
        Engine::install(n, Box::new(GridLayout::new(48.0)), EdgeEffect::Spring);
        Grid(n)
    }

    fn update(self, _: ()) {}
}

impl Default for Grid {
    fn default() -> Self {
        Grid::new()
    }
}

impl Grid {
    /// An empty one-column grid.
    pub fn new() -> Grid {
        Grid::create(())
    }

    fn engine(self) -> Option<Rc<Engine>> {
        engine(self.0)
    }

    fn grid(self, f: impl FnOnce(&mut GridLayout, &Engine)) {
        if let Some(e) = self.engine() {
            if let Some(g) = e.layout.borrow_mut().as_grid() {
                f(g, &e);
            }
            e.pass();
        }
    }

    /// `columnsTemplate`: column widths as fractions, `"1fr 1fr 2fr"` (a `&str` or an owned
    /// `String`, such as one built from a breakpoint). An empty string unsets it.
    pub fn columns_template(self, template: impl AsRef<str>) -> Self {
        let template = template.as_ref();
        let fr = (!template.trim().is_empty()).then(|| parse_template(template));
        self.0
            .set_inspector_attr("columnsTemplate", template.to_string());
        self.remode(|g| g.set_columns_template(fr))
    }

    /// `rowsTemplate`: row heights as fractions. Alone, the grid scrolls sideways and its
    /// columns are as wide as their widest item; with `columns_template`, the grid is a
    /// fixed set of cells sharing its height. An empty string unsets it.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{Grid, GridItem};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let grid = Grid::new().rows_template("1fr 1fr").width(300.0).height(100.0);
    ///     for i in 0..4 {
    ///         grid.child(GridItem::new().width(60.0).id(format!("g{i}")));
    ///     }
    ///     grid
    /// });
    /// app.frame();
    /// let r = |app: &mut App, id: &str| app.find_by_id(id).unwrap().rect().unwrap();
    /// let (g0, g1, g2) = (r(&mut app, "g0"), r(&mut app, "g1"), r(&mut app, "g2"));
    /// // Filled column by column: g1 under g0, g2 in the next column.
    /// assert_eq!((g1.x, g1.y - g0.y, g1.height), (g0.x, 50.0, 50.0));
    /// assert_eq!(g2.x - g0.x, 60.0);
    /// ```
    pub fn rows_template(self, template: impl AsRef<str>) -> Self {
        let template = template.as_ref();
        let fr = (!template.trim().is_empty()).then(|| parse_template(template));
        self.0
            .set_inspector_attr("rowsTemplate", template.to_string());
        self.remode(|g| g.set_rows_template(fr))
    }

    /// Change the templates, then follow the scrolling axis they imply.
    fn remode(self, f: impl FnOnce(&mut GridLayout) -> bool) -> Self {
        if let Some(e) = self.engine() {
            let sideways = e.layout.borrow_mut().as_grid().map(f);
            if let Some(sideways) = sideways
                && e.vertical.get() == sideways
            {
                e.set_vertical(!sideways);
            }
            e.pass();
        }
        self
    }

    /// `layoutDirection`: the order a grid with no template fills its cells in (rows by
    /// default).
    pub fn layout_direction(self, d: GridDirection) -> Self {
        self.0
            .set_inspector_attr("layoutDirection", format!("{d:?}"));
        self.grid(|g, _| g.set_direction(d));
        self
    }

    /// `maxCount`: at most this many columns (rows when filling by column) in a grid with
    /// no template. Values below 1, or below `min_count`, fall back to the default.
    pub fn max_count(self, n: usize) -> Self {
        self.grid(|g, _| g.set_counts(None, Some(n)));
        self
    }

    /// `minCount`: at least this many columns (rows when filling by column) in a grid with
    /// no template (default 1).
    pub fn min_count(self, n: usize) -> Self {
        self.grid(|g, _| g.set_counts(Some(n), None));
        self
    }

    /// `cellLength`: a row's height (a column's width when filling by column) in a grid with
    /// no template; by default the first item's.
    pub fn cell_length(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        self.grid(|g, e| g.set_cell_length(Some(e.px(v))));
        self
    }

    /// ArkUI's `layoutOptions`: spans (scrolling grids) or rects (fixed grids) by index,
    /// for items that are not built yet. See [`GridLayoutOptions`].
    pub fn layout_options(self, o: GridLayoutOptions) -> Self {
        self.grid(|g, _| g.set_options(o));
        self
    }

    /// `rowsGap`: space between rows.
    pub fn rows_gap(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        self.grid(|g, e| {
            let columns = g.columns_gap();
            g.set_gaps(e.px(v), columns);
        });
        self
    }

    /// `columnsGap`: space between columns.
    pub fn columns_gap(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        self.grid(|g, e| {
            let rows = g.rows_gap();
            g.set_gaps(rows, e.px(v));
        });
        self
    }

    /// `cachedCount`: rows kept mounted beyond each edge (default 1).
    pub fn cached_count(self, n: usize) -> Self {
        if let Some(e) = self.engine() {
            e.cached_count.set(n.min(10_000));
            e.pass();
        }
        self
    }

    /// `onScrollIndex`: the first and last visible items, whenever they change.
    pub fn on_scroll_index(self, f: impl Fn(usize, usize) + 'static) -> Self {
        if let Some(e) = self.engine() {
            e.set_on_scroll_index(Rc::new(f));
        }
        self
    }

    /// How far the grid is scrolled, in pixels.
    pub fn offset(self) -> f32 {
        self.engine().map_or(0.0, |e| e.physics.offset())
    }
}

component_handle!(
    /// One cell of a [`Grid`], ArkUI's `GridItem`: as wide as its column.
    ///
    /// ```
    /// use arkui_widgets::GridItem;
    /// use arkui_core::Widget;
    /// assert_eq!(GridItem::new().node().tag(), Some("GridItem"));
    /// ```
    GridItem
);

impl Element<()> for GridItem {
    fn create(_: ()) -> GridItem {
        let n = NodeId::create("GridItem", NodeKind::Flex);
        n.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Center;
        });
        GridItem(n)
    }

    fn update(self, _: ()) {}
}

impl Default for GridItem {
    fn default() -> Self {
        GridItem::new()
    }
}

impl GridItem {
    /// An empty cell.
    pub fn new() -> GridItem {
        GridItem::create(())
    }

    fn place(self, name: &'static str, v: i32, f: impl FnOnce(&mut ItemPlace)) -> Self {
        self.0.set_inspector_attr(name, v.to_string());
        let mut p = self.0.extension::<ItemPlace>().unwrap_or_default();
        f(&mut p);
        self.0.set_extension(p);
        // A live change re-places the grid's items.
        if let Some(e) = self.0.parent().and_then(engine) {
            e.pass();
        }
        self
    }

    /// `rowStart`: the first row (from 0) the item covers. In a fixed grid (both templates)
    /// an item with all four of row and column start and end, inside the grid, sits there;
    /// in a scrolling grid a start and end give the number of rows it spans.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{Grid, GridItem};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let grid = Grid::new().columns_template("1fr 1fr").rows_template("1fr 1fr")
    ///         .width(100.0).height(100.0);
    ///     grid.child(GridItem::new().id("a"));
    ///     // The bottom row, both columns.
    ///     grid.child(GridItem::new().row_start(1).row_end(1).column_start(0).column_end(1).id("b"));
    ///     grid
    /// });
    /// app.frame();
    /// let r = |app: &mut App, id: &str| app.find_by_id(id).unwrap().rect().unwrap();
    /// let (a, b) = (r(&mut app, "a"), r(&mut app, "b"));
    /// assert_eq!((a.width, a.height), (50.0, 50.0));
    /// assert_eq!((b.y - a.y, b.width, b.height), (50.0, 100.0, 50.0));
    /// ```
    pub fn row_start(self, v: i32) -> Self {
        self.place("rowStart", v, |p| p.row_start = Some(v))
    }

    /// `rowEnd`: the last row (from 0) the item covers.
    pub fn row_end(self, v: i32) -> Self {
        self.place("rowEnd", v, |p| p.row_end = Some(v))
    }

    /// `columnStart`: the first column (from 0) the item covers.
    pub fn column_start(self, v: i32) -> Self {
        self.place("columnStart", v, |p| p.column_start = Some(v))
    }

    /// `columnEnd`: the last column (from 0) the item covers.
    pub fn column_end(self, v: i32) -> Self {
        self.place("columnEnd", v, |p| p.column_end = Some(v))
    }
}
