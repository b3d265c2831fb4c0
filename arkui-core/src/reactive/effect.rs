//! Effects: closures that re-run when the signals they read change; batching; the flush loop.

use std::collections::HashSet;

use super::diagnostics::{Diagnostic, report};
use super::runtime::{
    EffectId, EffectSlot, Observer, Runtime, SignalId, SignalInner, with_runtime,
};

/// How many times one effect may re-run inside one flush before the runtime calls it a cycle.
pub const MAX_RERUNS_PER_FLUSH: u32 = 100;

/// A side effect that runs now and again whenever a signal it read changes.
///
/// Owned by the current scope: it stops when the component that created it unmounts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Effect {
    id: EffectId,
}

impl Effect {
    /// Run `f` now, tracking what it reads, and re-run it on every change of those signals.
    pub fn new(f: impl FnMut() + 'static) -> Effect {
        let id = with_runtime(|rt| {
            let depth = rt.current_depth();
            let id = rt.effects.borrow_mut().insert(EffectSlot::new(
                Box::new(f),
                Vec::new(),
                rt.owner.get(),
                depth,
            ));
            register_with_owner(rt, id);
            id
        });
        // In a batch, so an effect that writes what it reads is re-run (and, if it never
        // settles, reported) by the flush loop instead of being silently skipped.
        batch(|| run_effect(id));
        Effect { id }
    }

    /// Stop the effect now (it is also stopped when its scope is disposed).
    pub fn dispose(self) {
        with_runtime(|rt| dispose_effect(rt, self.id));
    }
}

pub(crate) fn register_with_owner(rt: &Runtime, id: EffectId) {
    if let Some(owner) = rt.owner.get()
        && let Some(scope) = rt.scopes.borrow_mut().get_mut(owner)
    {
        scope.effects.push(id);
    }
}

pub(crate) fn dispose_effect(rt: &Runtime, id: EffectId) {
    let Some(slot) = rt.effects.borrow_mut().remove(id) else {
        return;
    };
    unsubscribe(rt, id, &slot.sources);
}

fn unsubscribe(rt: &Runtime, id: EffectId, sources: &[SignalId]) {
    for source in sources {
        if let Some(inner) = rt.signal(*source) {
            inner.subscribers.borrow_mut().retain(|e| *e != id);
        }
    }
}

/// Run `f` and return what it produced plus every signal it read (without subscribing).
pub(crate) fn track_collect<R>(f: impl FnOnce() -> R) -> (R, Vec<SignalId>) {
    let prev = with_runtime(|rt| rt.observer.replace(Observer::Collect(Vec::new())));
    let out = f();
    let deps = with_runtime(|rt| match rt.observer.replace(prev) {
        Observer::Collect(deps) => deps,
        _ => Vec::new(),
    });
    (out, deps)
}

/// The core of every `ui!` binding: compute a value once, hand it to `apply`, and when the
/// computation read any state keep it alive as an effect that re-applies on change.
/// A computation that read nothing costs one call and no allocation in the arena.
pub(crate) fn bind<T: 'static>(compute: impl Fn() -> T + 'static, apply: impl Fn(T) + 'static) {
    let (value, deps) = track_collect(&compute);
    untrack(|| apply(value));
    if !deps.is_empty() {
        register_effect(deps, move || {
            let v = compute();
            untrack(|| apply(v));
        });
    }
}

/// An effect whose first run already happened (its dependencies are `deps`).
pub(crate) fn register_effect(deps: Vec<SignalId>, f: impl FnMut() + 'static) {
    with_runtime(|rt| {
        let depth = rt.current_depth();
        let id = rt.effects.borrow_mut().insert(EffectSlot::new(
            Box::new(f),
            deps.clone(),
            rt.owner.get(),
            depth,
        ));
        for dep in &deps {
            if let Some(inner) = rt.signal(*dep) {
                inner.subscribers.borrow_mut().push(id);
            }
        }
        register_with_owner(rt, id);
    });
}

