//! `TimePicker`: hour and minute wheels (and seconds when asked), in 24-hour time or 12-hour
//! time with an AM/PM wheel first, ArkUI's `TimePicker`. Built on [`TextPicker`]'s columns.

use std::rc::Rc;

use arkui_core::{Element, NodeId, Widget};

use super::attribute::PickerAttribute;
use super::text_picker::{TextPicker, TextPickerRange};

/// A time of day, ArkUI's `TimePickerResult`.
///
/// ```
/// let t = arkui_widgets::PickerTime::new(13, 5, 0);
/// assert_eq!(t.to_string(), "13:05:00");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct PickerTime {
    /// 0..=23.
    pub hour: u8,
    /// 0..=59.
    pub minute: u8,
    /// 0..=59.
    pub second: u8,
}

impl PickerTime {
    /// A time; out-of-range parts are clamped.
    pub fn new(hour: u8, minute: u8, second: u8) -> PickerTime {
        PickerTime {
            hour: hour.min(23),
            minute: minute.min(59),
            second: second.min(59),
        }
    }
}

impl std::fmt::Display for PickerTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}:{:02}", self.hour, self.minute, self.second)
    }
}

/// How the time is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Format {
    military: bool,
    seconds: bool,
}

/// A time picker, ArkUI's `TimePicker`: 12-hour time with an AM/PM wheel by default
/// (`use_military_time` for 24-hour time); wheels loop (`can_loop`, ArkUI's `loop`).
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{PickerTime, TimePicker};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     TimePicker::new(PickerTime::new(14, 30, 0)).id("alarm")
/// });
/// let picker = TimePicker::from_id(&app, "alarm").unwrap();
/// assert_eq!(picker.time(), PickerTime::new(14, 30, 0));
/// // Three wheels: PM, 2, 30.
/// assert_eq!(picker.values(), ["PM", "2", "30"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimePicker(TextPicker);

impl PickerAttribute for TimePicker {
    fn columns(self) -> TextPicker {
        self.0
    }
}

impl Widget for TimePicker {
    fn node(self) -> NodeId {
        self.0.node()
    }
}

impl Element<(PickerTime,)> for TimePicker {
    fn create((time,): (PickerTime,)) -> TimePicker {
        TimePicker::build(
            time,
            Format {
                military: false,
                seconds: false,
            },
        )
    }

    fn update(self, (time,): (PickerTime,)) {
        self.set_time(time);
    }
}

type TimeHandler = Rc<dyn Fn(PickerTime)>;

#[derive(Clone)]
struct Settings {
    format: Format,
    on_change: Option<TimeHandler>,
}

fn two(n: u32) -> String {
    format!("{n:02}")
}

fn columns(format: Format) -> Vec<Vec<String>> {
    let mut cols = Vec::new();
    if !format.military {
        cols.push(vec!["AM".to_string(), "PM".to_string()]);
        // Index = hour % 12: 12, 1, 2 ... 11.
        cols.push(
            (0..12)
                .map(|h| if h == 0 { "12".into() } else { h.to_string() })
                .collect(),
        );
    } else {
        cols.push((0..24).map(two).collect());
    }
    cols.push((0..60).map(two).collect());
    if format.seconds {
        cols.push((0..60).map(two).collect());
    }
    cols
}

fn indices(t: PickerTime, format: Format) -> Vec<usize> {
    let mut at = Vec::new();
    if format.military {
        at.push(usize::from(t.hour));
    } else {
        at.push(usize::from(t.hour >= 12));
        at.push(usize::from(t.hour % 12));
    }
    at.push(usize::from(t.minute));
    if format.seconds {
        at.push(usize::from(t.second));
    }
    at
}

fn time_of(at: &[usize], format: Format) -> PickerTime {
    let get = |i: usize| at.get(i).copied().unwrap_or(0) as u8;
    let (hour, rest) = if format.military {
        (get(0), 1)
    } else {
        (get(0) * 12 + get(1), 2)
    };
    PickerTime::new(
        hour,
        get(rest),
        if format.seconds { get(rest + 1) } else { 0 },
    )
}

