//! Shaping and measuring through the renderer's text API (`FontContext::shape`): one label
//! ("Hello, arkui!" at 16 px) and a paragraph of about 2,000 characters of seeded words
//! wrapped at 512 px, each
//! - cached: the same text again on a warm context;
//! - uncached: the first text a fresh `FontContext` shapes (faces parsed, fallback lists and
//!   shaping plans built; creating the context itself is not timed);
//! - varying (paragraph only): a warm context, a different string every iteration.
//!
//! `FontContext` keeps no shaped-result cache of its own (arkui-core caches the shaped text of
//! each Text node; the layout bench's relayouts hit that), so "cached" measures what a warm
//! cosmic-text saves: face loads, font fallback and shaping plans.
//!
//! `cargo bench -p arkui-benches --bench text` (figures in benches/README.md, "Text").

use std::hint::black_box;
use std::time::Duration;

use arkui_benches::SEED;
use arkui_benches::rng::Rng;
use arkui_renderer::text::{FontContext, FontSource, TextLayout, TextStyle};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

const LABEL: &str = "Hello, arkui!";
const WRAP_PX: f32 = 512.0;
const PARAGRAPH_CHARS: usize = 2_000;

const WORDS: &[&str] = &[
    "the",
    "quick",
    "brown",
    "fox",
    "jumps",
    "over",
    "lazy",
    "dog",
    "declarative",
    "framework",
    "renders",
    "text",
    "on",
    "every",
    "device",
    "from",
    "watches",
    "to",
    "televisions",
    "and",
    "small",
    "panels",
    "with",
    "one",
    "source",
    "shaping",
    "glyphs",
    "line",
    "breaks",
    "width",
];

/// Seeded words until the text is at least `PARAGRAPH_CHARS` long.
fn paragraph() -> String {
    let mut rng = Rng::new(SEED);
    let mut text = String::with_capacity(PARAGRAPH_CHARS + 16);
    while text.len() < PARAGRAPH_CHARS {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(WORDS[rng.below(WORDS.len())]);
    }
    text
}

/// What a caller of the measure function reads.
fn measured(layout: &TextLayout) -> (f32, f32, usize) {
    black_box((layout.width, layout.height, layout.line_count))
}

fn text(c: &mut Criterion) {
    let style = TextStyle::new(16.0);
    let para = paragraph();
    let mut fonts = FontContext::new(FontSource::BundledOnly);
    let label = fonts.shape(LABEL, &style, None);
    let wrapped = fonts.shape(&para, &style, Some(WRAP_PX));
    assert_eq!(label.line_count, 1, "the label fits one line");
    assert!(
        wrapped.line_count > 20 && wrapped.width <= WRAP_PX,
        "the paragraph wraps at {WRAP_PX} px: {} lines, {} px",
        wrapped.line_count,
        wrapped.width
    );

    let mut group = c.benchmark_group("text");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    group.bench_function("label_16px/cached", |b| {
        b.iter(|| measured(&fonts.shape(LABEL, &style, None)))
    });
    group.bench_function("label_16px/uncached", |b| {
        b.iter_batched(
            || FontContext::new(FontSource::BundledOnly),
            |mut cold| {
                measured(&cold.shape(LABEL, &style, None));
                cold
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("paragraph_2000_wrap512/cached", |b| {
        b.iter(|| measured(&fonts.shape(&para, &style, Some(WRAP_PX))))
    });
    let mut n = 0u64;
    group.bench_function("paragraph_2000_wrap512/varying", |b| {
        b.iter_batched(
            || {
                n += 1;
                format!("{n} {para}")
            },
            |text| measured(&fonts.shape(&text, &style, Some(WRAP_PX))),
            BatchSize::SmallInput,
        )
    });
    group.bench_function("paragraph_2000_wrap512/uncached", |b| {
        b.iter_batched(
            || FontContext::new(FontSource::BundledOnly),
            |mut cold| {
                measured(&cold.shape(&para, &style, Some(WRAP_PX)));
                cold
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, text);
criterion_main!(benches);
