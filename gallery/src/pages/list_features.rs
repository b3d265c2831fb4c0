//! List features, as a contacts app uses them: pull to refresh, groups with sticky headers,
//! swipe a row to reveal Delete (or swipe it all the way), lanes that follow the width, and
//! an index bar that scrolls the list and follows it.

use arkui::macro_support::for_each;
use arkui::prelude::*;
use arkui::{NodeId, now_ms, post_frame_callback};

const LETTERS: [&str; 6] = ["A", "B", "C", "D", "E", "F"];
const NAMES: [&str; 24] = [
    "Ada", "Alan", "Anita", "Barbara", "Bjarne", "Brian", "Carl", "Charles", "Claude", "Dennis",
    "Donald", "Dorothy", "Edsger", "Elena", "Emmy", "Frances", "Fred", "Frieda", "Alonzo",
    "Bertrand", "Corrado", "David", "Edith", "Fernando",
];

/// Run `f` once `ms` have passed on the frame clock (a refresh that takes a while).
fn after(ms: f64, f: Box<dyn FnOnce()>) {
    let due = now_ms() + ms;
    fn wait(due: f64, f: Box<dyn FnOnce()>) {
        post_frame_callback(move |now| {
            if now >= due {
                f();
            } else {
                wait(due, f);
            }
        });
    }
    wait(due, f);
}

/// The list features page.
#[component]
pub struct ListFeaturesPage {
    /// The contacts still listed (a full swipe deletes one).
    #[state(NAMES.iter().map(|n| n.to_string()).collect::<Vec<String>>())]
    names: Vec<String>,
    #[state(false)]
    refreshing: bool,
    /// The letter the index bar shows.
    #[state(0usize)]
    letter: usize,
    /// Refreshes so far (shown in the status line).
    #[state(0u32)]
    refreshes: u32,
}

fn header(letter: &str) -> Text {
    Text::new(letter)
        .font_size(14.fp())
        .font_weight(FontWeight::Bold)
        .font_color(theme().font_secondary)
        .padding(Edges::symmetric(12.vp(), 4.vp()))
        .width(pct(100.0))
        .background_color(theme().background_secondary)
}

impl ListFeaturesPage {
    fn build(&self) -> impl View {
        let (names, refreshing, letter, refreshes) =
            (self.names, self.refreshing, self.letter, self.refreshes);
        let scroller = Scroller::new();
        let list = List::new()
            .scroller(scroller)
            // One lane on a phone, two or three where at least 280 vp each fit.
            .lanes(
                ListLanes::Constrain {
                    min: 280.vp(),
                    max: 480.vp(),
                },
                8.vp(),
            )
            .sticky(StickyStyle::Header)
            .on_scroll_index(move |first, _| letter.set(first))
            .width(pct(100.0))
            .height(pct(100.0))
            .id("contacts");
        for_each(
            list,
            move || 0..LETTERS.len(),
            move |i: usize, row: NodeId| {
                let l: &'static str = LETTERS[i];
                let group = ListItemGroup::new().header(header(l)).space(1.vp());
                for_each(
                    group,
                    move || {
                        names
                            .get()
                            .into_iter()
                            .filter(|n| n.starts_with(l))
                            .collect::<Vec<String>>()
                    },
                    move |name: String, row: NodeId| {
                        let gone = name.clone();
                        let delete = SwipeActionItem::new(
                            Button::new("Delete")
                                .background_color(theme().warning)
                                .height(pct(100.0))
                                .button_type(ButtonType::Normal)
                                .on_click(move |_| {
                                    let gone = gone.clone();
                                    names.update(|n| n.retain(|x| *x != gone));
                                }),
                        )
                        .on_action({
                            let gone = name.clone();
                            move || {
                                let gone = gone.clone();
                                names.update(|n| n.retain(|x| *x != gone));
                            }
                        });
                        let label = Column::new()
                            .height(pct(100.0))
                            .justify_content(FlexAlign::Center)
                            .child(Text::new(name.clone()).font_color(theme().font_primary));
                        let item = ListItem::new()
                            .height(48.vp())
                            .padding(Edges::symmetric(12.vp(), 0.vp()))
                            .background_color(theme().comp_background_primary)
                            .id(format!("contact-{name}"))
                            .child(label)
                            .swipe_action(SwipeActionOptions::new().end(delete));
                        row.append(item.node());
                    },
                    |n: &String| n.clone(),
                );
                row.append(group.node());
            },
            |i: &usize| *i,
        );
        let refresh = Refresh::new()
            .bind_refreshing(refreshing)
            .prompt_text("Updating contacts")
            .on_refreshing(move || {
                // A pretend network round trip: done after 1.2 s.
                after(
                    1200.0,
                    Box::new(move || {
                        refreshes.update(|r| *r += 1);
                        refreshing.set(false);
                    }),
                );
            })
            .layout_weight(1.0)
            .id("contacts-refresh")
            .child(list);
        let indexer = AlphabetIndexer::new(LETTERS, 0)
            .bind_selected(letter)
            .using_popup(true)
            .on_request_popup_data(move |i| {
                let l = LETTERS.get(i).copied().unwrap_or("");
                names
                    .get_untracked()
                    .into_iter()
                    .filter(|n| n.starts_with(l))
                    .take(3)
                    .collect()
            })
            .on_select(move |i| scroller.scroll_to_index(i))
            .margin(Edges::symmetric(4.vp(), 0.vp()))
            .id("contacts-index");
        ui! {
            Column(space = 6.vp()) {
                Text(format!(
                    "{} contacts · refreshed {} times · pull down to refresh, swipe a row left",
                    self.names.get().len(),
                    self.refreshes.get()
                ))
                .font_size(12.fp())
                .font_color(theme().font_secondary)
                .id("contacts-status")
                Row {
                    refresh
                    indexer
                }
                .layout_weight(1.0)
                .width(pct(100.0))
                .align_items(VerticalAlign::Center)
            }
            .width(pct(100.0))
            .height(pct(100.0))
            .padding(8.vp())
            .background_color(theme().background_secondary)
        }
    }
}
