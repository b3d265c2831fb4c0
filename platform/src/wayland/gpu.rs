//! [`GpuPresenter`]: wgpu presenting on the xdg window's wl_surface. Sizes, 0x0, `Outdated`,
//! `Lost` and device loss are [`SurfaceRenderer`]'s; pacing stays with the frame callbacks:
//! one is requested before each present, whose commit carries it.

use arkui_core::{App, with_fonts};
use arkui_renderer::Color;
use arkui_renderer::wgpu::{FrameOutcome, GpuContext, GpuError, SurfaceRenderer, WindowSurface};
use smithay_client_toolkit::compositor::FrameCallbackData;
use smithay_client_toolkit::reexports::client::{Connection, QueueHandle};
use smithay_client_toolkit::shell::WaylandSurface;
use smithay_client_toolkit::shell::xdg::window::Window;

use super::handle::SurfaceHandle;
use super::state::State;
use crate::Error;

/// wgpu drawing into the Wayland window.
pub(crate) struct GpuPresenter {
    inner: SurfaceRenderer<WindowSurface<SurfaceHandle>>,
    /// The adapter's summary, for logs and tests.
    adapter: String,
}

impl GpuPresenter {
    /// wgpu on `window`'s surface at `size` pixels, on an adapter that can present there.
    pub(crate) fn new(
        conn: &Connection,
        window: &Window,
        size: (u32, u32),
    ) -> Result<GpuPresenter, GpuError> {
        let handle = SurfaceHandle::new(conn.backend(), window.clone());
        // EGL cannot present on Wayland without the display at instance creation; Vulkan
        // ignores it.
        let instance = wgpu::Instance::new(
            wgpu::InstanceDescriptor::new_with_display_handle_from_env(Box::new(conn.backend())),
        );
        // A first surface only to pick an adapter that can present to it (a machine may
        // have adapters that cannot); WindowSurface makes the one that draws.
        let probe = instance
            .create_surface(handle.clone())
            .map_err(|e| GpuError::Surface {
                message: format!("cannot create a wgpu surface on the wl_surface: {e}"),
            })?;
        let gpu = GpuContext::with_instance(instance, Some(&probe))?;
        drop(probe);
        let surface = WindowSurface::new(&gpu, handle)?;
        let adapter = gpu.adapter_summary().to_string();
        Ok(GpuPresenter {
            inner: SurfaceRenderer::new(gpu, surface, size.0, size.1),
            adapter,
        })
    }

    /// The adapter drawing, as wgpu describes it.
    pub(crate) fn adapter(&self) -> &str {
        &self.adapter
    }

    /// Draw `app`'s next frame at `size` pixels and present it, with a frame callback
    /// requested first so the compositor paces the next one. Returns whether a frame was
    /// committed.
    pub(crate) fn present(
        &mut self,
        app: &mut App,
        window: &Window,
        qh: &QueueHandle<State>,
        size: (u32, u32),
    ) -> Result<bool, Error> {
        self.inner.resize(size.0, size.1);
        if !crate::present::frame_at(app, size) {
            return Ok(false);
        }
        // The present commits the surface, and the request rides on that commit. A frame
        // that ends up skipped leaves it pending for the next commit, which is harmless:
        // its callback only clears a flag that is already clear.
        let surface = window.wl_surface();
        surface.frame(qh, FrameCallbackData(surface.clone()));
        let (list, images) = (app.display_list(), app.image_cache());
        let inner = &mut self.inner;
        let outcome = with_fonts(|fonts| inner.render(list, fonts, images, Color::WHITE))
            .map_err(|e| Error::Window(format!("wayland (wgpu): {e}")))?;
        if outcome == FrameOutcome::Skipped {
            // The surface gave no frame (timeout): draw this one again later.
            app.request_full_frame();
        }
        Ok(outcome == FrameOutcome::Presented)
    }
}
