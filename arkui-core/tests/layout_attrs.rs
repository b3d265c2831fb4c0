//! Universal layout attributes end to end, read back through the inspector: displayPriority,
//! markAnchor, layoutWeight / constraintSize / aspectRatio in `$attrs`, the lpx design width
//! and `px` in media queries. The iot profile (320x240, density 1) keeps vp equal to px.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui_core::*;
use serde_json::Value;

fn row(width: f32) -> NodeId {
    let r = NodeId::create("Row", NodeKind::Flex).width(width).id("row");
    r.set_layout(|a| a.direction = FlexDirection::Row);
    r
}

fn cell(key: &str, width: f32, priority: u32) -> NodeId {
    NodeId::create("Column", NodeKind::Flex)
        .width(width)
        .height(10.0)
        .display_priority(priority)
        .id(key)
}

fn inspect(app: &mut App, key: &str) -> Value {
    app.inspector_by_id(key)
        .unwrap_or_else(|| panic!("{key} is mounted"))
}

/// `(x, width)` of `key` from its inspector rect.
fn x_and_width(app: &mut App, key: &str) -> (f64, f64) {
    let r = arkui_core::inspector_rect(&inspect(app, key)).unwrap();
    (f64::from(r.x), f64::from(r.width))
}

fn visibility(app: &mut App, key: &str) -> String {
    inspect(app, key)["$attrs"]["visibility"]
        .as_str()
        .unwrap()
        .to_string()
}

fn mount_row(width: f32, cells: &'static [(&'static str, f32, u32)]) -> App {
    App::with_view(DeviceProfile::iot(), move || {
        let r = row(width);
        for (key, w, p) in cells {
            r.append(cell(key, *w, *p));
        }
        r
    })
}

#[test]
fn display_priority_hides_the_lowest_priority_until_the_rest_fit() {
    // 3 x 40 = 120 in 100: the priority-1 child goes, the others keep their widths.
    let mut app = mount_row(100.0, &[("a", 40.0, 3), ("b", 40.0, 1), ("c", 40.0, 2)]);
    let (row_x, _) = x_and_width(&mut app, "row");
    assert_eq!(x_and_width(&mut app, "a"), (row_x, 40.0));
    assert_eq!(x_and_width(&mut app, "c"), (row_x + 40.0, 40.0));
    assert_eq!(x_and_width(&mut app, "b").1, 0.0);
    assert_eq!(visibility(&mut app, "b"), "Visibility.None");
    assert_eq!(visibility(&mut app, "a"), "Visibility.Visible");
    assert_eq!(inspect(&mut app, "a")["$attrs"]["displayPriority"], "3");
    // Hidden means gone for input too.
    let (a, b) = (app.find_by_id("a").unwrap(), app.find_by_id("b").unwrap());
    a.focusable(true);
    b.focusable(true);
    assert!(a.is_focusable());
    assert!(!b.is_focusable());
    assert!(app.frame().is_some());
}

#[test]
fn equal_priorities_hide_together() {
    // The two priority-1 children would fit one at a time (80), not both (120).
    let mut app = mount_row(100.0, &[("a", 40.0, 2), ("b", 40.0, 1), ("c", 40.0, 1)]);
    assert_eq!(visibility(&mut app, "b"), "Visibility.None");
    assert_eq!(visibility(&mut app, "c"), "Visibility.None");
    assert_eq!(x_and_width(&mut app, "a").1, 40.0);
}

#[test]
fn the_highest_priority_hides_too_when_it_alone_overflows() {
    let mut app = mount_row(100.0, &[("a", 120.0, 2), ("b", 40.0, 1)]);
    assert_eq!(visibility(&mut app, "a"), "Visibility.None");
    assert_eq!(visibility(&mut app, "b"), "Visibility.None");
}

#[test]
fn space_between_children_counts_towards_the_overflow() {
    let mut app = App::with_view(DeviceProfile::iot(), || {
        let r = row(100.0);
        r.set_layout(|a| a.space = Length::Vp(10.0));
        for (key, p) in [("a", 2), ("b", 2), ("c", 1)] {
            r.append(cell(key, 30.0, p));
        }
        r
    });
    // 30 + 10 + 30 + 10 + 30 = 110: without the space the three would fit.
    assert_eq!(visibility(&mut app, "c"), "Visibility.None");
    let (ax, _) = x_and_width(&mut app, "a");
    assert_eq!(x_and_width(&mut app, "b"), (ax + 40.0, 30.0));
}

