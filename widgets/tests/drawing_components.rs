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
use common::{assert_near, near};

/// The pixel at `(x, y)` px from the top-left of `.id(id)`.
fn px(t: &mut TestApp, id: &str, x: f32, y: f32) -> [u8; 4] {
    let r = t.rect(id).unwrap_or_else(|| panic!("{id} is mounted"));
    t.render().pixel((r.x + x) as u32, (r.y + y) as u32)
}

#[test]
fn a_gauge_draws_its_segments_in_order_and_a_knob_at_the_value() {
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
        px(
            &mut t,
            "g",
            60.0 - 50.0 * std::f32::consts::FRAC_1_SQRT_2,
            60.0 - 50.0 * std::f32::consts::FRAC_1_SQRT_2,
        ),
        Color::GREEN,
        "ten thirty",
    );
    assert_near(
        px(
            &mut t,
            "g",
            60.0 + 50.0 * std::f32::consts::FRAC_1_SQRT_2,
            60.0 - 50.0 * std::f32::consts::FRAC_1_SQRT_2,
        ),
        Color::RED,
        "one thirty",
    );
    let bottom = px(&mut t, "g", 60.0, 110.0);
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
    assert_near(px(&mut t, "g", 60.0, 8.0), Color::WHITE, "knob at twelve");
    value.set(25.0);
    t.render();
    assert_near(px(&mut t, "g", 112.0, 60.0), Color::WHITE, "knob at three");
    assert_near(
        px(&mut t, "g", 60.0, 8.0),
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
        px(
            &mut t,
            "ring",
            60.0 + 55.0 * std::f32::consts::FRAC_1_SQRT_2,
            60.0 - 55.0 * std::f32::consts::FRAC_1_SQRT_2,
        ),
        Color::RED,
        "first value",
    );
    assert_near(
        px(
            &mut t,
            "ring",
            60.0 + 55.0 * std::f32::consts::FRAC_1_SQRT_2,
            60.0 + 55.0 * std::f32::consts::FRAC_1_SQRT_2,
        ),
        Color::BLUE,
        "second value",
    );
    assert_near(
        px(
            &mut t,
            "ring",
            60.0 - 55.0 * std::f32::consts::FRAC_1_SQRT_2,
            60.0 + 55.0 * std::f32::consts::FRAC_1_SQRT_2,
        ),
        Color::GREEN,
        "track",
    );
    assert_near(px(&mut t, "bar", 50.0, 10.0), Color::RED, "bar: first half");
    assert_near(
        px(&mut t, "bar", 125.0, 10.0),
        Color::BLUE,
        "bar: next quarter",
    );
    assert_near(px(&mut t, "bar", 180.0, 10.0), Color::GREEN, "bar: track");
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
        px(t, "q", x as f32 * 5.0 + 2.5, y as f32 * 5.0 + 2.5)
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
