//! The basic controls: checkboxes with select-all, radios, sliders, progress, badges,
//! ratings and button states, each in a card, wrapping to the screen's width.

use arkui::media_query;
use arkui::prelude::*;
use arkui::widgets::Counter as CounterControl;

/// A titled card around one control family.
#[component]
pub struct Section {
    #[prop]
    title: String,
    #[builder_param]
    content: BuilderParam,
}

impl Section {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 8.vp()) {
                Text(self.title.get())
                    .font_size(14.fp())
                    .font_weight(FontWeight::Medium)
                    .font_color(theme().font_secondary)
                self.content.view()
            }
            .width(140.vp())
            .align_items(HorizontalAlign::Start)
            .padding(10.vp())
            .background_color(theme().comp_background_primary)
            .border_radius(12.vp())
        }
    }
}

/// A label next to a control.
#[builder]
fn labelled(label: &str) -> impl View {
    let label = label.to_string();
    ui! { Text(label.clone()).font_size(14.fp()) }
}

/// The basic controls page.
#[component]
pub struct BasicPage {
    #[state(false)]
    apple: bool,
    #[state(true)]
    pear: bool,
    #[state(40.0)]
    volume: f64,
    #[state(3.5)]
    stars: f64,
    #[state(0)]
    presses: i32,
    #[state(1)]
    cups: i32,
}

impl BasicPage {
    fn build(&self) -> impl View {
        // A round watch face cuts the corners off: start below the top of the circle.
        let round = media_query("(round-screen: true)").is_ok_and(|q| q.matches());
        let top = if round { 40.vp() } else { 10.vp() };
        ui! {
            Scroll() {
                Flex() {
                    Section(title = "Checkbox".to_string()) {
                        Row(space = 8.vp()) {
                            CheckboxGroup(group = "fruit").id("fruit-all")
                            labelled("All fruit")
                        }
                        Row(space = 8.vp()) {
                            Checkbox(name = "apple", group = "fruit", select = bind!(self.apple)).id("apple")
                            labelled("Apple")
                        }
                        Row(space = 8.vp()) {
                            Checkbox(name = "pear", group = "fruit", select = bind!(self.pear)).id("pear")
                            labelled("Pear")
                        }
                        Row(space = 8.vp()) {
                            Checkbox().shape(CheckBoxShape::RoundedSquare).select(true).id("square")
                            labelled("Square")
                        }
                    }
                    Section(title = "Radio".to_string()) {
                        Row(space = 8.vp()) {
                            Radio(value = "wifi", group = "net").checked(true).id("wifi")
                            labelled("Wi-Fi")
                        }
                        Row(space = 8.vp()) {
                            Radio(value = "cell", group = "net").id("cell")
                            labelled("Cellular")
                        }
                        Row(space = 8.vp()) {
                            Radio(value = "none", group = "net", indicator_type = RadioIndicatorType::Dot).id("none")
                            labelled("Offline")
                        }
                    }
                    Section(title = format!("Slider {}", self.volume.get())) {
                        Slider(min = 0.0, max = 100.0, step = 10.0, value = bind!(self.volume)).id("volume")
                        Row(space = 12.vp()) {
                            Slider(direction = Axis::Vertical, value = 70.0).height(90.vp()).id("vertical")
                            Slider(direction = Axis::Vertical, reverse = true, value = 30.0)
                                .selected_color(theme().confirm)
                                .height(90.vp())
                        }
                    }
                    Section(title = "Progress".to_string()) {
                        Progress(value = 40.0).id("linear")
                        Row(space = 12.vp()) {
                            Progress(value = 65.0, progress_type = ProgressType::Ring).id("ring")
                            LoadingProgress().width(36.vp()).height(36.vp())
                        }
                    }
                    Section(title = "Badge".to_string()) {
                        Row(space = 14.vp()) {
                            Badge(count = 5) {
                                Column() {}.width(30.vp()).height(30.vp()).border_radius(8.vp())
                                    .background_color(theme().comp_background_gray)
                            }
                            .id("badge-count")
                            Badge(count = 120) {
                                Column() {}.width(30.vp()).height(30.vp()).border_radius(8.vp())
                                    .background_color(theme().comp_background_gray)
                            }
                            Badge(value = "") {
                                Column() {}.width(30.vp()).height(30.vp()).border_radius(8.vp())
                                    .background_color(theme().comp_background_gray)
                            }
                        }
                        .margin(Edges::symmetric(0.vp(), 6.vp()))
                    }
                    Section(title = "Counter".to_string()) {
                        CounterControl() {
                            Text(self.cups.get().to_string()).id("cups")
                        }
                        .on_inc(move || self.cups.update(|c| *c += 1))
                        .on_dec(move || self.cups.update(|c| *c = (*c - 1).max(0)))
                        .enable_dec(self.cups.get() > 0)
                        .id("counter-control")
                    }
                    Section(title = format!("Rating {}", self.stars.get())) {
                        Rating(rating = bind!(self.stars)).height(22.vp()).id("rating")
                        Rating(rating = 4.0, indicator = true)
                    }
                    Section(title = format!("Button {}", self.presses.get())) {
                        Row(space = 8.vp()) {
                            Button("OK")
                                .id("ok")
                                .on_click(move |_| self.presses.update(|p| *p += 1))
                            Button("+")
                                .button_type(ButtonType::Circle)
                                .state_styles(StateStyles::new().pressed(|b: Button| { b.background_color(Color::from_rgb(0x0A59F7)); }))
                        }
                        Button("Normal").button_type(ButtonType::Normal).border_radius(8.vp())
                        Button("Disabled").enabled(false).id("off")
                    }
                }
                .wrap(FlexWrap::Wrap)
                .justify_content(FlexAlign::Center)
                .space(10.vp())
                .row_space(10.vp())
                .width(pct(100.0))
                .padding(Edges {
                    top,
                    right: 10.vp(),
                    bottom: 10.vp(),
                    left: 10.vp(),
                })
            }
            .width(pct(100.0))
            .height(pct(100.0))
            .background_color(theme().background_secondary)
        }
    }
}
