//! What the GPU reads: one [`Instance`] per quad, one [`PathVertex`] per path-triangle
//! corner, and the flags the shader (`shaders/draw.wgsl`) switches on.

use bytemuck::{Pod, Zeroable};

/// A filled rounded box (solid or gradient).
pub(crate) const K_FILL: u32 = 0;
/// A border ring (one side of it with [`F_SIDE`]).
pub(crate) const K_BORDER: u32 = 1;
/// A Gaussian-blurred rounded box.
pub(crate) const K_SHADOW: u32 = 2;
/// A premultiplied RGBA texture (images, layers).
pub(crate) const K_IMAGE: u32 = 3;
/// A coverage texture tinted by the instance colour (glyph masks).
pub(crate) const K_MASK_GLYPH: u32 = 4;
/// A straight-alpha RGBA texture (colour glyphs).
pub(crate) const K_COLOR_GLYPH: u32 = 5;
/// A path's accumulated coverage, painted with a brush.
pub(crate) const K_PATH: u32 = 6;

/// Geometry is in device pixels and axis-aligned: exact area coverage.
pub(crate) const F_EXACT: u32 = 1 << 8;
/// Multiply by the clip mask page at `offs.xy`.
pub(crate) const F_MASK: u32 = 1 << 9;
/// Sample the texture with the nearest texel.
pub(crate) const F_NEAREST: u32 = 1 << 10;
/// Only the share of the border owned by side `(info.x >> 20) & 3` (left, top, right, bottom).
pub(crate) const F_SIDE: u32 = 1 << 11;
/// Dashed along the side: `p1` = (start, period, on, vertical).
pub(crate) const F_DASH: u32 = 1 << 12;
/// `inner` is a hole (borders) or the caster to leave out (shadows).
pub(crate) const F_INNER: u32 = 1 << 13;
/// Gradient repeats past its ends.
pub(crate) const F_REPEAT: u32 = 1 << 18;
/// A Gaussian blur of the bound texture along one axis (sigma in `p0.x`): a layer
/// shadow's two passes.
pub(crate) const K_BLUR: u32 = 7;
/// `K_BLUR`: down the columns (else across the rows).
pub(crate) const F_VERTICAL: u32 = 1 << 14;
/// `K_BLUR`: the result is the colour times the blurred alpha (a shadow's tint). `K_IMAGE`:
/// the colour times the texel's alpha (an image drawn as a mask, `DrawCmd::Image::tint`).
pub(crate) const F_TINT: u32 = 1 << 15;
/// `K_FILL`, `K_BORDER`, `K_PATH`: hard edges (coverage of at least a half counts as full,
/// less as none), as `DrawCmd::PushAntiAlias { on: false }`.
pub(crate) const F_ALIASED: u32 = 1 << 24;
/// Radial gradient between two circles: centres in `p0`, radii in `p1.xy`.
pub(crate) const F_TWO_CIRCLE: u32 = 1 << 19;
/// `K_IMAGE`: the image repeats along x past its edges (else its edge texels extend).
pub(crate) const F_WRAP_X: u32 = 1 << 22;
/// `K_IMAGE`: the image repeats along y.
pub(crate) const F_WRAP_Y: u32 = 1 << 23;
/// `K_IMAGE`: repeated copies are mirrored every other time (both axes).
pub(crate) const F_MIRROR: u32 = 1 << 25;
/// Shift of the gradient kind (1 linear, 2 radial, 3 sweep) in `info.x`.
pub(crate) const GRADIENT_SHIFT: u32 = 16;
/// Shift of the side index in `info.x`.
pub(crate) const SIDE_SHIFT: u32 = 20;

/// One instanced quad; field meanings are in `shaders/draw.wgsl`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Pod, Zeroable)]
pub(crate) struct Instance {
    /// Device-space box rasterized: x0, y0, x1, y1.
    pub(crate) quad: [f32; 4],
    /// The shape's box (device space with [`F_EXACT`], local space otherwise).
    pub(crate) rect: [f32; 4],
    /// Corner radii tl, tr, br, bl (already clamped).
    pub(crate) radii: [f32; 4],
    /// Inner box (border hole, shadow caster).
    pub(crate) inner: [f32; 4],
    /// Its radii.
    pub(crate) inner_radii: [f32; 4],
    /// Premultiplied colour, 0..=1.
    pub(crate) color: [f32; 4],
    /// Device -> local linear part: xx, yx, xy, yy.
    pub(crate) inv: [f32; 4],
    /// Device -> local translation (x, y), then the device -> render-target offset (x, y).
    pub(crate) inv_t: [f32; 4],
    /// Kind-specific: border widths, gradient geometry, shadow sigma, or the texel mapping
    /// `texel = local * p0.xy + p0.zw`.
    pub(crate) p0: [f32; 4],
    /// Kind-specific: the dash pattern of a border side.
    pub(crate) p1: [f32; 4],
    /// Device -> mask page offset (x, y), device -> coverage page offset (x, y).
    pub(crate) offs: [f32; 4],
    /// Kind and flags, gradient stop base, stop count, unused.
    pub(crate) info: [u32; 4],
}

/// One corner of a path triangle's bounding quad, carrying the whole triangle.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Pod, Zeroable)]
pub(crate) struct PathVertex {
    pub(crate) pos: [f32; 2],
    pub(crate) a: [f32; 2],
    pub(crate) b: [f32; 2],
    pub(crate) c: [f32; 2],
}

/// Vertex attributes of [`Instance`].
pub(crate) const INSTANCE_ATTRIBUTES: [wgpu::VertexAttribute; 12] = wgpu::vertex_attr_array![
    0 => Float32x4, 1 => Float32x4, 2 => Float32x4, 3 => Float32x4, 4 => Float32x4,
    5 => Float32x4, 6 => Float32x4, 7 => Float32x4, 8 => Float32x4, 9 => Float32x4,
    10 => Float32x4, 11 => Uint32x4,
];

/// Vertex attributes of [`PathVertex`].
pub(crate) const PATH_ATTRIBUTES: [wgpu::VertexAttribute; 4] =
    wgpu::vertex_attr_array![0 => Float32x2, 1 => Float32x2, 2 => Float32x2, 3 => Float32x2];
