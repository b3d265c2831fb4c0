//! The gallery shell, built the way an ArkUI app's home is: a Navigation-style frame that
//! adapts to the device.
//!
//! - **Split** on tablets, desktops and TVs: a side bar of every page, grouped, beside the
//!   open page (or the home cards).
//! - **Stack** on phones: the home cards, a page over them with a way back, and a bottom tab
//!   bar (Gallery, Settings).
//! - **One column** on watches and IoT panels: a compact list, then the page.
//!
//! The home page groups pages in cards (an icon, a title, one line) and filters them as you
//! type in its search field. The top bar switches dark and light, opens the device bar, and
//! on a page shows that page's source. Touch, mouse, keyboard and a TV remote alone (arrows,
//! OK, Back) all work.

use arkui::macro_support::branch;
use arkui::prelude::*;
use arkui::{Breakpoint, ColorMode, DeviceKind, Environment, Key, MediaEnv, NodeId, breakpoint};

use super::{CATEGORIES, Page};

/// How the shell lays itself out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Frame {
    /// Side bar and content.
    Split,
    /// Phone: pages stacked, a bottom tab bar.
    Stack,
    /// Watch and IoT panel: one compact column.
    Compact,
}

fn frame() -> Frame {
    let kind = MediaEnv::current().map(|m| m.device_kind());
    match kind {
        Some(DeviceKind::Wearable | DeviceKind::Iot) => Frame::Compact,
        Some(DeviceKind::Phone) => Frame::Stack,
        _ if breakpoint().get() >= Breakpoint::Md => Frame::Split,
        _ => Frame::Stack,
    }
}

/// The gallery: home (cards), then the chosen page.
#[component]
pub struct GalleryShell {
    /// 0 is home; page `i` is `i + 1`.
    #[state(0)]
    open: usize,
    /// The device bar is shown.
    #[state(false)]
    devices: bool,
    /// The open page's source is shown instead of the page.
    #[state(false)]
    source: bool,
    /// The home page's search.
    #[state(String::new())]
    query: String,
    /// The phone's bottom tab (0: gallery, 1: settings).
    #[state(0)]
    tab: usize,
}

fn round() -> bool {
    arkui::media_query("(round-screen: true)").is_ok_and(|q| q.matches())
}

fn dark() -> bool {
    Environment::color_mode().get() == ColorMode::Dark
}

/// A page's entry in the side bar or the compact list: a full-width button.
fn entry(index: usize, page: &Page, open: State<usize>, focus_first: bool) -> impl View {
    let title = page.title;
    // Flat rows, the open page's tinted, as a Navigation's side bar draws its entries.
    let button = ui! {
        Button(title)
            .id(format!("menu-{index}"))
            .button_type(ButtonType::Normal)
            .border_radius(12.vp())
            .width(pct(100.0))
            .height(40.vp())
            .font_size(14.fp())
            .default_focus(focus_first && index == 0)
            .on_click(move |_| open.set(index + 1))
    };
    arkui::macro_support::attr(
        move || {
            if open.get() == index + 1 {
                (theme().brand, theme().font_on_primary)
            } else {
                // On the grey page of a watch, white; on the white side bar, grey.
                let fill = if frame() == Frame::Compact {
                    theme().comp_background_primary
                } else {
                    theme().comp_background_gray
                };
                (fill, theme().font_primary)
            }
        },
        move |(fill, ink)| {
            button.background_color(fill).font_color(ink);
        },
    );
    button
}

