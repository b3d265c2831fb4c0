//! `ListItem` and `ListItemGroup`: the children of a List.

use arkui_core::{
    CommonAttribute, Element, FlexDirection, HitTestMode, ItemAlign, Length, NodeId, NodeKind,
    Positioning, View, Visibility, Widget,
};

use crate::handle::component_handle;
use crate::list::ListDivider;

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
    /// assert_eq!(arkui_core::inspector_rect(&item).unwrap().width, 320.0);
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

    /// `swipeAction`: actions revealed by dragging the item sideways, in a vertical list
    /// (a horizontal list's items do not swipe yet). See [`crate::SwipeActionOptions`].
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{Button, List, ListItem, SwipeActionItem, SwipeActionOptions, Text};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let delete = SwipeActionItem::new(Button::new("Delete").width(80.0).id("delete"));
    ///     List::new().height(200.0).child(
    ///         ListItem::new().height(48.0).id("row").child(Text::new("Mail"))
    ///             .swipe_action(SwipeActionOptions::new().end(delete)),
    ///     )
    /// });
    /// app.frame();
    /// let row = app.find_by_id("row").unwrap().rect().unwrap();
    /// // Drag the row 100 px to the left and let go: the 80 px action stays open.
    /// let (x, y) = (row.x + 200.0, row.y + 20.0);
    /// app.pointer_down(x, y);
    /// for i in 1..=5 {
    ///     app.pointer_move(x - 20.0 * i as f32, y);
    ///     app.frame();
    /// }
    /// app.pointer_up(x - 100.0, y);
    /// assert_eq!(ListItem::from_node(app.find_by_id("row").unwrap()).unwrap().swipe_state(),
    ///     Some(arkui_widgets::SwipeActionState::Expanded));
    /// ```
    pub fn swipe_action(self, options: crate::SwipeActionOptions) -> Self {
        crate::swipe_action::attach(self.0, options);
        self
    }

    /// Close this item's open swipe action (ArkUI's `closeAllSwipeActions`, for one item).
    pub fn close_swipe_action(self) {
        crate::swipe_action::close(self.0);
    }

    /// The state of this item's swipe actions (`None` without any).
    pub fn swipe_state(self) -> Option<crate::SwipeActionState> {
        crate::swipe_action::state(self.0)
    }

    /// The item `node` is, if it is a ListItem.
    pub fn from_node(node: NodeId) -> Option<ListItem> {
        (node.tag() == Some("ListItem")).then_some(ListItem(node))
    }
}

/// A group's header and footer nodes, kept in the group's node: every group has them, so
/// they also tell a group from other children.
#[derive(Clone, Copy, Default)]
pub(crate) struct GroupParts {
    pub(crate) header: Option<NodeId>,
    pub(crate) footer: Option<NodeId>,
}

/// A group's divider style and the line nodes it reuses, kept in the group's node once it
/// has a divider.
struct GroupDividers {
    style: ListDivider,
    holder: NodeId,
    pool: Vec<NodeId>,
}

/// The header and footer of the group `node`, if it is one.
pub(crate) fn group_parts(node: NodeId) -> Option<GroupParts> {
    node.extension::<GroupParts>()
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
/// let h = arkui_core::inspector_rect(&app.inspector_by_id("h").unwrap()).unwrap().bottom();
/// let apple = arkui_core::inspector_rect(&app.inspector_by_id("apple").unwrap()).unwrap().y;
/// let f = arkui_core::inspector_rect(&app.inspector_by_id("f").unwrap()).unwrap().y;
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
        n.set_extension(GroupParts::default());
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
        self.0.with_extension(f);
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

    /// `divider`: a line between the group's items (none after the last).
    ///
    /// ```
    /// use arkui_core::{App, Color, CommonAttribute, DeviceProfile, Length};
    /// use arkui_widgets::{List, ListDivider, ListItem, ListItemGroup};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let divider = ListDivider { color: Color::RED, ..ListDivider::default() };
    ///     List::new().height(200.0).child(
    ///         ListItemGroup::new().space(9.0).divider(divider).id("g")
    ///             .child(ListItem::new().height(30.0))
    ///             .child(ListItem::new().height(30.0)),
    ///     )
    /// });
    /// app.frame();
    /// let group = app.find_by_id("g").unwrap();
    /// let lines: Vec<_> = group.flattened_children().into_iter()
    ///     .filter(|n| n.tag() == Some("ListDivider") && n.layout_attrs().unwrap().visibility == arkui_core::Visibility::Visible)
    ///     .collect();
    /// assert_eq!(lines.len(), 1);
    /// let (g, line) = (group.rect().unwrap(), lines[0].rect().unwrap());
    /// assert_eq!(line.y - g.y, 34.0); // in the middle of the 9 px gap
    /// ```
    pub fn divider(self, style: ListDivider) -> Self {
        let exists = self
            .0
            .update_extension(|g: &mut GroupDividers| g.style = style)
            .is_some();
        if !exists {
            let holder = NodeId::create("ListDividers", NodeKind::Fragment);
            self.0.append(holder);
            self.0.set_extension(GroupDividers {
                style,
                holder,
                pool: Vec::new(),
            });
        }
        self
    }

    /// `space`: the gap between the group's items.
    pub fn space(self, v: impl Into<Length>) -> Self {
        let v = v.into();
        // In lanes the gap between rows is `row_space` (`space` is the gutter).
        if self
            .0
            .update_extension(|l: &mut Laned| l.space = v)
            .is_some()
        {
            self.0.set_layout(|a| a.row_space = v);
        } else {
            self.0.set_layout(|a| a.space = v);
        }
        self
    }
}

