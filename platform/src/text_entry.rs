//! Key text and input-method events to [`InputEvent`]s, each character once.
//!
//! Window systems report typed text twice over in some setups: winit on X11 with an IME
//! running can send a `KeyboardInput` carrying text *and* an `Ime::Commit` of the same text
//! for one key press; while an IME composes, key presses belong to it (Backspace edits the
//! composition, not the field). [`TextEntryFilter`] sits between a backend's native events
//! and the app and keeps exactly one copy of every committed character.

use arkui_core::{ImeEvent, InputEvent, Key, Modifiers};

/// The de-duplicating state between a backend's key and IME events.
///
/// Rules: key presses with text produce [`InputEvent::Key`] then [`InputEvent::Text`]
/// (without ctrl/alt/meta, without control characters); an IME commit equal to the text of
/// the key press just before it is that key's text again and is dropped; while a
/// composition is shown, keys go to the input method and not to the app.
///
/// ```
/// use arkui_core::{ImeEvent, InputEvent, Key, Modifiers};
/// use arkui_platform::TextEntryFilter;
/// let mut f = TextEntryFilter::default();
/// let mut out = Vec::new();
/// f.key(Key::Character("a".into()), Some("a"), true, Modifiers::default(), &mut out);
/// f.ime(ImeEvent::Commit("a".into()), &mut out); // the same "a" again: dropped
/// let texts: Vec<_> = out.iter().filter(|e| matches!(e, InputEvent::Text(_) | InputEvent::Ime(ImeEvent::Commit(_)))).collect();
/// assert_eq!(texts, [&InputEvent::Text("a".into())]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextEntryFilter {
    /// A composition is shown (a non-empty preedit).
    composing: bool,
    /// Text the last key press delivered, which an IME commit may repeat.
    key_text: Option<String>,
}

impl TextEntryFilter {
    /// A key went down or up; `text` is what the keyboard layout produced for it, if
    /// anything.
    pub fn key(
        &mut self,
        key: Key,
        text: Option<&str>,
        pressed: bool,
        modifiers: Modifiers,
        out: &mut Vec<InputEvent>,
    ) {
        if self.composing {
            // The input method is editing its composition with this key.
            return;
        }
        out.push(InputEvent::Key {
            key,
            pressed,
            modifiers,
        });
        if !pressed {
            return;
        }
        let shortcut = modifiers.ctrl || modifiers.alt || modifiers.meta;
        let text = text.filter(|t| !shortcut && !t.is_empty() && !t.chars().any(char::is_control));
        self.key_text = text.map(str::to_string);
        if let Some(t) = text {
            out.push(InputEvent::Text(t.to_string()));
        }
    }

    /// An input-method event.
    pub fn ime(&mut self, event: ImeEvent, out: &mut Vec<InputEvent>) {
        match &event {
            ImeEvent::Preedit { text, .. } => {
                self.composing = !text.is_empty();
                self.key_text = None;
            }
            ImeEvent::Commit(text) => {
                self.composing = false;
                if self.key_text.take().as_deref() == Some(text.as_str()) {
                    return;
                }
            }
            ImeEvent::Enabled => {}
            ImeEvent::Disabled => {
                self.composing = false;
                self.key_text = None;
            }
        }
        out.push(InputEvent::Ime(event));
    }

    /// Whether an input method is composing (keys go to it).
    pub fn is_composing(&self) -> bool {
        self.composing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn commits(out: &[InputEvent]) -> String {
        out.iter()
            .filter_map(|e| match e {
                InputEvent::Text(t) | InputEvent::Ime(ImeEvent::Commit(t)) => Some(t.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn keys_during_composition_go_to_the_ime_and_a_later_same_letter_is_typed() {
        let mut f = TextEntryFilter::default();
        let mut out = Vec::new();
        let preedit = |t: &str| ImeEvent::Preedit {
            text: t.into(),
            cursor: Some((t.len(), t.len())),
        };
        f.ime(preedit("n"), &mut out);
        f.key(Key::Backspace, None, true, Modifiers::default(), &mut out);
        assert!(f.is_composing());
        f.ime(preedit(""), &mut out);
        f.ime(ImeEvent::Commit("你".into()), &mut out);
        // A later key press with the same text as an earlier commit is new text.
        f.key(
            Key::Character("a".into()),
            Some("a"),
            true,
            Modifiers::default(),
            &mut out,
        );
        f.ime(ImeEvent::Commit("a".into()), &mut out);
        f.key(
            Key::Character("a".into()),
            Some("a"),
            true,
            Modifiers::default(),
            &mut out,
        );
        assert_eq!(commits(&out), "你aa");
        assert!(!out.iter().any(|e| matches!(
            e,
            InputEvent::Key {
                key: Key::Backspace,
                ..
            }
        )));
    }

    #[test]
    fn shortcuts_and_control_characters_are_not_text() {
        let mut f = TextEntryFilter::default();
        let mut out = Vec::new();
        let ctrl = Modifiers {
            ctrl: true,
            ..Modifiers::default()
        };
        f.key(Key::Character("v".into()), Some("v"), true, ctrl, &mut out);
        f.key(Key::Enter, Some("\r"), true, Modifiers::default(), &mut out);
        assert_eq!(commits(&out), "");
        assert_eq!(out.len(), 2, "both keys still arrive as keys");
    }
}