/// A page's card on the home page: icon, title and one line; a click opens the page.
fn card(index: usize, page: &Page, id: String, open: State<usize>, focus_first: bool) -> NodeId {
    let (icon, title, about) = (page.icon, page.title, page.about);
    let hue = match page.category {
        "Layout" => Color::from_rgb(0x007DFF),
        "Components" => Color::from_rgb(0x64BB5C),
        "Navigation" => Color::from_rgb(0xED6F21),
        _ => Color::from_rgb(0x9B59B6),
    };
    let card = ui! {
        Row(space = 12.vp()) {
            Row {
                Text(icon).font_size(18.fp()).font_color(Color::WHITE)
            }
            .justify_content(FlexAlign::Center)
            .width(40.vp())
            .height(40.vp())
            .background_color(hue)
            .border_radius(12.vp())
            Column(space = 2.vp()) {
                Text(title)
                    .font_size(16.fp())
                    .font_weight(FontWeight::Medium)
                    .font_color(theme().font_primary)
                Text(about)
                    .font_size(12.fp())
                    .font_color(theme().font_secondary)
                    .max_lines(2)
            }
            .layout_weight(1.0)
            .align_items(HorizontalAlign::Start)
        }
        .id(id.clone())
        .width(pct(100.0))
        .padding(12.vp())
        .background_color(theme().comp_background_primary)
        .border_radius(16.vp())
        .focusable(true)
        .default_focus(focus_first && index == 0)
        .on_click(move |_| open.set(index + 1))
    };
    card.node()
}

/// The home page: a search field and the pages' cards, grouped; `ids` is how the cards
/// are named (`menu-` where they are the menu, `home-card-` beside a side bar).
fn home(query: State<String>, open: State<usize>, ids: &'static str, focus_first: bool) -> NodeId {
    let column = ui! {
        Column(space = 12.vp()) {
            Search(value = bind!(query), placeholder = "Search pages")
                .id("search")
                .width(pct(100.0))
        }
        .width(pct(100.0))
        .padding(12.vp())
        .align_items(HorizontalAlign::Start)
    };
    let pages = super::all();
    let mut first = focus_first;
    for category in CATEGORIES {
        let members: Vec<(usize, &Page)> = pages
            .iter()
            .enumerate()
            .filter(|(_, p)| p.category == category)
            .collect();
        let header = Text::new(category)
            .font_size(14.fp())
            .font_weight(FontWeight::Bold)
            .font_color(theme().font_secondary)
            .id(format!("category-{category}"));
        column.child(header);
        // Cards side by side as the width allows: one on a phone, two on md, three on lg.
        let row = GridRow::new()
            .columns(ByBreakpoint::new(1).md(2).lg(3))
            .gutter(12.vp(), 12.vp())
            .width(pct(100.0));
        let mut wanted = Vec::new();
        for (i, page) in members {
            let cell = GridCol::new();
            cell.node()
                .append(card(i, page, format!("{ids}-{i}"), open, first));
            first = false;
            row.child(cell);
            let (title, cat, about) = (page.title, page.category, page.about);
            wanted.push((title, cat, about));
            // Shown while the search matches it (filtering re-uses the cards).
            arkui::macro_support::attr(
                move || super::matches_query(title, cat, about, &query.get()),
                move |m| {
                    cell.visibility(if m {
                        Visibility::Visible
                    } else {
                        Visibility::None
                    });
                },
            );
        }
        column.child(row);
        arkui::macro_support::attr(
            move || {
                let q = query.get();
                wanted
                    .iter()
                    .any(|(t, c, a)| super::matches_query(t, c, a, &q))
            },
            move |any| {
                let v = if any {
                    Visibility::Visible
                } else {
                    Visibility::None
                };
                header.visibility(v);
                row.visibility(v);
            },
        );
    }
    let none = Text::new("No page matches your search")
        .font_color(theme().font_secondary)
        .id("no-match");
    column.child(none);
    arkui::macro_support::attr(
        move || {
            let q = query.get();
            super::all().iter().any(|p| p.matches(&q))
        },
        move |any| {
            none.visibility(if any {
                Visibility::None
            } else {
                Visibility::Visible
            });
        },
    );
    let scroll = Scroll::new()
        .width(pct(100.0))
        .layout_weight(1.0)
        .child(column);
    scroll.node()
}

