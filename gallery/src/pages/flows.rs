//! Step-by-step flows: a three-page Stepper (sign-up, a skippable options page, a summary),
//! and a Panel that slides up over it, dragged between mini, half and full height.

use arkui::prelude::*;
use arkui::widgets::{Panel, PanelMode, PanelType};

/// The flows page.
#[component]
pub struct FlowsPage {
    #[state(false)]
    panel: bool,
    #[state(String::from("not finished"))]
    outcome: String,
}

/// One page of the stepper: a title over `body`.
fn step(title: &str, body: impl View) -> StepperItem {
    StepperItem::new().child(
        Column::new()
            .child(
                Text::new(title)
                    .font_size(20.fp())
                    .font_weight(FontWeight::Bold),
            )
            .child(body)
            .space(12.vp())
            .padding(16.vp())
            .width(pct(100.0))
            .height(pct(100.0))
            .justify_content(FlexAlign::Start)
            .align_items(HorizontalAlign::Start),
    )
}

impl FlowsPage {
    fn build(&self) -> impl View {
        let (panel, outcome) = (self.panel, self.outcome);
        let account = Column::new()
            .child(TextInput::new().placeholder("Name").id("flows-name"))
            .child(TextInput::new().placeholder("E-mail").id("flows-mail"))
            .space(8.vp())
            .width(pct(100.0));
        let options = Column::new()
            .child(
                Row::new()
                    .child(Text::new("Newsletter").layout_weight(1.0))
                    .child(Toggle::new(ToggleType::Switch).id("flows-news"))
                    .width(pct(100.0)),
            )
            .child(
                Text::new("This page can be skipped.")
                    .font_size(13.fp())
                    .font_color(theme().font_secondary),
            )
            .space(8.vp())
            .width(pct(100.0));
        let summary = ui! {
            Column(space = 8.vp()) {
                Text("Press Start to finish.")
                Button("Details").on_click(move |_| panel.set(true)).id("flows-details")
                Text(outcome.get()).id("flows-outcome")
            }
            .align_items(HorizontalAlign::Start)
        };
        let stepper = Stepper::new(0)
            .child(step("Account", account))
            .child(step("Options", options).status(ItemState::Skip))
            .child(step("Summary", summary))
            .on_finish(move || outcome.set("finished".into()))
            .id("flows-stepper");
        // Skip leaves the options as they are and goes to the summary.
        stepper.on_skip(move || {
            outcome.set("skipped the options".into());
            stepper.set_index(2);
        });
        ui! {
            Stack {
                stepper
                Panel(panel.get()) {
                    Column(space = 8.vp()) {
                        Row() {
                            Text("Details").font_weight(FontWeight::Bold).layout_weight(1.0)
                            Button("Close").on_click(move |_| panel.set(false)).id("flows-close")
                        }
                        .width(pct(100.0))
                        Text("Drag the bar: mini, half and full height. Close puts it away.")
                    }
                    .padding(16.vp())
                    .width(pct(100.0))
                    .align_items(HorizontalAlign::Start)
                }
                .panel_type(PanelType::Foldable)
                .mode(PanelMode::Half)
                .show_close_icon(true)
                .on_close(move || panel.set(false))
                .id("flows-panel")
            }
            .width(pct(100.0))
            .height(pct(100.0))
            .background_color(theme().background_secondary)
        }
    }
}
