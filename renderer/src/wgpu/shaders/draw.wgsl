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
@group(0) @binding(2) var linear_sampler: sampler;
@group(0) @binding(3) var nearest_sampler: sampler;
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

const F_EXACT: u32 = 256u;
const F_MASK: u32 = 512u;
const F_NEAREST: u32 = 1024u;
const F_SIDE: u32 = 2048u;
const F_DASH: u32 = 4096u;
const F_INNER: u32 = 8192u;
const F_REPEAT: u32 = 262144u;

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

// ---- exact pixel coverage of rounded boxes (as software/coverage.rs) ----

fn prim(s: f32, r: f32) -> f32 {
    return 0.5 * (s * sqrt(max(r * r - s * s, 0.0)) + r * r * asin(clamp(s / r, -1.0, 1.0)));
}

// Area of {0 <= s <= u, 0 <= t <= v, s^2 + t^2 <= r^2}.
fn quarter_disc_area(u0: f32, v0: f32, r: f32) -> f32 {
    let u = clamp(u0, 0.0, r);
    let v = clamp(v0, 0.0, r);
    if (u * u + v * v <= r * r) {
        return u * v;
    }
    let t = sqrt(max(r * r - v * v, 0.0));
    return v * t + prim(u, r) - prim(t, r);
}

// Area of the corner square [0, r]^2 outside the quarter disc, within [u0, u1] x [v0, v1].
fn corner_cutout(a0: f32, a1: f32, b0: f32, b1: f32, r: f32) -> f32 {
    let u0 = clamp(a0, 0.0, r);
    let u1 = clamp(a1, 0.0, r);
    let v0 = clamp(b0, 0.0, r);
    let v1 = clamp(b1, 0.0, r);
    if (u1 <= u0 || v1 <= v0) {
        return 0.0;
    }
    let square = (u1 - u0) * (v1 - v0);
    if (r > 96.0) {
        // Large radii: the arc is straight within a pixel; the closed form would lose
        // precision in f32. Half-plane area of the tangent at the nearest point.
        let c = vec2<f32>(0.5 * (u0 + u1), 0.5 * (v0 + v1));
        let n = normalize(max(c, vec2<f32>(1e-4, 1e-4)));
        let outside = 1.0 - half_plane_area(n, r - length(c));
        return square * outside;
    }
    let disc = quarter_disc_area(u1, v1, r) - quarter_disc_area(u0, v1, r)
        - quarter_disc_area(u1, v0, r) + quarter_disc_area(u0, v0, r);
    return max(square - disc, 0.0);
}

// Exact coverage of the pixel whose top-left corner is `px` by a rounded box.
fn box_pixel(px: vec2<f32>, b: vec4<f32>, r: vec4<f32>) -> f32 {
    let p1 = px + vec2<f32>(1.0, 1.0);
    let cx = max(min(p1.x, b.z) - max(px.x, b.x), 0.0);
    let cy = max(min(p1.y, b.w) - max(px.y, b.y), 0.0);
    var area = cx * cy;
    if (area <= 0.0) {
        return 0.0;
    }
    let tl = r.x;
    if (tl > 0.0 && px.x < b.x + tl && px.y < b.y + tl) {
        let c = b.xy + vec2<f32>(tl, tl);
        area -= corner_cutout(c.x - p1.x, c.x - px.x, c.y - p1.y, c.y - px.y, tl);
    }
    let tr = r.y;
    if (tr > 0.0 && p1.x > b.z - tr && px.y < b.y + tr) {
        let c = vec2<f32>(b.z - tr, b.y + tr);
        area -= corner_cutout(px.x - c.x, p1.x - c.x, c.y - p1.y, c.y - px.y, tr);
    }
    let br = r.z;
    if (br > 0.0 && p1.x > b.z - br && p1.y > b.w - br) {
        let c = vec2<f32>(b.z - br, b.w - br);
        area -= corner_cutout(px.x - c.x, p1.x - c.x, px.y - c.y, p1.y - c.y, br);
    }
    let bl = r.w;
    if (bl > 0.0 && px.x < b.x + bl && p1.y > b.w - bl) {
        let c = vec2<f32>(b.x + bl, b.w - bl);
        area -= corner_cutout(c.x - p1.x, c.x - px.x, px.y - c.y, p1.y - c.y, bl);
    }
    return clamp(area, 0.0, 1.0);
}

