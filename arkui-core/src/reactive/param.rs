//! [`Param`] and [`OnceParam`]: values a V2 component receives from its parent, ArkUI's
//! `@Param` and `@Param @Once`.

use std::fmt;

use super::runtime::ReactiveError;
use super::signal::State;

/// A value the parent passes down, ArkUI V2's `@Param`: the child reads it and follows every
/// change the parent makes, but cannot write it (there is no `set`; change it in the parent,
/// or tell the parent through an `#[event]`).
///
/// ```
/// use arkui_core::Param;
/// let title = Param::new("draft".to_string());
/// assert_eq!(title.get(), "draft");
/// title.set_from_parent("final".into());
/// assert_eq!(title.get(), "final");
/// assert!(title.was_passed());
/// ```
pub struct Param<T> {
    value: State<T>,
    passed: State<bool>,
}

impl<T> Clone for Param<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Param<T> {}

impl<T> fmt::Debug for Param<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Param({:?})", self.value.id())
    }
}

/// Writing a `#[param]` from the child is refused at compile time through this trait, which
/// no type implements (see [`Param::set`]).
#[diagnostic::on_unimplemented(
    message = "a #[param] is read-only in the component that receives it",
    label = "written here",
    note = "change the value in the parent (the child follows), tell the parent through an \
            #[event], or mark the field `#[once]` to own it after the first value"
)]
pub trait ParamIsReadOnly: sealed::Never {}

mod sealed {
    /// Implemented by no type, and private: nobody can implement [`super::ParamIsReadOnly`].
    pub trait Never {}
}

/// A V2 `#[param]` passed on by reference (to a `#[builder]`, ArkTS's `$$`).
///
/// ```
/// use arkui_core::{Param, ReadSignal};
/// let p = Param::new(1);
/// let r = ReadSignal::from(p);
/// p.set_from_parent(2);
/// assert_eq!(r.get(), 2);
/// ```
impl<T: 'static> From<Param<T>> for super::ReadSignal<T> {
    fn from(p: Param<T>) -> super::ReadSignal<T> {
        p.value.into()
    }
}

impl<T: 'static> Param<T> {
    /// A param holding `value` until the parent passes one.
    pub fn new(value: T) -> Param<T> {
        Param {
            value: State::new(value),
            passed: State::new(false),
        }
    }

    /// The parent's value (what `ui!` calls when the parent's argument changes).
    pub fn set_from_parent(&self, value: T) {
        self.passed.set(true);
        self.value.set(value);
    }

    /// Back to `value`, as if the parent had passed nothing yet (a reused `#[reusable]`
    /// V2 component starts over).
    pub fn reset(&self, value: T) {
        self.passed.set(false);
        self.value.set(value);
    }

    /// Whether the parent passed a value (a `#[require]` param must have one).
    pub fn was_passed(&self) -> bool {
        self.passed.get_untracked()
    }

    /// A clone of the value, subscribing the current binding.
    pub fn get(&self) -> T
    where
        T: Clone,
    {
        self.value.get()
    }

    /// A clone of the value, or an error once unmounted.
    pub fn try_get(&self) -> Result<T, ReactiveError>
    where
        T: Clone,
    {
        self.value.try_get()
    }

    /// Run `f` on the value, subscribing the current binding.
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.value.with(f)
    }

    /// Not allowed: a `#[param]` is read-only in the child. Calling it is a compile error
    /// naming the rule (the bound can never hold).
    pub fn set(&self, _value: T)
    where
        T: ParamIsReadOnly,
    {
    }

    /// Not allowed, as [`Param::set`].
    pub fn update(&self, _f: impl FnOnce(&mut T))
    where
        T: ParamIsReadOnly,
    {
    }

    /// The state behind the param, read-only (for monitors and computed values).
    pub fn read(&self) -> super::ReadSignal<T> {
        self.value.into()
    }
}

/// A `#[param]` marked `#[once]`, ArkUI's `@Param @Once`: takes the parent's first value
/// only (later changes in the parent are ignored) and then belongs to the child, which may
/// change it.
///
/// ```
/// use arkui_core::OnceParam;
/// let start = OnceParam::new(0);
/// start.set_from_parent(5);
/// start.set_from_parent(9); // ignored: only the first value is taken
/// assert_eq!(start.get(), 5);
/// start.set(6); // the child owns it now
/// assert_eq!(start.get(), 6);
/// ```
pub struct OnceParam<T> {
    value: State<T>,
    passed: State<bool>,
}

impl<T> Clone for OnceParam<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for OnceParam<T> {}

impl<T> fmt::Debug for OnceParam<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "OnceParam({:?})", self.value.id())
    }
}

impl<T: 'static> OnceParam<T> {
    /// A param holding `value` until the parent passes one.
    pub fn new(value: T) -> OnceParam<T> {
        OnceParam {
            value: State::new(value),
            passed: State::new(false),
        }
    }

    /// The parent's value: taken the first time only.
    pub fn set_from_parent(&self, value: T) {
        if !self.passed.get_untracked() {
            self.passed.set(true);
            self.value.set(value);
        }
    }

    /// Back to `value`, ready to take the parent's first value again (a reused
    /// `#[reusable]` V2 component starts over).
    pub fn reset(&self, value: T) {
        self.passed.set(false);
        self.value.set(value);
    }

    /// Whether the parent passed a value.
    pub fn was_passed(&self) -> bool {
        self.passed.get_untracked()
    }

    /// A clone of the value, subscribing the current binding.
    pub fn get(&self) -> T
    where
        T: Clone,
    {
        self.value.get()
    }

    /// Run `f` on the value, subscribing the current binding.
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.value.with(f)
    }

    /// Change the value (the child owns it after the first value).
    pub fn set(&self, value: T) {
        self.value.set(value);
    }

    /// Change the value in place.
    pub fn update(&self, f: impl FnOnce(&mut T)) {
        self.value.update(f);
    }

    /// The state holding the value.
    pub fn state(&self) -> State<T> {
        self.value
    }
}
