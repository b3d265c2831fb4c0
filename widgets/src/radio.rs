//! `Radio`: one choice of several; radios sharing a `group` name exclude each other.

use std::cell::Cell;
use std::rc::Rc;

use arkui_core::{Color, Effect, Element, Link, LinkSource, NodeId, State, Widget, untrack};

use crate::control;
use crate::page_group;
use crate::select_box::{BoxColors, Mark, SelectBox};
use crate::theme::ThemedColor;

/// ArkUI's `RadioIndicatorType`: what a checked radio shows inside.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RadioIndicatorType {
    /// A tick (ArkUI's default since API 12).
    #[default]
    Tick,
    /// A dot.
    Dot,
}

/// ArkUI's `RadioStyle`. Unset colours follow the theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct RadioStyle {
    /// Fill when checked (default: brand).
    pub checked_background_color: Option<Color>,
    /// Outline when unchecked.
    pub unchecked_border_color: Option<Color>,
    /// The tick or dot.
    pub indicator_color: Option<Color>,
}

type ChangeHandler = Rc<dyn Fn(bool)>;

/// A radio button, ArkUI's `Radio`: clicking checks it, and checking a radio unchecks the
/// others of its `group` on the page. A checked radio is not unchecked by clicking it.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Radio, Row};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     Row::new()
///         .child(Radio::new().value("tea").group("drink").checked(true).id("tea"))
///         .child(Radio::new().value("coffee").group("drink").id("coffee"))
/// });
/// app.click_id("coffee").unwrap();
/// assert_eq!(app.inspector_by_id("coffee").unwrap()["$attrs"]["checked"], "true");
/// assert_eq!(app.inspector_by_id("tea").unwrap()["$attrs"]["checked"], "false");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Radio {
    look: SelectBox,
    checked: Link<bool>,
    /// The group's checked radio (shared by the page's radios of one group name).
    group: State<Option<Link<Option<NodeId>>>>,
    indicator: State<RadioIndicatorType>,
    checked_color: ThemedColor,
    unchecked_color: ThemedColor,
    indicator_color: ThemedColor,
    on_change: State<Option<ChangeHandler>>,
}

impl Widget for Radio {
    fn node(self) -> NodeId {
        self.look.node
    }
}

impl Element<()> for Radio {
    fn create(_: ()) -> Radio {
        let look = SelectBox::new("Radio");
        let r = Radio {
            look,
            checked: Link::from(State::new(false)),
            group: State::new(None),
            indicator: State::new(RadioIndicatorType::Tick),
            checked_color: ThemedColor::new(|t| t.brand),
            unchecked_color: ThemedColor::new(|t| t.icon_tertiary),
            indicator_color: ThemedColor::new(|t| t.comp_background_primary),
            on_change: State::new(None),
        };
        let node = look.node;
        // `stateStyles({ selected })` follows the value.
        Effect::new(move || {
            let on = r.checked.try_get().unwrap_or(false);
            untrack(|| crate::control::set_selected(node, on));
        });
        Effect::new(move || {
            let on = r.checked.try_get().unwrap_or(false);
            let mark = match (on, r.indicator.get()) {
                (false, _) => Mark::None,
                (true, RadioIndicatorType::Tick) => Mark::Tick,
                (true, RadioIndicatorType::Dot) => Mark::Dot,
            };
            let colors = BoxColors {
                on: r.checked_color.get(),
                off: r.unchecked_color.get(),
                mark: r.indicator_color.get(),
            };
            look.show(mark, colors);
            untrack(|| node.set_inspector_attr("checked", on.to_string()));
        });
        // Checked (by a click, the app or a binding) -> this radio becomes the group's.
        Effect::new(move || {
            let on = r.checked.try_get().unwrap_or(false);
            let Some(group) = r.group.get() else { return };
            untrack(|| {
                if on && group.try_get().ok() != Some(Some(node)) {
                    group.set(Some(node));
                }
            });
        });
        // Another radio of the group became checked -> uncheck this one.
        Effect::new(move || {
            let Some(group) = r.group.get() else { return };
            let Ok(owner) = group.try_get() else { return };
            untrack(|| {
                if owner.is_some_and(|o| o != node) && r.checked.try_get().unwrap_or(false) {
                    r.checked.set(false);
                }
            });
        });
        let last = Cell::new(None);
        Effect::new(move || {
            let Ok(on) = r.checked.try_get() else { return };
            if last.replace(Some(on)).is_some_and(|was| was != on)
                && let Some(f) = untrack(|| r.on_change.get())
            {
                untrack(|| f(on));
            }
        });
        node.set_on_click(move |_| {
            if !untrack(|| r.checked.try_get().unwrap_or(false)) {
                r.checked.set(true);
            }
        });
        r
    }

    fn update(self, _: ()) {}
}

impl Default for Radio {
    fn default() -> Self {
        Radio::new()
    }
}

impl Radio {
    /// An unchecked radio in no group.
    pub fn new() -> Radio {
        Radio::create(())
    }

    /// `value`: what this choice stands for (reported to the inspector).
    pub fn value(self, value: impl Into<String>) -> Self {
        self.look.node.set_inspector_attr("value", value.into());
        self
    }

    /// `group`: radios with the same group name on the page exclude each other.
    pub fn group(self, name: impl Into<String>) -> Self {
        let name = name.into();
        self.look.node.set_inspector_attr("group", name.clone());
        self.group
            .set(Some(page_group::shared("radio", &name, || None)));
        self
    }

    /// `indicatorType`: tick (default) or dot.
    pub fn indicator_type(self, kind: RadioIndicatorType) -> Self {
        self.indicator.set(kind);
        self
    }

    /// `checked`: set the value (one-way; use [`Radio::bind_checked`] for two-way).
    pub fn checked(self, on: bool) -> Self {
        self.checked.set(on);
        self
    }

    /// Two-way binding (`checked = bind!(state)` in `ui!`, ArkUI's `$$`).
    pub fn bind_checked(self, source: impl LinkSource<bool>) -> Self {
        self.checked.bind(source);
        self
    }

    /// `radioStyle`: colours when checked and unchecked.
    pub fn radio_style(self, style: RadioStyle) -> Self {
        if let Some(c) = style.checked_background_color {
            self.checked_color.set(c);
        }
        if let Some(c) = style.unchecked_border_color {
            self.unchecked_color.set(c);
        }
        if let Some(c) = style.indicator_color {
            self.indicator_color.set(c);
        }
        self
    }

    /// `onChange`: called with the new value whenever it changes (the radio a click
    /// unchecks is told too).
    pub fn on_change(self, f: impl Fn(bool) + 'static) -> Self {
        self.on_change.set(Some(Rc::new(f)));
        self
    }

    /// `enabled`: a disabled radio ignores clicks and is drawn at 40% opacity.
    pub fn enabled(self, on: bool) -> Self {
        control::set_enabled(self.look.node, on);
        self
    }
}
