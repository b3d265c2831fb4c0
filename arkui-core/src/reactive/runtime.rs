//! The thread-local arena behind every reactive handle.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

use slotmap::{SlotMap, new_key_type};

use super::tombstone::Graveyard;
use crate::tree::NodeId;

new_key_type! {
    /// Id of a signal slot.
    pub(crate) struct SignalId;
    /// Id of an effect slot.
    pub(crate) struct EffectId;
    /// Id of a scope.
    pub(crate) struct ScopeId;
}

/// Errors from the reactive runtime.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReactiveError {
    /// The handle's scope was disposed (its component unmounted); the value is gone.
    Disposed {
        /// What kind of handle was used.
        what: &'static str,
    },
    /// A `@Link` was used before its parent bound it to a state.
    Unbound {
        /// What kind of handle was used.
        what: &'static str,
    },
    /// A value was read while it was being written (e.g. `update` reading its own state).
    Borrowed {
        /// What kind of handle was used.
        what: &'static str,
    },
    /// A computed value was read from inside its own computation.
    Cycle {
        /// What kind of handle was used.
        what: &'static str,
    },
}

impl fmt::Display for ReactiveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReactiveError::Disposed { what } => write!(
                f,
                "this {what} belongs to a component that was unmounted; \
                 keep handles only inside the component that owns them"
            ),
            ReactiveError::Unbound { what } => write!(
                f,
                "this {what} is not bound to any state yet; pass it from the parent, e.g. \
                 `Child(count = self.count)`"
            ),
            ReactiveError::Borrowed { what } => write!(
                f,
                "this {what} was accessed while its own `update` closure was running; \
                 read it before calling `update`, or use the closure's argument"
            ),
            ReactiveError::Cycle { what } => write!(
                f,
                "this {what} was read from inside its own computation, so it depends on \
                 itself; compute it from the states it is derived from instead"
            ),
        }
    }
}

impl std::error::Error for ReactiveError {}

/// Clones a signal's boxed value (registered by the `T: Clone` reads).
pub(crate) type Cloner = fn(&dyn Any) -> Box<dyn Any>;

/// A hook registered on a signal (a watch or a monitor), removable by id.
pub(crate) type Hook = (u64, Rc<dyn Fn()>);

pub(crate) struct SignalInner {
    pub(crate) value: RefCell<Box<dyn Any>>,
    pub(crate) subscribers: RefCell<Vec<EffectId>>,
    /// Called synchronously after every change (`watch`).
    pub(crate) watchers: RefCell<Vec<Hook>>,
    /// Called synchronously before every change (monitors snapshot the old value).
    pub(crate) before_change: RefCell<Vec<Hook>>,
    /// A name for diagnostics (`Counter.count`).
    pub(crate) name: Cell<Option<&'static str>>,
    /// Clones the value; set by the first `T: Clone` read, so that an `update` can keep the
    /// value as it was for reads from inside its own closure.
    pub(crate) cloner: Cell<Option<Cloner>>,
    /// The value as it was when the running `update` started (only when `cloner` is set).
    pub(crate) before_update: RefCell<Option<Box<dyn Any>>>,
    /// `set`s made while the value was borrowed (inside its own `update` or `with`), applied
    /// in order as soon as that borrow ends.
    pub(crate) deferred: RefCell<Vec<Box<dyn FnOnce()>>>,
    /// Its watchers are running: a write from one of them is picked up by that loop.
    pub(crate) watching: Cell<bool>,
    /// A watcher wrote the state while its watchers were running.
    pub(crate) rewatch: Cell<bool>,
}

impl SignalInner {
    pub(crate) fn new(value: Box<dyn Any>) -> SignalInner {
        SignalInner {
            value: RefCell::new(value),
            subscribers: RefCell::new(Vec::new()),
            watchers: RefCell::new(Vec::new()),
            before_change: RefCell::new(Vec::new()),
            name: Cell::new(None),
            cloner: Cell::new(None),
            before_update: RefCell::new(None),
            deferred: RefCell::new(Vec::new()),
            watching: Cell::new(false),
            rewatch: Cell::new(false),
        }
    }
}

/// The extra state of an effect that is a lazily computed value.
#[derive(Clone, Copy)]
pub(crate) struct ComputedState {
    pub(crate) signal: SignalId,
    pub(crate) dirty: bool,
}

pub(crate) struct EffectSlot {
    /// Taken out while running, so the closure may touch the runtime freely.
    pub(crate) f: Option<Box<dyn FnMut()>>,
    pub(crate) sources: Vec<SignalId>,
    pub(crate) depth: u32,
    pub(crate) queued: bool,
    pub(crate) runs_in_flush: u32,
    pub(crate) computed: Option<ComputedState>,
    /// The scope current when the effect was created; current again whenever it re-runs, so
    /// what it creates is owned and what it consumes is found.
    pub(crate) owner: Option<ScopeId>,
}

impl EffectSlot {
    pub(crate) fn new(
        f: Box<dyn FnMut()>,
        sources: Vec<SignalId>,
        owner: Option<ScopeId>,
        depth: u32,
    ) -> EffectSlot {
        EffectSlot {
            f: Some(f),
            sources,
            depth,
            queued: false,
            runs_in_flush: 0,
            computed: None,
            owner,
        }
    }
}

