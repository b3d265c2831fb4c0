//! Input for an [`App`]: pointer presses become clicks through hit testing; keys go to the
//! focused component (and bubble to its ancestors), then move focus or click.

use arkui_renderer::Point;

use super::App;
use super::back::{EdgeSwipe, SwipeStep};

/// A pointer phase.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Down,
    Move,
    Up,
    Cancel,
}
use crate::focus;
use crate::gesture::{Arena, Fire, Input};
use crate::reactive::batch;
use crate::tree::{FocusDirection, KeyEvent, NodeId, TouchEvent, TouchKind, with_tree};
use crate::{Error, InputEvent, InputStyle, Key, Modifiers, event};

impl App {
    /// A pointer went down at `(x, y)` window pixels (the first finger, or the mouse).
    pub fn pointer_down(&mut self, x: f32, y: f32) {
        self.pointer(Phase::Down, 0, x, y);
    }

    /// A pointer moved to `(x, y)` (dragging, or hovering with a mouse).
    pub fn pointer_move(&mut self, x: f32, y: f32) {
        self.pointer(Phase::Move, 0, x, y);
    }

    /// A pointer went up at `(x, y)`: a click when it is still over what it went down on
    /// and no other gesture (a pan, a scroll) took the pointer meanwhile.
    pub fn pointer_up(&mut self, x: f32, y: f32) {
        self.pointer(Phase::Up, 0, x, y);
    }

    /// Any finger `id` of a multi-touch sequence.
    pub fn touch(&mut self, phase: TouchKind, id: u64, x: f32, y: f32) {
        let p = match phase {
            TouchKind::Down => Phase::Down,
            TouchKind::Move => Phase::Move,
            TouchKind::Up => Phase::Up,
            TouchKind::Cancel => Phase::Cancel,
        };
        self.pointer(p, id, x, y);
    }

    fn pointer(&mut self, phase: Phase, id: u64, x: f32, y: f32) {
        let _entered = self.enter();
        self.overlays().activate();
        self.ensure_layout();
        let d = self.units.density;
        let (vx, vy) = (x / d, y / d);
        let now = crate::animation::now_ms();
        // A new sequence starts unless one is still going (fingers down, or a multi-tap
        // waiting for its next tap).
        let going = self
            .arena
            .as_ref()
            .is_some_and(|a| a.has_pointers() || a.is_alive());
        if phase == Phase::Down && !going {
            // A first finger in an edge band may be the system's back swipe.
            self.edge = None;
            if self.edge_swipe_enabled() {
                self.edge = EdgeSwipe::start(id, vx, vy, self.size.0 as f32 / d);
            }
            self.begin_sequence(x, y);
        }
        if self.edge_swipe(phase, id, x, y) {
            return;
        }
        if phase == Phase::Move && self.arena.is_none() {
            self.hover(x, y);
            return;
        }
        let input = match phase {
            Phase::Down => Input::Down { id, x: vx, y: vy },
            Phase::Move => Input::Move { id, x: vx, y: vy },
            Phase::Up => Input::Up { id, x: vx, y: vy },
            Phase::Cancel => Input::Tick,
        };
        self.deliver_touch(phase, id, x, y);
        let fired = match self.arena.as_mut() {
            Some(a) if phase == Phase::Cancel => a.cancel(),
            Some(a) => a.feed(input, now),
            None => Vec::new(),
        };
        if self
            .arena
            .as_ref()
            .is_some_and(|a| !a.has_pointers() && !a.is_alive())
            || phase == Phase::Cancel
        {
            self.arena = None;
        }
        if !fired.is_empty() {
            batch(|| fired.into_iter().for_each(Fire::run));
        }
    }

