//! `TextPicker`: one wheel of strings, several side by side, or cascading columns whose
//! items follow the column before (province, city, district), ArkUI's `TextPicker`.

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::{
    Effect, Element, FlexDirection, Length, Link, LinkSource, NodeId, NodeKind, Scope, State,
    Widget, untrack,
};

use arkui_core::macro_support::FromArgument;

use super::style::{PickerDivider, PickerTextStyle, WheelLook};
use super::wheel::Wheel;

/// One entry of a cascading picker, ArkUI's `TextCascadePickerRangeContent`: its text and
/// the entries the next column shows while it is selected.
///
/// ```
/// use arkui_widgets::TextCascadePickerRangeContent as C;
/// let china = C::new("China").children([C::new("Beijing"), C::new("Shanghai")]);
/// assert_eq!(china.children.len(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextCascadePickerRangeContent {
    /// `text`.
    pub text: String,
    /// `children`.
    pub children: Vec<TextCascadePickerRangeContent>,
}

impl TextCascadePickerRangeContent {
    /// An entry with no children.
    pub fn new(text: impl Into<String>) -> Self {
        TextCascadePickerRangeContent {
            text: text.into(),
            children: Vec::new(),
        }
    }

    /// With `children` for the next column.
    pub fn children(mut self, children: impl IntoIterator<Item = Self>) -> Self {
        self.children = children.into_iter().collect();
        self
    }
}

/// What a `TextPicker` picks from, ArkUI's `range`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextPickerRange {
    /// One column.
    Single(Vec<String>),
    /// Independent columns.
    Multi(Vec<Vec<String>>),
    /// Columns that follow the one before.
    Cascade(Vec<TextCascadePickerRangeContent>),
}

impl From<Vec<String>> for TextPickerRange {
    fn from(v: Vec<String>) -> Self {
        TextPickerRange::Single(v)
    }
}

impl From<Vec<&str>> for TextPickerRange {
    fn from(v: Vec<&str>) -> Self {
        TextPickerRange::Single(v.into_iter().map(String::from).collect())
    }
}

impl<const N: usize> From<[&str; N]> for TextPickerRange {
    fn from(v: [&str; N]) -> Self {
        TextPickerRange::Single(v.into_iter().map(String::from).collect())
    }
}

impl From<Vec<Vec<String>>> for TextPickerRange {
    fn from(v: Vec<Vec<String>>) -> Self {
        TextPickerRange::Multi(v)
    }
}

impl From<Vec<TextCascadePickerRangeContent>> for TextPickerRange {
    fn from(v: Vec<TextCascadePickerRangeContent>) -> Self {
        TextPickerRange::Cascade(v)
    }
}

impl FromArgument<Vec<String>> for TextPickerRange {
    fn from_argument(v: Vec<String>) -> Self {
        v.into()
    }
}

impl FromArgument<Vec<&str>> for TextPickerRange {
    fn from_argument(v: Vec<&str>) -> Self {
        v.into()
    }
}

impl FromArgument<Vec<Vec<String>>> for TextPickerRange {
    fn from_argument(v: Vec<Vec<String>>) -> Self {
        v.into()
    }
}

impl FromArgument<Vec<TextCascadePickerRangeContent>> for TextPickerRange {
    fn from_argument(v: Vec<TextCascadePickerRangeContent>) -> Self {
        v.into()
    }
}

type ChangeHandler = Rc<dyn Fn(&[String], &[usize])>;

struct Inner {
    range: TextPickerRange,
    wheels: Vec<Wheel>,
    /// The first column's selection, two-way bindable (`$$selected` on a single column).
    selected: Link<usize>,
    on_change: Option<ChangeHandler>,
    on_scroll_stop: Option<ChangeHandler>,
    on_enter: Option<ChangeHandler>,
    /// A picker built on this one (DatePicker) hears a column settle first.
    on_column: Option<Rc<dyn Fn(usize)>>,
    /// What every column gets (kept for columns built later).
    look: WheelLook,
    looping: bool,
    /// The scope the columns live in, disposed when they are rebuilt (a TimePicker turned
    /// to 24-hour time), and the scope it hangs from.
    columns_scope: Option<Scope>,
    owner: Option<Scope>,
}

#[derive(Clone)]
struct Slot(Rc<RefCell<Inner>>);

