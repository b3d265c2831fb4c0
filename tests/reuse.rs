//! `#[reusable]` components, ArkUI's `@Reusable` / `@ReusableV2`: rows leaving a virtualised
//! list go into their parent's pool and come back for new rows (no node built once the first
//! screen is up, memory flat over 10,000 rows); `about_to_reuse` gets the new arguments,
//! `about_to_recycle` runs instead of `about_to_disappear`; V1 `#[state]` is kept while
//! `#[prop]` follows; V2 starts over; reuse ids keep shapes apart; pools die with their host.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::cell::RefCell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::widgets::Scroller;
use arkui::{
    DataSource, REUSE_POOL_CAPACITY, VecDataSource, live_counts, pooled_components, reset_stats,
    stats,
};

thread_local! {
    /// What the row components were told, in order.
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn log(s: String) {
    LOG.with(|l| l.borrow_mut().push(s));
}

fn take_log() -> Vec<String> {
    LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
}

// ---- a 10,000-row list of reusable V1 rows ---------------------------------------------

#[reusable]
#[component]
struct Contact {
    #[prop]
    name: String,
    /// Set from `params` on reuse, as ArkUI's docs do.
    #[state]
    index: u32,
}

impl Contact {
    fn about_to_reuse(&self, params: &ReuseParams) {
        if let Some(i) = params.get::<u32>("index") {
            self.index.set(*i);
        }
    }
    fn build(&self) -> impl View {
        ui! {
            ListItem() {
                Text(format!("{} #{}", self.name.get(), self.index.get()))
            }
            .height(40.vp())
        }
    }
}

fn contacts_list(scroller: Scroller) -> impl FnOnce() -> arkui::widgets::Column {
    move || {
        let source: Rc<dyn DataSource<u32>> = VecDataSource::new((0..10_000).collect());
        ui! {
            Column() {
                List() {
                    LazyForEach(source.clone(), |n: &u32, _| *n, |n: u32| {
                        Contact(name = format!("contact {n}"), index = n)
                    })
                }
                .scroller(scroller)
                .cached_count(2)
                .width(300.vp())
                .height(240.vp())
                .id("list")
            }
        }
    }
}

fn texts(t: &mut TestApp) -> Vec<String> {
    let list = t.app().find_by_id("list").unwrap();
    let mut out = Vec::new();
    let mut stack = vec![list];
    while let Some(n) = stack.pop() {
        if let Some(text) = n.text() {
            out.push(text.content.clone());
        }
        stack.extend(n.children().into_iter().rev());
    }
    out
}

#[test]
fn scrolling_10000_reusable_rows_builds_no_node_after_the_first_screen_and_stays_flat() {
    let scroller = Scroller::new();
    let mut t = TestApp::with_view(DeviceProfile::iot(), contacts_list(scroller));
    t.app().frame();
    // The first screen: past the first rows (the window is cached on both sides from here
    // on), through every window size the 97 px steps give.
    let mut y = 0.0;
    while y < 2_000.0 {
        y += 97.0;
        scroller.scroll_to(0.0, y);
        t.app().frame();
    }
    let before = live_counts();
    reset_stats();
    while y < 398_000.0 {
        y += 97.0;
        scroller.scroll_to(0.0, y);
        t.app().frame();
    }
    let s = stats();
    assert_eq!(s.nodes_created, 0, "{s:?}");
    assert!(s.components_reused > 9_000, "{s:?}");
    // Every row that left went to the pool (a row or two were in it before the count).
    assert!(s.components_recycled > 9_000, "{s:?}");
    let after = live_counts();
    assert_eq!(before, after, "memory stays flat");
    assert!(pooled_components() <= REUSE_POOL_CAPACITY);
    // The rows on screen show their own items: `#[prop]` followed, `#[state]` was set
    // from the params in `about_to_reuse`.
    let shown = texts(&mut t);
    let first = (y / 40.0) as u32;
    assert!(
        shown.contains(&format!("contact {first} #{first}")),
        "{first}: {shown:?}"
    );
    for s in &shown {
        let (name, index) = s.split_once(" #").unwrap();
        assert_eq!(name.trim_start_matches("contact "), index, "{shown:?}");
    }
}

// ---- lifecycle, what is refreshed and what is not -------------------------------------------

#[reusable]
#[component]
struct Tile {
    #[prop]
    label: String,
    /// Not refreshed on reuse (ArkUI V1): keeps its value unless about_to_reuse sets it.
    #[state]
    taps: u32,
}

impl Tile {
    fn about_to_appear(&self) {
        log(format!("appear {}", self.label.get()));
    }
    fn about_to_disappear(&self) {
        log(format!("disappear {}", self.label.get()));
    }
    fn about_to_recycle(&self) {
        log(format!("recycle {}", self.label.get()));
    }
    fn about_to_reuse(&self, params: &ReuseParams) {
        let names: Vec<_> = params.names().collect();
        log(format!(
            "reuse {} with {:?} taps={:?}",
            self.label.get(),
            names,
            params.get::<u32>("taps")
        ));
    }
    fn build(&self) -> impl View {
        ui! {
            Button(format!("{} {}", self.label.get(), self.taps.get()))
                .id("tile")
                .on_click(move |_| self.taps.update(|n| *n += 1))
        }
    }
}

#[component]
struct Board {
    #[state(0u32)]
    page: u32,
    #[state(true)]
    shown: bool,
}

impl Board {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Button("next").id("next").on_click(move |_| self.page.update(|p| *p += 1))
                Button("toggle").id("toggle").on_click(move |_| self.shown.update(|s| *s = !*s))
                if self.shown.get() {
                    ForEach(vec![self.page.get()], |p| *p, |p: u32| {
                        Tile(label = format!("page {p}"), taps = 7)
                    })
                }
            }
        }
    }
}

