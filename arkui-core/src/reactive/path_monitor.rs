//! [`monitor_paths`]: ArkUI V2's `@Monitor("a", "b.c")`: one callback for several paths,
//! told which of them changed with each one's value before and now.

use std::any::Any;
use std::fmt;
use std::rc::Rc;

use super::effect::{Effect, untrack};

/// What a monitor callback is told, ArkUI's `IMonitor`: the paths that changed in the batch
/// that just ended, in the order they were declared, and each one's value before and now.
pub struct Monitor {
    changes: Vec<Change>,
}

struct Change {
    path: &'static str,
    before: Rc<dyn Any>,
    now: Rc<dyn Any>,
}

impl fmt::Debug for Monitor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Monitor")
            .field("dirty", &self.dirty())
            .finish()
    }
}

/// One changed path's values, ArkUI's `IMonitorValue`.
#[derive(Debug)]
pub struct MonitorValue<'a, T> {
    /// The path, as declared.
    pub path: &'a str,
    /// The value at the end of the previous batch that changed it (or at the start).
    pub before: &'a T,
    /// The value now.
    pub now: &'a T,
}

impl Monitor {
    /// The paths that changed (ArkUI's `dirty`).
    pub fn dirty(&self) -> Vec<&'static str> {
        self.changes.iter().map(|c| c.path).collect()
    }

    /// The values of `path` if it changed and holds a `T` (ArkUI's `value(path)`); `None`
    /// for a path that did not change or another type.
    pub fn value<T: 'static>(&self, path: &str) -> Option<MonitorValue<'_, T>> {
        let c = self.changes.iter().find(|c| c.path == path)?;
        Some(MonitorValue {
            path: c.path,
            before: c.before.downcast_ref()?,
            now: c.now.downcast_ref()?,
        })
    }

    /// The values of the first path that changed (ArkUI's `value()` with no path).
    pub fn first<T: 'static>(&self) -> Option<MonitorValue<'_, T>> {
        self.value(self.changes.first()?.path)
    }
}

/// One path a monitor watches: how to read its value, and how to compare two of them.
pub struct MonitorPath {
    path: &'static str,
    read: Box<dyn Fn() -> Rc<dyn Any>>,
    same: fn(&dyn Any, &dyn Any) -> bool,
}

fn same_as<T: PartialEq + 'static>(a: &dyn Any, b: &dyn Any) -> bool {
    a.downcast_ref::<T>() == b.downcast_ref::<T>()
}

/// A path for [`monitor_paths`]: `read` gives its value (reading state, so the monitor
/// follows it).
pub fn monitor_path<T: PartialEq + 'static>(
    path: &'static str,
    read: impl Fn() -> T + 'static,
) -> MonitorPath {
    MonitorPath {
        path,
        read: Box::new(move || Rc::new(read()) as Rc<dyn Any>),
        same: same_as::<T>,
    }
}

/// Call `f` after each batch in which the value of one or more `paths` changed, with which
/// ones and their values before and now (ArkUI's `@Monitor`). A value changed and changed
/// back within one batch is no change; a path whose state is replaced by an equal value is
/// none either. Stops with the current scope (the component).
///
/// ```
/// use arkui_core::{State, batch, monitor_path, monitor_paths};
/// use std::{cell::RefCell, rc::Rc};
/// #[derive(Clone, PartialEq)]
/// struct Book { title: String, pages: u32 }
/// let book = State::new(Book { title: "Dune".into(), pages: 412 });
/// let count = State::new(0);
/// let seen = Rc::new(RefCell::new(Vec::new()));
/// let s = seen.clone();
/// monitor_paths(
///     vec![
///         monitor_path("count", move || count.get()),
///         monitor_path("book.pages", move || book.with(|b| b.pages)),
///     ],
///     move |m| {
///         let pages = m.value::<u32>("book.pages").map(|v| (*v.before, *v.now));
///         s.borrow_mut().push((m.dirty(), pages));
///     },
/// );
/// book.update(|b| b.title = "Dune Messiah".into()); // not a watched path
/// batch(|| { count.set(1); book.update(|b| b.pages = 256); });
/// assert_eq!(*seen.borrow(), vec![(vec!["count", "book.pages"], Some((412, 256)))]);
/// ```
pub fn monitor_paths(paths: Vec<MonitorPath>, f: impl Fn(&Monitor) + 'static) -> Effect {
    let mut last: Option<Vec<Rc<dyn Any>>> = None;
    Effect::new(move || {
        let now: Vec<Rc<dyn Any>> = paths.iter().map(|p| (p.read)()).collect();
        let Some(before) = last.replace(now.clone()) else {
            return;
        };
        let changes: Vec<Change> = paths
            .iter()
            .zip(before.into_iter().zip(now))
            .filter(|(p, (b, n))| !(p.same)(&**b, &**n))
            .map(|(p, (before, now))| Change {
                path: p.path,
                before,
                now,
            })
            .collect();
        if !changes.is_empty() {
            let info = Monitor { changes };
            untrack(|| f(&info));
        }
    })
}