impl GalleryShell {
    fn build(&self) -> impl View {
        let (open, source, query, tab, devices) =
            (self.open, self.source, self.query, self.tab, self.devices);
        let root = ui! {
            Column {
                // Wrapping: on a watch the buttons go under the title.
                Flex(space = 8.vp()) {
                    if self.open.get() > 0 && frame() != Frame::Split {
                        Button("Back").id("back").on_click(move |_| open.set(0))
                    }
                    Text(match self.open.get() {
                        0 if frame() == Frame::Compact => "Gallery".to_string(),
                        0 => "arkui-rs gallery".to_string(),
                        i => super::all().get(i - 1).map_or(String::new(), |p| p.title.to_string()),
                    })
                    .font_size(if frame() == Frame::Compact { 16.fp() } else { 20.fp() })
                    .font_weight(FontWeight::Bold)
                    .font_color(theme().font_primary)
                    // A watch's title takes its own line; elsewhere the buttons go right.
                    .flex_grow(if frame() == Frame::Compact { 0.0 } else { 1.0 })
                    .width(if frame() == Frame::Compact { pct(100.0) } else { Length::Auto })
                    .text_align(if round() { TextAlign::Center } else { TextAlign::Start })
                    .id("shell-title")
                    if self.open.get() > 0 {
                        Button(if self.source.get() { "Demo" } else { "Source" })
                            .id("source")
                            .height(28.vp())
                            .font_size(12.fp())
                            .on_click(move |_| source.update(|s| *s = !*s))
                    }
                    Button(if dark() { "Light" } else { "Dark" })
                        .id("dark-mode")
                        .height(28.vp())
                        .font_size(12.fp())
                        .on_click(move |_| {
                            Environment::set_color_mode(if dark() { ColorMode::Light } else { ColorMode::Dark });
                        })
                    Button("Device")
                        .id("devices")
                        .height(28.vp())
                        .font_size(12.fp())
                        .on_click(move |_| devices.update(|d| *d = !*d))
                }
                .wrap(FlexWrap::Wrap)
                .align_items(ItemAlign::Center)
                .justify_content(if round() { FlexAlign::Center } else { FlexAlign::Start })
                .width(pct(100.0))
                // A round watch face cuts the corners off: start inside the circle.
                .padding(if round() { Edges::symmetric(32.vp(), 16.vp()) } else { Edges::symmetric(8.vp(), 8.vp()) })
                if self.devices.get() {
                    super::DeviceBar()
                }
            }
            .width(pct(100.0))
            .height(pct(100.0))
            .align_items(HorizontalAlign::Start)
            .background_color(theme().background_secondary)
            .on_key_event(move |e| {
                // Back on a remote (or Escape) leaves the page.
                if e.pressed && e.key == Key::Back && open.get_untracked() > 0 {
                    open.set(0);
                    return true;
                }
                false
            })
        };
        let body = Column::new().width(pct(100.0)).layout_weight(1.0);
        root.child(body);
        // A new page opens on its demo, not its source.
        arkui::Effect::new(move || {
            open.get();
            arkui::untrack(|| source.set(false));
        });
        branch(
            body.node(),
            // One key for the whole state (branch keys are numbers).
            move || {
                let f = match frame() {
                    Frame::Split => 0,
                    Frame::Stack => 1,
                    Frame::Compact => 2,
                };
                f * 100_000 + open.get() * 4 + usize::from(source.get()) * 2 + tab.get().min(1)
            },
            move |key, container| {
                let frame = [Frame::Split, Frame::Stack, Frame::Compact][(key / 100_000).min(2)];
                let which = (key % 100_000) / 4;
                let show_source = key % 4 >= 2;
                let tab_now = key % 2;
                let content = if which > 0 {
                    page_or_source(which - 1, show_source)
                } else if frame == Frame::Split {
                    home(query, open, "home-card", false)
                } else if frame == Frame::Stack && tab_now == 1 {
                    phone_settings()
                } else if frame == Frame::Compact {
                    compact_list(open)
                } else {
                    home(query, open, "menu", true)
                };
                match frame {
                    Frame::Split => {
                        let side = Column::new()
                            .space(4.vp())
                            .width(pct(100.0))
                            .padding(8.vp());
                        for category in CATEGORIES {
                            side.child(
                                Text::new(category)
                                    .font_size(12.fp())
                                    .font_weight(FontWeight::Bold)
                                    .font_color(theme().font_secondary)
                                    .padding(Edges::symmetric(0.vp(), 4.vp())),
                            );
                            for (i, page) in super::all().iter().enumerate() {
                                if page.category == category {
                                    side.child(entry(i, page, open, true));
                                }
                            }
                        }
                        let bar = Scroll::new()
                            .width(240.vp())
                            .height(pct(100.0))
                            .background_color(theme().comp_background_primary)
                            .id("side-bar")
                            .child(side);
                        let pane = Column::new().layout_weight(1.0).height(pct(100.0));
                        pane.node().append(content);
                        let row = Row::new()
                            .width(pct(100.0))
                            .height(pct(100.0))
                            .align_items(VerticalAlign::Top)
                            .child(bar)
                            .child(pane);
                        container.append(row.node());
                    }
                    Frame::Stack => {
                        let column = Column::new().width(pct(100.0)).height(pct(100.0));
                        let main = Column::new().width(pct(100.0)).layout_weight(1.0);
                        main.node().append(content);
                        column.child(main);
                        if which == 0 {
                            column.child(bottom_tabs(tab));
                        }
                        container.append(column.node());
                    }
                    Frame::Compact => container.append(content),
                }
            },
        );
        root
    }
}

