//! [`Event`]: a callback a V2 component's parent gives it, ArkUI's `@Event`.

use std::fmt;
use std::rc::Rc;

use super::signal::State;

/// A callback from the parent, ArkUI V2's `@Event`: how a child asks its parent to change a
/// `#[param]`. `F` is the callback's `dyn Fn` type; `#[component_v2]` writes it from the
/// field's `fn(..)` type (`#[event] on_change: fn(i32)` is an `Event<dyn Fn(i32)>`). With no
/// callback passed, calling it does nothing and returns the result type's default.
///
/// ```
/// use arkui_core::Event;
/// use std::{cell::Cell, rc::Rc};
/// let on_change: Event<dyn Fn(i32)> = Event::new();
/// on_change.call(1); // nothing passed yet: nothing happens
/// let got = Rc::new(Cell::new(0));
/// let g = got.clone();
/// on_change.set_handler(Rc::new(move |v| g.set(v)));
/// on_change.call(7);
/// assert_eq!(got.get(), 7);
/// ```
pub struct Event<F: ?Sized> {
    handler: State<Option<Rc<F>>>,
}

impl<F: ?Sized> Clone for Event<F> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<F: ?Sized> Copy for Event<F> {}

impl<F: ?Sized> fmt::Debug for Event<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Event({:?})", self.handler.id())
    }
}

impl<F: ?Sized + 'static> Default for Event<F> {
    fn default() -> Self {
        Event::new()
    }
}

impl<F: ?Sized + 'static> Event<F> {
    /// An event with no callback yet.
    pub fn new() -> Event<F> {
        Event {
            handler: State::new(None),
        }
    }

    /// The parent's callback (what `ui!` calls for `Child(on_change = ..)`).
    pub fn set_handler(&self, f: Rc<F>) {
        self.handler.set(Some(f));
    }

    /// The callback, if the parent passed one: for callbacks taking references, which
    /// [`call`](Event::call) cannot forward (`if let Some(f) = self.on_name.handler() { f("x") }`).
    pub fn handler(&self) -> Option<Rc<F>> {
        super::effect::untrack(|| self.handler.try_get())
            .ok()
            .flatten()
    }
}

macro_rules! callable {
    ($($arg:ident),*) => {
        #[allow(non_snake_case, reason = "the arguments are named after their types")]
        impl<$($arg: 'static,)* R: Default + 'static> Event<dyn Fn($($arg),*) -> R> {
            /// Call the parent's callback (the result type's default when none was passed).
            pub fn call(&self, $($arg: $arg),*) -> R {
                match self.handler() {
                    Some(f) => f($($arg),*),
                    None => R::default(),
                }
            }
        }
    };
}

callable!();
callable!(A);
callable!(A, B);
callable!(A, B, C);
callable!(A, B, C, D);