#[test]
fn a_reused_v1_component_is_told_its_new_arguments_and_keeps_its_state() {
    take_log();
    let mut t = TestApp::new::<Board>(DeviceProfile::phone());
    assert_eq!(take_log(), ["appear page 0"]);
    t.click("tile").unwrap();
    assert_eq!(t.text("tile").as_deref(), Some("page 0 8"));
    reset_stats();
    t.click("next").unwrap();
    // The row for page 0 left, the row for page 1 took its component from the pool.
    assert_eq!(
        take_log(),
        [
            "recycle page 0",
            "reuse page 1 with [\"label\", \"taps\"] taps=Some(7)"
        ]
    );
    assert_eq!(stats().components_reused, 1);
    assert_eq!(stats().nodes_created, 0);
    // `#[prop]` followed the parent; `#[state]` kept its 8 (the parent's 7 is in params).
    assert_eq!(t.text("tile").as_deref(), Some("page 1 8"));
    // Events go to the reused instance, and its bindings still work.
    t.click("tile").unwrap();
    assert_eq!(t.text("tile").as_deref(), Some("page 1 9"));
}

#[test]
fn an_if_branch_switched_off_pools_its_component_and_the_pool_dies_with_its_host() {
    take_log();
    let mut t = TestApp::new::<Board>(DeviceProfile::phone());
    take_log();
    t.click("toggle").unwrap();
    assert_eq!(take_log(), ["recycle page 0"]);
    assert!(t.app().find_by_id("tile").is_none());
    assert_eq!(pooled_components(), 1);
    t.click("toggle").unwrap();
    assert_eq!(take_log().len(), 1, "reused, not built");
    assert_eq!(pooled_components(), 0);
    t.click("toggle").unwrap();
    take_log();
    // The page goes: the pooled component is disposed for good, told as a disappearance.
    drop(t);
    assert_eq!(take_log(), ["disappear page 0"]);
    assert_eq!(pooled_components(), 0);
}

// ---- reuse ids -----------------------------------------------------------------------------

#[reusable]
#[component]
struct Chip {
    #[prop]
    n: u32,
    /// Kept across reuse: shows which instance a row got.
    #[state]
    taps: u32,
}

impl Chip {
    fn build(&self) -> impl View {
        ui! {
            Button(format!("{} {}", self.n.get(), self.taps.get()))
                .id(format!("chip{}", self.n.get()))
                .on_click(move |_| self.taps.update(|n| *n += 1))
        }
    }
}

#[component]
struct Mixed {
    #[state(0u32)]
    round: u32,
}

