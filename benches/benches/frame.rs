//! A realistic frame: the gallery's counter page, from a state change to pixels.

use arkui::platform::Canvas;
use arkui::prelude::*;
use arkui::renderer::software::SoftwareRenderer;
use criterion::{Criterion, criterion_group, criterion_main};

#[component]
struct Bench {
    #[state(0)]
    count: i32,
}

impl Bench {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 12.vp()) {
                Text(format!("Clicks: {}", self.count.get())).font_size(24.fp()).id("label")
                Button("Add").id("add").on_click(move |_| self.count.update(|c| *c += 1))
            }
            .width(pct(100.0))
            .padding(16.vp())
        }
    }
}

fn frame(c: &mut Criterion) {
    arkui::set_font_source(arkui::renderer::text::FontSource::BundledOnly);
    for profile in [DeviceProfile::iot(), DeviceProfile::phone()] {
        let mut app = App::new::<Bench>(profile.clone());
        let mut canvas = Canvas::new(0, 0);
        let mut renderer = SoftwareRenderer::new();
        canvas.render_app(&mut app, &mut renderer);
        c.bench_function(&format!("counter/click_and_frame/{}", profile.name), |b| {
            b.iter(|| {
                app.click_id("add").expect("button is mounted");
                canvas.render_app(&mut app, &mut renderer)
            })
        });
    }
}

criterion_group!(benches, frame);
criterion_main!(benches);
