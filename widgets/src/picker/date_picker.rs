//! `DatePicker`: year, month and day wheels between a start and an end date, the days
//! following the month and leap years, ArkUI's `DatePicker` (Gregorian calendar; ArkUI's
//! `lunar` is not built); rows are written for the app's locale (2024年 2月 29日 in
//! Chinese and Japanese, 2024 Feb 29 in English). Built on [`TextPicker`]'s columns.

use std::rc::Rc;

use arkui_core::{Effect, Element, NodeId, Widget, untrack};

use super::attribute::PickerAttribute;
use super::text_picker::{TextPicker, TextPickerRange};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// How the wheels write years, months and days for a locale: Chinese, Japanese and Korean
/// write each number with its unit (2024年 2月 29日; 2024년 2월 29일), as ArkUI does; other
/// locales a number, a short English month name and a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
enum DateLabels {
    #[default]
    Latin,
    /// Year, month and day suffixes.
    Units(&'static str, &'static str, &'static str),
}

impl DateLabels {
    /// The labels for a BCP 47 locale (`zh-Hans-CN`, `ja`, `ko-KR`, `en-US`).
    fn of(locale: &str) -> DateLabels {
        let lang = locale.split(['-', '_']).next().unwrap_or("");
        match lang.to_ascii_lowercase().as_str() {
            "zh" | "ja" => DateLabels::Units("年", "月", "日"),
            "ko" => DateLabels::Units("년", "월", "일"),
            _ => DateLabels::Latin,
        }
    }

    fn year(self, y: i32) -> String {
        match self {
            DateLabels::Latin => y.to_string(),
            DateLabels::Units(u, _, _) => format!("{y}{u}"),
        }
    }

    fn month(self, m: u32) -> String {
        match self {
            DateLabels::Latin => MONTHS[(m.clamp(1, 12) - 1) as usize].to_string(),
            DateLabels::Units(_, u, _) => format!("{m}{u}"),
        }
    }

    fn day(self, d: u32) -> String {
        match self {
            DateLabels::Latin => d.to_string(),
            DateLabels::Units(_, _, u) => format!("{d}{u}"),
        }
    }
}

/// A calendar date.
///
/// ```
/// use arkui_widgets::PickerDate;
/// assert_eq!(PickerDate::new(2024, 2, 31), PickerDate::new(2024, 2, 29), "clamped to the month");
/// assert_eq!(PickerDate::new(2024, 2, 29).to_string(), "2024-02-29");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PickerDate {
    /// The year.
    pub year: i32,
    /// 1..=12.
    pub month: u32,
    /// 1..=31.
    pub day: u32,
}

impl PickerDate {
    /// A date; a month past 12 or a day past the month's last is clamped.
    pub fn new(year: i32, month: u32, day: u32) -> PickerDate {
        let month = month.clamp(1, 12);
        PickerDate {
            year,
            month,
            day: day.clamp(1, days_in(year, month)),
        }
    }
}

