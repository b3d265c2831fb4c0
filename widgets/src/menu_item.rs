//! `Menu`, `MenuItem` and `MenuItemGroup`: a menu built as components, ArkUI's own, for
//! `bind_menu` with a builder or for a page. An item has a start icon, its text, a label
//! (a shortcut, a count), an end icon, a check mark when selected, and an arrow when it
//! opens a submenu.

use std::rc::Rc;

use arkui_core::{
    CommonAttribute, Edges, Effect, Element, FlexAlign, FlexDirection, FontWeight, ImageSource,
    ItemAlign, LengthExt, NodeId, NodeKind, ShadowStyle, State, VisualAttribute, Widget, pct,
    untrack,
};

use crate::menu::{MenuLink, open_submenu};
use crate::text::Text;
use crate::theme::ThemedColor;
use crate::{Divider, Image};

/// ArkUI's menu item height, vp.
const ITEM_VP: f32 = 48.0;
/// ArkUI's menu width (two grid columns), vp.
const MENU_WIDTH_VP: f32 = 160.0;
/// Icon size, vp.
const ICON_VP: f32 = 24.0;

/// Builds a submenu's content when its item is picked.
pub type SubmenuBuilder = Rc<dyn Fn() -> NodeId>;

/// What a [`MenuItem`] shows, ArkUI's `MenuItemOptions`.
#[derive(Clone, Default)]
pub struct MenuItemOptions {
    /// An icon before the text.
    pub start_icon: Option<ImageSource>,
    /// The text.
    pub content: String,
    /// An icon after the label.
    pub end_icon: Option<ImageSource>,
    /// A short secondary text at the end (a shortcut, a count).
    pub label_info: Option<String>,
    /// A submenu opened beside the menu when the item is picked (an arrow marks it).
    pub builder: Option<SubmenuBuilder>,
}

impl std::fmt::Debug for MenuItemOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MenuItemOptions")
            .field("content", &self.content)
            .field("label_info", &self.label_info)
            .field("submenu", &self.builder.is_some())
            .finish_non_exhaustive()
    }
}

impl MenuItemOptions {
    /// An item reading `content`.
    pub fn new(content: impl Into<String>) -> MenuItemOptions {
        MenuItemOptions {
            content: content.into(),
            ..MenuItemOptions::default()
        }
    }

    /// With an icon before the text.
    pub fn start_icon(mut self, icon: impl Into<ImageSource>) -> Self {
        self.start_icon = Some(icon.into());
        self
    }

    /// With an icon at the end.
    pub fn end_icon(mut self, icon: impl Into<ImageSource>) -> Self {
        self.end_icon = Some(icon.into());
        self
    }

    /// With a secondary label at the end.
    pub fn label_info(mut self, label: impl Into<String>) -> Self {
        self.label_info = Some(label.into());
        self
    }

    /// Opening the submenu `build` makes.
    pub fn submenu<V: arkui_core::View>(mut self, build: impl Fn() -> V + 'static) -> Self {
        self.builder = Some(Rc::new(move || build().into_node()));
        self
    }
}

/// A list of [`MenuItem`]s and [`MenuItemGroup`]s on a card, ArkUI's `Menu`: 160 vp wide,
/// rounded, with the theme's card colour and a medium shadow.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Menu, MenuItem, MenuItemOptions};
/// let mut app = App::with_view(DeviceProfile::phone(), || {
///     Menu::new()
///         .child(MenuItem::with_options(MenuItemOptions::new("Copy").label_info("Ctrl+C")).id("copy"))
///         .child(MenuItem::new("Paste").id("paste"))
///         .id("m")
/// });
/// let m = arkui_core::inspector_rect(&app.inspector_by_id("m").unwrap()).unwrap();
/// let copy = arkui_core::inspector_rect(&app.inspector_by_id("copy").unwrap()).unwrap();
/// let d = app.profile().density; // the inspector's rects are in pixels
/// assert_eq!((m.width / d, copy.height / d), (160.0, 48.0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Menu(NodeId);

impl Widget for Menu {
    fn node(self) -> NodeId {
        self.0
    }
}

impl Element<()> for Menu {
    fn create(_: ()) -> Menu {
        let n = NodeId::create("Menu", NodeKind::Flex);
        n.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Stretch;
        });
        let n = n
            .width(MENU_WIDTH_VP.vp())
            .padding(4.vp())
            .border_radius(20.vp())
            .shadow(ShadowStyle::OuterDefaultMd);
        let card = ThemedColor::new(|t| t.background_primary);
        Effect::new(move || {
            let c = card.get();
            untrack(|| n.set_visual(|v| v.background_color = c));
        });
        Menu(n)
    }

    fn update(self, _: ()) {}
}

