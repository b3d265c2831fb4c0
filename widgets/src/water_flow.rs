//! `WaterFlow` and `FlowItem`: a virtualised waterfall of columns.

use std::rc::Rc;

use arkui_core::{Element, FlexDirection, ItemAlign, Length, NodeId, NodeKind, pct};

use crate::handle::component_handle;
use crate::item_layout::{FlowLayout, parse_template};
use crate::scroll_physics::EdgeEffect;
use crate::scroller_engine::{Engine, engine};

component_handle!(
    /// A waterfall, ArkUI's `WaterFlow`: [`FlowItem`]s of any height, each placed at the
    /// bottom of the currently shortest column, scrolling vertically. With a `LazyForEach`
    /// child only the visible items plus `cached_count` on each side exist.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{FlowItem, WaterFlow};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let flow = WaterFlow::new().columns_template("1fr 1fr").width(200.0).height(200.0);
    ///     for (i, h) in [80.0, 20.0, 30.0].into_iter().enumerate() {
    ///         flow.child(FlowItem::new().height(h).id(format!("f{i}")));
    ///     }
    ///     flow
    /// });
    /// app.frame();
    /// let r = |app: &App, id: &str| app.find_by_id(id).unwrap().rect().unwrap();
    /// // The third item goes under the second: its column is the shorter one.
    /// assert_eq!(r(&app, "f2").x, r(&app, "f1").x);
    /// assert_eq!(r(&app, "f2").y, r(&app, "f1").y + 20.0);
    /// ```
    WaterFlow
);

impl Element<()> for WaterFlow {
    fn create(_: ()) -> WaterFlow {
        let n = NodeId::create("WaterFlow", NodeKind::Flex);
        n.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Stretch;
            a.width = pct(100.0);
            a.height = pct(100.0);
        });
        Engine::install(n, Box::new(FlowLayout::new(100.0)), EdgeEffect::Spring);
        WaterFlow(n)
    }

    fn update(self, _: ()) {}
}

impl Default for WaterFlow {
    fn default() -> Self {
        WaterFlow::new()
    }
}

impl WaterFlow {
    /// An empty one-column flow.
    pub fn new() -> WaterFlow {
        WaterFlow::create(())
    }

    fn engine(self) -> Option<Rc<Engine>> {
        engine(self.0)
    }

    fn flow(self, f: impl FnOnce(&mut FlowLayout, &Engine)) {
        if let Some(e) = self.engine() {
            if let Some(g) = e.layout.borrow_mut().as_flow() {
                f(g, &e);
            }
            e.pass();
        }
    }

    /// `columnsTemplate`: how many columns (`"1fr 1fr"`: two equal ones).
    pub fn columns_template(self, template: impl AsRef<str>) -> Self {
        let template = template.as_ref();
        let lanes = parse_template(template).len();
        self.0
            .set_inspector_attr("columnsTemplate", template.to_string());
        self.flow(|f, _| f.set_lanes(lanes));
        self
    }

    /// `rowsGap`: space between items in a column.
    pub fn rows_gap(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        self.flow(|f, e| {
            let c = f.columns_gap();
            f.set_gaps(e.px(v), c);
        });
        self
    }

    /// `columnsGap`: space between columns.
    pub fn columns_gap(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        self.flow(|f, e| {
            let r = f.rows_gap();
            f.set_gaps(r, e.px(v));
        });
        self
    }

    /// `cachedCount`: items kept mounted beyond each edge (default 1).
    pub fn cached_count(self, n: usize) -> Self {
        if let Some(e) = self.engine() {
            e.cached_count.set(n.min(10_000));
            e.pass();
        }
        self
    }

    /// How far the flow is scrolled, in pixels.
    pub fn offset(self) -> f32 {
        self.engine().map_or(0.0, |e| e.physics.offset())
    }
}

component_handle!(
    /// One item of a [`WaterFlow`], ArkUI's `FlowItem`: as wide as its column.
    ///
    /// ```
    /// use arkui_widgets::FlowItem;
    /// use arkui_core::Widget;
    /// assert_eq!(FlowItem::new().node().tag(), Some("FlowItem"));
    /// ```
    FlowItem
);

impl Element<()> for FlowItem {
    fn create(_: ()) -> FlowItem {
        let n = NodeId::create("FlowItem", NodeKind::Flex);
        n.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Center;
        });
        FlowItem(n)
    }

    fn update(self, _: ()) {}
}

impl Default for FlowItem {
    fn default() -> Self {
        FlowItem::new()
    }
}

impl FlowItem {
    /// An empty flow item.
    pub fn new() -> FlowItem {
        FlowItem::create(())
    }
}
