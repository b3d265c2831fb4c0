//! `AlphabetIndexer`: a column of index letters beside a list. Touching or sliding along it
//! selects a letter (`on_select`, so the app scrolls its list there); with `using_popup` a
//! bubble shows the letter, and what `on_request_popup_data` returns for it, beside the
//! bar. Up and Down move the selection when it has focus (D-pad, keyboard). With
//! `auto_collapse` (on, as in ArkUI) letters that do not fit the height the bar may take
//! fold into dots (see `alphabet_collapse`).

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::{
    Color, CommonAttribute, Effect, Element, FlexAlign, FlexDirection, FontWeight, ItemAlign, Key,
    Length, Link, LinkSource, NodeId, NodeKind, Positioning, Scope, State, TouchKind, View,
    Visibility, Widget, untrack,
};

use crate::Text;
use crate::alphabet_collapse::{Item, collapse};

/// ArkUI's `IndexerAlign`: which side of the bar the popup shows on.
///
/// ```
/// assert_eq!(arkui_widgets::IndexerAlign::default(), arkui_widgets::IndexerAlign::End);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum IndexerAlign {
    /// On the bar's right (`Left`: the bar is at the screen's left).
    Left,
    /// On the bar's left.
    Right,
    /// After the bar in reading order (right of it, left to right).
    Start,
    /// Before the bar in reading order (left of it, left to right); the default.
    #[default]
    End,
}

type IndexHandler = Rc<dyn Fn(usize)>;
type PopupData = Rc<dyn Fn(usize) -> Vec<String>>;

struct Look {
    color: Color,
    selected_color: Color,
    selected_background: Color,
    popup_color: Color,
    popup_background: Color,
    item_size: f32,
    font_size: f32,
    popup_font_size: f32,
    align: IndexerAlign,
    popup_offset: Option<f32>,
    popup_position: (f32, f32),
    using_popup: bool,
    auto_collapse: bool,
}

struct Inner {
    node: NodeId,
    letters: Vec<String>,
    /// What each cell shows: every letter, or some and dots (`auto_collapse`).
    items: Vec<Item>,
    cells: Vec<(NodeId, Text)>,
    /// The scope the cells live in (disposed when they are rebuilt), and the one it hangs
    /// from.
    cells_scope: Scope,
    owner: Option<Scope>,
    /// Pixels per vp.
    density: f32,
    popup: NodeId,
    selected: Link<usize>,
    look: Look,
    on_select: Option<IndexHandler>,
    on_popup_select: Option<IndexHandler>,
    popup_data: Option<PopupData>,
    /// A touch is sliding along the bar.
    touching: bool,
}

#[derive(Clone)]
struct Slot(Rc<RefCell<Inner>>);

/// An index bar, ArkUI's `AlphabetIndexer`.
///
/// ```
/// use std::{cell::Cell, rc::Rc};
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::AlphabetIndexer;
/// let picked = Rc::new(Cell::new(None));
/// let p = picked.clone();
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     AlphabetIndexer::new(["#", "A", "B", "C"], 0).id("idx")
///         .on_select(move |i| p.set(Some(i)))
/// });
/// app.frame();
/// let bar = app.find_by_id("idx").unwrap().rect().unwrap();
/// // Letters are 16 vp squares: the fourth one is 48..64 vp down.
/// assert_eq!(bar.height, 64.0);
/// app.pointer_down(bar.x + 8.0, bar.y + 56.0);
/// app.pointer_up(bar.x + 8.0, bar.y + 56.0);
/// assert_eq!(picked.get(), Some(3));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AlphabetIndexer(NodeId);

impl Widget for AlphabetIndexer {
    fn node(self) -> NodeId {
        self.0
    }
}

