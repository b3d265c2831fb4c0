//! `CalendarPicker`: a date shown as text that opens a month calendar below it, ArkUI's
//! `CalendarPicker`. The calendar turns month by month; a tap (or Enter on the focused day)
//! picks a day, reports it and closes.

use std::rc::Rc;

use arkui_core::{
    Color, CommonAttribute, Effect, Element, FlexAlign, FlexDirection, FontWeight, ItemAlign,
    LengthExt, NodeId, NodeKind, ShadowStyle, State, VisualAttribute, Widget, pct, untrack,
    wall_clock_ms,
};

use super::date_picker::{PickerDate, days_in};
use crate::clock_format::{civil, days_from_civil};
use crate::menu::{MenuContent, MenuLink, open_menu_below};
use crate::text::Text;
use crate::theme::ThemedColor;

/// ArkUI's `hintRadius` default: the selected day is a full circle (16 vp).
const HINT_VP: f32 = 16.0;
/// A day cell, vp.
const CELL_VP: f32 = 40.0;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

type ChangeHandler = Rc<dyn Fn(PickerDate)>;

/// A date that opens a calendar, ArkUI's `CalendarPicker`: the selected date as
/// "yyyy/mm/dd" with a calendar mark; a click opens the month of the selected date below it
/// (ids `calendar`, `calendar-prev`, `calendar-next`, `calendar-title`, and
/// `calendar-day-N` for day N of the month shown). Picking a day selects it, calls
/// `on_change` and closes the calendar. Today (the app's wall clock) is marked in the brand
/// colour; the selected day is filled with it.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{CalendarPicker, PickerDate};
/// let mut app = App::with_view(DeviceProfile::phone(), || {
///     CalendarPicker::new(PickerDate::new(2024, 2, 10)).id("cal")
/// });
/// assert_eq!(app.inspector_by_id("cal").unwrap()["$attrs"]["selected"], "2024-02-10");
/// app.click_id("cal").unwrap();
/// app.click_id("calendar-next").unwrap();
/// app.click_id("calendar-day-14").unwrap();
/// assert_eq!(app.inspector_by_id("cal").unwrap()["$attrs"]["selected"], "2024-03-14");
/// assert!(app.find_by_id("calendar").is_none(), "closed");
/// ```
#[derive(Clone, Copy)]
pub struct CalendarPicker {
    node: NodeId,
    selected: State<PickerDate>,
    hint_radius: State<f32>,
    on_change: State<Option<ChangeHandler>>,
}

impl std::fmt::Debug for CalendarPicker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CalendarPicker")
            .field("node", &self.node)
            .finish_non_exhaustive()
    }
}

impl Widget for CalendarPicker {
    fn node(self) -> NodeId {
        self.node
    }
}

impl Element<(PickerDate,)> for CalendarPicker {
    fn create((selected,): (PickerDate,)) -> CalendarPicker {
        CalendarPicker::new(selected)
    }

    fn update(self, (selected,): (PickerDate,)) {
        self.selected.set(selected);
    }
}

impl CalendarPicker {
    /// A picker showing `selected`.
    pub fn new(selected: PickerDate) -> CalendarPicker {
        let node = NodeId::create("CalendarPicker", NodeKind::Flex);
        node.set_layout(|a| {
            a.direction = FlexDirection::Row;
            a.align_items = ItemAlign::Center;
            a.space = 8.vp();
        });
        let node = node
            .padding(arkui_core::Edges::symmetric(12.vp(), 8.vp()))
            .border_radius(8.vp());
        let label = Text::new("").font_size(16.fp()).node();
        let mark = Text::new("\u{25A6}").font_size(16.fp()).node();
        node.append(label);
        node.append(mark);
        let p = CalendarPicker {
            node,
            selected: State::new(selected),
            hint_radius: State::new(HINT_VP),
            on_change: State::new(None),
        };
        let (ink, box_colour) = (
            ThemedColor::new(|t| t.font_primary),
            ThemedColor::new(|t| t.comp_background_tertiary),
        );
        Effect::new(move || {
            let d = p.selected.get();
            let (ink, back) = (ink.get(), box_colour.get());
            untrack(|| {
                label.set_text(|t| {
                    t.content = format!("{:04}/{:02}/{:02}", d.year, d.month, d.day);
                    t.font_color = ink;
                });
                mark.set_text(|t| t.font_color = ink);
                node.set_visual(|v| v.background_color = back);
                node.set_inspector_attr("selected", d.to_string());
            });
        });
        node.set_on_click(move |_| p.open());
        p
    }

    /// Open the calendar below the picker, on the selected date's month.
    fn open(self) {
        let shown = State::new(untrack(|| self.selected.get()));
        open_menu_below(
            self.node,
            MenuContent::builder(move || calendar(self, shown, MenuLink::current())),
        );
    }

    /// Select `date`, tell `on_change`.
    fn pick(self, date: PickerDate) {
        self.selected.set(date);
        if let Some(f) = untrack(|| self.on_change.get()) {
            f(date);
        }
    }

    /// The selected date.
    pub fn date(self) -> PickerDate {
        untrack(|| self.selected.get())
    }

    /// `hintRadius`: the selected day's corner radius, 0 (a square) to 16 vp (a circle;
    /// the default).
    pub fn hint_radius(self, vp: f32) -> Self {
        let vp = if vp.is_finite() {
            vp.clamp(0.0, HINT_VP)
        } else {
            HINT_VP
        };
        self.hint_radius.set(vp);
        self
    }

    /// `onChange`: a day was picked.
    pub fn on_change(self, f: impl Fn(PickerDate) + 'static) -> Self {
        self.on_change.set(Some(Rc::new(f)));
        self
    }
}

