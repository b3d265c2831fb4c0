//! One gesture's state machine. Positions are window vp; time is the frame clock (ms).

use std::rc::Rc;

use super::types::{Gesture, GestureEvent, GestureHandlers, GestureMode, SwipeDirection};

/// What a recognizer decided on one event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Still possible.
    Pending,
    /// Recognised now: wants the pointer.
    Accept,
    /// Can no longer recognise.
    Reject,
}

/// A pointer of the sequence: id, where it went down, where it is.
type Pointer = (u64, (f32, f32), (f32, f32));

type Handler = Rc<dyn Fn(&GestureEvent)>;

/// A callback to run and what to pass it.
pub(crate) enum Fire {
    Event(Handler, GestureEvent),
    Cancel(Rc<dyn Fn()>),
}

impl Fire {
    pub(crate) fn run(self) {
        match self {
            Fire::Event(f, e) => f(&e),
            Fire::Cancel(f) => f(),
        }
    }
}

/// Slop before a tap or long press counts as movement, vp.
const TAP_SLOP: f32 = 10.0;
/// Longest pause between taps of a multi-tap, ms.
const TAP_GAP_MS: f64 = 300.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Possible,
    Active,
    Done,
    Failed,
}

/// Pointer input for recognizers.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Input {
    Down { id: u64, x: f32, y: f32 },
    Move { id: u64, x: f32, y: f32 },
    Up { id: u64, x: f32, y: f32 },
    Tick,
}

pub(crate) struct Recognizer {
    gesture: Gesture,
    phase: Phase,
    /// Pointers down: (id, start, current).
    pointers: Vec<Pointer>,
    samples: Vec<(f64, f32, f32)>,
    down_ms: f64,
    taps: u32,
    last_up_ms: f64,
    fired_repeats: u32,
    initial_two: Option<(f32, f32)>,
    /// Scale and rotation last reported by a two-finger gesture, for its end event.
    last_two: (f32, f32),
    members: Vec<Recognizer>,
    current: usize,
}

fn fire(h: &Option<Handler>, e: GestureEvent, out: &mut Vec<Fire>) {
    if let Some(f) = h {
        out.push(Fire::Event(f.clone(), e));
    }
}

impl Recognizer {
    pub(crate) fn new(gesture: Gesture) -> Recognizer {
        let members = match &gesture {
            Gesture::Group { gestures, .. } => {
                gestures.iter().cloned().map(Recognizer::new).collect()
            }
            _ => Vec::new(),
        };
        Recognizer {
            gesture,
            phase: Phase::Possible,
            pointers: Vec::new(),
            samples: Vec::new(),
            down_ms: 0.0,
            taps: 0,
            last_up_ms: f64::NEG_INFINITY,
            fired_repeats: 0,
            initial_two: None,
            last_two: (1.0, 0.0),
            members,
            current: 0,
        }
    }

    fn handlers(&self) -> &GestureHandlers {
        match &self.gesture {
            Gesture::Tap { handlers, .. }
            | Gesture::LongPress { handlers, .. }
            | Gesture::Pan { handlers, .. }
            | Gesture::Swipe { handlers, .. }
            | Gesture::Pinch { handlers, .. }
            | Gesture::Rotation { handlers, .. }
            | Gesture::Group { handlers, .. } => handlers,
        }
    }

    pub(crate) fn is_active(&self) -> bool {
        self.phase == Phase::Active
    }

    pub(crate) fn is_alive(&self) -> bool {
        matches!(self.phase, Phase::Possible | Phase::Active)
    }

    /// Stop: fire `on_action_cancel` when it had been recognised.
    pub(crate) fn cancel(&mut self, out: &mut Vec<Fire>) {
        if self.phase == Phase::Active
            && let Some(c) = &self.handlers().cancel
        {
            out.push(Fire::Cancel(c.clone()));
        }
        for m in &mut self.members {
            m.cancel(out);
        }
        self.phase = Phase::Failed;
    }

