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