/// The items of group `group`: its children (through fragments, as ForEach makes them)
/// but those in `skip` (header, footer, divider holder).
fn group_items(group: NodeId, skip: [Option<NodeId>; 3]) -> Vec<NodeId> {
    let mut items = Vec::new();
    for c in group.children() {
        if skip.contains(&Some(c)) {
            continue;
        }
        if c.is_fragment() {
            items.extend(c.flattened_children());
        } else {
            items.push(c);
        }
    }
    items
}

/// A group laid in its list's lanes: the `space` it had in one column.
#[derive(Clone, Copy)]
struct Laned {
    space: Length,
}

/// An item whose cross size the group's lanes set.
struct LaneSized;

/// Lay group `group`'s items in `lanes` = (count, item width, gutter) rows, or back in one
/// column when the count is 1. The header and footer keep the whole width.
pub(crate) fn lay_group_in_lanes(group: NodeId, lanes: (usize, f32, f32), vertical: bool) {
    let (count, width, gutter) = lanes;
    let parts = group_parts(group).unwrap_or_default();
    let holder = group.update_extension(|g: &mut GroupDividers| g.holder);
    let items = group_items(group, [parts.header, parts.footer, holder]);
    let px = |v: f32| Length::Px(if v.is_finite() { v.round() } else { 0.0 });
    if count <= 1 {
        let Some(Laned { space }) = group.remove_extension::<Laned>() else {
            return;
        };
        group.set_layout(|a| {
            a.direction = if vertical {
                FlexDirection::Column
            } else {
                FlexDirection::Row
            };
            a.wrap = arkui_core::FlexWrap::NoWrap;
            a.space = space;
            a.row_space = Length::Px(0.0);
        });
        for n in items {
            if n.remove_extension::<LaneSized>().is_some() {
                n.set_layout(|a| {
                    if vertical {
                        a.width = Length::Auto;
                    } else {
                        a.height = Length::Auto;
                    }
                });
            }
        }
        return;
    }
    if !group.has_extension::<Laned>() {
        let space = group.layout_attrs().map_or(Length::Px(0.0), |a| a.space);
        group.set_extension(Laned { space });
        for part in [parts.header, parts.footer].into_iter().flatten() {
            part.set_layout(|a| {
                if vertical {
                    a.width = arkui_core::pct(100.0);
                } else {
                    a.height = arkui_core::pct(100.0);
                }
            });
        }
    }
    let space = group
        .extension::<Laned>()
        .map_or(Length::Px(0.0), |l| l.space);
    group.set_layout(|a| {
        a.direction = if vertical {
            FlexDirection::Row
        } else {
            FlexDirection::Column
        };
        a.wrap = arkui_core::FlexWrap::Wrap;
        a.space = px(gutter);
        a.row_space = space;
        a.align_items = ItemAlign::Start;
    });
    for n in items {
        let own = n.layout_attrs().is_some_and(|a| {
            let l = if vertical { a.width } else { a.height };
            l != Length::Auto
        }) && !n.has_extension::<LaneSized>();
        if own {
            continue;
        }
        n.set_extension(LaneSized);
        n.set_layout(|a| {
            if vertical {
                a.width = px(width);
            } else {
                a.height = px(width);
            }
        });
    }
}

/// Lines between the items of group `group` (laid out in its column), if it has a divider.
pub(crate) fn place_group_dividers(group: NodeId, density: f32, vertical: bool) {
    let Some((style, holder)) = group.update_extension(|g: &mut GroupDividers| (g.style, g.holder))
    else {
        return;
    };
    let Some(g) = group.rect() else { return };
    let parts = group_parts(group).unwrap_or_default();
    let items = group_items(group, [parts.header, parts.footer, Some(holder)]);
    let px = |l: Length, base: f32| crate::length_px::px(l, density, base);
    let cross = if vertical { g.width } else { g.height };
    let stroke = px(style.stroke_width, 0.0).max(1.0);
    let (start, end) = (px(style.start_margin, cross), px(style.end_margin, cross));
    let rects: Vec<_> = items.iter().filter_map(|n| n.rect()).collect();
    let mut used = 0;
    for pair in rects.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let (a_end, b_start, origin) = if vertical {
            (a.y + a.height, b.y, g.y)
        } else {
            (a.x + a.width, b.x, g.x)
        };
        if b_start < a_end - 0.5 {
            // Side by side in lanes: lines go between rows only.
            continue;
        }
        let at = (a_end + b_start - stroke) / 2.0 - origin;
        let line = group.update_extension(|g: &mut GroupDividers| {
            if used == g.pool.len() {
                let n = NodeId::create("ListDivider", NodeKind::Leaf)
                    .hit_test_behavior(HitTestMode::None);
                g.holder.append(n);
                g.pool.push(n);
            }
            g.pool[used]
        });
        let Some(line) = line else { return };
        used += 1;
        let r = |v: f32| Length::Px(v.round());
        let len = (cross - start - end).max(0.0);
        line.set_visual(|v| v.background_color = style.color);
        line.set_layout(|a| {
            a.visibility = Visibility::Visible;
            if vertical {
                a.positioning = Positioning::Absolute {
                    x: r(start),
                    y: r(at),
                };
                a.width = r(len);
                a.height = r(stroke);
            } else {
                a.positioning = Positioning::Absolute {
                    x: r(at),
                    y: r(start),
                };
                a.width = r(stroke);
                a.height = r(len);
            }
        });
    }
    let spare: Vec<NodeId> = group
        .update_extension(|g: &mut GroupDividers| g.pool[used..].to_vec())
        .unwrap_or_default();
    for n in spare {
        n.set_layout(|a| a.visibility = Visibility::None);
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
