//! The Wayland client state: what smithay-client-toolkit's handlers update, turned into
//! [`BackendEvent`]s for the frame loop.

use arkui_core::{InputEvent, Modifiers};
use smithay_client_toolkit::compositor::{CompositorHandler, CompositorState};
use smithay_client_toolkit::output::{OutputHandler, OutputState};
use smithay_client_toolkit::reexports::client::protocol::{
    wl_keyboard, wl_output, wl_pointer, wl_seat, wl_surface, wl_touch,
};
use smithay_client_toolkit::reexports::client::{Connection, QueueHandle};
use smithay_client_toolkit::registry::{ProvidesRegistryState, RegistryState};
use smithay_client_toolkit::seat::keyboard::{
    KeyEvent, KeyboardHandler, Keysym, Modifiers as XkbModifiers, RawModifiers,
};
use smithay_client_toolkit::seat::pointer::{PointerEvent, PointerEventKind, PointerHandler};
use smithay_client_toolkit::seat::touch::TouchHandler;
use smithay_client_toolkit::seat::{Capability, SeatHandler, SeatState};
use smithay_client_toolkit::shell::WaylandSurface;
use smithay_client_toolkit::shell::xdg::XdgShell;
use smithay_client_toolkit::shell::xdg::window::{Window, WindowConfigure, WindowHandler};
use smithay_client_toolkit::shm::slot::{Buffer, SlotPool};
use smithay_client_toolkit::shm::{Shm, ShmHandler};
use smithay_client_toolkit::{delegate_registry, registry_handlers};

use super::key_from_keysym;
use crate::BackendEvent;

/// `BTN_LEFT`: the button that clicks.
const BTN_LEFT: u32 = 0x110;

pub(crate) struct State {
    pub(crate) registry: RegistryState,
    pub(crate) seats: SeatState,
    pub(crate) outputs: OutputState,
    pub(crate) shm: Shm,
    pub(crate) _compositor: CompositorState,
    pub(crate) _xdg: XdgShell,
    pub(crate) window: Window,
    pub(crate) pool: SlotPool,
    pub(crate) buffers: Vec<Buffer>,
    /// Size in surface (logical) coordinates.
    pub(crate) logical_size: (u32, u32),
    /// Used when the compositor lets us choose (the profile's size in vp).
    pub(crate) default_size: (u32, u32),
    pub(crate) scale: i32,
    pub(crate) profile_density: f32,
    pub(crate) configured: bool,
    pub(crate) frame_pending: bool,
    pub(crate) closed: bool,
    pub(crate) events: Vec<BackendEvent>,
    pub(crate) keyboard: Option<wl_keyboard::WlKeyboard>,
    pub(crate) pointer: Option<wl_pointer::WlPointer>,
    pub(crate) touch: Option<wl_touch::WlTouch>,
    pub(crate) modifiers: Modifiers,
    /// Wayland touch ids by slot: the first finger down is pointer 0, as on evdev.
    pub(crate) touches: Vec<Option<(i32, f32, f32)>>,
}

impl State {
    pub(crate) fn physical_size(&self) -> (u32, u32) {
        let s = self.scale.max(1) as u32;
        (self.logical_size.0 * s, self.logical_size.1 * s)
    }

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

impl CompositorHandler for State {
    fn scale_factor_changed(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        surface: &wl_surface::WlSurface,
        new_factor: i32,
    ) {
        if new_factor == self.scale || new_factor < 1 {
            return;
        }
        self.scale = new_factor;
        surface.set_buffer_scale(new_factor);
        self.events.push(BackendEvent::DensityChanged(
            self.profile_density * new_factor as f32,
        ));
        let (width, height) = self.physical_size();
        self.events.push(BackendEvent::Resized { width, height });
    }

    fn transform_changed(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        _: &wl_surface::WlSurface,
        _: wl_output::Transform,
    ) {
    }

    fn frame(&mut self, _: &Connection, _: &QueueHandle<Self>, _: &wl_surface::WlSurface, _: u32) {
        self.frame_pending = false;
    }

    fn surface_enter(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        _: &wl_surface::WlSurface,
        _: &wl_output::WlOutput,
    ) {
    }

    fn surface_leave(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        _: &wl_surface::WlSurface,
        _: &wl_output::WlOutput,
    ) {
    }
}

impl OutputHandler for State {
    fn output_state(&mut self) -> &mut OutputState {
        &mut self.outputs
    }
    fn new_output(&mut self, _: &Connection, _: &QueueHandle<Self>, _: wl_output::WlOutput) {}
    fn update_output(&mut self, _: &Connection, _: &QueueHandle<Self>, _: wl_output::WlOutput) {}
    fn output_destroyed(&mut self, _: &Connection, _: &QueueHandle<Self>, _: wl_output::WlOutput) {}
}

impl WindowHandler for State {
    fn request_close(&mut self, _: &Connection, _: &QueueHandle<Self>, _: &Window) {
        self.closed = true;
        self.events.push(BackendEvent::CloseRequested);
    }

    fn configure(
        &mut self,
        _: &Connection,
        _: &QueueHandle<Self>,
        _: &Window,
        configure: WindowConfigure,
        _: u32,
    ) {
        let w = configure
            .new_size
            .0
            .map_or(self.default_size.0, |v| v.get());
        let h = configure
            .new_size
            .1
            .map_or(self.default_size.1, |v| v.get());
        self.logical_size = (w, h);
        let first = !self.configured;
        self.configured = true;
        let (width, height) = self.physical_size();
        self.events.push(BackendEvent::Resized { width, height });
        if first {
            // Nothing is shown until the first buffer: make sure a frame is drawn.
            self.events.push(BackendEvent::ContentLost);
        }
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

impl ShmHandler for State {
    fn shm_state(&mut self) -> &mut Shm {
        &mut self.shm
    }
}

impl ProvidesRegistryState for State {
    fn registry(&mut self) -> &mut RegistryState {
        &mut self.registry
    }
    registry_handlers![OutputState, SeatState];
}

delegate_registry!(State);
smithay_client_toolkit::delegate_dispatch2!(State);
