//! Select through the headless harness: the menu opens on the overlay layer below the
//! button, clicks and the D-pad pick options, Back and outside taps close it.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{Key, OverlayManager};
use common::attr;
use serde_json::Value;

/// Every node of `$type` in the whole tree, in order.
fn all<'v>(v: &'v Value, ty: &str, out: &mut Vec<&'v Value>) {
    if v["$type"] == ty {
        out.push(v);
    }
    for c in v["$children"].as_array().into_iter().flatten() {
        all(c, ty, out);
    }
}

fn items(t: &mut TestApp) -> Vec<(f32, f32)> {
    let tree = t.inspector_tree();
    let mut found = Vec::new();
    all(&tree, "SelectMenuItem", &mut found);
    found
        .iter()
        .map(|v| {
            let r = arkui_core::inspector_rect(v).unwrap();
            (r.x + r.width / 2.0, r.y + r.height / 2.0)
        })
        .collect()
}

#[test]
fn clicking_opens_the_menu_below_and_a_click_on_an_option_picks_it() {
    let picked = State::new(-1);
    let seen = State::new(String::new());
    let mut t = TestApp::with_view(DeviceProfile::phone(), move || {
        Column::new().child(
            Select::new(["Small", "Medium", "Large"])
                .bind_selected(picked)
                .on_select(move |i, v| seen.set(format!("{i}:{v}")))
                .id("size"),
        )
    });
    assert_eq!(attr(&mut t, "size", "value"), "");
    t.click("size").unwrap();
    assert_eq!(attr(&mut t, "size", "menuOpen"), "true");
    let rows = items(&mut t);
    assert_eq!(rows.len(), 3);
    let button = t.rect("size").unwrap();
    assert!(
        rows[0].1 > button.y + button.height,
        "the menu is below the button"
    );
    t.app().click_at(rows[2].0, rows[2].1);
    assert_eq!(picked.get(), 2);
    assert_eq!(seen.get(), "2:Large");
    assert_eq!(attr(&mut t, "size", "value"), "Large");
    assert!(items(&mut t).is_empty(), "picking closes the menu");
    assert_eq!(OverlayManager::of(t.app()).count(), 0);
}

#[test]
fn the_d_pad_opens_moves_and_picks_and_back_closes() {
    let picked = State::new(0);
    let mut t = TestApp::with_view(DeviceProfile::tv(), move || {
        Column::new().child(
            Select::new(["Small", "Medium", "Large"])
                .bind_selected(picked)
                .id("size"),
        )
    });
    t.app().focus_id("size").unwrap();
    t.app().press_key(Key::Enter);
    assert_eq!(items(&mut t).len(), 3);
    t.app().press_key(Key::Back);
    assert!(items(&mut t).is_empty(), "Back closes without picking");
    assert_eq!(picked.get(), 0);
    t.app().focus_id("size").unwrap();
    t.app().press_key(Key::Enter);
    t.app().press_key(Key::Down);
    t.app().press_key(Key::Down);
    t.app().press_key(Key::Enter);
    assert_eq!(picked.get(), 2);
    assert_eq!(attr(&mut t, "size", "selected"), "2");
}

#[test]
fn an_app_value_shows_until_a_pick_and_bad_indices_show_nothing() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new()
            .child(Select::new(["a", "b"]).value("Choose").id("v"))
            .child(Select::new(["a", "b"]).selected(7).id("bad"))
            .child(Select::new(Vec::<String>::new()).id("empty"))
    });
    assert_eq!(attr(&mut t, "v", "value"), "Choose");
    assert_eq!(attr(&mut t, "bad", "value"), "");
    t.click("empty").unwrap();
    assert!(items(&mut t).is_empty());
}
