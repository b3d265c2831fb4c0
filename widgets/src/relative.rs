//! `RelativeContainer`: children placed by rules relative to the container and each other.

use arkui_core::{AlignRules, Element, NodeId, NodeKind, Widget};

use crate::handle::component_handle;

component_handle!(
    /// ArkUI's `RelativeContainer`: each child is placed by [`AlignRules`] against the
    /// container (`"__container__"`) or siblings (by `.id()`). Circular rules are reported as
    /// a [`arkui_core::Diagnostic::Layout`] naming the children, never a hang.
    ///
    /// ```
    /// use arkui_core::{AlignRules, App, CommonAttribute, DeviceProfile, HorizontalAlign, VerticalAlign, CONTAINER};
    /// use arkui_widgets::{Column, RelativeContainer, AlignRulesExt};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     RelativeContainer::new().width(200.0).height(100.0)
    ///         .child(Column::new().size(50.0, 20.0).id("a").align_rules(AlignRules {
    ///             right: Some((CONTAINER.into(), HorizontalAlign::End)),
    ///             ..AlignRules::default()
    ///         }))
    ///         .child(Column::new().size(30.0, 10.0).id("b").align_rules(AlignRules {
    ///             right: Some(("a".into(), HorizontalAlign::Start)),
    ///             top: Some(("a".into(), VerticalAlign::Bottom)),
    ///             ..AlignRules::default()
    ///         }))
    /// });
    /// // The container is centred at the top of the 320 px wide page: x from 60 to 260.
    /// assert!(app.inspector_by_id("a").unwrap()["$rect"].as_str().unwrap().starts_with("[210.00, 0.00]"));
    /// assert!(app.inspector_by_id("b").unwrap()["$rect"].as_str().unwrap().starts_with("[180.00, 20.00]"));
    /// ```
    RelativeContainer
);

impl Element<()> for RelativeContainer {
    fn create(_: ()) -> RelativeContainer {
        RelativeContainer(NodeId::create("RelativeContainer", NodeKind::Relative))
    }

    fn update(self, _: ()) {}
}

impl Default for RelativeContainer {
    fn default() -> Self {
        RelativeContainer::new()
    }
}

impl RelativeContainer {
    /// An empty container.
    pub fn new() -> RelativeContainer {
        RelativeContainer::create(())
    }
}

/// `alignRules` on any component placed in a [`RelativeContainer`].
pub trait AlignRulesExt: Widget {
    /// Set this component's alignment rules.
    fn align_rules(self, rules: AlignRules) -> Self {
        self.node().set_align_rules(rules);
        self
    }
}

impl<W: Widget> AlignRulesExt for W {}
