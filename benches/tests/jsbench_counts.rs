//! Each js-framework-benchmark operation touches exactly what it must.

use arkui::{reset_stats, stats};
use arkui_benches::jsbench::JsBench;

#[test]
fn update_every_10th_touches_exactly_100_labels() {
    let mut b = JsBench::new();
    b.create(1_000);
    reset_stats();
    b.update_every_10th();
    let s = stats();
    assert_eq!(s.node_updates, 100, "{s:?}");
    assert_eq!(s.bindings_run, 100);
    assert_eq!(s.nodes_created, 0);
}

#[test]
fn swap_moves_exactly_two_rows() {
    let mut b = JsBench::new();
    b.create(1_000);
    reset_stats();
    b.swap_rows();
    let s = stats();
    assert_eq!(
        (s.rows_moved, s.rows_created, s.rows_removed),
        (2, 0, 0),
        "{s:?}"
    );
    assert_eq!(s.node_updates, 0, "moving rows changes no attribute");
}

#[test]
fn select_touches_two_rows_then_remove_and_clear_free_everything() {
    let mut b = JsBench::new();
    b.create(1_000);
    b.select(10);
    reset_stats();
    b.select(20);
    assert_eq!(stats().node_updates, 2, "old and new selection");
    let before = arkui::live_counts();
    b.remove(500);
    let after = arkui::live_counts();
    assert_eq!(
        before.nodes - after.nodes,
        3,
        "one row: Row, two Texts (its empty holder is kept for the next row)"
    );
    b.append(1_000);
    assert_eq!(b.rows.len(), 1_999);
    b.clear();
    assert_eq!(b.rows.len(), 0);
    let empty = arkui::live_counts();
    let fresh = {
        let _b2 = JsBench::new();
        arkui::live_counts()
    };
    assert!(
        empty.nodes <= fresh.nodes,
        "clear left no row nodes: {empty:?} vs {fresh:?}"
    );
}

#[test]
fn rows_as_v1_or_v2_components_touch_exactly_what_inline_rows_do() {
    use arkui_benches::jsbench::RowKind;
    for kind in [RowKind::V1, RowKind::V2] {
        let mut b = JsBench::with_rows(kind);
        b.create(1_000);
        reset_stats();
        b.update_every_10th();
        let s = stats();
        assert_eq!(s.node_updates, 100, "{kind:?}: {s:?}");
        assert_eq!(s.bindings_run, 100, "{kind:?}");
        assert_eq!(s.nodes_created, 0, "{kind:?}");
        b.select(10);
        reset_stats();
        b.select(20);
        assert_eq!(stats().node_updates, 2, "{kind:?}: old and new selection");
        reset_stats();
        b.swap_rows();
        let s = stats();
        assert_eq!((s.rows_moved, s.node_updates), (2, 0), "{kind:?}: {s:?}");
        let label = b.app.inspector_tree().to_string();
        assert!(
            label.contains(" !!!"),
            "{kind:?}: the labels show the update"
        );
        b.clear();
        assert_eq!(b.rows.len(), 0);
    }
}

#[test]
fn v2_components_over_observed_v2_rows_touch_exactly_what_inline_rows_do() {
    let mut b = JsBench::v2_traced();
    b.create(1_000);
    reset_stats();
    b.update_every_10th();
    let s = stats();
    assert_eq!(
        (s.node_updates, s.bindings_run, s.nodes_created),
        (100, 100, 0),
        "{s:?}"
    );
    b.select(10);
    reset_stats();
    b.select(20);
    assert_eq!(stats().node_updates, 2, "old and new selection");
    reset_stats();
    b.swap_rows();
    let s = stats();
    assert_eq!((s.rows_moved, s.node_updates), (2, 0), "{s:?}");
    assert!(b.app.inspector_tree().to_string().contains(" !!!"));
    b.clear();
    assert_eq!(b.rows.len(), 0);
}
