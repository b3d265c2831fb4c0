//! Toggle in its three styles through the headless harness: clicks and keys by id, the
//! two-way binding, `onChange`, inspector state and pixels.

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

/// ArkUI's off track: the theme's `font_fourth` (20% black) over the white page.
const OFF_TRACK: Color = Color::from_rgb(0xCCCCCC);

#[component]
struct Settings {
    #[state(false)]
    wifi: bool,
    #[state(true)]
    agree: bool,
    #[state(false)]
    bold: bool,
}

impl Settings {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 8.vp()) {
                Toggle(ToggleType::Switch, is_on = bind!(self.wifi)).id("wifi")
                Toggle(ToggleType::Checkbox, is_on = bind!(self.agree)).id("agree")
                Toggle(ToggleType::Button, is_on = bind!(self.bold)).id("bold")
                Text(format!("{} {} {}", self.wifi.get(), self.agree.get(), self.bold.get())).id("state")
            }
        }
    }
}

#[test]
fn each_style_reports_its_type_and_flips_two_way_on_click() {
    let mut t = TestApp::new::<Settings>(DeviceProfile::iot());
    assert_eq!(attr(&mut t, "wifi", "type"), "ToggleType.Switch");
    assert_eq!(attr(&mut t, "agree", "type"), "ToggleType.Checkbox");
    assert_eq!(attr(&mut t, "bold", "type"), "ToggleType.Button");
    assert_eq!(attr(&mut t, "wifi", "isOn"), "false");
    assert_eq!(attr(&mut t, "agree", "isOn"), "true", "the state's value");
    t.click("wifi").unwrap();
    assert_eq!(attr(&mut t, "wifi", "isOn"), "true");
    assert_eq!(t.text("state").unwrap(), "true true false");
    t.click("agree").unwrap();
    t.click("bold").unwrap();
    assert_eq!(attr(&mut t, "agree", "isOn"), "false");
    assert_eq!(attr(&mut t, "bold", "isOn"), "true");
    assert_eq!(t.text("state").unwrap(), "true false true");
    t.click("wifi").unwrap();
    assert_eq!(attr(&mut t, "wifi", "isOn"), "false");
    assert_eq!(t.text("state").unwrap(), "false false true");
}

#[test]
fn the_app_setting_the_bound_state_moves_the_toggle() {
    let wifi = State::new(false);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Toggle::new(ToggleType::Switch).bind_is_on(wifi).id("t")
    });
    wifi.set(true);
    assert_eq!(attr(&mut t, "t", "isOn"), "true");
    assert_near(
        pixel_in(&mut t, "t", 0.25, 0.5),
        BRAND,
        "on: track left of the knob",
    );
    wifi.set(false);
    assert_eq!(attr(&mut t, "t", "isOn"), "false");
    t.click("t").unwrap();
    assert!(wifi.get(), "a click writes the state back");
}

#[test]
fn the_switch_knob_moves_to_the_end_and_the_track_takes_the_on_colour() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new()
            .child(Toggle::new(ToggleType::Switch).id("plain"))
            .child(
                Toggle::new(ToggleType::Switch)
                    .selected_color(Color::RED)
                    .id("red"),
            )
    });
    let r = t.rect("plain").unwrap();
    assert_eq!((r.width, r.height), (36.0, 20.0), "ArkUI's switch size");
    // Off: knob at the start, the grey track at the end.
    assert_near(
        pixel_in(&mut t, "plain", 0.25, 0.5),
        Color::WHITE,
        "off: knob left",
    );
    assert_near(
        pixel_in(&mut t, "plain", 0.75, 0.5),
        OFF_TRACK,
        "off: track right",
    );
    assert_near(
        pixel_in(&mut t, "red", 0.75, 0.5),
        OFF_TRACK,
        "off ignores selectedColor",
    );
    t.click("plain").unwrap();
    t.click("red").unwrap();
    // On: the track at the start, knob at the end.
    assert_near(
        pixel_in(&mut t, "plain", 0.25, 0.5),
        BRAND,
        "on: track left",
    );
    assert_near(
        pixel_in(&mut t, "plain", 0.75, 0.5),
        Color::WHITE,
        "on: knob right",
    );
    assert_near(
        pixel_in(&mut t, "red", 0.25, 0.5),
        Color::RED,
        "selectedColor",
    );
    assert_near(
        pixel_in(&mut t, "red", 0.75, 0.5),
        Color::WHITE,
        "on: knob right",
    );
}

