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
use arkui::{DataChangeListener, DataSource, live_counts, macro_support};
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

#[test]
fn scrolling_10_000_rows_of_a_100_000_row_list_keeps_memory_flat() {
    let scroller = Scroller::new();
    let mut app = App::with_view(DeviceProfile::phone(), move || {
        let list = List::new().scroller(scroller).cached_count(2).id("list");
        let source: Rc<dyn DataSource<u32>> = Rc::new(Rows(ROWS));
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
    // Warm up: the first screens shape the digits, size the caches and the estimator.
    for i in 0..200 {
        scroller.scroll_to(0.0, i as f32 * row_px);
        app.frame();
    }
    let (heap_start, nodes_start) = (live_bytes(), live_counts().nodes);
    reset_peak();
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
    let (heap_end, nodes_end) = (live_bytes(), live_counts().nodes);
    let peak = peak_bytes();
    println!(
        "virtualised list: {ROWS} rows, scrolled {SCROLLED_ROWS} rows in {frames} frames ({:.1} µs/frame, layout + display list)",
        elapsed.as_secs_f64() * 1e6 / f64::from(frames)
    );
    println!(
        "live heap: {heap_start} B at the start, {heap_end} B at the end (peak {peak} B); nodes: {nodes_start} -> {nodes_end}"
    );
    assert!(
        heap_end <= heap_start + 64 * 1024,
        "heap grew from {heap_start} to {heap_end} bytes"
    );
    assert!(
        nodes_end <= nodes_start + 3,
        "nodes {nodes_start} -> {nodes_end}"
    );
    assert!(app.find_by_id("list").is_some());
}
