//! A counter kept in AppStorage and a text field: state the previewer must carry across a
//! rebuild.
use arkui::prelude::*;

#[component]
struct Sample {
    #[storage_link("count", default = 0)]
    count: i32,
}

impl Sample {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 8.vp()) {
                Text(format!("Clicks: {}", self.count.get()))
                    .font_size(20.fp())
                    .id("label")
                Button("Add")
                    .id("add")
                    .on_click(move |_| self.count.update(|c| *c += 1))
                TextInput(placeholder = "Name")
                    .id("name")
            }
            .width(pct(100.0))
            .padding(16.vp())
        }
    }
}

fn main() -> Result<(), arkui::PlatformError> {
    arkui::launch::<Sample>()
}