impl Element<(Vec<String>, usize)> for AlphabetIndexer {
    fn create((letters, selected): (Vec<String>, usize)) -> AlphabetIndexer {
        let node = NodeId::create("AlphabetIndexer", NodeKind::Flex);
        node.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Center;
            a.justify_content = FlexAlign::Start;
        });
        node.focusable(true);
        if letters.is_empty() {
            log::warn!("AlphabetIndexer: `arrayValue` is empty; give it the index letters");
        }
        let look = Look {
            color: Color::rgba(0x18, 0x24, 0x31, 0x99),
            selected_color: Color::rgba(0x00, 0x7d, 0xff, 0xff),
            selected_background: Color::rgba(0x00, 0x7d, 0xff, 0x1a),
            popup_color: Color::rgba(0x00, 0x7d, 0xff, 0xff),
            popup_background: Color::rgba(0x80, 0x80, 0x80, 0x66),
            item_size: 16.0,
            font_size: 10.0,
            popup_font_size: 24.0,
            align: IndexerAlign::End,
            popup_offset: None,
            popup_position: (60.0, 48.0),
            using_popup: false,
            auto_collapse: true,
        };
        // At most the height of its parent: what does not fit is folded (`auto_collapse`).
        node.set_layout(|a| a.max_height = arkui_core::pct(100.0));
        let items: Vec<Item> = (0..letters.len()).map(Item::Letter).collect();
        let owner = Scope::current();
        let cells_scope = Scope::new_child();
        let cells: Vec<(NodeId, Text)> = cells_scope.run(|| {
            items
                .iter()
                .map(|item| make_cell(&label(&letters, *item), &look))
                .collect()
        });
        for (cell, _) in &cells {
            node.append(*cell);
        }
        let density = arkui_core::MediaEnv::current()
            .map(|m| untrack(|| m.density()))
            .filter(|d| d.is_finite() && *d > 0.0)
            .unwrap_or(1.0);
        let popup = NodeId::create("AlphabetIndexerPopup", NodeKind::Flex);
        popup.set_layout(|a| {
            a.direction = FlexDirection::Column;
            a.align_items = ItemAlign::Center;
            a.positioning = Positioning::Absolute {
                x: Length::Px(0.0),
                y: Length::Px(0.0),
            };
            a.visibility = Visibility::None;
            a.z_index = 10;
        });
        popup.set_visual(|v| v.border_radius = [Length::Vp(28.0); 4]);
        node.append(popup);
        let selected_state = Link::from(State::new(selected.min(letters.len().saturating_sub(1))));
        let inner = Rc::new(RefCell::new(Inner {
            node,
            letters,
            items,
            cells,
            cells_scope,
            owner,
            density,
            popup,
            selected: selected_state,
            look,
            on_select: None,
            on_popup_select: None,
            popup_data: None,
            touching: false,
        }));
        node.set_extension(Slot(inner));
        let ix = AlphabetIndexer(node);
        Effect::new(move || {
            let at = ix.selected_link().map(|l| l.get());
            untrack(|| ix.restyle(at));
        });
        node.on_touch(move |e| ix.touch(e.kind, e.y));
        arkui_core::observe_layout(node, move || ix.fit());
        node.on_key_event(move |e| {
            if !e.pressed {
                return false;
            }
            let step: i64 = match e.key {
                Key::Up => -1,
                Key::Down => 1,
                _ => return false,
            };
            let (now, n) = ix.with(|i| (untrack(|| i.selected.get()), i.letters.len()));
            if n == 0 {
                return false;
            }
            let next = (now as i64 + step).clamp(0, n as i64 - 1) as usize;
            ix.select(next);
            true
        });
        ix
    }

    fn update(self, _: (Vec<String>, usize)) {}
}

impl AlphabetIndexer {
    /// An index bar of `letters` (ArkUI's `arrayValue`) with `selected` chosen (an index
    /// past the end selects the first).
    pub fn new(letters: impl IntoIterator<Item = impl Into<String>>, selected: usize) -> Self {
        let letters: Vec<String> = letters.into_iter().map(Into::into).collect();
        let selected = if selected < letters.len() {
            selected
        } else {
            0
        };
        AlphabetIndexer::create((letters, selected))
    }

    fn with<R>(self, f: impl FnOnce(&mut Inner) -> R) -> R
    where
        R: Default,
    {
        match self.0.extension::<Slot>() {
            Some(Slot(i)) => f(&mut i.borrow_mut()),
            None => R::default(),
        }
    }

    fn selected_link(self) -> Option<Link<usize>> {
        self.0.extension::<Slot>().map(|s| s.0.borrow().selected)
    }

    fn look(self, f: impl FnOnce(&mut Look)) -> Self {
        self.with(|i| f(&mut i.look));
        let at = self.selected_link().map(|l| untrack(|| l.get()));
        self.restyle(at);
        self
    }

    /// `selected`: the chosen letter (one-way; see [`bind_selected`](Self::bind_selected)).
    pub fn selected(self, index: usize) -> Self {
        if let Some(l) = self.selected_link() {
            l.set(index);
        }
        self
    }

