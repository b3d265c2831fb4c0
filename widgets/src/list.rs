//! `List`: a scrolling, virtualised column (or row) of `ListItem`s and `ListItemGroup`s.

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::{
    Color, CommonAttribute, Element, FlexDirection, ItemAlign, Length, NodeId, NodeKind,
    Positioning, Visibility, pct,
};

use crate::handle::component_handle;
use crate::lane_layout::{LaneLayout, ListItemAlign, ListLanes};
use crate::list_item::{group_parts, sticky_shift};
use crate::scroll_physics::EdgeEffect;
use crate::scroller_engine::{Engine, Placed, engine};
use crate::slider::Axis;

/// The line between list items, ArkUI's `ListDividerOptions`.
///
/// ```
/// use arkui_core::Length;
/// use arkui_widgets::ListDivider;
/// let d = ListDivider { start_margin: Length::Vp(16.0), ..ListDivider::default() };
/// assert_eq!((d.stroke_width, d.end_margin), (Length::Vp(1.0), Length::Vp(0.0)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ListDivider {
    /// Line thickness.
    pub stroke_width: Length,
    /// Line colour (ArkUI's default `#08000000`).
    pub color: Color,
    /// Gap before the line's start, from the list's start edge.
    pub start_margin: Length,
    /// Gap after the line's end, from the list's end edge.
    pub end_margin: Length,
}

impl Default for ListDivider {
    fn default() -> Self {
        ListDivider {
            stroke_width: Length::Vp(1.0),
            color: Color::rgba(0, 0, 0, 0x08),
            start_margin: Length::Vp(0.0),
            end_margin: Length::Vp(0.0),
        }
    }
}

/// Which parts of a `ListItemGroup` stay pinned, ArkUI's `StickyStyle`.
///
/// ```
/// assert_eq!(arkui_widgets::StickyStyle::default(), arkui_widgets::StickyStyle::None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum StickyStyle {
    /// Nothing is pinned (the default).
    #[default]
    None,
    /// The header of the group at the top stays at the top.
    Header,
    /// The footer of the group at the bottom stays at the bottom.
    Footer,
    /// Both.
    Both,
}

/// List-specific decoration: dividers and sticky parts.
#[derive(Default)]
struct ListLook {
    space: f32,
    divider: Option<ListDivider>,
    sticky: StickyStyle,
    /// Divider nodes, reused from frame to frame.
    pool: Vec<NodeId>,
    /// The scroll offset at the last pass: a change closes an open swipe action.
    last_offset: f32,
    holder: Option<NodeId>,
}

component_handle!(
    /// A scrolling list, ArkUI's `List`: [`crate::ListItem`]s and [`crate::ListItemGroup`]s
    /// one after another, vertically (or horizontally with `list_direction`). With a
    /// `LazyForEach` child only the visible rows plus `cached_count` on each side exist;
    /// rows leaving the window are unmounted, so a 100,000-row list costs what its screen
    /// costs. Unmeasured rows are estimated at the average measured height.
    ///
    /// Give a list a height (it fills its parent by default).
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, VecDataSource, live_counts};
    /// use arkui_widgets::{List, ListItem, Text};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let list = List::new().height(200.0).cached_count(2).id("list");
    ///     let source = VecDataSource::new((0..100_000u32).collect());
    ///     arkui_core::macro_support::lazy_for_each(list, source, |n, _| *n, |n, row| {
    ///         row.append(ListItem::new().height(40.0).child(Text::new(format!("row {n}"))).into_node());
    ///     });
    ///     list
    /// });
    /// app.frame();
    /// // 5 visible rows and 2 cached after them, not 100,000.
    /// assert!(app.find_by_id("list").unwrap().children().len() < 12);
    /// assert!(live_counts().nodes < 200);
    /// # use arkui_core::View;
    /// ```
    List
);

/// A list's look, kept in its node and shared with the engine's decorate pass.
#[derive(Clone)]
struct Look(Rc<RefCell<ListLook>>);

impl Element<()> for List {
    fn create(_: ()) -> List {
        let n = NodeId::create("List", NodeKind::Flex);
        n.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Stretch;
            a.width = pct(100.0);
            a.height = pct(100.0);
        });
        let e = Engine::install(n, Box::new(LaneLayout::new(48.0, 1.0)), EdgeEffect::Spring);
        if let Some(l) = e.layout.borrow_mut().as_lane() {
            l.density = e.density;
        }
        let holder = NodeId::create("ListDividers", NodeKind::Fragment);
        n.append(holder);
        e.add_chrome(holder);
        let look = Rc::new(RefCell::new(ListLook {
            holder: Some(holder),
            ..ListLook::default()
        }));
        n.set_extension(Look(look.clone()));
        *e.decorate.borrow_mut() = Some(Rc::new(move |e, placed, viewport| {
            decorate(&look, e, placed, viewport);
        }));
        List(n)
    }

    fn update(self, _: ()) {}
}

