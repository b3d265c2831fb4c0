//! XKB keysyms (what xkbcommon makes of a Wayland key press) to [`arkui_core::Key`].

use arkui_core::Key;

/// The [`Key`] for keysym `raw`; `text` is what the keymap says the press types.
///
/// ```
/// use arkui_core::Key;
/// use arkui_platform::wayland::key_from_keysym;
/// assert_eq!(key_from_keysym(0xff52, None), Key::Up);
/// assert_eq!(key_from_keysym(0xff0d, Some("\r")), Key::Enter);
/// assert_eq!(key_from_keysym(0x61, Some("a")), Key::Character("a".into()));
/// assert_eq!(key_from_keysym(0xffbe, None), Key::Other(0xffbe)); // F1
/// ```
pub fn key_from_keysym(raw: u32, text: Option<&str>) -> Key {
    match raw {
        0xff52 | 0xff97 => Key::Up,
        0xff54 | 0xff99 => Key::Down,
        0xff51 | 0xff96 => Key::Left,
        0xff53 | 0xff98 => Key::Right,
        // Return, KP_Enter, Select (remotes through xkb)
        0xff0d | 0xff8d | 0xff60 => Key::Enter,
        0x20 => Key::Space,
        // Tab, ISO_Left_Tab (Shift+Tab)
        0xff09 | 0xfe20 => Key::Tab,
        // Escape, XF86Back
        0xff1b | 0x1008_ff26 => Key::Back,
        0xff50 | 0xff95 => Key::Home,
        0xff57 | 0xff9c => Key::End,
        0xff55 | 0xff9a => Key::PageUp,
        0xff56 | 0xff9b => Key::PageDown,
        0xff08 => Key::Backspace,
        0xffff | 0xff9f => Key::Delete,
        _ => match text.filter(|t| !t.is_empty() && !t.chars().any(char::is_control)) {
            Some(t) => Key::Character(t.to_string()),
            None => Key::Other(raw),
        },
    }
}
