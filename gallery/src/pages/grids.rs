//! Grids: a fixed keypad whose keys span rows and columns, a GridRow whose columns and
//! spans change at each breakpoint (it says which one it is at), and a scrolling grid with
//! full-width headers placed before they are built.

use arkui::prelude::*;

const SWATCHES: [u32; 6] = [0x007DFF, 0x2BC26E, 0xF7CE00, 0xE84026, 0x8A5CF5, 0x00B3C3];

/// A key of the keypad: `(label, row_start, row_end, column_start, column_end)`.
type Key = (&'static str, i32, i32, i32, i32);

/// A calculator's keys on a 5x4 grid: "0" spans two columns, "=" two rows.
const KEYS: [Key; 17] = [
    ("C", 0, 0, 0, 0),
    ("÷", 0, 0, 1, 1),
    ("×", 0, 0, 2, 2),
    ("−", 0, 0, 3, 3),
    ("7", 1, 1, 0, 0),
    ("8", 1, 1, 1, 1),
    ("9", 1, 1, 2, 2),
    ("+", 1, 1, 3, 3),
    ("4", 2, 2, 0, 0),
    ("5", 2, 2, 1, 1),
    ("6", 2, 2, 2, 2),
    ("1", 3, 3, 0, 0),
    ("2", 3, 3, 1, 1),
    ("3", 3, 3, 2, 2),
    ("=", 2, 4, 3, 3),
    ("0", 4, 4, 0, 1),
    (".", 4, 4, 2, 2),
];

/// The grids page.
#[component]
pub struct GridsPage {
    /// The GridRow's breakpoint, as it reports it.
    #[state("?".to_string())]
    breakpoint: String,
}

/// `text` in the middle of its cell.
fn centred(text: Text) -> Column {
    Column::new()
        .width(pct(100.0))
        .height(pct(100.0))
        .justify_content(FlexAlign::Center)
        .child(text)
}

fn keypad() -> Grid {
    let grid = Grid::new()
        .rows_template("1fr 1fr 1fr 1fr 1fr")
        .columns_template("1fr 1fr 1fr 1fr")
        .rows_gap(6.vp())
        .columns_gap(6.vp())
        .width(pct(100.0))
        .height(220.vp())
        .id("keypad");
    for (label, rs, re, cs, ce) in KEYS {
        let accent = matches!(label, "=" | "+" | "−" | "×" | "÷");
        grid.child(
            GridItem::new()
                .row_start(rs)
                .row_end(re)
                .column_start(cs)
                .column_end(ce)
                .background_color(if accent {
                    theme().brand
                } else {
                    theme().comp_background_primary
                })
                .border_radius(10.vp())
                .id(format!("key-{label}"))
                .child(centred(Text::new(label).font_size(18.fp()).font_color(
                    if accent {
                        theme().font_on_primary
                    } else {
                        theme().font_primary
                    },
                ))),
        );
    }
    grid
}

fn responsive(breakpoint: State<String>) -> GridRow {
    let row = GridRow::new()
        .columns(ByBreakpoint::new(4).md(8).lg(12))
        .gutter(8.vp(), 8.vp())
        .on_breakpoint_change(move |bp| breakpoint.set(bp.name().to_string()))
        .id("responsive-row");
    for i in 0..6usize {
        // Full width on sm, half on md, a third on lg.
        row.child(
            GridCol::new()
                .span(ByBreakpoint::new(4).md(4).lg(4))
                .child(
                    Text::new(format!("Cell {}", i + 1))
                        .font_color(Color::WHITE)
                        .padding(8.vp())
                        .width(pct(100.0))
                        .background_color(Color::from_rgb(SWATCHES[i % SWATCHES.len()]))
                        .border_radius(8.vp()),
                )
                .id(format!("cell-{i}")),
        );
    }
    row
}

fn sections() -> Grid {
    // Every seventh item is a section header across the grid; the layout knows before the
    // items exist (as with a LazyForEach).
    let grid = Grid::new()
        .columns_template("1fr 1fr 1fr")
        .layout_options(GridLayoutOptions::new().irregular_indexes((0..40).step_by(7)))
        .rows_gap(4.vp())
        .columns_gap(4.vp())
        .width(pct(100.0))
        .height(180.vp())
        .id("sections");
    for i in 0..40usize {
        let header = i % 7 == 0;
        let item = GridItem::new()
            .height(if header { 24.vp() } else { 40.vp() })
            .background_color(if header {
                theme().background_secondary
            } else {
                Color::from_rgb(SWATCHES[i % SWATCHES.len()])
            })
            .border_radius(6.vp())
            .child(centred(
                Text::new(if header {
                    format!("Section {}", i / 7 + 1)
                } else {
                    format!("{i}")
                })
                .font_size(12.fp())
                .font_color(if header {
                    theme().font_secondary
                } else {
                    Color::WHITE
                }),
            ));
        grid.child(item);
    }
    grid
}

impl GridsPage {
    fn build(&self) -> impl View {
        let keys = keypad();
        let row = responsive(self.breakpoint);
        let flow = sections();
        ui! {
            Scroll {
                Column(space = 12.vp()) {
                    Text("Fixed grid: rowsTemplate × columnsTemplate, keys spanning cells")
                        .font_size(12.fp())
                        .font_color(theme().font_secondary)
                    keys
                    Text(format!("GridRow at breakpoint {}: 4, 8 or 12 columns", self.breakpoint.get()))
                        .font_size(12.fp())
                        .font_color(theme().font_secondary)
                        .id("breakpoint-label")
                    row
                    Text("Scrolling grid with section headers (GridLayoutOptions)")
                        .font_size(12.fp())
                        .font_color(theme().font_secondary)
                    flow
                }
                .width(pct(100.0))
                .padding(8.vp())
                .align_items(HorizontalAlign::Start)
            }
            .width(pct(100.0))
            .height(pct(100.0))
            .background_color(theme().background_secondary)
        }
    }
}
