//! `GridRow` / `GridCol`: ArkUI's responsive column grid.

use arkui_core::{Breakpoint, ByBreakpoint, Element, GridBreakpoints, Length, NodeId, NodeKind};

use crate::handle::component_handle;

component_handle!(
    /// A row of columns (12 by default) that children span, ArkUI's `GridRow`. Columns,
    /// spans, offsets and order can differ per breakpoint of the window width, so one layout
    /// adapts from watch to TV.
    ///
    /// ```
    /// use arkui_core::{App, ByBreakpoint, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{GridCol, GridRow};
    /// let layout = || {
    ///     let row = GridRow::new().width(arkui_core::pct(100.0));
    ///     for i in 0..3 {
    ///         row.child(GridCol::new().span(ByBreakpoint::new(12).md(4)).height(10.0).id(format!("c{i}")));
    ///     }
    ///     row
    /// };
    /// let mut phone = App::with_view(DeviceProfile::phone(), layout); // sm: one per row
    /// assert_eq!(arkui_core::inspector_rect(&phone.inspector_by_id("c1").unwrap()).unwrap().y, 30.0);
    /// let mut tv = App::with_view(DeviceProfile::tv(), layout); // lg: three in a row
    /// assert_eq!(arkui_core::inspector_rect(&tv.inspector_by_id("c1").unwrap()).unwrap().y, 0.0);
    /// ```
    GridRow
);

impl Element<()> for GridRow {
    fn create(_: ()) -> GridRow {
        let n = NodeId::create("GridRow", NodeKind::Grid);
        // ArkUI's GridRow fills its parent's width when none is set.
        n.set_layout(|a| a.width = arkui_core::pct(100.0));
        GridRow(n)
    }

    fn update(self, _: ()) {}
}

impl Default for GridRow {
    fn default() -> Self {
        GridRow::new()
    }
}

impl GridRow {
    /// A 12-column grid with no gutter.
    pub fn new() -> GridRow {
        GridRow::create(())
    }

    /// `columns`: how many columns, per breakpoint.
    pub fn columns(self, c: impl Into<ByBreakpoint<u16>>) -> Self {
        let c = c.into();
        self.0.set_layout(|a| a.grid_columns = c);
        self
    }

    /// `breakpoints`: this row's own breakpoints (thresholds in vp) over the window's width
    /// or its own ([`arkui_core::BreakpointsReference`]); ArkUI's `["320vp", "600vp",
    /// "840vp"]` over the window by default.
    ///
    /// ```
    /// use arkui_core::{App, Breakpoint, BreakpointsReference, ByBreakpoint, CommonAttribute, DeviceProfile, GridBreakpoints, LengthExt};
    /// use arkui_widgets::{Column, GridCol, GridRow};
    /// let mut app = App::with_view(DeviceProfile::phone(), || {
    ///     Column::new().width(360.vp()).child(
    ///         Column::new().width(200.vp()).child(
    ///             GridRow::new()
    ///                 .breakpoints(GridBreakpoints::new([100.0, 300.0]).reference(BreakpointsReference::ComponentSize))
    ///                 .columns(ByBreakpoint::new(4).sm(2))
    ///                 .child(GridCol::new().height(10.0).id("cell"))
    ///                 .id("row"),
    ///         ),
    ///     )
    /// });
    /// app.frame();
    /// // 200 vp wide: past 100, under 300: sm, two columns of 100 vp.
    /// assert_eq!(app.find_by_id("row").unwrap().grid_breakpoint(), Some(Breakpoint::Sm));
    /// assert_eq!(app.find_by_id("cell").unwrap().rect().unwrap().width, 300.0);
    /// ```
    pub fn breakpoints(self, b: GridBreakpoints) -> Self {
        self.0.set_layout(|a| a.grid_breakpoints = Some(b));
        self
    }

