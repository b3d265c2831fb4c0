//! GPU textures with their bind groups: glyph atlas pages, decoded images, layers and
//! coverage pages.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::shelf::Shelves;
use crate::ImageKey;
use crate::images::ImageData;

/// A texture, its view and the bind group that exposes it to the shader.
pub(crate) struct GpuTexture {
    pub(crate) texture: wgpu::Texture,
    pub(crate) view: wgpu::TextureView,
    pub(crate) bind_group: wgpu::BindGroup,
    pub(crate) width: u32,
    pub(crate) height: u32,
}

impl GpuTexture {
    pub(crate) fn new(
        device: &wgpu::Device,
        layout: &wgpu::BindGroupLayout,
        (width, height): (u32, u32),
        format: wgpu::TextureFormat,
        render_target: bool,
        label: &str,
    ) -> GpuTexture {
        let mut usage = wgpu::TextureUsages::TEXTURE_BINDING | wgpu::TextureUsages::COPY_DST;
        if render_target {
            usage |= wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC;
        }
        let texture = device.create_texture(&wgpu::TextureDescriptor {
            label: Some(label),
            size: wgpu::Extent3d {
                width: width.max(1),
                height: height.max(1),
                depth_or_array_layers: 1,
            },
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format,
            usage,
            view_formats: &[],
        });
        let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
        let bind_group = device.create_bind_group(&wgpu::BindGroupDescriptor {
            label: Some(label),
            layout,
            entries: &[wgpu::BindGroupEntry {
                binding: 0,
                resource: wgpu::BindingResource::TextureView(&view),
            }],
        });
        GpuTexture {
            texture,
            view,
            bind_group,
            width: width.max(1),
            height: height.max(1),
        }
    }

    /// Copy tightly packed rows into `(x, y)`.
    pub(crate) fn write(
        &self,
        queue: &wgpu::Queue,
        (x, y): (u32, u32),
        (w, h): (u32, u32),
        bytes_per_pixel: u32,
        data: &[u8],
    ) {
        if w == 0 || h == 0 {
            return;
        }
        queue.write_texture(
            wgpu::TexelCopyTextureInfo {
                texture: &self.texture,
                mip_level: 0,
                origin: wgpu::Origin3d { x, y, z: 0 },
                aspect: wgpu::TextureAspect::All,
            },
            data,
            wgpu::TexelCopyBufferLayout {
                offset: 0,
                bytes_per_row: Some(w * bytes_per_pixel),
                rows_per_image: Some(h),
            },
            wgpu::Extent3d {
                width: w,
                height: h,
                depth_or_array_layers: 1,
            },
        );
    }
}

/// Side of a glyph atlas page.
pub(crate) const ATLAS_SIDE: u32 = 1024;

/// Identity of a rasterized glyph: what `FontContext::glyph_mask` keys its cache on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct GlyphKey {
    pub(crate) font: u32,
    pub(crate) id: u16,
    pub(crate) size_bits: u32,
    pub(crate) weight: u16,
    pub(crate) bins: (u8, u8),
}

/// Where a glyph lives in the atlas, and where its top-left goes relative to the pen's
/// whole-pixel position.
#[derive(Clone, Copy, Debug)]
pub(crate) struct GlyphSlot {
    pub(crate) color: bool,
    pub(crate) page: u32,
    pub(crate) x: u32,
    pub(crate) y: u32,
    pub(crate) width: u32,
    pub(crate) height: u32,
    pub(crate) dx: i32,
    pub(crate) dy: i32,
}

/// Glyph masks in `R8Unorm` pages and colour glyphs in `Rgba8Unorm` pages, each glyph with
/// a one-texel margin repeating its edge, so bilinear sampling never reads a neighbour.
#[derive(Default)]
pub(crate) struct GlyphAtlas {
    pub(crate) alpha: Vec<(GpuTexture, Shelves)>,
    pub(crate) color: Vec<(GpuTexture, Shelves)>,
    pub(crate) map: HashMap<GlyphKey, Option<GlyphSlot>>,
}