// Area of the unit pixel on the positive side of a line with unit normal n whose signed
// distance from the pixel centre is d (as software/border.rs).
fn half_plane_area(n: vec2<f32>, d: f32) -> f32 {
    var a = abs(n.x);
    var b = abs(n.y);
    if (b > a) {
        let t = a;
        a = b;
        b = t;
    }
    let half = 0.5 * (a + b);
    if (d <= -half) {
        return 0.0;
    }
    if (d >= half) {
        return 1.0;
    }
    let flat_part = 0.5 * (a - b);
    if (abs(d) <= flat_part || b < 1e-6) {
        return clamp(0.5 + d / a, 0.0, 1.0);
    }
    if (d < 0.0) {
        return (d + half) * (d + half) / (2.0 * a * b);
    }
    return 1.0 - (half - d) * (half - d) / (2.0 * a * b);
}

// ---- signed distance coverage under general affine transforms ----

fn sd_box(p: vec2<f32>, b: vec4<f32>, r: vec4<f32>) -> f32 {
    let c = 0.5 * (b.xy + b.zw);
    let h = 0.5 * (b.zw - b.xy);
    let q0 = p - c;
    // Radius of the quadrant p lies in: tl, tr, br, bl.
    var rad = r.x;
    if (q0.x >= 0.0 && q0.y < 0.0) {
        rad = r.y;
    } else if (q0.x >= 0.0 && q0.y >= 0.0) {
        rad = r.z;
    } else if (q0.x < 0.0 && q0.y >= 0.0) {
        rad = r.w;
    }
    let q = abs(q0) - h + vec2<f32>(rad, rad);
    return min(max(q.x, q.y), 0.0) + length(max(q, vec2<f32>(0.0, 0.0))) - rad;
}

fn to_local(dev: vec2<f32>, inv: vec4<f32>, inv_t: vec4<f32>) -> vec2<f32> {
    return vec2<f32>(inv.x * dev.x + inv.z * dev.y + inv_t.x, inv.y * dev.x + inv.w * dev.y + inv_t.y);
}

// Coverage of a rounded box given in local coordinates, the pixel centre mapped there.
fn sdf_coverage(p: vec2<f32>, b: vec4<f32>, r: vec4<f32>, inv: vec4<f32>) -> f32 {
    let e = 0.01;
    let d = sd_box(p, b, r);
    let g = vec2<f32>(
        sd_box(p + vec2<f32>(e, 0.0), b, r) - sd_box(p - vec2<f32>(e, 0.0), b, r),
        sd_box(p + vec2<f32>(0.0, e), b, r) - sd_box(p - vec2<f32>(0.0, e), b, r),
    ) / (2.0 * e);
    // Gradient of the local distance with respect to device coordinates: inv^T g.
    let gd = vec2<f32>(inv.x * g.x + inv.y * g.y, inv.z * g.x + inv.w * g.y);
    let len = length(gd);
    if (len < 1e-6) {
        return select(0.0, 1.0, d < 0.0);
    }
    return half_plane_area(gd / len, -d / len);
}

fn shape_coverage(px: vec2<f32>, local: vec2<f32>, b: vec4<f32>, r: vec4<f32>, v: Varyings) -> f32 {
    if ((v.info.x & F_EXACT) != 0u) {
        return box_pixel(px, b, r);
    }
    return sdf_coverage(local, b, r, v.inv);
}

// ---- borders: side shares and dashes (as software/border.rs) ----

fn diag_share(px: vec2<f32>, corner: vec2<f32>, dd: vec2<f32>, top: bool) -> f32 {
    var dx = dd.x;
    var dy = dd.y;
    if (dx == 0.0 && dy == 0.0) {
        dx = 1.0;
        dy = 1.0;
    }
    let len = sqrt(dx * dx + dy * dy);
    var n = vec2<f32>(dy / len, -dx / len);
    if ((n.y < 0.0) != top) {
        n = -n;
    }
    let d = dot(px + vec2<f32>(0.5, 0.5) - corner, n);
    return half_plane_area(n, d);
}

