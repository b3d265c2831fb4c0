//! Wayland without winit: smithay-client-toolkit for an xdg-shell window, software frames
//! in double-buffered wl_shm buffers, frame callbacks for pacing, output scale, and seat
//! input (pointer, touch, keyboard through xkbcommon).
//!
//! Why a second Wayland path next to winit's: embedded Wayland compositors (Weston kiosks on
//! boards) and apps that want frame-callback pacing and buffer control without winit's
//! event-loop inversion. wgpu on the wl_surface is the wgpu issue's, not this backend's.

mod backend;
mod input;
mod keys;
mod state;

pub use backend::WaylandBackend;
pub use keys::key_from_keysym;
