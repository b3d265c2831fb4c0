//! Shader, bind group layouts and render pipelines: one colour pipeline per target format,
//! one for clip masks and one for path coverage (both into `R16Float` coverage pages).

use std::collections::HashMap;

use super::instance::{INSTANCE_ATTRIBUTES, Instance, PATH_ATTRIBUTES, PathVertex};

/// Format of coverage pages (clip masks and path coverage): blendable, more than 8 bits so
/// sums of many triangles' areas stay exact.
pub(crate) const COVERAGE_FORMAT: wgpu::TextureFormat = wgpu::TextureFormat::R16Float;

/// Format of layers (offscreen groups) and offscreen targets: blending happens on
/// sRGB-encoded values, as in the software renderer.
pub(crate) const LAYER_FORMAT: wgpu::TextureFormat = wgpu::TextureFormat::Rgba8Unorm;

/// Byte stride between entries of the target-size uniform (dynamic offsets are 256-aligned).
pub(crate) const UNIFORM_STRIDE: u64 = 256;

pub(crate) struct Pipelines {
    shader: wgpu::ShaderModule,
    layout: wgpu::PipelineLayout,
    pub(crate) globals_layout: wgpu::BindGroupLayout,
    pub(crate) texture_layout: wgpu::BindGroupLayout,
    color: HashMap<(wgpu::TextureFormat, crate::CompositeMode), wgpu::RenderPipeline>,
    pub(crate) coverage: wgpu::RenderPipeline,
    pub(crate) path: wgpu::RenderPipeline,
}

impl Pipelines {
    pub(crate) fn new(device: &wgpu::Device) -> Pipelines {
        let shader = device.create_shader_module(wgpu::ShaderModuleDescriptor {
            label: Some("arkui draw.wgsl"),
            // One module from several files, one concept each (WGSL declarations are order-free).
            source: wgpu::ShaderSource::Wgsl(
                concat!(
                    include_str!("shaders/draw.wgsl"),
                    include_str!("shaders/coverage.wgsl"),
                    include_str!("shaders/border_shadow.wgsl"),
                    include_str!("shaders/paint.wgsl"),
                    include_str!("shaders/path.wgsl"),
                )
                .into(),
            ),
        });
        let fragment = wgpu::ShaderStages::FRAGMENT;
        let globals_layout = device.create_bind_group_layout(&wgpu::BindGroupLayoutDescriptor {
            label: Some("arkui globals"),
            entries: &[
                wgpu::BindGroupLayoutEntry {
                    binding: 0,
                    visibility: wgpu::ShaderStages::VERTEX_FRAGMENT,
                    ty: wgpu::BindingType::Buffer {
                        ty: wgpu::BufferBindingType::Uniform,
                        has_dynamic_offset: true,
                        min_binding_size: wgpu::BufferSize::new(16),
                    },
                    count: None,
                },
                wgpu::BindGroupLayoutEntry {
                    binding: 1,
                    visibility: fragment,
                    ty: wgpu::BindingType::Buffer {
                        ty: wgpu::BufferBindingType::Storage { read_only: true },
                        has_dynamic_offset: false,
                        min_binding_size: None,
                    },
                    count: None,
                },
            ],
        });
        let texture_layout = device.create_bind_group_layout(&wgpu::BindGroupLayoutDescriptor {
            label: Some("arkui texture"),
            entries: &[wgpu::BindGroupLayoutEntry {
                binding: 0,
                visibility: fragment,
                ty: wgpu::BindingType::Texture {
                    sample_type: wgpu::TextureSampleType::Float { filterable: true },
                    view_dimension: wgpu::TextureViewDimension::D2,
                    multisampled: false,
                },
                count: None,
            }],
        });
        let layout = device.create_pipeline_layout(&wgpu::PipelineLayoutDescriptor {
            label: Some("arkui"),
            bind_group_layouts: &[
                Some(&globals_layout),
                Some(&texture_layout),
                Some(&texture_layout),
            ],
            immediate_size: 0,
        });
        let additive = wgpu::BlendState {
            color: wgpu::BlendComponent {
                src_factor: wgpu::BlendFactor::One,
                dst_factor: wgpu::BlendFactor::One,
                operation: wgpu::BlendOperation::Add,
            },
            alpha: wgpu::BlendComponent::REPLACE,
        };
        let coverage = instanced_pipeline(
            device,
            &layout,
            &shader,
            "fs_coverage",
            COVERAGE_FORMAT,
            additive,
        );
        let path = device.create_render_pipeline(&wgpu::RenderPipelineDescriptor {
            label: Some("arkui path coverage"),
            layout: Some(&layout),
            vertex: wgpu::VertexState {
                module: &shader,
                entry_point: Some("vs_path"),
                compilation_options: Default::default(),
                buffers: &[Some(wgpu::VertexBufferLayout {
                    array_stride: std::mem::size_of::<PathVertex>() as u64,
                    step_mode: wgpu::VertexStepMode::Vertex,
                    attributes: &PATH_ATTRIBUTES,
                })],
            },
            primitive: wgpu::PrimitiveState::default(),
            depth_stencil: None,
            multisample: wgpu::MultisampleState::default(),
            fragment: Some(wgpu::FragmentState {
                module: &shader,
                entry_point: Some("fs_path"),
                compilation_options: Default::default(),
                targets: &[Some(wgpu::ColorTargetState {
                    format: COVERAGE_FORMAT,
                    blend: Some(additive),
                    write_mask: wgpu::ColorWrites::RED,
                })],
            }),
            multiview_mask: None,
            cache: None,
        });
        Pipelines {
            shader,
            layout,
            globals_layout,
            texture_layout,
            color: HashMap::new(),
            coverage,
            path,
        }
    }