impl Mixed {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Button("next").id("next").on_click(move |_| self.round.update(|r| *r += 1))
                ForEach((self.round.get() * 10..self.round.get() * 10 + 4).collect::<Vec<u32>>(),
                        |n| *n,
                        |n: u32| {
                    Chip(n = n).reuse_id(if n.is_multiple_of(2) { "even" } else { "odd" })
                })
            }
        }
    }
}

#[test]
fn reuse_ids_keep_instances_apart() {
    let mut t = TestApp::new::<Mixed>(DeviceProfile::phone());
    // Tap the even instances: the tap count says which instance a row got later.
    t.click("chip0").unwrap();
    t.click("chip2").unwrap();
    t.click("chip2").unwrap();
    reset_stats();
    t.click("next").unwrap();
    assert_eq!(stats().components_reused, 4);
    assert_eq!(stats().nodes_created, 0);
    let shown: Vec<String> = (10..14)
        .map(|n| t.text(&format!("chip{n}")).unwrap())
        .collect();
    // Even rows got even instances (taps 1 and 2, in pool order), odd rows odd ones.
    let even: Vec<&str> = vec![&shown[0], &shown[2]]
        .into_iter()
        .map(|s| s.split(' ').nth(1).unwrap())
        .collect();
    let mut even_taps = even.clone();
    even_taps.sort_unstable();
    assert_eq!(even_taps, ["1", "2"], "{shown:?}");
    assert_eq!(shown[1], "11 0");
    assert_eq!(shown[3], "13 0");
}

// ---- V2 ------------------------------------------------------------------------------------

#[reusable]
#[component_v2]
struct Badge {
    #[param(String::new())]
    text: String,
    #[param(0)]
    #[once]
    start: i32,
    #[local(5)]
    count: i32,
}

#[component_v2]
impl Badge {
    fn build(&self) -> impl View {
        ui! {
            Button(format!("{} {} {}", self.text.get(), self.start.get(), self.count.get()))
                .id("badge")
                .on_click(move |_| self.count.update(|c| *c += 1))
        }
    }
}

#[component_v2]
struct Badges {
    #[local(0)]
    n: i32,
}

impl Badges {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Button("next").id("next").on_click(move |_| self.n.update(|n| *n += 1))
                ForEach(vec![self.n.get()], |n| *n, |n: i32| {
                    Badge(text = format!("b{n}"), start = n * 100)
                })
            }
        }
    }
}

#[test]
fn a_reused_v2_component_starts_over_from_its_initial_values() {
    let mut t = TestApp::new::<Badges>(DeviceProfile::phone());
    assert_eq!(t.text("badge").as_deref(), Some("b0 0 5"));
    t.click("badge").unwrap();
    t.click("badge").unwrap();
    assert_eq!(t.text("badge").as_deref(), Some("b0 0 7"));
    reset_stats();
    t.click("next").unwrap();
    assert_eq!(stats().components_reused, 1);
    // #[local] back to 5, #[once] took the new parent's first value, #[param] follows.
    assert_eq!(t.text("badge").as_deref(), Some("b1 100 5"));
}

// ---- every virtualising container, and Repeat -----------------------------------------------

#[reusable]
#[component]
struct Cell {
    #[prop]
    n: u32,
}

impl Cell {
    fn build(&self) -> impl View {
        // Four nodes and a holder: rebuilding a cell would cost five nodes.
        ui! {
            Column() {
                Text(format!("cell {}", self.n.get()))
                Text("second line")
                Text("third line")
            }
            .height(50.vp())
        }
    }
}

/// Scroll a container of 5,000 reusable cells from top to far down; after a warm-up, how
/// many nodes were built and how many cells were reused.
fn scroll_through(
    view: impl FnOnce() -> arkui::widgets::Column + 'static,
    step: impl Fn(u32),
) -> (u64, u64) {
    let mut t = TestApp::with_view(DeviceProfile::iot(), view);
    for i in 0..30 {
        step(i);
        t.app().frame();
    }
    reset_stats();
    for i in 30..400 {
        step(i);
        t.app().frame();
    }
    let s = stats();
    assert_eq!(
        s.components_reused, s.rows_created,
        "every new row reused a cell: {s:?}"
    );
    (s.nodes_created / s.rows_created.max(1), s.components_reused)
}

