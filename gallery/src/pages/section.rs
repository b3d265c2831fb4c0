//! The framed example the component pages are made of: a caption over a card.

use arkui::prelude::*;

/// A caption over `body` on a rounded card in the theme's card colour.
pub(crate) fn section(caption: &str, body: impl View) -> Column {
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