#[test]
fn without_a_priority_above_the_default_nothing_hides() {
    let mut app = mount_row(100.0, &[("a", 40.0, 1), ("b", 40.0, 1), ("c", 40.0, 1)]);
    for key in ["a", "b", "c"] {
        assert_eq!(visibility(&mut app, key), "Visibility.Visible");
        assert_eq!(x_and_width(&mut app, key).1, 40.0);
    }
}

#[test]
fn a_layout_weight_sibling_turns_priorities_off() {
    let mut app = App::with_view(DeviceProfile::iot(), || {
        let r = row(100.0);
        r.append(cell("a", 60.0, 2));
        r.append(cell("b", 60.0, 1));
        r.append(
            NodeId::create("Blank", NodeKind::Leaf)
                .layout_weight(1.0)
                .id("w"),
        );
        r
    });
    assert_eq!(visibility(&mut app, "b"), "Visibility.Visible");
    assert_eq!(inspect(&mut app, "w")["$attrs"]["layoutWeight"], "1");
}

#[test]
fn a_column_hides_by_height() {
    let mut app = App::with_view(DeviceProfile::iot(), || {
        let col = NodeId::create("Column", NodeKind::Flex).height(50.0);
        for (key, p) in [("a", 1), ("b", 2)] {
            col.append(
                NodeId::create("Column", NodeKind::Flex)
                    .width(10.0)
                    .height(30.0)
                    .display_priority(p)
                    .id(key),
            );
        }
        col
    });
    assert_eq!(visibility(&mut app, "a"), "Visibility.None");
    assert_eq!(
        inspect(&mut app, "b")["$rect"],
        "[155.00, 0.00],[165.00,30.00]"
    );
}

#[test]
fn hidden_children_come_back_with_their_own_visibility_when_there_is_room() {
    let mut app = App::with_view(DeviceProfile::iot(), || {
        let r = row(100.0);
        r.append(cell("a", 60.0, 2));
        r.append(cell("b", 60.0, 1).visibility(Visibility::Hidden));
        r
    });
    assert_eq!(visibility(&mut app, "b"), "Visibility.None");
    app.find_by_id("row").unwrap().width(200.0);
    assert_eq!(visibility(&mut app, "b"), "Visibility.Hidden");
    assert_eq!(x_and_width(&mut app, "b").1, 60.0);
    // And narrower again: hidden again, then its own value once more.
    app.find_by_id("row").unwrap().width(100.0);
    assert_eq!(visibility(&mut app, "b"), "Visibility.None");
    app.find_by_id("row").unwrap().width(200.0);
    assert_eq!(visibility(&mut app, "b"), "Visibility.Hidden");
}

#[test]
fn setting_visibility_on_a_hidden_child_is_kept_for_when_it_returns() {
    let mut app = mount_row(100.0, &[("a", 60.0, 2), ("b", 60.0, 1)]);
    assert_eq!(visibility(&mut app, "b"), "Visibility.None");
    let b = app.find_by_id("b").unwrap();
    b.visibility(Visibility::Hidden);
    assert_eq!(visibility(&mut app, "b"), "Visibility.None");
    app.find_by_id("row").unwrap().width(200.0);
    assert_eq!(visibility(&mut app, "b"), "Visibility.Hidden");
}

#[test]
fn a_hidden_child_moved_out_of_its_row_shows_again() {
    let mut app = App::with_view(DeviceProfile::iot(), || {
        let page = NodeId::create("Stack", NodeKind::Stack).id("page");
        let r = row(100.0);
        r.append(cell("a", 60.0, 2));
        r.append(cell("b", 60.0, 1));
        page.append(r);
        page
    });
    assert_eq!(visibility(&mut app, "b"), "Visibility.None");
    let b = app.find_by_id("b").unwrap();
    app.find_by_id("page").unwrap().append(b);
    assert_eq!(visibility(&mut app, "b"), "Visibility.Visible");
    assert_eq!(x_and_width(&mut app, "b").1, 60.0);
}

