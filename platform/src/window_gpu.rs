//! The desktop window's GPU presenter: "wgpu on a surface when an adapter exists, else the
//! software renderer". The device profile's `renderer` (or `ARKUI_RENDERER=auto|gpu|
//! software`) decides: `Auto` tries wgpu and falls back quietly, `Gpu` insists, `Software`
//! never tries. Surface faults and device loss are recovered by
//! [`arkui_renderer::wgpu::SurfaceRenderer`].

use std::sync::Arc;

use arkui_core::{App, RendererChoice, with_fonts};
use arkui_renderer::Color;
use arkui_renderer::wgpu::{FrameOutcome, GpuContext, SurfaceRenderer, WindowSurface};
use winit::window::Window;

use crate::Error;

/// The renderer choice after `ARKUI_RENDERER` has had its say.
pub(crate) fn renderer_choice(profile: RendererChoice) -> RendererChoice {
    match std::env::var("ARKUI_RENDERER").as_deref() {
        Ok("software" | "cpu") => RendererChoice::Software,
        Ok("gpu" | "wgpu") => RendererChoice::Gpu,
        Ok("auto") => RendererChoice::Auto,
        _ => profile,
    }
}

/// wgpu presenting into the window.
pub(crate) struct GpuPresenter {
    inner: SurfaceRenderer<WindowSurface<Arc<Window>>>,
    /// The adapter's summary, for the UI's renderer status.
    adapter: String,
}

impl GpuPresenter {
    /// A presenter for `window`, or `None` when the software renderer should draw.
    pub(crate) fn new(
        window: &Arc<Window>,
        choice: RendererChoice,
    ) -> Result<Option<GpuPresenter>, Error> {
        if choice == RendererChoice::Software {
            return Ok(None);
        }
        let made = GpuContext::new().and_then(|gpu| {
            let surface = WindowSurface::new(&gpu, window.clone())?;
            Ok((gpu, surface))
        });
        match made {
            Ok((gpu, surface)) => {
                let adapter = gpu.adapter_summary().to_string();
                log::info!("window renderer: wgpu on {adapter}");
                let size = window.inner_size();
                Ok(Some(GpuPresenter {
                    inner: SurfaceRenderer::new(gpu, surface, size.width, size.height),
                    adapter,
                }))
            }
            Err(e) if choice == RendererChoice::Gpu => Err(Error::Window(format!(
                "the profile asks for the GPU renderer but wgpu is unavailable: {e}"
            ))),
            Err(e) => {
                log::info!("window renderer: software ({e})");
                Ok(None)
            }
        }
    }

    /// The adapter drawing, as wgpu describes it.
    pub(crate) fn adapter(&self) -> &str {
        &self.adapter
    }

    /// Draw `app`'s next frame, if any, into the window.
    pub(crate) fn present(&mut self, app: &mut App, window: &Window) -> Result<bool, Error> {
        let size = window.inner_size();
        self.inner.resize(size.width, size.height);
        if size.width == 0 || size.height == 0 {
            // Minimised: nothing to draw until the window has an area again.
            return Ok(false);
        }
        if !crate::present::frame_at(app, (size.width, size.height)) {
            return Ok(false);
        }
        // The app's cache: images it decoded draw on the GPU as they do in software.
        let (list, images) = (app.display_list(), app.image_cache());
        let inner = &mut self.inner;
        let outcome = with_fonts(|fonts| inner.render(list, fonts, images, Color::WHITE))
            .map_err(|e| Error::Window(e.to_string()))?;
        if outcome == FrameOutcome::Skipped {
            // The surface gave no frame (timeout, hidden): draw this one again later.
            app.request_full_frame();
        }
        Ok(outcome == FrameOutcome::Presented)
    }
}