    /// Two-way `selected` (`selected = bind!(state)` in `ui!`, ArkUI's `$$`).
    pub fn bind_selected(self, source: impl LinkSource<usize>) -> Self {
        if let Some(l) = self.selected_link() {
            l.bind(source);
        }
        self
    }

    /// `color`: the letters' colour (`#99182431`).
    pub fn color(self, c: Color) -> Self {
        self.look(|l| l.color = c)
    }

    /// `selectedColor`: the chosen letter's colour (`#FF007DFF`).
    pub fn selected_color(self, c: Color) -> Self {
        self.look(|l| l.selected_color = c)
    }

    /// `selectedBackgroundColor`: behind the chosen letter (`#1A007DFF`).
    pub fn selected_background_color(self, c: Color) -> Self {
        self.look(|l| l.selected_background = c)
    }

    /// `popupColor`: the popup letter's colour (`#FF007DFF`).
    pub fn popup_color(self, c: Color) -> Self {
        self.look(|l| l.popup_color = c)
    }

    /// `popupBackground` (`#66808080`).
    pub fn popup_background(self, c: Color) -> Self {
        self.look(|l| l.popup_background = c)
    }

    /// `usingPopup`: show the touched letter in a bubble beside the bar (off by default).
    pub fn using_popup(self, on: bool) -> Self {
        self.look(|l| l.using_popup = on)
    }

    /// `itemSize`: the side of each letter's square, in vp (16 by default; not a
    /// percentage).
    pub fn item_size(self, vp: f32) -> Self {
        let vp = if vp.is_finite() && vp > 0.0 { vp } else { 16.0 };
        self.look(|l| l.item_size = vp)
    }

    /// `font`'s size: the letters' size in vp (10 by default).
    pub fn font_size(self, vp: f32) -> Self {
        let vp = if vp.is_finite() && vp > 0.0 { vp } else { 10.0 };
        self.look(|l| l.font_size = vp)
    }

    /// `popupFont`'s size, in vp (24 by default).
    pub fn popup_font_size(self, vp: f32) -> Self {
        let vp = if vp.is_finite() && vp > 0.0 { vp } else { 24.0 };
        self.look(|l| l.popup_font_size = vp)
    }

    /// `alignStyle`: which side the popup shows on, and its gap from the bar in vp
    /// (`None`: `popupPosition`'s x).
    pub fn align_style(self, align: IndexerAlign, offset: Option<f32>) -> Self {
        let offset = offset.filter(|o| o.is_finite() && *o >= 0.0);
        self.look(|l| {
            l.align = align;
            l.popup_offset = offset;
        })
    }

    /// `popupPosition`: the popup's centre from the middle of the bar's top, in vp
    /// (`{x: 60, y: 48}` by default; x is taken towards the popup's side).
    pub fn popup_position(self, x: f32, y: f32) -> Self {
        let clean = |v: f32, d: f32| if v.is_finite() { v } else { d };
        self.look(|l| l.popup_position = (clean(x, 60.0), clean(y, 48.0)))
    }

    /// `onSelect`: a letter was chosen (by touch or key).
    pub fn on_select(self, f: impl Fn(usize) + 'static) -> Self {
        self.with(|i| i.on_select = Some(Rc::new(f)));
        self
    }

    /// `onRequestPopupData`: the strings the popup lists under a letter (up to five show).
    pub fn on_request_popup_data(self, f: impl Fn(usize) -> Vec<String> + 'static) -> Self {
        self.with(|i| i.popup_data = Some(Rc::new(f)));
        self
    }

    /// `onPopupSelect`: one of the popup's strings was tapped.
    pub fn on_popup_select(self, f: impl Fn(usize) + 'static) -> Self {
        self.with(|i| i.on_popup_select = Some(Rc::new(f)));
        self
    }

    /// Choose `index`: tell the app when it changed.
    fn select(self, index: usize) {
        let (changed, cb) = self.with(|i| {
            let now = untrack(|| i.selected.get());
            (Some(now != index), i.on_select.clone())
        });
        if changed == Some(true) {
            if let Some(l) = self.selected_link() {
                l.set(index);
            }
            if let Some(f) = cb {
                f(index);
            }
        }
    }

