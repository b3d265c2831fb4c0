//! The nine js-framework-benchmark operations on a keyed list mounted headless, each timed
//! from the state change to a laid-out display list.

use arkui_benches::jsbench::{BenchRow, JsBench, RowKind};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

fn ops(c: &mut Criterion) {
    for (group, kind) in [
        ("jsbench", RowKind::Inline),
        ("jsbench_v1_components", RowKind::V1),
        ("jsbench_v2_components", RowKind::V2),
    ] {
        ops_of(c, group, move || JsBench::with_rows(kind));
    }
    ops_of(c, "jsbench_v2_observed_v2", JsBench::v2_traced);
}

/// The nine operations on the table `new` mounts.
fn ops_of<M: BenchRow>(c: &mut Criterion, group: &str, new: impl Fn() -> JsBench<M> + Copy) {
    let with_rows = move |n: usize| {
        let mut b = new();
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
