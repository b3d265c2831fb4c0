//! Components drawn by painters on top of the drawing layer: Gauge and DataPanel, checked by
//! pixels.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::{DataPanel, DataPanelType, Gauge};
use common::{assert_near, near, pixel_at};

#[test]
fn a_gauge_draws_its_segments_in_order_along_its_angles() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new().child(
            Gauge::new(0.0)
                .start_angle(270.0)
                .end_angle(90.0)
                .colors(vec![(Color::GREEN, 1.0), (Color::RED, 1.0)])
                .stroke_width(10.0)
                .indicator(false)
                .id("g"),
        )
    });
    t.render()
        .save_png(concat!(env!("CARGO_TARGET_TMPDIR"), "/gauge.png"))
        .ok();
    let r = t.rect("g").unwrap();
    assert_eq!((r.width, r.height), (120.0, 120.0), "the default size");
    // From nine o'clock over the top to three: the first half green, the second red.
    // Ring radius: 60 - 5 - 5 = 50 around (60, 60).
    assert_near(
        pixel_at(
            &mut t,
            "g",
            60.0 - 50.0 * std::f32::consts::FRAC_1_SQRT_2,
            60.0 - 50.0 * std::f32::consts::FRAC_1_SQRT_2,
        ),
        Color::GREEN,
        "ten thirty",
    );
    assert_near(
        pixel_at(
            &mut t,
            "g",
            60.0 + 50.0 * std::f32::consts::FRAC_1_SQRT_2,
            60.0 - 50.0 * std::f32::consts::FRAC_1_SQRT_2,
        ),
        Color::RED,
        "one thirty",
    );
    let bottom = pixel_at(&mut t, "g", 60.0, 110.0);
    assert!(
        !near(bottom, Color::GREEN, 60) && !near(bottom, Color::RED, 60),
        "no ring at six: {bottom:?}"
    );
}

#[test]
fn the_gauge_knob_moves_with_the_value() {
    let value = State::new(0.0);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        let g = Gauge::new(0.0)
            .colors(vec![(Color::BLUE, 1.0)])
            .stroke_width(8.0)
            .id("g");
        arkui::Effect::new(move || {
            g.value(value.get());
        });
        Column::new().child(g)
    });
    // At 0 the white knob sits at twelve o'clock (ring radius 60 - 4 - 4 = 52).
    assert_near(
        pixel_at(&mut t, "g", 60.0, 8.0),
        Color::WHITE,
        "knob at twelve",
    );
    value.set(25.0);
    t.render();
    assert_near(
        pixel_at(&mut t, "g", 112.0, 60.0),
        Color::WHITE,
        "knob at three",
    );
    assert_near(
        pixel_at(&mut t, "g", 60.0, 8.0),
        Color::BLUE,
        "ring again at twelve",
    );
}

#[test]
fn a_data_panel_shares_its_ring_and_its_bar() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new()
            .child(
                DataPanel::new(vec![25.0, 25.0])
                    .value_colors(vec![(Color::RED, Color::RED), (Color::BLUE, Color::BLUE)])
                    .track_background_color(Color::GREEN)
                    .stroke_width(10.0)
                    .id("ring"),
            )
            .child(
                DataPanel::new(vec![50.0, 25.0])
                    .panel_type(DataPanelType::Line)
                    .value_colors(vec![(Color::RED, Color::RED), (Color::BLUE, Color::BLUE)])
                    .track_background_color(Color::GREEN)
                    .width(200.vp())
                    .id("bar"),
            )
    });
    t.render()
        .save_png(concat!(env!("CARGO_TARGET_TMPDIR"), "/data-panel.png"))
        .ok();
    // Ring of radius 55 around (60, 60): first quarter red, second blue, the rest track.
    assert_near(
        pixel_at(
            &mut t,
            "ring",
            60.0 + 55.0 * std::f32::consts::FRAC_1_SQRT_2,
            60.0 - 55.0 * std::f32::consts::FRAC_1_SQRT_2,
        ),
        Color::RED,
        "first value",
    );
    assert_near(
        pixel_at(
            &mut t,
            "ring",
            60.0 + 55.0 * std::f32::consts::FRAC_1_SQRT_2,
            60.0 + 55.0 * std::f32::consts::FRAC_1_SQRT_2,
        ),
        Color::BLUE,
        "second value",
    );
    assert_near(
        pixel_at(
            &mut t,
            "ring",
            60.0 - 55.0 * std::f32::consts::FRAC_1_SQRT_2,
            60.0 + 55.0 * std::f32::consts::FRAC_1_SQRT_2,
        ),
        Color::GREEN,
        "track",
    );
    assert_near(
        pixel_at(&mut t, "bar", 50.0, 10.0),
        Color::RED,
        "bar: first half",
    );
    assert_near(
        pixel_at(&mut t, "bar", 125.0, 10.0),
        Color::BLUE,
        "bar: next quarter",
    );
    assert_near(
        pixel_at(&mut t, "bar", 180.0, 10.0),
        Color::GREEN,
        "bar: track",
    );
}

