//! Input for an [`App`]: pointer presses become clicks through hit testing; keys go to the
//! focused component (and bubble to its ancestors), then move focus or click.

use arkui_renderer::Point;

use super::App;
use crate::focus;
use crate::reactive::batch;
use crate::tree::{FocusDirection, KeyEvent, NodeId, with_tree};
use crate::{Error, InputEvent, InputStyle, Key, Modifiers, event};

impl App {
    /// A pointer went down at `(x, y)` window pixels. Touch hides the focus ring; a
    /// focusable component under the pointer takes focus.
    pub fn pointer_down(&mut self, x: f32, y: f32) {
        self.ensure_layout();
        let chain = with_tree(|t| event::hit_test(t, self.root, Point::new(x, y)));
        let focus_target = with_tree(|t| {
            chain.iter().copied().find(|n| {
                t.nodes
                    .get(*n)
                    .is_some_and(crate::tree::focus_rules::can_focus)
            })
        });
        if self.focus.visible {
            self.focus.visible = false;
            self.request_full_frame();
        }
        if let Some(target) = focus_target {
            self.set_focus(Some(target));
        }
        self.pressed = Some(chain);
    }

    /// A pointer went up at `(x, y)`: a click when it is still over the node it went down on.
    pub fn pointer_up(&mut self, x: f32, y: f32) {
        let Some(down) = self.pressed.take() else {
            return;
        };
        self.ensure_layout();
        let p = Point::new(x, y);
        let up = with_tree(|t| event::hit_test(t, self.root, p));
        // Only nodes under both the press and the release may take the click.
        let common: Vec<NodeId> = down.into_iter().filter(|n| up.contains(n)).collect();
        let density = self.units.density;
        let target = with_tree(|t| event::click_target(t, &common, p, density));
        if let Some((handler, ev)) = target {
            batch(|| handler(&ev));
        }
    }

    /// Deliver one platform-neutral input event. Returns whether the UI used it.
    ///
    /// Pointer events drive hit testing and clicks (only the first pointer clicks). Keys go to
    /// the focused component's `on_key_event` and its ancestors'; unhandled arrows and Tab
    /// move focus, Enter and Space click the focused component.
    pub fn handle_input(&mut self, event: &InputEvent) -> bool {
        match event {
            InputEvent::PointerDown { id: 0, x, y } => {
                self.pointer_down(*x, *y);
                true
            }
            InputEvent::PointerUp { id: 0, x, y } => {
                let had_press = self.pressed.is_some();
                self.pointer_up(*x, *y);
                had_press
            }
            InputEvent::PointerCancel { id: 0 } => self.pressed.take().is_some(),
            InputEvent::Key {
                key,
                pressed,
                modifiers,
            } => self.key_event(key.clone(), *pressed, *modifiers),
            _ => false,
        }
    }

    /// Press and release `key` (a convenience for tests and remote controls).
    pub fn press_key(&mut self, key: Key) -> bool {
        let used = self.key_event(key.clone(), true, Modifiers::default());
        self.key_event(key, false, Modifiers::default()) || used
    }

    fn key_event(&mut self, key: Key, pressed: bool, modifiers: Modifiers) -> bool {
        self.ensure_layout();
        self.start_focus();
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
                out.extend(n.interaction.on_key.clone());
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
        self.ensure_layout();
        let from = self.focus.focused;
        let to = with_tree(|t| focus::navigate(t, self.root, from, dir));
        let shown = !self.focus.visible;
        self.focus.visible = true;
        match to {
            Some(target) if Some(target) != from => {
                self.set_focus(Some(target));
                true
            }
            _ => {
                if shown {
                    self.request_full_frame();
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
        let p = Point::new(rect.x + rect.width / 2.0, rect.y + rect.height / 2.0);
        let density = self.units.density;
        let target = with_tree(|t| event::click_target(t, &[node], p, density));
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
        let old = self.focus.focused;
        if old == target {
            return;
        }
        self.focus.focused = target;
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
                .and_then(|n| n.interaction.on_blur.clone());
            let focus = target
                .and_then(|n| t.nodes.get(n))
                .and_then(|n| n.interaction.on_focus.clone());
            (blur, focus)
        });
        // Focus is only drawn when the ring shows: otherwise moving it costs no frame.
        if self.focus.visible {
            self.request_full_frame();
        }
        batch(|| {
            if let Some(f) = blur {
                f();
            }
            if let Some(f) = focus {
                f();
            }
        });
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
        self.pointer_down(x, y);
        self.pointer_up(x, y);
    }

    /// Click the centre of the component with `.id(id)`, through real hit testing.
    pub fn click_id(&mut self, id: &str) -> Result<(), Error> {
        self.ensure_layout();
        let node = self
            .find_by_id(id)
            .ok_or_else(|| Error::IdNotFound { id: id.into() })?;
        let rect = node.rect().unwrap_or_default();
        if rect.is_empty() {
            return Err(Error::NotHittable { id: id.into() });
        }
        let (x, y) = (rect.x + rect.width / 2.0, rect.y + rect.height / 2.0);
        let hit = with_tree(|t| event::hit_test(t, self.root, Point::new(x, y)));
        if !hit.contains(&node) {
            return Err(Error::NotHittable { id: id.into() });
        }
        self.click_at(x, y);
        Ok(())
    }
}
