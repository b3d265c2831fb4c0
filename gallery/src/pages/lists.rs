//! Lists and friends: a List of groups with sticky headers and dividers, a Grid, a WaterFlow
//! and an autoplaying Swiper.

use arkui::prelude::*;

const FRUIT: [&str; 5] = ["Apple", "Banana", "Cherry", "Durian", "Elderberry"];
const VEGETABLES: [&str; 5] = ["Asparagus", "Broccoli", "Carrot", "Daikon", "Endive"];
const SWATCHES: [u32; 6] = [0x007DFF, 0x2BC26E, 0xF7CE00, 0xE84026, 0x8A5CF5, 0x00B3C3];

/// A group header: bold text on the page's grey, so items scroll under it visibly.
fn header(title: &str) -> Text {
    Text::new(title)
        .font_size(14.fp())
        .font_weight(FontWeight::Bold)
        .padding(Edges::symmetric(12.vp(), 4.vp()))
        .width(pct(100.0))
        .background_color(theme().background_secondary)
}

/// The lists page.
#[component]
pub struct ListsPage {
    #[state(0usize)]
    page: usize,
}

impl ListsPage {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 6.vp()) {
                Swiper() {
                    ForEach(0..4usize, |i| *i, |i| {
                        Column() {
                            Text(format!("Slide {}", i + 1))
                                .font_size(18.fp())
                                .font_color(Color::WHITE)
                        }
                        .justify_content(FlexAlign::Center)
                        .background_color(Color::from_rgb(SWATCHES[i % SWATCHES.len()]))
                        .border_radius(12.vp())
                    })
                }
                .bind_index(self.page)
                .looping(true)
                .autoplay(true)
                .interval(2000.0)
                .height(64.vp())
                .id("lists-swiper")
                Row(space = 6.vp()) {
                    List() {
                        ListItemGroup() {
                            ForEach(FRUIT.iter(), |f| *f, |f| {
                                ListItem() {
                                    Text(f.to_string()).font_size(14.fp()).padding(10.vp())
                                }
                                .background_color(theme().comp_background_primary)
                            })
                        }
                        .header(header("Fruit"))
                        .divider(ListDivider { color: theme().comp_divider, start_margin: 10.vp(), end_margin: 10.vp(), ..ListDivider::default() })
                        ListItemGroup() {
                            ForEach(VEGETABLES.iter(), |v| *v, |v| {
                                ListItem() {
                                    Text(v.to_string()).font_size(14.fp()).padding(10.vp())
                                }
                                .background_color(theme().comp_background_primary)
                            })
                        }
                        .header(header("Vegetables"))
                        .divider(ListDivider { color: theme().comp_divider, start_margin: 10.vp(), end_margin: 10.vp(), ..ListDivider::default() })
                    }
                    .sticky(StickyStyle::Header)
                    .divider(ListDivider { color: theme().comp_divider, start_margin: 10.vp(), end_margin: 10.vp(), ..ListDivider::default() })
                    .scroll_bar(BarState::On)
                    .layout_weight(1.0)
                    .height(pct(100.0))
                    .border_radius(8.vp())
                    .id("lists-list")
                    Column(space = 6.vp()) {
                        Grid() {
                            ForEach(0..12usize, |i| *i, |i| {
                                GridItem() {
                                    Text(format!("{i}")).font_size(12.fp()).font_color(Color::WHITE)
                                }
                                .height(28.vp())
                                .background_color(Color::from_rgb(SWATCHES[i % SWATCHES.len()]))
                                .border_radius(6.vp())
                            })
                        }
                        .columns_template("1fr 1fr 2fr")
                        .columns_gap(4.vp())
                        .rows_gap(4.vp())
                        .layout_weight(1.0)
                        .id("lists-grid")
                        WaterFlow() {
                            ForEach(0..14usize, |i| *i, |i| {
                                FlowItem() {}
                                .height(((24 + (i * 37) % 40) as f32).vp())
                                .background_color(Color::from_rgb(SWATCHES[(i + 2) % SWATCHES.len()]))
                                .border_radius(6.vp())
                            })
                        }
                        .columns_template("1fr 1fr")
                        .columns_gap(4.vp())
                        .rows_gap(4.vp())
                        .layout_weight(1.0)
                        .id("lists-flow")
                    }
                    .layout_weight(1.0)
                    .height(pct(100.0))
                }
                .layout_weight(1.0)
                .width(pct(100.0))
            }
            .width(pct(100.0))
            .height(pct(100.0))
            .padding(8.vp())
            .background_color(theme().background_secondary)
        }
    }
}
