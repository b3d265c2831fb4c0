//! `bind_menu` and `bind_context_menu`: a menu opened from a component by a click or a long
//! press, ArkUI's `bindMenu` / `bindContextMenu`, from a list of [`MenuElement`]s or from a
//! builder of [`crate::Menu`] components.
//!
//! The menu opens below the component (above it when there is no room), on the overlay
//! layer: a tap outside closes it, Back closes it, and focus stays inside it, so arrows move
//! between items and Enter picks one. A submenu opens beside its menu; picking an item
//! closes every menu of the chain.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use arkui_core::{
    Color, CommonAttribute, Gesture, Length, NodeId, Overlay, OverlayManager, OverlayOptions, View,
    Widget, consume, observe_layout, provide, untrack,
};

use crate::menu_item::{Menu, MenuItem};
use crate::popup::density;

/// One entry of a menu given as a list, ArkUI's `MenuElement` (`{ value, action }`).
#[derive(Clone)]
pub struct MenuElement {
    value: String,
    action: Rc<dyn Fn()>,
    enabled: bool,
}

impl std::fmt::Debug for MenuElement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MenuElement")
            .field("value", &self.value)
            .field("enabled", &self.enabled)
            .finish_non_exhaustive()
    }
}

impl MenuElement {
    /// An entry labelled `value` running `action` when picked.
    ///
    /// ```
    /// use arkui_widgets::MenuElement;
    /// let item = MenuElement::new("Copy", || {}).enabled(false);
    /// assert_eq!(item.value(), "Copy");
    /// ```
    pub fn new(value: impl Into<String>, action: impl Fn() + 'static) -> MenuElement {
        MenuElement {
            value: value.into(),
            action: Rc::new(action),
            enabled: true,
        }
    }

    /// `enabled`: a disabled entry is greyed and cannot be picked.
    pub fn enabled(mut self, on: bool) -> Self {
        self.enabled = on;
        self
    }

    /// The label.
    pub fn value(&self) -> &str {
        &self.value
    }
}

/// What opens a context menu, ArkUI's `ResponseType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ResponseType {
    /// A long press (touch).
    #[default]
    LongPress,
    /// A secondary click; on this platform-neutral core, a long press as well.
    RightClick,
}

/// What `bind_menu` shows: a list of entries, or a builder of a [`Menu`] (ArkUI's
/// `Array<MenuElement> | CustomBuilder`).
#[derive(Clone)]
pub struct MenuContent(Rc<dyn Fn() -> NodeId>);

impl std::fmt::Debug for MenuContent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MenuContent")
    }
}

impl From<Vec<MenuElement>> for MenuContent {
    fn from(elements: Vec<MenuElement>) -> MenuContent {
        MenuContent(Rc::new(move || {
            let menu = Menu::new().id("menu");
            for (i, e) in elements.iter().enumerate() {
                let action = e.action.clone();
                let item = MenuItem::new(e.value.clone())
                    .on_click(move |_| action())
                    .id(format!("menu-item-{i}"));
                if !e.enabled {
                    item.enabled(false).opacity(0.4);
                }
                menu.child(item);
            }
            menu.node()
        }))
    }
}

impl MenuContent {
    /// A menu made by `build` (a [`Menu`] of [`MenuItem`]s), built each time it opens.
    pub fn builder<V: View>(build: impl Fn() -> V + 'static) -> MenuContent {
        MenuContent(Rc::new(move || build().into_node()))
    }
}

/// The menus open in one chain (a menu and the submenus opened from it): picking an item
/// closes them all.
#[derive(Clone)]
pub(crate) struct MenuLink(Rc<LinkInner>);

struct LinkInner {
    overlay: Cell<Option<Overlay>>,
    parent: Option<MenuLink>,
    child: RefCell<Option<MenuLink>>,
}

const LINK: &str = "__arkui_menu_link";

impl MenuLink {
    fn new(parent: Option<MenuLink>) -> MenuLink {
        let link = MenuLink(Rc::new(LinkInner {
            overlay: Cell::new(None),
            parent: parent.clone(),
            child: RefCell::new(None),
        }));
        if let Some(p) = parent {
            // One submenu at a time: a new one replaces the last.
            if let Some(old) = p.0.child.replace(Some(link.clone())) {
                old.close_down();
            }
        }
        link
    }

    /// The chain of the menu being built, if this code builds one.
    pub(crate) fn current() -> Option<MenuLink> {
        consume::<MenuLink>(Some(LINK)).map(|s| untrack(|| s.get()))
    }

    /// Close this menu and the submenus opened from it.
    fn close_down(&self) {
        if let Some(c) = self.0.child.take() {
            c.close_down();
        }
        if let Some(o) = self.0.overlay.take() {
            o.close();
        }
    }

    /// Close every menu of the chain.
    pub(crate) fn close_all(&self) {
        let mut root = self.clone();
        while let Some(p) = root.0.parent.clone() {
            root = p;
        }
        root.close_down();
    }
}

/// Where a menu goes relative to what opened it.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    /// Under the anchor (above it when there is no room below).
    Below,
    /// Beside the anchor's menu (on the other side when there is no room).
    Beside,
}

