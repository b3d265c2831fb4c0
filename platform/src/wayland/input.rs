//! Seat input for the Wayland backend: pointer, touch and keyboard handlers turning
//! smithay-client-toolkit's events into [`InputEvent`]s in buffer pixels.

use arkui_core::{InputEvent, Modifiers};
use smithay_client_toolkit::reexports::client::protocol::{
    wl_keyboard, wl_pointer, wl_seat, wl_surface, wl_touch,
};
use smithay_client_toolkit::reexports::client::{Connection, QueueHandle};
use smithay_client_toolkit::seat::keyboard::{
    KeyEvent, KeyboardHandler, Keysym, Modifiers as XkbModifiers, RawModifiers,
};
use smithay_client_toolkit::seat::pointer::{PointerEvent, PointerEventKind, PointerHandler};
use smithay_client_toolkit::seat::touch::TouchHandler;
use smithay_client_toolkit::seat::{Capability, SeatHandler, SeatState};
use smithay_client_toolkit::shell::WaylandSurface;

use super::key_from_keysym;
use super::state::State;
use crate::BackendEvent;

/// `BTN_LEFT`: the button that clicks.
const BTN_LEFT: u32 = 0x110;

impl State {
    fn to_pixels(&self, (x, y): (f64, f64)) -> (f32, f32) {
        let s = f64::from(self.scale.max(1));
        ((x * s) as f32, (y * s) as f32)
    }

    fn input(&mut self, e: InputEvent) {
        self.events.push(BackendEvent::Input(e));
    }

    fn key(&mut self, event: &KeyEvent, pressed: bool) {
        let key = key_from_keysym(event.keysym.raw(), event.utf8.as_deref());
        let modifiers = self.modifiers;
        self.input(InputEvent::Key {
            key,
            pressed,
            modifiers,
        });
        let shortcut = modifiers.ctrl || modifiers.alt || modifiers.meta;
        if let Some(text) = event
            .utf8
            .as_ref()
            .filter(|t| pressed && !shortcut && !t.is_empty() && !t.chars().any(char::is_control))
        {
            self.input(InputEvent::Text(text.clone()));
        }
    }

    fn touch_slot(&self, id: i32) -> Option<usize> {
        self.touches
            .iter()
            .position(|t| t.is_some_and(|(i, _, _)| i == id))
    }
}

impl SeatHandler for State {
    fn seat_state(&mut self) -> &mut SeatState {
        &mut self.seats
    }

    fn new_seat(&mut self, _: &Connection, _: &QueueHandle<Self>, _: wl_seat::WlSeat) {}

    fn new_capability(
        &mut self,
        _: &Connection,
        qh: &QueueHandle<Self>,
        seat: wl_seat::WlSeat,
        capability: Capability,
    ) {
        let result = match capability {
            Capability::Keyboard if self.keyboard.is_none() => self
                .seats
                .get_keyboard(qh, &seat, None)
                .map(|k| self.keyboard = Some(k))
                .map_err(|e| e.to_string()),
            Capability::Pointer if self.pointer.is_none() => self
                .seats
                .get_pointer(qh, &seat)
                .map(|p| self.pointer = Some(p))
                .map_err(|e| e.to_string()),
            Capability::Touch if self.touch.is_none() => self
                .seats
                .get_touch(qh, &seat)
                .map(|t| self.touch = Some(t))
                .map_err(|e| e.to_string()),
            _ => Ok(()),
        };
        if let Err(e) = result {
            log::warn!("wayland: cannot use the seat's {capability:?}: {e}");
        }
    }

    fn remove_capability(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        _: wl_seat::WlSeat,
        capability: Capability,
    ) {
        match capability {
            Capability::Keyboard => {
                if let Some(k) = self.keyboard.take() {
                    k.release();
                }
            }
            Capability::Pointer => {
                if let Some(p) = self.pointer.take() {
                    p.release();
                }
            }
            Capability::Touch => {
                if let Some(t) = self.touch.take() {
                    t.release();
                }
            }
            _ => {}
        }
    }

    fn remove_seat(&mut self, _: &Connection, _: &QueueHandle<Self>, _: wl_seat::WlSeat) {}
}

impl KeyboardHandler for State {
    fn enter(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        _: &wl_keyboard::WlKeyboard,
        _: &wl_surface::WlSurface,
        _: u32,
        _: &[u32],
        _: &[Keysym],
    ) {
    }

