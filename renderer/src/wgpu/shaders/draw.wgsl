// The one shader behind every instanced quad: fills, borders, shadows, images, glyphs,
// layer composites and path covers. Coverage is computed per pixel as the software
// rasterizer computes it (exact area where the geometry is axis-aligned in device space,
// half-plane area of the signed distance under other transforms), so both backends agree.

struct Target {
    size: vec2<f32>,
};

@group(0) @binding(0) var<uniform> target_info: Target;
// Gradient stops: two entries per stop, (offset, 0, 0, 0) then straight RGBA in 0..=255.
@group(0) @binding(1) var<storage, read> stops: array<vec4<f32>>;
// Images, glyph atlases, layers or a path's coverage page.
@group(1) @binding(0) var tex: texture_2d<f32>;
// The clip mask page (coverage of the innermost rounded or rotated clip).
@group(2) @binding(0) var mask: texture_2d<f32>;

const K_FILL: u32 = 0u;
const K_BORDER: u32 = 1u;
const K_SHADOW: u32 = 2u;
const K_IMAGE: u32 = 3u;
const K_MASK_GLYPH: u32 = 4u;
const K_COLOR_GLYPH: u32 = 5u;
const K_PATH: u32 = 6u;
const K_BLUR: u32 = 7u;

const F_EXACT: u32 = 256u;
const F_MASK: u32 = 512u;
const F_NEAREST: u32 = 1024u;
const F_SIDE: u32 = 2048u;
const F_DASH: u32 = 4096u;
const F_INNER: u32 = 8192u;
const F_REPEAT: u32 = 262144u;
const F_VERTICAL: u32 = 16384u;
const F_TINT: u32 = 32768u;
const F_WRAP_X: u32 = 4194304u;
const F_TWO_CIRCLE: u32 = 524288u;
const F_ALIASED: u32 = 16777216u;
const F_MIRROR: u32 = 33554432u;

// Coverage as drawn: hard-edged (a half or more is full) when the instance asks.
fn edge(cov: f32, v: Varyings) -> f32 {
    if ((v.info.x & F_ALIASED) != 0u) {
        return step(0.5, cov);
    }
    return cov;
}
const F_WRAP_Y: u32 = 8388608u;

struct Instance {
    @location(0) quad: vec4<f32>,
    @location(1) rect: vec4<f32>,
    @location(2) radii: vec4<f32>,
    @location(3) inner: vec4<f32>,
    @location(4) inner_radii: vec4<f32>,
    @location(5) color: vec4<f32>,
    @location(6) inv: vec4<f32>,
    @location(7) inv_t: vec4<f32>,
    @location(8) p0: vec4<f32>,
    @location(9) p1: vec4<f32>,
    @location(10) offs: vec4<f32>,
    @location(11) info: vec4<u32>,
};

struct Varyings {
    @builtin(position) pos: vec4<f32>,
    @location(0) @interpolate(flat) rect: vec4<f32>,
    @location(1) @interpolate(flat) radii: vec4<f32>,
    @location(2) @interpolate(flat) inner: vec4<f32>,
    @location(3) @interpolate(flat) inner_radii: vec4<f32>,
    @location(4) @interpolate(flat) color: vec4<f32>,
    @location(5) @interpolate(flat) inv: vec4<f32>,
    @location(6) @interpolate(flat) inv_t: vec4<f32>,
    @location(7) @interpolate(flat) p0: vec4<f32>,
    @location(8) @interpolate(flat) p1: vec4<f32>,
    @location(9) @interpolate(flat) offs: vec4<f32>,
    @location(10) @interpolate(flat) info: vec4<u32>,
};

@vertex
fn vs_main(@builtin(vertex_index) vi: u32, inst: Instance) -> Varyings {
    var corners = array<vec2<f32>, 6>(
        vec2<f32>(0.0, 0.0), vec2<f32>(1.0, 0.0), vec2<f32>(0.0, 1.0),
        vec2<f32>(0.0, 1.0), vec2<f32>(1.0, 0.0), vec2<f32>(1.0, 1.0),
    );
    let c = corners[vi];
    let device = mix(inst.quad.xy, inst.quad.zw, c);
    // The render target may be a coverage page holding this device area at an offset.
    let p = device + inst.inv_t.zw;
    let ndc = vec2<f32>(p.x / target_info.size.x * 2.0 - 1.0, 1.0 - p.y / target_info.size.y * 2.0);
    var out: Varyings;
    out.pos = vec4<f32>(ndc, 0.0, 1.0);
    out.rect = inst.rect;
    out.radii = inst.radii;
    out.inner = inst.inner;
    out.inner_radii = inst.inner_radii;
    out.color = inst.color;
    out.inv = inst.inv;
    out.inv_t = inst.inv_t;
    out.p0 = inst.p0;
    out.p1 = inst.p1;
    out.offs = inst.offs;
    out.info = inst.info;
    return out;
}

