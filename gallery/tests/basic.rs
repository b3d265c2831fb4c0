//! The basic and theme pages: they render under every device profile, and their controls
//! work as the page shows them.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{ColorMode, Environment};
use arkui_gallery::pages::{BasicPage, ThemePage};

fn profiles() -> Vec<DeviceProfile> {
    vec![
        DeviceProfile::phone(),
        DeviceProfile::tablet(),
        DeviceProfile::tv(),
        DeviceProfile::wearable(),
        DeviceProfile::iot(),
    ]
}

#[test]
fn both_pages_render_something_under_every_profile() {
    for profile in profiles() {
        let name = profile.name.clone();
        let mut basic = TestApp::new::<BasicPage>(profile.clone());
        assert!(!basic.render().is_uniform(), "basic on {name}");
        assert!(
            basic.rect("apple").is_some_and(|r| r.width > 0.0),
            "basic on {name}"
        );
        let mut theme = TestApp::new::<ThemePage>(profile);
        assert!(!theme.render().is_uniform(), "theme on {name}");
        assert!(theme.rect("dark-panel").is_some(), "theme on {name}");
    }
}

fn attr(t: &mut TestApp, id: &str, name: &str) -> String {
    t.inspect(id).unwrap()["$attrs"][name]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn basic_page_controls_react_to_clicks() {
    let mut t = TestApp::new::<BasicPage>(DeviceProfile::phone());
    assert_eq!(attr(&mut t, "fruit-all", "status"), "SelectStatus.Part");
    t.click("fruit-all").unwrap();
    assert_eq!(attr(&mut t, "apple", "select"), "true");
    t.click("cell").unwrap();
    assert_eq!(attr(&mut t, "wifi", "checked"), "false");
    t.click("ok").unwrap();
    t.click("off").unwrap();
    let button_card = t.inspector_tree().to_string();
    assert!(
        button_card.contains("Button 1"),
        "OK counted, the disabled button not"
    );
}

#[test]
fn theme_page_switches_to_dark_and_to_a_custom_brand() {
    let mut t = TestApp::new::<ThemePage>(DeviceProfile::phone());
    assert_eq!(t.text("title").unwrap(), "Light theme");
    t.click("mode").unwrap();
    assert_eq!(Environment::color_mode().get(), ColorMode::Dark);
    assert_eq!(t.text("title").unwrap(), "Dark theme");
    let page = t.app().find_by_id("page").unwrap().visual().unwrap();
    assert_eq!(page.background_color, ThemeColors::DARK.background_primary);
    t.click("mode").unwrap();
    t.click("brand").unwrap();
    assert_eq!(theme().brand, arkui_gallery::pages::theme::CUSTOM_BRAND);
    t.click("brand").unwrap();
    assert_eq!(theme().brand, ThemeColors::LIGHT.brand);
}

#[test]
fn page_backgrounds_reach_the_bottom_of_a_tall_screen() {
    use arkui_gallery::pages::{MediaPage, SettingsPage};
    let mut settings = TestApp::new::<SettingsPage>(DeviceProfile::phone());
    let mut media = TestApp::new::<MediaPage>(DeviceProfile::phone());
    for (name, t) in [("settings", &mut settings), ("media", &mut media)] {
        let (w, h) = t.app().size();
        let canvas = t.render();
        let (top, bottom) = (canvas.pixel(2, h / 2), canvas.pixel(w / 2, h - 2));
        assert_ne!(
            bottom,
            [255, 255, 255, 255],
            "{name}: the page's grey reaches the bottom"
        );
        assert_eq!(
            top, bottom,
            "{name}: one background from the middle to the bottom"
        );
    }
}

#[test]
fn the_media_pages_gif_and_animator_play_and_a_tap_pauses_the_animator() {
    use arkui::widgets::{AnimationStatus, ImageAnimator};
    use arkui_gallery::pages::MediaPage;
    for profile in profiles() {
        let name = profile.name.clone();
        let mut t = TestApp::new::<MediaPage>(profile);
        assert!(t.app().wait_for_images(std::time::Duration::from_secs(10)));
        let spinner = t.app().find_by_id("spinner").unwrap();
        assert_eq!(spinner.image_frame(), Some((0, 4)), "{name}: a 4-frame GIF");
        let ball = ImageAnimator::from_node(t.app().find_by_id("ball").unwrap()).unwrap();
        assert_eq!(ball.status(), AnimationStatus::Running, "{name}");
        let before = t.render().clone();
        let on_screen = t.rect("spinner").unwrap().y < t.app().size().1 as f32;
        t.app().advance_time(130.0);
        // Below the fold (the watch) the GIF holds its frame until scrolled to.
        let want = if on_screen { 1 } else { 0 };
        assert_eq!(spinner.image_frame(), Some((want, 4)), "{name}");
        let ball_seen = t.rect("ball").unwrap().y < t.app().size().1 as f32;
        assert_eq!(
            ball.current_index(),
            usize::from(ball_seen),
            "{name}: 480 ms over 4 frames (held below the fold)"
        );
        if on_screen {
            assert!(
                t.render().count_differing(&before, 0) > 0,
                "{name}: redrawn"
            );
        }
        let ball_rect = t.rect("ball").unwrap();
        if name == "tv" || ball_rect.y + ball_rect.height > t.app().size().1 as f32 {
            continue; // no pointer on a TV; below the fold on a watch
        }
        t.click("ball").unwrap();
        t.app().advance_time(1000.0);
        assert_eq!(ball.status(), AnimationStatus::Paused, "{name}");
        assert_eq!(ball.current_index(), 1, "{name}: held while paused");
    }
}
