//! Slider through the headless harness: click to position, snapping, directions, repaired
//! input, pixels.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use common::{BRAND, assert_near, attr, click_at, pixel_in};

#[component]
struct Volume {
    #[state(20.0)]
    level: f64,
}

impl Volume {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Slider(min = 0.0, max = 100.0, step = 10.0, value = bind!(self.level))
                    .width(220.vp())
                    .id("s")
                Text(format!("{}", self.level.get())).id("level")
            }
        }
    }
}

/// Where a value lies along a slider of `width` px: inside the 11 vp end padding.
fn x_of(fraction: f32, width: f32, density: f32) -> f32 {
    let pad = 11.0 * density;
    (pad + fraction * (width - 2.0 * pad)) / width
}

#[test]
fn clicking_sets_the_snapped_value_and_writes_the_binding() {
    let mut t = TestApp::new::<Volume>(DeviceProfile::iot());
    assert_eq!(attr(&mut t, "s", "value"), "20");
    let w = t.rect("s").unwrap().width;
    click_at(&mut t, "s", x_of(0.73, w, 1.0), 0.5);
    assert_eq!(t.text("level").unwrap(), "70", "0.73 snaps to the step 70");
    assert_eq!(attr(&mut t, "s", "value"), "70");
    click_at(&mut t, "s", 0.999, 0.5);
    assert_eq!(t.text("level").unwrap(), "100");
    click_at(&mut t, "s", 0.001, 0.5);
    assert_eq!(t.text("level").unwrap(), "0");
}

#[test]
fn clicks_map_through_the_density_of_the_device() {
    let v = State::new(0.0);
    let mut t = TestApp::with_view(DeviceProfile::phone(), move || {
        Slider::new().bind_value(v).width(300.vp()).id("s")
    });
    let w = t.rect("s").unwrap().width;
    assert_eq!(w, 900.0);
    click_at(&mut t, "s", x_of(0.25, w, 3.0), 0.5);
    assert_eq!(v.get(), 25.0);
}

#[test]
fn selected_part_is_brand_and_the_rest_is_track() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Slider::new().value(50.0).width(200.vp()).id("s")
    });
    let w = t.rect("s").unwrap().width;
    assert_near(
        pixel_in(&mut t, "s", x_of(0.2, w, 1.0), 0.5),
        BRAND,
        "selected",
    );
    let track = pixel_in(&mut t, "s", x_of(0.8, w, 1.0), 0.5);
    assert!(
        track[0] < 250 && track[0] > 200,
        "track is light grey: {track:?}"
    );
    // The block sits at the value: white over the track's middle.
    assert_near(pixel_in(&mut t, "s", 0.5, 0.5), Color::WHITE, "block");
}

#[test]
fn vertical_and_reverse_sliders_place_min_at_the_top_or_the_far_end() {
    let (a, b) = (State::new(0.0), State::new(0.0));
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Row::new()
            .child(
                Slider::new()
                    .direction(Axis::Vertical)
                    .bind_value(a)
                    .height(200.vp())
                    .id("v"),
            )
            .child(
                Slider::new()
                    .reverse(true)
                    .bind_value(b)
                    .width(200.vp())
                    .id("r"),
            )
    });
    assert_eq!(attr(&mut t, "v", "direction"), "Axis.Vertical");
    let h = t.rect("v").unwrap().height;
    click_at(&mut t, "v", 0.5, x_of(0.3, h, 1.0));
    assert_eq!(a.get(), 30.0, "top is min");
    let w = t.rect("r").unwrap().width;
    click_at(&mut t, "r", x_of(0.3, w, 1.0), 0.5);
    assert_eq!(b.get(), 70.0, "reversed: right is min");
    // Reversed 70: the selected part is on the right.
    assert_near(
        pixel_in(&mut t, "r", x_of(0.9, w, 1.0), 0.5),
        BRAND,
        "reverse selected",
    );
}

#[test]
fn bad_ranges_steps_and_values_are_repaired_without_panicking() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new()
            .child(Slider::new().min(80.0).max(20.0).value(50.0).id("inverted"))
            .child(Slider::new().step(0.0).value(f64::NAN).id("nan"))
            .child(Slider::new().step(-5.0).value(1e9).id("huge"))
            .child(Slider::new().track_thickness(f32::NAN).id("thin"))
    });
    assert_eq!(attr(&mut t, "inverted", "min"), "0");
    assert_eq!(attr(&mut t, "inverted", "max"), "100");
    assert_eq!(attr(&mut t, "inverted", "value"), "50");
    assert_eq!(attr(&mut t, "nan", "step"), "1");
    assert_eq!(attr(&mut t, "nan", "value"), "0");
    assert_eq!(attr(&mut t, "huge", "value"), "100");
    let _ = t.render();
}

#[test]
fn on_change_reports_clicks_with_their_mode() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let l = log.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Slider::new()
            .width(200.vp())
            .on_change(move |v, mode| l.borrow_mut().push((v, mode)))
            .id("s")
    });
    t.click("s").unwrap();
    assert_eq!(*log.borrow(), vec![(50.0, SliderChangeMode::Click)]);
    let mut off = TestApp::with_view(DeviceProfile::iot(), || {
        Slider::new().enabled(false).width(200.vp()).id("s")
    });
    off.click("s").unwrap();
    assert_eq!(attr(&mut off, "s", "value"), "0", "disabled: no change");
}

#[test]
fn arrow_keys_step_a_focused_slider_and_other_keys_move_focus() {
    let v = State::new(50.0);
    let mut t = TestApp::with_view(DeviceProfile::tv(), move || {
        Column::new()
            .child(
                Slider::new()
                    .step(5.0)
                    .bind_value(v)
                    .width(300.vp())
                    .id("s"),
            )
            .child(Button::new("next").on_click(|_| {}).id("next"))
    });
    t.app().focus_id("s").unwrap();
    t.app().press_key(arkui::Key::Right);
    assert_eq!(v.get(), 55.0);
    t.app().press_key(arkui::Key::Left);
    t.app().press_key(arkui::Key::Left);
    assert_eq!(v.get(), 45.0);
    t.app().press_key(arkui::Key::Down);
    assert_eq!(t.app().focused_id().as_deref(), Some("next"));
}
