//! Grid and WaterFlow through the headless harness.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::{FlowItem, Grid, GridItem, Scroller, WaterFlow};
use common::assert_near;
use std::cell::RefCell;
use std::rc::Rc;

#[test]
fn columns_follow_the_template_and_gaps() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        let grid = Grid::new()
            .columns_template("1fr 1fr 2fr")
            .columns_gap(10.0)
            .rows_gap(4.0)
            .width(300.0)
            .height(200.0)
            .id("grid");
        for i in 0..7 {
            grid.child(
                GridItem::new()
                    .height(if i == 1 { 40.0 } else { 30.0 })
                    .background_color(Color::BLUE)
                    .id(format!("g{i}")),
            );
        }
        grid
    });
    let g = t.rect("grid").unwrap();
    let (g0, g1, g2, g3, g6) = (
        t.rect("g0").unwrap(),
        t.rect("g1").unwrap(),
        t.rect("g2").unwrap(),
        t.rect("g3").unwrap(),
        t.rect("g6").unwrap(),
    );
    // (300 - 2 * 10) split 1:1:2.
    assert_eq!((g0.x, g0.width), (g.x, 70.0));
    assert_eq!((g1.x, g1.width), (g.x + 80.0, 70.0));
    assert_eq!((g2.x, g2.width), (g.x + 160.0, 140.0));
    // The first row is as tall as its tallest item (40), then the rows gap.
    assert_eq!(g3.y, g.y + 44.0);
    assert_eq!(g6.y, g.y + 44.0 + 34.0);
    let px = t.render().pixel((g2.x + 70.0) as u32, (g2.y + 10.0) as u32);
    assert_near(px, Color::BLUE, "a cell is drawn");
}

#[test]
fn a_grid_scrolls_vertically() {
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let grid = Grid::new()
            .columns_template("1fr 1fr")
            .width(200.0)
            .height(100.0)
            .scroller(scroller)
            .id("grid");
        for i in 0..40 {
            grid.child(GridItem::new().height(50.0).id(format!("g{i}")));
        }
        grid
    });
    let top = t.rect("grid").unwrap().y;
    scroller.scroll_to_index(10);
    t.app().frame();
    assert_eq!(t.rect("g10").unwrap().y, top);
    assert_eq!(t.rect("g11").unwrap().y, top, "same row");
    assert_eq!(scroller.current_offset(), (0.0, 250.0));
}

#[test]
fn water_flow_fills_the_shortest_column() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        let flow = WaterFlow::new()
            .columns_template("1fr 1fr")
            .columns_gap(10.0)
            .rows_gap(5.0)
            .width(210.0)
            .height(200.0)
            .id("flow");
        for (i, h) in [100.0, 30.0, 30.0, 30.0, 20.0].into_iter().enumerate() {
            flow.child(FlowItem::new().height(h).id(format!("f{i}")));
        }
        flow
    });
    let f = t.rect("flow").unwrap();
    let r = |t: &mut TestApp, i: usize| t.rect(&format!("f{i}")).unwrap();
    assert_eq!((r(&mut t, 0).x, r(&mut t, 0).width), (f.x, 100.0));
    assert_eq!(r(&mut t, 1).x, f.x + 110.0);
    // Column 1 takes items while it is the shorter one (35, 70 < 105)...
    assert_eq!((r(&mut t, 2).x, r(&mut t, 2).y), (f.x + 110.0, f.y + 35.0));
    assert_eq!((r(&mut t, 3).x, r(&mut t, 3).y), (f.x + 110.0, f.y + 70.0));
    // ...then both end at 105 and the leftmost wins the tie.
    assert_eq!((r(&mut t, 4).x, r(&mut t, 4).y), (f.x, f.y + 105.0));
}

// ---- GridRow breakpoints ---------------------------------------------------------------

fn row_with(
    log: Rc<RefCell<Vec<arkui::Breakpoint>>>,
    b: Option<arkui::GridBreakpoints>,
) -> impl FnOnce() -> GridRow {
    move || {
        let row = GridRow::new()
            .columns(ByBreakpoint::new(12).sm(4).md(8))
            .on_breakpoint_change(move |bp| log.borrow_mut().push(bp))
            .id("row");
        let row = match b {
            Some(b) => row.breakpoints(b),
            None => row,
        };
        row.child(GridCol::new().height(10.0).id("cell"))
    }
}

