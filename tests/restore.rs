//! `App::snapshot` / `App::restore`: a new instance of an app (the previewer's rebuild) gets
//! back the page that was open, the navigation stack, scroll offsets, the selected tab and
//! what was typed, with ids or without.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{InputEvent, Rect, inspector_rect};

#[component]
struct Shell {
    /// Which page is open: a `#[state]` of a type a snapshot carries.
    #[state(0usize)]
    open: usize,
}

impl Shell {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Text(format!("page {}", self.open.get())).id("title")
                Button("open").id("open").on_click(move |_| self.open.set(1))
                if self.open.get() == 1 {
                    Mail()
                }
            }
            .width(pct(100.0))
            .height(pct(100.0))
        }
    }
}

#[component]
struct Mail {
    #[state(NavPathStack::new())]
    stack: NavPathStack,
}

fn rows() -> impl View {
    let list = List::new().height(200.vp()).width(pct(100.0));
    for i in 0..60 {
        list.child(
            ListItem::new()
                .height(40.vp())
                .child(Text::new(format!("row {i}")).id(format!("row-{i}"))),
        );
    }
    // No ids on the list, the field or the tabs: they are found by their place.
    ui! {
        Column() {
            TextInput(placeholder = "Reply")
            Tabs() {
                TabContent() { Text("one") }.tab_bar("One")
                TabContent() { Text("two") }.tab_bar("Two")
                TabContent() { Text("three").id("third") }.tab_bar("Three")
            }
            .height(120.vp())
            list
        }
    }
}

impl Mail {
    fn build(&self) -> impl View {
        let stack = self.stack.get();
        Navigation::new(stack)
            .title("Inbox")
            .mode(NavigationMode::Stack)
            .child(
                Button::new("Message")
                    .id("push")
                    .on_click(move |_| stack.push_path_by_name("message", Some("7".into()))),
            )
            .nav_destination(|_, param| {
                NavDestination::new()
                    .title(format!("Message {}", param.unwrap_or("?")))
                    .child(rows())
            })
    }
}

/// The first node of type `ty` in the inspector tree.
fn find_type(tree: &serde_json::Value, ty: &str) -> Option<serde_json::Value> {
    if tree["$type"] == ty {
        return Some(tree.clone());
    }
    tree["$children"]
        .as_array()?
        .iter()
        .find_map(|c| find_type(c, ty))
}

fn rect_of_type(t: &mut TestApp, ty: &str) -> Rect {
    inspector_rect(&find_type(&t.inspector_tree(), ty).unwrap()).unwrap()
}

/// Open the page, push a message, type, pick the third tab, scroll the list; the snapshot.
fn used_app() -> (serde_json::Value, Rect) {
    let mut t = TestApp::new::<Shell>(DeviceProfile::phone());
    t.click("open").unwrap();
    t.click("push").unwrap();
    // Let the page slide in over the home page before using it.
    let mut ms = 0.0;
    t.app().frame();
    while t.app().is_animating() && ms < 5000.0 {
        ms += 16.0;
        t.app().advance_time(ms);
        t.app().frame();
    }
    let field = rect_of_type(&mut t, "TextInput");
    let (fx, fy) = (field.x + field.width / 2.0, field.y + field.height / 2.0);
    for pressed in [true, false] {
        let e = if pressed {
            InputEvent::PointerDown {
                x: fx,
                y: fy,
                id: 1,
            }
        } else {
            InputEvent::PointerUp {
                x: fx,
                y: fy,
                id: 1,
            }
        };
        t.app().handle_input(&e);
    }
    t.app()
        .handle_input(&InputEvent::Text("Thanks, Ada".into()));
    // Tab bar items are `tab-0`, `tab-1`... (widgets/src/tabs.rs).
    t.click("tab-2").unwrap();
    let tabs = find_type(&t.inspector_tree(), "Tabs").unwrap();
    assert_eq!(tabs["$attrs"]["index"], "2");
    let typed = find_type(&t.inspector_tree(), "TextInput").unwrap();
    assert_eq!(typed["$attrs"]["text"], "Thanks, Ada");
    let list = rect_of_type(&mut t, "List");
    t.app().handle_input(&InputEvent::Scroll {
        x: list.x + list.width / 2.0,
        y: list.y + list.height / 2.0,
        dx: 0.0,
        dy: 10.0 * 40.0 * 3.0,
    });
    t.render();
    let row10 = t.rect("row-10").unwrap();
    assert!(
        (row10.y - list.y).abs() < 1.0,
        "the wheel scrolled row 10 to the list's top: {row10:?} in {list:?}"
    );
    (t.app().snapshot(), row10)
}

