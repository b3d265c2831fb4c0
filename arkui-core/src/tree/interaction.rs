//! What a node does with input beyond clicks: focus (for TVs and keyboards), keys, hover,
//! touch, and how it takes part in hit testing.

use std::rc::Rc;

use crate::{Key, Modifiers};

/// A direction focus moves in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FocusDirection {
    /// Arrow / D-pad up.
    Up,
    /// Arrow / D-pad down.
    Down,
    /// Arrow / D-pad left.
    Left,
    /// Arrow / D-pad right.
    Right,
    /// Tab.
    Next,
    /// Shift+Tab.
    Previous,
}

/// ArkUI's `HitTestMode`: how a node takes part in hit testing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum HitTestMode {
    /// Hit itself and its children; children first (the default).
    #[default]
    Default,
    /// Hit, and block everything below it (siblings underneath and ancestors' other children).
    Block,
    /// Its children are hit, but it is transparent: siblings below it are hit too.
    Transparent,
    /// Neither it nor its children are hit.
    None,
}

/// A key event delivered to `on_key_event`.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyEvent {
    /// The key.
    pub key: Key,
    /// Down (true) or up (false).
    pub pressed: bool,
    /// Modifiers held.
    pub modifiers: Modifiers,
}

/// A touch event delivered to `on_touch`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TouchEvent {
    /// Down, Move, Up or Cancel.
    pub kind: TouchKind,
    /// Pointer id.
    pub id: u64,
    /// Position in vp relative to the node.
    pub x: f32,
    /// Position in vp relative to the node.
    pub y: f32,
}

/// The phase of a [`TouchEvent`], ArkUI's `TouchType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TouchKind {
    /// The finger touched.
    Down,
    /// The finger moved.
    Move,
    /// The finger lifted.
    Up,
    /// The system took the touch away.
    Cancel,
}

pub(crate) type KeyHandler = Rc<dyn Fn(&KeyEvent) -> bool>;
pub(crate) type TouchHandler = Rc<dyn Fn(&TouchEvent)>;
pub(crate) type FlagHandler = Rc<dyn Fn(bool)>;
pub(crate) type Callback = Rc<dyn Fn()>;

/// Per-node interaction settings: the few flags focus and hit testing read on every node
/// are kept inline; handlers, gestures and the rest, which most nodes never set, live in a
/// [`Handlers`] box created on the first write.
#[derive(Clone, Default)]
pub(crate) struct Interaction {
    /// `focusable`; `None`: focusable when it handles clicks.
    pub(crate) focusable: Option<bool>,
    /// `tabIndex`: positive values come first in Tab order, ascending.
    pub(crate) tab_index: i32,
    /// `defaultFocus`: focused when the page first takes focus.
    pub(crate) default_focus: bool,
    /// `groupDefaultFocus`: focused when focus enters its focus group.
    pub(crate) group_default_focus: bool,
    /// A focus group remembers which child had focus and returns to it.
    pub(crate) focus_group: bool,
    /// The child of this focus group that last had focus.
    pub(crate) remembered: Option<super::NodeId>,
    /// `enabled(false)` blocks clicks, focus and keys.
    pub(crate) disabled: bool,
    pub(crate) hit_test: HitTestMode,
    handlers: Option<Box<Handlers>>,
}

/// What a node does with input beyond its flags; most nodes have none of it.
#[derive(Clone, Default)]
pub(crate) struct Handlers {
    /// Explicit next-focus targets by `.id()`.
    pub(crate) next_focus: Vec<(FocusDirection, String)>,
    pub(crate) on_focus: Option<Callback>,
    pub(crate) on_blur: Option<Callback>,
    pub(crate) on_key: Option<KeyHandler>,
    pub(crate) on_hover: Option<FlagHandler>,
    pub(crate) on_touch: Option<TouchHandler>,
    /// Handlers that see every touch beside `on_touch` (a component's own bookkeeping, such
    /// as its pressed state, which must not take the app's `on_touch` slot).
    pub(crate) touch_observers: Vec<TouchHandler>,
    /// Told when `enabled` changes (a component's disabled style).
    pub(crate) on_enabled: Option<Rc<dyn Fn(bool)>>,
    /// Gestures bound with `.gesture()`, `.priority_gesture()`, `.parallel_gesture()`.
    pub(crate) gestures: Vec<(crate::gesture::Gesture, crate::gesture::GesturePriority)>,
    /// `responseRegion`: the hit area relative to the node (x, y, width, height).
    pub(crate) response_region:
        Option<(crate::Length, crate::Length, crate::Length, crate::Length)>,
    /// `onAreaChange` handler and the area last reported.
    pub(crate) on_area_change: Option<Rc<dyn Fn(arkui_renderer::Rect, arkui_renderer::Rect)>>,
    pub(crate) last_area: Option<arkui_renderer::Rect>,
}

impl Interaction {
    /// The handlers, if any was ever set.
    pub(crate) fn handlers(&self) -> Option<&Handlers> {
        self.handlers.as_deref()
    }

    /// The handlers to change, created on the first write.
    pub(crate) fn handlers_mut(&mut self) -> &mut Handlers {
        self.handlers.get_or_insert_with(Box::default)
    }

    /// Drop the gestures bound to the node.
    pub(crate) fn clear_gestures(&mut self) {
        if let Some(h) = self.handlers.as_mut() {
            h.gestures.clear();
        }
    }

    /// The gestures bound to the node, with their priorities.
    pub(crate) fn gestures(&self) -> &[(crate::gesture::Gesture, crate::gesture::GesturePriority)] {
        self.handlers().map_or(&[], |h| &h.gestures)
    }
}