#[test]
fn a_qr_code_has_its_three_finder_patterns() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        Column::new().child(
            arkui::widgets::QRCode::new("arkui-rs")
                .width(105.vp())
                .height(105.vp())
                .id("q"),
        )
    });
    t.render()
        .save_png(concat!(env!("CARGO_TARGET_TMPDIR"), "/qr.png"))
        .ok();
    // "arkui-rs" fits version 1: 21 modules of 5 px across 105 px, no margin.
    let m = |t: &mut TestApp, x: usize, y: usize| {
        pixel_at(t, "q", x as f32 * 5.0 + 2.5, y as f32 * 5.0 + 2.5)
    };
    for (cx, cy) in [(0, 0), (14, 0), (0, 14)] {
        assert_near(m(&mut t, cx, cy), Color::BLACK, "finder's outer ring");
        assert_near(
            m(&mut t, cx + 1, cy + 1),
            Color::WHITE,
            "finder's light ring",
        );
        assert_near(m(&mut t, cx + 3, cy + 3), Color::BLACK, "finder's centre");
    }
    // The bottom-right corner has no finder: its light separator column is absent there.
    assert_near(
        m(&mut t, 7, 7),
        Color::WHITE,
        "separator beside the top-left finder",
    );
}

#[test]
fn a_pattern_lock_joins_dots_under_the_finger_and_reports_the_pattern() {
    use arkui::widgets::{PatternLock, PatternLockChallengeResult, PatternLockController};
    use std::cell::RefCell;
    use std::rc::Rc;
    let got = Rc::new(RefCell::new(Vec::new()));
    let dots = Rc::new(RefCell::new(Vec::new()));
    let controller = PatternLockController::new();
    let (g, d, c) = (got.clone(), dots.clone(), controller.clone());
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Stack::new()
            .width(pct(100.0))
            .height(pct(100.0))
            .align_content(Alignment::TopStart)
            .child(
                PatternLock::new()
                    .side_length(120.0)
                    .path_color(Color::BLUE)
                    .path_stroke_width(6.0)
                    .controller(&c)
                    .on_dot_connect(move |i| d.borrow_mut().push(i))
                    .on_pattern_complete(move |p| *g.borrow_mut() = p.to_vec())
                    .id("lock"),
            )
    });
    t.render();
    // An L: top-left, down the left column, along the bottom row (cells of 40, centres 20/60/100).
    let app = t.app();
    app.pointer_down(20.0, 20.0);
    app.pointer_move(20.0, 60.0);
    app.pointer_move(20.0, 100.0);
    app.pointer_move(60.0, 100.0);
    app.pointer_move(100.0, 100.0);
    app.pointer_up(100.0, 100.0);
    assert_eq!(*got.borrow(), vec![0, 3, 6, 7, 8]);
    assert_eq!(*dots.borrow(), vec![0, 3, 6, 7, 8]);
    t.render()
        .save_png(concat!(env!("CARGO_TARGET_TMPDIR"), "/pattern-lock.png"))
        .ok();
    // The path runs between the dots: blue midway down the left column, nothing in the middle.
    assert_near(
        pixel_at(&mut t, "lock", 20.0, 40.0),
        Color::BLUE,
        "path between 0 and 3",
    );
    assert_near(
        pixel_at(&mut t, "lock", 80.0, 40.0),
        Color::WHITE,
        "no path there",
    );
    // Marked wrong: the path turns red; reset clears it.
    controller.set_challenge_result(PatternLockChallengeResult::Wrong);
    let wrong = pixel_at(&mut t, "lock", 20.0, 40.0);
    assert!(
        wrong[0] > 200 && wrong[2] < 230,
        "warning colour: {wrong:?}"
    );
    controller.reset();
    assert_near(
        pixel_at(&mut t, "lock", 20.0, 40.0),
        Color::WHITE,
        "cleared",
    );
}