#[test]
fn a_row_sized_by_its_parent_hides_what_the_parent_has_no_room_for() {
    // No width of its own: the 320 px page bounds the row.
    let mut app = App::with_view(DeviceProfile::iot(), || {
        let r = NodeId::create("Row", NodeKind::Flex).id("row");
        r.set_layout(|a| a.direction = FlexDirection::Row);
        r.append(cell("a", 200.0, 2));
        r.append(cell("b", 200.0, 1));
        r
    });
    assert_eq!(visibility(&mut app, "b"), "Visibility.None");
    assert_eq!(x_and_width(&mut app, "row").1, 200.0);
}

#[test]
fn mark_anchor_moves_a_positioned_or_offset_component_back_by_the_anchor() {
    let mut app = App::with_view(DeviceProfile::iot(), || {
        let stage = NodeId::create("Stack", NodeKind::Stack)
            .width(200.0)
            .height(100.0)
            .id("stage");
        let boxed = |key: &str| {
            NodeId::create("Column", NodeKind::Flex)
                .width(20.0)
                .height(10.0)
                .id(key)
        };
        let positioned = boxed("p").position(50.0, 40.0).mark_anchor(20.0, 10.0);
        positioned.append(boxed("inner"));
        stage.append(positioned);
        stage.append(boxed("o").offset(10.0, 10.0).mark_anchor(5.0, 5.0));
        stage.append(boxed("alone").mark_anchor(10.0, 0.0));
        stage
    });
    let stage = arkui_core::inspector_rect(&inspect(&mut app, "stage")).unwrap();
    let (sx, sy) = (stage.x, stage.y);
    let origin = |app: &mut App, key: &str| {
        let r = arkui_core::inspector_rect(&inspect(app, key)).unwrap();
        (r.x - sx, r.y - sy)
    };
    assert_eq!(origin(&mut app, "p"), (30.0, 30.0));
    assert_eq!(
        origin(&mut app, "inner"),
        (30.0, 30.0),
        "children move along"
    );
    // Centred in the 200x100 stage at (90, 45), then offset (10, 10) less the anchor (5, 5).
    assert_eq!(origin(&mut app, "o"), (95.0, 50.0));
    assert_eq!(origin(&mut app, "alone"), (80.0, 45.0));
    let attrs = &inspect(&mut app, "p")["$attrs"];
    assert_eq!(attrs["markAnchor"], "{x: 20.00vp, y: 10.00vp}");
    assert_eq!(attrs["position"], "{x: 50.00vp, y: 40.00vp}");
    assert_eq!(
        inspect(&mut app, "o")["$attrs"]["offset"],
        "{x: 10.00vp, y: 10.00vp}"
    );
}

#[test]
fn layout_weight_constraint_size_and_aspect_ratio_are_inspector_attributes() {
    let mut app = App::with_view(DeviceProfile::iot(), || {
        let col = NodeId::create("Column", NodeKind::Flex);
        col.append(
            NodeId::create("Column", NodeKind::Flex)
                .width(100.0)
                .aspect_ratio(2.0)
                .constraint_size(Length::Auto, 200.0, 10.0, Length::Auto)
                .id("box"),
        );
        col.append(NodeId::create("Column", NodeKind::Flex).id("plain"));
        col.append(
            NodeId::create("Blank", NodeKind::Leaf)
                .layout_weight(2.0)
                .id("w"),
        );
        col
    });
    let attrs = inspect(&mut app, "box")["$attrs"].clone();
    assert_eq!(attrs["aspectRatio"], "2");
    assert_eq!(
        attrs["constraintSize"],
        "{minWidth: 0.00vp, maxWidth: 200.00vp, minHeight: 10.00vp, maxHeight: Infinityvp}"
    );
    assert_eq!(
        arkui_core::inspector_rect(&inspect(&mut app, "box"))
            .unwrap()
            .bottom(),
        50.0
    );
    assert_eq!(inspect(&mut app, "w")["$attrs"]["layoutWeight"], "2");
    let plain = inspect(&mut app, "plain")["$attrs"].clone();
    for absent in [
        "aspectRatio",
        "constraintSize",
        "layoutWeight",
        "markAnchor",
    ] {
        assert!(
            plain.get(absent).is_none(),
            "{absent} is reported only when set"
        );
    }
}

