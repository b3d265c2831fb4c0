// Paints: gradients from the stop buffer, texture sampling.

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
    if (abs(span) >= 359.999) {
        // A full turn starts wherever the start angle points: angles are measured from it.
        let rel = (a - g.z) - 360.0 * floor((a - g.z) / 360.0);
        return select(rel / span, 1.0 - rel / abs(span), span < 0.0);
    }
    return (a - g.z) / span;
}

// The offset of `p` between circles (g.xy, r.x) and (g.zw, r.y), as the CPU computes it
// (GradientKind::two_circle_t); -1e30 where no circle passes (nothing is painted).
fn two_circle_t(p: vec2<f32>, g: vec4<f32>, r: vec2<f32>) -> f32 {
    let cd = g.zw - g.xy;
    let pd = p - g.xy;
    let dr = r.y - r.x;
    let a = dot(cd, cd) - dr * dr;
    let b = dot(pd, cd) + r.x * dr;
    let c = dot(pd, pd) - r.x * r.x;
    let scale = abs(cd.x) + abs(cd.y) + abs(dr) + 1.0;
    if (abs(a) <= 1e-6 * scale * scale) {
        if (abs(b) <= 1.1920929e-7) {
            return -1e30;
        }
        let t = c / (2.0 * b);
        return select(-1e30, t, r.x + t * dr >= 0.0);
    }
    let disc = b * b - a * c;
    if (disc < 0.0) {
        return -1e30;
    }
    let sq = sqrt(disc);
    let t1 = (b + sq) / a;
    let t2 = (b - sq) / a;
    let hi = max(t1, t2);
    let lo = min(t1, t2);
    if (r.x + hi * dr >= 0.0) {
        return hi;
    }
    if (r.x + lo * dr >= 0.0) {
        return lo;
    }
    return -1e30;
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
    var t = 0.0;
    if ((v.info.x & F_TWO_CIRCLE) != 0u) {
        t = two_circle_t(local, v.p0, v.p1.xy);
        if (t <= -1e29) {
            return vec4<f32>(0.0);
        }
    } else {
        t = gradient_t(local, gk, v.p0);
    }
    return gradient_color(t, v.info.y, v.info.z, (v.info.x & F_REPEAT) != 0u);
}

// One texel, clamped to the texture's edge.
fn texel(p: vec2<i32>) -> vec4<f32> {
    let size = vec2<i32>(textureDimensions(tex));
    return textureLoad(tex, clamp(p, vec2<i32>(0), size - vec2<i32>(1)), 0);
}

// One texel of a repeating image: coordinates past an edge start over on the axes `wrap`
// names, and clamp on the others.
fn texel_wrapped(p: vec2<i32>, wrap: vec2<bool>, mirror: bool) -> vec4<f32> {
    let size = vec2<i32>(textureDimensions(tex));
    // Euclidean remainder by floored division: `%` of a negative integer is undefined in
    // GLSL, which wgpu's GL backend compiles this to. Mirrored: modulo twice the size,
    // the second half read backwards.
    let period = select(size, size * 2, mirror);
    let k = vec2<i32>(floor(vec2<f32>(p) / vec2<f32>(period)));
    var m = clamp(p - k * period, vec2<i32>(0), period - vec2<i32>(1));
    if (mirror) {
        m = select(m, period - vec2<i32>(1) - m, m >= size);
    }
    return texel(select(p, m, wrap));
}

// Sampled by hand rather than through samplers (GL binds one sampler per texture), with the
// software renderer's 8-bit bilinear weights, so both backends agree.
fn sample_tex(v: Varyings, local: vec2<f32>) -> vec4<f32> {
    let t = local * v.p0.xy + v.p0.zw;
    let wrap = vec2<bool>((v.info.x & F_WRAP_X) != 0u, (v.info.x & F_WRAP_Y) != 0u);
    let mirror = (v.info.x & F_MIRROR) != 0u;
    if ((v.info.x & F_NEAREST) != 0u) {
        return texel_wrapped(vec2<i32>(floor(t)), wrap, mirror);
    }
    let q = t - vec2<f32>(0.5);
    let q0 = floor(q);
    let w = floor((q - q0) * 256.0 + vec2<f32>(0.5)) / 256.0;
    let i = vec2<i32>(q0);
    let top = mix(texel_wrapped(i, wrap, mirror), texel_wrapped(i + vec2<i32>(1, 0), wrap, mirror), w.x);
    let bottom = mix(texel_wrapped(i + vec2<i32>(0, 1), wrap, mirror), texel_wrapped(i + vec2<i32>(1, 1), wrap, mirror), w.x);
    return mix(top, bottom, w.y);
}
