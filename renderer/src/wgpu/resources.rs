//! Everything the backend makes on one device — pipelines, the gradient-stop and
//! instance buffers, glyph atlas, image textures, layer and coverage textures — and the
//! per-frame upload of a recorded [`Frame`].

use super::GpuContext;
use super::frame::Frame;
use super::pipelines::{COVERAGE_FORMAT, LAYER_FORMAT, Pipelines, UNIFORM_STRIDE};
use super::textures::{GlyphAtlas, GpuTexture, ImageTextures};

/// Everything made on one device.
pub(crate) struct Resources {
    pub(crate) generation: u64,
    pub(crate) pipelines: Pipelines,
    pub(crate) globals: wgpu::Buffer,
    pub(crate) stops: wgpu::Buffer,
    pub(crate) globals_group: wgpu::BindGroup,
    pub(crate) dummy: GpuTexture,
    pub(crate) instances: Option<wgpu::Buffer>,
    pub(crate) path_vertices: Option<wgpu::Buffer>,
    pub(crate) atlas: GlyphAtlas,
    pub(crate) images: ImageTextures,
    pub(crate) layers: Vec<GpuTexture>,
    pub(crate) pages: Vec<GpuTexture>,
}

impl Resources {
    pub(crate) fn new(gpu: &GpuContext) -> Resources {
        let device = gpu.device();
        let pipelines = Pipelines::new(device);
        let globals = device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("arkui target sizes"),
            size: 2 * UNIFORM_STRIDE,
            usage: wgpu::BufferUsages::UNIFORM | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        let stops = stops_buffer(device, 64);
        let globals_group = globals_group(device, &pipelines, &globals, &stops);
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
            dummy,
            instances: None,
            path_vertices: None,
            atlas: GlyphAtlas::default(),
            images: ImageTextures::default(),
            layers: Vec::new(),
            pages: Vec::new(),
        }
    }

    /// Make the textures `frame` draws into and upload its instances, path vertices,
    /// gradient stops and target sizes.
    pub(crate) fn prepare(&mut self, gpu: &GpuContext, frame: &Frame, size: (u32, u32)) {
        let res = self;
        let device = gpu.device();
        let queue = gpu.queue();
        let page_side = frame.page_side;
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
            res.globals_group = globals_group(device, &res.pipelines, &res.globals, &res.stops);
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
