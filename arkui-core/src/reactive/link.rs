//! [`Link`]: a two-way binding to state owned elsewhere (a parent, a store).

use std::fmt;

use super::prop::Prop;
use super::runtime::ReactiveError;
use super::signal::State;
use super::untrack;

/// A two-way binding to a parent's state, ArkUI's `@Link`: reads and writes go to the
/// parent's value itself. A component's link is bound when the parent passes the state
/// (`Child(count = self.count)`); reading an unbound link is a typed error.
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
    target: State<Option<State<T>>>,
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
            target: State::new(Some(s)),
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
    fn link_target(self) -> Option<State<T>> {
        self.target()
    }
}

impl<T: 'static> LinkSource<T> for Prop<T> {
    fn link_target(self) -> Option<State<T>> {
        Some(self.state())
    }
}

impl<T: 'static> Link<T> {
    /// A link not bound yet (a component's `#[link]` before its parent passes the state).
    pub fn unbound() -> Link<T> {
        Link {
            target: State::new(None),
        }
    }

    /// Point this link at `source`'s state. Readers of the link update.
    pub fn bind(&self, source: impl LinkSource<T>) {
        self.target.set(source.link_target());
    }

    /// The linked state, if bound (not tracked).
    pub fn target(&self) -> Option<State<T>> {
        untrack(|| self.target.try_get().ok().flatten())
    }

    fn state(&self) -> Result<State<T>, ReactiveError> {
        self.target
            .try_get()
            .map_err(|_| ReactiveError::Disposed { what: "link" })?
            .ok_or(ReactiveError::Unbound { what: "link" })
    }

    /// Run `f` on the linked value, subscribing the current binding.
    pub fn try_with<R>(&self, f: impl FnOnce(&T) -> R) -> Result<R, ReactiveError> {
        self.state()?.try_with(f)
    }

    /// Run `f` on the linked value, subscribing the current binding. Once the link or its
    /// target was disposed, `f` sees the target's last value, as [`State::with`] describes.
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
    ///
    /// # Panics
    /// When the link was never bound (a `#[link]` field its parent did not pass): there is no
    /// value at all. [`Link::try_with`] reports [`ReactiveError::Unbound`] instead.
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        match self.target.with(|t| *t) {
            Some(state) => state.with(f),
            None => panic!("{}", ReactiveError::Unbound { what: "link" }),
        }
    }

    /// A clone of the value, subscribing the current binding; the last value once disposed
    /// (see [`Link::with`]).
    pub fn get(&self) -> T
    where
        T: Clone,
    {
        self.with(T::clone)
    }

    /// A clone of the value, or why there is none.
    pub fn try_get(&self) -> Result<T, ReactiveError>
    where
        T: Clone,
    {
        self.try_with(T::clone)
    }

    /// A clone without subscribing.
    pub fn get_untracked(&self) -> T
    where
        T: Clone,
    {
        untrack(|| self.get())
    }

    /// Write through to the linked state (a logged no-op when unbound).
    pub fn set(&self, value: T) {
        match self.state() {
            Ok(s) => s.set(value),
            Err(e) => log::error!("Link::set ignored: {e}"),
        }
    }

    /// Change the linked state in place (a logged no-op when unbound).
    pub fn update(&self, f: impl FnOnce(&mut T)) {
        match self.state() {
            Ok(s) => s.update(f),
            Err(e) => log::error!("Link::update ignored: {e}"),
        }
    }
}
