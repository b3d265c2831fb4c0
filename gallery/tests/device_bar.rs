//! The shell's device bar through the headless harness: clicking a profile re-lays out the
//! gallery live under that profile, and asking for the GPU where there is none (headless)
//! is answered, and shown, as software.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::rc::Rc;
use std::time::Duration;

use arkui::platform::{HeadlessBackend, ManualClock, RunOptions, TestApp, run};
use arkui::{DeviceProfile, RendererChoice};
use arkui_gallery::pages::GalleryShell;

fn resolution(t: &mut TestApp) -> f64 {
    t.inspector_tree()["$resolution"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .expect("a density")
}

fn open_bar(profile: DeviceProfile) -> TestApp {
    let mut t = TestApp::new::<GalleryShell>(profile);
    assert!(t.inspect("device-bar").is_none(), "closed until asked for");
    t.click("devices").unwrap();
    t.render();
    assert!(t.inspect("device-bar").is_some());
    t
}

#[test]
fn clicking_a_profile_re_lays_out_the_gallery_live() {
    let mut t = open_bar(DeviceProfile::phone());
    assert_eq!(resolution(&mut t), 3.0);
    let phone_item = t.rect("menu-0").unwrap();
    assert_eq!(t.render().width(), 1080);
    // A phone stacks: the home cards are the menu, across the screen, and no side bar.
    assert!(phone_item.width > 900.0, "{phone_item:?}");
    assert!(t.inspect("side-bar").is_none());

    t.click("profile-tv").unwrap();
    let frame = t.render();
    assert_eq!((frame.width(), frame.height()), (1920, 1080));
    assert_eq!(resolution(&mut t), 1.5);
    assert_eq!(t.app().profile().name, "tv");
    // A TV splits: the menu is a 240 vp side bar (360 px at 1.5) beside the cards.
    let tv_item = t.rect("menu-0").unwrap();
    let side = t.rect("side-bar").unwrap();
    assert_eq!(side.width, 360.0);
    assert!(
        tv_item.x >= side.x && tv_item.x + tv_item.width <= side.x + side.width,
        "{tv_item:?} in {side:?}"
    );
    assert_eq!(tv_item.height, 60.0, "40 vp at 1.5");
    assert!(t.rect("home-card-0").unwrap().x > side.x + side.width);

    t.click("profile-wearable").unwrap();
    assert_eq!(resolution(&mut t), 2.0);
    let frame = t.render();
    assert_eq!((frame.width(), frame.height()), (466, 466));
    // The page that was open stays open, laid out anew: the bar is still there.
    assert!(t.inspect("profile-iot").is_some());
}

#[test]
fn the_selected_profile_chip_is_highlighted() {
    let mut t = open_bar(DeviceProfile::tablet());
    let brand = arkui::widgets::theme().brand;
    let bg = |t: &mut TestApp, id: &str| {
        let node = t.app().find_by_id(id).unwrap();
        node.visual().unwrap().background_color
    };
    assert_eq!(bg(&mut t, "profile-tablet"), brand);
    assert_ne!(bg(&mut t, "profile-iot"), brand);
    t.click("profile-iot").unwrap();
    t.render();
    assert_eq!(bg(&mut t, "profile-iot"), brand);
    assert_ne!(bg(&mut t, "profile-tablet"), brand);
}

#[test]
fn an_open_page_follows_the_switch() {
    // The adaptive page: two card columns on a phone, four on a tablet.
    let adaptive = arkui_gallery::pages::all()
        .iter()
        .position(|p| p.name == "adaptive")
        .unwrap();
    let mut t = TestApp::new::<GalleryShell>(DeviceProfile::phone());
    t.click(&format!("menu-{adaptive}")).unwrap();
    t.click("devices").unwrap();
    let columns = |t: &mut TestApp| {
        let y = t.rect("card-0").unwrap().y;
        (0..6)
            .filter(|i| t.rect(&format!("card-{i}")).unwrap().y == y)
            .count()
    };
    assert_eq!(columns(&mut t), 2);
    t.click("profile-tablet").unwrap();
    t.render();
    assert_eq!(columns(&mut t), 4);
    assert!(t.inspect("sidebar").is_some());
}

#[test]
fn asking_for_the_gpu_headless_is_answered_in_the_ui() {
    let mut t = open_bar(DeviceProfile::iot());
    t.render();
    assert_eq!(t.text("renderer-status").unwrap(), "Renderer: software");
    t.click("renderer-gpu").unwrap();
    t.render();
    assert_eq!(
        t.text("renderer-status").unwrap(),
        "Renderer: software: headless frames are drawn in software"
    );
    assert_eq!(
        t.app().renderer_status().active,
        Some(RendererChoice::Software)
    );
    t.click("renderer-software").unwrap();
    t.render();
    assert_eq!(t.text("renderer-status").unwrap(), "Renderer: software");
}

#[test]
fn the_frame_loop_asks_its_backend_and_reports_the_answer() {
    let clock = Rc::new(ManualClock::new());
    let mut app = arkui::App::new::<GalleryShell>(DeviceProfile::iot());
    app.requests().request_renderer(RendererChoice::Gpu);
    let mut backend = HeadlessBackend::scripted(320, 240, clock.clone(), []);
    let options = RunOptions {
        exit_after: Some(Duration::from_secs(1)),
        ..RunOptions::default()
    };
    run(&mut backend, &mut app, &*clock, &options).unwrap();
    let status = app.renderer_status();
    assert_eq!(status.active, Some(RendererChoice::Software));
    assert!(status.note.contains("software only"), "{status:?}");
    assert!(app.take_renderer_request().is_none(), "answered once");
}

#[test]
fn a_fixed_screen_keeps_its_size_when_the_profile_changes() {
    let clock = Rc::new(ManualClock::new());
    let mut app = arkui::App::new::<GalleryShell>(DeviceProfile::iot());
    app.requests().request_profile(DeviceProfile::tv());
    let mut backend = HeadlessBackend::scripted(320, 240, clock.clone(), []);
    let options = RunOptions {
        exit_after: Some(Duration::from_secs(1)),
        ..RunOptions::default()
    };
    run(&mut backend, &mut app, &*clock, &options).unwrap();
    assert_eq!(app.profile().name, "tv");
    assert_eq!(app.inspector_tree()["$resolution"], "1.500000");
    assert_eq!(app.size(), (320, 240), "the screen did not grow");
    assert!(!app.apply_requests(), "the switch was seen once");
}
