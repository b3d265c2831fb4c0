//! [`WgpuRenderer`]: records a display list into a frame, uploads it and encodes it.

use super::encode::encode_frame;
use super::frame::Frame;
use super::record::{Recorder, Uploads};
use super::resources::Resources;
use super::{GpuContext, GpuError};
use crate::images::ImageCache;
use crate::text::FontContext;
use crate::{Color, DisplayList};

/// Draws display lists with wgpu into any texture view (a surface frame, an offscreen
/// target). Holds the pipelines, glyph atlas, image textures, layer and coverage textures of
/// one device: after a device loss it rebuilds them by itself (see
/// [`GpuContext::generation`]). `WgpuRenderer::default()` builds them on the first frame.
/// Glyphs are cached by [`crate::FontKey`]: draw with one `FontContext` per renderer.
///
/// ```no_run
/// use arkui_renderer::wgpu::{GpuContext, WgpuRenderer};
/// use arkui_renderer::images::ImageCache;
/// use arkui_renderer::text::{FontContext, FontSource};
/// use arkui_renderer::{Color, DisplayList, DrawCmd, Rect};
///
/// let gpu = GpuContext::new()?;
/// let mut renderer = WgpuRenderer::new(&gpu);
/// let texture = gpu.device().create_texture(&wgpu::TextureDescriptor {
///     label: None,
///     size: wgpu::Extent3d { width: 64, height: 64, depth_or_array_layers: 1 },
///     mip_level_count: 1,
///     sample_count: 1,
///     dimension: wgpu::TextureDimension::D2,
///     format: wgpu::TextureFormat::Rgba8Unorm,
///     usage: wgpu::TextureUsages::RENDER_ATTACHMENT,
///     view_formats: &[],
/// });
/// let view = texture.create_view(&Default::default());
/// let mut list = DisplayList::new();
/// list.push(DrawCmd::Rect { rect: Rect::new(8.0, 8.0, 48.0, 48.0), color: Color::BLUE });
/// let mut fonts = FontContext::new(FontSource::BundledOnly);
/// renderer.render(&gpu, &list, &mut fonts, &ImageCache::new(0), &view,
///     wgpu::TextureFormat::Rgba8Unorm, (64, 64), Some(Color::WHITE))?;
/// # Ok::<(), arkui_renderer::wgpu::GpuError>(())
/// ```
#[derive(Default)]
pub struct WgpuRenderer {
    res: Option<Resources>,
    frame: Frame,
    frame_no: u64,
}

impl std::fmt::Debug for WgpuRenderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WgpuRenderer")
            .field("frames", &self.frame_no)
            .finish()
    }
}

impl WgpuRenderer {
    /// How many path fills and strokes were drawn from kept tessellations instead of running
    /// lyon again (a path redrawn under the same transform and style is kept between
    /// frames).
    pub fn reused_tessellations(&self) -> u64 {
        self.frame.tess.hits
    }

    /// A renderer for `gpu`'s device (pipelines are compiled here).
    pub fn new(gpu: &GpuContext) -> WgpuRenderer {
        WgpuRenderer {
            res: Some(Resources::new(gpu)),
            ..WgpuRenderer::default()
        }
    }

    /// Draw `list` into `view` (a `size` texture of `format`), cleared to `clear` first when
    /// given, and submit. `format` should be a non-sRGB format (`Rgba8Unorm`, `Bgra8Unorm`)
    /// so blending matches the software renderer's.
    #[expect(
        clippy::too_many_arguments,
        reason = "what a frame needs, all borrowed"
    )]
    pub fn render(
        &mut self,
        gpu: &GpuContext,
        list: &DisplayList,
        fonts: &mut FontContext,
        images: &ImageCache,
        view: &wgpu::TextureView,
        format: wgpu::TextureFormat,
        size: (u32, u32),
        clear: Option<Color>,
    ) -> Result<wgpu::SubmissionIndex, GpuError> {
        if let Some(e) = gpu.take_error() {
            return Err(e);
        }
        let max = gpu.max_texture_side();
        if size.0 > max || size.1 > max {
            return Err(GpuError::TooLarge {
                width: size.0,
                height: size.1,
                max,
            });
        }
        if self
            .res
            .as_ref()
            .is_none_or(|r| r.generation != gpu.generation())
        {
            self.res = Some(Resources::new(gpu));
        }
        let Some(res) = self.res.as_mut() else {
            return Err(GpuError::DeviceLost {
                message: "no resources".into(),
            });
        };
        self.frame_no += 1;
        res.atlas.trim();
        res.images.evict(self.frame_no);
        let page_side = size.0.max(size.1).max(256).next_power_of_two().min(max);
        self.frame.reset(page_side, clear.is_some());
        let device = gpu.device();
        let queue = gpu.queue();
        {
            let up = Uploads {
                device,
                queue,
                texture_layout: &res.pipelines.texture_layout,
                atlas: &mut res.atlas,
                images: &mut res.images,
                frame_no: self.frame_no,
            };
            Recorder::new(&mut self.frame, up, fonts, images, size).record(list);
        }
        let frame = &self.frame;
        res.prepare(gpu, frame, size);
        let mut encoder = device.create_command_encoder(&wgpu::CommandEncoderDescriptor {
            label: Some("arkui frame"),
        });
        encode_frame(device, res, frame, &mut encoder, view, format, size, clear);
        Ok(queue.submit(Some(encoder.finish())))
    }
}