#[test]
fn lpx_follows_the_apps_design_width() {
    let width_of = |profile: DeviceProfile| {
        let mut app = App::with_view(profile, || {
            NodeId::create("Column", NodeKind::Flex)
                .width(360.lpx())
                .height(10.0)
                .id("box")
        });
        f64::from(
            arkui_core::inspector_rect(&inspect(&mut app, "box"))
                .unwrap()
                .width,
        )
    };
    // The phone is 1080 px wide: 360 lpx is half of a 720 design, a third of 1080.
    assert_eq!(width_of(DeviceProfile::phone()), 540.0);
    assert_eq!(
        width_of(DeviceProfile::phone().with_design_width(1080.0)),
        360.0
    );
    // A nonsensical design width falls back to ArkUI's default.
    assert_eq!(
        width_of(DeviceProfile::phone().with_design_width(f32::NAN)),
        540.0
    );
}

#[test]
fn media_query_px_uses_the_apps_density() {
    let mut found = None;
    // 1080 px at density 3 is 360 vp: 1000 px is 333 vp.
    let mut app = App::with_view(DeviceProfile::phone(), || {
        found = Some((
            media_query("(min-width: 1000px)").unwrap(),
            media_query("(max-width: 1100px)").unwrap(),
            media_query("(min-width: 400vp)").unwrap(),
        ));
        NodeId::create("Column", NodeKind::Flex)
    });
    let (px_min, px_max, vp_min) = found.unwrap();
    assert!(px_min.matches());
    assert!(px_max.matches());
    assert!(!vp_min.matches());
    // At density 2 the screen is 540 vp: the px queries still compare pixels with pixels.
    app.set_density(2.0);
    assert!(px_min.matches());
    assert!(px_max.matches());
    assert!(vp_min.matches());
}

#[test]
fn media_queries_take_arkuis_ranges_alternatives_and_not() {
    let queries = [
        ("(320vp<=width<600vp)", true),
        ("(320vp <= width < 600vp)", true),
        ("(width >= 600vp)", false),
        ("(600vp > width)", true),
        ("(width = 360vp)", true),
        ("(100 < height)", true),
        ("(device-type: tv), (min-width: 300vp)", true),
        ("(device-type: tv) or (device-type: wearable)", false),
        ("not (device-type: phone)", false),
        ("not screen and (min-width: 1000vp)", true),
        ("only screen and (orientation: portrait)", true),
        ("(device-type: phone) and (360vp <= width <= 360vp)", true),
    ];
    let mut found = Vec::new();
    // The phone profile: 360 x 780 vp, portrait.
    let _app = App::with_view(DeviceProfile::phone(), || {
        found = queries
            .iter()
            .map(|(q, _)| media_query(q).unwrap())
            .collect();
        NodeId::create("Column", NodeKind::Flex)
    });
    for ((q, want), got) in queries.iter().zip(&found) {
        assert_eq!(got.matches(), *want, "{q}");
    }
    for bad in [
        "(width ~ 3vp)",
        "(320vp <= width <)",
        "(min-width: 300vp), ",
        "(width <= nine)",
        "(width height < 3)",
    ] {
        let e = media_query(bad).unwrap_err();
        assert_eq!(e.query, bad);
        assert!(e.to_string().contains("320vp <= width < 600vp"), "{e}");
    }
}

#[test]
fn the_breakpoint_follows_app_resize() {
    let mut bp = None;
    let mut app = App::with_view(DeviceProfile::desktop(1280, 800), || {
        bp = Some(breakpoint());
        NodeId::create("Column", NodeKind::Flex)
    });
    let bp = bp.unwrap();
    assert_eq!(bp.get(), Breakpoint::Lg);
    app.resize(400, 800);
    assert_eq!(bp.get(), Breakpoint::Sm);
    app.resize(600, 800);
    assert_eq!(bp.get(), Breakpoint::Md);
    app.resize(200, 800);
    assert_eq!(bp.get(), Breakpoint::Xs);
}
