//! `CheckboxGroup`: the select-all box of the checkboxes sharing its `group` name.

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::{Color, Effect, Element, Link, LinkSource, NodeId, State, Widget, batch, untrack};

use crate::control;
use crate::page_group;
use crate::select_box::{BoxColors, Mark, SelectBox};
use crate::theme::ThemedColor;

/// ArkUI's `SelectStatus`: how many of a group's checkboxes are selected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SelectStatus {
    /// Every one.
    All,
    /// Some.
    Part,
    /// None (also for an empty group).
    #[default]
    None,
}

/// What a group's `onChange` receives, ArkUI's `CheckboxGroupResult`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckboxGroupResult {
    /// The `name`s of the selected checkboxes, in the order they joined.
    pub name: Vec<String>,
    /// All, some or none selected.
    pub status: SelectStatus,
}

/// A checkbox in a group.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Member {
    pub(crate) node: NodeId,
    pub(crate) select: Link<bool>,
    pub(crate) name: State<String>,
}

/// A group on a page: its members, the app's last select-all request (which checkboxes
/// joining later follow, until a click changes the selection) and the `selectAll` value the
/// group last derived from its members (so that writing it is not taken for a request).
#[derive(Clone, Debug, Default)]
pub(crate) struct GroupRecord {
    pub(crate) members: Vec<Member>,
    pub(crate) request: Option<bool>,
    pub(crate) derived: Option<bool>,
}

/// The page's record of group `name`.
pub(crate) fn record_of(name: &str) -> Link<GroupRecord> {
    page_group::shared("checkbox", name, GroupRecord::default)
}

type ChangeHandler = Rc<dyn Fn(&CheckboxGroupResult)>;

/// The select-all box of a group of [`crate::Checkbox`]es, ArkUI's `CheckboxGroup`: it shows
/// a tick when all are selected and a bar when some are; clicking it selects all, or
/// unselects all when all were selected.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Checkbox, CheckboxGroup, Column};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     Column::new()
///         .child(CheckboxGroup::new().group("fruit").id("all"))
///         .child(Checkbox::new().name("apple").group("fruit").id("apple"))
///         .child(Checkbox::new().name("pear").group("fruit").id("pear"))
/// });
/// app.click_id("apple").unwrap();
/// assert_eq!(app.inspector_by_id("all").unwrap()["$attrs"]["status"], "SelectStatus.Part");
/// app.click_id("all").unwrap();
/// assert_eq!(app.inspector_by_id("pear").unwrap()["$attrs"]["select"], "true");
/// assert_eq!(app.inspector_by_id("all").unwrap()["$attrs"]["selectAll"], "true");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct CheckboxGroup {
    look: SelectBox,
    record: State<Option<Link<GroupRecord>>>,
    select_all: Link<bool>,
    selected_color: ThemedColor,
    unselected_color: ThemedColor,
    mark_color: ThemedColor,
    on_change: State<Option<ChangeHandler>>,
}

impl Widget for CheckboxGroup {
    fn node(self) -> NodeId {
        self.look.node
    }
}

fn live(record: Link<GroupRecord>) -> Vec<Member> {
    record
        .try_with(|r| {
            r.members
                .iter()
                .copied()
                .filter(|m| m.node.is_alive())
                .collect()
        })
        .unwrap_or_default()
}

fn status_of(selected: usize, total: usize) -> SelectStatus {
    match selected {
        0 => SelectStatus::None,
        n if n == total => SelectStatus::All,
        _ => SelectStatus::Part,
    }
}

fn set_all(members: &[Member], on: bool) {
    batch(|| {
        for m in members {
            if untrack(|| m.select.try_get().ok()) != Some(on) {
                m.select.set(on);
            }
        }
    });
}

