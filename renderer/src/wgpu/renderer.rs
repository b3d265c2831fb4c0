//! [`WgpuRenderer`]: records a display list into a frame and encodes it — coverage pages
//! first (clip masks and path coverage, in level order), then the colour passes.

use super::frame::{Draw, Frame, PassTarget, TexRef};
use super::pipelines::{COVERAGE_FORMAT, LAYER_FORMAT, Pipelines, UNIFORM_STRIDE};
use super::record::{Recorder, Uploads};
use super::textures::{GlyphAtlas, GpuTexture, ImageTextures};
use super::{GpuContext, GpuError};
use crate::images::ImageCache;
use crate::text::FontContext;
use crate::{Color, DisplayList, IRect};

/// Draws display lists with wgpu into any texture view (a surface frame, an offscreen
/// target). Holds the pipelines, glyph atlas, image textures, layer and coverage textures of
/// one device: after a device loss it rebuilds them by itself (see
/// [`GpuContext::generation`]). `WgpuRenderer::default()` builds them on the first frame.
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

/// Everything made on one device.
struct Resources {
    generation: u64,
    pipelines: Pipelines,
    globals: wgpu::Buffer,
    stops: wgpu::Buffer,
    globals_group: wgpu::BindGroup,
    linear: wgpu::Sampler,
    nearest: wgpu::Sampler,
    dummy: GpuTexture,
    instances: Option<wgpu::Buffer>,
    path_vertices: Option<wgpu::Buffer>,
    atlas: GlyphAtlas,
    images: ImageTextures,
    layers: Vec<GpuTexture>,
    pages: Vec<GpuTexture>,
}

impl Resources {
    fn new(gpu: &GpuContext) -> Resources {
        let device = gpu.device();
        let pipelines = Pipelines::new(device);
        let globals = device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("arkui target sizes"),
            size: 2 * UNIFORM_STRIDE,
            usage: wgpu::BufferUsages::UNIFORM | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        let sampler = |filter| {
            device.create_sampler(&wgpu::SamplerDescriptor {
                label: Some("arkui"),
                address_mode_u: wgpu::AddressMode::ClampToEdge,
                address_mode_v: wgpu::AddressMode::ClampToEdge,
                mag_filter: filter,
                min_filter: filter,
                ..Default::default()
            })
        };
        let linear = sampler(wgpu::FilterMode::Linear);
        let nearest = sampler(wgpu::FilterMode::Nearest);
        let stops = stops_buffer(device, 64);
        let globals_group = globals_group(device, &pipelines, &globals, &stops, &linear, &nearest);
        let dummy = GpuTexture::new(
            device,
            &pipelines.texture_layout,
            (1, 1),
            LAYER_FORMAT,
            false,
            "arkui dummy",
        );
        Resources {
            generation: gpu.generation(),
            pipelines,
            globals,
            stops,
            globals_group,
            linear,
            nearest,
            dummy,
            instances: None,
            path_vertices: None,
            atlas: GlyphAtlas::default(),
            images: ImageTextures::default(),
            layers: Vec::new(),
            pages: Vec::new(),
        }
    }
}

fn stops_buffer(device: &wgpu::Device, entries: u64) -> wgpu::Buffer {
    device.create_buffer(&wgpu::BufferDescriptor {
        label: Some("arkui gradient stops"),
        size: entries.max(2) * 16,
        usage: wgpu::BufferUsages::STORAGE | wgpu::BufferUsages::COPY_DST,
        mapped_at_creation: false,
    })
}

fn globals_group(
    device: &wgpu::Device,
    pipelines: &Pipelines,
    globals: &wgpu::Buffer,
    stops: &wgpu::Buffer,
    linear: &wgpu::Sampler,
    nearest: &wgpu::Sampler,
) -> wgpu::BindGroup {
    device.create_bind_group(&wgpu::BindGroupDescriptor {
        label: Some("arkui globals"),
        layout: &pipelines.globals_layout,
        entries: &[
            wgpu::BindGroupEntry {
                binding: 0,
                resource: wgpu::BindingResource::Buffer(wgpu::BufferBinding {
                    buffer: globals,
                    offset: 0,
                    size: wgpu::BufferSize::new(16),
                }),
            },
            wgpu::BindGroupEntry {
                binding: 1,
                resource: stops.as_entire_binding(),
            },
            wgpu::BindGroupEntry {
                binding: 2,
                resource: wgpu::BindingResource::Sampler(linear),
            },
            wgpu::BindGroupEntry {
                binding: 3,
                resource: wgpu::BindingResource::Sampler(nearest),
            },
        ],
    })
}

