//! Virtualisation: List, Grid and WaterFlow over a `LazyForEach` mount only what is visible
//! plus `cached_count`, stay bounded while scrolling 100,000 rows, keep the scroll bar
//! steady over rows of random heights, and survive data that changes under them.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::{FlowItem, Grid, GridItem, List, ListItem, Scroller, Text, WaterFlow};
use arkui::{
    DataSource, TemplateOptions, VecDataSource, VirtualScrollOptions, live_counts, macro_support,
};

/// A List over `source`, rows `height(i)` px tall, in a 240 px viewport.
fn lazy_list(
    source: Rc<VecDataSource<u32>>,
    height: fn(u32) -> f32,
    scroller: Scroller,
    cached: usize,
) -> impl FnOnce() -> List {
    move || {
        let list = List::new()
            .width(300.0)
            .height(240.0)
            .cached_count(cached)
            .scroller(scroller)
            .id("list");
        macro_support::lazy_for_each(
            list,
            source,
            |n, _| *n,
            move |n, row| {
                row.append(
                    ListItem::new()
                        .height(height(n))
                        .id(format!("row{n}"))
                        .child(Text::new(format!("row {n}")))
                        .into_node(),
                );
            },
        );
        list
    }
}

fn mounted_rows(t: &mut TestApp) -> usize {
    let list = t.app().find_by_id("list").expect("list");
    list.flattened_children()
        .into_iter()
        .filter(|n| n.tag() == Some("ListItem"))
        .count()
}

#[test]
fn a_100k_list_mounts_the_screen_and_stays_bounded_while_scrolling() {
    let source = VecDataSource::new((0..100_000).collect());
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(
        DeviceProfile::iot(),
        lazy_list(source, |_| 40.0, scroller, 2),
    );
    t.app().frame();
    // 240 / 40 = 6 visible rows, 2 cached after them (none before the first).
    assert_eq!(mounted_rows(&mut t), 8);
    // Scroll past the first rows (rows are cached on both sides from here on), then through
    // 10,000 rows, 97 px at a time.
    scroller.scroll_to(0.0, 4_000.0);
    t.app().frame();
    let start = live_counts();
    let mut y = 4_000.0;
    while y < 404_000.0 {
        y += 97.0;
        scroller.scroll_to(0.0, y);
        t.app().frame();
        assert!(
            mounted_rows(&mut t) <= 11,
            "at {y}: {} rows",
            mounted_rows(&mut t)
        );
    }
    let end = live_counts();
    assert!(t.rect("row10100").is_some(), "row 10,100 is on screen");
    assert!(
        end.nodes <= start.nodes + 3,
        "nodes {} at the start, {} after 10,000 rows",
        start.nodes,
        end.nodes
    );
    assert!(end.effects <= start.effects + 8 && end.scopes <= start.scopes + 4);
    // Jump to the end and back.
    scroller.scroll_to_index(99_999);
    t.app().frame();
    let list = t.rect("list").unwrap();
    let last = t.rect("row99999").unwrap();
    assert_eq!(last.y + last.height, list.y + list.height);
    scroller.scroll_to_index(0);
    t.app().frame();
    assert_eq!(t.rect("row0").unwrap().y, list.y);
}

/// Deterministic pseudo-random row heights between 20 and 80 px.
fn random_height(n: u32) -> f32 {
    let mut x = n.wrapping_mul(2_654_435_761) ^ 0x5bd1_e995;
    x ^= x >> 15;
    x = x.wrapping_mul(0x2c1b_3c6d);
    x ^= x >> 12;
    20.0 + (x % 61) as f32
}

#[test]
fn the_scroll_bar_thumb_stays_steady_over_rows_of_random_heights() {
    let source = VecDataSource::new((0..2_000).collect());
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(
        DeviceProfile::iot(),
        lazy_list(source, random_height, scroller, 1),
    );
    t.app().frame();
    let thumb = List::from_id(t.app(), "list")
        .unwrap()
        .scroll_bar_thumb()
        .unwrap();
    let mut last: Option<(f32, f32)> = None;
    let (mut worst_size, mut worst_step) = (0.0f32, 0.0f32);
    let mut y = 0.0;
    for _ in 0..600 {
        y += 23.0;
        scroller.scroll_to(0.0, y);
        t.app().frame();
        let r = thumb.rect().unwrap();
        if let Some((ly, lh)) = last {
            worst_size = worst_size.max((r.height - lh).abs());
            worst_step = worst_step.max((r.y - ly).abs());
        }
        last = Some((r.y, r.height));
    }
    // The thumb is ~240/100,000 of the track... here 2,000 rows of ~50 px: its length is
    // about 240 * 240 / 100,000 px; scrolling 23 px moves it a fraction of a pixel. Estimates
    // converging may nudge it, but never jump.
    assert!(
        worst_size <= 2.0,
        "thumb length changed by {worst_size} px in one step"
    );
    assert!(
        worst_step <= 2.0,
        "thumb moved by {worst_step} px in one 23 px step"
    );
}

