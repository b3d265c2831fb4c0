//! Work counters: how much the runtime did, so tests and benchmarks can assert that an
//! update touched exactly what it had to (100 labels for "update every 10th row").

use std::cell::Cell;

/// Counts of work done on this thread since the last [`reset_stats`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Nodes created.
    pub nodes_created: u64,
    /// Nodes removed from the tree for good.
    pub nodes_disposed: u64,
    /// Attribute changes that actually changed a node (no-op writes are not counted).
    pub node_updates: u64,
    /// Keyed-list rows that changed position (the minimum: rows outside the longest run
    /// that kept its order).
    pub rows_moved: u64,
    /// Keyed-list rows built.
    pub rows_created: u64,
    /// Keyed-list rows unmounted.
    pub rows_removed: u64,
    /// Layout passes run.
    pub layouts: u64,
    /// Bindings and effects re-run after a change (first runs are not counted).
    pub bindings_run: u64,
    /// Nodes whose layout was computed rather than taken from taffy's cache (each
    /// measurement of a node counts: a flex item may be measured, then laid out).
    pub nodes_laid_out: u64,
    /// Nodes whose draw commands were recorded (the rest of a frame's list was kept).
    pub nodes_recorded: u64,
    /// Frames that recorded the whole tree (the first, and after structural changes).
    pub frames_recorded: u64,
    /// Frames that patched only the changed nodes into the retained list.
    pub frames_patched: u64,
    /// Reusable components put into a reuse pool instead of being disposed.
    pub components_recycled: u64,
    /// Reusable components taken from a pool instead of being built.
    pub components_reused: u64,
}

thread_local! {
    static STATS: Cell<Stats> = const { Cell::new(Stats {
        nodes_created: 0, nodes_disposed: 0, node_updates: 0, rows_moved: 0,
        rows_created: 0, rows_removed: 0, layouts: 0, bindings_run: 0,
        nodes_laid_out: 0, nodes_recorded: 0, frames_recorded: 0, frames_patched: 0,
        components_recycled: 0, components_reused: 0,
    }) };
}

pub(crate) fn count(f: impl FnOnce(&mut Stats)) {
    STATS.with(|s| {
        let mut v = s.get();
        f(&mut v);
        s.set(v);
    });
}

/// The counters since the last reset.
///
/// ```
/// use arkui_core::{NodeId, NodeKind, reset_stats, stats};
/// reset_stats();
/// NodeId::create("Column", NodeKind::Flex);
/// assert_eq!(stats().nodes_created, 1);
/// ```
pub fn stats() -> Stats {
    STATS.with(Cell::get)
}

/// Zero the counters.
pub fn reset_stats() {
    STATS.with(|s| s.set(Stats::default()));
}

/// How many reactive and tree objects are alive on this thread: what a leak test watches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LiveCounts {
    /// Signals (states, props, computed values).
    pub signals: usize,
    /// Effects and bindings.
    pub effects: usize,
    /// Scopes.
    pub scopes: usize,
    /// Tree nodes.
    pub nodes: usize,
}

/// Live object counts.
///
/// ```
/// use arkui_core::{Scope, State, live_counts};
/// let before = live_counts();
/// let scope = Scope::new_root();
/// scope.run(|| State::new(1));
/// assert_eq!(live_counts().signals, before.signals + 1);
/// scope.dispose();
/// assert_eq!(live_counts(), before);
/// ```
pub fn live_counts() -> LiveCounts {
    let (signals, effects, scopes) = crate::reactive::live();
    LiveCounts {
        signals,
        effects,
        scopes,
        nodes: crate::tree::with_tree(|t| t.nodes.len()),
    }
}
