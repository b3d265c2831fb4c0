//! The clipboard text fields copy to and paste from. The core keeps an in-process one, so
//! copy and paste work headless, on framebuffers and in tests; a platform with a system
//! clipboard installs its own with [`set_clipboard`].

use std::cell::RefCell;

/// A place text is copied to and pasted from.
///
/// ```
/// use arkui_core::{Clipboard, InProcessClipboard};
/// let mut c = InProcessClipboard::default();
/// c.set_text("copied");
/// assert_eq!(c.get_text().as_deref(), Some("copied"));
/// ```
pub trait Clipboard {
    /// The text on the clipboard, if it holds text.
    fn get_text(&mut self) -> Option<String>;
    /// Put `text` on the clipboard.
    fn set_text(&mut self, text: &str);
}

/// A clipboard that lives in this process (the default).
///
/// ```
/// use arkui_core::{Clipboard, InProcessClipboard};
/// assert_eq!(InProcessClipboard::default().get_text(), None);
/// ```
#[derive(Clone, Debug, Default)]
pub struct InProcessClipboard {
    text: Option<String>,
}

impl Clipboard for InProcessClipboard {
    fn get_text(&mut self) -> Option<String> {
        self.text.clone()
    }

    fn set_text(&mut self, text: &str) {
        self.text = Some(text.to_string());
    }
}

thread_local! {
    static CLIPBOARD: RefCell<Box<dyn Clipboard>> =
        RefCell::new(Box::new(InProcessClipboard::default()));
}

/// Replace this thread's clipboard (a platform's system clipboard).
///
/// ```
/// use arkui_core::{InProcessClipboard, clipboard_text, set_clipboard, set_clipboard_text};
/// set_clipboard(Box::new(InProcessClipboard::default()));
/// assert_eq!(clipboard_text(), None);
/// set_clipboard_text("x");
/// assert_eq!(clipboard_text().as_deref(), Some("x"));
/// ```
pub fn set_clipboard(clipboard: Box<dyn Clipboard>) {
    CLIPBOARD.with(|c| *c.borrow_mut() = clipboard);
}

/// The clipboard's text (what ctrl+V pastes).
pub fn clipboard_text() -> Option<String> {
    CLIPBOARD.with(|c| c.try_borrow_mut().ok().and_then(|mut c| c.get_text()))
}

/// Put `text` on the clipboard (what ctrl+C and ctrl+X do).
pub fn set_clipboard_text(text: &str) {
    CLIPBOARD.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            c.set_text(text);
        }
    });
}
