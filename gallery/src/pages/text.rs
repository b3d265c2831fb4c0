//! Text: italics and case, shadows, a first-line indent, word breaking, a font size that
//! adapts to its box, a picture in a line (ImageSpan), a marquee, a clock, a stopwatch and
//! a link.

use arkui::prelude::*;

use super::section::section;
use arkui::widgets::{
    Hyperlink, Marquee, MarqueeOptions, TextClock, TextTimer, TextTimerController, TextTimerOptions,
};

/// A star icon, for the ImageSpan.
const STAR: &[u8] = include_bytes!("../../assets/icons/star.png");

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
        let looks = Column::new()
            .child(
                Text::new("An italic line")
                    .font_style(FontStyle::Italic)
                    .id("text-italic"),
            )
            .child(
                Text::new("shown in capitals")
                    .text_case(TextCase::UpperCase)
                    .id("text-upper"),
            );
        let shadows = Row::new()
            .space(24.vp())
            .child(
                Text::new("Glow")
                    .font_size(28.fp())
                    .font_weight(FontWeight::Bold)
                    .font_color(Color::WHITE)
                    .text_shadow(ShadowOptions::new(12.0).color(Color::from_rgb(0x007DFF)))
                    .id("text-glow"),
            )
            .child(
                Text::new("Drop")
                    .font_size(28.fp())
                    .font_weight(FontWeight::Bold)
                    .text_shadow(vec![
                        ShadowOptions::new(0.0)
                            .color(Color::from_rgb(0xE84026))
                            .offset(2.0, 2.0),
                        ShadowOptions::new(6.0)
                            .color(Color::from_argb(0x6600_0000))
                            .offset(4.0, 6.0),
                    ])
                    .id("text-drop"),
            );
        let paragraphs = Column::new()
            .space(8.vp())
            .child(Text::new(story).text_indent(24.vp()).id("text-indent"))
            .child(
                Text::new("Long-press a word of this line to select and copy it.")
                    .copy_option(CopyOptions::LocalDevice)
                    .id("text-copyable"),
            )
            .child(
                Text::new("https://gitee.com/openharmony/arkui_ace_engine/tree/master/frameworks")
                    .word_break(WordBreak::BreakAll)
                    .font_size(13.fp())
                    .id("text-break-all"),
            );
        let adaptive = Column::new()
            .child(
                Text::new("Fits")
                    .min_font_size(12.fp())
                    .max_font_size(32.fp())
                    .max_lines(1)
                    .id("text-adapt-short"),
            )
            .child(
                Text::new("A title too long for one line at 32fp")
                    .min_font_size(12.fp())
                    .max_font_size(32.fp())
                    .max_lines(1)
                    .id("text-adapt-long"),
            );
        let marquee = Marquee::new(MarqueeOptions::new(
            "Breaking: a marquee scrolls text that is wider than its box, 6 vp every 85 ms",
            true,
        ))
        .font_color(theme().font_emphasize)
        .id("text-marquee");
        let clock = TextClock::new()
            .format("EEEE yyyy/MM/dd HH:mm:ss")
            .font_size(18.fp())
            .id("text-clock");
        let stopwatch = Column::new().space(8.vp()).child(timer).child(
            Row::new()
                .space(8.vp())
                .child(
                    Button::new("Start")
                        .on_click(move |_| start.start())
                        .id("text-timer-start"),
                )
                .child(
                    Button::new("Pause")
                        .on_click(move |_| {
                            pause.pause();
                            laps.set(laps.get() + 1);
                        })
                        .id("text-timer-pause"),
                )
                .child(
                    Button::new("Reset")
                        .on_click(move |_| reset.reset())
                        .id("text-timer-reset"),
                ),
        );
        // An icon flowing in the words: it wraps with them and the line grows to hold it.
        let inline = Text::empty()
            .font_size(16.fp())
            .child(Span::new("Tap "))
            .child(
                ImageSpan::new(STAR)
                    .width(20.vp())
                    .height(20.vp())
                    .vertical_align(ImageSpanAlignment::Center)
                    .id("text-image-span"),
            )
            .child(Span::new(" to keep a page; kept pages wait under "))
            .child(
                ImageSpan::new(super::media::LANDSCAPE)
                    .height(28.vp())
                    .id("text-image-span-wide"),
            )
            .child(Span::new(" in the library."))
            .id("text-inline-images");
        let link =
            Hyperlink::new("https://gitee.com/openharmony", "OpenHarmony on Gitee").id("text-link");
        ui! {
            Scroll {
                Column {
                    section("fontStyle · textCase", looks)
                    section("textShadow", shadows)
                    section("textIndent · wordBreak", paragraphs)
                    section("minFontSize / maxFontSize", adaptive)
                    section("Marquee", marquee)
                    section("TextClock", clock)
                    section("TextTimer", stopwatch)
                    Text(format!("paused {} times", laps.get())).font_size(13.fp()).id("text-laps")
                    section("Hyperlink", link)
                    section("ImageSpan", inline)
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
