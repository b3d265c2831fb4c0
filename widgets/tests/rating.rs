//! Rating through the headless harness: click to rate, indicator, partial stars, repaired
//! input.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use common::{BRAND, assert_near, attr, click_at, near, pixel_in};

#[component]
struct Review {
    #[state(2.5)]
    score: f64,
}

impl Review {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 8.vp()) {
                Rating(rating = bind!(self.score)).id("r")
                Rating(rating = 4.0, indicator = true).id("shown")
                Text(format!("{}", self.score.get())).id("score")
            }
        }
    }
}

#[test]
fn clicking_rounds_up_to_the_step_and_writes_the_binding() {
    let mut t = TestApp::new::<Review>(DeviceProfile::iot());
    assert_eq!(attr(&mut t, "r", "rating"), "2.5");
    assert_eq!(attr(&mut t, "r", "stars"), "5");
    assert_eq!(attr(&mut t, "r", "stepSize"), "0.5");
    assert_eq!(t.rect("r").unwrap().width, 140.0, "five 28 vp stars");
    click_at(&mut t, "r", 0.83, 0.5); // 4.15 stars
    assert_eq!(t.text("score").unwrap(), "4.5");
    click_at(&mut t, "r", 0.19, 0.5); // 0.95 stars
    assert_eq!(t.text("score").unwrap(), "1");
}

#[test]
fn an_indicator_is_small_and_ignores_clicks() {
    let mut t = TestApp::new::<Review>(DeviceProfile::iot());
    assert_eq!(attr(&mut t, "shown", "indicator"), "true");
    assert_eq!(t.rect("shown").unwrap().height, 12.0);
    t.click("shown").unwrap();
    assert_eq!(attr(&mut t, "shown", "rating"), "4");
}

#[test]
fn a_half_rating_fills_half_a_star() {
    let mut t = TestApp::new::<Review>(DeviceProfile::iot());
    // The third star (of five): its left half is filled, its right half is not.
    let left = pixel_in(&mut t, "r", (2.0 + 0.4) / 5.0, 0.55);
    let right = pixel_in(&mut t, "r", (2.0 + 0.6) / 5.0, 0.55);
    assert_near(left, BRAND, "filled half");
    assert!(
        !near(right, BRAND, 60) && right[0] < 240,
        "empty half is grey: {right:?}"
    );
    assert_near(pixel_in(&mut t, "r", 0.5 / 5.0, 0.55), BRAND, "first star");
    if std::env::var_os("ARKUI_DUMP").is_some() {
        t.render().save_png("/tmp/rating-half.png").unwrap();
    }
    // A star, not a disc or a box: its top point and centre are filled, the cell's upper
    // corners and the notch between the lower points are not.
    let mut first = |fx: f32, fy: f32| pixel_in(&mut t, "r", fx / 5.0, fy);
    assert_near(first(0.5, 0.2), BRAND, "top point");
    assert_near(first(0.5, 0.5), BRAND, "centre");
    for (fx, fy, what) in [
        (0.12, 0.12, "upper left corner"),
        (0.88, 0.12, "upper right corner"),
        (0.5, 0.9, "notch"),
    ] {
        let px = first(fx, fy);
        assert!(!near(px, BRAND, 60), "{what} is filled: {px:?}");
    }
}

#[test]
fn bad_star_counts_steps_and_ratings_are_repaired() {
    let changes = Rc::new(RefCell::new(Vec::new()));
    let c = changes.clone();
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Column::new()
            .child(
                Rating::new()
                    .stars(0)
                    .step_size(0.0)
                    .rating(f64::NAN)
                    .id("a"),
            )
            .child(
                Rating::new()
                    .stars(3)
                    .step_size(1.0)
                    .rating(10.0)
                    .on_change(move |v| c.borrow_mut().push(v))
                    .id("b"),
            )
            .child(Rating::new().height(40.vp()).id("big"))
    });
    assert_eq!(attr(&mut t, "a", "stars"), "5");
    assert_eq!(attr(&mut t, "a", "stepSize"), "0.5");
    assert_eq!(attr(&mut t, "a", "rating"), "0");
    assert_eq!(attr(&mut t, "b", "rating"), "3", "clamped to the stars");
    click_at(&mut t, "b", 0.4, 0.5); // 1.2 stars, step 1
    assert_eq!(*changes.borrow(), vec![2.0]);
    assert_eq!(
        t.rect("big").unwrap().width,
        200.0,
        "height sizes the stars"
    );
}

#[test]
fn left_and_right_step_a_focused_rating() {
    let score = State::new(2.0);
    let mut t = TestApp::with_view(DeviceProfile::tv(), move || {
        Rating::new().bind_rating(score).id("r")
    });
    t.app().focus_id("r").unwrap();
    t.app().press_key(arkui::Key::Right);
    assert_eq!(score.get(), 2.5);
    for _ in 0..10 {
        t.app().press_key(arkui::Key::Right);
    }
    assert_eq!(score.get(), 5.0, "clamped to the stars");
}
