//! `ListItem` and `ListItemGroup`: the children of a List.

use std::cell::RefCell;
use std::collections::HashMap;

use arkui_core::{
    Element, FlexDirection, ItemAlign, Length, NodeId, NodeKind, Scope, View, Widget,
};

use crate::handle::component_handle;

component_handle!(
    /// One row of a [`crate::List`], ArkUI's `ListItem`: as wide as the list (as tall, in a
    /// horizontal list) unless given a size, as long as its content.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{List, ListItem, Text};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     List::new().height(100.0).child(ListItem::new().id("a").child(Text::new("a")))
    /// });
    /// let item = app.inspector_by_id("a").unwrap();
    /// assert_eq!(item["$type"], "ListItem");
    /// assert_eq!(item["$rect"][1][0].as_f64().unwrap() - item["$rect"][0][0].as_f64().unwrap(), 320.0);
    /// ```
    ListItem
);

impl Element<()> for ListItem {
    fn create(_: ()) -> ListItem {
        let n = NodeId::create("ListItem", NodeKind::Flex);
        n.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Start;
        });
        ListItem(n)
    }

    fn update(self, _: ()) {}
}

impl Default for ListItem {
    fn default() -> Self {
        ListItem::new()
    }
}

impl ListItem {
    /// An empty list item.
    pub fn new() -> ListItem {
        ListItem::create(())
    }
}

/// A group's header and footer nodes.
#[derive(Clone, Copy, Default)]
pub(crate) struct GroupParts {
    pub(crate) header: Option<NodeId>,
    pub(crate) footer: Option<NodeId>,
}

thread_local! {
    static GROUPS: RefCell<HashMap<NodeId, GroupParts>> = RefCell::new(HashMap::new());
}

/// The header and footer of the group `node`, if it is one.
pub(crate) fn group_parts(node: NodeId) -> Option<GroupParts> {
    GROUPS.with(|g| g.borrow().get(&node).copied())
}

/// A titled section of a [`crate::List`], ArkUI's `ListItemGroup`: an optional header, its
/// `ListItem`s, an optional footer. With [`crate::List::sticky`] the header of the group at
/// the top of the list stays pinned while its items scroll under it.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{List, ListItem, ListItemGroup, Text};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     List::new().height(200.0).child(
///         ListItemGroup::new()
///             .header(Text::new("Fruit").id("h"))
///             .child(ListItem::new().height(30.0).id("apple"))
///             .footer(Text::new("end").id("f")),
///     )
/// });
/// let h = app.inspector_by_id("h").unwrap()["$rect"][1][1].as_f64().unwrap();
/// let apple = app.inspector_by_id("apple").unwrap()["$rect"][0][1].as_f64().unwrap();
/// let f = app.inspector_by_id("f").unwrap()["$rect"][0][1].as_f64().unwrap();
/// assert!(h <= apple && apple + 30.0 <= f);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListItemGroup(NodeId);

impl Widget for ListItemGroup {
    fn node(self) -> NodeId {
        self.0
    }
}

impl Element<()> for ListItemGroup {
    fn create(_: ()) -> ListItemGroup {
        let n = NodeId::create("ListItemGroup", NodeKind::Flex);
        n.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Stretch;
        });
        GROUPS.with(|g| g.borrow_mut().insert(n, GroupParts::default()));
        if let Some(scope) = Scope::current() {
            scope.on_cleanup(move || {
                GROUPS.with(|g| g.borrow_mut().remove(&n));
            });
        }
        ListItemGroup(n)
    }

    fn update(self, _: ()) {}
}

impl Default for ListItemGroup {
    fn default() -> Self {
        ListItemGroup::new()
    }
}

impl ListItemGroup {
    /// An empty group.
    pub fn new() -> ListItemGroup {
        ListItemGroup::create(())
    }

    fn parts(self) -> GroupParts {
        group_parts(self.0).unwrap_or_default()
    }

    fn set_parts(self, f: impl FnOnce(&mut GroupParts)) {
        GROUPS.with(|g| f(g.borrow_mut().entry(self.0).or_default()));
    }

    /// Append an item (kept before the footer).
    pub fn child(self, child: impl View) -> Self {
        let c = child.into_node();
        match self.parts().footer {
            Some(f) => {
                let at = self
                    .0
                    .children()
                    .iter()
                    .position(|n| *n == f)
                    .unwrap_or(usize::MAX);
                self.0.insert(at, c);
            }
            None => self.0.append(c),
        }
        self
    }

    /// `header`: shown above the items (replacing any earlier header).
    pub fn header(self, view: impl View) -> Self {
        let holder = NodeId::create("ListItemGroupHeader", NodeKind::Flex);
        holder.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Stretch;
            // Painted over the items that scroll under a pinned header.
            a.z_index = 1;
        });
        holder.append(view.into_node());
        if let Some(old) = self.parts().header {
            self.0.remove_child(old);
        }
        self.0.insert(0, holder);
        self.set_parts(|p| p.header = Some(holder));
        self
    }

    /// `footer`: shown below the items.
    pub fn footer(self, view: impl View) -> Self {
        let holder = NodeId::create("ListItemGroupFooter", NodeKind::Flex);
        holder.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Stretch;
            a.z_index = 1;
        });
        holder.append(view.into_node());
        if let Some(old) = self.parts().footer {
            self.0.remove_child(old);
        }
        self.0.append(holder);
        self.set_parts(|p| p.footer = Some(holder));
        self
    }

    /// `space`: the gap between the group's items.
    pub fn space(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        self.0.set_layout(|a| a.space = v);
        self
    }
}

/// Offsets of a group's sticky header and footer at main-axis position `main` (px, relative
/// to the list's viewport) for a group `size` long in a viewport `viewport` long.
pub(crate) fn sticky_shift(
    main: f32,
    size: f32,
    header: f32,
    footer: f32,
    viewport: f32,
) -> (f32, f32) {
    // The header stays at the viewport's top while the group spans it, pushed up by the
    // group's end (where the next group's header comes).
    let h = (-main).clamp(0.0, (size - header - footer).max(0.0));
    // The footer stays at the viewport's bottom while the group spans it.
    let bottom = main + size;
    let f = -(bottom - viewport).clamp(0.0, (size - header - footer).max(0.0));
    (h, f)
}

#[cfg(test)]
mod tests {
    use super::sticky_shift;

    #[test]
    fn a_sticky_header_follows_the_top_until_its_group_ends() {
        // A 200 px group with a 20 px header, scrolled 50 px above the viewport's top.
        assert_eq!(sticky_shift(-50.0, 200.0, 20.0, 0.0, 100.0).0, 50.0);
        // Near its end the header is pushed up with it.
        assert_eq!(sticky_shift(-190.0, 200.0, 20.0, 0.0, 100.0).0, 180.0);
        assert_eq!(sticky_shift(10.0, 200.0, 20.0, 0.0, 100.0).0, 0.0);
    }
}
