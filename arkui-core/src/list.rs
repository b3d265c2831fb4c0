//! Keyed lists: `ForEach` over any iterator, `LazyForEach` over a [`DataSource`] with
//! change notifications. Rows are identified by key: a surviving key keeps its nodes (moved,
//! not rebuilt), a new key is built, a vanished key is unmounted with everything it owned.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::Hash;
use std::ops::Range;
use std::rc::Rc;

use crate::reactive::{Diagnostic, Effect, Scope, State, report, untrack};
use crate::row_holders::{RowHolders, detach_all};
use crate::tree::{NodeId, NodeKind};

/// One mounted row: its scope (owning its state and nodes) and the fragment holding it.
struct Row {
    scope: Scope,
    holder: NodeId,
}

/// The rows of one list and the reconciliation between renders.
pub(crate) struct Keyed<K> {
    rows: HashMap<K, Row>,
    container: NodeId,
    holders: RowHolders,
}

impl<K: Eq + Hash + std::fmt::Debug> Keyed<K> {
    pub(crate) fn new(container: NodeId) -> Keyed<K> {
        Keyed {
            rows: HashMap::new(),
            container,
            holders: RowHolders::new(),
        }
    }

    /// Unmount `row`, keeping its holder for a later row when there is room.
    fn remove(&self, row: Row) {
        self.holders.unmount(row.scope, row.holder);
    }

    /// Make the container's children the rows for `items`, in order, building missing ones.
    /// A duplicate key panics in debug builds (a bug to fix, not to ship) and is skipped with
    /// a [`Diagnostic::DuplicateKey`] in release builds.
    pub(crate) fn reconcile<T>(
        &mut self,
        items: impl IntoIterator<Item = (K, T)>,
        build: &dyn Fn(T, NodeId),
    ) {
        let on_duplicate = if cfg!(debug_assertions) {
            OnDuplicate::Panic
        } else {
            OnDuplicate::Skip
        };
        self.reconcile_with(items, build, on_duplicate);
    }

    /// [`Keyed::reconcile`] with the duplicate-key policy spelled out, so that the release
    /// behaviour is testable in a debug build.
    fn reconcile_with<T>(
        &mut self,
        items: impl IntoIterator<Item = (K, T)>,
        build: &dyn Fn(T, NodeId),
        on_duplicate: OnDuplicate,
    ) {
        let mut old = std::mem::take(&mut self.rows);
        // Rows whose key vanished go first, so that the reusable components in them are in
        // their pool when the new rows are built (ArkUI reuses within one update). One
        // `set_children` detaches them all: clearing 10,000 rows stays linear.
        let items: Vec<(K, T)> = items.into_iter().collect();
        let wanted: std::collections::HashSet<&K> = items.iter().map(|(k, _)| k).collect();
        let mut gone_rows = Vec::new();
        if old.keys().any(|k| !wanted.contains(k)) {
            let mut staying_rows = HashMap::with_capacity(old.len());
            for (k, row) in old.drain() {
                if wanted.contains(&k) {
                    staying_rows.insert(k, row);
                } else {
                    gone_rows.push(row);
                }
            }
            old = staying_rows;
        }
        drop(wanted);
        let removed = gone_rows.len() as u64;
        let doomed: std::collections::HashSet<NodeId> =
            gone_rows.iter().map(|r| r.holder).collect();
        detach_all(self.container, &doomed);
        for row in gone_rows {
            self.remove(row);
        }
        let mut order = Vec::new();
        let mut old_positions = Vec::new();
        let previous: HashMap<NodeId, usize> = self
            .container
            .children()
            .into_iter()
            .enumerate()
            .map(|(i, n)| (n, i))
            .collect();
        let (mut created, mut kept) = (0u64, 0u64);
        for (k, item) in items {
            if self.rows.contains_key(&k) {
                duplicate(self.container, &k, on_duplicate);
                continue;
            }
            let row = match old.remove(&k) {
                Some(row) => {
                    kept += 1;
                    if let Some(p) = previous.get(&row.holder) {
                        old_positions.push(*p);
                    }
                    row
                }
                None => {
                    created += 1;
                    let scope = match self.holders.owner() {
                        Some(o) => o.run(Scope::new_child),
                        None => Scope::new_root(),
                    };
                    let holder = self.holders.holder(scope, "ForEachItem");
                    scope.run(|| build(item, holder));
                    Row { scope, holder }
                }
            };
            order.push(row.holder);
            self.rows.insert(k, row);
        }
        let moved = kept - longest_increasing_run(&old_positions) as u64;
        self.container.set_children(order);
        // Empty: every row left in `old` had a wanted key, and the first item with it took
        // it. Unmounted anyway, so that no row could ever be leaked.
        for (_, row) in old {
            self.remove(row);
        }
        crate::stats::count(|s| {
            s.rows_moved += moved;
            s.rows_created += created;
            s.rows_removed += removed;
        });
    }
}