#[test]
fn data_changing_under_a_scrolled_list_never_panics() {
    let source = VecDataSource::new((0..500).collect());
    let scroller = Scroller::new();
    let s = source.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), lazy_list(s, |_| 30.0, scroller, 1));
    scroller.scroll_to_index(400);
    t.app().frame();
    assert!(t.rect("row400").is_some());
    for i in 0..300 {
        source.remove(0);
        if i % 7 == 0 {
            source.push(10_000 + i);
        }
        t.app().frame();
    }
    assert!(source.total_count() > 200);
    source.reload(Vec::new());
    t.app().frame();
    assert_eq!(mounted_rows(&mut t), 0);
    scroller.scroll_to_index(50);
    t.app().frame();
    source.reload((0..3).collect());
    t.app().frame();
    assert_eq!(mounted_rows(&mut t), 3);
    assert_eq!(t.rect("row0").unwrap().y, t.rect("list").unwrap().y);
}

#[test]
fn bad_sizes_do_not_panic() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        let list = List::new()
            .width(f32::NAN)
            .height(-5.0)
            .space(f32::INFINITY)
            .cached_count(usize::MAX)
            .id("list");
        list.child(ListItem::new().height(f32::NAN));
        list
    });
    t.app().frame();
    let grid = || {
        Grid::new()
            .columns_template("")
            .rows_gap(f32::NAN)
            .height(0.0)
            .child(GridItem::new())
    };
    let mut g = TestApp::with_view(DeviceProfile::iot(), grid);
    g.app().frame();
    let _ = t.render();
}

#[test]
fn a_lazy_grid_and_water_flow_mount_only_what_shows() {
    let source = VecDataSource::new((0..30_000).collect::<Vec<u32>>());
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let grid = Grid::new()
            .columns_template("1fr 1fr 1fr")
            .width(300.0)
            .height(200.0)
            .id("grid");
        macro_support::lazy_for_each(
            grid,
            source,
            |n, _| *n,
            |n, row| row.append(GridItem::new().height(50.0).id(format!("g{n}")).into_node()),
        );
        grid
    });
    t.app().frame();
    let cells = t.app().find_by_id("grid").unwrap().flattened_children();
    let items = cells.iter().filter(|n| n.tag() == Some("GridItem")).count();
    // 4 visible rows of 3, one cached row (3 items) after them.
    assert_eq!(items, 15);
    let flow_source = VecDataSource::new((0..5_000).collect::<Vec<u32>>());
    let mut f = TestApp::with_view(DeviceProfile::iot(), move || {
        let flow = WaterFlow::new()
            .columns_template("1fr 1fr")
            .width(300.0)
            .height(200.0)
            .id("flow");
        macro_support::lazy_for_each(
            flow,
            flow_source,
            |n, _| *n,
            |n, row| {
                let h = 30.0 + (n % 4) as f32 * 20.0;
                row.append(FlowItem::new().height(h).into_node());
            },
        );
        flow
    });
    f.app().frame();
    let items = f
        .app()
        .find_by_id("flow")
        .unwrap()
        .flattened_children()
        .iter()
        .filter(|n| n.tag() == Some("FlowItem"))
        .count();
    assert!((6..=20).contains(&items), "{items} flow items mounted");
}