#[test]
fn grid_rows_use_arkuis_breakpoints_and_report_changes() {
    use arkui::Breakpoint::{Lg, Md, Sm};
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut t = TestApp::with_view(
        DeviceProfile::desktop(592, 400),
        row_with(log.clone(), None),
    );
    t.render();
    // 592 vp is still sm (ArkUI's sm ends at 600 vp): 4 columns.
    assert_eq!(t.rect("cell").unwrap().width, 592.0 / 4.0);
    assert_eq!(
        t.rect("row").unwrap().width,
        592.0,
        "fills its parent's width"
    );
    t.app().resize(600, 400);
    t.render();
    assert_eq!(t.rect("cell").unwrap().width, 600.0 / 8.0, "md from 600 vp");
    t.app().resize(2000, 400);
    t.render();
    assert_eq!(
        t.rect("cell").unwrap().width,
        2000.0 / 8.0,
        "no xl by default: lg keeps md's 8 columns"
    );
    assert_eq!(*log.borrow(), [Sm, Md, Lg]);
}

#[test]
fn a_grid_row_can_bring_its_own_breakpoints_over_the_window_or_itself() {
    use arkui::Breakpoint::{Md, Sm, Xl, Xs};
    use arkui::{BreakpointsReference, GridBreakpoints};
    let log = Rc::new(RefCell::new(Vec::new()));
    let window = GridBreakpoints::new([100.0, 200.0, 300.0, 400.0]);
    let mut t = TestApp::with_view(
        DeviceProfile::desktop(450, 300),
        row_with(log.clone(), Some(window)),
    );
    t.render();
    assert_eq!(
        t.app().find_by_id("row").unwrap().grid_breakpoint(),
        Some(Xl)
    );
    t.app().resize(150, 300);
    t.render();
    assert_eq!(*log.borrow(), [Xl, Sm]);
    // Its own width: a 256 vp row in a 1000 vp window is md among [100, 200, 300].
    let own =
        GridBreakpoints::new([100.0, 200.0, 300.0]).reference(BreakpointsReference::ComponentSize);
    let log = Rc::new(RefCell::new(Vec::new()));
    let l = log.clone();
    let mut t = TestApp::with_view(DeviceProfile::desktop(1000, 300), move || {
        Column::new().width(256.0).child(row_with(l, Some(own))())
    });
    t.render();
    assert_eq!(t.rect("cell").unwrap().width, 256.0 / 8.0, "md: 8 columns");
    assert_eq!(*log.borrow(), [Md]);
    let bad = GridBreakpoints::new([50.0, f32::NAN, 20.0]);
    assert_eq!(bad.thresholds(), &[50.0]);
    assert_eq!(bad.of_width(10.0), Xs);
}

#[test]
fn a_custom_threshold_crossed_inside_one_window_breakpoint_restyles_the_row() {
    use arkui::{Breakpoint, GridBreakpoints};
    // 256 and 152 vp are both xs for the window; [100, 200] puts them at md and sm.
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut t = TestApp::with_view(
        DeviceProfile::desktop(256, 300),
        row_with(log.clone(), Some(GridBreakpoints::new([100.0, 200.0]))),
    );
    t.render();
    assert_eq!(t.rect("cell").unwrap().width, 256.0 / 8.0, "md: 8 columns");
    t.app().resize(152, 300);
    t.render();
    assert_eq!(t.rect("cell").unwrap().width, 152.0 / 4.0, "sm: 4 columns");
    assert_eq!(*log.borrow(), [Breakpoint::Md, Breakpoint::Sm]);
}

// ---- Spans, fixed grids, sideways grids, template-less grids ------------------------

#[test]
fn a_fixed_grid_draws_explicit_items_where_they_say_and_hides_the_overflow() {
    // ArkUI's GridItem example: a 3x3 grid whose item "big" covers rows 1-2, columns 1-2.
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        let grid = Grid::new()
            .columns_template("1fr 1fr 1fr")
            .rows_template("1fr 1fr 1fr")
            .width(150.0)
            .height(150.0)
            .id("grid");
        for i in 0..3 {
            grid.child(
                GridItem::new()
                    .background_color(Color::BLUE)
                    .id(format!("g{i}")),
            );
        }
        grid.child(
            GridItem::new()
                .row_start(1)
                .row_end(2)
                .column_start(1)
                .column_end(2)
                .background_color(Color::RED)
                .id("big"),
        );
        for i in 3..8 {
            grid.child(
                GridItem::new()
                    .background_color(Color::BLUE)
                    .id(format!("g{i}")),
            );
        }
        grid
    });
    let g = t.rect("grid").unwrap();
    let big = t.rect("big").unwrap();
    assert_eq!(
        (big.x - g.x, big.y - g.y, big.width, big.height),
        (50.0, 50.0, 100.0, 100.0)
    );
    // The others fill the free cells in order: row 0, then column 0 of rows 1 and 2.
    let g3 = t.rect("g3").unwrap();
    let g4 = t.rect("g4").unwrap();
    assert_eq!((g3.x - g.x, g3.y - g.y, g3.height), (0.0, 50.0, 50.0));
    assert_eq!((g4.x - g.x, g4.y - g.y), (0.0, 100.0));
    // Nine cells, five of them taken by other items: g5, g6 and g7 have none.
    for id in ["g5", "g6", "g7"] {
        assert!(hidden(&mut t, id), "{id} has no cell and must not show");
    }
    assert!(!hidden(&mut t, "g4"));
    let canvas = t.render();
    assert_near(
        canvas.pixel((g.x + 100.0) as u32, (g.y + 100.0) as u32),
        Color::RED,
        "the big item covers the centre",
    );
    assert_near(
        canvas.pixel((g.x + 25.0) as u32, (g.y + 125.0) as u32),
        Color::BLUE,
        "a 1x1 item fills its cell",
    );
}

