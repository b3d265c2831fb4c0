//! Tabs styles: the tab bars ArkUI apps use. A text bar with an indicator, a board behind
//! the selected tab, a bottom bar of tinted icons, a scrolling bar of many tabs, a bar down
//! the side, and a bar built by the app.

use arkui::prelude::*;

/// Tab bar icons: black shapes on a transparent background, tinted by `icon_style`.
const HOME: &[u8] = include_bytes!("../../assets/icons/home.png");
const STAR: &[u8] = include_bytes!("../../assets/icons/star.png");
const PERSON: &[u8] = include_bytes!("../../assets/icons/person.png");
const BELL: &[u8] = include_bytes!("../../assets/icons/bell.png");

/// A page of one tab: its name, centred.
fn page(name: &str) -> Column {
    Column::new()
        .child(Text::new(name).font_color(theme().font_secondary))
        .justify_content(FlexAlign::Center)
        .align_items(HorizontalAlign::Center)
        .width(pct(100.0))
        .height(pct(100.0))
}

/// A section: a caption over a framed, fixed-height `Tabs`.
fn section(caption: &str, tabs: Tabs) -> Column {
    Column::new()
        .child(
            Text::new(caption)
                .font_size(13.fp())
                .font_color(theme().font_secondary),
        )
        .child(
            tabs.height(132.vp())
                .width(pct(100.0))
                .background_color(theme().background_primary)
                .border_radius(12.vp())
                .clip(true),
        )
        .space(6.vp())
        .align_items(HorizontalAlign::Start)
        .width(pct(100.0))
}

/// The Tabs styles page.
#[component]
pub struct TabsStylesPage {
    /// The bottom bar's page (shown in the status line under it).
    #[state(0usize)]
    bottom: usize,
}

impl TabsStylesPage {
    fn build(&self) -> impl View {
        let bottom = self.bottom;
        let indicator = IndicatorStyle {
            width: Some(20.vp()),
            height: 3.vp(),
            border_radius: 2.vp(),
            ..IndicatorStyle::default()
        };
        let sub = move |name: &str| SubTabBarStyle::of(name).indicator(indicator);
        let underlined = ui! {
            Tabs() {
                TabContent() { page("Recommended") }.tab_bar(sub("For you")).id("style-sub-0")
                TabContent() { page("Following") }.tab_bar(sub("Following"))
                TabContent() { page("Nearby") }.tab_bar(sub("Nearby"))
            }
            .bar_height(44.vp())
        };
        let board = |name: &str| {
            SubTabBarStyle::of(name)
                .selected_mode(SelectedMode::Board)
                .board_radius(16.vp())
        };
        let boarded = ui! {
            Tabs() {
                TabContent() { page("Day") }.tab_bar(board("Day")).id("style-board-0")
                TabContent() { page("Week") }.tab_bar(board("Week"))
                TabContent() { page("Month") }.tab_bar(board("Month"))
            }
            .bar_height(44.vp())
        };
        let icon = |src: &'static [u8], name: &str| {
            BottomTabBarStyle::of(src, name).icon_style(TabBarIconStyle::default())
        };
        let bottom_bar = ui! {
            Tabs(index = bind!(bottom)) {
                TabContent() { page("Home") }.tab_bar(icon(HOME, "Home")).id("style-bottom-0")
                TabContent() { page("Saved") }.tab_bar(icon(STAR, "Saved")).id("style-bottom-1")
                TabContent() { page("Alerts") }.tab_bar(icon(BELL, "Alerts"))
                TabContent() { page("Me") }.tab_bar(icon(PERSON, "Me"))
            }
            .bar_position(BarPosition::End)
        };
        let topics = [
            "Top", "Tech", "Science", "Design", "Travel", "Food", "Music", "Sport",
        ];
        let scrolling = Tabs::new()
            .bar_mode(BarMode::Scrollable)
            .bar_height(44.vp());
        for (i, t) in topics.iter().enumerate() {
            let content = TabContent::new().child(page(t)).tab_bar(sub(t));
            scrolling.child(if i == 0 {
                content.id("style-scroll-0")
            } else {
                content
            });
        }
        let side = ui! {
            Tabs() {
                TabContent() { page("Inbox") }.tab_bar("Inbox").id("style-side-0")
                TabContent() { page("Drafts") }.tab_bar("Drafts")
                TabContent() { page("Sent") }.tab_bar("Sent")
            }
            .vertical(true)
            .bar_width(88.vp())
        };
        let custom = |n: usize, name: &'static str| {
            TabBarOptions::builder(move || {
                ui! {
                    Column {
                        Text(name)
                            .font_size(14.fp())
                            .font_color(Color::WHITE)
                            .padding(Edges::symmetric(14.vp(), 6.vp()))
                            .background_color(if n == 0 { theme().brand } else { theme().alert })
                            .border_radius(14.vp())
                    }
                    .justify_content(FlexAlign::Center)
                    .align_items(HorizontalAlign::Center)
                    .height(pct(100.0))
                }
            })
        };
        let built = ui! {
            Tabs() {
                TabContent() { page("Built by the app") }.tab_bar(custom(0, "Blue")).id("style-custom-0")
                TabContent() { page("Any view in the bar") }.tab_bar(custom(1, "Orange"))
            }
            .bar_height(48.vp())
        };
        ui! {
            Scroll {
                Column {
                    section("SubTabBarStyle: an indicator under the label", underlined)
                    section("SelectedMode.Board: a board behind it", boarded)
                    section("BottomTabBarStyle with iconStyle: tinted icons", bottom_bar)
                    Text(format!("Bottom bar page: {}", bottom.get() + 1))
                        .font_size(12.fp())
                        .font_color(theme().font_secondary)
                        .id("style-bottom-status")
                    section("BarMode.Scrollable: many tabs", scrolling)
                    section("vertical(true): a bar down the side", side)
                    section("A tab bar builder", built)
                }
                .space(14.vp())
                .padding(12.vp())
                .width(pct(100.0))
            }
            .width(pct(100.0))
            .height(pct(100.0))
            .background_color(theme().background_secondary)
            .id("tabs-styles")
        }
    }
}