    /// Feed an edge swipe in progress; `true` when the swipe took the event from the app.
    fn edge_swipe(&mut self, phase: Phase, id: u64, x: f32, y: f32) -> bool {
        let Some(swipe) = self.edge.as_mut() else {
            return false;
        };
        let d = self.units.density;
        let step = match phase {
            Phase::Down => return swipe.claimed,
            Phase::Move => swipe.step(id, x / d, y / d, false),
            Phase::Up => swipe.step(id, x / d, y / d, true),
            Phase::Cancel => {
                self.edge = None;
                return false;
            }
        };
        let last = phase == Phase::Up && self.edge.is_some_and(|s| s.is_finger(id));
        if last {
            self.edge = None;
        }
        match step {
            SwipeStep::Pass => false,
            SwipeStep::Swallow => true,
            SwipeStep::Claim => {
                // The app saw a press that is now the system's: cancel it, as a platform
                // cancels a touch its gesture navigation takes.
                self.deliver_touch(Phase::Cancel, id, x, y);
                let fired = self
                    .arena
                    .take()
                    .map(|mut a| a.cancel())
                    .unwrap_or_default();
                if !fired.is_empty() {
                    batch(|| fired.into_iter().for_each(Fire::run));
                }
                self.touch_targets.clear();
                true
            }
            SwipeStep::Back => {
                self.edge = None;
                self.deliver_touch(Phase::Cancel, id, x, y);
                if let Some(mut a) = self.arena.take() {
                    let fired = a.cancel();
                    batch(|| fired.into_iter().for_each(Fire::run));
                }
                self.touch_targets.clear();
                self.back();
                true
            }
        }
    }

    /// A first finger went down: the hit chain's gestures start competing.
    fn begin_sequence(&mut self, x: f32, y: f32) {
        let chain = with_tree(|t| event::hit_test(t, self.root, Point::new(x, y), &self.units));
        let focus_target = with_tree(|t| {
            chain.iter().copied().find(|n| {
                t.nodes
                    .get(*n)
                    .is_some_and(|n| crate::tree::focus_rules::can_focus(n))
            })
        });
        if self.focus.visible {
            self.focus.visible = false;
            self.schedule_frame();
        }
        if let Some(target) = focus_target {
            self.set_focus(Some(target));
        }
        let units = self.units;
        let gestures = with_tree(|t| event::arena_gestures(t, &chain, &units));
        self.touch_targets = chain.into_iter().filter(|n| n.is_alive()).collect();
        self.arena = Some(Arena::new(gestures));
    }

    fn deliver_touch(&mut self, phase: Phase, id: u64, x: f32, y: f32) {
        let kind = match phase {
            Phase::Down => TouchKind::Down,
            Phase::Move => TouchKind::Move,
            Phase::Up => TouchKind::Up,
            Phase::Cancel => TouchKind::Cancel,
        };
        let d = self.units.density;
        let handlers: Vec<_> = with_tree(|t| {
            self.touch_targets
                .iter()
                .filter_map(|n| t.nodes.get(*n))
                .flat_map(|n| {
                    let handlers = n.interaction.handlers();
                    let own = handlers.and_then(|h| h.on_touch.clone());
                    let observers = handlers.map_or(&[][..], |h| &h.touch_observers[..]);
                    observers
                        .iter()
                        .cloned()
                        .chain(own)
                        .map(|h| (h, n.rect))
                        .collect::<Vec<_>>()
                })
                .collect()
        });
        for (h, r) in handlers {
            let ev = TouchEvent {
                kind,
                id,
                x: (x - r.x) / d,
                y: (y - r.y) / d,
            };
            batch(|| h(&ev));
        }
    }

    /// Mouse movement without a button: `on_hover` enter and leave.
    fn hover(&mut self, x: f32, y: f32) {
        let chain = with_tree(|t| event::hit_test(t, self.root, Point::new(x, y), &self.units));
        let (entered, left): (Vec<_>, Vec<_>) = with_tree(|t| {
            let get = |n: &NodeId| {
                t.nodes
                    .get(*n)
                    .and_then(|n| n.interaction.handlers().and_then(|h| h.on_hover.clone()))
            };
            (
                chain
                    .iter()
                    .filter(|n| !self.hovered.contains(n))
                    .filter_map(get)
                    .collect(),
                self.hovered
                    .iter()
                    .filter(|n| !chain.contains(n))
                    .filter_map(get)
                    .collect(),
            )
        });
        self.hovered = chain;
        batch(|| {
            left.iter().for_each(|h| h(false));
            entered.iter().for_each(|h| h(true));
        });
    }

