//! Gesture descriptions and the events their callbacks receive.

use std::fmt;
use std::rc::Rc;

/// Directions a pan may recognise in, ArkUI's `PanDirection`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PanDirection {
    /// Any direction (the default).
    #[default]
    All,
    /// Left or right.
    Horizontal,
    /// Up or down.
    Vertical,
    /// Left only.
    Left,
    /// Right only.
    Right,
    /// Up only.
    Up,
    /// Down only.
    Down,
}

impl PanDirection {
    /// Whether a movement of (dx, dy) counts for this direction.
    pub(crate) fn accepts(self, dx: f32, dy: f32) -> bool {
        let horizontal = dx.abs() >= dy.abs();
        match self {
            PanDirection::All => true,
            PanDirection::Horizontal => horizontal,
            PanDirection::Vertical => !horizontal,
            PanDirection::Left => horizontal && dx < 0.0,
            PanDirection::Right => horizontal && dx > 0.0,
            PanDirection::Up => !horizontal && dy < 0.0,
            PanDirection::Down => !horizontal && dy > 0.0,
        }
    }
}

/// Directions a swipe may recognise in, ArkUI's `SwipeDirection`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SwipeDirection {
    /// Any direction (the default).
    #[default]
    All,
    /// Left or right.
    Horizontal,
    /// Up or down.
    Vertical,
}

/// How a gesture group combines its members, ArkUI's `GestureMode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GestureMode {
    /// Each member must recognise in order (e.g. long press, then pan).
    Sequence,
    /// All members recognise together.
    Parallel,
    /// The first member to recognise wins.
    Exclusive,
}

/// How a gesture competes with its children's, ArkUI's `GesturePriority` and the binding
/// method used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum GesturePriority {
    /// `.gesture()`: children win.
    #[default]
    Normal,
    /// `.priority_gesture()`: wins over its children's gestures.
    High,
    /// `.parallel_gesture()`: recognises alongside its children's.
    Parallel,
}

/// What a gesture callback receives, ArkUI's `GestureEvent`. Distances in vp.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct GestureEvent {
    /// Horizontal movement since the gesture started (pan).
    pub offset_x: f32,
    /// Vertical movement since the gesture started (pan).
    pub offset_y: f32,
    /// Speed at the end in vp/s (swipe, pan end).
    pub speed: f32,
    /// Swipe direction angle in degrees (0 = right, 90 = down).
    pub angle: f32,
    /// Pinch scale (1 = unchanged).
    pub scale: f32,
    /// Rotation in degrees since the gesture started.
    pub rotation: f32,
    /// Taps counted, or long-press repeats.
    pub repeat: u32,
    /// Fingers involved.
    pub fingers: u32,
    /// Position of the (first) finger, window vp.
    pub x: f32,
    /// Position of the (first) finger, window vp.
    pub y: f32,
}

type Handler = Rc<dyn Fn(&GestureEvent)>;

/// Callbacks of a gesture: `on_action` for discrete gestures (tap, long press, swipe),
/// the start/update/end/cancel family for continuous ones (pan, pinch, rotation, long press).
#[derive(Clone, Default)]
pub struct GestureHandlers {
    pub(crate) action: Option<Handler>,
    pub(crate) start: Option<Handler>,
    pub(crate) update: Option<Handler>,
    pub(crate) end: Option<Handler>,
    pub(crate) cancel: Option<Rc<dyn Fn()>>,
}

impl fmt::Debug for GestureHandlers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GestureHandlers")
            .field("action", &self.action.is_some())
            .field("start", &self.start.is_some())
            .field("update", &self.update.is_some())
            .field("end", &self.end.is_some())
            .field("cancel", &self.cancel.is_some())
            .finish()
    }
}

/// A gesture to bind to a component with `.gesture()`, `.priority_gesture()` or
/// `.parallel_gesture()`.
///
/// ```
/// use arkui_core::{Gesture, PanDirection};
/// let pan = Gesture::pan(PanDirection::Horizontal).on_action_update(|e| assert!(e.offset_x.abs() >= 0.0));
/// let double = Gesture::tap(2).on_action(|_| {});
/// let _both = Gesture::group(arkui_core::GestureMode::Exclusive, vec![double, pan]);
/// ```
#[derive(Clone, Debug)]
pub enum Gesture {
    /// `TapGesture({ count })`.
    Tap {
        /// Taps needed (1 or more, each within 300 ms of the previous).
        count: u32,
        /// Callbacks.
        handlers: GestureHandlers,
    },
    /// `LongPressGesture({ duration })`: held still for `duration_ms` (default 500).
    LongPress {
        /// Hold time.
        duration_ms: f64,
        /// Fire `on_action` repeatedly while held.
        repeat: bool,
        /// Callbacks.
        handlers: GestureHandlers,
    },
    /// `PanGesture({ direction, distance })`: recognises after `distance` vp (default 5).
    Pan {
        /// Allowed directions.
        direction: PanDirection,
        /// Movement before recognition, vp.
        distance: f32,
        /// Fingers (1 by default).
        fingers: u32,
        /// Callbacks.
        handlers: GestureHandlers,
    },
    /// `SwipeGesture({ direction, speed })`: a release faster than `speed` vp/s (default 100).
    Swipe {
        /// Allowed directions.
        direction: SwipeDirection,
        /// Minimum speed, vp/s.
        speed: f32,
        /// Callbacks.
        handlers: GestureHandlers,
    },
    /// `PinchGesture({ distance })`: two fingers moving apart or together by `distance` vp.
    Pinch {
        /// Change before recognition, vp (default 5).
        distance: f32,
        /// Callbacks.
        handlers: GestureHandlers,
    },
    /// `RotationGesture({ angle })`: two fingers turning by `angle` degrees (default 1).
    Rotation {
        /// Turn before recognition, degrees.
        angle: f32,
        /// Callbacks.
        handlers: GestureHandlers,
    },
    /// `GestureGroup(mode, ...)`.
    Group {
        /// How members combine.
        mode: GestureMode,
        /// Members.
        gestures: Vec<Gesture>,
        /// Callbacks of the group itself (`on_cancel`).
        handlers: GestureHandlers,
    },
}