    /// The colour pipeline for `format`, created on first use.
    pub(crate) fn color(
        &mut self,
        device: &wgpu::Device,
        format: wgpu::TextureFormat,
        mode: crate::CompositeMode,
    ) -> &wgpu::RenderPipeline {
        let Pipelines {
            color,
            shader,
            layout,
            ..
        } = self;
        color.entry((format, mode)).or_insert_with(|| {
            let blend = match mode {
                crate::CompositeMode::SourceOver => wgpu::BlendState::PREMULTIPLIED_ALPHA_BLENDING,
                // What is there keeps (1 - source alpha) of itself.
                crate::CompositeMode::DestinationOut => {
                    let c = wgpu::BlendComponent {
                        src_factor: wgpu::BlendFactor::Zero,
                        dst_factor: wgpu::BlendFactor::OneMinusSrcAlpha,
                        operation: wgpu::BlendOperation::Add,
                    };
                    wgpu::BlendState { color: c, alpha: c }
                }
                crate::CompositeMode::Copy => wgpu::BlendState::REPLACE,
                // The source, scaled by what is there's alpha; what is there goes.
                crate::CompositeMode::SourceIn => {
                    let c = wgpu::BlendComponent {
                        src_factor: wgpu::BlendFactor::DstAlpha,
                        dst_factor: wgpu::BlendFactor::Zero,
                        operation: wgpu::BlendOperation::Add,
                    };
                    wgpu::BlendState { color: c, alpha: c }
                }
            };
            instanced_pipeline(device, layout, shader, "fs_main", format, blend)
        })
    }
}

fn instanced_pipeline(
    device: &wgpu::Device,
    layout: &wgpu::PipelineLayout,
    shader: &wgpu::ShaderModule,
    fragment: &str,
    format: wgpu::TextureFormat,
    blend: wgpu::BlendState,
) -> wgpu::RenderPipeline {
    device.create_render_pipeline(&wgpu::RenderPipelineDescriptor {
        label: Some(fragment),
        layout: Some(layout),
        vertex: wgpu::VertexState {
            module: shader,
            entry_point: Some("vs_main"),
            compilation_options: Default::default(),
            buffers: &[Some(wgpu::VertexBufferLayout {
                array_stride: std::mem::size_of::<Instance>() as u64,
                step_mode: wgpu::VertexStepMode::Instance,
                attributes: &INSTANCE_ATTRIBUTES,
            })],
        },
        primitive: wgpu::PrimitiveState::default(),
        depth_stencil: None,
        multisample: wgpu::MultisampleState::default(),
        fragment: Some(wgpu::FragmentState {
            module: shader,
            entry_point: Some(fragment),
            compilation_options: Default::default(),
            targets: &[Some(wgpu::ColorTargetState {
                format,
                blend: Some(blend),
                write_mask: wgpu::ColorWrites::ALL,
            })],
        }),
        multiview_mask: None,
        cache: None,
    })
}
