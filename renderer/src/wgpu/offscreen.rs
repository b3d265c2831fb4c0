//! Offscreen targets: render into a texture and read it back as premultiplied RGBA8 (the
//! software renderer's `Rgba8888` layout) for tests, screenshots and thumbnails.

use super::pipelines::LAYER_FORMAT;
use super::{GpuContext, GpuError, WgpuRenderer};
use crate::images::ImageCache;
use crate::text::FontContext;
use crate::{Color, DisplayList};

/// A texture to draw into, with a buffer to copy it out through.
#[derive(Debug)]
pub struct OffscreenTarget {
    texture: wgpu::Texture,
    view: wgpu::TextureView,
    readback: wgpu::Buffer,
    width: u32,
    height: u32,
    padded_row: u32,
    generation: u64,
}

impl OffscreenTarget {
    /// An `Rgba8Unorm` target of `width` x `height` (at least 1 x 1).
    pub fn new(gpu: &GpuContext, width: u32, height: u32) -> OffscreenTarget {
        let (width, height) = (width.max(1), height.max(1));
        let texture = gpu.device().create_texture(&wgpu::TextureDescriptor {
            label: Some("arkui offscreen"),
            size: wgpu::Extent3d {
                width,
                height,
                depth_or_array_layers: 1,
            },
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format: LAYER_FORMAT,
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
            view_formats: &[],
        });
        let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
        let align = wgpu::COPY_BYTES_PER_ROW_ALIGNMENT;
        let padded_row = (width * 4).div_ceil(align) * align;
        let readback = gpu.device().create_buffer(&wgpu::BufferDescriptor {
            label: Some("arkui readback"),
            size: u64::from(padded_row) * u64::from(height),
            usage: wgpu::BufferUsages::COPY_DST | wgpu::BufferUsages::MAP_READ,
            mapped_at_creation: false,
        });
        OffscreenTarget {
            texture,
            view,
            readback,
            width,
            height,
            padded_row,
            generation: gpu.generation(),
        }
    }

    /// The view to render into.
    pub fn view(&self) -> &wgpu::TextureView {
        &self.view
    }

    /// The texture.
    pub fn texture(&self) -> &wgpu::Texture {
        &self.texture
    }

    /// Width and height.
    pub fn size(&self) -> (u32, u32) {
        (self.width, self.height)
    }

    /// Copy the pixels out: premultiplied RGBA8, rows tightly packed.
    pub fn read_rgba(&self, gpu: &GpuContext) -> Result<Vec<u8>, GpuError> {
        let mut encoder = gpu
            .device()
            .create_command_encoder(&wgpu::CommandEncoderDescriptor {
                label: Some("arkui readback"),
            });
        encoder.copy_texture_to_buffer(
            wgpu::TexelCopyTextureInfo {
                texture: &self.texture,
                mip_level: 0,
                origin: wgpu::Origin3d::ZERO,
                aspect: wgpu::TextureAspect::All,
            },
            wgpu::TexelCopyBufferInfo {
                buffer: &self.readback,
                layout: wgpu::TexelCopyBufferLayout {
                    offset: 0,
                    bytes_per_row: Some(self.padded_row),
                    rows_per_image: Some(self.height),
                },
            },
            wgpu::Extent3d {
                width: self.width,
                height: self.height,
                depth_or_array_layers: 1,
            },
        );
        gpu.queue().submit(Some(encoder.finish()));
        let slice = self.readback.slice(..);
        let (tx, rx) = std::sync::mpsc::channel();
        slice.map_async(wgpu::MapMode::Read, move |r| {
            let _ = tx.send(r);
        });
        gpu.device()
            .poll(wgpu::PollType::wait_indefinitely())
            .map_err(|e| GpuError::Readback {
                message: e.to_string(),
            })?;
        if let Some(e) = gpu.take_error() {
            return Err(e);
        }
        rx.recv()
            .map_err(|e| GpuError::Readback {
                message: e.to_string(),
            })?
            .map_err(|e| GpuError::Readback {
                message: e.to_string(),
            })?;
        let mut out = Vec::with_capacity((self.width * self.height * 4) as usize);
        {
            let data = slice.get_mapped_range().map_err(|e| GpuError::Readback {
                message: e.to_string(),
            })?;
            for row in data.chunks(self.padded_row as usize) {
                out.extend_from_slice(&row[..(self.width * 4) as usize]);
            }
        }
        self.readback.unmap();
        Ok(out)
    }
}

