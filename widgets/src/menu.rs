//! `bind_menu` and `bind_context_menu`: a list of actions opened from a component by a
//! click or a long press, ArkUI's `bindMenu` / `bindContextMenu`.
//!
//! The menu opens below the component (above it when there is no room), on the overlay
//! layer: a tap outside closes it, Back closes it, and focus stays inside it, so arrows move
//! between items and Enter picks one.

use std::rc::Rc;

use arkui_core::{
    Color, CommonAttribute, FontWeight, Gesture, Length, LengthExt, NodeId, Overlay,
    OverlayManager, OverlayOptions, Widget, pct, untrack,
};

use crate::containers::Column;
use crate::popup::density;
use crate::text::Text;
use crate::theme::theme;

/// One entry of a menu, ArkUI's `MenuElement` (`{ value, action }`).
#[derive(Clone)]
pub struct MenuItem {
    value: String,
    action: Rc<dyn Fn()>,
    enabled: bool,
}

impl std::fmt::Debug for MenuItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MenuItem")
            .field("value", &self.value)
            .field("enabled", &self.enabled)
            .finish_non_exhaustive()
    }
}

impl MenuItem {
    /// An item labelled `value` running `action` when picked.
    ///
    /// ```
    /// use arkui_widgets::MenuItem;
    /// let item = MenuItem::new("Copy", || {}).enabled(false);
    /// assert_eq!(item.value(), "Copy");
    /// ```
    pub fn new(value: impl Into<String>, action: impl Fn() + 'static) -> MenuItem {
        MenuItem {
            value: value.into(),
            action: Rc::new(action),
            enabled: true,
        }
    }

    /// `enabled`: a disabled item is greyed and cannot be picked.
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

/// Menu item height, ArkUI's 48 vp (40 on small screens would be too tight for fingers).
const ITEM_HEIGHT: f32 = 40.0;

/// `bindMenu` / `bindContextMenu` on every component.
pub trait BindMenu: Widget {
    /// Open `items` below this component when it is clicked. Items have ids `menu-item-0`,
    /// `menu-item-1`...; the menu itself `menu`.
    ///
    /// ```
    /// use std::cell::Cell;
    /// use std::rc::Rc;
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, Key};
    /// use arkui_widgets::{BindMenu, Button, Column, MenuItem};
    /// let picked = Rc::new(Cell::new(0));
    /// let (a, b) = (picked.clone(), picked.clone());
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     Column::new().child(Button::new("More").id("more").bind_menu(vec![
    ///         MenuItem::new("Copy", move || a.set(1)),
    ///         MenuItem::new("Paste", move || b.set(2)),
    ///     ]))
    /// });
    /// app.click_id("more").unwrap();
    /// app.press_key(Key::Down); // focus moves into the menu...
    /// app.press_key(Key::Enter); // ...and Enter picks the focused item
    /// assert_ne!(picked.get(), 0);
    /// assert!(app.find_by_id("menu").is_none(), "picking closes the menu");
    /// ```
    fn bind_menu(self, items: Vec<MenuItem>) -> Self {
        let anchor = self.node();
        let manager = OverlayManager::current();
        let items = Rc::new(items);
        self.node().set_on_click(move |_| {
            if let Some(m) = manager.or_else(OverlayManager::current) {
                open_menu(m, anchor, items.clone());
            }
        });
        self
    }

    /// Open `items` as a context menu on a long press (`bindContextMenu`).
    fn bind_context_menu(self, items: Vec<MenuItem>, response: ResponseType) -> Self {
        let _ = response;
        let anchor = self.node();
        let manager = OverlayManager::current();
        let items = Rc::new(items);
        self.gesture(Gesture::long_press().on_action(move |_| {
            if let Some(m) = manager.or_else(OverlayManager::current) {
                open_menu(m, anchor, items.clone());
            }
        }))
    }
}

impl<W: Widget> BindMenu for W {}

fn open_menu(manager: OverlayManager, anchor: NodeId, items: Rc<Vec<MenuItem>>) -> Overlay {
    let o = OverlayOptions::modal()
        .mask_color(Color::TRANSPARENT)
        .alignment(arkui_core::Alignment::TopStart);
    let slot: Rc<std::cell::Cell<Option<Overlay>>> = Rc::default();
    let s = slot.clone();
    let overlay = manager.open(o, move || {
        let colors = untrack(theme);
        let d = density();
        let a = anchor.rect().unwrap_or_default();
        let menu = Column::new()
            .width(160.vp())
            .padding(4.vp())
            .background_color(colors.background_primary)
            .border(1.vp(), colors.background_fourth, 12.vp())
            .on_click(|_| {})
            .focusable(false)
            .id("menu");
        for (i, item) in items.iter().enumerate() {
            let (action, s) = (item.action.clone(), s.clone());
            let row = Column::new()
                .child(
                    Text::new(item.value.clone())
                        .font_size(16.fp())
                        .font_weight(FontWeight::Regular)
                        .font_color(colors.font_primary),
                )
                .justify_content(arkui_core::FlexAlign::Center)
                .width(pct(100.0))
                .height(ITEM_HEIGHT.vp())
                .padding(arkui_core::Edges::symmetric(12.vp(), 0.vp()))
                .border_radius(8.vp())
                .on_click(move |_| {
                    if let Some(o) = s.get() {
                        o.close();
                    }
                    action();
                })
                .id(format!("menu-item-{i}"));
            if !item.enabled {
                row.enabled(false).opacity(0.4);
            }
            menu.child(row);
        }
        // Below the anchor, left-aligned with it; above when it would run off the bottom.
        let height = d * (ITEM_HEIGHT * items.len() as f32 + 10.0);
        let (screen_w, screen_h) = screen_size(anchor);
        let below = a.y + a.height + 4.0 * d;
        let y = if below + height > screen_h && a.y - height - 4.0 * d >= 0.0 {
            a.y - height - 4.0 * d
        } else {
            below
        };
        let x = a.x.min(screen_w - 164.0 * d).max(0.0);
        menu.position(Length::Vp(x / d), Length::Vp(y / d))
    });
    slot.set(Some(overlay));
    overlay
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