/// What a duplicate key does (STYLE rule 5: panic in debug, log and recover in release).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OnDuplicate {
    Panic,
    /// Keep the first row with the key, skip the later ones.
    Skip,
}

pub(crate) fn duplicate(container: NodeId, key: &dyn std::fmt::Debug, on_duplicate: OnDuplicate) {
    let diagnostic = Diagnostic::DuplicateKey {
        key: format!("{key:?}"),
        list: describe(container),
    };
    if on_duplicate == OnDuplicate::Panic {
        panic!("{diagnostic} (release builds skip it)");
    }
    report(diagnostic);
}

/// `ForEach in Column "todos"`: the list's kind, its parent, and the nearest `.id()` above.
fn describe(container: NodeId) -> String {
    let kind = container.tag().unwrap_or("ForEach");
    let Some(parent) = container.parent() else {
        return kind.to_string();
    };
    let mut name = format!("{kind} in {}", parent.tag().unwrap_or("?"));
    let mut at = Some(parent);
    while let Some(node) = at {
        if let Some(id) = node.key() {
            name.push_str(&format!(" (under id {id:?})"));
            break;
        }
        at = node.parent();
    }
    name
}

/// Length of the longest strictly increasing subsequence: the rows that kept their order.
fn longest_increasing_run(v: &[usize]) -> usize {
    let mut tails: Vec<usize> = Vec::new();
    for &x in v {
        match tails.binary_search(&x) {
            Ok(_) => {}
            Err(i) if i == tails.len() => tails.push(x),
            Err(i) => tails[i] = x,
        }
    }
    tails.len()
}

/// Keyed `ForEach` (see [`crate::macro_support::for_each`]).
pub(crate) fn for_each<T, K, I>(
    parent: NodeId,
    items: impl Fn() -> I + 'static,
    key: impl Fn(&T) -> K + 'static,
    build: impl Fn(T, NodeId) + 'static,
) where
    I: IntoIterator<Item = T>,
    T: 'static,
    K: Eq + Hash + std::fmt::Debug + 'static,
{
    let container = NodeId::create("ForEach", NodeKind::Fragment);
    parent.append(container);
    let keyed = Rc::new(RefCell::new(Keyed::new(container)));
    Effect::new(move || {
        let items = items();
        untrack(|| {
            let keyed_items = items.into_iter().map(|t| (key(&t), t));
            keyed.borrow_mut().reconcile(keyed_items, &build);
        });
    });
}

/// Receives a data source's change notifications, ArkUI's `DataChangeListener`.
pub trait DataChangeListener {
    /// Everything may have changed.
    fn on_data_reloaded(&self);
    /// An item was inserted at `index`.
    fn on_data_add(&self, index: usize);
    /// The item at `index` was removed.
    fn on_data_delete(&self, index: usize);
    /// An item moved from `from` to `to`.
    fn on_data_move(&self, from: usize, to: usize);
    /// The item at `index` was replaced.
    fn on_data_change(&self, index: usize);
}

