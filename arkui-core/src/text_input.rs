//! Text entry reaching a component: committed text and input-method (IME) composition go to
//! the focused component that registered a text input handler (a `TextInput`, `TextArea`,
//! `Search`), and the platform asks [`App::ime_request`] whether to turn its IME on and
//! where the caret is, so candidate windows open beside it.
//!
//! Keys still travel the key path (`on_key_event`): a text field edits on Backspace or the
//! arrows there, and inserts only what arrives here. That split is what keeps a key press
//! that also produced text from inserting twice: the key is never text.

use std::rc::Rc;

use crate::App;
use crate::reactive::batch;
use crate::tree::{NodeId, with_tree};

/// An input-method event, as winit's `Ime` and Wayland's text-input protocol report them.
///
/// ```
/// use arkui_core::ImeEvent;
/// let e = ImeEvent::Preedit { text: "ni".into(), cursor: Some((2, 2)) };
/// assert!(matches!(e, ImeEvent::Preedit { ref text, .. } if text == "ni"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImeEvent {
    /// The input method became active for the window.
    Enabled,
    /// Composition in progress: `text` replaces any previous preedit text (empty: the
    /// composition was cleared). `cursor` is the byte range of the IME's own cursor inside
    /// `text`, when it shows one.
    Preedit {
        /// The text being composed (shown underlined at the caret, not yet in the field).
        text: String,
        /// Byte offsets of the IME's cursor or highlighted part within `text`.
        cursor: Option<(usize, usize)>,
    },
    /// Final text: it replaces the preedit text (or the selection) in the field.
    Commit(String),
    /// The input method was turned off; any preedit text is dropped.
    Disabled,
}

/// What the focused text field asks of the platform's input method, from
/// [`App::ime_request`].
///
/// ```
/// use arkui_core::ImeRequest;
/// let r = ImeRequest::default();
/// assert!(r.cursor_area.is_empty());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct ImeRequest {
    /// The caret (or the preedit text) in window pixels: where candidate windows go.
    pub cursor_area: Rect,
}

type TextHandler = Rc<dyn Fn(&ImeEvent) -> bool>;

/// A text entry node's handler and caret, kept in the node.
#[derive(Clone)]
struct Entry {
    handler: TextHandler,
    /// The caret relative to the node's top-left, in pixels.
    cursor: Rect,
}

impl NodeId {
    /// Make this node a text entry target: while it has focus, committed text
    /// ([`crate::InputEvent::Text`]) and [`ImeEvent`]s go to `handler` (keyboard text as
    /// [`ImeEvent::Commit`]), and [`App::ime_request`] asks the platform for an IME. The
    /// handler returns whether it used the event.
    ///
    /// ```
    /// use std::cell::RefCell;
    /// use std::rc::Rc;
    /// use arkui_core::*;
    /// let got = Rc::new(RefCell::new(String::new()));
    /// let sink = got.clone();
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     let field = NodeId::create("Field", NodeKind::Leaf).width(100.0).height(20.0).focusable(true).id("f");
    ///     field.set_on_text_input(move |e| match e {
    ///         ImeEvent::Commit(t) => { sink.borrow_mut().push_str(t); true }
    ///         _ => false,
    ///     });
    ///     field
    /// });
    /// assert!(app.ime_request().is_none()); // nothing focused
    /// app.focus_id("f").unwrap();
    /// assert!(app.ime_request().is_some());
    /// assert!(app.handle_input(&InputEvent::Text("hi".into())));
    /// assert_eq!(*got.borrow(), "hi");
    /// ```
    pub fn set_on_text_input(self, handler: impl Fn(&ImeEvent) -> bool + 'static) {
        self.set_extension(Entry {
            handler: Rc::new(handler),
            cursor: Rect::default(),
        });
    }

    /// Where the caret of this text entry node is, relative to its top-left in pixels; the
    /// platform places IME candidate windows there ([`ImeRequest::cursor_area`]).
    ///
    /// ```
    /// use arkui_core::*;
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let f = NodeId::create("Field", NodeKind::Leaf).width(100.0).height(20.0).focusable(true).id("f");
    ///     f.set_on_text_input(|_| true);
    ///     f.set_ime_cursor_area(Rect::new(5.0, 2.0, 2.0, 16.0));
    ///     f
    /// });
    /// app.focus_id("f").unwrap();
    /// let field = app.find_by_id("f").unwrap().rect().unwrap();
    /// let area = app.ime_request().unwrap().cursor_area;
    /// assert_eq!((area.x, area.y), (field.x + 5.0, field.y + 2.0));
    /// ```
    pub fn set_ime_cursor_area(self, area: Rect) {
        self.update_extension(|e: &mut Entry| e.cursor = area);
    }
}

fn handler_of(node: NodeId) -> Option<(TextHandler, Rect)> {
    node.extension::<Entry>().map(|e| (e.handler, e.cursor))
}

fn is_disabled(node: NodeId) -> bool {
    with_tree(|t| t.nodes.get(node).is_none_or(|n| n.interaction.disabled))
}

impl App {
    /// Whether the focused component takes text, and where its caret is: a platform turns
    /// its input method on while this is `Some` (winit's `set_ime_allowed`,
    /// `set_ime_cursor_area`) and off when it becomes `None`.
    ///
    /// ```
    /// use arkui_core::*;
    /// let app = App::with_view(DeviceProfile::iot(), || NodeId::create("Column", NodeKind::Flex));
    /// assert_eq!(app.ime_request(), None);
    /// ```
    pub fn ime_request(&self) -> Option<ImeRequest> {
        let node = self.focused()?;
        let (_, cursor) = handler_of(node)?;
        if is_disabled(node) {
            return None;
        }
        let origin = node.rect().unwrap_or_default();
        Some(ImeRequest {
            cursor_area: Rect::new(
                origin.x + cursor.x,
                origin.y + cursor.y,
                cursor.width,
                cursor.height,
            ),
        })
    }

    /// Deliver text or an IME event to the focused text entry component.
    pub(crate) fn text_input(&mut self, event: &ImeEvent) -> bool {
        let Some(node) = self.focused() else {
            return false;
        };
        let Some((handler, _)) = handler_of(node) else {
            return false;
        };
        if is_disabled(node) {
            return false;
        }
        batch(|| handler(event))
    }
}

/// A rectangle in pixels (re-exported so text fields can report their caret).
pub use arkui_renderer::Rect;
pub use arkui_renderer::text::{ClusterBox, LineBox, TextMap};

/// Where each byte of `text` lands when shaped with `attrs` under `units`, exactly as a
/// `Text` node with those attributes is measured and painted (`max_width` in pixels wraps,
/// `None` keeps one line per paragraph). Positions are pixels from the text's top-left.
///
/// ```
/// use arkui_core::{TextAttrs, Units, text_map};
/// let units = Units { density: 2.0, ..Units::default() };
/// let map = text_map("ab", &TextAttrs::default(), &units, None);
/// assert_eq!(map.clusters.len(), 2);
/// assert!(map.clusters[1].x > 0.0);
/// assert_eq!(map.lines.len(), 1);
/// ```
pub fn text_map(
    text: &str,
    attrs: &crate::TextAttrs,
    units: &crate::Units,
    max_width: Option<f32>,
) -> TextMap {
    let style = crate::layout::text_style(attrs, units);
    crate::fonts::with_fonts(|f| f.text_map(text, &style, max_width))
}
