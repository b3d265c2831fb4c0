//! The scene runner: one scene, one operation, one JSON line, for side-by-side comparisons
//! with other frameworks built the same way (DESIGN.md, "Performance targets").
//!
//! ```text
//! cargo run --release -p arkui-benches --bin scenes -- list --rows 1000 --size 320x240 \
//!     --format rgb565 --op toggle_one
//! {"scene":"list","rows":1000,"size":"320x240","format":"rgb565","renderer":"software",
//!  "op":"toggle_one","median_us":...,"p90_us":...,"iterations":30,"peak_rss_kb":...,
//!  "heap_peak_bytes":...,"pixels_repainted":...}
//! ```
//!
//! Operations: `startup` (mount N rows and render the first full frame), `full_frame` (repaint
//! an unchanged scene), `update_every_10th` (new labels on every 10th row), `toggle_one` (flip
//! one visible toggle), `scroll_one_row` (48 px), `memory` (peak RSS and heap after startup).
//! Each timed operation runs `--warmup` times untimed, then `--iterations` times (at least 15)
//! from the state change to the last pixel written; the median and 90th percentile are
//! printed. Frames are drawn by the software renderer into a framebuffer of `--format` (only
//! the damage is painted; scrolls move pixels), or with `--line-buffer LINES` strip by strip
//! with no framebuffer, or with `--renderer wgpu` (feature `wgpu`) on the GPU.

use std::process::ExitCode;
use std::time::Instant;

use arkui::renderer::PixelFormat;
use arkui_benches::alloc::{Counting, live_bytes, peak_bytes, reset_peak};
use arkui_benches::list_scene::{FrameStats, ListScene};

#[global_allocator]
static ALLOC: Counting = Counting;

const USAGE: &str = "usage: scenes list --rows N --size WxH [--format rgba8888|rgb565] \
[--renderer software|wgpu] [--line-buffer LINES] --op OP [--iterations N] [--warmup N]
ops: startup, full_frame, update_every_10th, toggle_one, scroll_one_row, memory";

/// What to run.
#[derive(Clone, Debug, PartialEq)]
struct Args {
    rows: usize,
    size: (u32, u32),
    format: PixelFormat,
    gpu: bool,
    line_buffer: Option<u32>,
    op: Op,
    iterations: usize,
    warmup: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Startup,
    FullFrame,
    UpdateEvery10th,
    ToggleOne,
    ScrollOneRow,
    Memory,
}

impl Op {
    fn parse(s: &str) -> Result<Op, String> {
        Ok(match s {
            "startup" => Op::Startup,
            "full_frame" => Op::FullFrame,
            "update_every_10th" => Op::UpdateEvery10th,
            "toggle_one" => Op::ToggleOne,
            "scroll_one_row" => Op::ScrollOneRow,
            "memory" => Op::Memory,
            other => return Err(format!("unknown --op `{other}`")),
        })
    }

    fn name(self) -> &'static str {
        match self {
            Op::Startup => "startup",
            Op::FullFrame => "full_frame",
            Op::UpdateEvery10th => "update_every_10th",
            Op::ToggleOne => "toggle_one",
            Op::ScrollOneRow => "scroll_one_row",
            Op::Memory => "memory",
        }
    }
}

fn parse_size(s: &str) -> Result<(u32, u32), String> {
    let bad = || format!("--size wants WIDTHxHEIGHT, e.g. 320x240, not `{s}`");
    let (w, h) = s.split_once('x').ok_or_else(bad)?;
    let (w, h) = (
        w.parse::<u32>().map_err(|_| bad())?,
        h.parse::<u32>().map_err(|_| bad())?,
    );
    if w == 0 || h == 0 || w > 8192 || h > 8192 {
        return Err(format!("--size {s}: each side must be 1..=8192 pixels"));
    }
    Ok((w, h))
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    match it.next().as_deref() {
        Some("list") => {}
        Some(other) => return Err(format!("unknown scene `{other}` (scenes: list)")),
        None => return Err("no scene given".into()),
    }
    let mut args = Args {
        rows: 1000,
        size: (800, 480),
        format: PixelFormat::Rgba8888,
        gpu: false,
        line_buffer: None,
        op: Op::FullFrame,
        iterations: 30,
        warmup: 5,
    };
    let mut op = None;
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        let number = |v: String, what: &str| {
            v.parse::<usize>()
                .map_err(|_| format!("{what} wants a whole number, not `{v}`"))
        };
        match flag.as_str() {
            "--rows" => args.rows = number(value()?, "--rows")?,
            "--size" => args.size = parse_size(&value()?)?,
            "--format" => {
                args.format = match value()?.as_str() {
                    "rgba8888" => PixelFormat::Rgba8888,
                    "bgra8888" => PixelFormat::Bgra8888,
                    "rgb565" => PixelFormat::Rgb565,
                    other => return Err(format!("unknown --format `{other}`")),
                }
            }
            "--renderer" => {
                args.gpu = match value()?.as_str() {
                    "software" => false,
                    "wgpu" => true,
                    other => return Err(format!("unknown --renderer `{other}`")),
                }
            }
            "--line-buffer" => {
                let lines = number(value()?, "--line-buffer")?;
                if lines == 0 {
                    return Err("--line-buffer wants at least 1 line".into());
                }
                args.line_buffer =
                    Some(u32::try_from(lines).map_err(|_| "--line-buffer is too large")?);
            }
            "--op" => op = Some(Op::parse(&value()?)?),
            "--iterations" => args.iterations = number(value()?, "--iterations")?.max(15),
            "--warmup" => args.warmup = number(value()?, "--warmup")?,
            "--help" | "-h" => return Err(String::new()),
            other => return Err(format!("unknown flag `{other}`")),
        }
    }
    args.op = op.ok_or("--op is required")?;
    if args.rows == 0 {
        return Err("--rows must be at least 1".into());
    }
    if args.gpu && args.line_buffer.is_some() {
        return Err("--line-buffer draws with the software renderer; drop --renderer wgpu".into());
    }
    Ok(args)
}