impl Default for List {
    fn default() -> Self {
        List::new()
    }
}

impl List {
    /// An empty vertical list.
    pub fn new() -> List {
        List::create(())
    }

    /// The list with `.id(id)` in `app`.
    pub fn from_id(app: &arkui_core::App, id: &str) -> Option<List> {
        app.find_by_id(id)
            .filter(|n| n.tag() == Some("List"))
            .map(List)
    }

    fn engine(self) -> Option<Rc<Engine>> {
        engine(self.0)
    }

    fn look(self, f: impl FnOnce(&mut ListLook)) {
        if let Some(Look(look)) = self.0.extension::<Look>() {
            f(&mut look.borrow_mut());
        }
        self.refresh_gap();
    }

    fn density(self) -> f32 {
        self.engine().map_or(1.0, |e| e.density)
    }

    fn px(self, l: Length) -> f32 {
        crate::length_px::px(l, self.density(), 0.0)
    }

    /// The main-axis gap: `space`, widened to the divider's thickness as ArkUI does.
    fn refresh_gap(self) {
        let Some(Look(look)) = self.0.extension::<Look>() else {
            return;
        };
        let (space, stroke) = {
            let l = look.borrow();
            (l.space, l.divider.map_or(0.0, |d| self.px(d.stroke_width)))
        };
        if let Some(e) = self.engine() {
            if let Some(lane) = e.layout.borrow_mut().as_lane() {
                lane.set_space(space.max(stroke));
            }
            e.pass();
        }
    }

    /// `space`: the gap between items.
    pub fn space(self, v: impl Into<Length>) -> Self {
        let v = self.px(v.into());
        self.look(|l| l.space = v);
        self
    }

    /// `listDirection`: vertical (the default) or horizontal.
    pub fn list_direction(self, axis: Axis) -> Self {
        let vertical = axis == Axis::Vertical;
        self.0.set_layout(|a| {
            a.direction = if vertical {
                FlexDirection::Column
            } else {
                FlexDirection::Row
            }
        });
        if let Some(e) = self.engine() {
            if let Some(l) = e.layout.borrow_mut().as_lane() {
                l.set_vertical(vertical);
            }
            e.set_vertical(vertical);
        }
        self
    }

    fn lane(self, f: impl FnOnce(&mut LaneLayout)) {
        if let Some(e) = self.engine() {
            if let Some(l) = e.layout.borrow_mut().as_lane() {
                f(l);
            }
            e.pass();
        }
    }

    /// `lanes`: items side by side in this many lanes (or as many as fit at a minimum width,
    /// [`ListLanes::Constrain`]), with `gutter` between lanes. A `ListItemGroup` takes a
    /// whole line and lays its own items in the same lanes.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, Length};
    /// use arkui_widgets::{List, ListItem};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let list = List::new().lanes(2, Length::Px(10.0)).space(5.0).width(210.0).height(200.0);
    ///     for i in 0..5 {
    ///         list.child(ListItem::new().height(30.0).id(format!("i{i}")));
    ///     }
    ///     list
    /// });
    /// app.frame();
    /// let r = |app: &mut App, id: &str| app.find_by_id(id).unwrap().rect().unwrap();
    /// let (i0, i1, i2) = (r(&mut app, "i0"), r(&mut app, "i1"), r(&mut app, "i2"));
    /// assert_eq!((i0.width, i1.x - i0.x, i1.y), (100.0, 110.0, i0.y));
    /// assert_eq!(i2.y - i0.y, 35.0);
    /// ```
    pub fn lanes(self, lanes: impl Into<ListLanes>, gutter: impl Into<Length>) -> Self {
        let (lanes, gutter) = (lanes.into(), self.px(gutter.into()));
        self.0.set_inspector_attr("lanes", format!("{lanes:?}"));
        self.lane(|l| l.set_lanes(lanes, gutter));
        self
    }

    /// `alignListItem`: where items narrower than their lane sit across it (start by
    /// default).
    pub fn align_list_item(self, align: ListItemAlign) -> Self {
        self.0
            .set_inspector_attr("alignListItem", format!("{align:?}"));
        self.lane(|l| l.set_align(align));
        self
    }

    /// `divider`: a line between items (none after the last). The gap between items
    /// becomes at least the line's thickness; the line sits in its middle.
    pub fn divider(self, d: ListDivider) -> Self {
        self.look(|l| l.divider = Some(d));
        self
    }

    /// `sticky`: pin the header (or footer) of the `ListItemGroup` at the list's edge.
    pub fn sticky(self, s: StickyStyle) -> Self {
        self.look(|l| l.sticky = s);
        self
    }

    /// `initialIndex`: the item shown first.
    pub fn initial_index(self, index: usize) -> Self {
        if let Some(e) = self.engine() {
            e.scroll_to_index(index, false);
        }
        self
    }

