//! Checkbox and CheckboxGroup through the headless harness: clicks by id, inspector state,
//! pixels.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use common::{BRAND, assert_near, attr, pixel_in};

#[component]
struct Fruit {
    #[state(false)]
    apple: bool,
    #[state(true)]
    pear: bool,
    #[state(false)]
    all: bool,
}

impl Fruit {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 8.vp()) {
                CheckboxGroup(group = "fruit", select_all = bind!(self.all)).id("all")
                Checkbox(name = "apple", group = "fruit", select = bind!(self.apple)).id("apple")
                Checkbox(name = "pear", group = "fruit", select = bind!(self.pear)).id("pear")
                Text(format!("{} {} {}", self.apple.get(), self.pear.get(), self.all.get())).id("state")
            }
        }
    }
}

#[test]
fn clicking_flips_select_two_way_and_paints_the_brand_fill() {
    let mut t = TestApp::new::<Fruit>(DeviceProfile::iot());
    assert_eq!(attr(&mut t, "apple", "select"), "false");
    // Unselected: the inside of the outline shows the page.
    assert_near(
        pixel_in(&mut t, "apple", 0.25, 0.5),
        Color::WHITE,
        "unselected inside",
    );
    t.click("apple").unwrap();
    assert_eq!(attr(&mut t, "apple", "select"), "true");
    assert_eq!(t.text("state").unwrap(), "true true true");
    // Selected: brand fill (beside the white tick, which sits in the middle).
    assert_near(pixel_in(&mut t, "apple", 0.2, 0.5), BRAND, "selected fill");
    // The tick is a painted path: white on its corner (the lowest point of the V), brand
    // above that corner inside the V and below it outside.
    if std::env::var_os("ARKUI_DUMP").is_some() {
        t.render().save_png("/tmp/checkbox-ticked.png").unwrap();
    }
    assert_near(
        pixel_in(&mut t, "apple", 0.45, 0.64),
        Color::WHITE,
        "tick corner",
    );
    assert_near(pixel_in(&mut t, "apple", 0.45, 0.4), BRAND, "inside the V");
    assert_near(pixel_in(&mut t, "apple", 0.45, 0.85), BRAND, "below the V");
    t.click("apple").unwrap();
    assert_eq!(attr(&mut t, "apple", "select"), "false");
}

#[test]
fn group_reports_part_and_all_and_select_all_drives_members() {
    let mut t = TestApp::new::<Fruit>(DeviceProfile::iot());
    assert_eq!(attr(&mut t, "all", "status"), "SelectStatus.Part");
    assert_eq!(attr(&mut t, "all", "selectAll"), "false");
    // Part: a bar, brand around it.
    assert_near(pixel_in(&mut t, "all", 0.15, 0.5), BRAND, "part fill");
    t.click("all").unwrap();
    assert_eq!(
        t.text("state").unwrap(),
        "true true true",
        "selects every member"
    );
    assert_eq!(attr(&mut t, "all", "status"), "SelectStatus.All");
    t.click("all").unwrap();
    assert_eq!(
        t.text("state").unwrap(),
        "false false false",
        "all selected: unselects"
    );
    assert_eq!(attr(&mut t, "all", "status"), "SelectStatus.None");
    assert_near(
        pixel_in(&mut t, "all", 0.25, 0.5),
        Color::WHITE,
        "none: outline only",
    );
    // A member completing the set makes the group All.
    t.click("apple").unwrap();
    t.click("pear").unwrap();
    assert_eq!(attr(&mut t, "all", "status"), "SelectStatus.All");
    assert_eq!(t.text("state").unwrap(), "true true true");
    // Unselecting one member leaves the others alone.
    t.click("pear").unwrap();
    assert_eq!(t.text("state").unwrap(), "true false false");
}