fn side_share(px: vec2<f32>, b: vec4<f32>, w: vec4<f32>, side: u32) -> f32 {
    let tl = diag_share(px, b.xy, vec2<f32>(w.x, w.y), true);
    let tr = diag_share(px, vec2<f32>(b.z, b.y), vec2<f32>(-w.z, w.y), true);
    let bl = diag_share(px, vec2<f32>(b.x, b.w), vec2<f32>(w.x, -w.w), false);
    let br = diag_share(px, b.zw, vec2<f32>(-w.z, -w.w), false);
    if (side == 0u) {
        return (1.0 - tl) * (1.0 - bl);
    }
    if (side == 1u) {
        return tl * tr;
    }
    if (side == 2u) {
        return (1.0 - tr) * (1.0 - br);
    }
    return bl * br;
}

fn dash_cumulative(x: f32, period: f32, on: f32) -> f32 {
    let k = floor(x / period);
    return k * on + min(x - k * period, on);
}

// Fraction of [p, p + 1] inside dashes of `on` every `period`, starting at `start`.
fn dash_coverage(p: f32, d: vec4<f32>) -> f32 {
    let start = d.x;
    let period = d.y;
    let on = d.z;
    if (period < 1.0) {
        return clamp(on / period, 0.0, 1.0);
    }
    let rel = p - start;
    return clamp(dash_cumulative(rel + 1.0, period, on) - dash_cumulative(rel, period, on), 0.0, 1.0);
}

// ---- shadows: a rounded box convolved with a Gaussian ----

fn erf_approx(x: f32) -> f32 {
    // Abramowitz and Stegun 7.1.26, |error| < 1.5e-7.
    let s = sign(x);
    let a = abs(x);
    let t = 1.0 / (1.0 + 0.3275911 * a);
    let y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
        + 0.254829592) * t * exp(-a * a);
    return s * y;
}

// Share of a Gaussian (centre c, sigma s) inside [a, b].
fn gauss_interval(c: f32, s: f32, a: f32, b: f32) -> f32 {
    let k = 1.0 / (sqrt(2.0) * s);
    return 0.5 * (erf_approx((b - c) * k) - erf_approx((a - c) * k));
}

// Half-width cut from the left (or right) of row y' by corner radii rt (top) and rb (bottom).
fn corner_inset(y: f32, b: vec4<f32>, rt: f32, rb: f32) -> f32 {
    var inset = 0.0;
    if (rt > 0.0 && y < b.y + rt) {
        let dy = b.y + rt - y;
        inset = max(inset, rt - sqrt(max(rt * rt - dy * dy, 0.0)));
    }
    if (rb > 0.0 && y > b.w - rb) {
        let dy = y - (b.w - rb);
        inset = max(inset, rb - sqrt(max(rb * rb - dy * dy, 0.0)));
    }
    return inset;
}

// Integral over rows y' in [y0, y1] of gauss(y - y') * (horizontal share of the row's span).
fn shadow_band(c: vec2<f32>, s: f32, b: vec4<f32>, r: vec4<f32>, y0: f32, y1: f32) -> f32 {
    let lo = max(y0, c.y - 4.0 * s);
    let hi = min(y1, c.y + 4.0 * s);
    if (hi <= lo) {
        return 0.0;
    }
    let n = 24;
    let step = (hi - lo) / f32(n);
    var sum = 0.0;
    let g = 1.0 / (sqrt(2.0 * 3.14159265) * s);
    for (var i = 0; i < n; i++) {
        let y = lo + (f32(i) + 0.5) * step;
        let l = b.x + corner_inset(y, b, r.x, r.w);
        let rr = b.z - corner_inset(y, b, r.y, r.z);
        let dy = (c.y - y) / s;
        sum += g * exp(-0.5 * dy * dy) * gauss_interval(c.x, s, l, rr) * step;
    }
    return sum;
}

