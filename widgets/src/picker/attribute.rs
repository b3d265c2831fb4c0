//! The look TimePicker and DatePicker share with TextPicker: the three row styles, the
//! divider and looping, as one trait instead of a copy of each method per picker.

use super::style::{PickerDivider, PickerTextStyle};
use super::text_picker::TextPicker;

/// Attributes every picker built on [`TextPicker`]'s columns has (TextPicker has them as
/// its own methods).
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{PickerAttribute, PickerTime, TimePicker};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     TimePicker::new(PickerTime::new(6, 0, 0)).can_loop(false).divider(None).id("t")
/// });
/// app.frame();
/// let picker = TimePicker::from_id(&app, "t").unwrap();
/// assert_eq!(picker.values(), ["AM", "6", "00"]);
/// ```
pub trait PickerAttribute: Copy {
    /// The columns the picker is made of.
    #[doc(hidden)]
    fn columns(self) -> TextPicker;

    /// `disappearTextStyle`: the top and bottom rows.
    fn disappear_text_style(self, s: PickerTextStyle) -> Self {
        self.columns().disappear_text_style(s);
        self
    }

    /// `textStyle`: the rows beside the selected one.
    fn text_style(self, s: PickerTextStyle) -> Self {
        self.columns().text_style(s);
        self
    }

    /// `selectedTextStyle`: the selected row.
    fn selected_text_style(self, s: PickerTextStyle) -> Self {
        self.columns().selected_text_style(s);
        self
    }

    /// `divider`: the lines around the selected row (`None`: no lines).
    fn divider(self, d: Option<PickerDivider>) -> Self {
        self.columns().divider(d);
        self
    }

    /// `loop` / `canLoop`: whether the wheels wrap around (default true).
    fn can_loop(self, on: bool) -> Self {
        self.columns().can_loop(on);
        self
    }
}
