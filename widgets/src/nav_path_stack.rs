//! `NavPathStack`: the page stack a `Navigation` shows, ArkUI's `NavPathStack`.

use std::cell::Cell;
use std::rc::Rc;

use arkui_core::{State, untrack};
use serde_json::Value;

thread_local! {
    /// Gives every pushed entry an identity, so a Navigation keeps a page alive while its
    /// entry stays on the stack (two pushes of one name are two pages).
    static NEXT_ID: Cell<u64> = const { Cell::new(1) };
}

fn next_id() -> u64 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    })
}

/// What a page pushed with [`NavPathStack::push_path_by_name_with_result`] hears when it is
/// popped, ArkUI's `PopInfo`.
#[derive(Clone, Debug, PartialEq)]
pub struct PopInfo {
    /// The popped page's name.
    pub name: String,
    /// The popped page's parameter.
    pub param: Option<String>,
    /// What the page was popped with (`Value::Null` for a plain `pop`, the back button or
    /// the system back).
    pub result: Value,
}

type OnPop = Rc<dyn Fn(&PopInfo)>;

/// One page on a [`NavPathStack`]: the name its `nav_destination` builder is called with,
/// and an optional parameter.
#[derive(Clone)]
pub struct NavEntry {
    /// The destination's name.
    pub name: String,
    /// What the page was pushed with.
    pub param: Option<String>,
    pub(crate) id: u64,
    on_pop: Option<OnPop>,
}

impl NavEntry {
    fn new(name: String, param: Option<String>, on_pop: Option<OnPop>) -> NavEntry {
        NavEntry {
            name,
            param,
            id: next_id(),
            on_pop,
        }
    }

    fn popped(&self, result: Value) {
        if let Some(f) = &self.on_pop {
            f(&PopInfo {
                name: self.name.clone(),
                param: self.param.clone(),
                result,
            });
        }
    }
}

impl PartialEq for NavEntry {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.name == other.name && self.param == other.param
    }
}

impl Eq for NavEntry {}

impl std::fmt::Debug for NavEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NavEntry")
            .field("name", &self.name)
            .field("param", &self.param)
            .finish_non_exhaustive()
    }
}

/// The pages pushed on a `Navigation`, top last. `Copy`; every change re-shows the
/// `Navigation` it is bound to. Pages under the top one stay alive (their state is kept)
/// until they leave the stack.
///
/// ```
/// use arkui_widgets::NavPathStack;
/// let stack = NavPathStack::new();
/// stack.push_path_by_name("list", None);
/// stack.push_path_by_name("detail", Some("42".into()));
/// stack.push_path_by_name("edit", None);
/// assert_eq!(stack.names(), vec!["list", "detail", "edit"]);
/// assert_eq!(stack.pop_to_name("list"), Some(0));
/// assert_eq!(stack.size(), 1);
/// assert_eq!(stack.pop().map(|e| e.name), Some("list".to_string()));
/// assert!(stack.pop().is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NavPathStack {
    entries: State<Vec<NavEntry>>,
}

impl Default for NavPathStack {
    fn default() -> Self {
        NavPathStack::new()
    }
}

impl NavPathStack {
    /// An empty stack (the `Navigation` shows its home content).
    pub fn new() -> NavPathStack {
        NavPathStack {
            entries: State::new(Vec::new()),
        }
    }

    fn snapshot(self) -> Vec<NavEntry> {
        untrack(|| self.entries.get())
    }

    /// `pushPathByName`: show the destination `name` on top.
    pub fn push_path_by_name(self, name: impl Into<String>, param: Option<String>) {
        let entry = NavEntry::new(name.into(), param, None);
        self.entries.update(|e| e.push(entry));
    }

