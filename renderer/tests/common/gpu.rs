//! The adapter policy of every GPU test: print the adapter used; with no adapter, fail when
//! `ARKUI_REQUIRE_GPU=1` (CI, which installs lavapipe) and skip visibly otherwise.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

use arkui_renderer::wgpu::{GpuContext, GpuError};

/// Write `line` to the real stderr. The test harness captures `println!`/`eprintln!` and
/// shows them only for failing tests; the adapter used and a skip must be visible in every
/// `cargo test` run, so they bypass the capture.
fn report(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// The adapter line is reported once per test binary, not once per test.
static REPORTED: AtomicBool = AtomicBool::new(false);

/// A GPU context, or `None` (after printing why) when the test should be skipped.
pub(crate) fn gpu_or_skip(test: &str) -> Option<GpuContext> {
    match GpuContext::new() {
        Ok(gpu) => {
            if !REPORTED.swap(true, Ordering::Relaxed) {
                report(&format!(
                    "wgpu adapter: {} (first used by {test})",
                    gpu.adapter_summary()
                ));
            }
            Some(gpu)
        }
        Err(e) => no_gpu(test, e),
    }
}

fn no_gpu(test: &str, e: GpuError) -> Option<GpuContext> {
    let required = std::env::var("ARKUI_REQUIRE_GPU").is_ok_and(|v| v == "1");
    assert!(
        !required && e.is_no_adapter(),
        "{test}: no usable GPU adapter and ARKUI_REQUIRE_GPU=1: {e}"
    );
    report(&format!(
        "SKIPPED {test}: {e} (set ARKUI_REQUIRE_GPU=1 to make this a failure)"
    ));
    None
}

/// Largest channel difference of each pixel of two RGBA8 buffers.
pub(crate) fn pixel_diffs(a: &[u8], b: &[u8]) -> Vec<u8> {
    a.chunks_exact(4)
        .zip(b.chunks_exact(4))
        .map(|(p, q)| {
            p.iter()
                .zip(q)
                .map(|(x, y)| x.abs_diff(*y))
                .max()
                .unwrap_or(0)
        })
        .collect()
}

/// Share of pixels differing by more than `level`, and the 99th percentile difference.
pub(crate) fn diff_stats(diffs: &[u8], level: u8) -> (f64, u8) {
    let over = diffs.iter().filter(|d| **d > level).count();
    let mut sorted = diffs.to_vec();
    sorted.sort_unstable();
    let p99 = sorted
        .get((sorted.len() as f64 * 0.99) as usize)
        .or(sorted.last())
        .copied()
        .unwrap_or(0);
    (over as f64 / diffs.len().max(1) as f64, p99)
}

/// Write premultiplied RGBA8 as a PNG (straight alpha, as viewers expect).
pub(crate) fn save_png(path: &std::path::Path, w: u32, h: u32, premul: &[u8]) {
    let straight: Vec<u8> = premul
        .chunks_exact(4)
        .flat_map(|p| {
            let c = arkui_renderer::PremulColor {
                r: p[0],
                g: p[1],
                b: p[2],
                a: p[3],
            }
            .unpremultiplied();
            [c.r, c.g, c.b, c.a]
        })
        .collect();
    image::RgbaImage::from_raw(w, h, straight)
        .expect("buffer matches size")
        .save(path)
        .expect("write png");
}