/// `bindMenu` / `bindContextMenu` on every component.
pub trait BindMenu: Widget {
    /// Open a menu below this component when it is clicked: a list of [`MenuElement`]s (the
    /// menu has id `menu`, its items `menu-item-0`, `menu-item-1`...) or a
    /// [`MenuContent::builder`].
    ///
    /// ```
    /// use std::cell::Cell;
    /// use std::rc::Rc;
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, Key};
    /// use arkui_widgets::{BindMenu, Button, Column, MenuElement};
    /// let picked = Rc::new(Cell::new(0));
    /// let (a, b) = (picked.clone(), picked.clone());
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     Column::new().child(Button::new("More").id("more").bind_menu(vec![
    ///         MenuElement::new("Copy", move || a.set(1)),
    ///         MenuElement::new("Paste", move || b.set(2)),
    ///     ]))
    /// });
    /// app.click_id("more").unwrap();
    /// app.press_key(Key::Down); // focus moves into the menu...
    /// app.press_key(Key::Enter); // ...and Enter picks the focused item
    /// assert_ne!(picked.get(), 0);
    /// assert!(app.find_by_id("menu").is_none(), "picking closes the menu");
    /// ```
    fn bind_menu(self, content: impl Into<MenuContent>) -> Self {
        let anchor = self.node();
        let manager = OverlayManager::current();
        let content = content.into();
        self.node().set_on_click(move |_| {
            if let Some(m) = manager.or_else(OverlayManager::current) {
                open_menu(m, anchor, content.0.clone(), None, Place::Below);
            }
        });
        self
    }

    /// Open a menu on a long press (`bindContextMenu`).
    fn bind_context_menu(self, content: impl Into<MenuContent>, response: ResponseType) -> Self {
        let _ = response;
        let anchor = self.node();
        let manager = OverlayManager::current();
        let content = content.into();
        self.gesture(Gesture::long_press().on_action(move |_| {
            if let Some(m) = manager.or_else(OverlayManager::current) {
                open_menu(m, anchor, content.0.clone(), None, Place::Below);
            }
        }))
    }
}

impl<W: Widget> BindMenu for W {}

/// Open `content` below `anchor` now (a text's selection menu).
pub(crate) fn open_menu_below(anchor: NodeId, content: MenuContent) {
    if let Some(m) = OverlayManager::current() {
        open_menu(m, anchor, content.0, None, Place::Below);
    }
}

/// Open the submenu `build` makes beside `item`'s menu.
pub(crate) fn open_submenu(item: NodeId, parent: Option<MenuLink>, build: Rc<dyn Fn() -> NodeId>) {
    if let Some(m) = OverlayManager::current() {
        open_menu(m, item, build, parent, Place::Beside);
    }
}

fn open_menu(
    manager: OverlayManager,
    anchor: NodeId,
    build: Rc<dyn Fn() -> NodeId>,
    parent: Option<MenuLink>,
    place: Place,
) -> Overlay {
    let o = OverlayOptions::modal()
        .mask_color(Color::TRANSPARENT)
        .alignment(arkui_core::Alignment::TopStart);
    let link = MenuLink::new(parent);
    let l = link.clone();
    let overlay = manager.open(o, move || {
        provide(Some(LINK), l.clone());
        let menu = build();
        // Taps on the card between items do not fall through to the mask.
        menu.set_on_click(|_| {});
        menu.focusable(false);
        let d = density();
        let a = anchor.rect().unwrap_or_default();
        // A first guess (one 48 vp row per child); corrected once the menu is laid out.
        let guess = (menu.children().len().max(1) as f32 * 48.0 + 8.0) * d;
        let (x, y) = placed(place, a, (160.0 * d, guess), screen_size(anchor), d);
        observe_layout(menu, move || {
            let Some(r) = menu.rect() else { return };
            let a = anchor.rect().unwrap_or(a);
            let (x, y) = placed(place, a, (r.width, r.height), screen_size(anchor), d);
            if (x - r.x).abs() > 0.5 || (y - r.y).abs() > 0.5 {
                menu.position(Length::Vp(x / d), Length::Vp(y / d));
            }
        });
        menu.position(Length::Vp(x / d), Length::Vp(y / d))
    });
    link.0.overlay.set(Some(overlay));
    overlay
}

/// The top-left, px, of a menu `size` placed by `place` against `anchor` on a `screen`.
fn placed(
    place: Place,
    anchor: arkui_core::Rect,
    size: (f32, f32),
    screen: (f32, f32),
    d: f32,
) -> (f32, f32) {
    let (w, h) = size;
    let (sw, sh) = screen;
    let gap = 4.0 * d;
    let (x, y) = match place {
        Place::Below => {
            let below = anchor.y + anchor.height + gap;
            let y = if below + h > sh && anchor.y - h - gap >= 0.0 {
                anchor.y - h - gap
            } else {
                below
            };
            (anchor.x, y)
        }
        Place::Beside => {
            let right = anchor.x + anchor.width + gap;
            let x = if right + w > sw && anchor.x - w - gap >= 0.0 {
                anchor.x - w - gap
            } else {
                right
            };
            (x, anchor.y.min(sh - h))
        }
    };
    (x.min(sw - w).max(0.0), y.max(0.0))
}

/// The size of the app's root box (the screen) in pixels, from `node` upwards.
pub(crate) fn screen_size(node: NodeId) -> (f32, f32) {
    let mut at = node;
    while let Some(p) = at.parent() {
        at = p;
    }
    at.rect()
        .map_or((f32::MAX, f32::MAX), |r| (r.width, r.height))
}
