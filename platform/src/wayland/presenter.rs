//! What puts the Wayland window's frames on screen: wgpu on the wl_surface (features
//! `wayland` + `wgpu`) when the renderer choice allows it and an adapter can present there,
//! else the software renderer in wl_shm buffers. Chosen once, when the window opens, with
//! one log line saying which and why.

use arkui_core::RendererChoice;
use smithay_client_toolkit::reexports::client::Connection;
use smithay_client_toolkit::shell::xdg::window::Window;
use smithay_client_toolkit::shm::Shm;

use super::shm::ShmPresenter;
use crate::Error;

/// What draws the Wayland window.
pub(crate) enum Presenter {
    /// The software renderer into wl_shm buffers.
    Shm(ShmPresenter),
    /// wgpu on the window's wl_surface.
    #[cfg(feature = "wgpu")]
    Gpu(Box<super::gpu::GpuPresenter>),
}

/// The renderer for `window`: `profile`'s choice after `ARKUI_RENDERER`, at `size` pixels.
/// `Gpu` insists (no adapter is an error, as for the winit window), `Auto` falls back to
/// wl_shm, `Software` never tries wgpu.
pub(crate) fn choose(
    conn: &Connection,
    window: &Window,
    shm: &Shm,
    profile: RendererChoice,
    size: (u32, u32),
) -> Result<Presenter, Error> {
    #[cfg(feature = "wgpu")]
    let why = {
        let choice = crate::window_gpu::renderer_choice(profile);
        let asked = match std::env::var("ARKUI_RENDERER") {
            Ok(v) if choice != profile || v == "auto" => format!("ARKUI_RENDERER={v}"),
            _ => format!("the profile's renderer is {profile:?}"),
        };
        if choice == RendererChoice::Software {
            asked
        } else {
            match super::gpu::GpuPresenter::new(conn, window, size) {
                Ok(gpu) => {
                    log::info!(
                        "wayland renderer: wgpu on the wl_surface, {} ({asked})",
                        gpu.adapter()
                    );
                    return Ok(Presenter::Gpu(Box::new(gpu)));
                }
                Err(e) if choice == RendererChoice::Gpu => {
                    return Err(Error::Window(format!(
                        "wayland: {asked} asks for the GPU renderer, but wgpu cannot present \
                         to the wl_surface: {e}"
                    )));
                }
                Err(e) => format!("{asked}, but wgpu cannot present to the wl_surface: {e}"),
            }
        }
    };
    #[cfg(not(feature = "wgpu"))]
    let why = {
        let _ = (conn, window);
        match profile {
            RendererChoice::Software => "the profile's renderer is Software".to_string(),
            _ => "built without the `wgpu` feature".to_string(),
        }
    };
    log::info!("wayland renderer: software in wl_shm buffers ({why})");
    ShmPresenter::new(shm, size).map(Presenter::Shm)
}
