//! `Shape`: the container of shapes, with a shared style and a view port.

use arkui_core::{Alignment, Element, NodeId, NodeKind, ViewPort};

use crate::handle::component_handle;

component_handle!(
    /// ArkUI's `Shape`: shapes drawn on top of each other from its top-left corner, which
    /// take the fill and stroke it is given unless they set their own, drawn through its
    /// `view_port` (the children's coordinates scaled to fit its box, centred, as SVG's
    /// `viewBox`).
    ///
    /// ```
    /// use arkui_core::{App, Color, CommonAttribute, DeviceProfile, ViewPort};
    /// use arkui_widgets::{Circle, Shape};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Shape::new()
    ///         .width(100.0)
    ///         .height(100.0)
    ///         .view_port(ViewPort::new(0.0, 0.0, 50.0, 50.0))
    ///         .fill(Color::RED)
    ///         .child(Circle::new().width(50.0).height(50.0))
    /// });
    /// let list = app.frame().unwrap();
    /// let red = list.commands.iter().any(|c| matches!(c,
    ///     arkui_core::draw::DrawCmd::FillPath { brush: arkui_core::draw::Brush::Solid(c), .. } if *c == Color::RED));
    /// assert!(red);
    /// ```
    Shape
);

impl Element<()> for Shape {
    fn create(_: ()) -> Shape {
        let node = NodeId::create("Shape", NodeKind::Stack);
        node.set_layout(|l| l.stack_align = Alignment::TopStart);
        node.set_extension(super::style::InheritedStyle::default());
        Shape(node)
    }

    fn update(self, _: ()) {}
}

impl Default for Shape {
    fn default() -> Self {
        Shape::new()
    }
}

impl Shape {
    /// An empty shape container.
    pub fn new() -> Shape {
        Shape::create(())
    }

    /// `viewPort`: the rectangle of the children's coordinates shown in the box.
    pub fn view_port(self, v: ViewPort) -> Self {
        self.0.set_view_port(Some(v));
        self.0.set_inspector_attr(
            "viewPort",
            format!(
                "{{x: {}, y: {}, width: {}, height: {}}}",
                v.x, v.y, v.width, v.height
            ),
        );
        self
    }
}
