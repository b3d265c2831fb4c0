//! Router: three pages on a `Router` — a home page that pushes a detail page with
//! parameters and opens settings in single-instance mode, a detail page that fades in and
//! slides out downwards and goes back with a result, and a settings page that replaces
//! itself and clears the stack. A log under the pages shows the page lifecycle as it runs;
//! the Back key, Backspace and the edge swipe go back too.

use arkui::prelude::*;
use arkui::widgets::router::json;

/// The lifecycle log the three pages write to, newest last, at most eight lines.
#[derive(Clone, Copy)]
struct Log(State<Vec<String>>);

impl Log {
    fn push(self, line: impl Into<String>) {
        let line = line.into();
        self.0.update(|l| {
            l.push(line);
            let over = l.len().saturating_sub(8);
            l.drain(..over);
        });
    }

    /// Log the page lifecycle of the page being built under `name`.
    fn watch_page(self, name: &'static str) {
        router::on_page_show(move || self.push(format!("{name}: onPageShow")));
        router::on_page_hide(move || self.push(format!("{name}: onPageHide")));
    }
}

fn title(text: impl Into<String>) -> Text {
    Text::new(text)
        .font_size(22.fp())
        .font_weight(FontWeight::Bold)
}

fn home(log: Log) -> impl View {
    log.watch_page("Home");
    let r = Router::current().expect("built by the router");
    let list = Column::new().space(8.vp()).width(pct(100.0));
    for (i, fruit) in ["Apple", "Banana", "Cherry"].into_iter().enumerate() {
        list.child(
            Button::new(format!("Open {fruit}"))
                .id(format!("router-open-{i}"))
                .width(pct(100.0))
                .on_click(move |_| {
                    if let Err(e) = r.push_url(
                        RouterOptions::new("pages/Detail").params(json!({"fruit": fruit, "id": i})),
                    ) {
                        log.push(e.to_string());
                    }
                }),
        );
    }
    let result = r
        .get_params()
        .and_then(|p| p["result"].as_str().map(str::to_string));
    Column::new()
        .child(title("Home"))
        .child(Text::new(match result {
            Some(r) => format!("Last result: {r}"),
            None => "Pick a fruit: the detail page fades in.".to_string(),
        }))
        .child(list)
        .child(
            Button::new("Settings (single instance)")
                .id("router-settings")
                .button_type(ButtonType::Normal)
                .on_click(move |_| {
                    let _ =
                        r.push_url(RouterOptions::new("pages/Settings").mode(RouterMode::Single));
                }),
        )
        .space(12.vp())
        .padding(16.vp())
        .width(pct(100.0))
        .height(pct(100.0))
}

fn detail(log: Log) -> impl View {
    log.watch_page("Detail");
    router::page_transition([
        PageTransition::enter()
            .route_type(RouteType::Push)
            .duration(250.0)
            .curve(arkui::Curve::EaseOut)
            .opacity(0.0)
            .scale(0.9, 0.9),
        PageTransition::exit()
            .route_type(RouteType::Pop)
            .duration(200.0)
            .curve(arkui::Curve::EaseIn)
            .slide(SlideEffect::Bottom),
    ]);
    let r = Router::current().expect("built by the router");
    let params = r.get_params().unwrap_or_default();
    let fruit = params["fruit"].as_str().unwrap_or("?").to_string();
    let depth = r.get_state().map_or(0, |s| s.index);
    let back_with = fruit.clone();
    Column::new()
        .child(title(fruit.clone()).id("router-detail-title"))
        .child(Text::new(format!(
            "Page {depth} of the stack, params {params}"
        )))
        .child(
            Button::new("Back")
                .id("router-back")
                .on_click(move |_| r.back()),
        )
        .child(
            Button::new(format!("Back home with \"{fruit}\""))
                .id("router-back-result")
                .on_click(move |_| {
                    let _ = r.back_to(
                        RouterOptions::new("pages/Home").params(json!({"result": back_with})),
                    );
                }),
        )
        .space(12.vp())
        .padding(16.vp())
        .width(pct(100.0))
        .height(pct(100.0))
        .background_color(Color::from_argb(0xFFFF_F4E5))
}

fn settings(log: Log) -> impl View {
    log.watch_page("Settings");
    let r = Router::current().expect("built by the router");
    let pages = r.get_length();
    Column::new()
        .child(title("Settings"))
        .child(Text::new(format!("{pages} pages on the stack")).id("router-length"))
        .child(
            Button::new("Replace with Detail")
                .id("router-replace")
                .on_click(move |_| {
                    let _ = r.replace_url(
                        RouterOptions::new("pages/Detail")
                            .params(json!({"fruit": "Durian", "id": 3})),
                    );
                }),
        )
        .child(
            Button::new("Clear the pages below")
                .id("router-clear")
                .on_click(move |_| {
                    r.clear();
                    log.push(format!("clear: {} page left", r.get_length()));
                }),
        )
        .space(12.vp())
        .padding(16.vp())
        .width(pct(100.0))
        .height(pct(100.0))
}

/// The page.
#[component]
pub struct RouterPage {}

impl RouterPage {
    fn build(&self) -> impl View {
        let log = Log(State::new(Vec::new()));
        let r = Router::new()
            .route("pages/Home", move || home(log))
            .route("pages/Detail", move || detail(log))
            .route("pages/Settings", move || settings(log));
        let lines = ui! {
            Text(log.0.get().join("\n")).font_size(12.fp()).padding(8.vp()).id("router-log")
        };
        Column::new()
            .child(
                Column::new()
                    .child(r.view("pages/Home"))
                    .width(pct(100.0))
                    .flex_grow(1.0)
                    .flex_basis(0.vp())
                    .clip(true),
            )
            .child(Divider::new())
            .child(
                Text::new("Lifecycle (Back key, Backspace and the edge swipe go back too)")
                    .font_size(12.fp())
                    .font_weight(FontWeight::Bold)
                    .padding(arkui::Edges::symmetric(8.vp(), 0.vp())),
            )
            .child(lines)
            .width(pct(100.0))
            .height(pct(100.0))
    }
}
