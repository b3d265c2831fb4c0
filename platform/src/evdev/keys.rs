//! Linux key codes (`KEY_*`, `BTN_DPAD_*` from `<linux/input-event-codes.h>`) mapped to
//! [`arkui_core::Key`]: keyboards, TV remotes and D-pads.

use arkui_core::Key;

/// Modifier keys by code: (left, right) pairs.
pub(crate) const SHIFT: [u16; 2] = [42, 54];
pub(crate) const CTRL: [u16; 2] = [29, 97];
pub(crate) const ALT: [u16; 2] = [56, 100];
pub(crate) const META: [u16; 2] = [125, 126];

/// US-layout characters of the letter and digit rows, by key code.
#[rustfmt::skip]
const CHARACTERS: &[(u16, char, char)] = &[
    (2, '1', '!'), (3, '2', '@'), (4, '3', '#'), (5, '4', '$'), (6, '5', '%'),
    (7, '6', '^'), (8, '7', '&'), (9, '8', '*'), (10, '9', '('), (11, '0', ')'),
    (12, '-', '_'), (13, '=', '+'),
    (16, 'q', 'Q'), (17, 'w', 'W'), (18, 'e', 'E'), (19, 'r', 'R'), (20, 't', 'T'),
    (21, 'y', 'Y'), (22, 'u', 'U'), (23, 'i', 'I'), (24, 'o', 'O'), (25, 'p', 'P'),
    (26, '[', '{'), (27, ']', '}'),
    (30, 'a', 'A'), (31, 's', 'S'), (32, 'd', 'D'), (33, 'f', 'F'), (34, 'g', 'G'),
    (35, 'h', 'H'), (36, 'j', 'J'), (37, 'k', 'K'), (38, 'l', 'L'), (39, ';', ':'),
    (40, '\'', '"'), (41, '`', '~'), (43, '\\', '|'),
    (44, 'z', 'Z'), (45, 'x', 'X'), (46, 'c', 'C'), (47, 'v', 'V'), (48, 'b', 'B'),
    (49, 'n', 'N'), (50, 'm', 'M'), (51, ',', '<'), (52, '.', '>'), (53, '/', '?'),
];

/// The [`Key`] for Linux key code `code`, or `None` for buttons that are not keys
/// (`BTN_TOUCH`, mouse buttons) and modifiers (tracked separately).
///
/// Remote controls send `KEY_OK`/`KEY_SELECT` for the centre button and `KEY_BACK`/
/// `KEY_EXIT` for back; game pads send `BTN_DPAD_*`: all map to the same keys as a
/// keyboard's arrows, Enter and Escape, so focus navigation works with any of them.
///
/// ```
/// use arkui_core::Key;
/// use arkui_platform::evdev::key_from_code;
/// assert_eq!(key_from_code(103, false), Some(Key::Up));   // KEY_UP
/// assert_eq!(key_from_code(0x160, false), Some(Key::Enter)); // KEY_OK on a remote
/// assert_eq!(key_from_code(0x222, false), Some(Key::Left)); // BTN_DPAD_LEFT
/// assert_eq!(key_from_code(30, true), Some(Key::Character("A".into())));
/// assert_eq!(key_from_code(0x14a, false), None); // BTN_TOUCH is not a key
/// ```
pub fn key_from_code(code: u16, shift: bool) -> Option<Key> {
    let key = match code {
        103 | 0x220 => Key::Up,
        108 | 0x221 => Key::Down,
        105 | 0x222 => Key::Left,
        106 | 0x223 => Key::Right,
        // KEY_ENTER, KEY_KPENTER, KEY_OK, KEY_SELECT
        28 | 96 | 0x160 | 0x161 => Key::Enter,
        57 => Key::Space,
        15 => Key::Tab,
        // KEY_ESC, KEY_BACK, KEY_EXIT
        1 | 158 | 174 => Key::Back,
        // KEY_HOME, KEY_HOMEPAGE
        102 | 172 => Key::Home,
        107 => Key::End,
        104 => Key::PageUp,
        109 => Key::PageDown,
        14 => Key::Backspace,
        111 => Key::Delete,
        c if SHIFT.contains(&c) || CTRL.contains(&c) || ALT.contains(&c) || META.contains(&c) => {
            return None;
        }
        // Mouse, joystick, touch and tool buttons live at 0x100..0x160.
        0x100..0x160 => return None,
        c => match CHARACTERS.iter().find(|(k, _, _)| *k == c) {
            Some((_, lower, upper)) => Key::Character(if shift { *upper } else { *lower }.into()),
            None => Key::Other(u32::from(c)),
        },
    };
    Some(key)
}
