//! Named groups scoped to a page: the radios of one `group` name, the checkboxes a
//! `CheckboxGroup` governs. ArkUI scopes these names to the page, so they live in the page's
//! `LocalStorage` (and vanish with it) under keys apps cannot collide with.

use std::cell::OnceCell;

use arkui_core::{Link, LocalStorage, State, consume, untrack};

thread_local! {
    /// Groups of widgets built outside any app (builder-API tests, tools).
    static LOOSE: OnceCell<LocalStorage> = const { OnceCell::new() };
}

/// The page's store, or this thread's store for widgets built outside an app.
fn page_storage() -> LocalStorage {
    consume::<LocalStorage>(None)
        .and_then(|s| untrack(|| s.try_get().ok()))
        .unwrap_or_else(|| LOOSE.with(|l| *l.get_or_init(LocalStorage::new)))
}

/// The shared value of group `name` of `kind` on the current page, created with `default`.
pub(crate) fn shared<T: 'static>(kind: &str, name: &str, default: impl Fn() -> T) -> Link<T> {
    let key = format!("__arkui.{kind}:{name}");
    match page_storage().set_and_link(&key, default()) {
        Ok(link) => link,
        Err(e) => {
            // Only a different type under our private key can fail, which no app causes.
            log::error!("{kind} group \"{name}\": {e}; the widget is not grouped");
            Link::from(State::new(default()))
        }
    }
}
