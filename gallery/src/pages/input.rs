//! Text input: TextInput (plain, password, number with a length limit), TextArea, Search and
//! Select, each in a card, wrapping to the screen's width.

use arkui::media_query;
use arkui::prelude::*;

/// A titled card, as wide as the screen allows up to 320 vp.
#[component]
pub struct Card {
    #[prop]
    title: String,
    #[builder_param]
    content: BuilderParam,
}

impl Card {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 8.vp()) {
                Text(self.title.get())
                    .font_size(14.fp())
                    .font_weight(FontWeight::Medium)
                    .font_color(theme().font_secondary)
                self.content.view()
            }
            .width(pct(100.0))
            .constraint_size(Length::Auto, 320.vp(), Length::Auto, Length::Auto)
            .align_items(HorizontalAlign::Start)
            .padding(10.vp())
            .background_color(theme().comp_background_primary)
            .border_radius(12.vp())
        }
    }
}

/// The text input page.
#[component]
pub struct InputPage {
    #[state("Ada".to_string())]
    name: String,
    #[state(String::new())]
    searched: String,
    #[state(1)]
    size: i32,
}

impl InputPage {
    fn build(&self) -> impl View {
        // A round watch face cuts the corners off: start below the top of the circle.
        let round = media_query("(round-screen: true)").is_ok_and(|q| q.matches());
        let top = if round { 40.vp() } else { 10.vp() };
        ui! {
            Scroll() {
                Flex() {
                    Card(title = format!("TextInput: hello, {}", self.name.get())) {
                        TextInput(placeholder = "Your name", text = bind!(self.name)).id("name")
                        TextInput(placeholder = "Password")
                            .input_type(InputType::Password)
                            .text("hunter2")
                            .id("password")
                        TextInput(placeholder = "Postcode")
                            .input_type(InputType::Number)
                            .max_length(6)
                            .id("postcode")
                    }
                    Card(title = "TextArea".to_string()) {
                        TextArea(placeholder = "Notes")
                            .text("Text areas wrap long lines at the field's width and grow with their text.")
                            .id("notes")
                    }
                    Card(title = format!("Search: {}", self.searched.get())) {
                        Search(placeholder = "Search components", search_button = "Search")
                            .on_submit(move |q| self.searched.set(q))
                            .id("search")
                    }
                    Card(title = format!("Select: option {}", self.size.get())) {
                        Select(["Small", "Medium", "Large"])
                            .bind_selected(self.size)
                            .id("size")
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