/// A picker of strings, ArkUI's `TextPicker`. Each column is a wheel: drag or fling it, tap
/// a row, or use Up and Down (and Left and Right between columns) when it has focus.
///
/// ```
/// use std::{cell::RefCell, rc::Rc};
/// use arkui_core::{App, CommonAttribute, DeviceProfile, Key};
/// use arkui_widgets::TextPicker;
/// let picked = Rc::new(RefCell::new(String::new()));
/// let p = picked.clone();
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     TextPicker::new(["apple", "pear", "plum"])
///         .selected(1)
///         .can_loop(false)
///         .on_change(move |values, _| *p.borrow_mut() = values[0].clone())
///         .id("fruit")
/// });
/// let picker = TextPicker::from_id(&app, "fruit").unwrap();
/// assert_eq!(picker.values(), ["pear"]);
/// // Focus the wheel and press Down: it turns one row.
/// app.press_key(Key::Tab);
/// app.press_key(Key::Down);
/// app.advance_time(1000.0);
/// app.frame();
/// assert_eq!(*picked.borrow(), "plum");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextPicker(NodeId);

impl Widget for TextPicker {
    fn node(self) -> NodeId {
        self.0
    }
}

impl Element<(TextPickerRange,)> for TextPicker {
    fn create((range,): (TextPickerRange,)) -> TextPicker {
        let node = NodeId::create("TextPicker", NodeKind::Flex);
        node.set_layout(|l| l.direction = FlexDirection::Row);
        let picker = TextPicker(node);
        let inner = Rc::new(RefCell::new(Inner {
            range: range.clone(),
            wheels: Vec::new(),
            selected: Link::from(State::new(0)),
            on_change: None,
            on_scroll_stop: None,
            on_enter: None,
            on_column: None,
            look: WheelLook::default(),
            looping: true,
            columns_scope: None,
            owner: Scope::current(),
        }));
        node.set_extension(Slot(inner));
        picker.replace_columns(range);
        // The bound first-column selection drives the wheel.
        Effect::new(move || {
            let Some(link) = picker.with(|i| Some(i.selected)) else {
                return;
            };
            let at = link.get();
            untrack(|| picker.select_column(0, at));
        });
        picker
    }

    fn update(self, _: (TextPickerRange,)) {}
}

/// The items of each column for the selection `path` (cascading columns follow it; missing
/// entries count as 0).
fn column_items(range: &TextPickerRange, path: &[usize]) -> Vec<Vec<String>> {
    match range {
        TextPickerRange::Single(v) => vec![v.clone()],
        TextPickerRange::Multi(cols) => cols.clone(),
        TextPickerRange::Cascade(roots) => {
            let mut columns = Vec::new();
            let mut level: &[TextCascadePickerRangeContent] = roots;
            let mut depth = 0;
            while !level.is_empty() {
                columns.push(level.iter().map(|e| e.text.clone()).collect());
                let at = path.get(depth).copied().unwrap_or(0).min(level.len() - 1);
                level = &level[at].children;
                depth += 1;
            }
            // Every branch gets as many columns as the deepest first branch.
            let deepest = cascade_depth(roots);
            columns.resize(deepest, Vec::new());
            columns
        }
    }
}

fn cascade_depth(level: &[TextCascadePickerRangeContent]) -> usize {
    level
        .iter()
        .map(|e| 1 + cascade_depth(&e.children))
        .max()
        .unwrap_or(0)
}

impl TextPicker {
    /// A picker over `range` (a list of strings, columns of them, or cascading entries).
    pub fn new(range: impl Into<TextPickerRange>) -> TextPicker {
        TextPicker::create((range.into(),))
    }

    /// The TextPicker with `.id(id)` in `app`.
    pub fn from_id(app: &arkui_core::App, id: &str) -> Option<TextPicker> {
        app.find_by_id(id)
            .filter(|n| n.tag() == Some("TextPicker"))
            .map(TextPicker)
    }

    fn with<R: Default>(self, f: impl FnOnce(&mut Inner) -> R) -> R {
        match self.0.extension::<Slot>() {
            Some(Slot(i)) => f(&mut i.borrow_mut()),
            None => R::default(),
        }
    }

    fn wheels(self) -> Vec<Wheel> {
        self.with(|i| i.wheels.clone())
    }

    /// The selected index of each column.
    pub fn indices(self) -> Vec<usize> {
        self.wheels().iter().map(Wheel::selected).collect()
    }

    /// The selected string of each column.
    pub fn values(self) -> Vec<String> {
        self.wheels()
            .iter()
            .map(|w| w.items().get(w.selected()).cloned().unwrap_or_default())
            .collect()
    }

    /// `selected`: the first (or only) column's index (one-way; see
    /// [`bind_selected`](Self::bind_selected)).
    pub fn selected(self, index: usize) -> Self {
        if let Some(l) = self.with(|i| Some(i.selected)) {
            l.set(index);
        }
        self.select_column(0, index);
        self
    }