// ---- per-pixel shading ----

// Premultiplied colour times coverage of one pixel, clip mask included.
fn shade(v: Varyings) -> vec4<f32> {
    let dev = v.pos.xy - v.inv_t.zw;
    let px = floor(dev);
    let local = to_local(dev, v.inv, v.inv_t);
    let kind = v.info.x & 255u;
    var out = vec4<f32>(0.0);
    if (kind == K_FILL) {
        out = paint(local, v) * edge(shape_coverage(px, local, v.rect, v.radii, v), v);
    } else if (kind == K_BORDER) {
        var cov = shape_coverage(px, local, v.rect, v.radii, v);
        if ((v.info.x & F_INNER) != 0u) {
            cov -= shape_coverage(px, local, v.inner, v.inner_radii, v);
        }
        if ((v.info.x & F_SIDE) != 0u) {
            cov *= side_share(px, v.rect, v.p0, (v.info.x >> 20u) & 3u);
        }
        if ((v.info.x & F_DASH) != 0u) {
            cov *= dash_coverage(select(px.x, px.y, v.p1.w > 0.5), v.p1);
        }
        out = v.color * edge(clamp(cov, 0.0, 1.0), v);
    } else if (kind == K_SHADOW) {
        var cov = shadow_coverage(px, v.rect, v.radii, v.p0.x);
        if ((v.info.x & F_INNER) != 0u) {
            cov *= 1.0 - box_pixel(px, v.inner, v.inner_radii);
        }
        out = v.color * cov;
    } else if (kind == K_BLUR) {
        // One axis of a Gaussian of sigma p0.x over the texture, as the software blur.
        let sigma = max(v.p0.x, 0.0);
        let r = i32(ceil(sigma * 3.0));
        let dir = select(vec2<i32>(1, 0), vec2<i32>(0, 1), (v.info.x & F_VERTICAL) != 0u);
        var acc = vec4<f32>(0.0);
        var wsum = 0.0;
        if (sigma <= 0.05) {
            acc = texel(vec2<i32>(px));
            wsum = 1.0;
        } else {
            for (var k = -r; k <= r; k = k + 1) {
                let w = exp(-f32(k * k) / (2.0 * sigma * sigma));
                acc = acc + texel(vec2<i32>(px) + dir * k) * w;
                wsum = wsum + w;
            }
        }
        acc = acc / wsum;
        if ((v.info.x & F_TINT) != 0u) {
            out = v.color * acc.a;
        } else {
            out = acc;
        }
    } else if (kind == K_PATH) {
        let at = vec2<i32>(px + v.offs.zw);
        let cov = clamp(textureLoad(tex, at, 0).r, 0.0, 1.0);
        out = paint(local, v) * edge(cov, v);
    } else {
        let cov = shape_coverage(px, local, v.rect, v.radii, v);
        let t = sample_tex(v, local);
        if (kind == K_IMAGE) {
            if ((v.info.x & F_TINT) != 0u) {
                out = v.color * t.a * cov;
            } else {
                out = t * v.color.a * cov;
            }
        } else if (kind == K_MASK_GLYPH) {
            out = v.color * t.r * cov;
        } else {
            out = vec4<f32>(t.rgb * t.a, t.a) * cov;
        }
    }
    if ((v.info.x & F_MASK) != 0u) {
        let at = vec2<i32>(px + v.offs.xy);
        out *= clamp(textureLoad(mask, at, 0).r, 0.0, 1.0);
    }
    return out;
}

@fragment
fn fs_main(v: Varyings) -> @location(0) vec4<f32> {
    return shade(v);
}

// Clip masks: coverage only, into a coverage page.
@fragment
fn fs_coverage(v: Varyings) -> @location(0) vec4<f32> {
    return vec4<f32>(shade(v).a, 0.0, 0.0, 0.0);
}
