//! Presenting to a window: [`SurfaceRenderer`] draws into whatever a [`FrameSource`]
//! hands out and recovers from what surfaces do — a 0x0 size while minimised (the frame is
//! skipped), `Outdated`/`Lost` (reconfigure or recreate, then draw again), timeouts (skip),
//! and device loss (new device, every resource again, then draw again).

use super::pipelines::LAYER_FORMAT;
use super::{GpuContext, GpuError, WgpuRenderer};
use crate::images::ImageCache;
use crate::text::FontContext;
use crate::{Color, DisplayList};

/// What asking a [`FrameSource`] for the next frame gave.
#[derive(Debug)]
pub enum Acquired {
    /// A texture to draw into; `present` hands it back.
    Frame(SurfaceFrame),
    /// No frame in time: skip this one.
    Timeout,
    /// Hidden: skip until visible.
    Occluded,
    /// The configuration no longer matches the window: configure again.
    Outdated,
    /// The surface is gone: create it again.
    Lost,
}

/// A frame being drawn.
#[derive(Debug)]
pub struct SurfaceFrame {
    /// What to render into.
    pub texture: wgpu::Texture,
    /// The swapchain image behind it, for real surfaces.
    pub surface_texture: Option<wgpu::SurfaceTexture>,
    /// The surface would like to be configured again after this frame.
    pub suboptimal: bool,
}

/// Where frames come from: a window's [`wgpu::Surface`] ([`WindowSurface`]), or anything
/// else that hands out textures (tests inject surface errors through this trait).
pub trait FrameSource {
    /// (Re)configure for `gpu`'s device at `width` x `height` (both > 0).
    fn configure(&mut self, gpu: &GpuContext, width: u32, height: u32) -> Result<(), GpuError>;
    /// The next frame.
    fn acquire(&mut self) -> Acquired;
    /// Show a drawn frame.
    fn present(&mut self, gpu: &GpuContext, frame: SurfaceFrame);
    /// Create the surface again after [`Acquired::Lost`].
    fn recreate(&mut self, gpu: &GpuContext) -> Result<(), GpuError>;
    /// The colour format frames have (a non-sRGB one keeps blending as on the CPU).
    fn format(&self) -> wgpu::TextureFormat;
}

/// A window's wgpu surface. `W` is a cloneable window (such as `Arc<winit::window::Window>`)
/// kept so the surface can be created again after it is lost.
pub struct WindowSurface<W> {
    window: W,
    surface: wgpu::Surface<'static>,
    format: wgpu::TextureFormat,
    size: (u32, u32),
}

impl<W: Into<wgpu::SurfaceTarget<'static>> + Clone + 'static> WindowSurface<W> {
    /// A surface for `window` on `gpu`'s instance.
    pub fn new(gpu: &GpuContext, window: W) -> Result<WindowSurface<W>, GpuError> {
        let surface =
            gpu.instance()
                .create_surface(window.clone())
                .map_err(|e| GpuError::Surface {
                    message: e.to_string(),
                })?;
        if !gpu.adapter().is_surface_supported(&surface) {
            return Err(GpuError::Surface {
                message: format!(
                    "the adapter {} cannot present to this window",
                    gpu.adapter_summary()
                ),
            });
        }
        let caps = surface.get_capabilities(gpu.adapter());
        // Blending must happen on sRGB-encoded values, as in the software renderer: draw
        // through a non-sRGB view of whatever format the surface prefers.
        let format = caps
            .formats
            .iter()
            .copied()
            .find(|f| !f.is_srgb())
            .or_else(|| caps.formats.first().copied())
            .ok_or_else(|| GpuError::Surface {
                message: "the surface supports no format on this adapter".into(),
            })?;
        Ok(WindowSurface {
            window,
            surface,
            format,
            size: (0, 0),
        })
    }
}

impl<W: Into<wgpu::SurfaceTarget<'static>> + Clone + 'static> FrameSource for WindowSurface<W> {
    fn configure(&mut self, gpu: &GpuContext, width: u32, height: u32) -> Result<(), GpuError> {
        let caps = self.surface.get_capabilities(gpu.adapter());
        let alpha_mode = caps
            .alpha_modes
            .first()
            .copied()
            .unwrap_or(wgpu::CompositeAlphaMode::Auto);
        self.surface.configure(
            gpu.device(),
            &wgpu::SurfaceConfiguration {
                usage: wgpu::TextureUsages::RENDER_ATTACHMENT,
                format: self.format,
                color_space: wgpu::SurfaceColorSpace::Auto,
                width,
                height,
                present_mode: wgpu::PresentMode::Fifo,
                desired_maximum_frame_latency: 2,
                alpha_mode,
                view_formats: if self.format.is_srgb() {
                    vec![self.format.remove_srgb_suffix()]
                } else {
                    vec![]
                },
            },
        );
        self.size = (width, height);
        Ok(())
    }

    fn acquire(&mut self) -> Acquired {
        match self.surface.get_current_texture() {
            wgpu::CurrentSurfaceTexture::Success(t) => Acquired::Frame(SurfaceFrame {
                texture: t.texture.clone(),
                surface_texture: Some(t),
                suboptimal: false,
            }),
            wgpu::CurrentSurfaceTexture::Suboptimal(t) => Acquired::Frame(SurfaceFrame {
                texture: t.texture.clone(),
                surface_texture: Some(t),
                suboptimal: true,
            }),
            wgpu::CurrentSurfaceTexture::Timeout => Acquired::Timeout,
            wgpu::CurrentSurfaceTexture::Occluded => Acquired::Occluded,
            wgpu::CurrentSurfaceTexture::Outdated | wgpu::CurrentSurfaceTexture::Validation => {
                Acquired::Outdated
            }
            wgpu::CurrentSurfaceTexture::Lost => Acquired::Lost,
        }
    }

