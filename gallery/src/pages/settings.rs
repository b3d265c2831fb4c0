//! A settings page: a theme provided to every row below it, and values shared app-wide
//! through AppStorage (another page, or the platform, can read and change them).

use arkui::prelude::*;

/// AppStorage key of the brightness (0..=100).
pub const BRIGHTNESS_KEY: &str = "settings.brightness";
/// AppStorage key of the Wi-Fi switch.
pub const WIFI_KEY: &str = "settings.wifi";

/// One row: a label and a control. Reads the page's accent colour through `#[consume]`.
#[component]
pub struct SettingRow {
    #[prop]
    label: String,
    #[consume(name = "accent", default = Color::BLUE)]
    accent: Color,
    #[builder_param]
    control: BuilderParam,
}

impl SettingRow {
    fn build(&self) -> impl View {
        ui! {
            Row(space = 8.vp()) {
                Text(self.label.get()).font_color(self.accent.get()).layout_weight(1.0)
                self.control.view()
            }
            .width(pct(100.0))
            .height(48.vp())
            .padding(Edges::symmetric(12.vp(), 0.vp()))
            .background_color(Color::WHITE)
            .border_radius(12.vp())
        }
    }
}

/// The settings page.
#[component]
pub struct SettingsPage {
    #[provide(name = "accent", default = Color::from_rgb(0x007DFF))]
    accent: Color,
    #[storage_link("settings.wifi", default = true)]
    wifi: bool,
    #[storage_link("settings.brightness", default = 50)]
    brightness: u8,
}

impl SettingsPage {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 8.vp()) {
                Text("Settings").font_size(20.fp()).font_weight(FontWeight::Bold)
                SettingRow(label = "Wi-Fi".to_string()) {
                    Toggle(ToggleType::Switch, is_on = bind!(self.wifi)).id("wifi")
                }
                SettingRow(label = format!("Brightness {}%", self.brightness.get())) {
                    Row(space = 4.vp()) {
                        Button("-").id("dimmer").on_click(move |_| self.brightness.update(|b| *b = b.saturating_sub(10)))
                        Button("+").id("brighter").on_click(move |_| self.brightness.update(|b| *b = (*b + 10).min(100)))
                    }
                }
                Button("Orange accent").id("accent").on_click(move |_| self.accent.set(Color::ORANGE))
            }
            .width(pct(100.0))
            // At least the window's height: the page's background reaches the bottom.
            .constraint_size(Length::Auto, Length::Auto, pct(100.0), Length::Auto)
            .padding(12.vp())
            .background_color(Color::from_rgb(0xF1F3F5))
        }
    }
}
