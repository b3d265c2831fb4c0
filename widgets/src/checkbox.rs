//! `Checkbox`: a box that is selected or not, optionally a member of a `CheckboxGroup`.

use std::cell::Cell;
use std::rc::Rc;

use arkui_core::{
    Color, Effect, Element, Length, Link, LinkSource, NodeId, Scope, State, Widget, untrack,
};

use crate::checkbox_group::{GroupRecord, Member, record_of};
use crate::control;
use crate::select_box::{BoxColors, Mark, SelectBox};
use crate::theme::ThemedColor;

/// ArkUI's `CheckBoxShape`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CheckBoxShape {
    /// A circle (ArkUI's default).
    #[default]
    Circle,
    /// A square with rounded corners.
    RoundedSquare,
}

/// ArkUI's `MarkStyle`: the tick inside a selected box.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct MarkStyle {
    /// The tick's colour (default: white, the theme's `comp_background_primary`).
    pub stroke_color: Option<Color>,
    /// The tick's size (default: 70% of the box).
    pub size: Option<Length>,
}

type ChangeHandler = Rc<dyn Fn(bool)>;

/// A check box, ArkUI's `Checkbox`: clicking selects or unselects it. `name` and `group`
/// make it a member of the [`crate::CheckboxGroup`] of that group on the page.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, State};
/// use arkui_widgets::Checkbox;
/// let agree = State::new(false);
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     Checkbox::new().bind_select(agree).id("agree")
/// });
/// app.click_id("agree").unwrap();
/// assert!(agree.get());
/// assert_eq!(app.inspector_by_id("agree").unwrap()["$attrs"]["select"], "true");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Checkbox {
    look: SelectBox,
    select: Link<bool>,
    /// `select` was set or bound by the app, which a group's `selectAll` must not override.
    explicit: State<bool>,
    name: State<String>,
    group: State<Option<Link<GroupRecord>>>,
    selected_color: ThemedColor,
    unselected_color: ThemedColor,
    mark_color: ThemedColor,
    on_change: State<Option<ChangeHandler>>,
}

impl Widget for Checkbox {
    fn node(self) -> NodeId {
        self.look.node
    }
}

impl Element<()> for Checkbox {
    fn create(_: ()) -> Checkbox {
        let look = SelectBox::new("Checkbox");
        let c = Checkbox {
            look,
            select: Link::from(State::new(false)),
            explicit: State::new(false),
            name: State::new(String::new()),
            group: State::new(None),
            selected_color: ThemedColor::new(|t| t.brand),
            unselected_color: ThemedColor::new(|t| t.icon_fourth),
            mark_color: ThemedColor::new(|t| t.comp_background_primary),
            on_change: State::new(None),
        };
        let node = look.node;
        node.set_inspector_attr("shape", "CheckBoxShape.CIRCLE");
        // `stateStyles({ selected })` follows the value.
        Effect::new(move || {
            let on = c.select.try_get().unwrap_or(false);
            untrack(|| crate::control::set_selected(node, on));
        });
        Effect::new(move || {
            let on = c.select.try_get().unwrap_or(false);
            let colors = BoxColors {
                on: c.selected_color.get(),
                off: c.unselected_color.get(),
                mark: c.mark_color.get(),
            };
            look.show(if on { Mark::Tick } else { Mark::None }, colors);
            untrack(|| node.set_inspector_attr("select", on.to_string()));
        });
        // `onChange` follows the value, however it changed: a click, the group, the app.
        let last = Cell::new(None);
        Effect::new(move || {
            let Ok(on) = c.select.try_get() else { return };
            if last.replace(Some(on)).is_some_and(|was| was != on)
                && let Some(f) = untrack(|| c.on_change.get())
            {
                untrack(|| f(on));
            }
        });
        node.set_on_click(move |_| {
            let next = !untrack(|| c.select.try_get().unwrap_or(false));
            c.select.set(next);
        });
        c
    }

    fn update(self, _: ()) {}
}

impl Default for Checkbox {
    fn default() -> Self {
        Checkbox::new()
    }
}

impl Checkbox {
    /// An unselected checkbox in no group.
    pub fn new() -> Checkbox {
        Checkbox::create(())
    }

    /// `name`: how the group's `onChange` reports this box.
    pub fn name(self, name: impl Into<String>) -> Self {
        let name = name.into();
        self.look.node.set_inspector_attr("name", name.clone());
        self.name.set(name);
        self
    }

    /// `group`: join the page's [`crate::CheckboxGroup`] of this name.
    pub fn group(self, group: impl Into<String>) -> Self {
        let group = group.into();
        let node = self.look.node;
        node.set_inspector_attr("group", group.clone());
        self.leave_group();
        let record = record_of(&group);
        let member = Member {
            node,
            select: self.select,
            name: self.name,
        };
        // Take up a pending select-all before joining: the group recomputes its status as
        // soon as the member list changes.
        let wants_all = untrack(|| record.with(|r| r.request == Some(true)));
        if wants_all && !untrack(|| self.explicit.get()) {
            self.select.set(true);
        }
        record.update(|r| r.members.push(member));
        self.group.set(Some(record));
        if let Some(scope) = Scope::current() {
            scope.on_cleanup(move || record.update(|r| r.members.retain(|m| m.node != node)));
        }
        self
    }

    fn leave_group(self) {
        let node = self.look.node;
        if let Some(old) = untrack(|| self.group.get()) {
            old.update(|r| r.members.retain(|m| m.node != node));
        }
    }

    /// `select`: set the value (one-way; use [`Checkbox::bind_select`] for two-way).
    pub fn select(self, on: bool) -> Self {
        self.explicit.set(true);
        self.select.set(on);
        self
    }

    /// Two-way binding (`select = bind!(state)` in `ui!`, ArkUI's `$$`).
    pub fn bind_select(self, source: impl LinkSource<bool>) -> Self {
        self.explicit.set(true);
        self.select.bind(source);
        self
    }

    /// `selectedColor`: fill when selected (default: the theme's brand colour).
    pub fn selected_color(self, c: Color) -> Self {
        self.selected_color.set(c);
        self
    }

    /// `unselectedColor`: outline when not selected.
    pub fn unselected_color(self, c: Color) -> Self {
        self.unselected_color.set(c);
        self
    }

    /// `shape`: circle (default) or rounded square.
    pub fn shape(self, shape: CheckBoxShape) -> Self {
        match shape {
            CheckBoxShape::Circle => self.look.set_radius(control::ROUND),
            CheckBoxShape::RoundedSquare => self.look.set_radius(Length::Vp(4.0)),
        }
        let name = match shape {
            CheckBoxShape::Circle => "CIRCLE",
            CheckBoxShape::RoundedSquare => "ROUNDED_SQUARE",
        };
        self.look
            .node
            .set_inspector_attr("shape", format!("CheckBoxShape.{name}"));
        self
    }

    /// `mark`: the tick's colour and size.
    pub fn mark(self, style: MarkStyle) -> Self {
        if let Some(c) = style.stroke_color {
            self.mark_color.set(c);
        }
        if let Some(size) = style.size {
            self.look.set_mark_size(size);
        }
        self
    }

    /// `onChange`: called with the new value whenever it changes.
    pub fn on_change(self, f: impl Fn(bool) + 'static) -> Self {
        self.on_change.set(Some(Rc::new(f)));
        self
    }

    /// `enabled`: a disabled checkbox ignores clicks and is drawn at 40% opacity.
    pub fn enabled(self, on: bool) -> Self {
        control::set_enabled(self.look.node, on);
        self
    }
}
