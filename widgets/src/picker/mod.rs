//! Pickers: wheels of rows that turn and snap (`wheel.rs`), and the pickers built from
//! them: TextPicker, TimePicker and DatePicker, ArkUI's components of those names.

mod date_picker;
mod style;
mod text_picker;
mod time_picker;
mod wheel;

pub use date_picker::{DatePicker, PickerDate};
pub use style::{PickerDivider, PickerTextStyle};
pub use text_picker::{TextCascadePickerRangeContent, TextPicker, TextPickerRange};
pub use time_picker::{PickerTime, TimePicker};