/// Data for `LazyForEach`, ArkUI's `IDataSource`: items are fetched by index only when a
/// row is built, and changes are announced to the registered listeners.
pub trait DataSource<T>: 'static {
    /// Number of items.
    fn total_count(&self) -> usize;
    /// The item at `index` (only called for `index < total_count()`).
    fn get_data(&self, index: usize) -> T;
    /// Register a listener; the source must call it on every change.
    fn register_data_change_listener(&self, listener: Rc<dyn DataChangeListener>);
}

/// A ready-made [`DataSource`] over a `Vec`, announcing every change it makes.
///
/// ```
/// use arkui_core::{VecDataSource, DataSource};
/// let source = VecDataSource::new(vec!["a", "b"]);
/// source.push("c");
/// source.remove(0);
/// assert_eq!(source.total_count(), 2);
/// assert_eq!(source.get_data(0), "b");
/// ```
pub struct VecDataSource<T> {
    items: RefCell<Vec<T>>,
    listeners: RefCell<Vec<Rc<dyn DataChangeListener>>>,
}

impl<T: Clone + 'static> VecDataSource<T> {
    /// A source holding `items`.
    pub fn new(items: Vec<T>) -> Rc<VecDataSource<T>> {
        Rc::new(VecDataSource {
            items: RefCell::new(items),
            listeners: RefCell::new(Vec::new()),
        })
    }

    fn announce(&self, f: impl Fn(&dyn DataChangeListener)) {
        let listeners = self.listeners.borrow().clone();
        for l in listeners {
            f(&*l);
        }
    }

    /// Append an item.
    pub fn push(&self, item: T) {
        let index = {
            let mut v = self.items.borrow_mut();
            v.push(item);
            v.len() - 1
        };
        self.announce(|l| l.on_data_add(index));
    }

    /// Insert at `index` (clamped).
    pub fn insert(&self, index: usize, item: T) {
        let index = {
            let mut v = self.items.borrow_mut();
            let at = index.min(v.len());
            v.insert(at, item);
            at
        };
        self.announce(|l| l.on_data_add(index));
    }

    /// Remove the item at `index`.
    pub fn remove(&self, index: usize) -> Option<T> {
        let item = {
            let mut v = self.items.borrow_mut();
            (index < v.len()).then(|| v.remove(index))
        }?;
        self.announce(|l| l.on_data_delete(index));
        Some(item)
    }

    /// Replace the item at `index`.
    pub fn set(&self, index: usize, item: T) -> bool {
        let ok = {
            let mut v = self.items.borrow_mut();
            match v.get_mut(index) {
                Some(slot) => {
                    *slot = item;
                    true
                }
                None => false,
            }
        };
        if ok {
            self.announce(|l| l.on_data_change(index));
        }
        ok
    }

    /// Move an item.
    pub fn move_item(&self, from: usize, to: usize) {
        let ok = {
            let mut v = self.items.borrow_mut();
            if from < v.len() && to < v.len() {
                let item = v.remove(from);
                v.insert(to, item);
                true
            } else {
                false
            }
        };
        if ok {
            self.announce(|l| l.on_data_move(from, to));
        }
    }

    /// Replace everything.
    pub fn reload(&self, items: Vec<T>) {
        *self.items.borrow_mut() = items;
        self.announce(|l| l.on_data_reloaded());
    }
}

impl<T: Clone + 'static> DataSource<T> for VecDataSource<T> {
    fn total_count(&self) -> usize {
        self.items.borrow().len()
    }
    fn get_data(&self, index: usize) -> T {
        self.items.borrow()[index].clone()
    }
    fn register_data_change_listener(&self, listener: Rc<dyn DataChangeListener>) {
        self.listeners.borrow_mut().push(listener);
    }
}

/// Turns notifications into a version bump the list's effect reacts to.
struct Bump(State<u64>);

