//! 100,000 rows: a `LazyForEach` over a data source that stores nothing per row. Only the
//! rows on screen (plus two cached on each side) exist; scrolling reuses the rows leaving
//! the window (a `#[reusable]` row component) for the rows entering it.

use std::rc::Rc;

use arkui::prelude::*;
use arkui::{DataChangeListener, DataSource};

/// Rows 0..count, computed on demand: the data is as flat as the list.
pub struct NumberedRows {
    count: usize,
}

impl NumberedRows {
    /// `count` rows.
    pub fn new(count: usize) -> Rc<NumberedRows> {
        Rc::new(NumberedRows { count })
    }
}

impl DataSource<u32> for NumberedRows {
    fn total_count(&self) -> usize {
        self.count
    }
    fn get_data(&self, index: usize) -> u32 {
        u32::try_from(index).unwrap_or(u32::MAX)
    }
    fn register_data_change_listener(&self, _: Rc<dyn DataChangeListener>) {
        // The rows never change.
    }
}

/// How many rows the page lists.
pub const ROWS: usize = 100_000;

/// One row, reused: a row scrolled out of the window goes into the list's pool and comes
/// back as a row scrolling in, with its new number (ArkUI's `@Reusable`).
#[reusable]
#[component]
pub struct NumberRow {
    #[prop]
    n: u32,
}

impl NumberRow {
    fn build(&self) -> impl View {
        ui! {
            ListItem() {
                Row(space = 8.vp()) {
                    Text(format!("{}", self.n.get()))
                        .font_size(14.fp())
                        .font_color(theme().brand)
                        .width(64.vp())
                    Text(format!("Row number {}", self.n.get())).font_size(14.fp())
                }
                .padding(Edges::symmetric(12.vp(), 0.vp()))
                .height(pct(100.0))
            }
            .height(if self.n.get().is_multiple_of(5) { 56.vp() } else { 44.vp() })
            .background_color(theme().comp_background_primary)
        }
    }
}

/// The 100,000-row page.
#[component]
pub struct BigListPage {
    #[state(0usize)]
    first: usize,
    #[state(0usize)]
    last: usize,
    /// Rows taken from the pool instead of built, since the app started.
    #[state(0u64)]
    reused: u64,
}

impl BigListPage {
    fn build(&self) -> impl View {
        let source: Rc<dyn DataSource<u32>> = NumberedRows::new(ROWS);
        ui! {
            Column(space = 8.vp()) {
                Text(format!("Rows {}–{} of 100,000", self.first.get(), self.last.get()))
                    .font_size(16.fp())
                    .font_weight(FontWeight::Medium)
                    .id("big-list-range")
                Text(format!("{} rows reused from the pool", self.reused.get()))
                    .font_size(12.fp())
                    .font_color(theme().font_secondary)
                    .id("big-list-reused")
                List() {
                    LazyForEach(source.clone(), |n: &u32, _| *n, |n: u32| { NumberRow(n = n) })
                }
                .divider(ListDivider { color: theme().comp_divider, start_margin: 12.vp(), end_margin: 12.vp(), ..ListDivider::default() })
                .cached_count(2)
                .scroll_bar(BarState::On)
                .on_scroll_index(move |a, b| {
                    self.first.set(a);
                    self.last.set(b);
                    self.reused.set(arkui::stats().components_reused);
                })
                .layout_weight(1.0)
                .id("big-list")
            }
            .width(pct(100.0))
            .height(pct(100.0))
            .padding(8.vp())
            .background_color(theme().background_secondary)
        }
    }
}