#[derive(Default)]
pub(crate) struct ScopeSlot {
    pub(crate) parent: Option<ScopeId>,
    pub(crate) children: Vec<ScopeId>,
    /// Entries of `children` already disposed (removed lazily).
    pub(crate) stale_children: usize,
    pub(crate) signals: Vec<SignalId>,
    pub(crate) effects: Vec<EffectId>,
    pub(crate) nodes: Vec<NodeId>,
    pub(crate) cleanups: Vec<Box<dyn FnOnce()>>,
    pub(crate) depth: u32,
    /// Values provided to descendants: (type, name, boxed `State<T>`).
    pub(crate) contexts: Vec<(std::any::TypeId, Option<&'static str>, Box<dyn Any>)>,
    /// A reusable component's hook, run instead of disposal when an ancestor scope is
    /// disposed: `true` when it moved the scope into a reuse pool (see `crate::reuse`).
    pub(crate) recycler: Option<Box<dyn FnOnce() -> bool>>,
    /// Whether reusable components below keep their pool here (a custom component's scope).
    pub(crate) reuse_host: bool,
    /// Frozen (a pooled component): its effects wait instead of running.
    pub(crate) frozen: bool,
}

/// Who is listening to signal reads right now.
pub(crate) enum Observer {
    None,
    Effect(EffectId),
    Collect(Vec<SignalId>),
}

pub(crate) struct Runtime {
    pub(crate) signals: RefCell<SlotMap<SignalId, Rc<SignalInner>>>,
    pub(crate) effects: RefCell<SlotMap<EffectId, EffectSlot>>,
    pub(crate) scopes: RefCell<SlotMap<ScopeId, ScopeSlot>>,
    pub(crate) observer: RefCell<Observer>,
    pub(crate) owner: Cell<Option<ScopeId>>,
    pub(crate) batch_depth: Cell<u32>,
    pub(crate) queue: RefCell<Vec<EffectId>>,
    /// Queued effects of frozen scopes (pooled components), held until they thaw.
    pub(crate) frozen: RefCell<Vec<EffectId>>,
    pub(crate) flushing: Cell<bool>,
    /// Monitors with a change pending in the current batch, run once when it ends.
    pub(crate) monitors: RefCell<Vec<Rc<dyn Fn()>>>,
    /// Run once the current flush has run every effect (see `effect::after_flush`).
    pub(crate) after_flush: RefCell<Vec<Box<dyn FnOnce()>>>,
    pub(crate) next_hook: Cell<u64>,
    /// Values of disposed signals, read by handles that outlived them.
    pub(crate) graves: RefCell<Graveyard>,
}

thread_local! {
    static RUNTIME: Runtime = Runtime {
        signals: RefCell::new(SlotMap::with_key()),
        effects: RefCell::new(SlotMap::with_key()),
        scopes: RefCell::new(SlotMap::with_key()),
        observer: RefCell::new(Observer::None),
        owner: Cell::new(None),
        batch_depth: Cell::new(0),
        queue: RefCell::new(Vec::new()),
        frozen: RefCell::new(Vec::new()),
        flushing: Cell::new(false),
        monitors: RefCell::new(Vec::new()),
        after_flush: RefCell::new(Vec::new()),
        next_hook: Cell::new(1),
        graves: RefCell::new(Graveyard::default()),
    };
}

pub(crate) fn with_runtime<R>(f: impl FnOnce(&Runtime) -> R) -> R {
    RUNTIME.with(f)
}

impl Runtime {
    pub(crate) fn signal(&self, id: SignalId) -> Option<Rc<SignalInner>> {
        self.signals.borrow().get(id).cloned()
    }

    /// Record that the current observer read `id`.
    pub(crate) fn track(&self, id: SignalId, inner: &SignalInner) {
        let mut observer = self.observer.borrow_mut();
        match &mut *observer {
            Observer::None => {}
            Observer::Collect(deps) => {
                if !deps.contains(&id) {
                    deps.push(id);
                }
            }
            Observer::Effect(effect) => {
                let effect = *effect;
                drop(observer);
                let mut effects = self.effects.borrow_mut();
                if let Some(slot) = effects.get_mut(effect)
                    && !slot.sources.contains(&id)
                {
                    slot.sources.push(id);
                    inner.subscribers.borrow_mut().push(effect);
                }
            }
        }
    }

    /// Allocate a signal owned by the current scope.
    pub(crate) fn new_signal(&self, value: Box<dyn Any>) -> SignalId {
        let id = self
            .signals
            .borrow_mut()
            .insert(Rc::new(SignalInner::new(value)));
        if let Some(owner) = self.owner.get()
            && let Some(scope) = self.scopes.borrow_mut().get_mut(owner)
        {
            scope.signals.push(id);
        }
        id
    }

    /// Whether a batch or a flush is open (changes are being collected or applied).
    pub(crate) fn in_batch(&self) -> bool {
        self.batch_depth.get() > 0 || self.flushing.get()
    }

    pub(crate) fn hook_id(&self) -> u64 {
        let id = self.next_hook.get();
        self.next_hook.set(id + 1);
        id
    }

    pub(crate) fn current_depth(&self) -> u32 {
        self.owner
            .get()
            .and_then(|o| self.scopes.borrow().get(o).map(|s| s.depth))
            .unwrap_or(0)
    }
}
