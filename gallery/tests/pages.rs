//! Every page of the gallery under every device profile, and the list and grid pages
//! driven as a person would.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::platform::TestApp;
use arkui::{App, DeviceProfile};
use arkui_gallery::pages;

fn page(name: &str) -> pages::Page {
    pages::all().into_iter().find(|p| p.name == name).unwrap()
}

fn rect(app: &mut App, id: &str) -> arkui::Rect {
    app.frame();
    app.find_by_id(id).unwrap().rect().unwrap()
}

#[test]
fn every_page_draws_under_every_profile() {
    for p in pages::all() {
        for profile in DeviceProfile::presets() {
            let mut t = TestApp::with_view(profile.clone(), p.view);
            let drawn = !t.render().is_uniform();
            assert!(drawn, "{} on {} draws something", p.name, profile.name);
        }
    }
}

#[test]
fn the_keypad_keys_span_their_cells() {
    let mut app = page("grids").mount(DeviceProfile::phone());
    let (seven, eight) = (rect(&mut app, "key-7"), rect(&mut app, "key-8"));
    let gap = eight.x - (seven.x + seven.width);
    let zero = rect(&mut app, "key-0");
    assert!(
        (zero.width - (2.0 * seven.width + gap)).abs() < 1.5,
        "0 spans two columns"
    );
    let (plus, equals) = (rect(&mut app, "key-+"), rect(&mut app, "key-="));
    assert!(
        (equals.y - (plus.y + plus.height + gap)).abs() < 1.5,
        "= starts on row 2"
    );
    assert!(
        (equals.height - (3.0 * plus.height + 2.0 * gap)).abs() < 1.5,
        "= spans three rows"
    );
}

#[test]
fn the_grid_row_says_its_breakpoint() {
    for (profile, name) in [
        (DeviceProfile::phone(), "sm"),
        (DeviceProfile::tablet(), "lg"),
    ] {
        let mut t = TestApp::with_view(profile, page("grids").view);
        t.render();
        let label = t.text("breakpoint-label").unwrap();
        assert!(label.contains(&format!("breakpoint {name}")), "{label}");
    }
}

#[test]
fn a_full_swipe_deletes_a_contact_and_a_pull_refreshes() {
    let mut t = TestApp::with_view(DeviceProfile::phone(), page("list-features").view);
    t.render();
    let status = t.text("contacts-status").unwrap();
    assert!(status.starts_with("24 contacts"), "{status}");
    let ada = t.rect("contact-Ada").unwrap();
    let y = ada.y + ada.height / 2.0;
    let x = ada.x + ada.width - 20.0;
    t.app().pointer_down(x, y);
    for i in 1..=10 {
        t.app().advance_time(16.0 * f64::from(i));
        t.app().pointer_move(x - 90.0 * i as f32, y);
        t.app().frame();
    }
    t.app().pointer_up(x - 900.0, y);
    t.app().frame();
    assert!(
        t.text("contacts-status")
            .unwrap()
            .starts_with("23 contacts")
    );
    assert!(t.app().find_by_id("contact-Ada").is_none(), "Ada is gone");
    // Pull the list down well past the refresh offset.
    let list = t.rect("contacts").unwrap();
    let (x, y) = (list.x + list.width / 2.0, list.y + 40.0);
    t.app().pointer_down(x, y);
    for i in 1..=12 {
        t.app().advance_time(1000.0 + 16.0 * f64::from(i));
        t.app().pointer_move(x, y + 60.0 * i as f32);
        t.app().frame();
    }
    t.app().pointer_up(x, y + 720.0);
    t.app().frame();
    // The pretend round trip takes 1.2 s of frame time.
    for i in 0..120 {
        t.app().advance_time(1300.0 + 16.0 * f64::from(i));
        t.app().frame();
    }
    let status = t.text("contacts-status").unwrap();
    assert!(status.contains("refreshed 1 times"), "{status}");
}

/// The pixel of the house icon's wall (`style-bottom-0`) or of the star's centre.
fn icon_pixel(t: &mut TestApp, id: &str) -> arkui::Color {
    let r = t.rect(id).unwrap();
    let (fx, fy) = if id.contains("-0-") {
        (0.3, 0.7)
    } else {
        (0.5, 0.55)
    };
    let (x, y) = (r.x + r.width * fx, r.y + r.height * fy);
    let [red, g, b, a] = t.render().pixel(x as u32, y as u32);
    arkui::Color::rgba(red, g, b, a)
}

#[test]
fn the_tabs_styles_page_tints_the_bottom_bar_icons_by_selection() {
    let mut t = TestApp::with_view(DeviceProfile::phone(), page("tabs-styles").view);
    t.render();
    assert!(t.app().wait_for_images(std::time::Duration::from_secs(10)));
    let brand = arkui::prelude::theme().brand;
    assert_eq!(
        icon_pixel(&mut t, "style-bottom-0-tab-icon"),
        brand,
        "the selected icon"
    );
    let saved = icon_pixel(&mut t, "style-bottom-1-tab-icon");
    assert_ne!(saved, brand, "the other icon is not brand-coloured");
    assert!(
        saved.r > 150 && saved.r == saved.b,
        "it is a faint grey: {saved:?}"
    );
    t.click("style-bottom-1-tab").unwrap();
    assert_eq!(t.text("style-bottom-status").unwrap(), "Bottom bar page: 2");
    assert_eq!(
        icon_pixel(&mut t, "style-bottom-1-tab-icon"),
        brand,
        "now the star"
    );
    assert_eq!(
        icon_pixel(&mut t, "style-bottom-0-tab-icon"),
        saved,
        "and the house is grey"
    );
}

