//! [`Link`]: a two-way binding to state owned elsewhere (a parent, a store).

use std::cell::Cell;
use std::fmt;

use super::diagnostics::{Diagnostic, report};
use super::prop::Prop;
use super::runtime::ReactiveError;
use super::signal::State;
use super::untrack;

/// A two-way binding to a parent's state, ArkUI's `@Link`: reads and writes go to the
/// parent's value itself. A component's link is bound when the parent passes the state
/// (`Child(count = self.count)`).
///
/// A link its parent never bound reads and writes a local value instead (the type's
/// default, or the one given to [`Link::unbound_or`]), with a
/// [`super::Diagnostic::ReactiveMisuse`] at its first use; [`Link::try_get`] and
/// [`Link::try_with`] report [`ReactiveError::Unbound`].
///
/// ```
/// use arkui_core::{Link, State};
/// let parent = State::new(1);
/// let child: Link<i32> = Link::from(parent);
/// child.set(5);
/// assert_eq!(parent.get(), 5);
/// parent.set(7);
/// assert_eq!(child.get(), 7);
/// assert!(Link::<i32>::unbound().try_get().is_err());
/// ```
pub struct Link<T> {
    target: State<Target<T>>,
    /// What the link reads and writes while unbound (`None` for links made bound).
    local: Option<State<T>>,
}

struct Target<T> {
    state: Option<State<T>>,
    /// The unbound link was already reported (once per link: bindings re-read it).
    reported: Cell<bool>,
}

impl<T> Target<T> {
    fn new(state: Option<State<T>>) -> Target<T> {
        Target {
            state,
            reported: Cell::new(false),
        }
    }
}

impl<T> Clone for Link<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Link<T> {}

impl<T> fmt::Debug for Link<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Link({:?})", self.target)
    }
}

impl<T: 'static> From<State<T>> for Link<T> {
    fn from(s: State<T>) -> Link<T> {
        Link {
            target: State::new(Target::new(Some(s))),
            local: None,
        }
    }
}

/// What a `@Link` can be bound to: a state, another link (re-linking to its target), or a
/// prop's local state.
pub trait LinkSource<T> {
    /// The state the link should read and write.
    fn link_target(self) -> Option<State<T>>;
}

impl<T: 'static> LinkSource<T> for State<T> {
    fn link_target(self) -> Option<State<T>> {
        Some(self)
    }
}

impl<T: 'static> LinkSource<T> for Link<T> {
    /// Its target; for an unbound link, its local value, so both links share it.
    fn link_target(self) -> Option<State<T>> {
        self.target().or(self.local)
    }
}

impl<T: 'static> LinkSource<T> for Prop<T> {
    fn link_target(self) -> Option<State<T>> {
        Some(self.state())
    }
}

