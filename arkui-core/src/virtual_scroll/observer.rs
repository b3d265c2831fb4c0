//! Callbacks after each layout pass, per node.

use std::rc::Rc;

use crate::reactive::Scope;
use crate::tree::{NodeId, with_tree};

type Observer = Rc<dyn Fn()>;

/// A node's layout observers, kept in the node; the tree lists the nodes that have any.
#[derive(Clone, Default)]
struct Observers(Vec<Observer>);

/// Layout passes per frame at most: one, and the re-layouts observers ask for by changing
/// the tree (a container that measured new rows and mounted more). Bounded so an observer
/// that never settles costs a few passes, not a hang.
pub(crate) const MAX_SETTLE_PASSES: usize = 6;

/// Call `f` after every layout pass of an app whose tree contains `node`, ArkUI's
/// component observer `on('layout')`. `f` may read rects and change the tree; what it
/// changes is laid out before the frame is painted. The observer goes with `node`'s scope
/// (or with the node itself).
///
/// ```
/// use std::cell::Cell;
/// use std::rc::Rc;
/// use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind, observe_layout};
/// let seen = Rc::new(Cell::new(0.0));
/// let s = seen.clone();
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     let n = NodeId::create("Column", NodeKind::Flex).width(40.0).height(10.0);
///     observe_layout(n, move || s.set(n.rect().unwrap().width));
///     n
/// });
/// app.frame();
/// assert_eq!(seen.get(), 40.0);
/// ```
pub fn observe_layout(node: NodeId, f: impl Fn() + 'static) {
    let first = node
        .with_extension(|o: &mut Observers| {
            o.0.push(Rc::new(f));
            o.0.len() == 1
        })
        .unwrap_or(false);
    if first {
        with_tree(|t| {
            if !t.observed.contains(&node) {
                t.observed.push(node);
            }
        });
    }
    if let Some(scope) = Scope::current() {
        scope.on_cleanup(move || drop(node.remove_extension::<Observers>()));
    }
}

/// Run the observers of nodes under `root`; dead nodes' observers are dropped.
pub(crate) fn run_layout_observers(root: NodeId) {
    let due: Vec<Observer> = with_tree(|t| {
        let nodes = &t.nodes;
        t.observed.retain(|n| {
            nodes
                .get(*n)
                .and_then(|node| node.extension::<Observers>())
                .is_some()
        });
        let mut due = Vec::new();
        for n in &t.observed {
            if t.root_of(*n) == root
                && let Some(o) = t.nodes[*n].extension::<Observers>()
            {
                due.extend(o.0.iter().cloned());
            }
        }
        due
    });
    if due.is_empty() {
        return;
    }
    crate::batch(|| {
        for f in due {
            f();
        }
    });
}
