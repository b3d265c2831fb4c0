//! `TextInput`: one line of editable text, ArkUI's `TextInput`, with what only it has among
//! the fields: the Enter key's type and `onSubmit`, `inputFilter`, the counter and the error
//! line under the box (`text_input_footer.rs`), and a controller.

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::{Element, State, untrack};

use crate::text_edit::CharFilter;
use crate::text_field::{Field, field_attributes};
use crate::text_input_footer::Footer;

/// What the Enter key of the on-screen keyboard says and does, ArkUI's `EnterKeyType`
/// (default [`EnterKeyType::Done`]). Every type but `NewLine` submits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum EnterKeyType {
    /// "Go".
    Go,
    /// "Search".
    Search,
    /// "Send".
    Send,
    /// "Next".
    Next,
    /// "Done" (the default).
    #[default]
    Done,
    /// "Previous".
    Previous,
    /// A line break (a single-line field does not submit).
    NewLine,
}

impl EnterKeyType {
    fn name(self) -> &'static str {
        match self {
            EnterKeyType::Go => "EnterKeyType.Go",
            EnterKeyType::Search => "EnterKeyType.Search",
            EnterKeyType::Send => "EnterKeyType.Send",
            EnterKeyType::Next => "EnterKeyType.Next",
            EnterKeyType::Done => "EnterKeyType.Done",
            EnterKeyType::Previous => "EnterKeyType.PREVIOUS",
            EnterKeyType::NewLine => "EnterKeyType.NEW_LINE",
        }
    }
}

/// What `onSubmit` gets besides the key, ArkUI's `SubmitEvent`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubmitEvent {
    /// The text submitted.
    pub text: String,
    keep: bool,
}

impl SubmitEvent {
    /// Keep editing after this submit (by default the field gives up the focus).
    pub fn keep_editable_state(&mut self) {
        self.keep = true;
    }
}

/// `showCounter`'s options, ArkUI's `InputCounterOptions`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InputCounterOptions {
    /// Show the counter once the text is longer than this percentage of `maxLength`
    /// (1..=100; other values never show it). `None` shows it always.
    pub threshold_percentage: Option<f32>,
    /// Turn the box's border red when the text reaches `maxLength` (default true).
    pub highlight_border: bool,
}

impl Default for InputCounterOptions {
    fn default() -> Self {
        InputCounterOptions {
            threshold_percentage: None,
            highlight_border: true,
        }
    }
}

type SubmitHandler = Rc<dyn Fn(EnterKeyType, &mut SubmitEvent)>;

/// Moves the caret, selects, measures and stops editing in the [`TextInput`] it is given to,
/// ArkUI's `TextInputController`. Indices count characters; offsets are px from the
/// field's top-left.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{TextInput, TextInputController};
/// let c = TextInputController::new();
/// let c2 = c.clone();
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     TextInput::new().text("Hello").controller(c2).id("t")
/// });
/// app.focus_id("t").unwrap();
/// c.caret_position(2);
/// assert_eq!(c.get_caret_offset().index, 2);
/// c.set_text_selection(1, 4);
/// let attrs = &app.inspector_by_id("t").unwrap()["$attrs"];
/// assert_eq!((attrs["selectionStart"].as_str(), attrs["selectionEnd"].as_str()), (Some("1"), Some("4")));
/// assert_eq!(c.get_text_content_line_count(), 1);
/// c.stop_editing();
/// app.frame();
/// assert_eq!(app.focused_id(), None);
/// ```
#[derive(Clone, Default)]
pub struct TextInputController {
    field: Rc<RefCell<Option<Field>>>,
}

impl std::fmt::Debug for TextInputController {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextInputController")
            .field("bound", &self.field.borrow().is_some())
            .finish()
    }
}

/// The caret's place, ArkUI's `CaretOffset`.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct CaretOffset {
    /// Characters before the caret.
    pub index: usize,
    /// px from the field's left edge.
    pub x: f32,
    /// px from the field's top edge.
    pub y: f32,
}

