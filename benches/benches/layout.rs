//! Layout of three tree shapes, each timed as the first full layout of a freshly mounted
//! tree and as the relayout after one leaf changed (what taffy's caches save):
//! - deep: 200 nested Columns around one Text;
//! - wide: 2,000 boxes of seeded widths in a wrapping Flex row;
//! - text-heavy: 300 Text labels of seeded length (1 to 24 words) in a Column.
//!
//! Only layout is timed, not the display list: `App::inspector_by_id` lays the tree out and
//! then describes one node, and the node asked for is an empty probe placed first in the
//! page, so finding and describing it costs a few nodes' work whatever the tree's size.
//!
//! `cargo bench -p arkui-benches --bench layout` (figures in benches/README.md, "Layout").

use std::hint::black_box;
use std::time::Duration;

use arkui::prelude::*;
use arkui::{App, NodeId};
use arkui_benches::SEED;
use arkui_benches::rng::Rng;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

const DEPTH: usize = 200;
const SIBLINGS: usize = 2_000;
const LABELS: usize = 300;

const WORDS: &[&str] = &[
    "layout",
    "column",
    "row",
    "flex",
    "text",
    "wrap",
    "shape",
    "glyph",
    "frame",
    "paint",
    "state",
    "signal",
    "scroll",
    "list",
    "item",
    "button",
    "toggle",
    "slider",
    "a",
    "of",
    "the",
    "and",
    "settings",
    "brightness",
    "notification",
    "accessibility",
    "keyboard",
];

/// A mounted tree and the leaf the incremental bench changes.
struct Mounted {
    app: App,
    change: Box<dyn FnMut(bool)>,
}

/// Mounts one tree shape.
type MountFn = fn() -> Mounted;

/// An empty node the layout probe finds first (see the module docs).
fn probe() -> NodeId {
    Blank::new().id("probe").into_node()
}

/// Lay the tree out (and only that: the probe is one empty node).
fn layout(app: &mut App) {
    black_box(app.inspector_by_id("probe"));
}

fn page(tree: NodeId) -> NodeId {
    Column::new()
        .width(pct(100.0))
        .child(probe())
        .child(tree)
        .into_node()
}

fn deep() -> Mounted {
    let mut leaf = None;
    let app = App::with_view(DeviceProfile::desktop(1280, 800), || {
        let text = Text::new("the innermost leaf");
        leaf = Some(text);
        let mut node = text.into_node();
        for _ in 0..DEPTH {
            node = Column::new().padding(1.vp()).child(node).into_node();
        }
        page(node)
    });
    let leaf = leaf.expect("the build closure ran");
    Mounted {
        app,
        change: Box::new(move |on| {
            leaf.content(if on {
                "the innermost leaf, longer now"
            } else {
                "the innermost leaf"
            });
        }),
    }
}

fn wide() -> Mounted {
    let mut rng = Rng::new(SEED);
    let mut leaf = None;
    let app = App::with_view(DeviceProfile::desktop(1280, 800), || {
        let mut flex = Flex::new()
            .wrap(FlexWrap::Wrap)
            .space(4.vp())
            .row_space(4.vp())
            .width(pct(100.0));
        for i in 0..SIBLINGS {
            let item = Column::new()
                .width((20 + rng.below(61) as u32).vp())
                .height(24.vp())
                .background_color(Color::from_rgb(0x007DFF));
            if i == SIBLINGS / 2 {
                leaf = Some(item);
            }
            flex = flex.child(item);
        }
        page(flex.into_node())
    });
    let leaf = leaf.expect("the build closure ran");
    Mounted {
        app,
        // Wider by more than the gap, so the wrap points after this item move.
        change: Box::new(move |on| {
            leaf.width(if on { 140.vp() } else { 40.vp() });
        }),
    }
}

fn sentence(rng: &mut Rng) -> String {
    let n = 1 + rng.below(24);
    (0..n)
        .map(|_| WORDS[rng.below(WORDS.len())])
        .collect::<Vec<_>>()
        .join(" ")
}

fn text_heavy() -> Mounted {
    let mut rng = Rng::new(SEED);
    let labels: Vec<String> = (0..LABELS).map(|_| sentence(&mut rng)).collect();
    let changed = format!("{} and one more clause", labels[LABELS / 2]);
    let original = labels[LABELS / 2].clone();
    let mut leaf = None;
    let app = App::with_view(DeviceProfile::desktop(800, 600), || {
        let mut column = Column::new().space(2.vp()).width(pct(100.0));
        for (i, label) in labels.into_iter().enumerate() {
            let text = Text::new(label).font_size(14.fp());
            if i == LABELS / 2 {
                leaf = Some(text);
            }
            column = column.child(text);
        }
        page(column.into_node())
    });
    let leaf = leaf.expect("the build closure ran");
    Mounted {
        app,
        change: Box::new(move |on| {
            leaf.content(if on {
                changed.clone()
            } else {
                original.clone()
            });
        }),
    }
}

fn trees(c: &mut Criterion) {
    arkui::set_font_source(arkui::renderer::text::FontSource::BundledOnly);
    let mut group = c.benchmark_group("layout");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    let shapes: [(&str, MountFn); 3] = [
        ("deep_200", deep),
        ("wide_2000", wide),
        ("text_300", text_heavy),
    ];
    for (name, mount) in shapes {
        group.bench_function(format!("{name}/first"), |b| {
            b.iter_batched(
                mount,
                |mut m| {
                    layout(&mut m.app);
                    m
                },
                BatchSize::PerIteration,
            )
        });
        let mut m = mount();
        layout(&mut m.app);
        let mut on = false;
        group.bench_function(format!("{name}/one_leaf_changed"), |b| {
            b.iter(|| {
                on = !on;
                (m.change)(on);
                layout(&mut m.app);
            })
        });
    }
    group.finish();
}

criterion_group!(benches, trees);
criterion_main!(benches);