impl Default for Menu {
    fn default() -> Self {
        Menu::new()
    }
}

impl Menu {
    /// An empty menu.
    pub fn new() -> Menu {
        Menu::create(())
    }

    /// Append an item or a group.
    pub fn child(self, child: impl arkui_core::View) -> Self {
        self.0.append(child.into_node());
        self
    }
}

type ChangeHandler = State<Option<Rc<dyn Fn(bool)>>>;

/// One entry of a [`Menu`], ArkUI's `MenuItem`: 48 vp tall, its text at 16fp with an
/// optional start icon, label and end icon. Picking it toggles `selected` (reported by
/// `on_change`), runs its click handler and closes the menu it was opened in; an item with
/// a submenu opens it beside the menu instead. With `select_icon(true)` a selected item
/// shows a check mark before its text.
///
/// ```
/// use std::cell::Cell;
/// use std::rc::Rc;
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Menu, MenuItem};
/// let on = Rc::new(Cell::new(false));
/// let o = on.clone();
/// let mut app = App::with_view(DeviceProfile::phone(), move || {
///     Menu::new().child(MenuItem::new("Wrap lines").select_icon(true).on_change(move |s| o.set(s)).id("wrap"))
/// });
/// app.click_id("wrap").unwrap();
/// assert!(on.get());
/// assert_eq!(app.inspector_by_id("wrap").unwrap()["$attrs"]["selected"], "true");
/// ```
#[derive(Clone, Copy)]
pub struct MenuItem {
    node: NodeId,
    mark: NodeId,
    selected: State<bool>,
    select_icon: State<bool>,
    on_change: ChangeHandler,
    on_click: ClickHandler,
}

type ClickHandler = State<Option<Rc<dyn Fn(&arkui_core::ClickEvent)>>>;

impl std::fmt::Debug for MenuItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MenuItem")
            .field("node", &self.node)
            .finish_non_exhaustive()
    }
}

impl Widget for MenuItem {
    fn node(self) -> NodeId {
        self.node
    }
}

impl Element<(String,)> for MenuItem {
    fn create((content,): (String,)) -> MenuItem {
        MenuItem::with_options(MenuItemOptions::new(content))
    }

    fn update(self, _: (String,)) {}
}

impl Element<(MenuItemOptions,)> for MenuItem {
    fn create((options,): (MenuItemOptions,)) -> MenuItem {
        MenuItem::with_options(options)
    }

    fn update(self, _: (MenuItemOptions,)) {}
}

/// An icon of an item.
fn icon(src: ImageSource) -> NodeId {
    Image::new(src)
        .width(ICON_VP.vp())
        .height(ICON_VP.vp())
        .flex_shrink(0.0)
        .node()
}

impl MenuItem {
    /// An item reading `content`.
    pub fn new(content: impl Into<String>) -> MenuItem {
        MenuItem::with_options(MenuItemOptions::new(content))
    }

    /// An item with icons, a label or a submenu.
    pub fn with_options(options: MenuItemOptions) -> MenuItem {
        let node = NodeId::create("MenuItem", NodeKind::Flex);
        node.set_layout(|a| {
            a.direction = FlexDirection::Row;
            a.align_items = ItemAlign::Center;
            a.space = 8.vp();
            a.padding = Edges::symmetric(12.vp(), 0.vp());
            a.flex_shrink = Some(0.0);
        });
        let node = node
            .width(pct(100.0))
            .height(ITEM_VP.vp())
            .border_radius(12.vp());
        let ink = ThemedColor::new(|t| t.font_primary);
        let secondary = ThemedColor::new(|t| t.font_secondary);
        let mark = Text::new("\u{2713}").font_size(16.fp()).node();
        mark.set_layout(|a| a.visibility = arkui_core::Visibility::None);
        node.append(mark);
        if let Some(src) = options.start_icon {
            node.append(icon(src));
        }
        let content = Text::new(options.content.clone())
            .font_size(16.fp())
            .font_weight(FontWeight::Medium)
            .max_lines(1)
            .text_overflow(arkui_core::TextOverflow::Ellipsis)
            .flex_grow(1.0)
            .flex_shrink(1.0)
            .node();
        node.append(content);
        let label = options
            .label_info
            .map(|l| Text::new(l).font_size(14.fp()).flex_shrink(0.0).node());
        if let Some(l) = label {
            node.append(l);
        }
        if let Some(src) = options.end_icon {
            node.append(icon(src));
        }
        let arrow = options
            .builder
            .is_some()
            .then(|| Text::new("\u{203A}").font_size(16.fp()).node());
        if let Some(a) = arrow {
            node.append(a);
        }
        let item = MenuItem {
            node,
            mark,
            selected: State::new(false),
            select_icon: State::new(false),
            on_change: State::new(None),
            on_click: State::new(None),
        };
        Effect::new(move || {
            let (ink, secondary) = (ink.get(), secondary.get());
            let shown = item.selected.get() && item.select_icon.get();
            untrack(|| {
                for t in [Some(mark), Some(content), arrow].into_iter().flatten() {
                    t.set_text(|t| t.font_color = ink);
                }
                if let Some(l) = label {
                    l.set_text(|t| t.font_color = secondary);
                }
                let v = if shown {
                    arkui_core::Visibility::Visible
                } else {
                    arkui_core::Visibility::None
                };
                item.mark.set_layout(|a| a.visibility = v);
                item.node
                    .set_inspector_attr("selected", item.selected.get().to_string());
                crate::control::set_selected(item.node, item.selected.get());
            });
        });
        item.node.set_inspector_attr("content", options.content);
        let link = MenuLink::current();
        let submenu = options.builder;
        node.set_on_click(move |e| {
            if let Some(f) = untrack(|| item.on_click.get()) {
                f(e);
            }
            if let Some(build) = &submenu {
                open_submenu(node, link.clone(), build.clone());
                return;
            }
            let now = !untrack(|| item.selected.get());
            item.selected.set(now);
            if let Some(f) = untrack(|| item.on_change.get()) {
                f(now);
            }
            if let Some(l) = &link {
                l.close_all();
            }
        });
        item
    }