    /// Time passed: long presses and multi-tap timeouts may fire.
    pub(super) fn tick_gestures(&mut self) {
        let now = crate::animation::now_ms();
        let fired = self
            .arena
            .as_mut()
            .map(|a| a.feed(Input::Tick, now))
            .unwrap_or_default();
        if self
            .arena
            .as_ref()
            .is_some_and(|a| !a.has_pointers() && !a.is_alive())
        {
            self.arena = None;
        }
        if !fired.is_empty() {
            batch(|| fired.into_iter().for_each(Fire::run));
        }
    }

    /// Whether a gesture is waiting for time to pass (a long press being held).
    pub fn is_gesture_pending(&self) -> bool {
        self.arena.as_ref().is_some_and(Arena::is_alive)
    }

    /// Deliver one platform-neutral input event. Returns whether the UI used it.
    ///
    /// Pointer events drive hit testing and clicks (only the first pointer clicks). Keys go to
    /// the focused component's `on_key_event` and its ancestors'; unhandled arrows and Tab
    /// move focus, Enter and Space click the focused component.
    pub fn handle_input(&mut self, event: &InputEvent) -> bool {
        let _entered = self.enter();
        let handled = self.dispatch_input(event);
        self.apply_focus_request();
        handled
    }

    /// Focus changes components asked for ([`NodeId::request_focus`],
    /// [`NodeId::clear_focus`]) while handling input or running timers, applied once the
    /// handlers have returned.
    pub(crate) fn apply_focus_request(&mut self) {
        let Some(request) = self.context.take_focus_request() else {
            return;
        };
        match request {
            (Some(node), _) if node.is_alive() && node.is_focusable() => {
                self.focus.started = true;
                self.set_focus(Some(node));
            }
            (Some(_), _) => {}
            (None, of) => {
                if of.is_none() || self.focused() == of {
                    self.set_focus(None);
                }
            }
        }
    }

    fn dispatch_input(&mut self, event: &InputEvent) -> bool {
        match event {
            InputEvent::PointerDown { id, x, y } => {
                self.pointer(Phase::Down, *id, *x, *y);
                true
            }
            InputEvent::PointerMove { id, x, y } => {
                let pressed = self.arena.is_some();
                self.pointer(Phase::Move, *id, *x, *y);
                pressed
            }
            InputEvent::PointerUp { id, x, y } => {
                let pressed = self.arena.is_some();
                self.pointer(Phase::Up, *id, *x, *y);
                pressed
            }
            InputEvent::PointerCancel { id } => {
                let pressed = self.arena.is_some();
                self.pointer(Phase::Cancel, *id, 0.0, 0.0);
                pressed
            }
            InputEvent::Scroll { x, y, dx, dy } => self.wheel(*x, *y, *dx, *dy),
            InputEvent::Key {
                key,
                pressed,
                modifiers,
            } => self.key_event(key.clone(), *pressed, *modifiers),
            InputEvent::Text(text) => self.text_input(&crate::ImeEvent::Commit(text.clone())),
            InputEvent::Ime(ime) => self.text_input(ime),
            InputEvent::Crown { degrees } => self.crown(*degrees),
        }
    }

