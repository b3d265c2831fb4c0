//! Text: italics and case, shadows, a first-line indent, word breaking, a font size that
//! adapts to its box, a marquee, a clock, a stopwatch and a link.

use arkui::prelude::*;
use arkui::widgets::{
    Hyperlink, Marquee, MarqueeOptions, TextClock, TextTimer, TextTimerController, TextTimerOptions,
};

/// A caption over an example.
fn section(caption: &str, body: impl View) -> Column {
    Column::new()
        .child(
            Text::new(caption)
                .font_size(13.fp())
                .font_color(theme().font_secondary),
        )
        .child(body)
        .space(4.vp())
        .padding(8.vp())
        .width(pct(100.0))
        .background_color(theme().background_primary)
        .border_radius(12.vp())
}

/// The text page.
#[component]
pub struct TextPage {
    #[state(0)]
    laps: u32,
}

impl TextPage {
    fn build(&self) -> impl View {
        let laps = self.laps;
        let stopwatch = TextTimerController::new();
        let (start, pause, reset) = (stopwatch.clone(), stopwatch.clone(), stopwatch.clone());
        let timer = TextTimer::with_options(TextTimerOptions {
            controller: Some(stopwatch),
            ..TextTimerOptions::default()
        })
        .font_size(24.fp())
        .id("text-timer");
        let story = "Once upon a time, in a land of tiny screens, a framework drew its \
                     text a line at a time, and every line fit.";
        ui! {
            Scroll {
                Column {
                    section("fontStyle · textCase", Column {
                        Text("An italic line").font_style(FontStyle::Italic).id("text-italic")
                        Text("shown in capitals").text_case(TextCase::UpperCase).id("text-upper")
                    })
                    section("textShadow", Row {
                        Text("Glow")
                            .font_size(28.fp())
                            .font_weight(FontWeight::Bold)
                            .font_color(Color::WHITE)
                            .text_shadow(ShadowOptions::new(12.0).color(Color::from_rgb(0x007DFF)))
                            .id("text-glow")
                        Text("Drop")
                            .font_size(28.fp())
                            .font_weight(FontWeight::Bold)
                            .text_shadow(vec![
                                ShadowOptions::new(0.0).color(Color::from_rgb(0xE84026)).offset(2.0, 2.0),
                                ShadowOptions::new(6.0).color(Color::from_argb(0x66000000)).offset(4.0, 6.0),
                            ])
                            .id("text-drop")
                    }.space(24.vp()))
                    section("textIndent · wordBreak", Column {
                        Text(story).text_indent(24.vp()).id("text-indent")
                        Text("https://gitee.com/openharmony/arkui_ace_engine/tree/master/frameworks")
                            .word_break(WordBreak::BreakAll)
                            .font_size(13.fp())
                            .id("text-break-all")
                    }.space(8.vp()))
                    section("minFontSize / maxFontSize", Column {
                        Text("Fits")
                            .min_font_size(12.fp())
                            .max_font_size(32.fp())
                            .max_lines(1)
                            .id("text-adapt-short")
                        Text("A title too long for one line at 32fp")
                            .min_font_size(12.fp())
                            .max_font_size(32.fp())
                            .max_lines(1)
                            .id("text-adapt-long")
                    })
                    section("Marquee", Marquee::new(MarqueeOptions::new(
                        "Breaking: a marquee scrolls text that is wider than its box, 6 vp every 85 ms",
                        true,
                    ))
                    .font_color(theme().font_emphasize)
                    .id("text-marquee"))
                    section("TextClock", TextClock::new()
                        .format("EEEE yyyy/MM/dd HH:mm:ss")
                        .font_size(18.fp())
                        .id("text-clock"))
                    section("TextTimer", Column {
                        timer
                        Row {
                            Button("Start").on_click(move |_| start.start()).id("text-timer-start")
                            Button("Pause").on_click(move |_| {
                                pause.pause();
                                laps.set(laps.get() + 1);
                            }).id("text-timer-pause")
                            Button("Reset").on_click(move |_| reset.reset()).id("text-timer-reset")
                        }.space(8.vp())
                        Text(format!("paused {} times", laps.get())).font_size(13.fp())
                    }.space(8.vp()))
                    section("Hyperlink", Hyperlink("https://gitee.com/openharmony", "OpenHarmony on Gitee")
                        .id("text-link"))
                }
                .space(12.vp())
                .padding(12.vp())
                .width(pct(100.0))
            }
            .width(pct(100.0))
            .height(pct(100.0))
            .background_color(theme().background_secondary)
            .id("text")
        }
    }
}