impl TimePicker {
    /// A picker showing `time`.
    pub fn new(time: PickerTime) -> TimePicker {
        TimePicker::create((time,))
    }

    fn build(time: PickerTime, format: Format) -> TimePicker {
        let picker = TextPicker::new(TextPickerRange::Multi(columns(format)));
        picker.node().set_inspector_attr("type", "TimePicker");
        let tp = TimePicker(picker);
        picker.node().set_extension(Settings {
            format,
            on_change: None,
        });
        picker.on_change(move |_, at| {
            let Some(s) = picker.node().extension::<Settings>() else {
                return;
            };
            let t = time_of(at, s.format);
            picker.node().set_inspector_attr("selected", t.to_string());
            if let Some(f) = s.on_change {
                f(t);
            }
        });
        tp.set_time(time);
        tp
    }

    /// The TimePicker with `.id(id)` in `app`.
    pub fn from_id(app: &arkui_core::App, id: &str) -> Option<TimePicker> {
        TextPicker::from_id(app, id)
            .filter(|p| p.node().extension::<Settings>().is_some())
            .map(TimePicker)
    }

    fn format(self) -> Format {
        self.0.node().extension::<Settings>().map_or(
            Format {
                military: false,
                seconds: false,
            },
            |s| s.format,
        )
    }

    /// The time shown.
    pub fn time(self) -> PickerTime {
        time_of(&self.0.indices(), self.format())
    }

    /// What each wheel shows.
    pub fn values(self) -> Vec<String> {
        self.0.values()
    }

    /// Show `time` (no `on_change`: the app chose it).
    pub fn set_time(self, time: PickerTime) {
        for (c, at) in indices(time, self.format()).into_iter().enumerate() {
            self.0.select_column(c, at);
        }
        self.0
            .node()
            .set_inspector_attr("selected", time.to_string());
    }

    /// Rebuild the wheels for a new format, keeping the time.
    fn reformat(self, f: impl FnOnce(&mut Format)) -> Self {
        let time = self.time();
        let mut format = self.format();
        f(&mut format);
        let Some(mut s) = self.0.node().extension::<Settings>() else {
            return self;
        };
        if s.format == format {
            return self;
        }
        s.format = format;
        self.0.node().set_extension(s);
        self.0
            .replace_columns(TextPickerRange::Multi(columns(format)));
        self.set_time(time);
        self
    }

    /// `useMilitaryTime`: 24-hour time, no AM/PM wheel (default false).
    pub fn use_military_time(self, on: bool) -> Self {
        self.reformat(|f| f.military = on)
    }

    /// Show a seconds wheel (ArkUI's `dateTimeOptions` with `second`).
    pub fn show_seconds(self, on: bool) -> Self {
        self.reformat(|f| f.seconds = on)
    }

    /// `onChange`: the new time after a wheel settles on a new row.
    pub fn on_change(self, f: impl Fn(PickerTime) + 'static) -> Self {
        if let Some(mut s) = self.0.node().extension::<Settings>() {
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
    fn indices_and_times_round_trip_in_both_formats() {
        for military in [false, true] {
            for seconds in [false, true] {
                let f = Format { military, seconds };
                for (h, m, s) in [(0, 0, 0), (11, 59, 30), (12, 0, 1), (23, 7, 59)] {
                    let t = PickerTime::new(h, m, s);
                    let want = if seconds { t } else { PickerTime::new(h, m, 0) };
                    assert_eq!(time_of(&indices(t, f), f), want, "{f:?} {t}");
                }
            }
        }
        let twelve = Format {
            military: false,
            seconds: false,
        };
        assert_eq!(columns(twelve)[1][0], "12", "midnight and noon read 12");
    }
}