    /// Two-way `selected` of the first (or only) column (`selected = bind!(state)` in
    /// `ui!`, ArkUI's `$$`): a turn of the wheel sets the app's state.
    pub fn bind_selected(self, source: impl LinkSource<usize>) -> Self {
        if let Some(l) = self.with(|i| Some(i.selected)) {
            l.bind(source);
        }
        self
    }

    /// `selected` as an array: each column's index (multi-column and cascading pickers).
    pub fn selected_indices(self, indices: impl IntoIterator<Item = usize>) -> Self {
        for (c, at) in indices.into_iter().enumerate() {
            self.select_column(c, at);
        }
        self
    }

    /// `value`: select the first column's entry equal to `value` (`selected` wins when both
    /// are given, as in ArkUI; an unknown value keeps the selection).
    pub fn value(self, value: &str) -> Self {
        if let Some(w) = self.wheels().first()
            && let Some(at) = w.items().iter().position(|s| s == value)
        {
            self.select_column(0, at);
        }
        self
    }

    /// `canLoop`: whether wheels wrap around (default true; a column with no more items than
    /// rows shown never does).
    pub fn can_loop(self, on: bool) -> Self {
        self.with(|i| i.looping = on);
        for w in self.wheels() {
            w.set_looping(on);
        }
        self
    }

    /// `defaultPickerItemHeight`: the height of every row, selected or not (ArkUI's default
    /// is 56 vp for the selected row and 36 vp for the others).
    pub fn default_picker_item_height(self, vp: f32) -> Self {
        let vp = if vp.is_finite() && vp > 0.0 { vp } else { 36.0 };
        self.look(|l| {
            l.selected_height = vp;
            l.row_height = vp;
        })
    }

    /// `disappearTextStyle`: the top and bottom rows.
    pub fn disappear_text_style(self, s: PickerTextStyle) -> Self {
        self.look(|l| l.disappear = s)
    }

    /// `textStyle`: the rows beside the selected one.
    pub fn text_style(self, s: PickerTextStyle) -> Self {
        self.look(|l| l.normal = s)
    }

    /// `selectedTextStyle`: the selected row.
    pub fn selected_text_style(self, s: PickerTextStyle) -> Self {
        self.look(|l| l.selected = s)
    }

    /// `divider`: the lines around the selected row (`None`: no lines).
    pub fn divider(self, d: Option<PickerDivider>) -> Self {
        self.look(|l| l.divider = d)
    }

    /// `gradientHeight`: how far from the top and bottom rows fade out, vp (36 by default;
    /// 0 for none).
    pub fn gradient_height(self, vp: f32) -> Self {
        let vp = if vp.is_finite() && vp >= 0.0 {
            vp
        } else {
            36.0
        };
        self.look(|l| l.gradient_height = vp)
    }

    fn look(self, f: impl Fn(&mut WheelLook)) -> Self {
        self.with(|i| f(&mut i.look));
        for w in self.wheels() {
            w.set_look(&f);
        }
        self
    }

    /// `onChange`: each column's string and index after a turn settles on a new row.
    pub fn on_change(self, f: impl Fn(&[String], &[usize]) + 'static) -> Self {
        self.with(|i| i.on_change = Some(Rc::new(f)));
        self
    }

    /// `onScrollStop`: the same, every time a turn stops.
    pub fn on_scroll_stop(self, f: impl Fn(&[String], &[usize]) + 'static) -> Self {
        self.with(|i| i.on_scroll_stop = Some(Rc::new(f)));
        self
    }

