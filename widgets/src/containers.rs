//! `Column` and `Row`: linear containers with ArkUI's defaults (cross axis centred).

use arkui_core::{
    Element, FlexAlign, FlexDirection, HorizontalAlign, ItemAlign, Length, NodeId, NodeKind,
    VerticalAlign,
};

use crate::handle::component_handle;

component_handle!(
    /// Children stacked vertically, ArkUI's `Column`. Children are centred horizontally
    /// unless [`Column::align_items`] says otherwise.
    ///
    /// ```
    /// use arkui_widgets::{Column, Text};
    /// use arkui_core::{App, DeviceProfile, LengthExt};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Column::new().space(10.vp()).child(Text::new("a")).child(Text::new("b"))
    /// });
    /// let tree = app.inspector_tree();
    /// let column = &tree["$children"][0];
    /// let a = arkui_core::inspector_rect(&column["$children"][0]).unwrap();
    /// let b = arkui_core::inspector_rect(&column["$children"][1]).unwrap();
    /// assert_eq!(b.y, a.bottom() + 10.0);
    /// ```
    Column
);

impl Element<()> for Column {
    fn create(_: ()) -> Column {
        let n = NodeId::create("Column", NodeKind::Flex);
        n.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Center;
        });
        Column(n)
    }

    fn update(self, _: ()) {}
}

impl Default for Column {
    fn default() -> Self {
        Column::new()
    }
}

impl Column {
    /// An empty column.
    pub fn new() -> Column {
        Column::create(())
    }

    /// `space`: the gap between children.
    pub fn space(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        self.0.set_layout(|a| a.space = v);
        self
    }

    /// `alignItems`: horizontal placement of children.
    pub fn align_items(self, v: HorizontalAlign) -> Self {
        self.0.set_layout(|a| {
            a.align_items = match v {
                HorizontalAlign::Start => ItemAlign::Start,
                HorizontalAlign::Center => ItemAlign::Center,
                HorizontalAlign::End => ItemAlign::End,
            }
        });
        self
    }

    /// `justifyContent`: vertical distribution of children.
    pub fn justify_content(self, v: FlexAlign) -> Self {
        self.0.set_layout(|a| a.justify_content = v);
        self
    }
}

component_handle!(
    /// Children side by side, ArkUI's `Row`. Children are centred vertically unless
    /// [`Row::align_items`] says otherwise.
    ///
    /// ```
    /// use arkui_widgets::{Row, Text};
    /// use arkui_core::{App, DeviceProfile};
    /// let mut app = App::with_view(DeviceProfile::iot(), || Row::new().child(Text::new("a")).child(Text::new("b")));
    /// let tree = app.inspector_tree();
    /// let row = &tree["$children"][0];
    /// assert!(arkui_core::inspector_rect(&row["$children"][1]).unwrap().x > arkui_core::inspector_rect(&row["$children"][0]).unwrap().x);
    /// ```
    Row
);

impl Element<()> for Row {
    fn create(_: ()) -> Row {
        let n = NodeId::create("Row", NodeKind::Flex);
        n.set_layout(|a| {
            a.direction = FlexDirection::Row;
            a.align_items = ItemAlign::Center;
        });
        Row(n)
    }

    fn update(self, _: ()) {}
}

impl Default for Row {
    fn default() -> Self {
        Row::new()
    }
}

impl Row {
    /// An empty row.
    pub fn new() -> Row {
        Row::create(())
    }

    /// `space`: the gap between children.
    pub fn space(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        self.0.set_layout(|a| a.space = v);
        self
    }

    /// `alignItems`: vertical placement of children.
    pub fn align_items(self, v: VerticalAlign) -> Self {
        self.0.set_layout(|a| {
            a.align_items = match v {
                VerticalAlign::Top => ItemAlign::Start,
                VerticalAlign::Center => ItemAlign::Center,
                VerticalAlign::Bottom => ItemAlign::End,
            }
        });
        self
    }

    /// `justifyContent`: horizontal distribution of children.
    pub fn justify_content(self, v: FlexAlign) -> Self {
        self.0.set_layout(|a| a.justify_content = v);
        self
    }
}

component_handle!(
    /// Empty space that grows along its container's main axis, ArkUI's `Blank`.
    Blank
);

impl Element<()> for Blank {
    fn create(_: ()) -> Blank {
        let n = NodeId::create("Blank", NodeKind::Leaf);
        n.set_layout(|a| {
            a.flex_grow = 1.0;
            a.flex_shrink = Some(1.0);
        });
        Blank(n)
    }

    fn update(self, _: ()) {}
}

// `Blank(min)`: the minimum is along the main axis, whichever it is, so it is the flex basis
// and the blank never shrinks below it.
impl Element<(Length,)> for Blank {
    fn create((min,): (Length,)) -> Blank {
        let blank = Blank::create(());
        blank.update((min,));
        blank
    }

    fn update(self, (min,): (Length,)) {
        self.0.set_layout(|a| {
            a.flex_basis = min;
            a.flex_shrink = Some(0.0);
        });
    }
}

impl Blank {
    /// A blank that takes the remaining space.
    pub fn new() -> Blank {
        Blank::create(())
    }

    /// `Blank(min)`: a blank that takes the remaining space but is at least `min` along its
    /// container's main axis.
    pub fn with_min(min: impl Into<Length>) -> Blank {
        Blank::create((min.into(),))
    }
}

impl Default for Blank {
    fn default() -> Self {
        Blank::new()
    }
}