#[test]
fn checkbox_and_button_styles_fill_with_the_on_colour() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new()
            .child(Toggle::new(ToggleType::Checkbox).id("box"))
            .child(
                Toggle::new(ToggleType::Button)
                    .selected_color(Color::RED)
                    .id("button"),
            )
    });
    let b = t.rect("button").unwrap();
    assert_eq!((b.width, b.height), (56.0, 28.0));
    let c = t.rect("box").unwrap();
    assert_eq!((c.width, c.height), (20.0, 20.0));
    assert_near(
        pixel_in(&mut t, "button", 0.5, 0.5),
        OFF_TRACK,
        "button off",
    );
    // The checkbox style is a checkbox: only an outline when off.
    assert_near(
        pixel_in(&mut t, "box", 0.15, 0.5),
        Color::WHITE,
        "box off: empty inside",
    );
    let tree = t.inspect("box").unwrap();
    // The bar and the dot are nodes; the tick is painted by the box itself.
    assert_eq!(
        tree["$children"].as_array().map(Vec::len),
        Some(2),
        "{tree}"
    );
    t.click("button").unwrap();
    t.click("box").unwrap();
    assert_near(
        pixel_in(&mut t, "button", 0.5, 0.5),
        Color::RED,
        "button on",
    );
    assert_near(pixel_in(&mut t, "box", 0.15, 0.5), BRAND, "box on");
}

#[test]
fn on_change_receives_each_new_value() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let l = log.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Toggle::new(ToggleType::Button)
            .is_on(true)
            .on_change(move |on| l.borrow_mut().push(on))
            .id("t")
    });
    t.click("t").unwrap();
    t.click("t").unwrap();
    t.click("t").unwrap();
    assert_eq!(*log.borrow(), [false, true, false]);
}

#[test]
fn enter_and_space_flip_a_focused_toggle() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let l = log.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Toggle::new(ToggleType::Switch)
            .on_change(move |on| l.borrow_mut().push(on))
            .id("t")
    });
    t.app().focus_id("t").unwrap();
    assert!(t.app().press_key(arkui::Key::Enter), "Enter is used");
    assert_eq!(attr(&mut t, "t", "isOn"), "true");
    assert!(t.app().press_key(arkui::Key::Space), "Space is used");
    assert_eq!(attr(&mut t, "t", "isOn"), "false");
    assert_eq!(*log.borrow(), [true, false]);
}

#[test]
fn a_disabled_toggle_ignores_clicks_and_keys_and_is_drawn_faded() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let l = log.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Toggle::new(ToggleType::Button)
            .is_on(true)
            .enabled(false)
            .on_change(move |on| l.borrow_mut().push(on))
            .id("t")
    });
    t.click("t").unwrap();
    assert_eq!(attr(&mut t, "t", "isOn"), "true");
    assert_eq!(attr(&mut t, "t", "enabled"), "false");
    assert!(
        t.app().focus_id("t").is_err(),
        "a disabled toggle takes no focus"
    );
    t.app().press_key(arkui::Key::Enter);
    assert_eq!(attr(&mut t, "t", "isOn"), "true");
    assert!(log.borrow().is_empty(), "{:?}", log.borrow());
    // ArkUI's disabled look, as for buttons and checkboxes: 40% opacity over the white page.
    assert_near(
        pixel_in(&mut t, "t", 0.5, 0.5),
        Color::from_rgb(0x99CBFF),
        "40% brand",
    );
}
