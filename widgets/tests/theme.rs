//! The theme through the headless harness: dark profiles, live colour-mode switches, custom
//! themes and WithTheme subtrees, on the inspector and on pixels.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

mod common;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{ColorMode, Environment};
use common::{BRAND, assert_near, pixel_in};

fn dark(profile: DeviceProfile) -> DeviceProfile {
    DeviceProfile {
        dark_mode: true,
        ..profile
    }
}

fn font(t: &mut TestApp, id: &str) -> Color {
    t.app().find_by_id(id).unwrap().text().unwrap().font_color
}

#[component]
struct Page {}

impl Page {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 8.vp()) {
                Text("plain").id("plain")
                Text("red").font_color(Color::RED).id("red")
                Checkbox().select(true).id("check")
                Button("ok").id("ok")
                Divider().id("line")
            }
            .width(pct(100.0))
        }
    }
}

#[test]
fn a_dark_profile_draws_with_the_dark_tokens() {
    let mut t = TestApp::new::<Page>(dark(DeviceProfile::iot()));
    assert_eq!(font(&mut t, "plain"), ThemeColors::DARK.font_primary);
    assert_eq!(font(&mut t, "red"), Color::RED);
    assert_near(
        pixel_in(&mut t, "check", 0.2, 0.5),
        ThemeColors::DARK.brand,
        "dark brand",
    );
    assert_near(
        pixel_in(&mut t, "ok", 0.1, 0.5),
        ThemeColors::DARK.brand,
        "dark button",
    );
    assert_near(t.render().pixel(2, 2), Color::BLACK, "dark page");
}

#[test]
fn switching_the_colour_mode_recolours_defaults_and_keeps_app_colours() {
    let mut t = TestApp::new::<Page>(DeviceProfile::iot());
    assert_eq!(font(&mut t, "plain"), ThemeColors::LIGHT.font_primary);
    assert_near(pixel_in(&mut t, "check", 0.2, 0.5), BRAND, "light brand");
    Environment::set_color_mode(ColorMode::Dark);
    assert_eq!(font(&mut t, "plain"), ThemeColors::DARK.font_primary);
    assert_eq!(font(&mut t, "red"), Color::RED, "an app colour stays");
    assert_near(
        pixel_in(&mut t, "check", 0.2, 0.5),
        ThemeColors::DARK.brand,
        "dark brand",
    );
    let line = t.app().find_by_id("line").unwrap().visual().unwrap();
    assert_eq!(line.background_color, ThemeColors::DARK.comp_divider);
    Environment::set_color_mode(ColorMode::Light);
    assert_eq!(font(&mut t, "plain"), ThemeColors::LIGHT.font_primary);
}

#[test]
fn a_custom_theme_recolours_every_widget_using_its_tokens() {
    let pink = Color::from_rgb(0xFF75D9);
    let mut t = TestApp::new::<Page>(DeviceProfile::iot());
    ThemeControl::set_default_theme(CustomTheme::new(CustomColors::new().brand(pink)));
    assert_near(pixel_in(&mut t, "check", 0.2, 0.5), pink, "checkbox");
    assert_near(pixel_in(&mut t, "ok", 0.1, 0.5), pink, "button");
    assert_eq!(
        font(&mut t, "plain"),
        ThemeColors::LIGHT.font_primary,
        "untouched token"
    );
    ThemeControl::set_default_theme(CustomTheme::default());
    assert_near(
        pixel_in(&mut t, "check", 0.2, 0.5),
        BRAND,
        "back to the system brand",
    );
}

#[test]
fn with_theme_gives_a_subtree_its_own_colour_mode() {
    let mode = State::new(ThemeColorMode::Dark);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        Column::new()
            .child(Text::new("outside").id("outside"))
            .child(Checkbox::new().select(true).id("light-check"))
            .child(WithTheme::new().color_mode(mode.get()).content(|| {
                Column::new()
                    .child(Text::new("inside").id("inside"))
                    .child(Checkbox::new().select(true).id("dark-check"))
            }))
    });
    assert_eq!(font(&mut t, "outside"), ThemeColors::LIGHT.font_primary);
    assert_eq!(font(&mut t, "inside"), ThemeColors::DARK.font_primary);
    assert_near(pixel_in(&mut t, "light-check", 0.2, 0.5), BRAND, "outside");
    assert_near(
        pixel_in(&mut t, "dark-check", 0.2, 0.5),
        ThemeColors::DARK.brand,
        "inside",
    );
}

#[component]
struct Local {
    #[state(ThemeColorMode::Dark)]
    mode: ThemeColorMode,
}

impl Local {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                WithTheme(color_mode = self.mode.get()) {
                    Text("inside").id("inside")
                }
                Button("light").id("light").on_click(move |_| self.mode.set(ThemeColorMode::Light))
            }
        }
    }
}

#[test]
fn with_theme_options_are_reactive_in_ui() {
    let mut t = TestApp::new::<Local>(DeviceProfile::iot());
    assert_eq!(font(&mut t, "inside"), ThemeColors::DARK.font_primary);
    t.click("light").unwrap();
    assert_eq!(font(&mut t, "inside"), ThemeColors::LIGHT.font_primary);
}
