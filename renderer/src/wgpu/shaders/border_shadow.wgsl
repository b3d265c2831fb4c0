// Border side shares and dashes, and Gaussian-blurred box shadows.

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