impl Gesture {
    /// A tap gesture of `count` taps.
    pub fn tap(count: u32) -> Gesture {
        Gesture::Tap {
            count: count.max(1),
            handlers: GestureHandlers::default(),
        }
    }

    /// A long press of ArkUI's default 500 ms.
    pub fn long_press() -> Gesture {
        Gesture::LongPress {
            duration_ms: 500.0,
            repeat: false,
            handlers: GestureHandlers::default(),
        }
    }

    /// A pan in `direction` with ArkUI's default 5 vp threshold.
    pub fn pan(direction: PanDirection) -> Gesture {
        Gesture::Pan {
            direction,
            distance: 5.0,
            fingers: 1,
            handlers: GestureHandlers::default(),
        }
    }

    /// A swipe in `direction` with ArkUI's default 100 vp/s.
    pub fn swipe(direction: SwipeDirection) -> Gesture {
        Gesture::Swipe {
            direction,
            speed: 100.0,
            handlers: GestureHandlers::default(),
        }
    }

    /// A two-finger pinch.
    pub fn pinch() -> Gesture {
        Gesture::Pinch {
            distance: 5.0,
            handlers: GestureHandlers::default(),
        }
    }

    /// A two-finger rotation.
    pub fn rotation() -> Gesture {
        Gesture::Rotation {
            angle: 1.0,
            handlers: GestureHandlers::default(),
        }
    }

    /// A group.
    pub fn group(mode: GestureMode, gestures: Vec<Gesture>) -> Gesture {
        Gesture::Group {
            mode,
            gestures,
            handlers: GestureHandlers::default(),
        }
    }

    fn handlers_mut(&mut self) -> &mut GestureHandlers {
        match self {
            Gesture::Tap { handlers, .. }
            | Gesture::LongPress { handlers, .. }
            | Gesture::Pan { handlers, .. }
            | Gesture::Swipe { handlers, .. }
            | Gesture::Pinch { handlers, .. }
            | Gesture::Rotation { handlers, .. }
            | Gesture::Group { handlers, .. } => handlers,
        }
    }

    /// `onAction`: a discrete gesture happened (tap, long press, swipe).
    pub fn on_action(mut self, f: impl Fn(&GestureEvent) + 'static) -> Self {
        self.handlers_mut().action = Some(Rc::new(f));
        self
    }

    /// `onActionStart`: a continuous gesture was recognised.
    pub fn on_action_start(mut self, f: impl Fn(&GestureEvent) + 'static) -> Self {
        self.handlers_mut().start = Some(Rc::new(f));
        self
    }

    /// `onActionUpdate`: a continuous gesture moved.
    pub fn on_action_update(mut self, f: impl Fn(&GestureEvent) + 'static) -> Self {
        self.handlers_mut().update = Some(Rc::new(f));
        self
    }

    /// `onActionEnd`: a continuous gesture ended (fingers lifted).
    pub fn on_action_end(mut self, f: impl Fn(&GestureEvent) + 'static) -> Self {
        self.handlers_mut().end = Some(Rc::new(f));
        self
    }

    /// `onActionCancel`: a recognised gesture was cancelled (the system took the touch).
    pub fn on_action_cancel(mut self, f: impl Fn() + 'static) -> Self {
        self.handlers_mut().cancel = Some(Rc::new(f));
        self
    }

    /// `repeat` for long press.
    pub fn repeat(mut self, on: bool) -> Self {
        if let Gesture::LongPress { repeat, .. } = &mut self {
            *repeat = on;
        }
        self
    }

    /// `duration` for long press (ms).
    pub fn duration(mut self, ms: f64) -> Self {
        if let Gesture::LongPress { duration_ms, .. } = &mut self {
            *duration_ms = if ms.is_finite() { ms.max(0.0) } else { 500.0 };
        }
        self
    }

    /// `distance` for pan and pinch (vp).
    pub fn distance(mut self, vp: f32) -> Self {
        let v = if vp.is_finite() { vp.max(0.0) } else { 5.0 };
        match &mut self {
            Gesture::Pan { distance, .. } | Gesture::Pinch { distance, .. } => *distance = v,
            _ => {}
        }
        self
    }

    /// `fingers` for pan.
    pub fn fingers(mut self, n: u32) -> Self {
        if let Gesture::Pan { fingers, .. } = &mut self {
            *fingers = n.clamp(1, 10);
        }
        self
    }

    /// `speed` for swipe (vp/s).
    pub fn speed(mut self, vps: f32) -> Self {
        if let Gesture::Swipe { speed, .. } = &mut self {
            *speed = if vps.is_finite() { vps.max(0.0) } else { 100.0 };
        }
        self
    }
}