/// The process's peak resident set, in kB (Linux; 0 elsewhere).
fn peak_rss_kb() -> u64 {
    status_kb("VmHWM:")
}

fn status_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = (p * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn new_scene(args: &Args) -> Result<ListScene, String> {
    if args.gpu {
        return gpu::scene(args);
    }
    Ok(ListScene::new(
        args.rows,
        args.size,
        args.format,
        args.line_buffer,
    ))
}

/// One step of `op` on a mounted scene.
fn step(scene: &mut ListScene, op: Op) -> FrameStats {
    match op {
        Op::FullFrame => scene.full_frame(),
        Op::UpdateEvery10th => scene.update_every_10th(),
        Op::ToggleOne => scene.toggle_one(),
        Op::ScrollOneRow => scene.scroll_one_row(),
        Op::Startup | Op::Memory => FrameStats::default(),
    }
}

#[derive(Debug, Default)]
struct Measured {
    times_us: Vec<f64>,
    pixels_repainted: u64,
    pixels_blitted: u64,
    heap_peak: usize,
    rss_before_kb: u64,
}

fn measure(args: &Args) -> Result<Measured, String> {
    let mut m = Measured {
        rss_before_kb: status_kb("VmRSS:"),
        ..Measured::default()
    };
    let heap_before = live_bytes();
    reset_peak();
    match args.op {
        Op::Memory => {
            let t = Instant::now();
            let scene = new_scene(args)?;
            m.times_us.push(t.elapsed().as_secs_f64() * 1e6);
            m.pixels_repainted = u64::from(args.size.0) * u64::from(args.size.1);
            m.heap_peak = peak_bytes().saturating_sub(heap_before);
            drop(scene);
        }
        Op::Startup => {
            for i in 0..args.warmup + args.iterations {
                let t = Instant::now();
                let scene = new_scene(args)?;
                let us = t.elapsed().as_secs_f64() * 1e6;
                drop(scene);
                if i >= args.warmup {
                    m.times_us.push(us);
                }
            }
            m.pixels_repainted = u64::from(args.size.0) * u64::from(args.size.1);
            m.heap_peak = peak_bytes().saturating_sub(heap_before);
        }
        op => {
            let mut scene = new_scene(args)?;
            for i in 0..args.warmup + args.iterations {
                let t = Instant::now();
                let stats = step(&mut scene, op);
                let us = t.elapsed().as_secs_f64() * 1e6;
                if !stats.drew {
                    return Err(format!("{} produced no frame", op.name()));
                }
                if i >= args.warmup {
                    m.times_us.push(us);
                    m.pixels_repainted = stats.pixels_repainted;
                    m.pixels_blitted = stats.pixels_blitted;
                }
            }
            m.heap_peak = peak_bytes().saturating_sub(heap_before);
        }
    }
    Ok(m)
}

fn json(args: &Args, m: &Measured) -> serde_json::Value {
    let mut sorted = m.times_us.clone();
    sorted.sort_by(f64::total_cmp);
    let round = |v: f64| (v * 10.0).round() / 10.0;
    let format = match args.format {
        PixelFormat::Rgba8888 => "rgba8888",
        PixelFormat::Bgra8888 => "bgra8888",
        PixelFormat::Rgb565 => "rgb565",
    };
    serde_json::json!({
        "scene": "list",
        "rows": args.rows,
        "size": format!("{}x{}", args.size.0, args.size.1),
        "format": format,
        "renderer": if args.gpu { "wgpu" } else { "software" },
        "op": args.op.name(),
        "median_us": round(percentile(&sorted, 0.5)),
        "p90_us": round(percentile(&sorted, 0.9)),
        "iterations": sorted.len(),
        "peak_rss_kb": peak_rss_kb(),
        "heap_peak_bytes": m.heap_peak,
        "pixels_repainted": m.pixels_repainted,
        "pixels_blitted": m.pixels_blitted,
        "line_buffer": args.line_buffer,
        "rss_before_kb": m.rss_before_kb,
    })
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("scenes: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    arkui::set_font_source(arkui::renderer::text::FontSource::BundledOnly);
    match measure(&args) {
        Ok(m) => {
            println!("{}", json(&args, &m));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("scenes: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(feature = "wgpu")]
mod gpu {
    //! The list scene drawn by the wgpu backend into an offscreen target. Timed: recording,
    //! encoding and submitting the frame, and waiting for the GPU to finish it.

    use std::rc::Rc;

    use arkui::renderer::Color;
    use arkui::renderer::wgpu::{GpuContext, OFFSCREEN_FORMAT, OffscreenTarget, WgpuRenderer};
    use arkui_benches::list_scene::ListScene;

    use super::Args;

    pub(super) fn scene(args: &Args) -> Result<ListScene, String> {
        let gpu = Rc::new(GpuContext::new().map_err(|e| format!("no GPU adapter: {e}"))?);
        eprintln!("scenes: wgpu adapter {}", gpu.adapter_summary());
        let (w, h) = args.size;
        let target = OffscreenTarget::new(&gpu, w, h);
        let mut renderer = WgpuRenderer::new(&gpu);
        let present = Box::new(move |list: &_, images: &_, (w, h): (u32, u32)| {
            let drawn = arkui::with_fonts(|fonts| {
                renderer.render(
                    &gpu,
                    list,
                    fonts,
                    images,
                    target.view(),
                    OFFSCREEN_FORMAT,
                    (w, h),
                    Some(Color::WHITE),
                )
            });
            match drawn.and_then(|_| gpu.wait_idle()) {
                Ok(()) => u64::from(w) * u64::from(h),
                Err(e) => {
                    eprintln!("scenes: GPU frame failed: {e}");
                    0
                }
            }
        });
        Ok(ListScene::with_presenter(args.rows, args.size, present))
    }
}

#[cfg(not(feature = "wgpu"))]
mod gpu {
    use arkui_benches::list_scene::ListScene;

    use super::Args;

    pub(super) fn scene(_: &Args) -> Result<ListScene, String> {
        Err("this build has no GPU renderer: build with `--features wgpu`".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Result<Args, String> {
        parse_args(s.split_whitespace().map(String::from))
    }

    #[test]
    fn flags_parse_and_bad_ones_say_why() {
        let a =
            args("list --rows 10 --size 320x240 --format rgb565 --line-buffer 16 --op toggle_one")
                .unwrap();
        assert_eq!((a.rows, a.size, a.line_buffer), (10, (320, 240), Some(16)));
        assert_eq!((a.format, a.op), (PixelFormat::Rgb565, Op::ToggleOne));
        assert!(args("list --op nope").unwrap_err().contains("nope"));
        assert!(
            args("list --size 0x10 --op startup")
                .unwrap_err()
                .contains("1..=8192")
        );
        assert!(args("list --rows 10").unwrap_err().contains("--op"));
        assert!(args("grid --op startup").unwrap_err().contains("grid"));
        assert_eq!(
            args("list --iterations 3 --op memory").unwrap().iterations,
            15
        );
    }

    #[test]
    fn every_op_prints_the_fields_the_comparison_reads() {
        for op in [
            "startup",
            "full_frame",
            "update_every_10th",
            "toggle_one",
            "scroll_one_row",
            "memory",
        ] {
            let a = args(&format!(
                "list --rows 50 --size 120x96 --op {op} --warmup 1"
            ))
            .unwrap();
            let m = measure(&a).unwrap();
            let v = json(&a, &m);
            for key in [
                "scene",
                "rows",
                "size",
                "format",
                "renderer",
                "op",
                "median_us",
                "p90_us",
                "iterations",
                "peak_rss_kb",
                "heap_peak_bytes",
                "pixels_repainted",
            ] {
                assert!(v.get(key).is_some(), "{op}: {key} missing in {v}");
            }
            assert!(v["median_us"].as_f64().unwrap() > 0.0, "{op}: {v}");
            assert!(v["p90_us"].as_f64().unwrap() >= v["median_us"].as_f64().unwrap());
            assert!(v["pixels_repainted"].as_u64().unwrap() > 0, "{op}: {v}");
        }
    }
}