    fn touch(self, kind: TouchKind, y: f32) {
        let (items, size) = self.with(|i| (i.items.clone(), i.look.item_size));
        if items.is_empty() {
            return;
        }
        match kind {
            TouchKind::Down | TouchKind::Move => {
                let cell = (y / size).max(0.0);
                let k = (cell.floor() as usize).min(items.len() - 1);
                let at = items[k].pick(cell - k as f32);
                self.with(|i| i.touching = true);
                self.select(at);
                self.show_popup(Some(at));
            }
            TouchKind::Up | TouchKind::Cancel => {
                self.with(|i| i.touching = false);
                // Strings the app listed stay up to be tapped; a bare letter goes.
                let keep = self.with(|i| {
                    i.popup_data.as_ref().is_some_and(|f| {
                        let at = untrack(|| i.selected.get());
                        !f(at).is_empty()
                    })
                });
                if !keep {
                    self.show_popup(None);
                }
            }
        }
    }

    /// Show the popup for letter `at`, or hide it.
    fn show_popup(self, at: Option<usize>) {
        let Some(Slot(inner)) = self.0.extension::<Slot>() else {
            return;
        };
        let (popup, node, using, letter, data, look) = {
            let i = inner.borrow();
            let letter = at.and_then(|a| i.letters.get(a).cloned());
            let data = match (at, &i.popup_data) {
                (Some(a), Some(f)) => f(a),
                _ => Vec::new(),
            };
            (
                i.popup,
                i.node,
                i.look.using_popup,
                letter,
                data,
                (
                    i.look.popup_color,
                    i.look.popup_background,
                    i.look.popup_font_size,
                    i.look.align,
                    i.look.popup_offset,
                    i.look.popup_position,
                ),
            )
        };
        for c in popup.children() {
            popup.remove_child(c);
        }
        let (color, background, font, align, offset, position) = look;
        let Some(letter) = letter.filter(|_| using) else {
            popup.set_layout(|a| a.visibility = Visibility::None);
            node.set_response_region(None);
            return;
        };
        let side = 56.0;
        let head = Text::new(letter)
            .font_size(Length::Vp(font))
            .font_color(color)
            .height(Length::Vp(side));
        popup.append(head.into_node());
        let rows = data.len().min(5);
        for (k, s) in data.into_iter().take(5).enumerate() {
            let item = Text::new(s)
                .font_size(Length::Vp(font))
                .font_color(Color::rgba(0x18, 0x24, 0x31, 0xff))
                .height(Length::Vp(side))
                .id(format!("indexer-popup-{k}"));
            item.node().on_click(move |_| self.popup_selected(k));
            popup.append(item.into_node());
        }
        // Centre `position.x` (or the offset) away from the bar's middle, on the chosen
        // side.
        let gap = offset.unwrap_or(position.0);
        let to_left = matches!(align, IndexerAlign::End | IndexerAlign::Right);
        let centre_x = if to_left { -gap } else { gap };
        popup.set_layout(|a| {
            a.visibility = Visibility::Visible;
            a.width = Length::Vp(side);
            a.positioning = Positioning::Absolute {
                x: Length::Vp(centre_x - side / 2.0 + 8.0),
                y: Length::Vp(position.1 - side / 2.0),
            };
        });
        popup.set_visual(|v| v.background_color = background);
        // The bar takes touches over its popup while it shows (it lies outside the bar).
        let (bar_w, bar_h) =
            self.with(|i| (i.look.item_size, i.look.item_size * i.items.len() as f32));
        let reach = gap + side;
        let bottom = (position.1 + side * (0.5 + rows as f32)).max(bar_h);
        node.set_response_region(Some((
            Length::Vp(if to_left { -reach } else { 0.0 }),
            Length::Vp(0.0),
            Length::Vp(reach + bar_w),
            Length::Vp(bottom),
        )));
    }

    fn popup_selected(self, k: usize) {
        let cb = self.with(|i| i.on_popup_select.clone());
        self.show_popup(None);
        if let Some(f) = cb {
            f(k);
        }
    }

