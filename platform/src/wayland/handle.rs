//! [`SurfaceHandle`]: the xdg window's wl_surface as a raw-window-handle window, so wgpu can
//! put a Vulkan (or EGL) swapchain on it.
//!
//! Vulkan's `VK_KHR_wayland_surface` and EGL take libwayland's `wl_display*` and
//! `wl_surface*`; those exist only with wayland-client's system backend (the `wgpu` feature
//! turns on `wayland-backend/client_system`). The handle owns a clone of the connection and
//! of the sctk window, so neither pointer can dangle while wgpu holds the handle: the
//! wl_display closes with the last connection clone, the wl_surface is destroyed with the
//! last window clone.

use std::ptr::NonNull;

use smithay_client_toolkit::reexports::client::Proxy;
use smithay_client_toolkit::shell::WaylandSurface;
use smithay_client_toolkit::shell::xdg::window::Window;
use wayland_backend::client::Backend;
use wgpu::rwh::{
    DisplayHandle, HandleError, HasDisplayHandle, HasWindowHandle, RawWindowHandle,
    WaylandWindowHandle, WindowHandle,
};

/// The connection and the window whose wl_surface wgpu draws on.
#[derive(Clone, Debug)]
pub(crate) struct SurfaceHandle {
    backend: Backend,
    window: Window,
}

impl SurfaceHandle {
    /// A handle on `window`'s surface over the connection `backend` belongs to.
    pub(crate) fn new(backend: Backend, window: Window) -> SurfaceHandle {
        SurfaceHandle { backend, window }
    }
}

impl HasDisplayHandle for SurfaceHandle {
    fn display_handle(&self) -> Result<DisplayHandle<'_>, HandleError> {
        // wayland-backend's own implementation (feature `rwh_06`) borrows the backend we own.
        self.backend.display_handle()
    }
}

impl HasWindowHandle for SurfaceHandle {
    #[expect(
        unsafe_code,
        reason = "raw-window-handle has no safe constructor for a borrowed wl_surface pointer"
    )]
    fn window_handle(&self) -> Result<WindowHandle<'_>, HandleError> {
        // Null once the proxy is destroyed, which cannot happen while `self.window` lives;
        // reported rather than trusted.
        let ptr = NonNull::new(self.window.wl_surface().id().as_ptr().cast())
            .ok_or(HandleError::Unavailable)?;
        let raw = RawWindowHandle::Wayland(WaylandWindowHandle::new(ptr));
        // SAFETY: `ptr` is the live `wl_proxy` of the window's wl_surface, created on the
        // connection `self.backend` keeps open. `self.window` is the last owner that can
        // destroy it (sctk destroys the surface when its final window clone drops), and the
        // returned handle borrows `self`, so the surface outlives every use of the handle.
        Ok(unsafe { WindowHandle::borrow_raw(raw) })
    }
}