    /// `selected`: whether the item is selected (toggled by picking it).
    pub fn selected(self, on: bool) -> Self {
        self.selected.set(on);
        self
    }

    /// `selectIcon`: show a check mark before a selected item's text.
    pub fn select_icon(self, on: bool) -> Self {
        self.select_icon.set(on);
        self
    }

    /// `onClick`: the item was picked (before its menu closes).
    pub fn on_click(self, f: impl Fn(&arkui_core::ClickEvent) + 'static) -> Self {
        self.on_click.set(Some(Rc::new(f)));
        self
    }

    /// `onChange`: the item was picked; called with its new selected state.
    pub fn on_change(self, f: impl Fn(bool) + 'static) -> Self {
        self.on_change.set(Some(Rc::new(f)));
        self
    }
}

/// A titled group of [`MenuItem`]s, ArkUI's `MenuItemGroup`: a header above them, a footer
/// below, and a divider after the group.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Menu, MenuItem, MenuItemGroup};
/// let mut app = App::with_view(DeviceProfile::phone(), || {
///     Menu::new().child(MenuItemGroup::new(Some("Edit"), None).child(MenuItem::new("Undo")).id("g"))
/// });
/// let g = app.inspector_by_id("g").unwrap();
/// assert_eq!(g["$children"][0]["$attrs"]["content"], "Edit");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MenuItemGroup {
    node: NodeId,
    items: NodeId,
}

impl Widget for MenuItemGroup {
    fn node(self) -> NodeId {
        self.node
    }

    fn set_children(self, build: Box<dyn FnOnce(NodeId)>) {
        build(self.items);
    }
}

impl Element<(Option<String>, Option<String>)> for MenuItemGroup {
    fn create((header, footer): (Option<String>, Option<String>)) -> MenuItemGroup {
        MenuItemGroup::new(header.as_deref(), footer.as_deref())
    }

    fn update(self, _: (Option<String>, Option<String>)) {}
}

impl MenuItemGroup {
    /// A group under `header` with `footer` after its items (either may be absent).
    pub fn new(header: Option<&str>, footer: Option<&str>) -> MenuItemGroup {
        let node = NodeId::create("MenuItemGroup", NodeKind::Flex);
        node.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Stretch;
        });
        let caption = |s: &str| {
            let t = Text::new(s).font_size(14.fp()).node();
            let secondary = ThemedColor::new(|t| t.font_secondary);
            Effect::new(move || {
                let c = secondary.get();
                untrack(|| t.set_text(|t| t.font_color = c));
            });
            t.set_layout(|a| a.padding = Edges::symmetric(12.vp(), 8.vp()));
            t
        };
        if let Some(h) = header {
            node.append(caption(h));
        }
        let items = NodeId::create("MenuItemGroupItems", NodeKind::Flex);
        items.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Stretch;
            a.justify_content = FlexAlign::Start;
        });
        node.append(items);
        if let Some(f) = footer {
            node.append(caption(f));
        }
        node.append(Divider::new().node());
        MenuItemGroup { node, items }
    }

    /// Append an item.
    pub fn child(self, child: impl arkui_core::View) -> Self {
        self.items.append(child.into_node());
        self
    }
}