    /// `onBreakpointChange`: called with the breakpoint this row lays out at, first when it
    /// is laid out and then whenever it changes (a resize, a rotation, a fold).
    pub fn on_breakpoint_change(self, f: impl Fn(Breakpoint) + 'static) -> Self {
        let node = self.0;
        let last = std::cell::Cell::new(None);
        arkui_core::observe_layout(node, move || {
            let now = node.grid_breakpoint();
            if now.is_some() && now != last.get() {
                last.set(now);
                if let Some(bp) = now {
                    f(bp);
                }
            }
        });
        self
    }

    /// `gutter`: space between columns and between rows.
    pub fn gutter(self, x: impl Into<Length>, y: impl Into<Length>) -> Self {
        let (x, y) = (x.into(), y.into());
        self.0.set_layout(|a| {
            a.space = x;
            a.row_space = y;
            a.grid_gutter = None;
        });
        self
    }

    /// `gutter` with ArkUI's `GutterOption` of `GridRowSizeOption`s: space between columns
    /// and between rows per breakpoint (a breakpoint without its own value takes the
    /// nearest smaller one's).
    ///
    /// ```
    /// use arkui_core::{App, ByBreakpoint, CommonAttribute, DeviceProfile, Length, LengthExt};
    /// use arkui_widgets::{GridCol, GridRow};
    /// let gutter = ByBreakpoint::new(Length::Vp(4.0)).md(Length::Vp(24.0));
    /// let mut app = App::with_view(DeviceProfile::tablet(), move || {
    ///     GridRow::new().columns(2).gutter_by_breakpoint(gutter, gutter)
    ///         .child(GridCol::new().height(10.0).id("a"))
    ///         .child(GridCol::new().height(10.0).id("b"))
    /// });
    /// app.frame();
    /// let r = |app: &mut App, id: &str| app.find_by_id(id).unwrap().rect().unwrap();
    /// let (a, b) = (r(&mut app, "a"), r(&mut app, "b"));
    /// // A tablet is md or wider: 24 vp between the columns.
    /// let density = DeviceProfile::tablet().density;
    /// assert!((b.x - (a.x + a.width) - 24.0 * density).abs() < 1.0);
    /// ```
    pub fn gutter_by_breakpoint(
        self,
        x: impl Into<ByBreakpoint<Length>>,
        y: impl Into<ByBreakpoint<Length>>,
    ) -> Self {
        let (x, y) = (x.into(), y.into());
        self.0
            .set_layout(|a| a.grid_gutter = Some(Box::new((x, y))));
        self
    }
}

component_handle!(
    /// One cell of a [`GridRow`]: it spans `span` columns after skipping `offset`, in `order`.
    GridCol
);

impl Element<()> for GridCol {
    fn create(_: ()) -> GridCol {
        let n = NodeId::create("GridCol", NodeKind::Flex);
        n.set_layout(|a| a.align_items = arkui_core::ItemAlign::Stretch);
        GridCol(n)
    }

    fn update(self, _: ()) {}
}

impl Default for GridCol {
    fn default() -> Self {
        GridCol::new()
    }
}

impl GridCol {
    /// A cell spanning one column.
    pub fn new() -> GridCol {
        GridCol::create(())
    }

    /// `span`: columns covered, per breakpoint.
    pub fn span(self, s: impl Into<ByBreakpoint<u16>>) -> Self {
        let s = s.into();
        self.0.set_layout(|a| a.grid_span = s);
        self
    }

    /// `offset`: columns skipped before this cell, per breakpoint.
    pub fn offset(self, o: impl Into<ByBreakpoint<u16>>) -> Self {
        let o = o.into();
        self.0.set_layout(|a| a.grid_offset = o);
        self
    }

    /// `order`: placement order among siblings (lower first), per breakpoint.
    pub fn order(self, o: impl Into<ByBreakpoint<i32>>) -> Self {
        let o = o.into();
        self.0.set_layout(|a| a.grid_order = o);
        self
    }
}