    /// The crown turned: the innermost scrollable around the focused component (or, with
    /// nothing focused, around the middle of the screen) takes it as a wheel turn.
    fn crown(&mut self, degrees: f32) -> bool {
        if !degrees.is_finite() || degrees == 0.0 {
            return false;
        }
        self.ensure_layout();
        self.refocus_if_gone();
        let dy = degrees * crate::input::CROWN_VP_PER_DEGREE * self.units.density;
        let scrolls = |n: &crate::tree::Node| {
            n.kind == crate::NodeKind::Scroll || crate::virtual_scroll::has_wheel_handler(n)
        };
        let from_focus = self.focus.focused.and_then(|f| {
            with_tree(|t| {
                let mut at = Some(f);
                while let Some(n) = at {
                    let node = t.nodes.get(n)?;
                    if scrolls(node) {
                        return Some(n);
                    }
                    at = node.parent;
                }
                None
            })
        });
        let target = from_focus.or_else(|| {
            let (w, h) = self.size;
            let centre = Point::new(w as f32 / 2.0, h as f32 / 2.0);
            let chain = with_tree(|t| event::hit_test(t, self.root, centre, &self.units));
            with_tree(|t| {
                chain
                    .iter()
                    .copied()
                    .find(|n| t.nodes.get(*n).is_some_and(|n| scrolls(n)))
            })
        });
        let Some(target) = target else {
            return false;
        };
        if let Some(f) = crate::virtual_scroll::wheel_handler(target) {
            batch(|| f(0.0, dy));
            return true;
        }
        let (ox, oy) = target.scroll_offset();
        target.set_scroll_offset(ox, oy + dy);
        true
    }

    /// A wheel turned over `(x, y)`: the innermost scroll container there scrolls.
    fn wheel(&mut self, x: f32, y: f32, dx: f32, dy: f32) -> bool {
        self.ensure_layout();
        let chain = with_tree(|t| event::hit_test(t, self.root, Point::new(x, y), &self.units));
        let scroll = with_tree(|t| {
            chain.iter().copied().find(|n| {
                t.nodes.get(*n).is_some_and(|n| {
                    n.kind == crate::NodeKind::Scroll || crate::virtual_scroll::has_wheel_handler(n)
                })
            })
        });
        // Containers that scroll themselves (List, Grid) take the turn through their handler.
        if let Some(f) = scroll.and_then(crate::virtual_scroll::wheel_handler) {
            batch(|| f(dx, dy));
            return true;
        }
        match scroll {
            Some(s) => {
                let (ox, oy) = s.scroll_offset();
                s.set_scroll_offset(ox + dx, oy + dy);
                true
            }
            None => false,
        }
    }

    /// Press and release `key` (a convenience for tests and remote controls).
    pub fn press_key(&mut self, key: Key) -> bool {
        let _entered = self.enter();
        let used = self.key_event(key.clone(), true, Modifiers::default());
        let used = self.key_event(key, false, Modifiers::default()) || used;
        self.apply_focus_request();
        used
    }

    fn key_event(&mut self, key: Key, pressed: bool, modifiers: Modifiers) -> bool {
        self.ensure_layout();
        self.refocus_if_gone();
        // The first navigation key shows where focus starts instead of moving past it.
        let first =
            pressed && is_navigation(&key) && !self.focus.started && self.focus.focused.is_none();
        if first {
            self.focus.visible = true;
        }
        self.start_focus();
        if self.trap_focus() && pressed && is_navigation(&key) {
            // The key that finds focus outside a new overlay only brings it in.
            self.focus.visible = true;
            self.schedule_frame();
            return true;
        }
        if first && self.focus.focused.is_some() {
            return true;
        }
        // Back closes the top overlay before any component sees it.
        if pressed && key == Key::Back && self.back_to_overlay() {
            return true;
        }
        let ev = KeyEvent {
            key: key.clone(),
            pressed,
            modifiers,
        };
        // The focused component first, then each ancestor, until one handles the key.
        let handlers = with_tree(|t| {
            let mut out = Vec::new();
            let mut at = self.focus.focused;
            while let Some(id) = at {
                let Some(n) = t.nodes.get(id) else { break };
                out.extend(n.interaction.handlers().and_then(|h| h.on_key.clone()));
                at = n.parent;
            }
            out
        });
        for h in handlers {
            if batch(|| h(&ev)) {
                return true;
            }
        }
        if !pressed {
            return false;
        }
        // Back that no component used, and Backspace that no text field used, go back.
        if key == Key::Back || key == Key::Backspace {
            return (key == Key::Backspace && self.back_to_overlay()) || self.back_to_handlers();
        }
        let dir = match key {
            Key::Up => FocusDirection::Up,
            Key::Down => FocusDirection::Down,
            Key::Left => FocusDirection::Left,
            Key::Right => FocusDirection::Right,
            Key::Tab if modifiers.shift => FocusDirection::Previous,
            Key::Tab => FocusDirection::Next,
            Key::Enter | Key::Space => return self.click_focused(),
            _ => return false,
        };
        self.move_focus(dir)
    }

