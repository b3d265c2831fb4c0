//! The bars a `Navigation` draws: its home title bar in ArkUI's three title modes, a
//! destination's title bar with the back button, menu buttons (with a "more" menu past
//! the ones that fit) and the tool bar.

use arkui_core::{
    CommonAttribute, FlexAlign, FontWeight, LengthExt, NodeId, VerticalAlign, Widget, pct,
};

use std::rc::Rc;

use crate::containers::{Blank, Column, Row};
use crate::image::Image;
use crate::menu::{BindMenu, MenuElement};
use crate::nav_destination::NavigationMenuItem;
use crate::nav_title_free::{FreeTitle, free_title_bar};
use crate::text::Text;

/// How a `Navigation` shows its home title, ArkUI's `NavigationTitleMode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum NavigationTitleMode {
    /// ArkUI's default: a large title that shrinks to the mini bar as the home page's
    /// scrolling content is scrolled up, and grows back when it is pulled down at its top.
    #[default]
    Free,
    /// A large title under the menu row: 112 vp, the title at 30 fp.
    Full,
    /// One 56 vp row, the title at 20 fp.
    Mini,
}

/// Title-bar menu items shown before the rest go into the "more" menu (a phone's portrait
/// title bar holds three).
const MENU_SLOTS: usize = 3;
/// Tool bar items shown before the rest go into the "more" menu.
const TOOLBAR_SLOTS: usize = 5;

/// The buttons for `items`, ids `{prefix}-menu-{i}`; past `slots`, the last slot is a
/// "more" button (`{prefix}-menu-more`) listing the rest.
pub(crate) fn menu_buttons(items: &[NavigationMenuItem], prefix: &str) -> Row {
    let row = Row::new().align_items(VerticalAlign::Center);
    let shown = if items.len() > MENU_SLOTS {
        MENU_SLOTS - 1
    } else {
        items.len()
    };
    for (i, item) in items.iter().take(shown).enumerate() {
        let action = item.action.clone();
        let face = match &item.icon {
            Some(src) => Image::new(src.clone())
                .width(24.vp())
                .height(24.vp())
                .node(),
            None => Text::new(item.value.clone()).font_size(16.fp()).node(),
        };
        row.node().append(
            Column::new()
                .child(face)
                .padding(8.vp())
                .justify_content(FlexAlign::Center)
                .on_click(move |_| action())
                .id(format!("{prefix}-menu-{i}"))
                .node(),
        );
    }
    if shown < items.len() {
        row.node()
            .append(more_button(&items[shown..], &format!("{prefix}-menu-more")));
    }
    row
}

fn more_button(rest: &[NavigationMenuItem], id: &str) -> NodeId {
    let entries: Vec<MenuElement> = rest
        .iter()
        .map(|item| {
            let action = item.action.clone();
            MenuElement::new(item.value.clone(), move || action())
        })
        .collect();
    Column::new()
        .child(Text::new("⋮").font_size(20.fp()))
        .padding(8.vp())
        .id(id)
        .bind_menu(entries)
        .node()
}

/// The home title bar: `title` (id `nav-title`) and `menus` in `mode`; in `Free` mode, also
/// the nested-scroll parent that collapses it.
pub(crate) fn home_title_bar(
    title: NodeId,
    mode: NavigationTitleMode,
    menus: &[NavigationMenuItem],
) -> (NodeId, Option<Rc<FreeTitle>>) {
    let menus = menu_buttons(menus, "nav");
    let bar = match mode {
        NavigationTitleMode::Free => {
            let free = free_title_bar(title, menus);
            return (free.node(), Some(free));
        }
        NavigationTitleMode::Mini => {
            title.set_text(|t| t.font_size = 20.fp());
            Row::new()
                .child(title)
                .child(Blank::new())
                .child(menus)
                .align_items(VerticalAlign::Center)
                .padding(arkui_core::Edges::symmetric(16.vp(), 0.vp()))
                .height(56.vp())
                .width(pct(100.0))
                .id("nav-title-bar")
                .node()
        }
        NavigationTitleMode::Full => {
            title.set_text(|t| t.font_size = 30.fp());
            Column::new()
                .child(
                    Row::new()
                        .child(Blank::new())
                        .child(menus)
                        .height(56.vp())
                        .width(pct(100.0)),
                )
                .child(title)
                .padding(arkui_core::Edges::symmetric(16.vp(), 0.vp()))
                .align_items(arkui_core::HorizontalAlign::Start)
                .height(112.vp())
                .width(pct(100.0))
                .id("nav-title-bar")
                .node()
        }
    };
    (bar, None)
}

/// A destination's title bar: the back button (id `nav-back`) unless hidden, the title
/// (id `nav-destination-title`), its menus.
pub(crate) fn destination_title_bar(
    title: String,
    hide_back: bool,
    menus: &[NavigationMenuItem],
    back: impl Fn() + 'static,
) -> NodeId {
    let bar = Row::new()
        .align_items(VerticalAlign::Center)
        .space(8.vp())
        .padding(arkui_core::Edges::symmetric(8.vp(), 0.vp()))
        .height(56.vp())
        .width(pct(100.0));
    if !hide_back {
        bar.node().append(
            Column::new()
                .child(Text::new("←").font_size(24.fp()))
                .padding(8.vp())
                .on_click(move |_| back())
                .id("nav-back")
                .node(),
        );
    }
    bar.node().append(
        Text::new(title)
            .font_size(20.fp())
            .font_weight(FontWeight::Bold)
            .max_lines(1)
            .id("nav-destination-title")
            .node(),
    );
    bar.node().append(Blank::new().node());
    bar.node()
        .append(menu_buttons(menus, "nav-destination").node());
    bar.node()
}

/// The tool bar: items evenly spread (icon over label), ids `nav-toolbar-item-{i}`; past
/// five, the last slot is a "more" button listing the rest.
pub(crate) fn toolbar(items: &[NavigationMenuItem]) -> NodeId {
    let bar = Row::new()
        .justify_content(FlexAlign::SpaceAround)
        .align_items(VerticalAlign::Center)
        .height(56.vp())
        .width(pct(100.0))
        .id("nav-toolbar");
    let shown = if items.len() > TOOLBAR_SLOTS {
        TOOLBAR_SLOTS - 1
    } else {
        items.len()
    };
    for (i, item) in items.iter().take(shown).enumerate() {
        let action = item.action.clone();
        let cell = Column::new()
            .justify_content(FlexAlign::Center)
            .flex_grow(1.0)
            .flex_basis(0.vp())
            .height(pct(100.0))
            .on_click(move |_| action())
            .id(format!("nav-toolbar-item-{i}"));
        if let Some(src) = &item.icon {
            cell.node().append(
                Image::new(src.clone())
                    .width(24.vp())
                    .height(24.vp())
                    .node(),
            );
        }
        cell.node()
            .append(Text::new(item.value.clone()).font_size(10.fp()).node());
        bar.node().append(cell.node());
    }
    if shown < items.len() {
        bar.node()
            .append(more_button(&items[shown..], "nav-toolbar-more"));
    }
    bar.node()
}
