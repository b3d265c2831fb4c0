//! What puts the window's frames on screen: the software renderer through softbuffer, or
//! wgpu on the window's surface (feature `wgpu`), chosen from the profile at start and
//! switched at runtime when the UI asks, with a [`RendererStatus`] saying what draws.

use std::sync::Arc;

use arkui_core::{RendererChoice, RendererStatus};
use winit::window::Window;

use crate::Error;

pub(crate) type Surface = softbuffer::Surface<Arc<Window>, Arc<Window>>;

/// What puts frames on the window.
pub(crate) enum Presenter {
    /// The software renderer through softbuffer.
    Cpu(Surface),
    /// wgpu on the window's surface.
    #[cfg(feature = "wgpu")]
    Gpu(Box<crate::window_gpu::GpuPresenter>),
}

/// wgpu when the profile and the machine allow it, else softbuffer; with what draws.
pub(crate) fn presenter(
    window: &Arc<Window>,
    choice: RendererChoice,
) -> Result<(Presenter, RendererStatus), Error> {
    #[cfg(feature = "wgpu")]
    let note = {
        let choice = crate::window_gpu::renderer_choice(choice);
        if let Some(gpu) = crate::window_gpu::GpuPresenter::new(window, choice)? {
            let status = RendererStatus {
                active: Some(RendererChoice::Gpu),
                note: gpu.adapter().to_string(),
            };
            return Ok((Presenter::Gpu(Box::new(gpu)), status));
        }
        if choice == RendererChoice::Software {
            String::new()
        } else {
            "no GPU adapter; drawing in software".to_string()
        }
    };
    #[cfg(not(feature = "wgpu"))]
    let note = if choice == RendererChoice::Gpu {
        log::warn!(
            "the profile asks for the GPU renderer; built without `wgpu`, drawing in software"
        );
        NO_WGPU.to_string()
    } else {
        String::new()
    };
    softbuffer::Context::new(window.clone())
        .and_then(|context| Surface::new(&context, window.clone()))
        .map(|surface| (Presenter::Cpu(surface), RendererStatus::software(note)))
        .map_err(|e| Error::Window(e.to_string()))
}

/// Why the GPU renderer cannot be had, in a build without it.
#[cfg(not(feature = "wgpu"))]
const NO_WGPU: &str = "built without the GPU renderer (the `wgpu` feature)";

/// Replace `current` by a presenter for `choice`. The old one goes first (a window takes one
/// kind of surface at a time); a GPU that cannot be had leaves the software renderer
/// drawing, with the reason in the status.
pub(crate) fn switch(
    window: &Arc<Window>,
    current: Presenter,
    choice: RendererChoice,
) -> Result<(Presenter, RendererStatus), Error> {
    drop(current);
    presenter(window, choice).or_else(|e| {
        log::warn!("renderer switch to {choice:?} failed: {e}");
        let (p, _) = presenter(window, RendererChoice::Software)?;
        Ok((p, RendererStatus::software(e.to_string())))
    })
}
