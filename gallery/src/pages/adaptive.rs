//! One page that adapts to every device profile: columns follow the width breakpoint
//! (GridRow), a sidebar appears from `lg`, a TV hint from a media query, and sizes, colours,
//! strings and a density-qualified image come from qualified resources (`gallery/resources/`).

use arkui::prelude::*;
use arkui::{breakpoint, media_query};

// The page's strings, colours and sizes, chosen per locale, device and colour mode.
arkui::resources!(mod r = "resources");

/// The adaptive page.
#[component]
pub struct AdaptivePage {}

#[builder]
fn card(index: usize) -> impl View {
    ui! {
        GridCol() {
            Column(space = 4.vp()) {
                Text(format!("Card {}", index + 1))
                    .font_weight(FontWeight::Bold)
                    .font_color(r::color::text_primary())
                Text(breakpoint().get().name().to_string())
                    .font_size(12.fp())
                    .font_color(r::color::accent())
            }
            .width(pct(100.0))
            .height(r::float::card_height())
            .justify_content(FlexAlign::Center)
            .background_color(r::color::card_background())
            .border_radius(12.vp())
            .id(format!("card-{index}"))
        }
        .span(ByBreakpoint::new(12).sm(6).md(4).lg(3))
    }
}

#[builder]
fn sidebar() -> impl View {
    ui! {
        Column(space = 12.vp()) {
            Text(r::string::menu_home()).font_weight(FontWeight::Bold)
            Text(r::string::menu_library())
            Text(r::string::menu_settings())
        }
        .width(200.vp())
        .height(pct(100.0))
        .align_items(HorizontalAlign::Start)
        .padding(16.vp())
        .background_color(r::color::sidebar_background())
        .id("sidebar")
    }
}

impl AdaptivePage {
    fn build(&self) -> impl View {
        let tv = media_query("(device-type: tv)").ok();
        let round = media_query("(round-screen: true)").ok();
        ui! {
            Row() {
                if breakpoint().get() >= Breakpoint::Lg { sidebar() }
                Column(space = 12.vp()) {
                    Row(space = 8.vp()) {
                        // base/media (1x) or xldpi/media (2x): the file closest to the
                        // screen's density, 24 vp either way.
                        Image(r::media::density_badge()).id("density-badge")
                        Text(r::string::adaptive_title())
                            .font_size(r::float::title_size())
                            .font_weight(FontWeight::Bold)
                            .font_color(r::color::text_primary())
                            .layout_weight(1.0)
                            .id("title")
                    }
                    .width(pct(100.0))
                    if !round.is_some_and(|q| q.matches()) {
                        Text(r::string::adaptive_subtitle()).font_color(Color::GRAY).id("subtitle")
                    }
                    if tv.is_some_and(|q| q.matches()) {
                        Text(r::string::tv_hint()).font_color(r::color::accent()).id("tv-hint")
                    }
                    GridRow() {
                        card(0) card(1) card(2) card(3) card(4) card(5)
                    }
                    .gutter(12.vp(), 12.vp())
                    .width(pct(100.0))
                }
                .layout_weight(1.0)
                .height(pct(100.0))
                .align_items(HorizontalAlign::Start)
                .padding(r::float::page_padding())
            }
            .width(pct(100.0))
            .height(pct(100.0))
            .align_items(VerticalAlign::Top)
            .background_color(r::color::page_background())
        }
    }
}