#[test]
fn grid_water_flow_swiper_and_repeat_reuse_cells() {
    let source = || -> Rc<dyn DataSource<u32>> { VecDataSource::new((0..5_000).collect()) };
    // Grid
    let scroller = Scroller::new();
    let (built, reused) = scroll_through(
        move || {
            let source = source();
            ui! {
                Column() {
                    Grid() {
                        LazyForEach(source.clone(), |n: &u32, _| *n, |n: u32| {
                            GridItem() { Cell(n = n) }.height(50.vp())
                        })
                    }
                    .columns_template("1fr 1fr 1fr")
                    .scroller(scroller)
                    .height(200.vp())
                }
            }
        },
        move |i| scroller.scroll_to(0.0, i as f32 * 37.0),
    );
    assert!(built <= 2, "Grid built {built} nodes per row");
    assert!(reused > 300, "Grid reused {reused}");
    // WaterFlow
    let scroller = Scroller::new();
    let (built, reused) = scroll_through(
        move || {
            let source = source();
            ui! {
                Column() {
                    WaterFlow() {
                        LazyForEach(source.clone(), |n: &u32, _| *n, |n: u32| {
                            FlowItem() { Cell(n = n) }.height(50.vp())
                        })
                    }
                    .columns_template("1fr 1fr")
                    .scroller(scroller)
                    .height(200.vp())
                }
            }
        },
        move |i| scroller.scroll_to(0.0, i as f32 * 37.0),
    );
    assert!(built <= 2, "WaterFlow built {built} nodes per row");
    assert!(reused > 200, "WaterFlow reused {reused}");
    // Swiper, one page at a time
    let controller = arkui::widgets::SwiperController::new();
    let (_, reused) = scroll_through(
        move || {
            let source = source();
            ui! {
                Column() {
                    Swiper() {
                        LazyForEach(source.clone(), |n: &u32, _| *n, |n: u32| { Cell(n = n) })
                    }
                    .controller(controller)
                    .cached_count(1)
                    .height(200.vp())
                }
            }
        },
        move |_| controller.show_next(),
    );
    assert!(reused > 300, "Swiper reused {reused}");
    // Repeat without virtual scrolling: a window of 10 items sliding by one.
    let first = arkui::State::new(0u32);
    let (built, reused) = scroll_through(
        move || {
            ui! {
                Column() {
                    Repeat((first.get()..first.get() + 10).collect::<Vec<u32>>())
                        .each(|ri| { Cell(n = ri.item.get()) })
                        .key(|n: &u32, _| *n)
                }
            }
        },
        move |i| first.set(i),
    );
    assert_eq!(built, 0, "Repeat built {built} nodes per row");
    assert_eq!(reused, 370, "one cell reused per step");
}

// ---- a pooled component is frozen --------------------------------------------------------

#[reusable]
#[component]
struct Ticker {
    #[storage_prop("reuse.tick", default = 0)]
    tick: i32,
}

impl Ticker {
    fn build(&self) -> impl View {
        ui! { Text(format!("tick {}", self.tick.get())).id("ticker") }
    }
}

#[component]
struct TickerPage {
    #[state(true)]
    shown: bool,
}

impl TickerPage {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Button("toggle").id("toggle").on_click(move |_| self.shown.update(|s| *s = !*s))
                if self.shown.get() {
                    Ticker()
                }
            }
        }
    }
}

#[test]
fn a_pooled_component_does_not_update_until_it_is_reused_and_then_catches_up() {
    let mut t = TestApp::new::<TickerPage>(DeviceProfile::phone());
    arkui::AppStorage::set_or_create("reuse.tick", 1).unwrap();
    assert_eq!(t.text("ticker").as_deref(), Some("tick 1"));
    t.click("toggle").unwrap();
    assert_eq!(pooled_components(), 1);
    reset_stats();
    arkui::AppStorage::set("reuse.tick", 2).unwrap();
    arkui::AppStorage::set("reuse.tick", 3).unwrap();
    // Frozen: its text binding did not run for either change.
    assert_eq!(stats().node_updates, 0, "{:?}", stats());
    t.click("toggle").unwrap();
    // Reused: it shows what it missed.
    assert_eq!(t.text("ticker").as_deref(), Some("tick 3"));
    assert_eq!(stats().components_reused, 1);
}