#[test]
fn a_lazy_grid_places_irregular_items_it_has_not_built() {
    use arkui::widgets::GridLayoutOptions;
    use arkui::{VecDataSource, macro_support};
    // Every fifth item is a full-width header: each group of five takes three rows.
    let source = VecDataSource::new((0..1000).collect::<Vec<usize>>());
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let grid = Grid::new()
            .columns_template("1fr 1fr")
            .layout_options(
                GridLayoutOptions::new().irregular_indexes((0..1000).filter(|i| i % 5 == 0)),
            )
            .width(200.0)
            .height(200.0)
            .scroller(scroller)
            .id("grid");
        macro_support::lazy_for_each(
            grid,
            source,
            |n, _| *n,
            |n, row| row.append(GridItem::new().height(50.0).id(format!("g{n}")).into_node()),
        );
        grid
    });
    let top = t.rect("grid").unwrap().y;
    scroller.scroll_to_index(100);
    t.app().frame();
    let g100 = t.rect("g100").unwrap();
    assert_eq!(
        (g100.y, g100.width),
        (top, 200.0),
        "a header at the top, full width"
    );
    // Group 20 starts on row 60: 60 rows of 50 above it.
    assert_eq!(scroller.current_offset(), (0.0, 3000.0));
    let (g101, g102) = (t.rect("g101").unwrap(), t.rect("g102").unwrap());
    assert_eq!(
        (g101.y, g102.y, g102.x - g101.x),
        (top + 50.0, top + 50.0, 100.0)
    );
}

#[test]
fn an_item_spanning_rows_of_a_scrolling_grid_is_as_tall_as_they_are() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        let grid = Grid::new()
            .columns_template("1fr 1fr")
            .rows_gap(10.0)
            .width(200.0)
            .height(300.0)
            .id("grid");
        grid.child(GridItem::new().row_start(0).row_end(1).id("tall"));
        for i in 0..3 {
            grid.child(GridItem::new().height(40.0).id(format!("g{i}")));
        }
        grid
    });
    let g = t.rect("grid").unwrap();
    let tall = t.rect("tall").unwrap();
    let (g0, g1, g2) = (
        t.rect("g0").unwrap(),
        t.rect("g1").unwrap(),
        t.rect("g2").unwrap(),
    );
    // g0 and g1 go beside the tall item, one per row; g2 wraps under both.
    assert_eq!((g0.x - g.x, g0.y - g.y), (100.0, 0.0));
    assert_eq!((g1.x - g.x, g1.y - g.y), (100.0, 50.0));
    assert_eq!((g2.x - g.x, g2.y - g.y), (0.0, 100.0));
    // Two rows of 40 and the gap between them.
    assert_eq!((tall.y, tall.height), (g.y, 90.0));
}

#[test]
fn a_rows_template_grid_scrolls_sideways() {
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let grid = Grid::new()
            .rows_template("1fr 1fr")
            .columns_gap(10.0)
            .width(200.0)
            .height(100.0)
            .scroller(scroller)
            .id("grid");
        for i in 0..20 {
            grid.child(GridItem::new().width(40.0).id(format!("g{i}")));
        }
        grid
    });
    let g = t.rect("grid").unwrap();
    let (g1, g2) = (t.rect("g1").unwrap(), t.rect("g2").unwrap());
    assert_eq!((g1.x, g1.y - g.y, g1.height), (g.x, 50.0, 50.0));
    assert_eq!(g2.x - g.x, 50.0);
    // A leftward drag scrolls it: the content moves with the finger.
    let (x, y) = (g.x + 150.0, g.y + 20.0);
    t.app().pointer_down(x, y);
    for i in 1..=6 {
        t.app().pointer_move(x - 15.0 * i as f32, y);
        t.app().frame();
    }
    t.app().pointer_up(x - 90.0, y);
    t.app().frame();
    let (ox, oy) = scroller.current_offset();
    assert!(ox > 40.0 && oy == 0.0, "scrolled sideways: {ox}, {oy}");
    assert_near_f32(t.rect("g2").unwrap().x, g.x + 50.0 - ox);
}

