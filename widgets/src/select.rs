//! `Select`: a button showing the chosen option that opens a menu of options, ArkUI's
//! `Select`.

use std::rc::Rc;

use arkui_core::macro_support::FromArgument;
use arkui_core::{
    Alignment, Color, CommonAttribute, Edges, Effect, Element, FlexAlign, FlexDirection,
    FontWeight, ItemAlign, Length, LengthExt, Link, LinkSource, MediaEnv, NodeId, NodeKind,
    Overlay, OverlayManager, OverlayOptions, Positioning, State, untrack,
};

use crate::control::{self, ROUND};
use crate::theme::ThemedColor;

/// One entry of a [`Select`], ArkUI's `SelectOption`.
///
/// ```
/// use arkui_widgets::SelectOption;
/// let o = SelectOption::from("Apple");
/// assert_eq!(o.value, "Apple");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SelectOption {
    /// The text shown.
    pub value: String,
}

impl From<&str> for SelectOption {
    fn from(value: &str) -> Self {
        SelectOption {
            value: value.to_string(),
        }
    }
}

impl From<String> for SelectOption {
    fn from(value: String) -> Self {
        SelectOption { value }
    }
}

type SelectHandler = Rc<dyn Fn(usize, String)>;

/// A drop-down list, ArkUI's `Select`: a button with the selected option's text and an
/// arrow; clicking it (or Enter on it, from a keyboard or D-pad) opens the options in a
/// menu on the app's overlay layer below the button. Arrows move through the options,
/// Enter or a click picks one and closes the menu, Back or a tap outside closes it.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, Key, State};
/// use arkui_widgets::Select;
/// let picked = State::new(0);
/// let mut app = App::with_view(DeviceProfile::tv(), move || {
///     Select::new(["Small", "Medium", "Large"]).bind_selected(picked).id("size")
/// });
/// app.focus_id("size").unwrap();
/// app.press_key(Key::Enter); // opens the menu, focus on the selected option
/// app.press_key(Key::Down);
/// app.press_key(Key::Enter); // picks "Medium"
/// assert_eq!(picked.get(), 1);
/// assert_eq!(app.inspector_by_id("size").unwrap()["$attrs"]["value"], "Medium");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Select {
    node: NodeId,
    options: State<Vec<SelectOption>>,
    selected: Link<i32>,
    value: State<Option<String>>,
    on_select: State<Option<SelectHandler>>,
    menu: State<Option<Overlay>>,
    font_color: ThemedColor,
    selected_color: ThemedColor,
    media: Option<MediaEnv>,
}

impl arkui_core::Widget for Select {
    fn node(self) -> NodeId {
        self.node
    }
}

/// The options of a [`Select`]: what `Select([..])` in `ui!` takes. Built from an array, a
/// `Vec` or a slice of anything that converts into a [`SelectOption`].
///
/// ```
/// use arkui_core::macro_support::argument;
/// use arkui_widgets::{SelectOption, SelectOptions};
/// let o: SelectOptions = argument(["S", "M"]);
/// assert_eq!(o.0, vec![SelectOption::from("S"), SelectOption::from("M")]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SelectOptions(pub Vec<SelectOption>);

impl<O: Into<SelectOption>, const N: usize> FromArgument<[O; N]> for SelectOptions {
    fn from_argument(options: [O; N]) -> SelectOptions {
        SelectOptions(options.into_iter().map(Into::into).collect())
    }
}

impl<O: Into<SelectOption>> FromArgument<Vec<O>> for SelectOptions {
    fn from_argument(options: Vec<O>) -> SelectOptions {
        SelectOptions(options.into_iter().map(Into::into).collect())
    }
}

impl<O: Into<SelectOption> + Clone> FromArgument<&[O]> for SelectOptions {
    fn from_argument(options: &[O]) -> SelectOptions {
        SelectOptions(options.iter().cloned().map(Into::into).collect())
    }
}