    /// `pushPathByName(name, param, onPop)`: show `name` on top; `on_pop` hears what it is
    /// popped with ([`pop_with_result`](Self::pop_with_result)).
    ///
    /// ```
    /// use std::{cell::RefCell, rc::Rc};
    /// use arkui_widgets::NavPathStack;
    /// let stack = NavPathStack::new();
    /// let got = Rc::new(RefCell::new(None));
    /// let g = got.clone();
    /// stack.push_path_by_name_with_result("pick", None, move |info| *g.borrow_mut() = Some(info.result.clone()));
    /// stack.pop_with_result(serde_json::json!("blue"));
    /// assert_eq!(*got.borrow(), Some(serde_json::json!("blue")));
    /// ```
    pub fn push_path_by_name_with_result(
        self,
        name: impl Into<String>,
        param: Option<String>,
        on_pop: impl Fn(&PopInfo) + 'static,
    ) {
        let entry = NavEntry::new(name.into(), param, Some(Rc::new(on_pop)));
        self.entries.update(|e| e.push(entry));
    }

    /// `replacePath`: show `name` in place of the top page (pushed on an empty stack).
    pub fn replace_path(self, name: impl Into<String>, param: Option<String>) {
        let entry = NavEntry::new(name.into(), param, None);
        self.entries.update(|e| {
            e.pop();
            e.push(entry);
        });
    }

    /// `pop`: remove the top page and return it (`None` on an empty stack). Its result
    /// callback, if any, hears `Value::Null`.
    pub fn pop(self) -> Option<NavEntry> {
        self.pop_with_result(Value::Null)
    }

    /// `pop(result)`: remove the top page, handing `result` to the callback it was pushed
    /// with.
    pub fn pop_with_result(self, result: Value) -> Option<NavEntry> {
        let top = self.snapshot().last().cloned()?;
        self.entries.update(|e| {
            e.pop();
        });
        top.popped(result);
        Some(top)
    }

    /// `popToName`: remove the pages above the topmost one called `name`; its index, or
    /// `None` (ArkUI's -1) when no page has that name.
    pub fn pop_to_name(self, name: &str) -> Option<usize> {
        let at = self.snapshot().iter().rposition(|e| e.name == name)?;
        self.entries.update(|e| e.truncate(at + 1));
        Some(at)
    }

    /// `popToIndex`: remove the pages above `index` (0 for the bottom page); `false` when
    /// there is no page there.
    pub fn pop_to_index(self, index: usize) -> bool {
        if index >= self.size() {
            return false;
        }
        self.entries.update(|e| e.truncate(index + 1));
        true
    }

    /// `moveToTop`: bring the topmost page called `name` to the top, keeping the page
    /// itself; its old index, or `None`.
    pub fn move_to_top(self, name: &str) -> Option<usize> {
        let at = self.snapshot().iter().rposition(|e| e.name == name)?;
        self.entries.update(|e| {
            let entry = e.remove(at);
            e.push(entry);
        });
        Some(at)
    }

    /// `removeByName`: remove every page called `name`; how many went.
    pub fn remove_by_name(self, name: &str) -> usize {
        let gone = self.snapshot().iter().filter(|e| e.name == name).count();
        if gone > 0 {
            self.entries.update(|e| e.retain(|x| x.name != name));
        }
        gone
    }

    /// `removeByIndexes`: remove the pages at these indexes (0 for the bottom page); how
    /// many went (indexes past the top are ignored).
    pub fn remove_by_indexes(self, indexes: &[usize]) -> usize {
        let len = self.size();
        let mut doomed: Vec<usize> = indexes.iter().copied().filter(|i| *i < len).collect();
        doomed.sort_unstable();
        doomed.dedup();
        if doomed.is_empty() {
            return 0;
        }
        self.entries.update(|e| {
            for i in doomed.iter().rev() {
                e.remove(*i);
            }
        });
        doomed.len()
    }

    /// `clear`: back to the home content.
    pub fn clear(self) {
        self.entries.update(Vec::clear);
    }