/// Page `index`, or its source.
fn page_or_source(index: usize, show_source: bool) -> NodeId {
    let pages = super::all();
    let Some(page) = pages.get(index) else {
        return Text::new("No such page").node();
    };
    if !show_source {
        let holder = Column::new().width(pct(100.0)).height(pct(100.0));
        holder.node().append((page.view)());
        return holder.node();
    }
    let text = Text::new(page.source)
        .font_size(12.fp())
        .font_family("DejaVu Sans Mono, monospace")
        .font_color(theme().font_primary)
        .id("source-text");
    let scroll = Scroll::new()
        .width(pct(100.0))
        .height(pct(100.0))
        .padding(12.vp())
        .child(text);
    scroll.node()
}

/// Watch and panel: every page as a compact button, one column.
fn compact_list(open: State<usize>) -> NodeId {
    let pad = if round() { 24.vp() } else { 8.vp() };
    let list = Column::new()
        .space(6.vp())
        .width(pct(100.0))
        .padding(Edges::symmetric(pad, 8.vp()));
    for (i, page) in super::all().iter().enumerate() {
        list.child(entry(i, page, open, true));
    }
    Scroll::new()
        .width(pct(100.0))
        .layout_weight(1.0)
        .child(list)
        .node()
}

/// The phone's Settings tab: the theme and the device.
fn phone_settings() -> NodeId {
    let column = ui! {
        Column(space = 12.vp()) {
            Text("Settings").font_size(18.fp()).font_weight(FontWeight::Bold).font_color(theme().font_primary)
            Row(space = 8.vp()) {
                Text("Dark theme").font_color(theme().font_primary).layout_weight(1.0)
                Toggle(ToggleType::Switch, is_on = dark())
                    .id("dark-switch")
                    .on_change(|on| Environment::set_color_mode(if on { ColorMode::Dark } else { ColorMode::Light }))
            }
            .width(pct(100.0))
            .padding(12.vp())
            .background_color(theme().comp_background_primary)
            .border_radius(12.vp())
            super::DeviceBar()
        }
        .width(pct(100.0))
        .padding(12.vp())
        .align_items(HorizontalAlign::Start)
    };
    column.node()
}

/// The phone's bottom tab bar.
fn bottom_tabs(tab: State<usize>) -> impl View {
    let item = move |index: usize, icon: &'static str, label: &'static str| {
        let color = move || {
            if tab.get() == index {
                theme().brand
            } else {
                theme().font_secondary
            }
        };
        ui! {
            Column(space = 2.vp()) {
                Text(icon).font_size(18.fp()).font_color(color())
                Text(label).font_size(10.fp()).font_color(color())
            }
            .layout_weight(1.0)
            .id(format!("tab-{index}"))
            .focusable(true)
            .on_click(move |_| tab.set(index))
        }
    };
    ui! {
        Row {
            item(0, "▦", "Gallery")
            item(1, "⚙", "Settings")
        }
        .width(pct(100.0))
        .height(56.vp())
        .background_color(theme().comp_background_primary)
        .id("bottom-tabs")
    }
}
