//! The walking skeleton end to end: mount the gallery's counter headless, click its button
//! by id, and check the inspector and the pixels.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::DeviceProfile;
use arkui::platform::TestApp;
use arkui_gallery::pages::Counter;

#[test]
fn clicking_add_three_times_updates_label_text_and_only_its_digit_pixels() {
    let mut t = TestApp::new::<Counter>(DeviceProfile::iot());
    assert_eq!(t.text("label").as_deref(), Some("Clicks: 0"));
    let label_before = t.rect("label").expect("label is mounted");
    let before = t.render().clone();
    assert!(!before.is_uniform(), "the first frame shows something");

    for _ in 0..3 {
        t.click("add").expect("the Add button can be clicked");
    }

    assert_eq!(t.text("label").as_deref(), Some("Clicks: 3"));
    let label_after = t.rect("label").expect("label is still mounted");
    assert_eq!(
        label_before, label_after,
        "same-width digit: the label keeps its rect"
    );
    assert!(
        label_after.width > 50.0 && label_after.height > 20.0,
        "{label_after:?}"
    );

    let after = t.render().clone();
    let changed = after
        .diff_bounds(&before, 0)
        .expect("the digit changed some pixels");
    // Every changed pixel lies inside the label, in its last glyph (the digit).
    let digit_start = label_after.x + label_after.width * 0.75;
    assert!(
        changed.x0 as f32 >= digit_start,
        "changes start at x={} (digit from {digit_start})",
        changed.x0
    );
    assert!(
        changed.x1 as f32 <= label_after.x + label_after.width + 1.0,
        "{changed:?} vs {label_after:?}"
    );
    assert!(
        changed.y0 as f32 >= label_after.y
            && changed.y1 as f32 <= label_after.y + label_after.height + 1.0
    );
    let area = changed.area();
    assert!(
        area > 50 && area < 600,
        "only the digit's pixels change, not {area}"
    );
}

#[test]
fn branch_appears_after_three_clicks_and_reset_removes_it() {
    let mut t = TestApp::new::<Counter>(DeviceProfile::phone());
    for _ in 0..3 {
        t.click("add").unwrap();
    }
    assert!(t.inspect("big").is_none(), "count 3 is not > 3");
    t.click("add").unwrap();
    assert_eq!(t.text("big").as_deref(), Some("That is a lot of clicks"));
    // The branch text is below the buttons.
    assert!(t.rect("big").unwrap().y > t.rect("add").unwrap().y);
    t.click("reset").unwrap();
    assert_eq!(t.text("label").as_deref(), Some("Clicks: 0"));
    assert!(t.inspect("big").is_none(), "resetting unmounts the branch");
}

#[test]
fn nothing_changed_means_no_frame() {
    let mut t = TestApp::new::<Counter>(DeviceProfile::iot());
    t.render();
    let frames = t.frame_count();
    t.render();
    t.render();
    assert_eq!(t.frame_count(), frames, "an idle UI renders no frames");
    t.click("add").unwrap();
    t.render();
    assert_eq!(t.frame_count(), frames + 1);
}

#[test]
fn clicking_an_unknown_id_is_a_clear_error() {
    let mut t = TestApp::new::<Counter>(DeviceProfile::iot());
    let err = t.click("nope").unwrap_err();
    assert!(
        err.to_string()
            .contains("no mounted component has id \"nope\""),
        "{err}"
    );
}

#[test]
fn inspector_reports_arkui_shaped_json() {
    let mut t = TestApp::new::<Counter>(DeviceProfile::phone());
    let tree = t.inspector_tree();
    // ArkUI's root object: the window in pixels and the density, as strings.
    assert_eq!(tree["$type"], "root");
    assert_eq!(tree["width"], "1080.000000");
    assert_eq!(tree["$resolution"], "3.000000");
    assert_eq!(tree["version"], arkui::INSPECTOR_VERSION);
    let column = &tree["$children"][0];
    assert_eq!(column["type"], "build-in");
    assert!(column["$ID"].is_u64());
    assert_eq!(column["$type"], "Column");
    assert_eq!(column["$attrs"]["width"], "100.00%");
    assert_eq!(column["$attrs"]["padding"], "16.00vp");
    // 100% of a 1080 px wide phone.
    let r = arkui::inspector_rect(column).unwrap();
    assert_eq!((r.x, r.y, r.width), (0.0, 0.0, 1080.0));
    assert!(
        column["$rect"]
            .as_str()
            .unwrap()
            .starts_with("[0.00, 0.00],[1080.00,")
    );
    let label = t.inspect("label").unwrap();
    assert_eq!(label["$type"], "Text");
    assert_eq!(label["$attrs"]["fontSize"], "24.00fp");
    assert_eq!(label["$attrs"]["fontWeight"], "700");
    // The label is centred (Column's cross-axis default) and starts below the 16vp padding.
    let r = t.rect("label").unwrap();
    assert!(((r.x + r.width / 2.0) - 540.0).abs() <= 1.0, "{r:?}");
    assert_eq!(r.y, 48.0);
}
