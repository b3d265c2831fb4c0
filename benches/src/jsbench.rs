//! The js-framework-benchmark app, mounted headless: a keyed list of rows with an id, a label
//! and a selected flag, and the benchmark's nine operations on it.

use arkui::prelude::*;
use arkui::{App, Observe, ObservedVec, batch};

use crate::rng::Rng;

/// One row of the benchmark table.
#[derive(Observed, Clone, Debug, PartialEq)]
pub struct RowData {
    /// Unique, increasing id (the key).
    pub id: u64,
    /// "adjective colour noun", as the original benchmark.
    pub label: String,
    /// Highlighted row.
    pub selected: bool,
}

/// The same row as ArkUI V2 data (`@ObservedV2` with `@Trace` on what changes): the id is
/// untraced, the label and the selection are traced.
#[derive(ObservedV2, Clone, Debug, PartialEq)]
pub struct RowDataV2 {
    /// Unique, increasing id (the key); never changes, so not traced.
    pub id: u64,
    /// "adjective colour noun".
    #[trace]
    pub label: String,
    /// Highlighted row.
    #[trace]
    pub selected: bool,
}

/// A row model the benchmark's operations work on: V1 `Observed` or V2 `ObservedV2` data.
pub trait BenchRow: Observe + Clone {
    /// A new row.
    fn make(id: u64, label: String) -> Self;
    /// The row's key.
    fn key(h: &Self::Handle) -> u64;
    /// Append `s` to the row's label.
    fn append_to_label(h: &Self::Handle, s: &str);
    /// Highlight the row or not.
    fn set_selected(h: &Self::Handle, on: bool);
}

impl BenchRow for RowData {
    fn make(id: u64, label: String) -> Self {
        RowData {
            id,
            label,
            selected: false,
        }
    }
    fn key(h: &RowDataObserved) -> u64 {
        h.id.get_untracked()
    }
    fn append_to_label(h: &RowDataObserved, s: &str) {
        h.label.update(|l| l.push_str(s));
    }
    fn set_selected(h: &RowDataObserved, on: bool) {
        h.selected.set(on);
    }
}

impl BenchRow for RowDataV2 {
    fn make(id: u64, label: String) -> Self {
        RowDataV2 {
            id,
            label,
            selected: false,
        }
    }
    fn key(h: &RowDataV2Traced) -> u64 {
        arkui::untrack(|| h.id.get())
    }
    fn append_to_label(h: &RowDataV2Traced, s: &str) {
        h.label.update(|l| l.push_str(s));
    }
    fn set_selected(h: &RowDataV2Traced, on: bool) {
        h.selected.set(on);
    }
}

const ADJECTIVES: &[&str] = &[
    "pretty",
    "large",
    "big",
    "small",
    "tall",
    "short",
    "long",
    "handsome",
    "plain",
    "quaint",
    "clean",
    "elegant",
    "easy",
    "angry",
    "crazy",
    "helpful",
    "mushy",
    "odd",
    "unsightly",
    "adorable",
    "important",
    "inexpensive",
    "cheap",
    "expensive",
    "fancy",
];
const COLOURS: &[&str] = &[
    "red", "yellow", "blue", "green", "pink", "brown", "purple", "brown", "white", "black",
    "orange",
];
const NOUNS: &[&str] = &[
    "table", "chair", "house", "bbq", "desk", "car", "pony", "cookie", "sandwich", "burger",
    "pizza", "mouse", "keyboard",
];

/// The mounted benchmark: the app and its model (V1 `Observed` rows unless said otherwise).
pub struct JsBench<M: BenchRow = RowData> {
    /// The headless app (800x600 desktop profile).
    pub app: App,
    /// The rows.
    pub rows: ObservedVec<M>,
    next_id: u64,
    rng: Rng,
    selected: Option<usize>,
}