impl TextInputController {
    /// A controller bound to no field yet.
    pub fn new() -> TextInputController {
        TextInputController::default()
    }

    fn field(&self) -> Option<Field> {
        *self.field.borrow()
    }

    /// `caretPosition`: put the caret before character `index` (past the end: at the end).
    pub fn caret_position(&self, index: usize) {
        if let Some(f) = self.field() {
            f.set_caret_chars(index);
        }
    }

    /// `setTextSelection`: select characters `start..end` (clamped to the text).
    pub fn set_text_selection(&self, start: usize, end: usize) {
        if let Some(f) = self.field() {
            f.select_chars(start, end);
        }
    }

    /// `stopEditing`: the field gives up the focus (and the keyboard).
    pub fn stop_editing(&self) {
        if let Some(f) = self.field() {
            f.stop_editing();
        }
    }

    /// `getCaretOffset`: where the caret is.
    pub fn get_caret_offset(&self) -> CaretOffset {
        self.field().map_or(CaretOffset::default(), |f| {
            let (index, x, y) = f.caret_offset();
            CaretOffset { index, x, y }
        })
    }

    /// `getTextContentRect`: the text's box, px from the field's top-left (0 wide when
    /// empty).
    pub fn get_text_content_rect(&self) -> arkui_core::Rect {
        self.field().map_or(
            arkui_core::Rect::new(0.0, 0.0, 0.0, 0.0),
            Field::content_rect,
        )
    }

    /// `getTextContentLineCount`: lines of text (1 for a non-empty single-line field).
    pub fn get_text_content_line_count(&self) -> usize {
        self.field().map_or(0, Field::line_count)
    }
}

/// A single-line text field, ArkUI's `TextInput`. Focus it (tap, click, Tab or the D-pad)
/// and type; the caret moves by grapheme cluster with the arrows (by word with ctrl),
/// shift extends the selection, Home/End jump, ctrl+A/C/X/V select all, copy, cut and
/// paste ([`arkui_core::clipboard_text`]), Enter submits (`on_submit`) and, unless the
/// handler keeps editing, gives up the focus. Long text scrolls sideways to keep the caret
/// in view; an input method's composition shows underlined at the caret until it is
/// committed.
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
    enter_key: State<EnterKeyType>,
    footer: Footer,
}

field_attributes!(TextInput);

impl Element<()> for TextInput {
    fn create(_: ()) -> TextInput {
        let field = Field::new("TextInput", false);
        let enter_key = State::new(EnterKeyType::Done);
        let footer = Footer::new(field);
        let input = TextInput {
            field,
            enter_key,
            footer,
        };
        input.set_submit(None);
        input.report_enter_key();
        input
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

    fn set_submit(self, handler: Option<SubmitHandler>) {
        let (field, enter_key) = (self.field, self.enter_key);
        self.field.on_submit.set(Some(Rc::new(move |text| {
            let key = untrack(|| enter_key.get());
            if key == EnterKeyType::NewLine {
                return;
            }
            let mut event = SubmitEvent { text, keep: false };
            if let Some(h) = &handler {
                h(key, &mut event);
            }
            if !event.keep {
                field.stop_editing();
            }
        })));
    }

    fn report_enter_key(self) {
        let key = untrack(|| self.enter_key.get());
        self.field
            .root
            .set_inspector_attr("enterKeyType", key.name());
    }

    /// `enterKeyType`: what the keyboard's Enter key says (default Done); `NewLine` does
    /// not submit.
    pub fn enter_key_type(self, key: EnterKeyType) -> Self {
        self.enter_key.set(key);
        self.report_enter_key();
        self
    }

    /// `onSubmit`: Enter was pressed; called with the Enter key's type and the event (its
    /// text; call [`SubmitEvent::keep_editable_state`] to keep the focus).
    ///
    /// ```
    /// use std::{cell::RefCell, rc::Rc};
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, InputEvent, Key};
    /// use arkui_widgets::{EnterKeyType, TextInput};
    /// let got = Rc::new(RefCell::new(None));
    /// let g = got.clone();
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     TextInput::new()
    ///         .enter_key_type(EnterKeyType::Search)
    ///         .on_submit(move |key, e| *g.borrow_mut() = Some((key, e.text.clone())))
    ///         .id("q")
    /// });
    /// app.focus_id("q").unwrap();
    /// app.handle_input(&InputEvent::Text("rust".into()));
    /// app.press_key(Key::Enter);
    /// assert_eq!(*got.borrow(), Some((EnterKeyType::Search, "rust".to_string())));
    /// assert_eq!(app.focused_id(), None, "editing stopped");
    /// ```
    pub fn on_submit(self, f: impl Fn(EnterKeyType, &mut SubmitEvent) + 'static) -> Self {
        self.set_submit(Some(Rc::new(f)));
        self
    }

