//! Tombstones: what the handles of a disposed signal read, so that an old click handler or
//! timer that still holds `self.count` after its component unmounted gets a value instead of
//! crashing the app.
//!
//! Handles are `Copy` ids with no reference count, so the runtime cannot know when the last
//! one is gone. It keeps, instead:
//! - every value disposed during the current batch (a handler that unmounts its own component
//!   and then reads its state sees that state's last value), and the last [`KEPT`] after it;
//! - for older ones, the last evicted value of each type, so a read still returns a `T`
//!   (stale, and said so in the log). Memory stays bounded: [`KEPT`] values plus one per type.

use std::any::{Any, TypeId};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use super::runtime::{Runtime, SignalId, SignalInner};

/// How many disposed values outlive the batch that disposed them.
pub(crate) const KEPT: usize = 64;

struct Grave {
    id: SignalId,
    inner: Rc<SignalInner>,
    warned: bool,
}

/// A disposed signal's value, as found by [`Graveyard::find`].
pub(crate) struct Found {
    pub(crate) inner: Rc<SignalInner>,
    /// The handle's own last value (`false`: another disposed value of the same type).
    pub(crate) exact: bool,
    /// Whether this is the first read of that handle after it was disposed.
    pub(crate) first: bool,
}

#[derive(Default)]
pub(crate) struct Graveyard {
    recent: VecDeque<Grave>,
    by_type: HashMap<TypeId, Rc<SignalInner>>,
    /// Handles already warned about a stale read (bounded: a log line, not a leak).
    warned_stale: VecDeque<SignalId>,
}

impl Graveyard {
    fn push(&mut self, id: SignalId, inner: Rc<SignalInner>) {
        self.recent.push_back(Grave {
            id,
            inner,
            warned: false,
        });
    }

    /// Evict down to [`KEPT`]; returns what must be dropped once no runtime borrow is held
    /// (a value's `Drop` may touch the runtime).
    fn trim(&mut self) -> Vec<Rc<SignalInner>> {
        let mut dropped = Vec::new();
        let mut busy = Vec::new();
        while self.recent.len() > KEPT {
            let Some(grave) = self.recent.pop_front() else {
                break;
            };
            let ty = grave
                .inner
                .value
                .try_borrow()
                .map(|v| Any::type_id(&**v))
                .ok();
            // Being read right now: kept until the next trim.
            let Some(ty) = ty else {
                busy.push(grave);
                continue;
            };
            if let Some(old) = self.by_type.insert(ty, grave.inner) {
                dropped.push(old);
            }
        }
        for grave in busy.into_iter().rev() {
            self.recent.push_front(grave);
        }
        dropped
    }

    /// The value a read of disposed handle `id` (of value type `ty`) should see.
    pub(crate) fn find(&mut self, id: SignalId, ty: TypeId) -> Option<Found> {
        if let Some(grave) = self.recent.iter_mut().rev().find(|g| g.id == id) {
            let first = !std::mem::replace(&mut grave.warned, true);
            return Some(Found {
                inner: grave.inner.clone(),
                exact: true,
                first,
            });
        }
        let inner = self.by_type.get(&ty)?.clone();
        let first = !self.warned_stale.contains(&id);
        if first {
            if self.warned_stale.len() >= KEPT {
                self.warned_stale.pop_front();
            }
            self.warned_stale.push_back(id);
        }
        Some(Found {
            inner,
            exact: false,
            first,
        })
    }
}

/// Remove signal `id` from the arena, keeping its value as a tombstone. Its subscribers and
/// hooks are dropped: nothing reacts to a disposed signal.
pub(crate) fn bury(rt: &Runtime, id: SignalId) {
    let Some(inner) = rt.signals.borrow_mut().remove(id) else {
        return;
    };
    let subscribers = inner
        .subscribers
        .try_borrow_mut()
        .map(|mut s| std::mem::take(&mut *s));
    let watchers = inner
        .watchers
        .try_borrow_mut()
        .map(|mut w| std::mem::take(&mut *w));
    let before = inner
        .before_change
        .try_borrow_mut()
        .map(|mut b| std::mem::take(&mut *b));
    rt.graves.borrow_mut().push(id, inner);
    // Hooks own closures: dropped with no runtime borrow held.
    drop((subscribers, watchers, before));
}

/// Let go of tombstones beyond [`KEPT`], unless a batch is open: the handler that disposed
/// them may still read them.
pub(crate) fn trim(rt: &Runtime) {
    if rt.in_batch() {
        return;
    }
    let dropped = rt.graves.borrow_mut().trim();
    drop(dropped);
}