/// How the table's rows are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// Inline in the table's `ui!` (no component per row).
    Inline,
    /// A V1 `#[component]` per row, the row handle passed as a `#[prop]`.
    V1,
    /// A V2 `#[component_v2]` per row, the row handle passed as a `#[param]`.
    V2,
}

/// A row as a V1 component (ArkUI's `@Component` with the row passed down).
#[component]
pub struct RowV1 {
    #[prop(None)]
    row: Option<RowDataObserved>,
}

impl RowV1 {
    fn build(&self) -> impl View {
        let row = self.row;
        ui! {
            Row(space = 8.vp()) {
                Text(row.get().map_or(String::new(), |r| r.id.get_untracked().to_string())).width(60.vp())
                Text(row.get().map_or(String::new(), |r| r.label.get()))
            }
            .width(pct(100.0))
            // No closure here: `ui!` sets an attribute whose arguments hold one once, as a handler.
            .background_color(if matches!(row.get(), Some(r) if r.selected.get()) { Color::from_rgb(0xF2DEDE) } else { Color::TRANSPARENT })
        }
    }
}

/// The same row as a V2 component (ArkUI's `@ComponentV2` with an `@Param`).
#[component_v2]
pub struct RowV2 {
    #[param(None)]
    row: Option<RowDataObserved>,
}

impl RowV2 {
    fn build(&self) -> impl View {
        let row = self.row;
        ui! {
            Row(space = 8.vp()) {
                Text(row.get().map_or(String::new(), |r| r.id.get_untracked().to_string())).width(60.vp())
                Text(row.get().map_or(String::new(), |r| r.label.get()))
            }
            .width(pct(100.0))
            // No closure here: `ui!` sets an attribute whose arguments hold one once, as a handler.
            .background_color(if matches!(row.get(), Some(r) if r.selected.get()) { Color::from_rgb(0xF2DEDE) } else { Color::TRANSPARENT })
        }
    }
}

/// The same row as a V2 component over V2 data: the traced handle passed as a `#[param]`.
#[component_v2]
pub struct RowV2Traced {
    #[param(None)]
    row: Option<RowDataV2Traced>,
}

impl RowV2Traced {
    fn build(&self) -> impl View {
        let row = self.row;
        ui! {
            Row(space = 8.vp()) {
                Text(row.get().map_or(String::new(), |r| arkui::untrack(|| r.id.get()).to_string())).width(60.vp())
                Text(row.get().map_or(String::new(), |r| r.label.get()))
            }
            .width(pct(100.0))
            // No closure here: `ui!` sets an attribute whose arguments hold one once, as a handler.
            .background_color(if matches!(row.get(), Some(r) if r.selected.get()) { Color::from_rgb(0xF2DEDE) } else { Color::TRANSPARENT })
        }
    }
}

impl JsBench<RowDataV2> {
    /// An empty table of V2 components over `#[derive(ObservedV2)]` rows, first frame rendered.
    pub fn v2_traced() -> JsBench<RowDataV2> {
        arkui::set_font_source(arkui::renderer::text::FontSource::BundledOnly);
        let rows = arkui::Scope::detached(|| ObservedVec::new(Vec::new()));
        let app = App::with_view(DeviceProfile::desktop(800, 600), move || {
            ui! {
                Column() {
                    ForEach(rows.handles(), RowDataV2::key, |r: RowDataV2Traced| {
                        RowV2Traced(row = Some(r))
                    })
                }
                .width(pct(100.0))
            }
        });
        JsBench::mounted(app, rows)
    }
}

impl JsBench {
    /// An empty table with inline rows, first frame rendered.
    pub fn new() -> JsBench {
        JsBench::with_rows(RowKind::Inline)
    }