impl Element<()> for CheckboxGroup {
    fn create(_: ()) -> CheckboxGroup {
        let look = SelectBox::new("CheckboxGroup");
        let g = CheckboxGroup {
            look,
            record: State::new(None),
            select_all: Link::from(State::new(false)),
            selected_color: ThemedColor::new(|t| t.brand),
            unselected_color: ThemedColor::new(|t| t.icon_fourth),
            mark_color: ThemedColor::new(|t| t.comp_background_primary),
            on_change: State::new(None),
        };
        let node = look.node;
        let last: RefCell<Option<CheckboxGroupResult>> = RefCell::new(None);
        // Members' values -> the box, the inspector, `selectAll` and `onChange`.
        Effect::new(move || {
            let record = g.record.get();
            let members = record.map(live).unwrap_or_default();
            let mut names = Vec::new();
            for m in &members {
                if m.select.try_get().unwrap_or(false) {
                    names.push(m.name.try_get().unwrap_or_default());
                }
            }
            let status = status_of(names.len(), members.len());
            let colors = BoxColors {
                on: g.selected_color.get(),
                off: g.unselected_color.get(),
                mark: g.mark_color.get(),
            };
            let mark = match status {
                SelectStatus::All => Mark::Tick,
                SelectStatus::Part => Mark::Bar,
                SelectStatus::None => Mark::None,
            };
            look.show(mark, colors);
            untrack(|| {
                let all = status == SelectStatus::All;
                node.set_inspector_attr("status", format!("SelectStatus.{status:?}"));
                node.set_inspector_attr("selectAll", all.to_string());
                if let Some(record) = record
                    && !members.is_empty()
                    && g.select_all.try_get().ok() != Some(all)
                {
                    // Recorded first, so the select-all effect sees no request in it; the
                    // members' own values now supersede the app's last request.
                    record.update(|r| {
                        r.derived = Some(all);
                        if r.request != Some(all) {
                            r.request = None;
                        }
                    });
                    g.select_all.set(all);
                }
                let result = CheckboxGroupResult {
                    name: names,
                    status,
                };
                let previous = last.replace(Some(result.clone()));
                if previous.is_some_and(|p| p != result)
                    && let Some(f) = g.on_change.get()
                {
                    f(&result);
                }
            });
        });
        // `selectAll` set or bound by the app -> the members.
        Effect::new(move || {
            let want = g.select_all.try_get().unwrap_or(false);
            let Some(record) = g.record.get() else { return };
            untrack(|| {
                let (request, derived) = record
                    .try_with(|r| (r.request, r.derived))
                    .unwrap_or_default();
                if derived == Some(want) || request == Some(want) {
                    return;
                }
                record.update(|r| {
                    r.request = Some(want);
                    r.derived = Some(want);
                });
                // An initial `false` only records: it must not clear boxes the app selected.
                if derived.is_some() || request.is_some() || want {
                    set_all(&live(record), want);
                }
            });
        });
        node.set_on_click(move |_| {
            let Some(record) = untrack(|| g.record.get()) else {
                return;
            };
            let members = untrack(|| live(record));
            let selected = members
                .iter()
                .filter(|m| untrack(|| m.select.try_get().unwrap_or(false)))
                .count();
            let all = status_of(selected, members.len()) == SelectStatus::All;
            set_all(&members, !all);
        });
        g
    }

    fn update(self, _: ()) {}
}

impl Default for CheckboxGroup {
    fn default() -> Self {
        CheckboxGroup::new()
    }
}

impl CheckboxGroup {
    /// A group box governing no checkboxes yet.
    pub fn new() -> CheckboxGroup {
        CheckboxGroup::create(())
    }

    /// `group`: the name checkboxes join with their own `group`.
    pub fn group(self, name: impl Into<String>) -> Self {
        let name = name.into();
        self.look.node.set_inspector_attr("group", name.clone());
        self.record.set(Some(record_of(&name)));
        self
    }

    /// `selectAll`: select (or unselect) every checkbox of the group, including ones that
    /// join later unless they set their own `select`.
    pub fn select_all(self, on: bool) -> Self {
        self.select_all.set(on);
        self
    }

    /// Two-way binding of `selectAll` (`select_all = bind!(state)` in `ui!`): the state is
    /// `true` exactly when every checkbox is selected.
    pub fn bind_select_all(self, source: impl LinkSource<bool>) -> Self {
        self.select_all.bind(source);
        self
    }

    /// `selectedColor`.
    pub fn selected_color(self, c: Color) -> Self {
        self.selected_color.set(c);
        self
    }

    /// `unselectedColor`.
    pub fn unselected_color(self, c: Color) -> Self {
        self.unselected_color.set(c);
        self
    }

    /// `mark`: the tick's colour.
    pub fn mark(self, style: crate::MarkStyle) -> Self {
        if let Some(c) = style.stroke_color {
            self.mark_color.set(c);
        }
        if let Some(size) = style.size {
            self.look.set_mark_size(size);
        }
        self
    }

    /// `onChange`: called when the selection of the group changes.
    pub fn on_change(self, f: impl Fn(&CheckboxGroupResult) + 'static) -> Self {
        self.on_change.set(Some(Rc::new(f)));
        self
    }

    /// `enabled`: a disabled group ignores clicks and is drawn at 40% opacity.
    pub fn enabled(self, on: bool) -> Self {
        control::set_enabled(self.look.node, on);
        self
    }
}
