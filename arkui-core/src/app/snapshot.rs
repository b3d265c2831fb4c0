//! An app's restorable state as JSON: what the previewer carries across a rebuild.

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use super::pipeline::App;
use super::restorable::restorable_nodes;
use crate::AppStorage;

/// Version of the snapshot format.
pub const SNAPSHOT_VERSION: u32 = 1;

impl App {
    /// The state a restarted app can be given back ([`App::restore`]): AppStorage values of
    /// the types a snapshot carries (see [`AppStorage::snapshot`]); what nodes hold through
    /// [`NodeId::add_restorable`](crate::NodeId::add_restorable) (components' `#[state]`
    /// fields of those types, scroll offsets, navigation stacks, selected tabs and swiper
    /// pages, what text fields hold), keyed by their place in the tree; and which component
    /// has focus.
    ///
    /// ```
    /// use arkui_core::{App, AppStorage, CommonAttribute, DeviceProfile, NodeId, NodeKind};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     NodeId::create("Column", NodeKind::Flex).width(10.0).height(10.0)
    /// });
    /// AppStorage::set_or_create("doc-snap", 41u32).unwrap();
    /// let snap = app.snapshot();
    /// assert_eq!(snap["storage"]["doc-snap"], 41);
    /// AppStorage::set("doc-snap", 0u32).unwrap();
    /// assert!(app.restore(&snap).is_empty());
    /// assert_eq!(AppStorage::get::<u32>("doc-snap").unwrap(), 41);
    /// ```
    pub fn snapshot(&mut self) -> Value {
        let _entered = self.enter();
        self.ensure_layout();
        let mut nodes = Map::new();
        for (key, _, pieces) in restorable_nodes(self.root) {
            let saved: Map<String, Value> = pieces
                .save()
                .into_iter()
                .map(|(name, v)| (name.to_string(), v))
                .collect();
            if !saved.is_empty() {
                nodes.insert(key, Value::Object(saved));
            }
        }
        json!({
            "version": SNAPSHOT_VERSION,
            "storage": AppStorage::snapshot(),
            "nodes": nodes,
            "focused": self.focused_id(),
        })
    }

    /// Give a [`snapshot`](App::snapshot) back: AppStorage keys that exist now take their
    /// values; node state goes back to the nodes at the same places, in rounds (a restored
    /// page index or navigation stack builds the page whose scroll offset the next round
    /// restores; a text field's text comes back as an edit, so its `on_change` runs); and
    /// focus returns. Returns what could not be restored (a key or node that no longer
    /// exists, a value of another type), for a diagnostic.
    pub fn restore(&mut self, snapshot: &Value) -> Vec<String> {
        let mut problems = Vec::new();
        if snapshot["version"] != SNAPSHOT_VERSION {
            return vec![format!(
                "snapshot version {} is not {SNAPSHOT_VERSION}; nothing restored",
                snapshot["version"]
            )];
        }
        if let Some(storage) = snapshot["storage"].as_object() {
            problems.extend(
                AppStorage::restore(storage)
                    .into_iter()
                    .map(|k| format!("AppStorage key \"{k}\" is gone or changed type")),
            );
        }
        if let Some(nodes) = snapshot["nodes"].as_object() {
            problems.extend(self.restore_nodes(nodes));
        }
        let focused = self.focused_id();
        match snapshot["focused"].as_str().or(focused.as_deref()) {
            Some(id) => {
                let _ = self.focus_id(id);
            }
            None => self.set_focus(None),
        }
        problems
    }

    /// Node state back to its places, a round at a time until nothing more finds a place.
    fn restore_nodes(&mut self, nodes: &Map<String, Value>) -> Vec<String> {
        let _entered = self.enter();
        let mut pending: HashMap<String, Map<String, Value>> = nodes
            .iter()
            .filter_map(|(k, v)| Some((k.clone(), v.as_object()?.clone())))
            .collect();
        let mut problems = Vec::new();
        for _ in 0..RESTORE_ROUNDS {
            // Laid out first: a scroll offset is clamped to the content it scrolls.
            self.ensure_layout();
            let mut progress = false;
            for (key, node, pieces) in restorable_nodes(self.root) {
                let Some(wanted) = pending.get_mut(&key) else {
                    continue;
                };
                // An earlier piece of this round may have rebuilt this part of the tree.
                if !node.is_alive() {
                    continue;
                }
                let mut loaded = false;
                wanted.retain(|name, value| {
                    let Some(load) = pieces.loader(name) else {
                        return true;
                    };
                    loaded = true;
                    if !load(value) {
                        problems.push(format!("\"{name}\" of {key} does not take {value}"));
                    }
                    false
                });
                if loaded {
                    progress = true;
                    // What the load changed is laid out before the next node loads: an
                    // ancestor's restored list must have its size before a scroll offset
                    // below it is clamped to it.
                    self.ensure_layout();
                }
            }
            pending.retain(|_, wanted| !wanted.is_empty());
            if !progress || pending.is_empty() {
                break;
            }
        }
        self.ensure_layout();
        let mut left: Vec<_> = pending.into_iter().collect();
        left.sort_by(|a, b| a.0.cmp(&b.0));
        for (key, wanted) in left {
            for name in wanted.keys() {
                problems.push(format!("\"{name}\" of {key} found no such node now"));
            }
        }
        problems
    }
}

/// Restoring a page can open another whose state restores next (a page index, then the
/// navigation stack inside it, then a list on the pushed page): a few rounds suffice.
const RESTORE_ROUNDS: usize = 8;
