//! The adaptive page lays out visibly differently per device profile: columns from the
//! width breakpoint, a sidebar from `lg`, a TV hint from a media query, sizes from resources.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::DeviceProfile;
use arkui::platform::TestApp;
use arkui_gallery::pages::AdaptivePage;

fn columns(t: &mut TestApp) -> usize {
    let first_y = t.rect("card-0").unwrap().y;
    (0..6)
        .filter(|i| t.rect(&format!("card-{i}")).unwrap().y == first_y)
        .count()
}

#[test]
fn each_profile_gets_its_own_layout() {
    let cases = [
        // profile, columns, sidebar, tv hint, subtitle, title font size
        (DeviceProfile::phone(), 2, false, false, true, "22.00fp"),
        (DeviceProfile::tablet(), 4, true, false, true, "22.00fp"),
        (DeviceProfile::tv(), 4, true, true, true, "32.00fp"),
        (DeviceProfile::wearable(), 1, false, false, false, "15.00fp"),
        (DeviceProfile::iot(), 2, false, false, true, "22.00fp"),
    ];
    for (profile, cols, sidebar, hint, subtitle, size) in cases {
        let name = profile.name.clone();
        let mut t = TestApp::new::<AdaptivePage>(profile);
        assert_eq!(columns(&mut t), cols, "{name}: columns");
        assert_eq!(t.inspect("sidebar").is_some(), sidebar, "{name}: sidebar");
        assert_eq!(t.inspect("tv-hint").is_some(), hint, "{name}: tv hint");
        assert_eq!(
            t.inspect("subtitle").is_some(),
            subtitle,
            "{name}: subtitle"
        );
        assert_eq!(
            t.inspect("title").unwrap()["$attrs"]["fontSize"],
            size,
            "{name}: title size"
        );
        assert!(!t.render().is_uniform(), "{name}: drawn");
    }
}

#[test]
fn switching_profile_live_relays_out() {
    let mut t = TestApp::new::<AdaptivePage>(DeviceProfile::phone());
    assert_eq!(columns(&mut t), 2);
    t.app().set_profile(DeviceProfile::tv());
    assert_eq!(columns(&mut t), 4);
    assert!(t.inspect("sidebar").is_some());
    t.app().set_profile(DeviceProfile::wearable());
    assert_eq!(columns(&mut t), 1);
    assert!(t.inspect("sidebar").is_none());
}

#[test]
fn a_media_resource_comes_from_the_density_folder_closest_to_the_screen() {
    // base/media/density_badge.png is 24 px (1x), xldpi/media/density_badge.png 48 px
    // (2x); either lays out 24 vp square.
    let cases = [
        // profile, density, file chosen
        (DeviceProfile::iot(), 1.0, "1x"),
        (DeviceProfile::tv(), 1.5, "1x or 2x"),
        (DeviceProfile::phone(), 3.0, "2x"),
        (DeviceProfile::wearable(), 2.0, "2x"),
    ];
    for (profile, density, file) in cases {
        let name = profile.name.clone();
        let mut t = TestApp::new::<AdaptivePage>(profile);
        assert!(t.app().wait_for_images(std::time::Duration::from_secs(10)));
        let r = t.rect("density-badge").unwrap();
        assert!(
            (r.width - 24.0 * density).abs() < 0.5 && (r.height - 24.0 * density).abs() < 0.5,
            "{name}: 24 vp square, got {r:?}"
        );
        let status = t.app().find_by_id("density-badge").unwrap().image_status();
        let arkui::ImageStatus::Loaded { width, .. } = status else {
            panic!("{name}: not loaded: {status:?}");
        };
        assert_eq!(width, 24, "{name}: 24 units whichever file");
        let src = t.inspect("density-badge").unwrap()["$attrs"]["src"].clone();
        match file {
            "1x" => assert!(!src.to_string().contains("320 dpi"), "{name}: {src}"),
            "2x" => assert!(src.to_string().contains("320 dpi"), "{name}: {src}"),
            _ => {}
        }
    }
}
