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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

    /// Stop owning `node` (it survives this scope's disposal; the caller now owns it).
    pub(crate) fn disown_node(self, node: NodeId) {
        with_runtime(|rt| {
            if let Some(scope) = rt.scopes.borrow_mut().get_mut(self.id)
                && let Some(at) = scope.nodes.iter().position(|n| *n == node)
            {
                scope.nodes.swap_remove(at);
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

    fn parent_is(self, parent: ScopeId) -> bool {
        with_runtime(|rt| {
            rt.scopes
                .borrow()
                .get(self.id)
                .is_some_and(|s| s.parent == Some(parent))
        })
    }

    /// Run the scope's recycler, if it has one: whether it kept the scope alive.
    fn recycle(self) -> bool {
        let hook = with_runtime(|rt| {
            rt.scopes
                .borrow_mut()
                .get_mut(self.id)
                .and_then(|s| s.recycler.take())
        });
        hook.is_some_and(|hook| hook())
    }

    /// Move this scope (and everything it owns) under `parent`: disposing its old parent no
    /// longer disposes it. Depths below are recomputed so that new effects order correctly.
    pub(crate) fn set_parent(self, parent: Scope) {
        with_runtime(|rt| {
            let mut scopes = rt.scopes.borrow_mut();
            let Some(depth) = scopes.get(parent.id).map(|p| p.depth + 1) else {
                return;
            };
            let Some(old) = scopes.get(self.id).map(|s| s.parent) else {
                return;
            };
            // The old parent forgets it lazily (see `dispose_tree`): a list replacing 10,000
            // reused rows must not scan its children once per row.
            if let Some(o) = old {
                forget_child(&mut scopes, o);
            }
            scopes[parent.id].children.push(self.id);
            scopes[self.id].parent = Some(parent.id);
            let mut stack = vec![(self.id, depth)];
            while let Some((id, d)) = stack.pop() {
                if let Some(s) = scopes.get_mut(id) {
                    s.depth = d;
                    let children = s.children.clone();
                    // Stale entries (children that moved away) are not ours to renumber.
                    stack.extend(
                        children
                            .into_iter()
                            .filter(|c| scopes.get(*c).is_some_and(|cs| cs.parent == Some(id)))
                            .map(|c| (c, d + 1)),
                    );
                }
            }
        });
    }

    /// Install the hook [`Scope::dispose`] runs instead of disposing this scope when an
    /// ancestor goes (see `crate::reuse`).
    pub(crate) fn set_recycler(self, hook: impl FnOnce() -> bool + 'static) {
        with_runtime(|rt| {
            if let Some(s) = rt.scopes.borrow_mut().get_mut(self.id) {
                s.recycler = Some(Box::new(hook));
            }
        });
    }

    /// Freeze or thaw this scope and the scopes it owns: while frozen, effects they own wait
    /// instead of running (ArkUI freezes pooled components); thawing runs what waited.
    pub(crate) fn set_frozen(self, frozen: bool) {
        let thawed = with_runtime(|rt| {
            {
                let mut scopes = rt.scopes.borrow_mut();
                let mut stack = vec![self.id];
                while let Some(id) = stack.pop() {
                    let Some(s) = scopes.get_mut(id) else {
                        continue;
                    };
                    s.frozen = frozen;
                    let children = s.children.clone();
                    stack.extend(
                        children
                            .into_iter()
                            .filter(|c| scopes.get(*c).is_some_and(|cs| cs.parent == Some(id))),
                    );
                }
            }
            // Effects that waited and can run now go back to the queue; the disposed drop.
            let effects = rt.effects.borrow();
            let scopes = rt.scopes.borrow();
            let mut waiting = rt.frozen.borrow_mut();
            let mut ready = Vec::new();
            waiting.retain(|id| {
                let Some(slot) = effects.get(*id) else {
                    return false;
                };
                let still = slot
                    .owner
                    .and_then(|o| scopes.get(o))
                    .is_some_and(|s| s.frozen);
                if !still {
                    ready.push(*id);
                }
                still
            });
            let any = !ready.is_empty();
            rt.queue.borrow_mut().extend(ready);
            any && rt.batch_depth.get() == 0 && !rt.flushing.get()
        });
        if thawed {
            super::effect::flush();
        }
    }

    /// Mark this scope as the owner of reuse pools for the reusable components below it.
    pub(crate) fn mark_reuse_host(self) {
        with_runtime(|rt| {
            if let Some(s) = rt.scopes.borrow_mut().get_mut(self.id) {
                s.reuse_host = true;
            }
        });
    }

    /// The scope whose pool reusable components created here go to: the nearest custom
    /// component's scope above (ArkUI pools per parent component), else the root.
    pub(crate) fn reuse_host(self) -> Scope {
        with_runtime(|rt| {
            let scopes = rt.scopes.borrow();
            let mut at = self.id;
            loop {
                let Some(s) = scopes.get(at) else {
                    return Scope { id: at };
                };
                match s.parent {
                    _ if s.reuse_host => return Scope { id: at },
                    Some(p) if scopes.contains_key(p) => at = p,
                    _ => return Scope { id: at },
                }
            }
        })
    }

    fn dispose_tree(self, nodes: &mut Vec<crate::tree::NodeId>) {
        let Some(slot) = with_runtime(|rt| {
            let mut scopes = rt.scopes.borrow_mut();
            let slot = scopes.remove(self.id)?;
            // Dropping 10,000 rows from one list must stay linear: the parent forgets
            // disposed children lazily.
            if let Some(p) = slot.parent {
                forget_child(&mut scopes, p);
            }
            Some(slot)
        }) else {
            return;
        };
        for child in slot.children.iter().rev() {
            let child = Scope { id: *child };
            // A child that moved to another parent (a reused component) is no longer ours;
            // a reusable component leaving with its parent goes to a pool, not away.
            if child.parent_is(self.id) && !child.recycle() {
                child.dispose_tree(nodes);
            }
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

/// Count one of `p`'s children as gone (disposed or moved), compacting the list once stale
/// entries outnumber live ones: amortised O(1) per child.
fn forget_child(scopes: &mut slotmap::SlotMap<ScopeId, ScopeSlot>, p: ScopeId) {
    let Some(parent) = scopes.get_mut(p) else {
        return;
    };
    parent.stale_children += 1;
    if parent.stale_children <= 32 || parent.stale_children * 2 <= parent.children.len() {
        return;
    }
    let children = std::mem::take(&mut parent.children);
    // A child that left and came back (a pooled component) is listed twice: keep one.
    let mut seen = std::collections::HashSet::with_capacity(children.len());
    let alive: Vec<_> = children
        .into_iter()
        .filter(|c| scopes.get(*c).is_some_and(|s| s.parent == Some(p)) && seen.insert(*c))
        .collect();
    let parent = &mut scopes[p];
    parent.children = alive;
    parent.stale_children = 0;
}
