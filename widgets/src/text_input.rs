//! `TextInput`: one line of editable text, ArkUI's `TextInput`.

use arkui_core::Element;

use crate::text_field::{Field, field_attributes};

/// A single-line text field, ArkUI's `TextInput`. Focus it (tap, click, Tab or the D-pad)
/// and type; the caret moves by grapheme cluster with the arrows (by word with ctrl),
/// shift extends the selection, Home/End jump, ctrl+A/C/X/V select all, copy, cut and
/// paste ([`arkui_core::clipboard_text`]), Enter calls `on_submit`. Long text scrolls
/// sideways to keep the caret in view; an input method's composition shows underlined at
/// the caret until it is committed.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, InputEvent, State};
/// use arkui_widgets::TextInput;
/// let name = State::new(String::new());
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     TextInput::new().placeholder("Name").bind_text(name).id("name")
/// });
/// app.focus_id("name").unwrap();
/// app.handle_input(&InputEvent::Text("Ada".into()));
/// assert_eq!(name.get(), "Ada");
/// let attrs = &app.inspector_by_id("name").unwrap()["$attrs"];
/// assert_eq!(attrs["text"], "Ada");
/// assert_eq!(attrs["caretPosition"], "3");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct TextInput {
    field: Field,
}

field_attributes!(TextInput);

impl Element<()> for TextInput {
    fn create(_: ()) -> TextInput {
        TextInput {
            field: Field::new("TextInput", false),
        }
    }

    fn update(self, _: ()) {}
}

impl Default for TextInput {
    fn default() -> Self {
        TextInput::new()
    }
}

impl TextInput {
    /// An empty field.
    pub fn new() -> TextInput {
        TextInput::create(())
    }

    /// `onSubmit`: Enter was pressed; called with the text.
    pub fn on_submit(self, f: impl Fn(String) + 'static) -> Self {
        self.field.on_submit.set(Some(std::rc::Rc::new(f)));
        self
    }
}
