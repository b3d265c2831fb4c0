//! Row holders of keyed lists (`ForEach`, `LazyForEach`, `Repeat`): the fragment a row's
//! nodes hang in. Emptied holders of unmounted rows are kept (owned by no scope) for the
//! next rows, so a list whose rows are `#[reusable]` components builds no node at all once
//! its first screen is up.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use crate::reactive::Scope;
use crate::tree::{NodeId, NodeKind};

/// Empty holders kept per list.
const SPARE_HOLDERS: usize = 64;

/// A list's spare holders; they are disposed with the list's owner scope.
pub(crate) struct RowHolders {
    spare: Rc<RefCell<Vec<NodeId>>>,
    owner: Option<Scope>,
}

impl RowHolders {
    /// Holders for a list owned by the current scope.
    pub(crate) fn new() -> RowHolders {
        let owner = Scope::current();
        let spare: Rc<RefCell<Vec<NodeId>>> = Rc::default();
        if let Some(owner) = owner {
            let spare = spare.clone();
            owner.on_cleanup(move || {
                let spare = std::mem::take(&mut *spare.borrow_mut());
                crate::tree::dispose_nodes(&spare);
            });
        }
        RowHolders { spare, owner }
    }

    /// The scope that owns the list (rows' scopes are its children).
    pub(crate) fn owner(&self) -> Option<Scope> {
        self.owner
    }

    /// A holder for a row whose scope is `scope`: a spare one, else a new fragment `tag`.
    pub(crate) fn holder(&self, scope: Scope, tag: &'static str) -> NodeId {
        let spare = self.spare.borrow_mut().pop();
        match spare {
            Some(h) => {
                scope.own_node(h);
                h
            }
            None => scope.run(|| NodeId::create(tag, NodeKind::Fragment)),
        }
    }

    /// Unmount a row (its scope and everything it owns), keeping its holder when there is
    /// room. The holder must already be detached from the list (see [`detach_all`]).
    pub(crate) fn unmount(&self, scope: Scope, holder: NodeId) {
        let keep = self.owner.is_some() && self.spare.borrow().len() < SPARE_HOLDERS;
        if keep {
            scope.disown_node(holder);
        }
        scope.dispose();
        if keep {
            // Whatever the row's scope did not own (nothing, normally) goes with the holder.
            if holder.children().is_empty() && holder.parent().is_none() {
                self.spare.borrow_mut().push(holder);
            } else {
                crate::tree::dispose_nodes(&[holder]);
            }
        }
    }
}

/// Detach `holders` from `container` in one pass: removing 10,000 rows stays linear.
pub(crate) fn detach_all(container: NodeId, holders: &HashSet<NodeId>) {
    if holders.is_empty() {
        return;
    }
    let staying: Vec<NodeId> = container
        .children()
        .into_iter()
        .filter(|n| !holders.contains(n))
        .collect();
    container.set_children(staying);
}
