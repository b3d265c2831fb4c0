//! `Grid` and `GridItem`: a vertically scrolling, virtualised grid of template columns.

use std::rc::Rc;

use arkui_core::{Element, FlexDirection, ItemAlign, Length, NodeId, NodeKind, pct};

use crate::handle::component_handle;
use crate::item_layout::{GridLayout, parse_template};
use crate::scroll_physics::EdgeEffect;
use crate::scroller_engine::{Engine, engine};

component_handle!(
    /// A scrolling grid, ArkUI's `Grid`: [`GridItem`]s fill the columns of
    /// `columns_template` row by row (`"1fr 1fr 2fr"`: three columns, the last twice as wide);
    /// each row is as tall as its tallest item. With a `LazyForEach` child only the visible
    /// rows plus `cached_count` rows on each side exist.
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
    /// `String`, such as one built from a breakpoint).
    pub fn columns_template(self, template: impl AsRef<str>) -> Self {
        let template = template.as_ref();
        let fr = parse_template(template);
        self.0
            .set_inspector_attr("columnsTemplate", template.to_string());
        self.grid(|g, _| g.set_template(fr));
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
}
