//! Images: the five fit modes side by side on one picture, and what a broken file shows.

use arkui::prelude::*;
use arkui::{ImageFit, ImageLoadError};

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
            }
            .width(pct(100.0))
            // At least the window's height: the page's background reaches the bottom.
            .constraint_size(Length::Auto, Length::Auto, pct(100.0), Length::Auto)
            .padding(8.vp())
            .background_color(theme().background_secondary)
        }
    }
}