    fn leave(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        _: &wl_keyboard::WlKeyboard,
        _: &wl_surface::WlSurface,
        _: u32,
    ) {
    }

    fn press_key(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        _: &wl_keyboard::WlKeyboard,
        _: u32,
        event: KeyEvent,
    ) {
        self.key(&event, true);
    }

    fn repeat_key(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        _: &wl_keyboard::WlKeyboard,
        _: u32,
        event: KeyEvent,
    ) {
        self.key(&event, true);
    }

    fn release_key(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        _: &wl_keyboard::WlKeyboard,
        _: u32,
        event: KeyEvent,
    ) {
        self.key(&event, false);
    }

    fn update_modifiers(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        _: &wl_keyboard::WlKeyboard,
        _: u32,
        m: XkbModifiers,
        _: RawModifiers,
        _: u32,
    ) {
        self.modifiers = Modifiers {
            shift: m.shift,
            ctrl: m.ctrl,
            alt: m.alt,
            meta: m.logo,
        };
    }
}

impl PointerHandler for State {
    fn pointer_frame(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        _: &wl_pointer::WlPointer,
        events: &[PointerEvent],
    ) {
        for event in events {
            if &event.surface != self.window.wl_surface() {
                continue;
            }
            let (x, y) = self.to_pixels(event.position);
            match &event.kind {
                PointerEventKind::Motion { .. } => {
                    self.input(InputEvent::PointerMove { id: 0, x, y })
                }
                PointerEventKind::Press { button, .. } if *button == BTN_LEFT => {
                    self.input(InputEvent::PointerDown { id: 0, x, y })
                }
                PointerEventKind::Release { button, .. } if *button == BTN_LEFT => {
                    self.input(InputEvent::PointerUp { id: 0, x, y })
                }
                PointerEventKind::Leave { .. } => self.input(InputEvent::PointerCancel { id: 0 }),
                PointerEventKind::Axis {
                    horizontal,
                    vertical,
                    ..
                } => {
                    let s = self.scale.max(1) as f32;
                    self.input(InputEvent::Scroll {
                        x,
                        y,
                        dx: horizontal.absolute as f32 * s,
                        dy: vertical.absolute as f32 * s,
                    });
                }
                _ => {}
            }
        }
    }
}

impl TouchHandler for State {
    fn down(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        _: &wl_touch::WlTouch,
        _: u32,
        _: u32,
        surface: wl_surface::WlSurface,
        id: i32,
        position: (f64, f64),
    ) {
        if &surface != self.window.wl_surface() {
            return;
        }
        let (x, y) = self.to_pixels(position);
        let slot = match self.touches.iter().position(Option::is_none) {
            Some(free) => free,
            None => {
                self.touches.push(None);
                self.touches.len() - 1
            }
        };
        self.touches[slot] = Some((id, x, y));
        self.input(InputEvent::PointerDown {
            id: slot as u64,
            x,
            y,
        });
    }

    fn up(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        _: &wl_touch::WlTouch,
        _: u32,
        _: u32,
        id: i32,
    ) {
        if let Some(slot) = self.touch_slot(id)
            && let Some((_, x, y)) = self.touches[slot].take()
        {
            self.input(InputEvent::PointerUp {
                id: slot as u64,
                x,
                y,
            });
        }
    }

    fn motion(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        _: &wl_touch::WlTouch,
        _: u32,
        id: i32,
        position: (f64, f64),
    ) {
        let (x, y) = self.to_pixels(position);
        if let Some(slot) = self.touch_slot(id) {
            self.touches[slot] = Some((id, x, y));
            self.input(InputEvent::PointerMove {
                id: slot as u64,
                x,
                y,
            });
        }
    }

    fn shape(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        _: &wl_touch::WlTouch,
        _: i32,
        _: f64,
        _: f64,
    ) {
    }

    fn orientation(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        _: &wl_touch::WlTouch,
        _: i32,
        _: f64,
    ) {
    }

    fn cancel(&mut self, _: &Connection, _: &QueueHandle<Self>, _: &wl_touch::WlTouch) {
        let slots: Vec<usize> = (0..self.touches.len())
            .filter(|s| self.touches[*s].is_some())
            .collect();
        for slot in slots {
            self.touches[slot] = None;
            self.input(InputEvent::PointerCancel { id: slot as u64 });
        }
    }
}