impl GlyphAtlas {
    /// Pages beyond which the atlas starts over at the next frame.
    pub(crate) const MAX_PAGES: usize = 4;

    /// Drop everything when the atlas has grown too large (at a frame start).
    pub(crate) fn trim(&mut self) {
        if self.alpha.len() + self.color.len() > Self::MAX_PAGES {
            self.alpha.truncate(1);
            self.color.truncate(1);
            for (_, shelves) in self.alpha.iter_mut().chain(self.color.iter_mut()) {
                shelves.clear();
            }
            self.map.clear();
        }
    }

    /// Room for a `w` x `h` glyph (margin included): page index and position.
    pub(crate) fn alloc(
        &mut self,
        device: &wgpu::Device,
        layout: &wgpu::BindGroupLayout,
        color: bool,
        w: u32,
        h: u32,
    ) -> Option<(u32, u32, u32)> {
        let pages = if color {
            &mut self.color
        } else {
            &mut self.alpha
        };
        for (i, (_, shelves)) in pages.iter_mut().enumerate() {
            if let Some((x, y)) = shelves.alloc(w, h) {
                return Some((i as u32, x, y));
            }
        }
        let format = if color {
            wgpu::TextureFormat::Rgba8Unorm
        } else {
            wgpu::TextureFormat::R8Unorm
        };
        let tex = GpuTexture::new(
            device,
            layout,
            (ATLAS_SIDE, ATLAS_SIDE),
            format,
            false,
            "arkui glyph atlas",
        );
        // A fresh page starts transparent (texture memory is zeroed by wgpu).
        let mut shelves = Shelves::new(ATLAS_SIDE, ATLAS_SIDE);
        let (x, y) = shelves.alloc(w, h)?;
        pages.push((tex, shelves));
        Some((pages.len() as u32 - 1, x, y))
    }
}

/// A decoded image on the GPU.
pub(crate) struct ImageTexture {
    pub(crate) texture: GpuTexture,
    /// Address and size of the `ImageData` it was made from: a replaced image is re-uploaded.
    identity: (usize, u32, u32),
    last_used: u64,
}

/// Images uploaded on first use, dropped when not drawn for a while.
#[derive(Default)]
pub(crate) struct ImageTextures {
    pub(crate) map: HashMap<ImageKey, ImageTexture>,
}

impl ImageTextures {
    /// Frames an unused image stays on the GPU.
    const KEEP_FRAMES: u64 = 120;

    pub(crate) fn get_or_upload(
        &mut self,
        device: &wgpu::Device,
        queue: &wgpu::Queue,
        layout: &wgpu::BindGroupLayout,
        key: ImageKey,
        image: &ImageData,
        frame: u64,
    ) -> &GpuTexture {
        let identity = (
            std::ptr::from_ref(image) as usize,
            image.width(),
            image.height(),
        );
        let upload = || {
            let texture = GpuTexture::new(
                device,
                layout,
                (image.width(), image.height()),
                wgpu::TextureFormat::Rgba8Unorm,
                false,
                "arkui image",
            );
            texture.write(
                queue,
                (0, 0),
                (image.width(), image.height()),
                4,
                image.pixels(),
            );
            ImageTexture {
                texture,
                identity,
                last_used: frame,
            }
        };
        let entry = match self.map.entry(key) {
            Entry::Occupied(o) if o.get().identity == identity => o.into_mut(),
            Entry::Occupied(mut o) => {
                o.insert(upload());
                o.into_mut()
            }
            Entry::Vacant(v) => v.insert(upload()),
        };
        entry.last_used = frame;
        &entry.texture
    }

    /// Drop textures not drawn in the last frames.
    pub(crate) fn evict(&mut self, frame: u64) {
        self.map
            .retain(|_, t| frame.saturating_sub(t.last_used) <= Self::KEEP_FRAMES);
    }
}
