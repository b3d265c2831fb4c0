//! The AccessKit tree of a gallery page: roles, names, values, actions, focus; and actions
//! requested by a screen reader carried out on the app.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::accesskit::{Action, ActionRequest, Role, Toggled};
use arkui::platform::TestApp;
use arkui::{AppStorage, DeviceProfile};
use arkui_gallery::pages::SettingsPage;

#[test]
fn the_settings_page_as_a_screen_reader_sees_it() {
    AppStorage::set_or_create("settings.wifi", true).unwrap();
    let mut t = TestApp::new::<SettingsPage>(DeviceProfile::phone());
    let tree = t.app().accessibility_tree();
    let root = tree.tree.as_ref().unwrap().root;
    let (_, window) = tree.nodes.iter().find(|(id, _)| *id == root).unwrap();
    assert_eq!(window.role(), Role::Window);
    let find = |label: &str| {
        tree.nodes
            .iter()
            .find(|(_, n)| n.label() == Some(label))
            .cloned()
    };
    let (_, title) = find("Settings").unwrap();
    assert_eq!(title.role(), Role::Label);
    let (switch_id, switch) = tree
        .nodes
        .iter()
        .find(|(_, n)| n.role() == Role::Switch)
        .cloned()
        .unwrap();
    assert_eq!(switch.toggled(), Some(Toggled::True));
    assert!(switch.supports_action(Action::Click) && switch.supports_action(Action::Focus));
    let b = switch.bounds().unwrap();
    assert!(b.x1 > b.x0 && b.y1 > b.y0, "bounds in window pixels");
    let (plus_id, plus) = find("+").unwrap();
    assert_eq!(plus.role(), Role::Button);
    // Every node is reachable from the root.
    assert!(tree.nodes.iter().all(|(id, _)| *id == root || tree.nodes.iter().any(|(_, n)| n.children().contains(id))));

    // A screen reader clicks the switch and the "+" button, then focuses "+".
    let request = |action, target| ActionRequest {
        action,
        target_tree: arkui::accesskit::TreeId::ROOT,
        target_node: target,
        data: None,
    };
    t.app()
        .accessibility_action(&request(Action::Click, switch_id))
        .unwrap();
    assert!(!AppStorage::get::<bool>("settings.wifi").unwrap());
    t.app()
        .accessibility_action(&request(Action::Click, plus_id))
        .unwrap();
    assert!(t.inspector_tree().to_string().contains("Brightness 60%"));
    t.app()
        .accessibility_action(&request(Action::Focus, plus_id))
        .unwrap();
    let tree = t.app().accessibility_tree();
    assert_eq!(tree.focus, plus_id);
    let (_, switch) = tree
        .nodes
        .iter()
        .find(|(_, n)| n.role() == Role::Switch)
        .unwrap();
    assert_eq!(
        switch.toggled(),
        Some(Toggled::False),
        "the tree follows the state"
    );
}