/// A buffer of at least `bytes`, grown by doubling.
fn ensure_buffer(
    device: &wgpu::Device,
    buffer: &mut Option<wgpu::Buffer>,
    bytes: u64,
    usage: wgpu::BufferUsages,
    label: &str,
) {
    if buffer.as_ref().is_none_or(|b| b.size() < bytes) {
        *buffer = Some(device.create_buffer(&wgpu::BufferDescriptor {
            label: Some(label),
            size: bytes.next_power_of_two().max(4096),
            usage: usage | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        }));
    }
}

impl WgpuRenderer {
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
                layer_size: size,
            };
            Recorder::new(&mut self.frame, up, fonts, images, size).record(list);
        }
        let frame = &self.frame;
        // Textures this frame draws into.
        let layout = &res.pipelines.texture_layout;
        if res
            .layers
            .first()
            .is_some_and(|l| (l.width, l.height) != size)
        {
            res.layers.clear();
        }
        while res.layers.len() < frame.layer_slots as usize {
            res.layers.push(GpuTexture::new(
                device,
                layout,
                size,
                LAYER_FORMAT,
                true,
                "arkui layer",
            ));
        }
        if res.pages.first().is_some_and(|p| p.width != page_side) {
            res.pages.clear();
        }
        while res.pages.len() < frame.pages.len() {
            res.pages.push(GpuTexture::new(
                device,
                layout,
                (page_side, page_side),
                COVERAGE_FORMAT,
                true,
                "arkui coverage page",
            ));
        }
        // Uploads.
        let sizes: [f32; 4] = [size.0 as f32, size.1 as f32, 0.0, 0.0];
        let page: [f32; 4] = [page_side as f32, page_side as f32, 0.0, 0.0];
        queue.write_buffer(&res.globals, 0, bytemuck::cast_slice(&sizes));
        queue.write_buffer(&res.globals, UNIFORM_STRIDE, bytemuck::cast_slice(&page));
        if (frame.stops.len() as u64) * 16 > res.stops.size() {
            res.stops = stops_buffer(device, (frame.stops.len() as u64).next_power_of_two());
            res.globals_group = globals_group(
                device,
                &res.pipelines,
                &res.globals,
                &res.stops,
                &res.linear,
                &res.nearest,
            );
        }
        if !frame.stops.is_empty() {
            queue.write_buffer(&res.stops, 0, bytemuck::cast_slice(&frame.stops));
        }
        let inst_bytes = std::mem::size_of_val(frame.instances.as_slice()) as u64;
        ensure_buffer(
            device,
            &mut res.instances,
            inst_bytes,
            wgpu::BufferUsages::VERTEX,
            "arkui instances",
        );
        let path_bytes = std::mem::size_of_val(frame.path_vertices.as_slice()) as u64;
        ensure_buffer(
            device,
            &mut res.path_vertices,
            path_bytes,
            wgpu::BufferUsages::VERTEX,
            "arkui path vertices",
        );
        if let Some(b) = &res.instances
            && inst_bytes > 0
        {
            queue.write_buffer(b, 0, bytemuck::cast_slice(&frame.instances));
        }
        if let Some(b) = &res.path_vertices
            && path_bytes > 0
        {
            queue.write_buffer(b, 0, bytemuck::cast_slice(&frame.path_vertices));
        }
        let mut encoder = device.create_command_encoder(&wgpu::CommandEncoderDescriptor {
            label: Some("arkui frame"),
        });
        encode_pages(res, frame, &mut encoder);
        let color = res.pipelines.color(device, format).clone();
        let layer_pipeline = res.pipelines.color(device, LAYER_FORMAT).clone();
        for pass in &frame.passes {
            let (target, pipeline, target_size) = match pass.target {
                PassTarget::Main => (view, &color, size),
                PassTarget::Layer(slot) => match res.layers.get(slot as usize) {
                    Some(l) => (&l.view, &layer_pipeline, size),
                    None => continue,
                },
            };
            let load = if pass.clear {
                let c = clear.unwrap_or(Color::TRANSPARENT).premultiplied();
                let f = |v: u8| f64::from(v) / 255.0;
                wgpu::LoadOp::Clear(wgpu::Color {
                    r: f(c.r),
                    g: f(c.g),
                    b: f(c.b),
                    a: f(c.a),
                })
            } else {
                wgpu::LoadOp::Load
            };
            let load = if matches!(pass.target, PassTarget::Layer(_)) && pass.clear {
                wgpu::LoadOp::Clear(wgpu::Color::TRANSPARENT)
            } else {
                load
            };
            let mut rp = encoder.begin_render_pass(&wgpu::RenderPassDescriptor {
                label: Some("arkui colour"),
                color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                    view: target,
                    depth_slice: None,
                    resolve_target: None,
                    ops: wgpu::Operations {
                        load,
                        store: wgpu::StoreOp::Store,
                    },
                })],
                depth_stencil_attachment: None,
                timestamp_writes: None,
                occlusion_query_set: None,
                multiview_mask: None,
            });
            if pass.draws.is_empty() {
                continue;
            }
            rp.set_pipeline(pipeline);
            rp.set_bind_group(0, &res.globals_group, &[0]);
            if let Some(b) = &res.instances {
                rp.set_vertex_buffer(0, b.slice(..));
            }
            for d in &pass.draws {
                draw(&mut rp, res, d, target_size);
            }
        }
        Ok(queue.submit(Some(encoder.finish())))
    }
}

