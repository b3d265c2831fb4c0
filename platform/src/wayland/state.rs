//! The Wayland client state: what smithay-client-toolkit's handlers update, turned into
//! [`BackendEvent`]s for the frame loop.

use arkui_core::Modifiers;
use smithay_client_toolkit::compositor::{CompositorHandler, CompositorState};
use smithay_client_toolkit::output::{OutputHandler, OutputState};
use smithay_client_toolkit::reexports::client::protocol::{
    wl_keyboard, wl_output, wl_pointer, wl_surface, wl_touch,
};
use smithay_client_toolkit::reexports::client::{Connection, QueueHandle};
use smithay_client_toolkit::registry::{ProvidesRegistryState, RegistryState};
use smithay_client_toolkit::seat::SeatState;
use smithay_client_toolkit::shell::xdg::XdgShell;
use smithay_client_toolkit::shell::xdg::window::{Window, WindowConfigure, WindowHandler};
use smithay_client_toolkit::shm::{Shm, ShmHandler};
use smithay_client_toolkit::{delegate_registry, registry_handlers};

use crate::BackendEvent;

pub(crate) struct State {
    pub(crate) registry: RegistryState,
    pub(crate) seats: SeatState,
    pub(crate) outputs: OutputState,
    pub(crate) shm: Shm,
    pub(crate) _compositor: CompositorState,
    pub(crate) _xdg: XdgShell,
    pub(crate) window: Window,
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