fn shadow_coverage(px: vec2<f32>, b: vec4<f32>, r: vec4<f32>, sigma: f32) -> f32 {
    if (sigma < 0.05) {
        return box_pixel(px, b, r);
    }
    // The pixel's own area acts as a box filter: variance 1/12 on each axis.
    let s = sqrt(sigma * sigma + 1.0 / 12.0);
    let c = px + vec2<f32>(0.5, 0.5);
    let top = max(r.x, r.y);
    let bottom = max(r.z, r.w);
    let mid0 = b.y + top;
    let mid1 = max(b.w - bottom, mid0);
    var v = 0.0;
    v += shadow_band(c, s, b, r, b.y, mid0);
    v += gauss_interval(c.x, s, b.x, b.z) * gauss_interval(c.y, s, mid0, mid1);
    v += shadow_band(c, s, b, r, mid1, b.w);
    return clamp(v, 0.0, 1.0);
}

// ---- paints ----

fn gradient_t(p: vec2<f32>, kind: u32, g: vec4<f32>) -> f32 {
    if (kind == 1u) {
        let d = g.zw - g.xy;
        let len2 = dot(d, d);
        if (len2 <= 1.1920929e-7) {
            return 0.0;
        }
        return dot(p - g.xy, d) / len2;
    }
    if (kind == 2u) {
        if (g.z <= 1.1920929e-7) {
            return 1.0;
        }
        return length(p - g.xy) / g.z;
    }
    var a = degrees(atan2(p.y - g.y, p.x - g.x));
    if (a < 0.0) {
        a += 360.0;
    }
    let span = g.w - g.z;
    if (abs(span) <= 1.1920929e-7) {
        return 0.0;
    }
    return (a - g.z) / span;
}

fn gradient_color(t0: f32, base: u32, count: u32, repeat_: bool) -> vec4<f32> {
    var t = t0;
    if (repeat_) {
        t = t - floor(t);
    } else {
        t = clamp(t, 0.0, 1.0);
    }
    var c = stops[base + 1u];
    let last = stops[base + 2u * (count - 1u)];
    if (t <= stops[base].x) {
        c = stops[base + 1u];
    } else if (t >= last.x) {
        c = stops[base + 2u * (count - 1u) + 1u];
    } else {
        for (var i = 1u; i < count; i++) {
            let o = stops[base + 2u * i].x;
            if (o > t) {
                let o0 = stops[base + 2u * (i - 1u)].x;
                let c0 = stops[base + 2u * (i - 1u) + 1u];
                let c1 = stops[base + 2u * i + 1u];
                var f = 1.0;
                if (o > o0) {
                    f = (t - o0) / (o - o0);
                }
                c = c0 + (c1 - c0) * f;
                break;
            }
        }
    }
    // Interpolated with straight alpha, premultiplied and quantised as the CPU does.
    let a = c.w / 255.0;
    let q = clamp(floor(c.rgb * a + vec3<f32>(0.5)), vec3<f32>(0.0), vec3<f32>(255.0));
    return vec4<f32>(q, clamp(floor(c.w + 0.5), 0.0, 255.0)) / 255.0;
}

fn paint(local: vec2<f32>, v: Varyings) -> vec4<f32> {
    let gk = (v.info.x >> 16u) & 3u;
    if (gk == 0u) {
        return v.color;
    }
    return gradient_color(gradient_t(local, gk, v.p0), v.info.y, v.info.z, (v.info.x & F_REPEAT) != 0u);
}

fn sample_tex(v: Varyings, local: vec2<f32>) -> vec4<f32> {
    let texel = local * v.p0.xy + v.p0.zw;
    let uv = texel * v.p1.xy;
    if ((v.info.x & F_NEAREST) != 0u) {
        return textureSampleLevel(tex, nearest_sampler, uv, 0.0);
    }
    return textureSampleLevel(tex, linear_sampler, uv, 0.0);
}

