//! The Stepper & Panel page: the stepper walks its three pages (skipping the second), and
//! the panel slides up from the summary and away again, on every profile.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::DeviceProfile;
use arkui::platform::TestApp;
use arkui_gallery::pages::FlowsPage;

fn settle(t: &mut TestApp, ms: &mut f64) {
    for _ in 0..40 {
        *ms += 16.0;
        t.app().advance_time(*ms);
        t.app().frame();
    }
}

#[test]
fn the_stepper_skips_to_the_summary_and_the_panel_slides_up_and_away() {
    for profile in [
        DeviceProfile::phone(),
        DeviceProfile::tablet(),
        DeviceProfile::iot(),
    ] {
        let name = profile.name.clone();
        let mut t = TestApp::new::<FlowsPage>(profile);
        let mut ms = 0.0;
        assert!(
            t.inspect("flows-name").is_some(),
            "{name}: the account page"
        );
        t.click("flows-stepper-next").unwrap();
        settle(&mut t, &mut ms);
        assert!(
            t.inspect("flows-news").is_some(),
            "{name}: the options page"
        );
        assert_eq!(
            t.inspect("flows-stepper-next-label").unwrap()["$attrs"]["content"],
            "Skip",
            "{name}"
        );
        t.click("flows-stepper-next").unwrap();
        settle(&mut t, &mut ms);
        assert_eq!(
            t.text("flows-outcome").as_deref(),
            Some("skipped the options"),
            "{name}"
        );
        // The panel: hidden, then half the page over the stepper, then gone.
        let (_, h) = t.app().size();
        let hidden = t.rect("flows-panel-card");
        assert!(
            hidden.is_none_or(|r| r.y >= h as f32 - 1.0 || r.height < 1.0),
            "{name}: {hidden:?}"
        );
        t.click("flows-details").unwrap();
        settle(&mut t, &mut ms);
        let card = t.rect("flows-panel-card").unwrap();
        assert!(
            (card.height - h as f32 / 2.0).abs() < 4.0,
            "{name}: half height {card:?}"
        );
        t.click("flows-close").unwrap();
        settle(&mut t, &mut ms);
        let gone = t.rect("flows-panel-card");
        assert!(
            gone.is_none_or(|r| r.y >= h as f32 - 1.0 || r.height < 1.0),
            "{name}: {gone:?}"
        );
        // Start finishes.
        t.click("flows-stepper-next").unwrap();
        assert_eq!(
            t.text("flows-outcome").as_deref(),
            Some("finished"),
            "{name}"
        );
    }
}