    fn track(&mut self, input: Input, now: f64) {
        match input {
            Input::Down { id, x, y } => {
                self.pointers.retain(|p| p.0 != id);
                self.pointers.push((id, (x, y), (x, y)));
                if self.pointers.len() == 1 {
                    self.down_ms = now;
                    self.samples.clear();
                }
                self.samples.push((now, x, y));
            }
            Input::Move { id, x, y } => {
                if let Some(p) = self.pointers.iter_mut().find(|p| p.0 == id) {
                    p.2 = (x, y);
                }
                if self.pointers.first().is_some_and(|p| p.0 == id) {
                    self.samples.push((now, x, y));
                    self.samples.retain(|s| now - s.0 <= 100.0);
                }
            }
            Input::Up { id, x, y } => {
                if let Some(p) = self.pointers.iter_mut().find(|p| p.0 == id) {
                    p.2 = (x, y);
                }
            }
            Input::Tick => {}
        }
    }

    fn first(&self) -> ((f32, f32), (f32, f32)) {
        self.pointers
            .first()
            .map_or(((0.0, 0.0), (0.0, 0.0)), |p| (p.1, p.2))
    }

    fn velocity(&self) -> (f32, f32) {
        match (self.samples.first(), self.samples.last()) {
            (Some(a), Some(b)) if b.0 > a.0 => {
                let dt = ((b.0 - a.0) / 1000.0) as f32;
                ((b.1 - a.1) / dt, (b.2 - a.2) / dt)
            }
            _ => (0.0, 0.0),
        }
    }

    fn event(&self) -> GestureEvent {
        let ((sx, sy), (x, y)) = self.first();
        let (vx, vy) = self.velocity();
        GestureEvent {
            offset_x: x - sx,
            offset_y: y - sy,
            speed: (vx * vx + vy * vy).sqrt(),
            angle: vy.atan2(vx).to_degrees(),
            scale: 1.0,
            rotation: 0.0,
            repeat: self.taps.max(self.fired_repeats),
            fingers: self.pointers.len() as u32,
            x,
            y,
        }
    }

    fn two_finger(&self) -> Option<(f32, f32)> {
        let a = self.pointers.first()?.2;
        let b = self.pointers.get(1)?.2;
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        Some(((dx * dx + dy * dy).sqrt(), dy.atan2(dx).to_degrees()))
    }

    /// Feed one input at `now`, appending callbacks to `out`.
    pub(crate) fn feed(&mut self, input: Input, now: f64, out: &mut Vec<Fire>) -> Verdict {
        if !self.is_alive() {
            return Verdict::Reject;
        }
        self.track(input, now);
        let was_active = self.phase == Phase::Active;
        let v = match self.gesture.clone() {
            Gesture::Tap { count, handlers } => self.tap(input, now, count, &handlers, out),
            Gesture::LongPress {
                duration_ms,
                repeat,
                handlers,
            } => self.long_press(input, now, duration_ms, repeat, &handlers, out),
            Gesture::Pan {
                direction,
                distance,
                fingers,
                handlers,
            } => {
                let ((sx, sy), (x, y)) = self.first();
                let (dx, dy) = (x - sx, y - sy);
                match input {
                    Input::Up { .. }
                        if self.pointers.len() as u32 >= fingers || self.phase == Phase::Active =>
                    {
                        if self.phase == Phase::Active {
                            fire(&handlers.end, self.event(), out);
                            self.phase = Phase::Done;
                            Verdict::Accept
                        } else {
                            self.phase = Phase::Failed;
                            Verdict::Reject
                        }
                    }
                    Input::Up { .. } => {
                        self.phase = Phase::Failed;
                        Verdict::Reject
                    }
                    Input::Move { .. } if self.phase == Phase::Active => {
                        fire(&handlers.update, self.event(), out);
                        Verdict::Accept
                    }
                    Input::Move { .. }
                        if self.pointers.len() as u32 >= fingers
                            && (dx * dx + dy * dy).sqrt() >= distance.max(0.01)
                            && direction.accepts(dx, dy) =>
                    {
                        self.phase = Phase::Active;
                        fire(&handlers.start, self.event(), out);
                        fire(&handlers.update, self.event(), out);
                        Verdict::Accept
                    }
                    _ => Verdict::Pending,
                }
            }
            Gesture::Swipe {
                direction,
                speed,
                handlers,
            } => match input {
                Input::Up { .. } => {
                    let (vx, vy) = self.velocity();
                    let v = (vx * vx + vy * vy).sqrt();
                    let dir_ok = match direction {
                        SwipeDirection::All => true,
                        SwipeDirection::Horizontal => vx.abs() >= vy.abs(),
                        SwipeDirection::Vertical => vy.abs() > vx.abs(),
                    };
                    if v >= speed && dir_ok {
                        fire(&handlers.action, self.event(), out);
                        self.phase = Phase::Done;
                        Verdict::Accept
                    } else {
                        self.phase = Phase::Failed;
                        Verdict::Reject
                    }
                }
                _ => Verdict::Pending,
            },
            Gesture::Pinch { distance, handlers } => {
                self.two_finger_gesture(input, out, &handlers, |init, now| {
                    (
                        (now.0 - init.0).abs() >= distance,
                        now.0 / init.0.max(0.01),
                        0.0,
                    )
                })
            }
            Gesture::Rotation { angle, handlers } => {
                self.two_finger_gesture(input, out, &handlers, |init, now| {
                    let mut d = now.1 - init.1;
                    if d > 180.0 {
                        d -= 360.0;
                    }
                    if d < -180.0 {
                        d += 360.0;
                    }
                    (d.abs() >= angle, 1.0, d)
                })
            }
            Gesture::Group { mode, handlers, .. } => self.group(input, now, mode, &handlers, out),
        };
        if v == Verdict::Accept && !was_active && self.phase == Phase::Possible {
            self.phase = Phase::Done;
        }
        v
    }