#[test]
fn a_new_instance_gets_the_page_the_stack_the_offset_the_tab_and_the_text_back() {
    let (snap, row10) = used_app();
    let nodes = snap["nodes"].as_object().unwrap();
    assert!(
        nodes.keys().any(|k| k.ends_with("List[0]")),
        "the list is keyed by its place: {nodes:?}"
    );

    let mut t = TestApp::new::<Shell>(DeviceProfile::phone());
    assert_eq!(t.text("title").as_deref(), Some("page 0"));
    let problems = t.app().restore(&snap);
    assert!(problems.is_empty(), "{problems:?}");
    t.render();
    assert_eq!(
        t.text("title").as_deref(),
        Some("page 1"),
        "the page is open"
    );
    assert_eq!(
        t.text("nav-destination-title").as_deref(),
        Some("Message 7"),
        "the message is pushed"
    );
    let field = find_type(&t.inspector_tree(), "TextInput").unwrap();
    assert_eq!(field["$attrs"]["text"], "Thanks, Ada", "the typed text");
    assert!(
        t.rect("third").is_some_and(|r| r.height > 0.0),
        "third tab shown"
    );
    assert_eq!(
        t.rect("row-10").map(|r| r.y),
        Some(row10.y),
        "row 10 is where it was"
    );
}

#[test]
fn what_no_longer_fits_is_reported_and_the_rest_restored() {
    let (mut snap, _) = used_app();
    let nodes = snap["nodes"].as_object_mut().unwrap();
    // A node that went away in the edit, and a value the list cannot take.
    nodes.insert(
        "Column[0]/Gone[0]".into(),
        serde_json::json!({"offset": [0, 5]}),
    );
    let list = nodes
        .keys()
        .find(|k| k.ends_with("List[0]"))
        .cloned()
        .unwrap();
    nodes[&list]["offset"] = serde_json::json!("far");

    let mut t = TestApp::new::<Shell>(DeviceProfile::phone());
    let problems = t.app().restore(&snap);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("Gone[0]") && p.contains("no such node"))
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("List[0]") && p.contains("\"far\""))
    );
    t.render();
    assert_eq!(
        t.text("nav-destination-title").as_deref(),
        Some("Message 7")
    );
    let list = rect_of_type(&mut t, "List");
    assert_eq!(
        t.rect("row-0").map(|r| r.y),
        Some(list.y),
        "the list starts at its top"
    );
}

#[test]
fn a_snapshot_of_another_version_restores_nothing() {
    let (mut snap, _) = used_app();
    snap["version"] = serde_json::json!(99);
    let mut t = TestApp::new::<Shell>(DeviceProfile::phone());
    let problems = t.app().restore(&snap);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("version 99"), "{problems:?}");
    assert_eq!(t.text("title").as_deref(), Some("page 0"));
}

#[test]
fn a_field_emptied_by_the_user_comes_back_empty() {
    let build = || {
        ui! {
            Column() {
                TextInput(placeholder = "Name").text("prefilled").id("name")
            }
        }
    };
    let mut t = TestApp::with_view(DeviceProfile::phone(), build);
    t.click("name").unwrap();
    let ctrl = arkui::Modifiers {
        ctrl: true,
        ..arkui::Modifiers::default()
    };
    for (key, modifiers) in [
        (arkui::Key::Character("a".into()), ctrl),
        (arkui::Key::Backspace, arkui::Modifiers::default()),
    ] {
        t.app().handle_input(&InputEvent::Key {
            key,
            pressed: true,
            modifiers,
        });
    }
    assert_eq!(t.inspect("name").unwrap()["$attrs"]["text"], "");
    let snap = t.app().snapshot();
    let mut fresh = TestApp::with_view(DeviceProfile::phone(), build);
    assert_eq!(
        fresh.inspect("name").unwrap()["$attrs"]["text"],
        "prefilled"
    );
    assert!(fresh.app().restore(&snap).is_empty());
    assert_eq!(fresh.inspect("name").unwrap()["$attrs"]["text"], "");
}