    /// Move focus in `dir`. Key navigation shows the focus ring.
    pub fn move_focus(&mut self, dir: FocusDirection) -> bool {
        let _entered = self.enter();
        self.ensure_layout();
        if self.trap_focus() {
            // Focus just entered an overlay: that is the move.
            self.focus.visible = true;
            self.schedule_frame();
            return true;
        }
        let from = self.focus.focused;
        let scope = self.focus_root();
        let units = self.units;
        let to = with_tree(|t| focus::navigate(t, scope, from, dir, &units));
        let shown = !self.focus.visible;
        self.focus.visible = true;
        match to {
            Some(target) if Some(target) != from => {
                self.set_focus(Some(target));
                true
            }
            _ => {
                if shown {
                    self.schedule_frame();
                }
                shown
            }
        }
    }

    fn click_focused(&mut self) -> bool {
        let Some(node) = self.focus.focused else {
            return false;
        };
        let rect = node.rect().unwrap_or_default();
        let centre = Point::new(rect.x + rect.width / 2.0, rect.y + rect.height / 2.0);
        let units = self.units;
        // The centre where it is drawn, so the event reports the middle of the node's box.
        let target = with_tree(|t| {
            let p = crate::tree::transform::to_window(t, node, centre, &units);
            event::click_target(t, &[node], p, &units)
        });
        match target {
            Some((handler, ev)) => {
                batch(|| handler(&ev));
                true
            }
            None => false,
        }
    }

    /// Give focus to `target` (or clear it), calling `on_blur` and `on_focus`.
    pub(crate) fn set_focus(&mut self, target: Option<NodeId>) {
        let _entered = self.enter();
        let old = self.focus.focused;
        if old == target {
            return;
        }
        self.focus.focused = target;
        if let Some(t) = target {
            self.focus.remember(t, t.key());
        }
        let (blur, focus) = with_tree(|t| {
            // Focus groups remember the child that last had focus inside them.
            if let Some(new) = target {
                let mut at = t.nodes.get(new).and_then(|n| n.parent);
                while let Some(a) = at {
                    let Some(n) = t.nodes.get_mut(a) else { break };
                    if n.interaction.focus_group {
                        n.interaction.remembered = Some(new);
                    }
                    at = n.parent;
                }
            }
            let blur = old
                .and_then(|o| t.nodes.get(o))
                .and_then(|n| n.interaction.handlers()?.on_blur.clone());
            let focus = target
                .and_then(|n| t.nodes.get(n))
                .and_then(|n| n.interaction.handlers()?.on_focus.clone());
            (blur, focus)
        });
        // Focus is only drawn when the ring shows: otherwise moving it costs no frame.
        if self.focus.visible {
            self.schedule_frame();
        }
        // Scrolling containers bring the focused component into view (D-pad on a TV).
        let into_view = target
            .map(crate::virtual_scroll::into_view_handlers)
            .unwrap_or_default();
        batch(|| {
            if let Some(f) = blur {
                f();
            }
            if let Some(f) = focus {
                f();
            }
            if let Some(t) = target {
                for f in into_view {
                    f(t);
                }
            }
        });
    }

