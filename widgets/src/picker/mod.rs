//! Pickers: wheels of rows that turn and snap (`wheel.rs`), and the pickers built from
//! them: TextPicker, TimePicker and DatePicker, and their dialogs, ArkUI's components
//! of those names.

mod attribute;
mod calendar_picker;
mod date_picker;
mod dialogs;
mod style;
mod text_picker;
mod time_picker;
mod wheel;

pub use attribute::PickerAttribute;
pub use calendar_picker::CalendarPicker;
pub use date_picker::{DatePicker, PickerDate};
pub use dialogs::{DatePickerDialog, TextPickerDialog, TimePickerDialog};
pub use style::{PickerDivider, PickerTextStyle};
pub use text_picker::{TextCascadePickerRangeContent, TextPicker, TextPickerRange};
pub use time_picker::{PickerTime, TimePicker};
