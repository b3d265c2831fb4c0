//! An app's restorable state as JSON: what the previewer carries across a rebuild.

use serde_json::{Map, Value, json};

use super::pipeline::App;
use crate::{AppStorage, InputEvent, Key, Modifiers};

/// Version of the snapshot format.
pub const SNAPSHOT_VERSION: u32 = 1;

impl App {
    /// The state a restarted app can be given back ([`App::restore`]): AppStorage values of
    /// the types a snapshot carries (see [`AppStorage::snapshot`]), the text of every text
    /// field that has an `.id()`, and which of them has focus.
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
        let tree = self.inspector_tree();
        let mut fields = Map::new();
        let mut stack = vec![&tree];
        while let Some(node) = stack.pop() {
            let attrs = &node["$attrs"];
            // Text fields report their text and caret (widgets' text_field.rs).
            if let (Some(id), Some(text), Some(_)) = (
                attrs["id"].as_str().filter(|id| !id.is_empty()),
                attrs["text"].as_str(),
                attrs["caretPosition"].as_str(),
            ) {
                fields.insert(id.to_string(), json!(text));
            }
            if let Some(children) = node["$children"].as_array() {
                stack.extend(children.iter().rev());
            }
        }
        json!({
            "version": SNAPSHOT_VERSION,
            "storage": AppStorage::snapshot(),
            "fields": fields,
            "focused": self.focused_id(),
        })
    }

    /// Give a [`snapshot`](App::snapshot) back: AppStorage keys that exist now take their
    /// values, text fields found by id take their text (typed in, as a user would, so their
    /// `on_change` handlers run), and focus returns. Returns what could not be restored (a
    /// key or field that no longer exists, a value of another type), for a diagnostic.
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
        let focused = self.focused_id();
        if let Some(fields) = snapshot["fields"].as_object() {
            for (id, text) in fields {
                let Some(text) = text.as_str() else { continue };
                if self.focus_id(id).is_err() {
                    problems.push(format!("text field \"{id}\" is gone"));
                    continue;
                }
                let ctrl = Modifiers {
                    ctrl: true,
                    ..Modifiers::default()
                };
                for (key, modifiers) in [
                    (Key::Character("a".into()), ctrl),
                    (Key::Backspace, Modifiers::default()),
                ] {
                    for pressed in [true, false] {
                        self.handle_input(&InputEvent::Key {
                            key: key.clone(),
                            pressed,
                            modifiers,
                        });
                    }
                }
                if !text.is_empty() {
                    self.handle_input(&InputEvent::Text(text.to_string()));
                }
            }
        }
        match snapshot["focused"].as_str().or(focused.as_deref()) {
            Some(id) => {
                let _ = self.focus_id(id);
            }
            None => self.set_focus(None),
        }
        problems
    }
}
