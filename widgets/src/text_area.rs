//! `TextArea`: several lines of editable text that wrap, ArkUI's `TextArea`.

use arkui_core::Element;

use crate::text_field::{Field, field_attributes};

/// A multi-line text field, ArkUI's `TextArea`: text wraps at the field's width, Enter
/// starts a new line, Up and Down move between visual lines, Home and End go to the ends
/// of the line (with ctrl, of the text). It grows with its text unless given a height, then
/// scrolls to keep the caret in view. Otherwise edits as [`crate::TextInput`] does.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, InputEvent, Key, Modifiers};
/// use arkui_widgets::TextArea;
/// let mut app = App::with_view(DeviceProfile::iot(), || TextArea::new().id("notes"));
/// app.focus_id("notes").unwrap();
/// app.handle_input(&InputEvent::Text("one".into()));
/// app.press_key(Key::Enter);
/// app.handle_input(&InputEvent::Text("two".into()));
/// assert_eq!(app.inspector_by_id("notes").unwrap()["$attrs"]["text"], "one\ntwo");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct TextArea {
    field: Field,
}

field_attributes!(TextArea);

impl Element<()> for TextArea {
    fn create(_: ()) -> TextArea {
        TextArea {
            field: Field::new("TextArea", true),
        }
    }

    fn update(self, _: ()) {}
}

impl Default for TextArea {
    fn default() -> Self {
        TextArea::new()
    }
}

impl TextArea {
    /// An empty text area.
    pub fn new() -> TextArea {
        TextArea::create(())
    }
}