impl Element<(SelectOptions,)> for Select {
    fn create((options,): (SelectOptions,)) -> Select {
        let s = Select::create(());
        s.options.set(options.0);
        s
    }

    fn update(self, (options,): (SelectOptions,)) {
        self.options.set(options.0);
    }
}

impl Element<()> for Select {
    fn create(_: ()) -> Select {
        let node = NodeId::create("Select", NodeKind::Flex);
        node.set_layout(|a| {
            a.direction = FlexDirection::Row;
            a.align_items = ItemAlign::Center;
            a.justify_content = FlexAlign::SpaceBetween;
            a.height = 40.vp();
            a.min_width = 120.vp();
            a.padding = Edges::symmetric(16.vp(), 0.vp());
            a.space = 8.vp();
        });
        node.set_visual(|v| v.border_radius = [ROUND; 4]);
        let label = NodeId::create("SelectLabel", NodeKind::Text);
        label.set_text(|t| t.font_weight = FontWeight::Medium);
        let arrow = NodeId::create("SelectArrow", NodeKind::Text);
        arrow.set_text(|t| {
            t.content = "▾".to_string();
            t.font_size = 16.fp();
        });
        node.append(label);
        node.append(arrow);
        let s = Select {
            node,
            options: State::new(Vec::new()),
            selected: Link::from(State::new(-1)),
            value: State::new(None),
            on_select: State::new(None),
            menu: State::new(None),
            font_color: ThemedColor::new(|t| t.font_primary),
            selected_color: ThemedColor::new(|t| t.brand),
            media: MediaEnv::current(),
        };
        let background = ThemedColor::new(|t| t.comp_background_tertiary);
        let arrow_color = ThemedColor::new(|t| t.icon_secondary);
        Effect::new(move || {
            let shown = s.shown();
            let (fg, bg, ac) = (s.font_color.get(), background.get(), arrow_color.get());
            let index = s.selected.try_get().unwrap_or(-1);
            let open = s.menu.get().is_some_and(Overlay::is_open);
            untrack(|| {
                label.set_text(|t| {
                    t.content = shown.clone();
                    t.font_color = fg;
                });
                arrow.set_text(|t| t.font_color = ac);
                node.set_visual(|v| v.background_color = bg);
                node.set_inspector_attr("value", shown);
                node.set_inspector_attr("selected", index.to_string());
                node.set_inspector_attr("menuOpen", open.to_string());
            });
        });
        node.set_on_click(move |_| s.toggle_menu());
        control::track_press(node);
        s
    }

    fn update(self, _: ()) {}
}

impl Select {
    /// A select over `options`, none selected.
    pub fn new<O: Into<SelectOption>>(options: impl IntoIterator<Item = O>) -> Select {
        Select::create((SelectOptions(options.into_iter().map(Into::into).collect()),))
    }

    /// The text on the button: `value` if the app set it, else the selected option's.
    fn shown(self) -> String {
        if let Some(v) = self.value.get() {
            return v;
        }
        let i = self.selected.try_get().unwrap_or(-1);
        self.options.with(|o| {
            usize::try_from(i)
                .ok()
                .and_then(|i| o.get(i))
                .map(|o| o.value.clone())
                .unwrap_or_default()
        })
    }

    fn toggle_menu(self) {
        if let Some(m) = untrack(|| self.menu.get()).filter(|m| m.is_open()) {
            m.close();
            self.menu.set(None);
            return;
        }
        let Some(layer) = OverlayManager::current() else {
            return;
        };
        let d = self
            .media
            .map_or(1.0, |m| untrack(|| m.density()))
            .max(0.01);
        let rect = self.node.rect().unwrap_or_default();
        let options = untrack(|| self.options.get());
        if options.is_empty() {
            return;
        }
        let selected = untrack(|| self.selected.try_get().unwrap_or(-1));
        let menu_options = OverlayOptions::modal()
            .mask_color(Color::TRANSPARENT)
            .alignment(Alignment::TopStart)
            .on_dismiss(move || self.menu.set(None));
        let overlay = layer.open(menu_options, move || {
            self.menu_view(&options, selected, rect, d)
        });
        self.menu.set(Some(overlay));
    }