    /// `autoCollapse`: fold letters that do not fit the bar's height into dots (on by
    /// default, as in ArkUI). The bar may take its own `height`, or else its parent's.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{AlphabetIndexer, Column};
    /// let letters: Vec<String> = ('A'..='Z').map(String::from).collect();
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     // 26 letters of 16 vp would need 416 vp; the iot screen is 240 px high.
    ///     Column::new().height(240.0).child(AlphabetIndexer::new(letters.clone(), 0).id("idx"))
    /// });
    /// app.frame();
    /// let bar = app.find_by_id("idx").unwrap();
    /// // 15 cells fit: 8 letters and 7 dots.
    /// assert_eq!(bar.children().len() - 1, 15);
    /// assert!(bar.rect().unwrap().height <= 240.0);
    /// ```
    pub fn auto_collapse(self, on: bool) -> Self {
        self.with(|i| i.look.auto_collapse = on);
        self.fit();
        self
    }

    /// The height the bar may take, in vp: its own when set, else its parent's.
    fn room(self) -> Option<f32> {
        let own = self
            .0
            .layout_attrs()
            .is_some_and(|a| !matches!(a.height, Length::Auto));
        let from = if own { Some(self.0) } else { self.0.parent() };
        let density = self.with(|i| Some(i.density)).unwrap_or(1.0);
        from.and_then(NodeId::rect).map(|r| r.height / density)
    }

    /// Fold letters into dots, or unfold them, for the room there is now.
    fn fit(self) {
        let Some(Slot(inner)) = self.0.extension::<Slot>() else {
            return;
        };
        let (n, size, auto) = {
            let i = inner.borrow();
            (i.letters.len(), i.look.item_size, i.look.auto_collapse)
        };
        let capacity = match self.room() {
            Some(h) if auto => ((h + 0.01) / size).floor() as usize,
            _ => n,
        };
        let items = collapse(n, capacity);
        if inner.borrow().items == items {
            return;
        }
        let (old_scope, owner, popup) = {
            let i = inner.borrow();
            (i.cells_scope, i.owner, i.popup)
        };
        let scope = match owner {
            Some(o) => o.run(Scope::new_child),
            None => Scope::new_child(),
        };
        let cells: Vec<(NodeId, Text)> = {
            let i = inner.borrow();
            scope.run(|| {
                items
                    .iter()
                    .map(|item| make_cell(&label(&i.letters, *item), &i.look))
                    .collect()
            })
        };
        let mut children: Vec<NodeId> = cells.iter().map(|c| c.0).collect();
        children.push(popup);
        self.0.set_children(children);
        {
            let mut i = inner.borrow_mut();
            i.items = items;
            i.cells = cells;
            i.cells_scope = scope;
        }
        old_scope.dispose();
        let at = self.selected_link().map(|l| untrack(|| l.get()));
        self.restyle(at);
    }

    /// Colour the letters for selection `at`.
    fn restyle(self, at: Option<usize>) {
        let Some(Slot(inner)) = self.0.extension::<Slot>() else {
            return;
        };
        let i = inner.borrow();
        for (k, (cell, text)) in i.cells.iter().enumerate() {
            let chosen = at.is_some_and(|a| i.items[k].holds(a));
            cell.set_layout(|a| {
                a.width = Length::Vp(i.look.item_size);
                a.height = Length::Vp(i.look.item_size);
            });
            cell.set_visual(|v| {
                v.background_color = if chosen {
                    i.look.selected_background
                } else {
                    Color::TRANSPARENT
                };
            });
            let _ = text
                .font_color(if chosen {
                    i.look.selected_color
                } else {
                    i.look.color
                })
                .font_size(Length::Vp(i.look.font_size));
        }
    }
}

/// What a cell shows: its letter, or a dot.
fn label(letters: &[String], item: Item) -> String {
    match item {
        Item::Letter(l) => letters.get(l).cloned().unwrap_or_default(),
        Item::Dot(..) => "•".into(),
    }
}

/// A cell: a square of `look.item_size` with `text` centred.
fn make_cell(text: &str, look: &Look) -> (NodeId, Text) {
    let cell = NodeId::create("AlphabetIndexerItem", NodeKind::Flex);
    cell.set_layout(|a| {
        a.width = Length::Vp(look.item_size);
        a.height = Length::Vp(look.item_size);
        a.flex_shrink = Some(0.0);
        a.align_items = ItemAlign::Center;
        a.justify_content = FlexAlign::Center;
    });
    cell.set_visual(|v| v.border_radius = [Length::Vp(8.0); 4]);
    let text = Text::new(text)
        .font_size(Length::Vp(look.font_size))
        .font_weight(FontWeight::Medium);
    cell.append(text.into_node());
    (cell, text)
}