// Premultiplied colour times coverage of one pixel, clip mask included.
fn shade(v: Varyings) -> vec4<f32> {
    let dev = v.pos.xy - v.inv_t.zw;
    let px = floor(dev);
    let local = to_local(dev, v.inv, v.inv_t);
    let kind = v.info.x & 255u;
    var out = vec4<f32>(0.0);
    if (kind == K_FILL) {
        out = paint(local, v) * shape_coverage(px, local, v.rect, v.radii, v);
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
        out = v.color * clamp(cov, 0.0, 1.0);
    } else if (kind == K_SHADOW) {
        var cov = shadow_coverage(px, v.rect, v.radii, v.p0.x);
        if ((v.info.x & F_INNER) != 0u) {
            cov *= 1.0 - box_pixel(px, v.inner, v.inner_radii);
        }
        out = v.color * cov;
    } else if (kind == K_PATH) {
        let at = vec2<i32>(px + v.offs.zw);
        let cov = clamp(textureLoad(tex, at, 0).r, 0.0, 1.0);
        out = paint(local, v) * cov;
    } else {
        let cov = shape_coverage(px, local, v.rect, v.radii, v);
        let t = sample_tex(v, local);
        if (kind == K_IMAGE) {
            out = t * v.color.a * cov;
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

// ---- path coverage: exact area of pixel ∩ triangle, summed over lyon's triangles ----

struct PathVertex {
    @location(0) pos: vec2<f32>,
    @location(1) a: vec2<f32>,
    @location(2) b: vec2<f32>,
    @location(3) c: vec2<f32>,
};

struct PathVaryings {
    @builtin(position) pos: vec4<f32>,
    @location(0) @interpolate(flat) a: vec2<f32>,
    @location(1) @interpolate(flat) b: vec2<f32>,
    @location(2) @interpolate(flat) c: vec2<f32>,
};

@vertex
fn vs_path(v: PathVertex) -> PathVaryings {
    var out: PathVaryings;
    let ndc = vec2<f32>(v.pos.x / target_info.size.x * 2.0 - 1.0, 1.0 - v.pos.y / target_info.size.y * 2.0);
    out.pos = vec4<f32>(ndc, 0.0, 1.0);
    out.a = v.a;
    out.b = v.b;
    out.c = v.c;
    return out;
}

// Keep the part of polygon `p` (n points) left of the directed edge e0 -> e1 (or right,
// when the triangle winds the other way: `s` is the orientation sign).
fn clip_edge(p: ptr<function, array<vec2<f32>, 10>>, n: i32, e0: vec2<f32>, e1: vec2<f32>, s: f32) -> i32 {
    var out: array<vec2<f32>, 10>;
    var m = 0;
    let d = e1 - e0;
    for (var i = 0; i < n; i++) {
        let a = (*p)[i];
        let b = (*p)[(i + 1) % n];
        let da = s * (d.x * (a.y - e0.y) - d.y * (a.x - e0.x));
        let db = s * (d.x * (b.y - e0.y) - d.y * (b.x - e0.x));
        if (da >= 0.0) {
            out[m] = a;
            m++;
        }
        if ((da >= 0.0) != (db >= 0.0)) {
            out[m] = a + (b - a) * (da / (da - db));
            m++;
        }
    }
    for (var i = 0; i < m; i++) {
        (*p)[i] = out[i];
    }
    return m;
}

@fragment
fn fs_path(v: PathVaryings) -> @location(0) vec4<f32> {
    let px = floor(v.pos.xy);
    // Pixel-local coordinates keep the arithmetic precise far from the origin.
    let a = v.a - px;
    let b = v.b - px;
    let c = v.c - px;
    let orient = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    if (abs(orient) < 1e-9) {
        return vec4<f32>(0.0);
    }
    let s = sign(orient);
    var poly: array<vec2<f32>, 10>;
    poly[0] = vec2<f32>(0.0, 0.0);
    poly[1] = vec2<f32>(1.0, 0.0);
    poly[2] = vec2<f32>(1.0, 1.0);
    poly[3] = vec2<f32>(0.0, 1.0);
    var n = 4;
    n = clip_edge(&poly, n, a, b, s);
    n = clip_edge(&poly, n, b, c, s);
    n = clip_edge(&poly, n, c, a, s);
    var area = 0.0;
    for (var i = 0; i < n; i++) {
        let p = poly[i];
        let q = poly[(i + 1) % n];
        area += p.x * q.y - q.x * p.y;
    }
    return vec4<f32>(abs(area) * 0.5, 0.0, 0.0, 0.0);
}