impl std::fmt::Display for PickerDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Days in `month` of `year`.
pub(crate) fn days_in(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The range and what each wheel shows for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Span {
    start: PickerDate,
    end: PickerDate,
}

impl Span {
    fn months(&self, year: i32) -> std::ops::RangeInclusive<u32> {
        let first = if year == self.start.year {
            self.start.month
        } else {
            1
        };
        let last = if year == self.end.year {
            self.end.month
        } else {
            12
        };
        first..=last
    }

    fn days(&self, year: i32, month: u32) -> std::ops::RangeInclusive<u32> {
        let first = if (year, month) == (self.start.year, self.start.month) {
            self.start.day
        } else {
            1
        };
        let last = if (year, month) == (self.end.year, self.end.month) {
            self.end.day
        } else {
            days_in(year, month)
        };
        first..=last
    }

    fn clamp(&self, d: PickerDate) -> PickerDate {
        d.clamp(self.start, self.end)
    }

    fn columns(&self, d: PickerDate, labels: DateLabels) -> Vec<Vec<String>> {
        vec![
            (self.start.year..=self.end.year)
                .map(|y| labels.year(y))
                .collect(),
            self.months(d.year).map(|m| labels.month(m)).collect(),
            self.days(d.year, d.month).map(|d| labels.day(d)).collect(),
        ]
    }

    fn indices(&self, d: PickerDate) -> [usize; 3] {
        [
            (d.year - self.start.year).max(0) as usize,
            (d.month - self.months(d.year).start()) as usize,
            (d.day - self.days(d.year, d.month).start()) as usize,
        ]
    }

    /// The date at wheel indices `at`, clamped into the range.
    fn date(&self, at: &[usize]) -> PickerDate {
        let get = |i: usize| at.get(i).copied().unwrap_or(0) as u32;
        let year = self.start.year + get(0) as i32;
        let month = (self.months(year).start() + get(1)).min(*self.months(year).end());
        let days = self.days(year, month);
        let day = (days.start() + get(2)).min(*days.end());
        self.clamp(PickerDate::new(year, month, day))
    }
}

type DateHandler = Rc<dyn Fn(PickerDate)>;

#[derive(Clone)]
struct Settings {
    span: Span,
    /// How the app's locale writes the wheels' rows.
    labels: DateLabels,
    /// The date last shown: a turned year keeps its month and day where it can.
    shown: PickerDate,
    on_change: Option<DateHandler>,
}

/// A date picker, ArkUI's `DatePicker`: year, month and day wheels from `start` to `end`
/// (ArkUI's defaults are 1970-01-01 and 2100-12-31). Turning the year or the month keeps
/// the day where it can and clamps it to the month's last day where it cannot.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{DatePicker, PickerDate};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     DatePicker::new(PickerDate::new(2024, 2, 29)).id("day")
/// });
/// let picker = DatePicker::from_id(&app, "day").unwrap();
/// assert_eq!(picker.values(), ["2024", "Feb", "29"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DatePicker(TextPicker);

impl PickerAttribute for DatePicker {
    fn columns(self) -> TextPicker {
        self.0
    }
}

impl Widget for DatePicker {
    fn node(self) -> NodeId {
        self.0.node()
    }
}

impl Element<(PickerDate,)> for DatePicker {
    fn create((selected,): (PickerDate,)) -> DatePicker {
        let span = Span {
            start: PickerDate::new(1970, 1, 1),
            end: PickerDate::new(2100, 12, 31),
        };
        let selected = span.clamp(selected);
        let labels = DateLabels::of(&untrack(|| arkui_core::Environment::locale().get()));
        let picker = TextPicker::new(TextPickerRange::Multi(span.columns(selected, labels)));
        picker.node().set_inspector_attr("type", "DatePicker");
        picker.node().set_extension(Settings {
            span,
            labels,
            shown: selected,
            on_change: None,
        });
        let dp = DatePicker(picker);
        // Before onChange reads the columns: a new year or month refills the ones after.
        picker.set_on_column(move |c| {
            let Some(s) = dp.settings() else { return };
            let at = picker.indices();
            let date = match c {
                // A new year keeps the month and day shown, as far as the range allows.
                0 => {
                    let year = s.span.date(&at).year;
                    PickerDate::new(year, s.shown.month, s.shown.day)
                }
                // A new month keeps the day, clamped to the month's last.
                1 => {
                    let d = s.span.date(&[at[0], at[1], 0]);
                    PickerDate::new(d.year, d.month, s.shown.day)
                }
                _ => s.span.date(&at),
            };
            dp.show(date);
        });
        picker.on_change(move |_, _| {
            let date = dp.date();
            picker
                .node()
                .set_inspector_attr("selected", date.to_string());
            if let Some(f) = dp.settings().and_then(|s| s.on_change) {
                f(date);
            }
        });
        dp.show(selected);
        // A new locale writes the rows anew, keeping the date.
        Effect::new(move || {
            let labels = DateLabels::of(&arkui_core::Environment::locale().get());
            untrack(|| {
                let Some(mut s) = dp.settings() else { return };
                if s.labels != labels {
                    s.labels = labels;
                    let date = dp.date();
                    dp.0.node().set_extension(s);
                    dp.show(date);
                }
            });
        });
        dp
    }

    fn update(self, (selected,): (PickerDate,)) {
        self.set_date(selected);
    }
}

impl DatePicker {
    /// A picker showing `selected`.
    pub fn new(selected: PickerDate) -> DatePicker {
        DatePicker::create((selected,))
    }

    /// The DatePicker with `.id(id)` in `app`.
    pub fn from_id(app: &arkui_core::App, id: &str) -> Option<DatePicker> {
        TextPicker::from_id(app, id)
            .filter(|p| p.node().extension::<Settings>().is_some())
            .map(DatePicker)
    }

    fn settings(self) -> Option<Settings> {
        self.0.node().extension::<Settings>()
    }

    fn date_at(self, at: &[usize]) -> PickerDate {
        match self.settings() {
            Some(s) => s.span.date(at),
            None => PickerDate::new(1970, 1, 1),
        }
    }

    /// The date shown.
    pub fn date(self) -> PickerDate {
        self.date_at(&self.0.indices())
    }

    /// What each wheel shows.
    pub fn values(self) -> Vec<String> {
        self.0.values()
    }

    /// Fill the month and day wheels for `date` and turn every wheel to it.
    fn show(self, date: PickerDate) {
        let Some(mut s) = self.settings() else { return };
        let date = s.span.clamp(date);
        s.shown = date;
        self.0.node().set_extension(s.clone());
        let columns = s.span.columns(date, s.labels);
        for (c, items) in columns.into_iter().enumerate() {
            if let Some(w) = self.0.wheel(c)
                && w.items() != items
            {
                w.set_items(items);
            }
        }
        for (c, at) in s.span.indices(date).into_iter().enumerate() {
            self.0.select_column(c, at);
        }
        self.0
            .node()
            .set_inspector_attr("selected", date.to_string());
    }

    /// Show `date` (no `on_change`: the app chose it).
    pub fn set_date(self, date: PickerDate) {
        self.show(date);
    }

    /// `start` and `end`: the range of dates offered (swapped if given backwards).
    pub fn range(self, start: PickerDate, end: PickerDate) -> Self {
        let (start, end) = if start <= end {
            (start, end)
        } else {
            (end, start)
        };
        let date = self.date();
        if let Some(mut s) = self.settings() {
            s.span = Span { start, end };
            self.0.node().set_extension(s);
        }
        self.show(date);
        self
    }

    /// `onDateChange`: the new date after a wheel settles on a new row.
    pub fn on_date_change(self, f: impl Fn(PickerDate) + 'static) -> Self {
        if let Some(mut s) = self.settings() {
            s.on_change = Some(Rc::new(f));
            self.0.node().set_extension(s);
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_years_month_lengths_and_range_ends() {
        assert_eq!(days_in(2024, 2), 29);
        assert_eq!(days_in(1900, 2), 28);
        assert_eq!(days_in(2000, 2), 29);
        assert_eq!(days_in(2023, 4), 30);
        let span = Span {
            start: PickerDate::new(2020, 3, 15),
            end: PickerDate::new(2021, 2, 10),
        };
        assert_eq!(span.months(2020), 3..=12);
        assert_eq!(span.days(2020, 3), 15..=31);
        assert_eq!(span.days(2021, 2), 1..=10);
        let d = PickerDate::new(2020, 3, 20);
        assert_eq!(span.date(&span.indices(d)), d);
        // Turning the year to 2021 with March selected: 2021 ends in February.
        assert_eq!(span.date(&[1, 0, 19]), PickerDate::new(2021, 1, 20));
        assert_eq!(span.clamp(PickerDate::new(2019, 1, 1)), span.start);
    }
}