#[test]
fn the_dialogs_page_opens_a_sheet_and_its_done_button_closes_it() {
    let mut t = TestApp::with_view(DeviceProfile::phone(), page("dialogs").view);
    // Mounted alone the page opens its custom dialog: close it first.
    while t.app().overlays().count() > 0 {
        t.app().press_key(arkui::Key::Back);
    }
    t.click("open-sheet").unwrap();
    for i in 1..=40 {
        t.app().advance_time(16.0 * f64::from(i));
        t.app().frame();
    }
    assert!(t.rect("sheet").is_some());
    t.click("sheet-done").unwrap();
    t.render();
    assert!(t.rect("sheet").is_none());
    assert_eq!(t.text("dialogs-status").unwrap(), "Sheet closed");
}

#[test]
fn the_text_page_runs_its_stopwatch_and_adapts_its_title() {
    let mut t = TestApp::with_view(DeviceProfile::phone(), page("text").view);
    t.render();
    assert_eq!(t.text("text-timer").unwrap(), "00:00:00.00");
    t.click("text-timer-start").unwrap();
    let mut now = 0.0;
    for _ in 0..150 {
        now += 10.0;
        t.app().advance_time(now);
    }
    assert_eq!(t.text("text-timer").unwrap(), "00:00:01.50");
    t.click("text-timer-pause").unwrap();
    t.app().advance_time(now + 5000.0);
    assert_eq!(t.text("text-timer").unwrap(), "00:00:01.50", "paused");
    // The long title took a smaller size than the short one to stay on one line.
    let h = |t: &mut TestApp, id: &str| t.rect(id).unwrap().height;
    assert!(h(&mut t, "text-adapt-long") < h(&mut t, "text-adapt-short"));
    assert_eq!(
        t.text("text-upper").unwrap(),
        "shown in capitals",
        "the content keeps its case"
    );
}

#[test]
fn the_dialogs_page_opens_its_built_menu_and_submenu() {
    let mut t = TestApp::with_view(DeviceProfile::tablet(), page("dialogs").view);
    while t.app().overlays().count() > 0 {
        t.app().press_key(arkui::Key::Back);
    }
    t.click("open-built-menu").unwrap();
    t.render();
    assert!(t.rect("built-menu").is_some());
    t.click("built-menu-share").unwrap();
    t.render();
    let (menu, mail) = (
        t.rect("built-menu").unwrap(),
        t.rect("built-menu-mail").unwrap(),
    );
    assert!(
        mail.x >= menu.right(),
        "the submenu opens to the right on a tablet"
    );
    if let Ok(dir) = std::env::var("ARKUI_SHOT_DIR") {
        t.render()
            .save_png(format!("{dir}/built-menu.png"))
            .unwrap();
    }
    t.click("built-menu-mail").unwrap();
    t.render();
    assert_eq!(t.text("dialogs-status").unwrap(), "Mail");
    assert!(
        t.rect("built-menu").is_none(),
        "a pick closes the whole chain"
    );
}

#[test]
fn the_dialogs_page_covers_the_window_and_closes_the_cover() {
    let mut t = TestApp::with_view(DeviceProfile::phone(), page("dialogs").view);
    while t.app().overlays().count() > 0 {
        t.app().press_key(arkui::Key::Back);
    }
    t.click("open-cover").unwrap();
    for i in 1..=40 {
        t.app().advance_time(16.0 * f64::from(i));
        t.app().frame();
    }
    let (w, h) = t.app().size();
    let cover = t.rect("content-cover").unwrap();
    assert_eq!(
        (cover.x, cover.y, cover.width, cover.height),
        (0.0, 0.0, w as f32, h as f32)
    );
    t.click("cover-close").unwrap();
    t.render();
    assert!(t.rect("content-cover").is_none());
    assert_eq!(t.text("dialogs-status").unwrap(), "Cover closed");
}

#[test]
fn the_pickers_page_picks_a_day_from_its_calendar() {
    let mut t = TestApp::with_view(DeviceProfile::tablet(), page("pickers").view);
    t.click("picker-calendar").unwrap();
    t.render();
    if let Ok(dir) = std::env::var("ARKUI_SHOT_DIR") {
        t.render().save_png(format!("{dir}/calendar.png")).unwrap();
    }
    t.click("calendar-day-3").unwrap();
    t.render();
    assert!(t.text("pickers-status").unwrap().starts_with("2024-02-03"));
}

#[test]
fn the_basic_page_counts_with_its_counter() {
    let mut t = TestApp::with_view(DeviceProfile::tablet(), page("basic").view);
    t.render();
    t.click("counter-control-inc").unwrap();
    t.click("counter-control-inc").unwrap();
    t.render();
    assert_eq!(t.text("cups").unwrap(), "3");
    t.click("counter-control-dec").unwrap();
    t.render();
    assert_eq!(t.text("cups").unwrap(), "2");
}