    fn tap(
        &mut self,
        input: Input,
        now: f64,
        count: u32,
        h: &GestureHandlers,
        out: &mut Vec<Fire>,
    ) -> Verdict {
        let ((sx, sy), (x, y)) = self.first();
        match input {
            Input::Down { .. } if self.taps > 0 && now - self.last_up_ms > TAP_GAP_MS => {
                self.phase = Phase::Failed;
                Verdict::Reject
            }
            Input::Move { .. } if ((x - sx).powi(2) + (y - sy).powi(2)).sqrt() > TAP_SLOP => {
                self.phase = Phase::Failed;
                Verdict::Reject
            }
            Input::Up { id, .. } => {
                self.pointers.retain(|p| p.0 != id);
                self.taps += 1;
                self.last_up_ms = now;
                if self.taps >= count {
                    fire(
                        &h.action,
                        GestureEvent {
                            repeat: self.taps,
                            x,
                            y,
                            fingers: 1,
                            scale: 1.0,
                            ..GestureEvent::default()
                        },
                        out,
                    );
                    self.phase = Phase::Done;
                    Verdict::Accept
                } else {
                    Verdict::Pending
                }
            }
            Input::Tick
                if self.taps > 0
                    && self.pointers.is_empty()
                    && now - self.last_up_ms > TAP_GAP_MS =>
            {
                self.phase = Phase::Failed;
                Verdict::Reject
            }
            _ => Verdict::Pending,
        }
    }

    fn long_press(
        &mut self,
        input: Input,
        now: f64,
        duration: f64,
        repeat: bool,
        h: &GestureHandlers,
        out: &mut Vec<Fire>,
    ) -> Verdict {
        let ((sx, sy), (x, y)) = self.first();
        if ((x - sx).powi(2) + (y - sy).powi(2)).sqrt() > TAP_SLOP * 1.5
            && self.phase == Phase::Possible
        {
            self.phase = Phase::Failed;
            return Verdict::Reject;
        }
        let held = now - self.down_ms;
        match input {
            Input::Up { .. } => {
                if self.phase == Phase::Active {
                    fire(&h.end, self.event(), out);
                    self.phase = Phase::Done;
                    Verdict::Accept
                } else {
                    self.phase = Phase::Failed;
                    Verdict::Reject
                }
            }
            _ if held >= duration && self.phase == Phase::Possible && !self.pointers.is_empty() => {
                self.phase = Phase::Active;
                self.fired_repeats = 1;
                fire(&h.start, self.event(), out);
                fire(&h.action, self.event(), out);
                Verdict::Accept
            }
            _ if self.phase == Phase::Active && repeat => {
                let due = (held / duration.max(1.0)).floor() as u32;
                while self.fired_repeats < due {
                    self.fired_repeats += 1;
                    fire(&h.action, self.event(), out);
                }
                Verdict::Accept
            }
            _ if self.phase == Phase::Active => Verdict::Accept,
            _ => Verdict::Pending,
        }
    }