/// Whether the inspector reports `id` as `Visibility.None`.
fn hidden(t: &mut TestApp, id: &str) -> bool {
    let v = t.inspect(id).unwrap();
    v["$attrs"]["visibility"] == "Visibility.None"
}

fn assert_near_f32(a: f32, b: f32) {
    assert!((a - b).abs() <= 1.0, "{a} vs {b}");
}

#[test]
fn a_template_less_grid_fills_cells_the_size_of_its_first_item() {
    use arkui::widgets::GridDirection;
    let build = |d: GridDirection| {
        move || {
            let grid = Grid::new()
                .layout_direction(d)
                .max_count(3)
                .width(200.0)
                .height(100.0)
                .id("grid");
            for i in 0..10 {
                grid.child(GridItem::new().width(40.0).height(30.0).id(format!("g{i}")));
            }
            grid
        }
    };
    let mut t = TestApp::with_view(DeviceProfile::iot(), build(GridDirection::Row));
    let g = t.rect("grid").unwrap();
    // Four 40 px columns would fit in 200, maxCount allows three; three 30 px rows fit.
    // The 120 px block is centred: 40 px each side.
    let g4 = t.rect("g4").unwrap();
    assert_eq!((g4.x - g.x, g4.y - g.y), (80.0, 30.0));
    // Nine cells: the tenth item has none.
    assert!(!hidden(&mut t, "g8"));
    assert!(hidden(&mut t, "g9"), "past the last cell");
    let mut c = TestApp::with_view(DeviceProfile::iot(), build(GridDirection::Column));
    let g4 = c.rect("g4").unwrap();
    // By column: three rows, so g4 is the second of column 1. Five columns fit
    // (maxCount bounds rows when filling by column); the block is all 200 px.
    assert_eq!((g4.x - g.x, g4.y - g.y), (40.0, 30.0));
}

#[test]
fn a_grid_col_of_full_height_fills_a_one_row_grid_row() {
    use arkui::widgets::{Column, GridCol, GridRow};
    let mut t = TestApp::with_view(DeviceProfile::phone(), || {
        Column::new().width(pct(100.0)).child(
            GridRow::new()
                .height(200.0)
                .id("row")
                .child(GridCol::new().span(4).height(pct(100.0)).id("side"))
                .child(GridCol::new().span(8).height(50.0).id("main")),
        )
    });
    let row = t.rect("row").unwrap();
    let side = t.rect("side").unwrap();
    assert_eq!(
        (side.y, side.height),
        (row.y, row.height),
        "the sidebar fills the row"
    );
    // A cell with a height of its own keeps it.
    assert_eq!(
        t.rect("main").unwrap().height,
        50.0 * DeviceProfile::phone().density
    );
    // Two rows stack from the top at their content's height, as before.
    let mut two = TestApp::with_view(DeviceProfile::phone(), || {
        Column::new().width(pct(100.0)).child(
            GridRow::new()
                .height(200.0)
                .id("row")
                .child(GridCol::new().span(12).height(20.0).id("a"))
                .child(GridCol::new().span(12).height(20.0).id("b")),
        )
    });
    let (a, b) = (two.rect("a").unwrap(), two.rect("b").unwrap());
    assert_eq!(b.y, a.y + a.height);
}

#[test]
fn a_grid_row_in_a_parent_without_a_width_takes_the_width_the_parent_could_have() {
    // ArkUI sizes a GridRow with no width by its parent's constraint: inside a Column that
    // has no width of its own (as wide as its content), the row still spans the screen.
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new().id("col").child(
            GridRow::new()
                .columns(4)
                .id("row")
                .child(GridCol::new().span(2).height(10.0).id("half"))
                .child(GridCol::new().span(1).height(10.0).id("quarter")),
        )
    });
    assert_eq!(t.rect("row").unwrap().width, 320.0);
    assert_eq!(t.rect("half").unwrap().width, 160.0);
    assert_eq!(t.rect("quarter").unwrap().width, 80.0);
    assert_eq!(
        t.rect("col").unwrap().width,
        320.0,
        "the column wraps the row"
    );
}
