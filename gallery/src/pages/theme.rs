//! The theme: the colour tokens of the current mode as swatches, controls drawn with them,
//! and switches for dark mode and a custom brand colour.

use arkui::prelude::*;
use arkui::{ColorMode, Environment, media_query};

/// The brand colour the "Custom brand" switch applies (ArkUI's theming guide uses it too).
pub const CUSTOM_BRAND: Color = Color::from_rgb(0xFF75D9);

/// One token: a swatch and its name.
#[builder]
fn swatch(name: &str, pick: Token) -> impl View {
    let name = name.to_string();
    ui! {
        Row(space = 6.vp()) {
            Column() {}
                .width(16.vp())
                .height(16.vp())
                .border(1.vp(), theme().comp_divider, 4.vp())
                .background_color(pick(&theme()))
            Text(name.clone()).font_size(11.fp())
        }
        .margin(Edges {
            top: 0.vp(),
            right: 14.vp(),
            bottom: 0.vp(),
            left: 0.vp(),
        })
    }
}

/// Controls drawn with the theme they are built in; `name` is the panel's id and keeps each
/// panel's radio group apart.
#[builder]
fn controls(name: &str, level: State<f64>) -> impl View {
    let group = name.to_string();
    let id = name.to_string();
    ui! {
        Column(space = 8.vp()) {
            Text("Primary text")
            Text("Secondary text").font_color(theme().font_secondary).font_size(14.fp())
            Row(space = 12.vp()) {
                Checkbox().select(true)
                Radio(group = group.clone()).checked(true)
                Toggle(ToggleType::Switch, is_on = true)
                Progress(value = level.get(), progress_type = ProgressType::Ring)
                    .width(32.vp())
                    .height(32.vp())
                Button("OK").height(32.vp())
            }
            Slider(value = bind!(level)).width(220.vp())
            Rating(rating = 3.0, indicator = true)
        }
        .align_items(HorizontalAlign::Start)
        .padding(12.vp())
        .border_radius(12.vp())
        .background_color(theme().background_primary)
        .border(1.vp(), theme().comp_divider, 12.vp())
        .id(id.clone())
    }
}

/// The theme page.
#[component]
pub struct ThemePage {
    #[state(false)]
    custom: bool,
    #[state(60.0)]
    level: f64,
}

impl ThemePage {
    fn build(&self) -> impl View {
        // A round watch face cuts the corners off: keep the content inside the circle.
        let round = media_query("(round-screen: true)").is_ok_and(|q| q.matches());
        let inset = if round { 48.vp() } else { 12.vp() };
        ui! {
            Scroll() {
                Column(space = 10.vp()) {
                    Text(if Environment::color_mode().get() == ColorMode::Dark { "Dark theme" } else { "Light theme" })
                        .font_size(20.fp())
                        .font_weight(FontWeight::Bold)
                        .id("title")
                    Flex() {
                        Button(if Environment::color_mode().get() == ColorMode::Dark { "Light" } else { "Dark" })
                            .id("mode")
                            .on_click(move |_| {
                                let dark = Environment::color_mode().get() == ColorMode::Dark;
                                Environment::set_color_mode(if dark { ColorMode::Light } else { ColorMode::Dark });
                            })
                        Button(if self.custom.get() { "System brand" } else { "Custom brand" })
                            .id("brand")
                            .on_click(move |_| {
                                let custom = !self.custom.get();
                                self.custom.set(custom);
                                ThemeControl::set_default_theme(if custom {
                                    CustomTheme::new(CustomColors::new().brand(CUSTOM_BRAND))
                                } else {
                                    CustomTheme::default()
                                });
                            })
                    }
                    .wrap(FlexWrap::Wrap)
                    .space(8.vp())
                    .row_space(8.vp())
                    Flex() {
                        swatch("brand", |t| t.brand)
                        swatch("warning", |t| t.warning)
                        swatch("alert", |t| t.alert)
                        swatch("confirm", |t| t.confirm)
                        swatch("font_primary", |t| t.font_primary)
                        swatch("font_secondary", |t| t.font_secondary)
                        swatch("background_primary", |t| t.background_primary)
                        swatch("background_secondary", |t| t.background_secondary)
                        swatch("comp_background_secondary", |t| t.comp_background_secondary)
                        swatch("interactive_pressed", |t| t.interactive_pressed)
                        swatch("comp_divider", |t| t.comp_divider)
                        swatch("icon_secondary", |t| t.icon_secondary)
                    }
                    .wrap(FlexWrap::Wrap)
                    .row_space(6.vp())
                    .width(pct(100.0))
                    Divider()
                    Flex() {
                        controls("page-panel", self.level)
                        WithTheme(color_mode = ThemeColorMode::Dark) {
                            controls("dark-panel", self.level)
                        }
                    }
                    .wrap(FlexWrap::Wrap)
                    .space(12.vp())
                    .row_space(12.vp())
                    .width(pct(100.0))
                }
                .width(pct(100.0))
                .align_items(HorizontalAlign::Start)
                .padding(inset)
            }
            .width(pct(100.0))
            .height(pct(100.0))
            .background_color(theme().background_primary)
            .id("page")
        }
    }
}