    fn two_finger_gesture(
        &mut self,
        input: Input,
        out: &mut Vec<Fire>,
        h: &GestureHandlers,
        test: impl Fn((f32, f32), (f32, f32)) -> (bool, f32, f32),
    ) -> Verdict {
        if let Input::Up { id, .. } = input {
            let was = self.phase == Phase::Active;
            let ev = GestureEvent {
                scale: self.last_two.0,
                rotation: self.last_two.1,
                ..self.event()
            };
            self.pointers.retain(|p| p.0 != id);
            if was {
                fire(&h.end, ev, out);
                self.phase = Phase::Done;
                return Verdict::Accept;
            }
            if self.pointers.is_empty() {
                self.phase = Phase::Failed;
                return Verdict::Reject;
            }
            self.initial_two = None;
            return Verdict::Pending;
        }
        let Some(now2) = self.two_finger() else {
            return Verdict::Pending;
        };
        let init = *self.initial_two.get_or_insert(now2);
        let (over, scale, rotation) = test(init, now2);
        let ev = GestureEvent {
            scale,
            rotation,
            ..self.event()
        };
        if self.phase == Phase::Active || over {
            self.last_two = (scale, rotation);
        }
        if self.phase == Phase::Active {
            fire(&h.update, ev, out);
            return Verdict::Accept;
        }
        if over {
            self.phase = Phase::Active;
            fire(&h.start, ev, out);
            fire(&h.update, ev, out);
            return Verdict::Accept;
        }
        Verdict::Pending
    }

    fn group(
        &mut self,
        input: Input,
        now: f64,
        mode: GestureMode,
        h: &GestureHandlers,
        out: &mut Vec<Fire>,
    ) -> Verdict {
        match mode {
            GestureMode::Parallel | GestureMode::Exclusive => {
                let mut winner = None;
                for (i, m) in self.members.iter_mut().enumerate() {
                    if mode == GestureMode::Exclusive && winner.is_some() {
                        break;
                    }
                    if m.feed(input, now, out) == Verdict::Accept {
                        winner.get_or_insert(i);
                    }
                }
                if let (GestureMode::Exclusive, Some(w)) = (mode, winner) {
                    // The first member to recognise wins; the others stop (silently: they
                    // never fired).
                    let mut dropped = Vec::new();
                    for (i, m) in self.members.iter_mut().enumerate() {
                        if i != w {
                            m.cancel(&mut dropped);
                        }
                    }
                }
                if winner.is_some() || self.members.iter().any(Recognizer::is_active) {
                    if self.members.iter().any(Recognizer::is_active) {
                        self.phase = Phase::Active;
                    }
                    Verdict::Accept
                } else if self.members.iter().all(|m| !m.is_alive()) {
                    self.phase = Phase::Failed;
                    let _ = h;
                    Verdict::Reject
                } else {
                    Verdict::Pending
                }
            }
            GestureMode::Sequence => {
                let count = self.members.len();
                let Some(m) = self.members.get_mut(self.current) else {
                    self.phase = Phase::Failed;
                    return Verdict::Reject;
                };
                let v = m.feed(input, now, out);
                let (m_active, m_alive) = (m.is_active(), m.is_alive());
                match v {
                    Verdict::Reject => {
                        self.phase = Phase::Failed;
                        Verdict::Reject
                    }
                    Verdict::Accept => {
                        self.phase = Phase::Active;
                        let _ = m_active;
                        // A member that recognised hands over to the next one.
                        if self.current + 1 < count {
                            // The next member starts from where the pointers are now.
                            self.current += 1;
                            let pointers: Vec<_> =
                                self.pointers.iter().map(|p| (p.0, p.2)).collect();
                            let next = &mut self.members[self.current];
                            for (id, (x, y)) in pointers {
                                next.feed(Input::Down { id, x, y }, now, &mut Vec::new());
                            }
                        } else if !m_alive && self.current + 1 >= count {
                            self.phase = Phase::Done;
                        }
                        Verdict::Accept
                    }
                    Verdict::Pending => {
                        if self.phase == Phase::Active {
                            Verdict::Accept
                        } else {
                            Verdict::Pending
                        }
                    }
                }
            }
        }
    }
}
