// Path coverage: lyon's triangles, each adding its exact area over every pixel.

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