    /// The focused component was unmounted (its page or dialog closed): focus goes back to
    /// the component that had it before, when that is shown again (Back on a TV returns to
    /// the menu item that opened the page); otherwise it starts over on what is shown now,
    /// as on a fresh page.
    pub(super) fn refocus_if_gone(&mut self) {
        if !self
            .focus
            .focused
            .is_some_and(|f| !f.is_alive() || with_tree(|t| t.root_of(f)) != self.root)
        {
            return;
        }
        self.focus.focused = None;
        let root = self.root;
        match with_tree(|t| focus::restore(t, root, &self.focus.history)) {
            Some(back) => self.set_focus(Some(back)),
            None => self.focus.started = false,
        }
    }

    /// On the first key (or the first frame on a D-pad device) focus goes to the
    /// `default_focus` component, else the first focusable one.
    pub(super) fn start_focus(&mut self) {
        if self.focus.started {
            return;
        }
        self.focus.started = true;
        let root = self.root;
        let first = with_tree(|t| {
            let list = focus::focusables(t, root);
            list.iter()
                .copied()
                .find(|n| t.nodes[*n].interaction.default_focus)
                .or(list.first().copied())
        });
        if self.profile.input == InputStyle::Dpad {
            self.focus.visible = true;
        }
        if self.focus.focused.is_none() {
            self.set_focus(first);
        }
    }

    /// The focused component, if any.
    pub fn focused(&self) -> Option<NodeId> {
        self.focus.focused.filter(|n| n.is_alive())
    }

    /// The `.id()` of the focused component.
    pub fn focused_id(&self) -> Option<String> {
        self.focused().and_then(NodeId::key)
    }

    /// Whether the focus ring is shown (after key navigation, not after touch).
    pub fn focus_ring_visible(&self) -> bool {
        self.focus.visible && self.focused().is_some()
    }

    /// Focus the component with `.id(id)`.
    pub fn focus_id(&mut self, id: &str) -> Result<(), Error> {
        let _entered = self.enter();
        self.ensure_layout();
        let node = self
            .find_by_id(id)
            .ok_or_else(|| Error::IdNotFound { id: id.into() })?;
        if !node.is_focusable() {
            return Err(Error::NotFocusable { id: id.into() });
        }
        self.focus.started = true;
        self.set_focus(Some(node));
        Ok(())
    }

    /// Press and release at `(x, y)` window pixels.
    pub fn click_at(&mut self, x: f32, y: f32) {
        let _entered = self.enter();
        self.pointer_down(x, y);
        self.pointer_up(x, y);
        self.apply_focus_request();
    }

    /// Click the centre of the component with `.id(id)` where it is drawn (after its and its
    /// ancestors' `translate`/`scale`/`rotate`), through real hit testing.
    pub fn click_id(&mut self, id: &str) -> Result<(), Error> {
        let _entered = self.enter();
        self.ensure_layout();
        let node = self
            .find_by_id(id)
            .ok_or_else(|| Error::IdNotFound { id: id.into() })?;
        let rect = node.rect().unwrap_or_default();
        if rect.is_empty() {
            return Err(Error::NotHittable { id: id.into() });
        }
        let centre = Point::new(rect.x + rect.width / 2.0, rect.y + rect.height / 2.0);
        let (hit, Point { x, y }) = with_tree(|t| {
            let drawn = crate::tree::transform::to_window(t, node, centre, &self.units);
            (event::hit_test(t, self.root, drawn, &self.units), drawn)
        });
        if !hit.contains(&node) {
            return Err(Error::NotHittable { id: id.into() });
        }
        self.click_at(x, y);
        Ok(())
    }
}

/// Keys that move focus.
fn is_navigation(key: &Key) -> bool {
    matches!(key, Key::Up | Key::Down | Key::Left | Key::Right | Key::Tab)
}
