//! Provide / consume, ArkUI's `@Provide` and `@Consume`: a state shared with every
//! descendant, found by type (and optionally a name); the nearest provider wins.

use std::any::TypeId;

use super::runtime::{ScopeId, with_runtime};
use super::signal::State;

/// Make `value` available to every component built below the current scope, as a two-way
/// state, under its type and an optional name. Returns the state.
///
/// ```
/// use arkui_core::{Scope, provide, consume};
/// let outer = Scope::new_root();
/// outer.run(|| {
///     provide::<String>(None, "outer".into());
///     let inner = Scope::new_child();
///     inner.run(|| {
///         provide::<String>(None, "inner".into());
///         assert_eq!(consume::<String>(None).unwrap().get(), "inner"); // nearest wins
///     });
///     assert_eq!(consume::<String>(None).unwrap().get(), "outer");
///     assert!(consume::<u32>(None).is_none());
/// });
/// ```
pub fn provide<T: 'static>(name: Option<&'static str>, value: T) -> State<T> {
    let state = State::new(value);
    with_runtime(|rt| {
        if let Some(owner) = rt.owner.get()
            && let Some(scope) = rt.scopes.borrow_mut().get_mut(owner)
        {
            scope
                .contexts
                .retain(|(t, n, _)| !(*t == TypeId::of::<T>() && *n == name));
            scope
                .contexts
                .push((TypeId::of::<T>(), name, Box::new(state)));
        } else {
            log::error!(
                "provide() called outside any component scope: nothing below can consume it"
            );
        }
    });
    state
}

/// The nearest state provided above the current scope under `T` (and `name`), if any.
pub fn consume<T: 'static>(name: Option<&'static str>) -> Option<State<T>> {
    with_runtime(|rt| {
        let scopes = rt.scopes.borrow();
        let mut at: Option<ScopeId> = rt.owner.get();
        while let Some(id) = at {
            let scope = scopes.get(id)?;
            for (t, n, v) in scope.contexts.iter().rev() {
                if *t == TypeId::of::<T>() && *n == name {
                    return v.downcast_ref::<State<T>>().copied();
                }
            }
            at = scope.parent;
        }
        None
    })
}