    /// `inputFilter`: only characters the regular expression `pattern` matches (each on its
    /// own) are typed or pasted; what it drops goes to `on_error`. A pattern that is not a
    /// valid expression is reported (log and the `inputFilter` inspector attribute) and
    /// filters nothing. Use [`TextInput::try_input_filter`] to get the error.
    ///
    /// ```
    /// use std::{cell::RefCell, rc::Rc};
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, InputEvent};
    /// use arkui_widgets::TextInput;
    /// let dropped = Rc::new(RefCell::new(String::new()));
    /// let d = dropped.clone();
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     TextInput::new().input_filter("[0-9]", move |s| d.borrow_mut().push_str(&s)).id("pin")
    /// });
    /// app.focus_id("pin").unwrap();
    /// app.handle_input(&InputEvent::Text("12ab3".into()));
    /// assert_eq!(app.inspector_by_id("pin").unwrap()["$attrs"]["text"], "123");
    /// assert_eq!(*dropped.borrow(), "ab");
    /// ```
    pub fn input_filter(self, pattern: &str, on_error: impl Fn(String) + 'static) -> Self {
        match self.try_input_filter(pattern, on_error) {
            Ok(me) => me,
            Err(e) => {
                log::error!("{e}");
                self.field
                    .root
                    .set_inspector_attr("inputFilter", format!("error: {e}"));
                self
            }
        }
    }

    /// [`TextInput::input_filter`], with the error when `pattern` is not a valid regular
    /// expression.
    ///
    /// ```
    /// use arkui_core::{App, DeviceProfile};
    /// use arkui_widgets::TextInput;
    /// let _app = App::with_view(DeviceProfile::iot(), || {
    ///     let e = TextInput::new().try_input_filter("[0-9", |_| {}).unwrap_err();
    ///     assert!(e.contains("[0-9"), "{e}");
    ///     TextInput::new()
    /// });
    /// ```
    pub fn try_input_filter(
        self,
        pattern: &str,
        on_error: impl Fn(String) + 'static,
    ) -> Result<Self, String> {
        let filter = CharFilter::new(pattern)?;
        self.field
            .root
            .set_inspector_attr("inputFilter", filter.pattern().to_string());
        self.field.buffer.update(|b| b.filter = Some(filter));
        self.field.on_filter_error.set(Some(Rc::new(on_error)));
        Ok(self)
    }

    /// `showCounter`: with `maxLength` set, show "length/maxLength" under the box's
    /// trailing edge (see [`InputCounterOptions`] for when); at the limit it turns red,
    /// and so does the border unless `highlight_border` is off.
    pub fn show_counter(self, on: bool, options: InputCounterOptions) -> Self {
        self.footer.set_counter(on.then_some(options));
        self
    }

    /// `showError`: show `message` under the box in the warning colour, on one line
    /// (ellipsized), with the underline or border in the same colour; `None` hides it.
    pub fn show_error(self, message: Option<&str>) -> Self {
        self.footer.set_error(message.map(str::to_string));
        self
    }

    /// Bind a [`TextInputController`] to this field.
    pub fn controller(self, controller: TextInputController) -> Self {
        *controller.field.borrow_mut() = Some(self.field);
        self
    }
}