    /// An empty table whose rows are written as `kind`, first frame rendered.
    pub fn with_rows(kind: RowKind) -> JsBench {
        arkui::set_font_source(arkui::renderer::text::FontSource::BundledOnly);
        let rows = arkui::Scope::detached(|| ObservedVec::new(Vec::new()));
        let app = App::with_view(DeviceProfile::desktop(800, 600), move || {
            // Each arm is the same `Column`: the table, rows written three ways.
            match kind {
                RowKind::Inline => ui! {
                    Column() {
                        ForEach(rows.handles(), |r| r.id.get_untracked(), |r: RowDataObserved| {
                            Row(space = 8.vp()) {
                                Text(r.id.get_untracked().to_string()).width(60.vp())
                                Text(r.label.get())
                            }
                            .width(pct(100.0))
                            .background_color(if r.selected.get() { Color::from_rgb(0xF2DEDE) } else { Color::TRANSPARENT })
                        })
                    }
                    .width(pct(100.0))
                },
                RowKind::V1 => ui! {
                    Column() {
                        ForEach(rows.handles(), |r| r.id.get_untracked(), |r: RowDataObserved| {
                            RowV1(row = Some(r))
                        })
                    }
                    .width(pct(100.0))
                },
                RowKind::V2 => ui! {
                    Column() {
                        ForEach(rows.handles(), |r| r.id.get_untracked(), |r: RowDataObserved| {
                            RowV2(row = Some(r))
                        })
                    }
                    .width(pct(100.0))
                },
            }
        });
        JsBench::mounted(app, rows)
    }
}

impl<M: BenchRow> JsBench<M> {
    fn mounted(app: App, rows: ObservedVec<M>) -> JsBench<M> {
        let mut b = JsBench {
            app,
            rows,
            next_id: 1,
            rng: Rng::new(crate::SEED),
            selected: None,
        };
        b.frame();
        b
    }

    fn build_rows(&mut self, n: usize) -> Vec<M> {
        (0..n)
            .map(|_| {
                let id = self.next_id;
                self.next_id += 1;
                let label = format!(
                    "{} {} {}",
                    ADJECTIVES[self.rng.below(ADJECTIVES.len())],
                    COLOURS[self.rng.below(COLOURS.len())],
                    NOUNS[self.rng.below(NOUNS.len())]
                );
                M::make(id, label)
            })
            .collect()
    }

    /// Layout and display list for the change (what a frame costs before rasterizing).
    pub fn frame(&mut self) {
        self.app.frame();
    }

    /// Replace the table with `n` new rows ("create 1,000", "replace all", "create 10,000").
    pub fn create(&mut self, n: usize) {
        let rows = self.build_rows(n);
        self.selected = None;
        self.rows.replace_all(rows);
        self.frame();
    }

    /// Append `n` rows.
    pub fn append(&mut self, n: usize) {
        let rows = self.build_rows(n);
        batch(|| {
            for r in rows {
                self.rows.push(r);
            }
        });
        self.frame();
    }

    /// Add " !!!" to every 10th label.
    pub fn update_every_10th(&mut self) {
        let handles = arkui::untrack(|| self.rows.handles());
        batch(|| {
            for h in handles.iter().step_by(10) {
                M::append_to_label(h, " !!!");
            }
        });
        self.frame();
    }

    /// Highlight row `index` (un-highlighting the previous one).
    pub fn select(&mut self, index: usize) {
        let handles = arkui::untrack(|| self.rows.handles());
        batch(|| {
            if let Some(prev) = self.selected.and_then(|p| handles.get(p)) {
                M::set_selected(prev, false);
            }
            if let Some(h) = handles.get(index) {
                M::set_selected(h, true);
            }
        });
        self.selected = Some(index);
        self.frame();
    }

    /// Swap rows 2 and 999 (indices 1 and 998).
    pub fn swap_rows(&mut self) {
        self.rows.swap(1, 998);
        self.frame();
    }

    /// Remove row `index`.
    pub fn remove(&mut self, index: usize) {
        self.rows.remove(index);
        self.selected = None;
        self.frame();
    }

    /// Remove every row.
    pub fn clear(&mut self) {
        self.rows.clear();
        self.selected = None;
        self.frame();
    }
}

impl Default for JsBench {
    fn default() -> Self {
        JsBench::new()
    }
}
