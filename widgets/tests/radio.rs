//! Radio through the headless harness: groups exclude, bindings flow both ways, pixels.

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
struct Network {
    #[state(true)]
    wifi: bool,
    #[state(false)]
    cell: bool,
}

impl Network {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 8.vp()) {
                Radio(value = "wifi", group = "net", checked = bind!(self.wifi)).id("wifi")
                Radio(value = "cell", group = "net", checked = bind!(self.cell)).id("cell")
                Radio(value = "off", group = "net", indicator_type = RadioIndicatorType::Dot).id("off")
                Radio(value = "other", group = "elsewhere").checked(true).id("other")
                Text(format!("{} {}", self.wifi.get(), self.cell.get())).id("state")
            }
        }
    }
}

#[test]
fn checking_one_unchecks_the_rest_of_its_group_only() {
    let mut t = TestApp::new::<Network>(DeviceProfile::iot());
    assert_eq!(attr(&mut t, "wifi", "checked"), "true");
    assert_eq!(attr(&mut t, "wifi", "value"), "wifi");
    assert_eq!(attr(&mut t, "wifi", "group"), "net");
    t.click("cell").unwrap();
    assert_eq!(
        t.text("state").unwrap(),
        "false true",
        "both bindings written"
    );
    assert_eq!(attr(&mut t, "cell", "checked"), "true");
    assert_eq!(
        attr(&mut t, "other", "checked"),
        "true",
        "another group is untouched"
    );
    t.click("off").unwrap();
    assert_eq!(t.text("state").unwrap(), "false false");
    // Clicking a checked radio keeps it checked.
    t.click("off").unwrap();
    assert_eq!(attr(&mut t, "off", "checked"), "true");
}

#[test]
fn the_app_checking_a_radio_through_its_state_unchecks_the_others() {
    let wifi = State::new(true);
    let cell = State::new(false);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Column::new()
            .child(Radio::new().group("n").bind_checked(wifi).id("wifi"))
            .child(Radio::new().group("n").bind_checked(cell).id("cell"))
    });
    cell.set(true);
    assert!(!wifi.get());
    assert_eq!(attr(&mut t, "wifi", "checked"), "false");
}

#[test]
fn on_change_tells_both_the_checked_and_the_unchecked_radio() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let (a, b) = (log.clone(), log.clone());
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Row::new()
            .child(
                Radio::new()
                    .group("g")
                    .checked(true)
                    .id("a")
                    .on_change(move |on| a.borrow_mut().push(format!("a {on}"))),
            )
            .child(
                Radio::new()
                    .group("g")
                    .id("b")
                    .on_change(move |on| b.borrow_mut().push(format!("b {on}"))),
            )
    });
    t.click("b").unwrap();
    let mut log = log.borrow().clone();
    log.sort();
    assert_eq!(log, vec!["a false", "b true"]);
}

#[test]
fn checked_radios_fill_with_the_brand_and_style_overrides_it() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Row::new()
            .child(Radio::new().checked(true).id("on"))
            .child(Radio::new().id("off"))
            .child(
                Radio::new()
                    .checked(true)
                    .indicator_type(RadioIndicatorType::Dot)
                    .radio_style(RadioStyle {
                        checked_background_color: Some(Color::RED),
                        indicator_color: Some(Color::GREEN),
                        ..RadioStyle::default()
                    })
                    .id("styled"),
            )
    });
    assert_near(pixel_in(&mut t, "on", 0.2, 0.5), BRAND, "checked fill");
    assert_near(
        pixel_in(&mut t, "off", 0.3, 0.5),
        Color::WHITE,
        "unchecked inside",
    );
    assert_near(
        pixel_in(&mut t, "styled", 0.2, 0.5),
        Color::RED,
        "checked colour",
    );
    assert_near(
        pixel_in(&mut t, "styled", 0.5, 0.5),
        Color::GREEN,
        "dot indicator",
    );
}

#[test]
fn a_disabled_radio_stays_unchecked_when_clicked() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || Radio::new().enabled(false).id("r"));
    t.click("r").unwrap();
    assert_eq!(attr(&mut t, "r", "checked"), "false");
}
