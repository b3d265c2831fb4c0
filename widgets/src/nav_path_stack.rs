//! `NavPathStack`: the page stack a `Navigation` shows, ArkUI's `NavPathStack`.

use arkui_core::{State, untrack};

/// One page on a [`NavPathStack`]: the name its `nav_destination` builder is called with,
/// and an optional parameter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NavEntry {
    /// The destination's name.
    pub name: String,
    /// What the page was pushed with.
    pub param: Option<String>,
}

/// The pages pushed on a `Navigation`, top last. `Copy`; every change re-shows the
/// `Navigation` it is bound to.
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

    /// `pushPathByName`: show the destination `name` on top.
    pub fn push_path_by_name(self, name: impl Into<String>, param: Option<String>) {
        let entry = NavEntry {
            name: name.into(),
            param,
        };
        self.entries.update(|e| e.push(entry));
    }

    /// `pop`: remove the top page and return it (`None` on an empty stack).
    pub fn pop(self) -> Option<NavEntry> {
        let top = untrack(|| self.entries.get()).last().cloned()?;
        self.entries.update(|e| {
            e.pop();
        });
        Some(top)
    }

    /// `popToName`: remove the pages above the topmost one called `name`; its index, or
    /// `None` (ArkUI's -1) when no page has that name.
    pub fn pop_to_name(self, name: &str) -> Option<usize> {
        let at = untrack(|| self.entries.get())
            .iter()
            .rposition(|e| e.name == name)?;
        self.entries.update(|e| e.truncate(at + 1));
        Some(at)
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

    /// The top page (tracked: a binding reading it follows pushes and pops).
    pub fn top(self) -> Option<NavEntry> {
        self.entries.with(|e| e.last().cloned())
    }

    /// Pages on the stack (tracked).
    pub fn depth(self) -> usize {
        self.entries.with(Vec::len)
    }

    /// The pages as a snapshot keeps them (`[{"name", "param"}]`, bottom first); an empty
    /// stack too, since the app may start with pages pushed.
    pub(crate) fn save(self) -> Option<serde_json::Value> {
        let entries = untrack(|| self.entries.get());
        Some(
            entries
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
                Some(NavEntry {
                    name: item["name"].as_str()?.to_string(),
                    param: item["param"].as_str().map(str::to_string),
                })
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
