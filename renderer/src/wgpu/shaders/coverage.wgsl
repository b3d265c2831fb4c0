// Coverage of rounded boxes: exact pixel areas (closed-form arcs) for axis-aligned
// geometry, half-plane areas of the signed distance under other transforms.

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