    /// `onEnterSelectedArea`: while a column turns, each row that comes between the
    /// dividers (past half a row, before the turn settles): every column's string and
    /// index, that column's being the row entering.
    ///
    /// ```
    /// use std::{cell::RefCell, rc::Rc};
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, InputEvent};
    /// use arkui_widgets::TextPicker;
    /// let seen = Rc::new(RefCell::new(Vec::new()));
    /// let s = seen.clone();
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     TextPicker::new(vec!["a", "b", "c", "d"])
    ///         .on_enter_selected_area(move |values, _| s.borrow_mut().push(values[0].clone()))
    ///         .width(320.0)
    /// });
    /// app.frame();
    /// // Three wheel notches: the wheel passes b and c on its way to d.
    /// for _ in 0..3 {
    ///     app.handle_input(&InputEvent::Scroll { x: 160.0, y: 100.0, dx: 0.0, dy: 40.0 });
    /// }
    /// for i in 1..=60 { app.advance_time(16.0 * f64::from(i)); app.frame(); }
    /// assert_eq!(*seen.borrow(), ["b", "c", "d"]);
    /// ```
    pub fn on_enter_selected_area(self, f: impl Fn(&[String], &[usize]) + 'static) -> Self {
        self.with(|i| i.on_enter = Some(Rc::new(f)));
        self
    }

    /// Column `c` has row `at` between its dividers while turning.
    fn column_entered(self, c: usize, at: usize) {
        let Some(f) = self.with(|i| i.on_enter.clone()) else {
            return;
        };
        let mut indices = self.indices();
        let mut values = self.values();
        if let Some(w) = self.wheels().get(c) {
            if let Some(slot) = indices.get_mut(c) {
                *slot = at;
            }
            if let Some(slot) = values.get_mut(c) {
                *slot = w.items().get(at).cloned().unwrap_or_default();
            }
        }
        f(&values, &indices);
    }

    /// Build the wheels for `range` (replacing any there were; selections start at 0).
    pub(crate) fn replace_columns(self, range: TextPickerRange) {
        let node = self.0;
        let columns = column_items(&range, &[]);
        if columns.iter().all(Vec::is_empty) {
            log::warn!("TextPicker: `range` is empty; give it the strings to pick from");
        }
        let picker = self;
        let (look, looping, owner) = self.with(|i| (i.look, i.looping, i.owner));
        let scope = match owner {
            Some(o) => o.run(Scope::new_child),
            None => Scope::new_child(),
        };
        let wheels: Vec<Wheel> = scope.run(|| {
            columns
                .into_iter()
                .enumerate()
                .map(|(c, items)| {
                    let w = Wheel::new(items, 0, looping);
                    w.set_look(|l| *l = look);
                    let col = w.node();
                    col.set_layout(|l| {
                        l.flex_grow = 1.0;
                        l.flex_basis = Length::Vp(0.0);
                        l.flex_shrink = Some(1.0);
                    });
                    col.set_inspector_attr("column", c.to_string());
                    w.on_settle(move |_| picker.column_settled(c, true));
                    w.on_stop(move |_| picker.column_settled(c, false));
                    w.on_enter(move |at| picker.column_entered(c, at));
                    w
                })
                .collect()
        });
        node.set_children(wheels.iter().map(Wheel::node).collect());
        let old = self.with(|i| {
            i.range = range;
            i.wheels = wheels;
            i.columns_scope.replace(scope)
        });
        // The old columns' nodes and handlers go with their scope.
        if let Some(old) = old {
            old.dispose();
        }
    }

    /// Pickers built on this one: hear each column settle on a new row, first.
    pub(crate) fn set_on_column(self, f: impl Fn(usize) + 'static) {
        self.with(|i| i.on_column = Some(Rc::new(f)));
    }

    /// Column `c`'s wheel (for pickers built on this one).
    pub(crate) fn wheel(self, c: usize) -> Option<Wheel> {
        self.wheels().get(c).cloned()
    }

    /// Show `index` in column `c`; cascading columns after it follow.
    pub(crate) fn select_column(self, c: usize, index: usize) {
        let wheels = self.wheels();
        let Some(w) = wheels.get(c) else { return };
        if w.selected() != index {
            w.select(index);
        }
        self.refill_after(c);
    }

    /// Cascading: columns after `c` take the children of what is now selected.
    fn refill_after(self, c: usize) {
        let range = self.with(|i| Some(i.range.clone()));
        let Some(TextPickerRange::Cascade(_)) = &range else {
            return;
        };
        let Some(range) = range else { return };
        let wheels = self.wheels();
        let path: Vec<usize> = wheels.iter().map(Wheel::selected).collect();
        let columns = column_items(&range, &path);
        for (k, w) in wheels.iter().enumerate().skip(c + 1) {
            let items = columns.get(k).cloned().unwrap_or_default();
            if w.items() != items {
                w.set_items(items);
            }
        }
    }

    /// Column `c` stopped (`changed`: on a new row).
    fn column_settled(self, c: usize, changed: bool) {
        if changed {
            if let Some(f) = self.with(|i| i.on_column.clone()) {
                f(c);
            }
            self.refill_after(c);
            if c == 0 {
                let at = self.wheels()[0].selected();
                if let Some(l) = self.with(|i| Some(i.selected))
                    && untrack(|| l.get()) != at
                {
                    l.set(at);
                }
            }
        }
        let (values, indices) = (self.values(), self.indices());
        let f = self.with(|i| {
            if changed {
                i.on_change.clone()
            } else {
                i.on_scroll_stop.clone()
            }
        });
        if let Some(f) = f {
            f(&values, &indices);
        }
    }
}