    fn present(&mut self, gpu: &GpuContext, frame: SurfaceFrame) {
        if let Some(t) = frame.surface_texture {
            gpu.queue().present(t);
        }
    }

    fn recreate(&mut self, gpu: &GpuContext) -> Result<(), GpuError> {
        let fresh = WindowSurface::new(gpu, self.window.clone())?;
        self.surface = fresh.surface;
        self.format = fresh.format;
        Ok(())
    }

    fn format(&self) -> wgpu::TextureFormat {
        self.format.remove_srgb_suffix()
    }
}

/// What [`SurfaceRenderer::render`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameOutcome {
    /// Drawn and presented.
    Presented,
    /// Not drawn: the window is 0x0 (minimised) or hidden, or the surface timed out.
    Skipped,
}

/// Draws display lists into a [`FrameSource`], recovering from surface and device faults.
///
/// ```no_run
/// # fn demo<W: Into<wgpu::SurfaceTarget<'static>> + Clone + 'static>(window: W) -> Result<(), arkui_renderer::wgpu::GpuError> {
/// use arkui_renderer::wgpu::{GpuContext, SurfaceRenderer, WindowSurface};
/// let gpu = GpuContext::new()?;
/// let surface = WindowSurface::new(&gpu, window)?;
/// let mut presenter = SurfaceRenderer::new(gpu, surface, 800, 600);
/// presenter.resize(0, 0); // minimised: render() now skips frames
/// # Ok(()) }
/// ```
pub struct SurfaceRenderer<S> {
    gpu: GpuContext,
    source: S,
    renderer: WgpuRenderer,
    size: (u32, u32),
    configured: Option<((u32, u32), u64)>,
    recoveries: u32,
}

impl<S: FrameSource> SurfaceRenderer<S> {
    /// A presenter for `source` at `width` x `height`.
    pub fn new(gpu: GpuContext, source: S, width: u32, height: u32) -> SurfaceRenderer<S> {
        let renderer = WgpuRenderer::new(&gpu);
        SurfaceRenderer {
            gpu,
            source,
            renderer,
            size: (width, height),
            configured: None,
            recoveries: 0,
        }
    }

    /// The window changed size; 0 in either direction pauses drawing.
    pub fn resize(&mut self, width: u32, height: u32) {
        self.size = (width, height);
    }

    /// The GPU context (adapter information, fault injection).
    pub fn gpu(&self) -> &GpuContext {
        &self.gpu
    }

    /// The frame source (tests inspect what was presented).
    pub fn source(&self) -> &S {
        &self.source
    }

    /// The frame source, mutably (tests inject faults through it).
    pub fn source_mut(&mut self) -> &mut S {
        &mut self.source
    }

    /// How many surface or device faults were recovered from.
    pub fn recoveries(&self) -> u32 {
        self.recoveries
    }

    /// Draw and present one frame, cleared to `clear`.
    pub fn render(
        &mut self,
        list: &DisplayList,
        fonts: &mut FontContext,
        images: &ImageCache,
        clear: Color,
    ) -> Result<FrameOutcome, GpuError> {
        let (w, h) = self.size;
        if w == 0 || h == 0 {
            return Ok(FrameOutcome::Skipped);
        }
        // Outdated and Lost are retried after reconfiguring; a second failure in a row is
        // reported rather than looping.
        for _attempt in 0..3 {
            if self.gpu.is_lost() {
                self.gpu.recover()?;
                self.source.recreate(&self.gpu)?;
                self.configured = None;
                self.recoveries += 1;
            }
            if self.configured != Some(((w, h), self.gpu.generation())) {
                self.source.configure(&self.gpu, w, h)?;
                self.configured = Some(((w, h), self.gpu.generation()));
            }
            let frame = match self.source.acquire() {
                Acquired::Frame(f) => f,
                Acquired::Timeout | Acquired::Occluded => return Ok(FrameOutcome::Skipped),
                Acquired::Outdated => {
                    self.configured = None;
                    self.recoveries += 1;
                    continue;
                }
                Acquired::Lost => {
                    self.source.recreate(&self.gpu)?;
                    self.configured = None;
                    self.recoveries += 1;
                    continue;
                }
            };
            let view = frame.texture.create_view(&wgpu::TextureViewDescriptor {
                format: Some(self.source.format()),
                ..Default::default()
            });
            let size = (frame.texture.width(), frame.texture.height());
            let drawn = self.renderer.render(
                &self.gpu,
                list,
                fonts,
                images,
                &view,
                self.source.format(),
                size,
                Some(clear),
            );
            match drawn {
                Ok(_) => {}
                Err(GpuError::DeviceLost { .. }) => {
                    drop(frame);
                    continue;
                }
                Err(e) => return Err(e),
            }
            let suboptimal = frame.suboptimal;
            self.source.present(&self.gpu, frame);
            if suboptimal {
                self.configured = None;
            }
            return Ok(FrameOutcome::Presented);
        }
        Err(GpuError::Surface {
            message: "the surface kept failing after reconfiguring it three times".into(),
        })
    }
}

/// The format offscreen targets and layers use.
pub const OFFSCREEN_FORMAT: wgpu::TextureFormat = LAYER_FORMAT;
