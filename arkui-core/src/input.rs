//! Platform-neutral input: what every backend (winit, Wayland, evdev, tests) turns its
//! native events into before handing them to [`crate::App::handle_input`].

/// A key, named as ArkUI's `KeyCode` names them where it has a name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    /// Arrow / D-pad up.
    Up,
    /// Arrow / D-pad down.
    Down,
    /// Arrow / D-pad left.
    Left,
    /// Arrow / D-pad right.
    Right,
    /// Enter, or a remote's OK / D-pad centre.
    Enter,
    /// Space bar.
    Space,
    /// Tab (Shift+Tab arrives as `Tab` with `shift` set in [`Modifiers`]).
    Tab,
    /// Escape, or a remote's / phone's Back.
    Back,
    /// Home.
    Home,
    /// End.
    End,
    /// Page up.
    PageUp,
    /// Page down.
    PageDown,
    /// Backspace.
    Backspace,
    /// Delete.
    Delete,
    /// A key that produces text (already mapped through the keyboard layout).
    Character(String),
    /// Anything else, by the platform's code.
    Other(u32),
}

/// Modifier keys held during a key event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Modifiers {
    /// Shift.
    pub shift: bool,
    /// Control.
    pub ctrl: bool,
    /// Alt / Option.
    pub alt: bool,
    /// Super / Command / Meta.
    pub meta: bool,
}

/// One input event, positions in window pixels.
#[derive(Clone, Debug, PartialEq)]
pub enum InputEvent {
    /// A finger touched or a button went down. `id` tells fingers apart (0 for a mouse).
    PointerDown {
        /// Pointer id.
        id: u64,
        /// Window pixels.
        x: f32,
        /// Window pixels.
        y: f32,
    },
    /// A pointer moved (with or without a button down).
    PointerMove {
        /// Pointer id.
        id: u64,
        /// Window pixels.
        x: f32,
        /// Window pixels.
        y: f32,
    },
    /// A finger lifted or a button went up.
    PointerUp {
        /// Pointer id.
        id: u64,
        /// Window pixels.
        x: f32,
        /// Window pixels.
        y: f32,
    },
    /// The gesture was taken away (touch cancelled by the system).
    PointerCancel {
        /// Pointer id.
        id: u64,
    },
    /// A wheel or touchpad scroll, in pixels (positive `dy` scrolls content up).
    Scroll {
        /// Window pixels.
        x: f32,
        /// Window pixels.
        y: f32,
        /// Horizontal delta.
        dx: f32,
        /// Vertical delta.
        dy: f32,
    },
    /// A key went down or up.
    Key {
        /// Which key.
        key: Key,
        /// Down (true) or up (false).
        pressed: bool,
        /// Modifiers held.
        modifiers: Modifiers,
    },
    /// Committed text from an input method (IME) or a keyboard. It goes to the focused text
    /// field; the key press that produced it (if any) arrives separately as [`InputEvent::Key`]
    /// and never inserts text itself.
    Text(String),
    /// Input-method composition (preedit) and commits, for the focused text field.
    Ime(crate::ImeEvent),
    /// A watch's rotating crown, or a rotary knob, turned by `degrees` (positive
    /// clockwise). It goes to the focused component, or else to the one at the middle of
    /// the screen, and turns the innermost scrollable around it: a picker a row per detent
    /// ([`CROWN_DETENT_DEGREES`]), a list or scroll forward when clockwise.
    Crown {
        /// Degrees turned; positive clockwise.
        degrees: f32,
    },
}

/// The angle of one crown detent: one row of a picker (ArkUI's crown steps).
pub const CROWN_DETENT_DEGREES: f32 = 15.0;

/// How far one crown degree scrolls, vp: a detent turns as far as one mouse-wheel notch
/// on a 1x screen (40), a picker's row.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, InputEvent, NodeId, NodeKind, pct};
/// let mut app = App::with_view(DeviceProfile::wearable(), || {
///     let scroll = NodeId::create("Scroll", NodeKind::Scroll).width(pct(100.0)).height(pct(100.0));
///     scroll.append(NodeId::create("Column", NodeKind::Flex).height(3000.0));
///     scroll.id("s")
/// });
/// app.frame();
/// // Nothing focused: the scroll at the middle of the screen takes the turn, 40 vp a
/// // detent (80 px at the watch's density of 2).
/// app.handle_input(&InputEvent::Crown { degrees: 15.0 });
/// assert_eq!(app.find_by_id("s").unwrap().scroll_offset(), (0.0, 80.0));
/// ```
pub const CROWN_VP_PER_DEGREE: f32 = 40.0 / CROWN_DETENT_DEGREES;