/// Weekday (0 Sunday) of the first of `month`.
fn first_weekday(year: i32, month: u32) -> u32 {
    (days_from_civil(i64::from(year), month, 1) + 4).rem_euclid(7) as u32
}

/// The month after (`step` 1) or before (-1) `d`'s, on the same day where it exists.
fn shift_month(d: PickerDate, step: i32) -> PickerDate {
    let index = d.year * 12 + d.month as i32 - 1 + step;
    PickerDate::new(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, d.day)
}

/// The calendar card: a title with the month and arrows, weekday names, and the days.
fn calendar(p: CalendarPicker, shown: State<PickerDate>, link: Option<MenuLink>) -> NodeId {
    let colors = untrack(crate::theme::theme);
    let card = NodeId::create("Calendar", NodeKind::Flex);
    card.set_layout(|a| {
        a.direction = FlexDirection::Column;
        a.align_items = ItemAlign::Stretch;
        a.space = 4.vp();
    });
    let card = card
        .width((CELL_VP * 7.0 + 16.0).vp())
        .padding(8.vp())
        .border_radius(16.vp())
        .background_color(colors.background_primary)
        .shadow(ShadowStyle::OuterDefaultMd)
        .id("calendar");
    let arrow = |text: &str, id: &str, step: i32| {
        Text::new(text)
            .font_size(20.fp())
            .padding(arkui_core::Edges::symmetric(12.vp(), 4.vp()))
            .on_click(move |_| shown.set(shift_month(untrack(|| shown.get()), step)))
            .id(id)
            .node()
    };
    let title = Text::new("")
        .font_size(16.fp())
        .font_weight(FontWeight::Medium)
        .id("calendar-title")
        .node();
    let head = NodeId::create("CalendarHead", NodeKind::Flex);
    head.set_layout(|a| {
        a.direction = FlexDirection::Row;
        a.align_items = ItemAlign::Center;
        a.justify_content = FlexAlign::SpaceBetween;
    });
    head.append(arrow("\u{2039}", "calendar-prev", -1));
    head.append(title);
    head.append(arrow("\u{203A}", "calendar-next", 1));
    card.append(head);
    let names = NodeId::create("CalendarWeekdays", NodeKind::Flex);
    names.set_layout(|a| a.direction = FlexDirection::Row);
    for n in ["S", "M", "T", "W", "T", "F", "S"] {
        let cell = NodeId::create("CalendarCell", NodeKind::Flex)
            .width(CELL_VP.vp())
            .height(24.vp());
        cell.set_layout(|a| {
            a.justify_content = FlexAlign::Center;
            a.align_items = ItemAlign::Center;
        });
        cell.append(
            Text::new(n)
                .font_size(12.fp())
                .font_color(colors.font_secondary)
                .node(),
        );
        names.append(cell);
    }
    card.append(names);
    let grid = NodeId::create("CalendarDays", NodeKind::Flex);
    grid.set_layout(|a| {
        a.direction = FlexDirection::Row;
        a.wrap = arkui_core::FlexWrap::Wrap;
        a.width = pct(100.0);
    });
    card.append(grid);
    // The days of the month shown, rebuilt when it turns or the selection changes.
    Effect::new(move || {
        let month = shown.get();
        let selected = p.selected.get();
        let radius = p.hint_radius.get();
        untrack(|| {
            title.set_text(|t| {
                t.content = format!("{} {}", MONTHS[month.month as usize - 1], month.year)
            });
            for old in grid.children() {
                grid.remove_child(old);
            }
            let today = civil(wall_clock_ms(), arkui_core::local_utc_offset_minutes());
            let blank = first_weekday(month.year, month.month);
            for _ in 0..blank {
                grid.append(
                    NodeId::create("CalendarCell", NodeKind::Leaf)
                        .width(CELL_VP.vp())
                        .height(CELL_VP.vp()),
                );
            }
            for day in 1..=days_in(month.year, month.month) {
                let date = PickerDate::new(month.year, month.month, day);
                let is_selected = date == selected;
                let is_today = i64::from(date.year) == today.year
                    && date.month == today.month
                    && date.day == today.day;
                let ink = match (is_selected, is_today) {
                    (true, _) => colors.font_on_primary,
                    (false, true) => colors.brand,
                    _ => colors.font_primary,
                };
                let cell = NodeId::create("CalendarDay", NodeKind::Flex)
                    .width(CELL_VP.vp())
                    .height(CELL_VP.vp())
                    .border_radius(radius.vp())
                    .background_color(if is_selected {
                        colors.brand
                    } else {
                        Color::TRANSPARENT
                    });
                cell.set_layout(|a| {
                    a.justify_content = FlexAlign::Center;
                    a.align_items = ItemAlign::Center;
                });
                cell.append(
                    Text::new(day.to_string())
                        .font_size(14.fp())
                        .font_color(ink)
                        .node(),
                );
                let link = link.clone();
                cell.set_on_click(move |_| {
                    p.pick(date);
                    if let Some(l) = &link {
                        l.close_all();
                    }
                });
                cell.set_key(format!("calendar-day-{day}"));
                grid.append(cell);
            }
        });
    });
    card
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_start_on_their_weekday_and_turn_across_years() {
        assert_eq!(first_weekday(2024, 2), 4, "1 February 2024 was a Thursday");
        assert_eq!(first_weekday(2023, 1), 0, "1 January 2023 was a Sunday");
        assert_eq!(
            shift_month(PickerDate::new(2024, 1, 31), 1),
            PickerDate::new(2024, 2, 29)
        );
        assert_eq!(
            shift_month(PickerDate::new(2024, 1, 5), -1),
            PickerDate::new(2023, 12, 5)
        );
        assert_eq!(
            shift_month(PickerDate::new(2023, 12, 5), 1),
            PickerDate::new(2024, 1, 5)
        );
    }
}