    /// The options in a column just below the button.
    fn menu_view(
        self,
        options: &[SelectOption],
        selected: i32,
        rect: arkui_core::Rect,
        d: f32,
    ) -> NodeId {
        let menu = NodeId::create("SelectMenu", NodeKind::Flex);
        let (fg, brand) = untrack(|| (self.font_color.get(), self.selected_color.get()));
        let colors = untrack(crate::theme::theme);
        menu.set_layout(|a| {
            a.positioning = Positioning::Offset {
                x: Length::Vp(rect.x / d),
                y: Length::Vp((rect.y + rect.height) / d + 4.0),
            };
            a.min_width = Length::Vp(rect.width / d);
            a.padding = Edges::symmetric(4.vp(), 4.vp());
            a.align_items = ItemAlign::Stretch;
        });
        menu.set_visual(|v| {
            v.background_color = colors.comp_background_primary;
            v.border_radius = [16.vp(); 4];
            v.border_color = colors.comp_divider;
        });
        menu.set_layout(|a| a.border_width = Length::Vp(0.5).into());
        for (i, o) in options.iter().enumerate() {
            let row = NodeId::create("SelectMenuItem", NodeKind::Flex);
            row.set_layout(|a| {
                a.direction = FlexDirection::Row;
                a.align_items = ItemAlign::Center;
                a.height = 40.vp();
                a.padding = Edges::symmetric(12.vp(), 0.vp());
            });
            row.set_visual(|v| v.border_radius = [12.vp(); 4]);
            let text = NodeId::create("SelectMenuText", NodeKind::Text);
            let chosen = i32::try_from(i).is_ok_and(|i| i == selected);
            text.set_text(|t| {
                t.content = o.value.clone();
                t.font_color = if chosen { brand } else { fg };
            });
            if chosen {
                row.set_visual(|v| v.background_color = colors.comp_emphasize_tertiary);
                row.default_focus(true);
            }
            row.append(text);
            let value = o.value.clone();
            row.on_click(move |_| self.pick(i, value.clone()));
            menu.append(row);
        }
        menu
    }

    fn pick(self, index: usize, value: String) {
        if let Some(m) = untrack(|| self.menu.get()) {
            m.close();
        }
        self.menu.set(None);
        self.selected.set(i32::try_from(index).unwrap_or(i32::MAX));
        if untrack(|| self.value.get()).is_some() {
            self.value.set(Some(value.clone()));
        }
        if let Some(f) = untrack(|| self.on_select.get()) {
            f(index, value);
        }
    }

    /// `selected`: the index of the selected option (one-way; -1 or out of range: none).
    pub fn selected(self, index: i32) -> Self {
        self.selected.set(index);
        self
    }

    /// Two-way binding of the selected index (`selected = bind!(state)`, ArkUI's `$$`).
    pub fn bind_selected(self, source: impl LinkSource<i32>) -> Self {
        self.selected.bind(source);
        self
    }

    /// `value`: the text on the button (it follows later selections).
    pub fn value(self, text: impl Into<String>) -> Self {
        self.value.set(Some(text.into()));
        self
    }

    /// `onSelect`: an option was picked; called with its index and text.
    pub fn on_select(self, f: impl Fn(usize, String) + 'static) -> Self {
        self.on_select.set(Some(Rc::new(f)));
        self
    }

    /// `fontColor` of the button's text.
    pub fn font_color(self, c: Color) -> Self {
        self.font_color.set(c);
        self
    }

    /// `selectedOptionFontColor`: the selected option's text in the menu (default brand).
    pub fn selected_option_font_color(self, c: Color) -> Self {
        self.selected_color.set(c);
        self
    }

    /// `enabled`: a disabled select does not open and is drawn at 40% opacity.
    pub fn enabled(self, on: bool) -> Self {
        control::set_enabled(self.node, on);
        self
    }
}