/// Run `f` without subscribing the current binding to anything it reads.
///
/// ```
/// use arkui_core::{Effect, State, untrack};
/// use std::{cell::Cell, rc::Rc};
/// let a = State::new(1);
/// let runs = Rc::new(Cell::new(0));
/// let r = runs.clone();
/// Effect::new(move || { untrack(|| a.get()); r.set(r.get() + 1); });
/// a.set(2);
/// assert_eq!(runs.get(), 1);
/// ```
pub fn untrack<R>(f: impl FnOnce() -> R) -> R {
    let prev = with_runtime(|rt| rt.observer.replace(Observer::None));
    let out = f();
    with_runtime(|rt| rt.observer.replace(prev));
    out
}

/// Group changes: effects run once after `f` returns, however many states it changed.
///
/// ```
/// use arkui_core::{Effect, State, batch};
/// use std::{cell::Cell, rc::Rc};
/// let (a, b) = (State::new(1), State::new(2));
/// let runs = Rc::new(Cell::new(0));
/// let r = runs.clone();
/// Effect::new(move || { a.get(); b.get(); r.set(r.get() + 1); });
/// batch(|| { a.set(10); b.set(20); });
/// assert_eq!(runs.get(), 2); // once at creation, once for the batch
/// ```
pub fn batch<R>(f: impl FnOnce() -> R) -> R {
    with_runtime(|rt| rt.batch_depth.set(rt.batch_depth.get() + 1));
    let out = f();
    let outermost = with_runtime(|rt| {
        rt.batch_depth.set(rt.batch_depth.get() - 1);
        rt.batch_depth.get() == 0
    });
    if outermost {
        flush();
    }
    out
}

/// Whether a batch is open (changes are being collected).
pub(crate) fn in_batch() -> bool {
    with_runtime(Runtime::in_batch)
}

/// A signal changed: queue the effects that read it, mark computed values that read it stale
/// (and, through them, their readers), then run the queue unless a batch is open.
pub(crate) fn notify(inner: &SignalInner) {
    mark(inner);
    let run_now = with_runtime(|rt| rt.batch_depth.get() == 0 && !rt.flushing.get());
    if run_now {
        flush();
    }
}

fn mark(inner: &SignalInner) {
    let subscribers = inner.subscribers.borrow().clone();
    let mut stale_computed = Vec::new();
    with_runtime(|rt| {
        let mut effects = rt.effects.borrow_mut();
        let mut queue = rt.queue.borrow_mut();
        for id in subscribers {
            let Some(slot) = effects.get_mut(id) else {
                continue;
            };
            match &mut slot.computed {
                Some(c) => {
                    if !c.dirty {
                        c.dirty = true;
                        stale_computed.push(c.signal);
                    }
                }
                None => {
                    if !slot.queued {
                        slot.queued = true;
                        queue.push(id);
                    }
                }
            }
        }
    });
    for signal in stale_computed {
        if let Some(inner) = with_runtime(|rt| rt.signal(signal)) {
            mark(&inner);
        }
    }
}

