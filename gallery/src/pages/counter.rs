//! The counter: the walking skeleton's page, every layer end to end.

use arkui::prelude::*;

/// A label and a button that increments it.
#[component]
pub struct Counter {
    #[state(0)]
    count: i32,
    #[prop("Clicks".to_string())]
    title: String,
}

impl Counter {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 12.vp()) {
                Text(format!("{}: {}", self.title.get(), self.count.get()))
                    .font_size(24.fp())
                    .font_weight(FontWeight::Bold)
                    .id("label")
                Row(space = 8.vp()) {
                    Button("Add")
                        .id("add")
                        .on_click(move |_| self.count.update(|c| *c += 1))
                    Button("Reset")
                        .id("reset")
                        .background_color(Color::from_rgb(0x8A8A8A))
                        .on_click(move |_| self.count.set(0))
                }
                if self.count.get() > 3 {
                    Text("That is a lot of clicks").font_color(Color::RED).id("big")
                }
            }
            .width(pct(100.0))
            .padding(16.vp())
            .background_color(Color::from_rgb(0xF1F3F5))
            .border_radius(16.vp())
        }
    }
}
