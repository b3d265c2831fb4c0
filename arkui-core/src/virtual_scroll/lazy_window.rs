//! The range of a `LazyForEach` that a virtualising container mounts.

use std::ops::Range;

use crate::reactive::{Scope, State, untrack};
use crate::tree::{NodeId, NodeKind, with_tree};

/// The window a virtualising container (List, Grid, WaterFlow, Swiper) opens on a
/// `LazyForEach` among its children: only the rows whose indices are in
/// [`LazyWindow::set_range`]'s range are built; rows leaving it are unmounted. Without a
/// window (any other parent) `LazyForEach` builds every row.
///
/// ```
/// use arkui_core::{App, DeviceProfile, LazyWindow, NodeId, NodeKind, VecDataSource, macro_support};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     let list = NodeId::create("List", NodeKind::Flex).id("list");
///     let window = LazyWindow::attach(list);
///     window.set_range(10..13);
///     let source = VecDataSource::new((0..1000).collect::<Vec<u32>>());
///     macro_support::lazy_for_each(list, source, |n, _| *n, |n, row| {
///         row.append(NodeId::create("Text", NodeKind::Text).id(format!("row{n}")));
///     });
///     list
/// });
/// assert!(app.find_by_id("row10").is_some() && app.find_by_id("row12").is_some());
/// assert!(app.find_by_id("row9").is_none() && app.find_by_id("row13").is_none());
/// let window = LazyWindow::of(app.find_by_id("list").unwrap()).unwrap();
/// assert_eq!(window.total(), 1000);
/// assert_eq!(window.rows().len(), 3);
/// # use arkui_core::CommonAttribute;
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LazyWindow {
    host: NodeId,
    range: State<Range<usize>>,
    total: State<usize>,
    container: State<Option<NodeId>>,
}

impl LazyWindow {
    /// Open a window on the `LazyForEach` that will be a child of `host` (initially empty:
    /// nothing is built until the container sets a range).
    pub fn attach(host: NodeId) -> LazyWindow {
        let w = LazyWindow {
            host,
            range: State::new(0..0),
            total: State::new(0),
            container: State::new(None),
        };
        // Kept on the host: the window goes with it (or with the scope, if that ends first).
        host.set_extension(w);
        if let Some(scope) = Scope::current() {
            scope.on_cleanup(move || {
                host.remove_extension::<LazyWindow>();
            });
        }
        w
    }

    /// The window of `host`, if one is attached.
    pub fn of(host: NodeId) -> Option<LazyWindow> {
        window_of(host)
    }

    /// The container node this window belongs to.
    pub fn host(self) -> NodeId {
        self.host
    }

    /// Build exactly the rows with indices in `range` (clamped to the data).
    pub fn set_range(self, range: Range<usize>) {
        let range = range.start..range.end.max(range.start);
        if untrack(|| self.range.get()) != range {
            self.range.set(range);
        }
    }

    /// The range asked for.
    pub fn range(self) -> Range<usize> {
        untrack(|| self.range.get())
    }

    /// Whether a `LazyForEach` is attached (has run once).
    pub fn is_connected(self) -> bool {
        untrack(|| self.container.get()).is_some()
    }

    /// The number of items in the data source, as of its last change notification.
    pub fn total(self) -> usize {
        untrack(|| self.total.get())
    }

    /// The same, tracked: a binding that reads it re-runs when the data changes.
    pub fn total_tracked(self) -> usize {
        self.total.get()
    }

    /// Mounted rows: each item's index and the row node (a fragment holding what the
    /// builder made), in index order.
    pub fn rows(self) -> Vec<(usize, NodeId)> {
        let Some(container) = untrack(|| self.container.get()) else {
            return Vec::new();
        };
        let start = self.range().start.min(self.total());
        container
            .children()
            .into_iter()
            .enumerate()
            .map(|(i, n)| (start + i, n))
            .collect()
    }

    /// Called by `LazyForEach` when it attaches and whenever its data changes.
    pub(crate) fn connect(self, container: NodeId, total: usize) {
        if untrack(|| self.container.get()) != Some(container) {
            self.container.set(Some(container));
        }
        if untrack(|| self.total.get()) != total {
            self.total.set(total);
        }
    }

    /// The range, tracked (the `LazyForEach` effect re-runs when it changes).
    pub(crate) fn tracked_range(self) -> Range<usize> {
        self.range.get()
    }
}

/// The window attached to `host`.
pub(crate) fn window_of(host: NodeId) -> Option<LazyWindow> {
    host.extension::<LazyWindow>()
}

impl NodeId {
    /// Whether this node is a fragment (transparent for layout: `if`, `ForEach`, custom
    /// components).
    pub fn is_fragment(self) -> bool {
        with_tree(|t| {
            t.nodes
                .get(self)
                .is_some_and(|n| n.kind == NodeKind::Fragment)
        })
    }

    /// The children as layout sees them: fragments replaced by their own children, in order.
    ///
    /// ```
    /// use arkui_core::{NodeId, NodeKind};
    /// let column = NodeId::create("Column", NodeKind::Flex);
    /// let fragment = NodeId::create("ForEach", NodeKind::Fragment);
    /// let a = NodeId::create("Text", NodeKind::Text);
    /// let b = NodeId::create("Text", NodeKind::Text);
    /// column.append(fragment);
    /// fragment.append(a);
    /// column.append(b);
    /// assert_eq!(column.flattened_children(), vec![a, b]);
    /// ```
    pub fn flattened_children(self) -> Vec<NodeId> {
        with_tree(|t| {
            let mut out = Vec::new();
            let Some(node) = t.nodes.get(self) else {
                return out;
            };
            let mut pending: Vec<NodeId> = node.children.iter().rev().copied().collect();
            while let Some(c) = pending.pop() {
                match t.nodes.get(c) {
                    Some(child) if child.kind == NodeKind::Fragment => {
                        pending.extend(child.children.iter().rev().copied());
                    }
                    Some(_) => out.push(c),
                    None => {}
                }
            }
            out
        })
    }
}