/// Run pending monitors, then queued effects (shallowest scope first), until nothing is left.
pub(crate) fn flush() {
    if with_runtime(|rt| rt.flushing.replace(true)) {
        return;
    }
    let mut ran: Vec<EffectId> = Vec::new();
    let mut reported: HashSet<EffectId> = HashSet::new();
    loop {
        // Monitors see the batch's net change before any node is updated.
        let monitors = with_runtime(|rt| std::mem::take(&mut *rt.monitors.borrow_mut()));
        if !monitors.is_empty() {
            for m in monitors {
                m();
            }
            continue;
        }
        let next = with_runtime(|rt| {
            let mut queue = rt.queue.borrow_mut();
            if queue.is_empty() {
                return None;
            }
            let effects = rt.effects.borrow();
            // Parent first: the shallowest queued effect runs next; it may dispose deeper ones.
            let (pos, _) = queue
                .iter()
                .enumerate()
                .min_by_key(|(i, id)| (effects.get(**id).map_or(0, |s| s.depth), *i))?;
            Some(queue.swap_remove(pos))
        });
        let Some(id) = next else { break };
        // A frozen scope's effect (a pooled component) waits, still marked queued, until
        // the scope thaws (`Scope::set_frozen`).
        let frozen = with_runtime(|rt| {
            let owner = rt.effects.borrow().get(id).and_then(|s| s.owner);
            let frozen = owner
                .and_then(|o| rt.scopes.borrow().get(o).map(|s| s.frozen))
                .unwrap_or(false);
            if frozen {
                rt.frozen.borrow_mut().push(id);
            }
            frozen
        });
        if frozen {
            continue;
        }
        let over_limit = with_runtime(|rt| {
            let mut effects = rt.effects.borrow_mut();
            let slot = effects.get_mut(id)?;
            slot.queued = false;
            slot.runs_in_flush += 1;
            Some(slot.runs_in_flush > MAX_RERUNS_PER_FLUSH)
        });
        match over_limit {
            None => continue,
            Some(true) => {
                if reported.insert(id) {
                    report_cycle(id);
                }
                continue;
            }
            Some(false) => {}
        }
        ran.push(id);
        crate::stats::count(|s| s.bindings_run += 1);
        run_effect(id);
    }
    with_runtime(|rt| {
        let mut effects = rt.effects.borrow_mut();
        for id in ran {
            if let Some(slot) = effects.get_mut(id) {
                slot.runs_in_flush = 0;
            }
        }
        rt.flushing.set(false);
    });
    // The handler and everything it triggered are done: what waited for the whole update
    // runs now (persisted storage saves the batch's keys together), and old tombstones go.
    let after = with_runtime(|rt| std::mem::take(&mut *rt.after_flush.borrow_mut()));
    for f in after {
        f();
    }
    with_runtime(super::tombstone::trim);
}

/// Run `f` once the current update has run all its effects: at the end of the open batch's
/// flush, or now when no update is under way.
pub(crate) fn after_flush(f: impl FnOnce() + 'static) {
    let later = with_runtime(|rt| {
        let busy = rt.flushing.get() || rt.batch_depth.get() > 0;
        if busy {
            rt.after_flush.borrow_mut().push(Box::new(f));
            None
        } else {
            Some(f)
        }
    });
    if let Some(f) = later {
        f();
    }
}

fn report_cycle(id: EffectId) {
    let states: Vec<String> = with_runtime(|rt| {
        let effects = rt.effects.borrow();
        let Some(slot) = effects.get(id) else {
            return Vec::new();
        };
        slot.sources
            .iter()
            .map(|s| {
                rt.signal(*s)
                    .and_then(|i| i.name.get())
                    .unwrap_or("<unnamed state>")
                    .to_string()
            })
            .collect()
    });
    report(Diagnostic::ReactiveCycle { states });
}

/// Run one effect (or recompute one computed value) with fresh tracking.
pub(crate) fn run_effect(id: EffectId) {
    let taken = with_runtime(|rt| {
        let mut effects = rt.effects.borrow_mut();
        let slot = effects.get_mut(id)?;
        let f = slot.f.take()?;
        let owner = slot.owner;
        let sources = std::mem::take(&mut slot.sources);
        drop(effects);
        unsubscribe(rt, id, &sources);
        Some((f, owner))
    });
    let Some((mut f, owner)) = taken else { return };
    let (prev, prev_owner) = with_runtime(|rt| {
        (
            rt.observer.replace(Observer::Effect(id)),
            rt.owner.replace(owner),
        )
    });
    f();
    with_runtime(|rt| {
        rt.observer.replace(prev);
        rt.owner.set(prev_owner);
        if let Some(slot) = rt.effects.borrow_mut().get_mut(id) {
            slot.f = Some(f);
        }
    });
}
