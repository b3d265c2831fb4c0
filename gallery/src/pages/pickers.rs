//! Pickers: a date, a time, a single wheel of strings and cascading columns, and a time
//! picker dialog. Each wheel turns under the finger, flings, snaps to a row, and follows Up
//! and Down.

use arkui::prelude::*;

use super::section::section;
use arkui::widgets::TextCascadePickerRangeContent as Entry;

/// The pickers page.
#[component]
pub struct PickersPage {
    #[state(String::from("2024-02-29"))]
    date: String,
    #[state(String::from("08:30:00"))]
    time: String,
    #[state(String::from("Espresso"))]
    drink: String,
}

impl PickersPage {
    fn build(&self) -> impl View {
        let (date, time, drink) = (self.date, self.time, self.drink);
        let places = vec![
            Entry::new("Europe").children([
                Entry::new("Paris"),
                Entry::new("Berlin"),
                Entry::new("Madrid"),
            ]),
            Entry::new("Asia").children([Entry::new("Shenzhen"), Entry::new("Tokyo")]),
            Entry::new("Americas").children([Entry::new("Lima"), Entry::new("Toronto")]),
        ];
        let date_picker = DatePicker::new(PickerDate::new(2024, 2, 29))
            .on_date_change(move |d| date.set(d.to_string()))
            .width(pct(100.0))
            .id("picker-date");
        let time_picker = TimePicker::new(PickerTime::new(8, 30, 0))
            .on_change(move |t| time.set(t.to_string()))
            .width(pct(100.0))
            .id("picker-time");
        let drinks = TextPicker::new(["Espresso", "Latte", "Mocha", "Tea", "Water"])
            .can_loop(false)
            .on_change(move |v, _| drink.set(v[0].clone()))
            .width(pct(100.0))
            .id("picker-drink");
        let cities = TextPicker::new(places).width(pct(100.0)).id("picker-city");
        let calendar = CalendarPicker::new(PickerDate::new(2024, 2, 29))
            .on_change(move |d| date.set(d.to_string()))
            .id("picker-calendar");
        let open_dialog = Button::new("Pick a time in a dialog")
            .on_click(move |_| {
                TimePickerDialog::new(PickerTime::new(8, 30, 0))
                    .use_military_time(true)
                    .on_accept(move |t| time.set(t.to_string()))
                    .show();
            })
            .id("picker-open-dialog");
        ui! {
            Scroll {
                Column {
                    Text(format!("{} · {} · {}", date.get(), time.get(), drink.get()))
                        .font_size(14.fp())
                        .id("pickers-status")
                    section("CalendarPicker", calendar)
                    section("DatePicker", date_picker)
                    section("TimePicker (12-hour)", time_picker)
                    section("TextPicker", drinks)
                    section("Cascading TextPicker", cities)
                    open_dialog
                }
                .space(12.vp())
                .padding(12.vp())
                .width(pct(100.0))
            }
            .width(pct(100.0))
            .height(pct(100.0))
            .background_color(theme().background_secondary)
            .id("pickers")
        }
    }
}
