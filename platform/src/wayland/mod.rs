//! Wayland without winit: smithay-client-toolkit for an xdg-shell window, frame callbacks for
//! pacing, output scale, and seat input (pointer, touch, keyboard through xkbcommon). Frames
//! are software-rendered into double-buffered wl_shm buffers or, with the `wgpu` feature,
//! drawn by wgpu on the window's wl_surface when the renderer choice and an adapter allow.
//!
//! Why a second Wayland path next to winit's: embedded Wayland compositors (Weston kiosks on
//! boards) and apps that want frame-callback pacing and buffer control without winit's
//! event-loop inversion.

mod backend;
#[cfg(feature = "wgpu")]
mod gpu;
#[cfg(feature = "wgpu")]
mod handle;
mod input;
mod keys;
mod presenter;
mod shm;
mod state;

pub use backend::WaylandBackend;
pub use keys::key_from_keysym;
