//! `watch` (synchronous, ArkUI's `@Watch`) and [`monitor`] (once per batch with the old
//! and new values, ArkUI V2's `@Monitor`).

use std::cell::RefCell;
use std::rc::Rc;

use super::diagnostics::{Diagnostic, report};
use super::effect::{MAX_RERUNS_PER_FLUSH, in_batch};
use super::runtime::{Hook, SignalInner, with_runtime};
use super::scope::Scope;
use super::signal::State;

/// Clears [`SignalInner::watching`] however the watchers return (a panic included).
struct Watching<'a>(&'a SignalInner);

impl Drop for Watching<'_> {
    fn drop(&mut self) {
        self.0.watching.set(false);
    }
}

/// Watchers run synchronously, before any binding, as ArkUI's @Watch does; rounds repeat
/// while they write the state back, up to the re-run bound.
pub(crate) fn run_watchers(inner: &SignalInner) {
    if inner.watchers.borrow().is_empty() {
        return;
    }
    inner.watching.set(true);
    let _watching = Watching(inner);
    let mut rounds = 0;
    loop {
        inner.rewatch.set(false);
        let watchers: Vec<_> = inner
            .watchers
            .borrow()
            .iter()
            .map(|(_, h)| h.clone())
            .collect();
        for watcher in watchers {
            watcher();
        }
        if !inner.rewatch.get() {
            return;
        }
        rounds += 1;
        if rounds >= MAX_RERUNS_PER_FLUSH {
            report(Diagnostic::ReactiveCycle {
                states: vec![inner.name.get().unwrap_or("<unnamed state>").to_string()],
            });
            return;
        }
    }
}

fn add_hook(state_id: super::runtime::SignalId, hook: Rc<dyn Fn()>, before: bool) -> Option<u64> {
    let id = with_runtime(|rt| {
        let inner = rt.signal(state_id)?;
        let id = rt.hook_id();
        let list = if before {
            &inner.before_change
        } else {
            &inner.watchers
        };
        list.borrow_mut().push((id, hook));
        Some(id)
    })?;
    // The hook lives as long as the scope that registered it.
    if let Some(scope) = Scope::current() {
        scope.on_cleanup(move || remove_hook(state_id, id));
    }
    Some(id)
}

fn remove_hook(state_id: super::runtime::SignalId, id: u64) {
    with_runtime(|rt| {
        if let Some(inner) = rt.signal(state_id) {
            let keep = |h: &Hook| h.0 != id;
            inner.watchers.borrow_mut().retain(keep);
            inner.before_change.borrow_mut().retain(keep);
        }
    });
}

/// Call `f` synchronously every time `state` is written, before any binding updates,
/// with the new value. Returns `false` when the state no longer exists.
///
/// `f` gets a copy, so it may write `state` itself (a clamp, a normalisation); a watch that
/// keeps changing it is stopped after [`MAX_RERUNS_PER_FLUSH`] rounds with a
/// [`Diagnostic::ReactiveCycle`] naming the state.
///
/// ```
/// use arkui_core::{State, watch, batch};
/// use std::{cell::RefCell, rc::Rc};
/// let count = State::new(0);
/// let seen = Rc::new(RefCell::new(Vec::new()));
/// let s = seen.clone();
/// watch(count, move |v| s.borrow_mut().push(*v));
/// batch(|| { count.set(1); count.set(2); });
/// assert_eq!(*seen.borrow(), vec![1, 2]); // synchronous: every write, even inside a batch
///
/// let percent = State::new(0);
/// watch(percent, move |v| if *v > 100 { percent.set(100) });
/// percent.set(250);
/// assert_eq!(percent.get(), 100);
/// ```
pub fn watch<T: Clone + 'static>(state: State<T>, f: impl Fn(&T) + 'static) -> bool {
    let hook: Rc<dyn Fn()> = Rc::new(move || {
        // A copy, read before `f` runs: no borrow is held while it writes.
        if let Ok(value) = super::untrack(|| state.try_get()) {
            f(&value);
        }
    });
    add_hook(state.id(), hook, false).is_some()
}

/// Call `f` synchronously after every write of `state` (what `#[watch(method)]` needs: no
/// value, so no copy). Same re-run bound as [`watch`].
pub(crate) fn watch_change<T: 'static>(state: State<T>, f: impl Fn() + 'static) -> bool {
    let hook: Rc<dyn Fn()> = Rc::new(move || super::untrack(&f));
    add_hook(state.id(), hook, false).is_some()
}

/// Call `f(before, after)` once after the batch in which `state` changed, before the UI
/// updates: several writes in one handler give one call with the first old value and the
/// last new one; a batch that ends where it started gives none.
///
/// ```
/// use arkui_core::{State, monitor, batch};
/// use std::{cell::RefCell, rc::Rc};
/// let count = State::new(0);
/// let calls = Rc::new(RefCell::new(Vec::new()));
/// let c = calls.clone();
/// monitor(count, move |before, after| c.borrow_mut().push((*before, *after)));
/// batch(|| { count.set(1); count.set(2); count.set(3); });
/// assert_eq!(*calls.borrow(), vec![(0, 3)]);
/// batch(|| { count.set(9); count.set(3); });
/// assert_eq!(calls.borrow().len(), 1); // net change: none
/// ```
pub fn monitor<T: Clone + PartialEq + 'static>(
    state: State<T>,
    f: impl Fn(&T, &T) + 'static,
) -> bool {
    let pending: Rc<RefCell<Option<T>>> = Rc::new(RefCell::new(None));
    let f = Rc::new(f);
    let hook: Rc<dyn Fn()> = Rc::new(move || {
        if pending.borrow().is_some() {
            return;
        }
        let Ok(before) = super::untrack(|| state.try_get()) else {
            return;
        };
        *pending.borrow_mut() = Some(before);
        let pending = pending.clone();
        let f = f.clone();
        let run: Rc<dyn Fn()> = Rc::new(move || {
            let Some(before) = pending.borrow_mut().take() else {
                return;
            };
            let Ok(after) = super::untrack(|| state.try_get()) else {
                return;
            };
            if before != after {
                f(&before, &after);
            }
        });
        with_runtime(|rt| rt.monitors.borrow_mut().push(run));
        // A write outside any batch is its own batch: the flush that follows runs it.
        let _ = in_batch();
    });
    add_hook(state.id(), hook, true).is_some()
}