#[test]
fn on_change_reports_each_change_and_the_group_result() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let (l1, l2) = (log.clone(), log.clone());
    let mut t =
        TestApp::with_view(DeviceProfile::iot(), move || {
            Column::new()
                .child(CheckboxGroup::new().group("g").id("g").on_change(move |r| {
                    l1.borrow_mut().push(format!("{:?} {:?}", r.status, r.name))
                }))
                .child(
                    Checkbox::new()
                        .name("a")
                        .group("g")
                        .id("a")
                        .on_change(move |on| l2.borrow_mut().push(format!("a {on}"))),
                )
                .child(Checkbox::new().name("b").group("g").id("b"))
        });
    t.click("a").unwrap();
    t.click("g").unwrap();
    let log = log.borrow().clone();
    // The box's and the group's reports of one click may come in either order.
    assert_eq!(log.len(), 3, "{log:?}");
    assert!(log[..2].contains(&"a true".to_string()), "{log:?}");
    assert!(log[..2].contains(&"Part [\"a\"]".to_string()), "{log:?}");
    assert_eq!(log[2], "All [\"a\", \"b\"]");
}

#[test]
fn select_all_reaches_checkboxes_that_join_later_unless_they_set_their_own() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new()
            .child(CheckboxGroup::new().group("g").select_all(true).id("g"))
            .child(Checkbox::new().name("a").group("g").id("a"))
            .child(Checkbox::new().name("b").group("g").select(false).id("b"))
    });
    assert_eq!(attr(&mut t, "a", "select"), "true");
    assert_eq!(attr(&mut t, "b", "select"), "false");
    assert_eq!(attr(&mut t, "g", "status"), "SelectStatus.Part");
}

#[test]
fn groups_are_per_page_and_disabled_boxes_ignore_clicks() {
    let build = || {
        Column::new()
            .child(CheckboxGroup::new().group("same").id("g"))
            .child(Checkbox::new().group("same").id("a"))
            .child(Checkbox::new().enabled(false).id("off"))
    };
    let mut first = TestApp::with_view(DeviceProfile::iot(), build);
    let mut second = TestApp::with_view(DeviceProfile::iot(), build);
    first.click("g").unwrap();
    assert_eq!(attr(&mut first, "a", "select"), "true");
    assert_eq!(
        attr(&mut second, "a", "select"),
        "false",
        "another page's group"
    );
    second.click("off").unwrap();
    assert_eq!(attr(&mut second, "off", "select"), "false");
    assert_eq!(attr(&mut second, "off", "enabled"), "false");
}

#[test]
fn shape_and_colours_are_attributes() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Checkbox::new()
            .shape(CheckBoxShape::RoundedSquare)
            .selected_color(Color::RED)
            .select(true)
            .width(40.vp())
            .height(40.vp())
            .id("c")
    });
    assert_eq!(attr(&mut t, "c", "shape"), "CheckBoxShape.ROUNDED_SQUARE");
    // A rounded square fills its corners' neighbourhood, a circle would not.
    assert_near(
        pixel_in(&mut t, "c", 0.12, 0.12),
        Color::RED,
        "square corner",
    );
}

#[test]
fn a_checkbox_joining_a_fully_selected_group_keeps_its_own_value() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new()
            .child(CheckboxGroup::new().group("g").id("g"))
            .child(Checkbox::new().group("g").select(true).id("a"))
            .child(Checkbox::new().group("g").id("b"))
    });
    assert_eq!(attr(&mut t, "b", "select"), "false");
    assert_eq!(attr(&mut t, "g", "status"), "SelectStatus.Part");
}

#[test]
fn a_bound_select_all_set_by_the_app_selects_and_clears_every_member() {
    let all = State::new(false);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Column::new()
            .child(CheckboxGroup::new().group("g").bind_select_all(all).id("g"))
            .child(Checkbox::new().group("g").select(true).id("a"))
            .child(Checkbox::new().group("g").id("b"))
    });
    assert_eq!(
        attr(&mut t, "a", "select"),
        "true",
        "an initial false clears nothing"
    );
    all.set(true);
    assert_eq!(attr(&mut t, "b", "select"), "true");
    all.set(false);
    assert_eq!(attr(&mut t, "a", "select"), "false");
    assert_eq!(attr(&mut t, "b", "select"), "false");
    t.click("a").unwrap();
    t.click("b").unwrap();
    assert!(all.get(), "all selected by clicks: the binding says so");
}