/// A GPU, a renderer and an offscreen target in one: draw a list, get RGBA8 back. Survives
/// device loss: the next call makes a new device and every resource again.
///
/// ```no_run
/// use arkui_renderer::wgpu::OffscreenRenderer;
/// use arkui_renderer::images::ImageCache;
/// use arkui_renderer::text::{FontContext, FontSource};
/// use arkui_renderer::{Color, DisplayList, DrawCmd, Rect};
///
/// let mut gpu = OffscreenRenderer::new()?;
/// let mut list = DisplayList::new();
/// list.push(DrawCmd::Rect { rect: Rect::new(0.0, 0.0, 4.0, 4.0), color: Color::RED });
/// let mut fonts = FontContext::new(FontSource::BundledOnly);
/// let px = gpu.render(&list, &mut fonts, &ImageCache::new(0), 4, 4)?;
/// assert_eq!(&px[..4], &[255, 0, 0, 255]);
/// # Ok::<(), arkui_renderer::wgpu::GpuError>(())
/// ```
#[derive(Debug)]
pub struct OffscreenRenderer {
    gpu: GpuContext,
    renderer: WgpuRenderer,
    target: Option<OffscreenTarget>,
    recoveries: u32,
}

impl OffscreenRenderer {
    /// On the best adapter available (see [`GpuContext::new`]).
    pub fn new() -> Result<OffscreenRenderer, GpuError> {
        let gpu = GpuContext::new()?;
        Ok(OffscreenRenderer::with_context(gpu))
    }

    /// On an existing context.
    pub fn with_context(gpu: GpuContext) -> OffscreenRenderer {
        let renderer = WgpuRenderer::new(&gpu);
        OffscreenRenderer {
            gpu,
            renderer,
            target: None,
            recoveries: 0,
        }
    }

    /// The GPU context (adapter information, fault injection).
    pub fn gpu(&self) -> &GpuContext {
        &self.gpu
    }

    /// [`WgpuRenderer::reused_tessellations`] of this renderer.
    pub fn reused_tessellations(&self) -> u64 {
        self.renderer.reused_tessellations()
    }

    /// How many times a lost device was replaced.
    pub fn recoveries(&self) -> u32 {
        self.recoveries
    }

    /// Draw `list` on a transparent `width` x `height` target and read it back
    /// (premultiplied RGBA8). A lost device is replaced and the frame drawn again once.
    pub fn render(
        &mut self,
        list: &DisplayList,
        fonts: &mut FontContext,
        images: &ImageCache,
        width: u32,
        height: u32,
    ) -> Result<Vec<u8>, GpuError> {
        match self.try_render(list, fonts, images, width, height) {
            Err(GpuError::DeviceLost { message }) => {
                log::warn!("GPU device lost ({message}); recreating it and redrawing");
                self.recover()?;
                self.try_render(list, fonts, images, width, height)
            }
            other => other,
        }
    }

    fn recover(&mut self) -> Result<(), GpuError> {
        self.gpu.recover()?;
        self.target = None;
        self.recoveries += 1;
        Ok(())
    }

    fn try_render(
        &mut self,
        list: &DisplayList,
        fonts: &mut FontContext,
        images: &ImageCache,
        width: u32,
        height: u32,
    ) -> Result<Vec<u8>, GpuError> {
        if self.gpu.is_lost() {
            self.recover()?;
        }
        let fresh = self.target.as_ref().is_none_or(|t| {
            t.size() != (width.max(1), height.max(1)) || t.generation != self.gpu.generation()
        });
        if fresh {
            self.target = Some(OffscreenTarget::new(&self.gpu, width, height));
        }
        let Some(target) = self.target.as_ref() else {
            return Err(GpuError::DeviceLost {
                message: "no target".into(),
            });
        };
        self.renderer.render(
            &self.gpu,
            list,
            fonts,
            images,
            target.view(),
            LAYER_FORMAT,
            target.size(),
            Some(Color::TRANSPARENT),
        )?;
        target.read_rgba(&self.gpu)
    }
}
