//! The nine js-framework-benchmark operations on a keyed list mounted headless, each timed
//! from the state change to a laid-out display list.

use arkui_benches::jsbench::{JsBench, RowKind};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

fn ops(c: &mut Criterion) {
    for (group, kind) in [
        ("jsbench", RowKind::Inline),
        ("jsbench_v1_components", RowKind::V1),
        ("jsbench_v2_components", RowKind::V2),
    ] {
        ops_of(c, group, kind);
    }
}

/// The nine operations on a table whose rows are written as `kind`.
fn ops_of(c: &mut Criterion, group: &str, kind: RowKind) {
    let new = move || JsBench::with_rows(kind);
    let with_rows = move |n: usize| {
        let mut b = JsBench::with_rows(kind);
        b.create(n);
        b
    };
    let mut g = c.benchmark_group(group);
    g.sample_size(15);
    g.bench_function("create_1k", |bch| {
        bch.iter_batched(
            new,
            |mut b| {
                b.create(1_000);
                b
            },
            BatchSize::PerIteration,
        )
    });
    g.bench_function("replace_all_1k", |bch| {
        bch.iter_batched(
            || with_rows(1_000),
            |mut b| {
                b.create(1_000);
                b
            },
            BatchSize::PerIteration,
        )
    });
    g.bench_function("update_every_10th_1k", |bch| {
        bch.iter_batched(
            || with_rows(1_000),
            |mut b| {
                b.update_every_10th();
                b
            },
            BatchSize::PerIteration,
        )
    });
    g.bench_function("select_row_1k", |bch| {
        bch.iter_batched(
            || with_rows(1_000),
            |mut b| {
                b.select(500);
                b
            },
            BatchSize::PerIteration,
        )
    });
    g.bench_function("swap_rows_1k", |bch| {
        bch.iter_batched(
            || with_rows(1_000),
            |mut b| {
                b.swap_rows();
                b
            },
            BatchSize::PerIteration,
        )
    });
    g.bench_function("remove_row_1k", |bch| {
        bch.iter_batched(
            || with_rows(1_000),
            |mut b| {
                b.remove(500);
                b
            },
            BatchSize::PerIteration,
        )
    });
    g.bench_function("create_10k", |bch| {
        bch.iter_batched(
            new,
            |mut b| {
                b.create(10_000);
                b
            },
            BatchSize::PerIteration,
        )
    });
    g.bench_function("append_1k_to_10k", |bch| {
        bch.iter_batched(
            || with_rows(10_000),
            |mut b| {
                b.append(1_000);
                b
            },
            BatchSize::PerIteration,
        )
    });
    g.bench_function("clear_10k", |bch| {
        bch.iter_batched(
            || with_rows(10_000),
            |mut b| {
                b.clear();
                b
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(benches, ops);
criterion_main!(benches);