    /// `cachedCount`: rows kept mounted beyond each edge of the viewport (default 1).
    pub fn cached_count(self, n: usize) -> Self {
        if let Some(e) = self.engine() {
            e.cached_count.set(n.min(10_000));
            e.pass();
        }
        self
    }

    /// `onScrollIndex`: called with the first and last visible item whenever they change.
    pub fn on_scroll_index(self, f: impl Fn(usize, usize) + 'static) -> Self {
        if let Some(e) = self.engine() {
            e.set_on_scroll_index(Rc::new(f));
        }
        self
    }

    /// How far the list is scrolled, in pixels along its axis.
    pub fn offset(self) -> f32 {
        self.engine().map_or(0.0, |e| e.physics.offset())
    }

    /// The scroll bar's thumb (for tests and the inspector).
    pub fn scroll_bar_thumb(self) -> Option<NodeId> {
        self.engine().map(|e| e.bar.thumb())
    }
}

/// Dividers between consecutive placed items, and sticky group parts.
fn decorate(look: &Rc<RefCell<ListLook>>, e: &Engine, placed: &[Placed], viewport: (f32, f32)) {
    let vertical = e.vertical.get();
    let (main_len, cross) = if vertical {
        (viewport.1, viewport.0)
    } else {
        (viewport.0, viewport.1)
    };
    let mut look = look.borrow_mut();
    let offset = e.physics.offset();
    if (offset - look.last_offset).abs() > 0.5 {
        look.last_offset = offset;
        crate::swipe_action::close_open_item(e.node);
    }
    let px = |l: Length| crate::length_px::px(l, e.density, cross);
    let mut used = 0;
    if let Some(d) = look.divider {
        let stroke = px(d.stroke_width);
        let (start, end) = (px(d.start_margin), px(d.end_margin));
        let gap = e.layout.borrow().gap();
        for pair in placed.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if b.index != a.index + 1 || a.main_size <= 0.0 || stroke <= 0.0 {
                continue;
            }
            let at = a.main + a.main_size + (gap - stroke) / 2.0;
            if at + stroke < 0.0 || at > main_len {
                continue;
            }
            if used == look.pool.len() {
                let n = NodeId::create("ListDivider", NodeKind::Leaf);
                n.hit_test_behavior(arkui_core::HitTestMode::None);
                if let Some(h) = look.holder {
                    h.append(n);
                }
                look.pool.push(n);
            }
            let n = look.pool[used];
            used += 1;
            let r = |v: f32| Length::Px(v.round());
            let len = (cross - start - end).max(0.0);
            n.set_visual(|v| v.background_color = d.color);
            n.set_layout(|a| {
                a.visibility = Visibility::Visible;
                if vertical {
                    a.positioning = Positioning::Absolute {
                        x: r(start),
                        y: r(at),
                    };
                    a.width = r(len);
                    a.height = r(stroke.max(1.0));
                } else {
                    a.positioning = Positioning::Absolute {
                        x: r(at),
                        y: r(start),
                    };
                    a.width = r(stroke.max(1.0));
                    a.height = r(len);
                }
            });
        }
    }
    for n in &look.pool[used..] {
        n.set_layout(|a| a.visibility = Visibility::None);
    }
    let lanes = {
        let mut layout = e.layout.borrow_mut();
        layout.as_lane().map_or((1, 0.0, 0.0), |l| {
            (l.lane_count(), l.item_width(), l.gutter())
        })
    };
    for p in placed {
        if group_parts(p.node).is_some() {
            crate::list_item::lay_group_in_lanes(p.node, lanes, vertical);
        }
        crate::list_item::place_group_dividers(p.node, e.density, vertical);
    }
    if look.sticky == StickyStyle::None {
        return;
    }
    let (pin_header, pin_footer) = match look.sticky {
        StickyStyle::None => (false, false),
        StickyStyle::Header => (true, false),
        StickyStyle::Footer => (false, true),
        StickyStyle::Both => (true, true),
    };
    for p in placed {
        let Some(parts) = group_parts(p.node) else {
            continue;
        };
        let len = |n: Option<NodeId>| {
            n.and_then(NodeId::rect)
                .map_or(0.0, |r| if vertical { r.height } else { r.width })
        };
        let (h, f) = sticky_shift(
            p.main,
            p.main_size,
            len(parts.header),
            len(parts.footer),
            main_len,
        );
        let shift = |n: Option<NodeId>, by: f32| {
            if let Some(n) = n {
                let by = Length::Px(by.round());
                n.set_layout(|a| {
                    a.positioning = if vertical {
                        Positioning::Offset {
                            x: Length::Px(0.0),
                            y: by,
                        }
                    } else {
                        Positioning::Offset {
                            x: by,
                            y: Length::Px(0.0),
                        }
                    }
                });
            }
        };
        if pin_header {
            shift(parts.header, h);
        }
        if pin_footer {
            shift(parts.footer, f);
        }
    }
}