/// Clip masks and path coverage, page by page in level order.
fn encode_pages(res: &Resources, frame: &Frame, encoder: &mut wgpu::CommandEncoder) {
    let mut order: Vec<usize> = (0..frame.pages.len()).collect();
    order.sort_by_key(|&i| frame.pages[i].level);
    let side = frame.page_side;
    for i in order {
        let (Some(page), Some(tex)) = (frame.pages.get(i), res.pages.get(i)) else {
            continue;
        };
        let mut rp = encoder.begin_render_pass(&wgpu::RenderPassDescriptor {
            label: Some("arkui coverage"),
            color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                view: &tex.view,
                depth_slice: None,
                resolve_target: None,
                ops: wgpu::Operations {
                    load: wgpu::LoadOp::Clear(wgpu::Color::TRANSPARENT),
                    store: wgpu::StoreOp::Store,
                },
            })],
            depth_stencil_attachment: None,
            timestamp_writes: None,
            occlusion_query_set: None,
            multiview_mask: None,
        });
        rp.set_bind_group(0, &res.globals_group, &[UNIFORM_STRIDE as u32]);
        rp.set_bind_group(1, &res.dummy.bind_group, &[]);
        rp.set_bind_group(2, &res.dummy.bind_group, &[]);
        if !page.draws.is_empty() {
            rp.set_pipeline(&res.pipelines.coverage);
            if let Some(b) = &res.instances {
                rp.set_vertex_buffer(0, b.slice(..));
            }
            for d in &page.draws {
                draw(&mut rp, res, d, (side, side));
            }
        }
        if !page.paths.is_empty()
            && let Some(b) = &res.path_vertices
        {
            rp.set_pipeline(&res.pipelines.path);
            rp.set_vertex_buffer(0, b.slice(..));
            for (range, scissor) in &page.paths {
                if let Some((x, y, w, h)) = scissor_rect(*scissor, (side, side)) {
                    rp.set_scissor_rect(x, y, w, h);
                    rp.draw(range.clone(), 0..1);
                }
            }
        }
    }
}

fn draw(rp: &mut wgpu::RenderPass<'_>, res: &Resources, d: &Draw, size: (u32, u32)) {
    let Some((x, y, w, h)) = scissor_rect(d.scissor, size) else {
        return;
    };
    rp.set_scissor_rect(x, y, w, h);
    let tex = match d.tex {
        None => &res.dummy,
        Some(TexRef::AlphaGlyphs(p)) => match res.atlas.alpha.get(p as usize) {
            Some((t, _)) => t,
            None => return,
        },
        Some(TexRef::ColorGlyphs(p)) => match res.atlas.color.get(p as usize) {
            Some((t, _)) => t,
            None => return,
        },
        Some(TexRef::Image(key)) => match res.images.map.get(&key) {
            Some(t) => &t.texture,
            None => return,
        },
        Some(TexRef::Layer(slot)) => match res.layers.get(slot as usize) {
            Some(t) => t,
            None => return,
        },
        Some(TexRef::Coverage(p)) => match res.pages.get(p as usize) {
            Some(t) => t,
            None => return,
        },
    };
    let mask = d
        .mask
        .and_then(|p| res.pages.get(p as usize))
        .unwrap_or(&res.dummy);
    rp.set_bind_group(1, &tex.bind_group, &[]);
    rp.set_bind_group(2, &mask.bind_group, &[]);
    rp.draw(0..6, d.range.clone());
}

/// The scissor rectangle of `r` inside a `size` target, or `None` when nothing is left.
fn scissor_rect(r: IRect, size: (u32, u32)) -> Option<(u32, u32, u32, u32)> {
    let r = r.intersect(&IRect::from_size(size.0, size.1));
    if r.is_empty() {
        return None;
    }
    Some((r.x0 as u32, r.y0 as u32, r.width(), r.height()))
}