impl Bump {
    fn bump(&self) {
        self.0.update(|v| *v += 1);
    }
}

impl DataChangeListener for Bump {
    fn on_data_reloaded(&self) {
        self.bump();
    }
    fn on_data_add(&self, _: usize) {
        self.bump();
    }
    fn on_data_delete(&self, _: usize) {
        self.bump();
    }
    fn on_data_move(&self, _: usize, _: usize) {
        self.bump();
    }
    fn on_data_change(&self, _: usize) {
        self.bump();
    }
}

/// `LazyForEach`: rows only for the indices in `window` (all of them when `None`; a
/// virtualising container such as List passes the visible range plus `cached_count`).
/// `key` gets the item and its index.
pub(crate) fn lazy_for_each<T, K>(
    parent: NodeId,
    source: Rc<dyn DataSource<T>>,
    key: impl Fn(&T, usize) -> K + 'static,
    build: impl Fn(T, NodeId) + 'static,
    window: Option<State<Range<usize>>>,
) where
    T: 'static,
    K: Eq + Hash + std::fmt::Debug + 'static,
{
    let container = NodeId::create("LazyForEach", NodeKind::Fragment);
    parent.append(container);
    let version = State::new(0u64);
    source.register_data_change_listener(Rc::new(Bump(version)));
    let keyed = Rc::new(RefCell::new(Keyed::new(container)));
    // A virtualising parent (List, Grid, ...) decides which rows exist.
    let host = window
        .is_none()
        .then(|| crate::virtual_scroll::window_of(parent))
        .flatten();
    Effect::new(move || {
        version.get();
        let range = match host {
            Some(h) => Some(h.tracked_range()),
            None => window.map(|w| w.get()),
        };
        untrack(|| {
            let total = source.total_count();
            if let Some(h) = host {
                h.connect(container, total);
            }
            let range = range.map_or(0..total, |r| r.start.min(total)..r.end.min(total));
            let items = range.map(|i| {
                let item = source.get_data(i);
                (key(&item, i), item)
            });
            keyed.borrow_mut().reconcile(items, &build);
        });
    });
}

#[cfg(test)]
mod tests {
    use super::{Keyed, OnDuplicate, longest_increasing_run};
    use crate::reactive::{Diagnostic, Scope, take_diagnostics};
    use crate::tree::{NodeId, NodeKind};

    #[test]
    fn release_builds_keep_the_first_row_of_a_duplicate_key_and_report_it() {
        take_diagnostics();
        let scope = Scope::new_root();
        scope.run(|| {
            let parent = NodeId::create("Column", NodeKind::Flex);
            parent.set_key("todos");
            let container = NodeId::create("ForEach", NodeKind::Fragment);
            parent.append(container);
            let mut keyed = Keyed::new(container);
            let build = |label: &str, holder: NodeId| {
                let t = NodeId::create("Text", NodeKind::Text);
                t.set_key(label);
                holder.append(t);
            };
            let items = [(1, "a"), (2, "b"), (2, "b again"), (3, "c"), (1, "a again")];
            keyed.reconcile_with(items, &build, OnDuplicate::Skip);
            let labels: Vec<_> = container
                .children()
                .into_iter()
                .filter_map(|row| row.children().first().and_then(|t| t.key()))
                .collect();
            assert_eq!(labels, vec!["a", "b", "c"]);
            let list = "ForEach in Column (under id \"todos\")".to_string();
            assert_eq!(
                take_diagnostics(),
                vec![
                    Diagnostic::DuplicateKey {
                        key: "2".into(),
                        list: list.clone()
                    },
                    Diagnostic::DuplicateKey {
                        key: "1".into(),
                        list
                    },
                ]
            );
        });
        scope.dispose();
    }

    #[test]
    fn swap_of_two_moves_two() {
        let n = 1000;
        let mut v: Vec<usize> = (0..n).collect();
        v.swap(1, 998);
        assert_eq!(n - longest_increasing_run(&v), 2);
    }
}
