//! Images: the five fit modes side by side on one picture, what a broken file shows, an
//! animated GIF and an ImageAnimator playing on the app clock, template and tinted
//! rendering, objectRepeat, and the bundled SymbolGlyph icons.

use arkui::prelude::*;
use arkui::widgets::{
    AnimationStatus, ImageAnimator, ImageFrameInfo, Symbol, SymbolGlyph, SymbolRenderingStrategy,
};
use arkui::{ImageFit, ImageLoadError, ImageRepeat};

use super::section::section;

/// A four-dot spinner, an animated GIF of four 120 ms frames.
pub const SPINNER: &[u8] = include_bytes!("../../assets/spinner.gif");

/// A star icon (black on transparent), tinted by `fillColor`.
const STAR: &[u8] = include_bytes!("../../assets/icons/star.png");

/// The frames of a bouncing ball, for the ImageAnimator.
const BALL: [&[u8]; 4] = [
    include_bytes!("../../assets/ball0.png"),
    include_bytes!("../../assets/ball1.png"),
    include_bytes!("../../assets/ball2.png"),
    include_bytes!("../../assets/ball3.png"),
];

/// A labelled 56 vp tile.
fn tile(label: &str, body: impl View) -> Column {
    Column::new()
        .child(body)
        .child(Text::new(label).font_size(12.fp()))
        .space(4.vp())
        .padding(6.vp())
        .background_color(theme().comp_background_primary)
        .border_radius(8.vp())
        .margin(4.vp())
}

/// A wrapping row.
fn wrap_row() -> Flex {
    Flex::new()
        .direction(FlexDirection::Row)
        .wrap(FlexWrap::Wrap)
        .width(pct(100.0))
}

/// Animated GIF, ImageAnimator (tap to pause and play), Template, tinted and repeated.
fn moving_and_tinted() -> Flex {
    let playing = State::new(true);
    let frames: Vec<ImageFrameInfo> = BALL.iter().map(|b| ImageFrameInfo::new(*b)).collect();
    let animator = ImageAnimator::new()
        .images(frames)
        .duration(480)
        .iterations(-1)
        .monitor_invisible_area(true)
        .state(AnimationStatus::Running)
        .width(56.vp())
        .height(56.vp())
        .id("ball");
    animator.on_click(move |_| {
        playing.set(!playing.get_untracked());
        animator.state(if playing.get_untracked() {
            AnimationStatus::Running
        } else {
            AnimationStatus::Paused
        });
    });
    wrap_row()
        .child(tile(
            "GIF",
            Image::new(SPINNER)
                .width(56.vp())
                .height(56.vp())
                .id("spinner"),
        ))
        .child(tile("Animator", animator))
        .child(tile(
            "Template",
            Image::new(LANDSCAPE)
                .render_mode(ImageRenderMode::Template)
                .width(56.vp())
                .height(56.vp())
                .id("template"),
        ))
        .child(tile(
            "Tinted",
            Image::new(STAR)
                .fill_color(theme().brand)
                .object_fit(ImageFit::Contain)
                .width(56.vp())
                .height(56.vp())
                .id("tinted"),
        ))
        .child(tile(
            "Repeat X",
            Image::new(LANDSCAPE)
                .object_fit(ImageFit::Contain)
                .object_repeat(ImageRepeat::X)
                .width(200.vp())
                .height(40.vp())
                .id("repeat"),
        ))
}

/// A few bundled icons, in one colour, two colours and two opacities.
fn symbols() -> Flex {
    let row = wrap_row();
    let shown = [
        (Symbol::House, SymbolRenderingStrategy::Single),
        (Symbol::Wifi, SymbolRenderingStrategy::MultipleColor),
        (Symbol::Lock, SymbolRenderingStrategy::MultipleOpacity),
        (Symbol::Bell, SymbolRenderingStrategy::Single),
        (Symbol::Heart, SymbolRenderingStrategy::Single),
        (Symbol::Gearshape, SymbolRenderingStrategy::Single),
        (Symbol::Camera, SymbolRenderingStrategy::MultipleColor),
        (Symbol::Mappin, SymbolRenderingStrategy::Single),
    ];
    for (symbol, strategy) in shown {
        row.child(
            SymbolGlyph::new(symbol)
                .font_size(28.fp())
                .font_color([theme().font_primary, theme().brand])
                .rendering_strategy(strategy)
                .margin(6.vp())
                .id(format!("symbol-{}", symbol.name())),
        );
    }
    row
}

/// The picture every card shows: a 96x64 landscape committed under `gallery/assets`.
pub const LANDSCAPE: &[u8] = include_bytes!("../../assets/landscape.png");

/// One fit mode in a 56 vp square, with its name under it.
fn fit_card(fit: ImageFit) -> Column {
    Column::new()
        .child(
            Image::new(LANDSCAPE)
                .object_fit(fit)
                .width(56.vp())
                .height(56.vp())
                .background_color(theme().background_tertiary)
                .id(format!("fit-{fit:?}").to_lowercase()),
        )
        .child(Text::new(format!("{fit:?}")).font_size(12.fp()))
        .space(4.vp())
        .padding(6.vp())
        .background_color(theme().comp_background_primary)
        .border_radius(8.vp())
}

/// The page.
#[component]
pub struct MediaPage {
    #[state(String::new())]
    error: String,
}

impl MediaPage {
    fn build(&self) -> impl View {
        let this = *self;
        let fits = [
            ImageFit::Contain,
            ImageFit::Cover,
            ImageFit::Fill,
            ImageFit::None,
            ImageFit::ScaleDown,
        ];
        let grid = Flex::new()
            .direction(FlexDirection::Row)
            .wrap(FlexWrap::Wrap)
            .width(pct(100.0));
        for fit in fits {
            grid.child(fit_card(fit).margin(4.vp()));
        }
        // A damaged file: the placeholder, and the typed error under it.
        let broken = Column::new()
            .child(
                Image::new(b"\x89PNG\r\n\x1a\n broken".as_slice())
                    .width(56.vp())
                    .height(56.vp())
                    .on_error(move |e: &ImageLoadError| this.error.set(e.to_string()))
                    .id("broken"),
            )
            .child(Text::new("Error").font_size(12.fp()))
            .space(4.vp())
            .padding(6.vp())
            .background_color(theme().comp_background_primary)
            .border_radius(8.vp())
            .margin(4.vp());
        grid.child(broken);
        ui! {
            Column(space = 4.vp()) {
                grid
                Text(self.error.get())
                    .font_size(11.fp())
                    .font_color(theme().font_secondary)
                    .id("image-error")
                section("Animated, template, tinted, repeated", moving_and_tinted())
                section("SymbolGlyph", symbols())
            }
            .width(pct(100.0))
            // At least the window's height: the page's background reaches the bottom.
            .constraint_size(Length::Auto, Length::Auto, pct(100.0), Length::Auto)
            .padding(8.vp())
            .background_color(theme().background_secondary)
        }
    }
}
