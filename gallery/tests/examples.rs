//! The example apps, driven headless through the inspector.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::platform::TestApp;
use arkui::{AppStorage, DeviceProfile, PersistentStorage};
use arkui_gallery::pages::todo::{TODO_KEY, TodoItem};
use arkui_gallery::pages::{SettingsPage, TodoPage};

fn ids(t: &mut TestApp, prefix: &str) -> Vec<String> {
    fn walk(v: &serde_json::Value, prefix: &str, out: &mut Vec<String>) {
        if let Some(id) = v["$attrs"]["id"]
            .as_str()
            .filter(|id| id.starts_with(prefix))
        {
            out.push(id.to_string());
        }
        for c in v["$children"].as_array().into_iter().flatten() {
            walk(c, prefix, out);
        }
    }
    let mut out = Vec::new();
    walk(&t.inspector_tree(), prefix, &mut out);
    out
}

#[test]
fn todo_add_toggle_filter_delete_and_persist() {
    let dir = std::env::temp_dir().join(format!("arkui-todo-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let path = dir.join("todos.json");
    PersistentStorage::open(&path);
    PersistentStorage::persist_prop(TODO_KEY, Vec::<TodoItem>::new()).unwrap();

    let mut t = TestApp::new::<TodoPage>(DeviceProfile::phone());
    for _ in 0..3 {
        t.click("todo-add").unwrap();
    }
    assert_eq!(
        ids(&mut t, "todo-text-"),
        vec!["todo-text-1", "todo-text-2", "todo-text-3"]
    );
    assert_eq!(t.text("todo-left").unwrap(), "3 left");
    t.click("todo-done-2").unwrap();
    assert_eq!(t.text("todo-left").unwrap(), "2 left");
    t.click("filter-done").unwrap();
    assert_eq!(ids(&mut t, "todo-text-"), vec!["todo-text-2"]);
    t.click("filter-active").unwrap();
    assert_eq!(
        ids(&mut t, "todo-text-"),
        vec!["todo-text-1", "todo-text-3"]
    );
    t.click("todo-delete-1").unwrap();
    t.click("filter-all").unwrap();
    assert_eq!(
        ids(&mut t, "todo-text-"),
        vec!["todo-text-2", "todo-text-3"]
    );

    // The list is on disk, and comes back after a "restart".
    PersistentStorage::close();
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved[TODO_KEY].as_array().unwrap().len(), 2);
    assert_eq!(saved[TODO_KEY][0]["done"], true);
    drop(t);
    AppStorage::delete(TODO_KEY);
    PersistentStorage::open(&path);
    PersistentStorage::persist_prop(TODO_KEY, Vec::<TodoItem>::new()).unwrap();
    let mut t = TestApp::new::<TodoPage>(DeviceProfile::phone());
    assert_eq!(
        ids(&mut t, "todo-text-"),
        vec!["todo-text-2", "todo-text-3"]
    );
    assert_eq!(t.text("todo-left").unwrap(), "1 left");
    PersistentStorage::close();
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn settings_share_values_through_app_storage_and_provide_the_accent() {
    let mut t = TestApp::new::<SettingsPage>(DeviceProfile::iot());
    assert_eq!(t.inspect("wifi").unwrap()["$attrs"]["isOn"], "true");
    t.click("wifi").unwrap();
    assert!(
        !AppStorage::get::<bool>("settings.wifi").unwrap(),
        "the switch writes AppStorage"
    );
    AppStorage::set("settings.wifi", true).unwrap();
    assert_eq!(
        t.inspect("wifi").unwrap()["$attrs"]["isOn"],
        "true",
        "and follows it"
    );
    t.click("brighter").unwrap();
    assert_eq!(AppStorage::get::<u8>("settings.brightness").unwrap(), 60);
    let tree = t.inspector_tree().to_string();
    assert!(tree.contains("Brightness 60%"));
    // Rows read the provided accent colour; changing it recolours every row's label.
    assert!(tree.contains("#FF007DFF"));
    t.click("accent").unwrap();
    let tree = t.inspector_tree().to_string();
    assert!(tree.contains("#FFFFA500") && !tree.contains("\"fontColor\":\"#FF007DFF\""));
}
