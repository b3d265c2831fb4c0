//! A 100,000-row List scrolls with flat memory: scrolling through 10,000 rows leaves the
//! live heap and the node count where they were. Run with
//! `cargo test --release -p arkui-benches --test virtual_list_memory -- --nocapture`
//! to print the figures recorded in benches/README.md.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::rc::Rc;

use arkui::prelude::*;
use arkui::{DataChangeListener, DataSource, live_counts, macro_support, reset_stats, stats};
use arkui_benches::alloc::{Counting, live_bytes, peak_bytes, reset_peak};

#[global_allocator]
static ALLOC: Counting = Counting;

/// Rows computed on demand: the data costs nothing per row.
struct Rows(usize);

impl DataSource<u32> for Rows {
    fn total_count(&self) -> usize {
        self.0
    }
    fn get_data(&self, index: usize) -> u32 {
        u32::try_from(index).unwrap_or(u32::MAX)
    }
    fn register_data_change_listener(&self, _: Rc<dyn DataChangeListener>) {}
}

const ROWS: usize = 100_000;
const ROW_VP: f32 = 48.0;
const SCROLLED_ROWS: usize = 10_000;

/// A row as a `#[reusable]` component: rows leaving the window are pooled and come back.
#[reusable]
#[component]
struct ReusableRow {
    #[prop]
    n: u32,
}

impl ReusableRow {
    fn build(&self) -> impl View {
        ui! {
            ListItem() {
                Text(format!("Row number {}", self.n.get())).font_size(16.fp())
            }
            .height(ROW_VP.vp())
        }
    }
}

/// What one scroll through 10,000 rows cost.
struct Figures {
    heap_start: usize,
    heap_end: usize,
    peak: usize,
    nodes_start: usize,
    nodes_end: usize,
    nodes_created: u64,
    reused: u64,
    frame_us: f64,
}

fn scroll(reusable: bool) -> Figures {
    let scroller = Scroller::new();
    let mut app = App::with_view(DeviceProfile::phone(), move || {
        let source: Rc<dyn DataSource<u32>> = Rc::new(Rows(ROWS));
        if reusable {
            return ui! {
                List() {
                    LazyForEach(source.clone(), |n: &u32, _| *n, |n: u32| { ReusableRow(n = n) })
                }
                .scroller(scroller)
                .cached_count(2)
                .id("list")
            };
        }
        let list = List::new().scroller(scroller).cached_count(2).id("list");
        macro_support::lazy_for_each(
            list,
            source,
            |n, _| *n,
            |n, row| {
                row.append(
                    ListItem::new()
                        .height(ROW_VP.vp())
                        .child(Text::new(format!("Row number {n}")).font_size(16.fp()))
                        .into_node(),
                );
            },
        );
        list
    });
    let density = app.profile().density;
    let row_px = ROW_VP * density;
    // Warm up: the first screens shape the digits, size the caches, the estimator and the
    // pools.
    for i in 0..200 {
        scroller.scroll_to(0.0, i as f32 * row_px);
        app.frame();
    }
    let (heap_start, nodes_start) = (live_bytes(), live_counts().nodes);
    reset_peak();
    reset_stats();
    let started = std::time::Instant::now();
    let mut frames = 0u32;
    // A third of a row per frame: a steady drag through 10,000 rows.
    let mut y = 200.0 * row_px;
    let end = (200 + SCROLLED_ROWS) as f32 * row_px;
    while y < end {
        y += row_px / 3.0;
        scroller.scroll_to(0.0, y);
        app.frame();
        frames += 1;
    }
    let elapsed = started.elapsed();
    let s = stats();
    assert!(app.find_by_id("list").is_some());
    Figures {
        heap_start,
        heap_end: live_bytes(),
        peak: peak_bytes(),
        nodes_start,
        nodes_end: live_counts().nodes,
        nodes_created: s.nodes_created,
        reused: s.components_reused,
        frame_us: elapsed.as_secs_f64() * 1e6 / f64::from(frames),
    }
}

// One test, so that the two runs do not share the counting allocator at the same time.
#[test]
fn scrolling_10_000_rows_of_a_100_000_row_list_keeps_memory_flat() {
    for reusable in [false, true] {
        let f = scroll(reusable);
        let kind = if reusable {
            "reusable row components"
        } else {
            "rows built inline"
        };
        println!(
            "{kind}: {ROWS} rows, scrolled {SCROLLED_ROWS} rows ({:.1} µs/frame, layout + display list)",
            f.frame_us
        );
        println!(
            "  live heap: {} B at the start, {} B at the end (peak {} B); nodes: {} -> {}, {} built, {} components reused",
            f.heap_start, f.heap_end, f.peak, f.nodes_start, f.nodes_end, f.nodes_created, f.reused
        );
        assert!(
            f.heap_end <= f.heap_start + 64 * 1024,
            "{kind}: heap grew from {} to {} bytes",
            f.heap_start,
            f.heap_end
        );
        assert!(
            f.nodes_end <= f.nodes_start + 3,
            "{kind}: nodes {} -> {}",
            f.nodes_start,
            f.nodes_end
        );
        if reusable {
            // Every row entering the window took a pooled component: nothing was built.
            assert_eq!(f.nodes_created, 0, "{kind}");
            assert!(
                f.reused >= SCROLLED_ROWS as u64,
                "{kind}: {} reused",
                f.reused
            );
        }
    }
}
