//! `Stack` and `Flex`: the overlay container and the general flexbox container.

use arkui_core::{
    Alignment, Element, FlexAlign, FlexDirection, FlexWrap, ItemAlign, Length, NodeId, NodeKind,
};

use crate::handle::component_handle;

component_handle!(
    /// Children drawn on top of each other (later ones above, `z_index` reorders), placed by
    /// `align_content` (default: centre), ArkUI's `Stack`.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, Alignment};
    /// use arkui_widgets::{Stack, Column};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Stack::new().align_content(Alignment::BottomEnd).width(100.0).height(100.0)
    ///         .child(Column::new().width(20.0).height(10.0).id("badge"))
    /// });
    /// assert_eq!(app.inspector_by_id("badge").unwrap()["$rect"], "[190.00, 90.00],[210.00,100.00]");
    /// ```
    Stack
);

impl Element<()> for Stack {
    fn create(_: ()) -> Stack {
        Stack(NodeId::create("Stack", NodeKind::Stack))
    }

    fn update(self, _: ()) {}
}

impl Element<(Alignment,)> for Stack {
    fn create((align,): (Alignment,)) -> Stack {
        Stack::create(()).align_content(align)
    }

    fn update(self, (align,): (Alignment,)) {
        self.align_content(align);
    }
}

impl Default for Stack {
    fn default() -> Self {
        Stack::new()
    }
}

impl Stack {
    /// An empty stack.
    pub fn new() -> Stack {
        Stack::create(())
    }

    /// `alignContent`: where children sit.
    pub fn align_content(self, a: Alignment) -> Self {
        self.0.set_layout(|l| l.stack_align = a);
        self.0
            .set_inspector_attr("alignContent", format!("Alignment.{a:?}"));
        self
    }
}

component_handle!(
    /// ArkUI's `Flex`: direction, wrapping, and alignment on both axes. Unlike Row and
    /// Column, children shrink to fit by default (flexShrink 1).
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, FlexWrap, FlexDirection};
    /// use arkui_widgets::{Flex, Column};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let f = Flex::new().direction(FlexDirection::Row).wrap(FlexWrap::Wrap).width(100.0);
    ///     for i in 0..3 {
    ///         f.child(Column::new().width(40.0).height(10.0).id(format!("c{i}")));
    ///     }
    ///     f
    /// });
    /// let third = arkui_core::inspector_rect(&app.inspector_by_id("c2").unwrap()).unwrap();
    /// assert_eq!(third.y, 10.0); // wrapped to the second line
    /// ```
    Flex
);

impl Element<()> for Flex {
    fn create(_: ()) -> Flex {
        let n = NodeId::create("Flex", NodeKind::Flex);
        n.set_layout(|a| {
            a.direction = FlexDirection::Row;
            a.align_items = ItemAlign::Start;
            a.shrink_children = true;
        });
        Flex(n)
    }

    fn update(self, _: ()) {}
}

impl Default for Flex {
    fn default() -> Self {
        Flex::new()
    }
}

impl Flex {
    /// A row that wraps nothing, items at the start (ArkUI's Flex defaults).
    pub fn new() -> Flex {
        Flex::create(())
    }

    /// `direction`.
    pub fn direction(self, d: FlexDirection) -> Self {
        self.0.set_layout(|a| a.direction = d);
        self
    }

    /// `wrap`.
    pub fn wrap(self, w: FlexWrap) -> Self {
        self.0.set_layout(|a| a.wrap = w);
        self
    }

    /// `justifyContent`.
    pub fn justify_content(self, j: FlexAlign) -> Self {
        self.0.set_layout(|a| a.justify_content = j);
        self
    }

    /// `alignItems`.
    pub fn align_items(self, i: ItemAlign) -> Self {
        self.0.set_layout(|a| a.align_items = i);
        self
    }

    /// `alignContent`: distribution of wrapped lines.
    pub fn align_content(self, c: FlexAlign) -> Self {
        self.0.set_layout(|a| a.align_content = c);
        self
    }

    /// Gap between items on the main axis.
    pub fn space(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        self.0.set_layout(|a| a.space = v);
        self
    }

    /// Gap between wrapped lines.
    pub fn row_space(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        self.0.set_layout(|a| a.row_space = v);
        self
    }
}