impl<T: 'static> Link<T> {
    /// A link not bound yet (a component's `#[link]` before its parent passes the state).
    /// Until bound it reads and writes a local `T::default()` (see [`Link`]).
    ///
    /// ```
    /// use arkui_core::{Diagnostic, Link, ReactiveError, State, take_diagnostics};
    /// take_diagnostics();
    /// let link = Link::<i32>::unbound();
    /// assert_eq!(link.get(), 0); // the default, logged, not a panic
    /// link.set(4); // kept locally
    /// assert_eq!(link.get(), 4);
    /// assert_eq!(link.try_get(), Err(ReactiveError::Unbound { what: "link" }));
    /// let d = take_diagnostics();
    /// assert!(matches!(
    ///     &d[..],
    ///     [Diagnostic::ReactiveMisuse { error: ReactiveError::Unbound { .. }, .. }]
    /// ));
    /// let parent = State::new(9);
    /// link.bind(parent);
    /// assert_eq!(link.get(), 9);
    /// ```
    pub fn unbound() -> Link<T>
    where
        T: Default,
    {
        Link::unbound_or(T::default())
    }

    /// A link not bound yet that reads and writes `local` until it is (for types with no
    /// `Default`).
    pub fn unbound_or(local: T) -> Link<T> {
        Link {
            target: State::new(Target::new(None)),
            local: Some(State::new(local)),
        }
    }

    /// Point this link at `source`'s state. Readers of the link update.
    pub fn bind(&self, source: impl LinkSource<T>) {
        match source.link_target() {
            Some(state) => self.target.set(Target::new(Some(state))),
            None => log::error!("Link::bind ignored: the source has no state to link to"),
        }
    }

    /// The linked state, if bound (not tracked).
    pub fn target(&self) -> Option<State<T>> {
        untrack(|| self.target.try_with(|t| t.state).ok().flatten())
    }

    fn state(&self) -> Result<State<T>, ReactiveError> {
        self.target
            .try_with(|t| t.state)
            .map_err(|_| ReactiveError::Disposed { what: "link" })?
            .ok_or(ReactiveError::Unbound { what: "link" })
    }

    /// The state reads and writes go to: the target, or while unbound the local value
    /// (reported at the link's first use).
    fn resolve(&self) -> State<T> {
        let (state, first) = self
            .target
            .with(|t| (t.state, t.state.is_none() && !t.reported.replace(true)));
        if let Some(state) = state {
            return state;
        }
        let local = self
            .local
            .expect("only unbound()/unbound_or() make unbound links, and both set `local`");
        if first {
            report(Diagnostic::ReactiveMisuse {
                error: ReactiveError::Unbound { what: "link" },
                state: "<unbound link>".to_string(),
                fallback: "it reads and writes a local value (the type's default) until its \
                           parent binds it",
            });
        }
        local
    }

    /// Run `f` on the linked value, subscribing the current binding.
    pub fn try_with<R>(&self, f: impl FnOnce(&T) -> R) -> Result<R, ReactiveError> {
        self.state()?.try_with(f)
    }

    /// Run `f` on the linked value, subscribing the current binding. Once the link or its
    /// target was disposed, `f` sees the target's last value, as [`State::with`] describes;
    /// while unbound, the link's local value (see [`Link::unbound`]).
    ///
    /// ```
    /// use arkui_core::{Link, Scope, State};
    /// let parent = Scope::new_root();
    /// let (count, link) = parent.run(|| {
    ///     let count = State::new(3);
    ///     (count, Link::from(count))
    /// });
    /// parent.dispose();
    /// assert_eq!(link.get(), 3); // logged, not a panic
    /// link.set(4); // a logged no-op
    /// assert_eq!(count.get(), 3);
    /// ```
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.resolve().with(f)
    }

    /// A clone of the value, subscribing the current binding; the last value once disposed,
    /// the local value while unbound (see [`Link::with`]).
    pub fn get(&self) -> T
    where
        T: Clone,
    {
        self.resolve().get()
    }

    /// A clone of the value, or why there is none.
    pub fn try_get(&self) -> Result<T, ReactiveError>
    where
        T: Clone,
    {
        self.state()?.try_get()
    }

    /// A clone without subscribing.
    pub fn get_untracked(&self) -> T
    where
        T: Clone,
    {
        untrack(|| self.get())
    }

    /// Write through to the linked state (to the local value while unbound; a logged no-op
    /// once disposed).
    pub fn set(&self, value: T) {
        match self.state() {
            Ok(s) => s.set(value),
            Err(ReactiveError::Unbound { .. }) => self.resolve().set(value),
            Err(e) => log::error!("Link::set ignored: {e}"),
        }
    }

    /// Change the linked state in place (the local value while unbound; a logged no-op once
    /// disposed).
    pub fn update(&self, f: impl FnOnce(&mut T)) {
        match self.state() {
            Ok(s) => s.update(f),
            Err(ReactiveError::Unbound { .. }) => self.resolve().update(f),
            Err(e) => log::error!("Link::update ignored: {e}"),
        }
    }
}