    /// `size`: pages on the stack.
    pub fn size(self) -> usize {
        untrack(|| self.entries.with(Vec::len))
    }

    /// `getAllPathName`: the names, bottom first.
    pub fn names(self) -> Vec<String> {
        untrack(|| {
            self.entries
                .with(|e| e.iter().map(|x| x.name.clone()).collect())
        })
    }

    /// `getIndexByName`: the indexes of the pages called `name`, bottom first.
    pub fn get_index_by_name(self, name: &str) -> Vec<usize> {
        self.snapshot()
            .iter()
            .enumerate()
            .filter(|(_, e)| e.name == name)
            .map(|(i, _)| i)
            .collect()
    }

    /// `getParamByName`: the parameters of the pages called `name`, bottom first.
    pub fn get_param_by_name(self, name: &str) -> Vec<Option<String>> {
        self.snapshot()
            .into_iter()
            .filter(|e| e.name == name)
            .map(|e| e.param)
            .collect()
    }

    /// The top page (tracked: a binding reading it follows pushes and pops).
    pub fn top(self) -> Option<NavEntry> {
        self.entries.with(|e| e.last().cloned())
    }

    /// Pages on the stack (tracked).
    pub fn depth(self) -> usize {
        self.entries.with(Vec::len)
    }

    /// Every page, bottom first (tracked).
    pub(crate) fn entries(self) -> Vec<NavEntry> {
        self.entries.get()
    }

    /// The pages as a snapshot keeps them (`[{"name", "param"}]`, bottom first); an empty
    /// stack too, since the app may start with pages pushed.
    pub(crate) fn save(self) -> Option<serde_json::Value> {
        Some(
            self.snapshot()
                .iter()
                .map(|e| serde_json::json!({"name": e.name, "param": e.param}))
                .collect(),
        )
    }

    /// Put back pages [`save`](Self::save)d before; `false` (and the stack unchanged) for
    /// anything else.
    pub(crate) fn load(self, saved: &serde_json::Value) -> bool {
        let Some(items) = saved.as_array() else {
            return false;
        };
        let entries: Option<Vec<NavEntry>> = items
            .iter()
            .map(|item| {
                Some(NavEntry::new(
                    item["name"].as_str()?.to_string(),
                    item["param"].as_str().map(str::to_string),
                    None,
                ))
            })
            .collect();
        match entries {
            Some(entries) => {
                self.entries.set(entries);
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removals_moves_and_lookups_follow_arkui() {
        let s = NavPathStack::new();
        for (n, p) in [("a", "1"), ("b", "2"), ("a", "3"), ("c", "4")] {
            s.push_path_by_name(n, Some(p.into()));
        }
        assert_eq!(s.get_index_by_name("a"), [0, 2]);
        assert_eq!(
            s.get_param_by_name("a"),
            [Some("1".to_string()), Some("3".to_string())]
        );
        assert_eq!(s.move_to_top("b"), Some(1));
        assert_eq!(s.names(), ["a", "a", "c", "b"]);
        assert_eq!(s.remove_by_name("a"), 2);
        assert_eq!(s.names(), ["c", "b"]);
        s.replace_path("d", None);
        assert_eq!(s.names(), ["c", "d"]);
        assert_eq!(s.remove_by_indexes(&[0, 0, 9]), 1);
        assert_eq!(s.names(), ["d"]);
        assert!(s.pop_to_index(0));
        assert!(!s.pop_to_index(3));
    }

    #[test]
    fn a_moved_page_keeps_its_identity_and_a_repeated_name_is_a_new_page() {
        let s = NavPathStack::new();
        s.push_path_by_name("a", None);
        s.push_path_by_name("b", None);
        let before = s.snapshot();
        s.move_to_top("a");
        let after = s.snapshot();
        assert_eq!(before[0].id, after[1].id);
        s.push_path_by_name("a", None);
        assert_ne!(s.snapshot()[2].id, after[1].id);
    }
}