#[test]
fn repeat_with_templates_reuses_rows_instead_of_building_them() {
    let data = arkui::State::new((0..100_000).collect::<Vec<u32>>());
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        ui! {
            List() {
                Repeat(data.get())
                    .each(|ri| {
                        ListItem() { Text(format!("row {}", ri.item.get())) }.height(40.vp())
                    })
                    .key(|n: &u32, _| *n)
                    .virtual_scroll()
                    .template_id(|n: &u32, _| if n.is_multiple_of(10) { "tall" } else { "short" })
                    .template("tall", |ri| {
                        ListItem() { Text(format!("row {}", ri.item.get())) }.height(60.vp())
                    }, TemplateOptions { cached_count: Some(2) })
            }
            .scroller(scroller)
            .width(300.vp())
            .height(240.vp())
            .id("list")
        }
    });
    // Warm the pools: a few screens down and back.
    for y in (0..40).map(|i| i as f32 * 120.0) {
        scroller.scroll_to(0.0, y);
        t.app().frame();
    }
    arkui::reset_stats();
    let before = live_counts().nodes;
    let mut y = 4_800.0;
    while y < 200_000.0 {
        y += 53.0;
        scroller.scroll_to(0.0, y);
        t.app().frame();
    }
    let s = arkui::stats();
    assert_eq!(s.nodes_created, 0, "scrolling reuses rows: {s:?}");
    assert_eq!(s.nodes_disposed, 0);
    assert!(live_counts().nodes <= before + 3);
    // Reused rows show their new items, each in its template's shape.
    let list = t.app().find_by_id("list").unwrap();
    let items: Vec<_> = list
        .flattened_children()
        .into_iter()
        .filter(|n| n.tag() == Some("ListItem"))
        .collect();
    assert!(items.len() >= 4, "{}", items.len());
    for item in &items {
        let text = item.flattened_children()[0].text().unwrap().content;
        let n: u32 = text.trim_start_matches("row ").parse().unwrap();
        let height = item.rect().unwrap().height;
        let want = if n.is_multiple_of(10) { 60.0 } else { 40.0 };
        assert!((height - want).abs() < 0.5, "{text}: {height}");
        assert!(n > 1000, "{text}");
    }
}

#[test]
fn repeat_keeps_rows_by_key_and_moves_their_index() {
    let data = arkui::State::new(vec!["a", "b", "c"]);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        ui! {
            Column() {
                Repeat(data.get())
                    .each(|ri| { Text(format!("{}{}", ri.item.get(), ri.index.get())) })
                    .key(|s: &&str, _| *s)
            }
            .id("col")
        }
    });
    let texts = |t: &mut TestApp| -> Vec<String> {
        let col = t.app().find_by_id("col").unwrap();
        col.flattened_children()
            .iter()
            .map(|n| n.text().unwrap().content)
            .collect()
    };
    assert_eq!(texts(&mut t), ["a0", "b1", "c2"]);
    let b = t.app().find_by_id("col").unwrap().flattened_children()[1];
    arkui::reset_stats();
    data.set(vec!["c", "b", "x"]);
    t.app().frame();
    assert_eq!(texts(&mut t), ["c0", "b1", "x2"]);
    // "b" kept its node; "a" went, "x" was built (not virtual: no pool).
    assert_eq!(
        t.app().find_by_id("col").unwrap().flattened_children()[1],
        b
    );
    let s = arkui::stats();
    assert_eq!((s.rows_created, s.rows_removed), (1, 1), "{s:?}");
}

#[test]
fn repeat_total_count_sizes_the_list_for_data_still_loading() {
    let data = arkui::State::new((0..20).collect::<Vec<u32>>());
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        ui! {
            List() {
                Repeat(data.get())
                    .each(|ri| { ListItem() { Text(format!("{}", ri.item.get())) }.height(40.vp()) })
                    .virtual_scroll(VirtualScrollOptions { total_count: Some(1000) })
            }
            .height(240.vp())
            .id("list")
        }
    });
    t.app().frame();
    let list = t.app().find_by_id("list").unwrap();
    assert_eq!(arkui::LazyWindow::of(list).unwrap().total(), 1000);
    // Only loaded items have rows.
    assert!(list.flattened_children().len() <= 20);
}

#[test]
fn repeat_keyed_by_index_shows_changed_items_in_the_same_rows() {
    let data = arkui::State::new(vec!["a", "b", "c"]);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        ui! {
            Column() {
                Repeat(data.get()).each(|ri| { Text(format!("{}{}", ri.item.get(), ri.index.get())) })
            }
            .id("col")
        }
    });
    arkui::reset_stats();
    data.set(vec!["z", "b", "c"]);
    t.app().frame();
    let col = t.app().find_by_id("col").unwrap();
    let texts: Vec<String> = col
        .flattened_children()
        .iter()
        .map(|n| n.text().unwrap().content)
        .collect();
    assert_eq!(texts, ["z0", "b1", "c2"]);
    let s = arkui::stats();
    assert_eq!((s.rows_created, s.node_updates), (0, 1), "{s:?}");
}
