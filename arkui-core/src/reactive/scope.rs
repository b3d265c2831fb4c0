//! [`Scope`]: ownership of signals, effects and nodes, disposed together.

use super::effect::dispose_effect;
use super::runtime::{ScopeId, ScopeSlot, with_runtime};
use super::tombstone::{bury, trim};
use crate::tree::NodeId;

/// An owner of reactive values, effects and tree nodes. Disposing a scope disposes everything
/// created while it was current, and all its child scopes: an unmounted component leaves
/// nothing behind.
///
/// ```
/// use arkui_core::{Scope, State};
/// let scope = Scope::new_root();
/// let count = scope.run(|| State::new(5));
/// assert_eq!(count.get(), 5);
/// scope.dispose();
/// assert!(count.try_get().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scope {
    pub(crate) id: ScopeId,
}

impl Scope {
    /// A scope with no parent (an app root).
    pub fn new_root() -> Scope {
        with_runtime(|rt| Scope {
            id: rt.scopes.borrow_mut().insert(ScopeSlot::default()),
        })
    }

    /// A scope owned by the current one (or a root when none is current).
    pub fn new_child() -> Scope {
        with_runtime(|rt| {
            let parent = rt.owner.get();
            let mut scopes = rt.scopes.borrow_mut();
            let depth = parent
                .and_then(|p| scopes.get(p))
                .map_or(0, |p| p.depth + 1);
            let id = scopes.insert(ScopeSlot {
                parent,
                depth,
                ..ScopeSlot::default()
            });
            if let Some(p) = parent.and_then(|p| scopes.get_mut(p)) {
                p.children.push(id);
            }
            Scope { id }
        })
    }

    /// The scope currently owning new values, if any.
    pub fn current() -> Option<Scope> {
        with_runtime(|rt| rt.owner.get().map(|id| Scope { id }))
    }

    /// Run `f` with this scope as the owner of everything it creates.
    pub fn run<R>(self, f: impl FnOnce() -> R) -> R {
        let prev = with_runtime(|rt| rt.owner.replace(Some(self.id)));
        let out = f();
        with_runtime(|rt| rt.owner.set(prev));
        out
    }

    /// Run `f` with no owner: what it creates lives until disposed explicitly (app-wide
    /// storage, caches).
    pub fn detached<R>(f: impl FnOnce() -> R) -> R {
        let prev = with_runtime(|rt| rt.owner.replace(None));
        let out = f();
        with_runtime(|rt| rt.owner.set(prev));
        out
    }

    /// Whether the scope still exists.
    pub fn is_alive(self) -> bool {
        with_runtime(|rt| rt.scopes.borrow().contains_key(self.id))
    }

    /// Register a closure to run when this scope is disposed.
    pub fn on_cleanup(self, f: impl FnOnce() + 'static) {
        with_runtime(|rt| {
            if let Some(scope) = rt.scopes.borrow_mut().get_mut(self.id) {
                scope.cleanups.push(Box::new(f));
            }
        });
    }

    pub(crate) fn own_node(self, node: NodeId) {
        with_runtime(|rt| {
            if let Some(scope) = rt.scopes.borrow_mut().get_mut(self.id) {
                scope.nodes.push(node);
            }
        });
    }

    /// Dispose this scope, its children (deepest first), their effects, signals and nodes.
    /// Disposing twice is a no-op. Handles that outlive it still read their last values
    /// (see [`crate::State::get`]).
    pub fn dispose(self) {
        // The nodes of the whole scope tree go in one batch, after every cleanup: a node
        // kept on screen for its disappear transition (a page sliding out) keeps its subtree,
        // which child scopes (the components inside it) created.
        let mut nodes = Vec::new();
        self.dispose_tree(&mut nodes);
        crate::tree::dispose_nodes(&nodes);
        with_runtime(trim);
    }

    fn dispose_tree(self, nodes: &mut Vec<crate::tree::NodeId>) {
        let Some(slot) = with_runtime(|rt| {
            let mut scopes = rt.scopes.borrow_mut();
            let slot = scopes.remove(self.id)?;
            // Dropping 10,000 rows from one list must stay linear: the parent forgets
            // disposed children lazily, compacting once stale entries outnumber live ones.
            if let Some(p) = slot.parent
                && scopes.contains_key(p)
            {
                let stale = {
                    let parent = &mut scopes[p];
                    parent.stale_children += 1;
                    parent.stale_children > 32 && parent.stale_children * 2 > parent.children.len()
                };
                if stale {
                    let children = std::mem::take(&mut scopes[p].children);
                    let alive: Vec<_> = children
                        .into_iter()
                        .filter(|c| scopes.contains_key(*c))
                        .collect();
                    let parent = &mut scopes[p];
                    parent.children = alive;
                    parent.stale_children = 0;
                }
            }
            Some(slot)
        }) else {
            return;
        };
        for child in slot.children.iter().rev() {
            Scope { id: *child }.dispose_tree(nodes);
        }
        for cleanup in slot.cleanups.into_iter().rev() {
            cleanup();
        }
        with_runtime(|rt| {
            for effect in &slot.effects {
                dispose_effect(rt, *effect);
            }
            for signal in &slot.signals {
                bury(rt, *signal);
            }
        });
        nodes.extend_from_slice(&slot.nodes);
    }
}
