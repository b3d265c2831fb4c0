//! Callbacks after each layout pass, per node.

use std::cell::RefCell;
use std::rc::Rc;

use crate::reactive::Scope;
use crate::tree::{NodeId, with_tree};

type Observer = Rc<dyn Fn()>;

thread_local! {
    static OBSERVERS: RefCell<Vec<(NodeId, Observer)>> = const { RefCell::new(Vec::new()) };
}

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
    OBSERVERS.with(|o| o.borrow_mut().push((node, Rc::new(f))));
    if let Some(scope) = Scope::current() {
        scope.on_cleanup(move || OBSERVERS.with(|o| o.borrow_mut().retain(|(n, _)| *n != node)));
    }
}

/// Run the observers of nodes under `root`; dead nodes' observers are dropped.
pub(crate) fn run_layout_observers(root: NodeId) {
    let due: Vec<Observer> = OBSERVERS.with(|o| {
        let mut o = o.borrow_mut();
        o.retain(|(n, _)| n.is_alive());
        with_tree(|t| {
            o.iter()
                .filter(|(n, _)| t.root_of(*n) == root)
                .map(|(_, f)| f.clone())
                .collect()
        })
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
