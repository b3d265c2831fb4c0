//! `#[component]`, its decorators, and `ui!` constructs, exercised through real apps.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::cell::RefCell;
use std::rc::Rc;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{AppStorage, ObservedVec, reset_stats, stats};

// ---- state, prop, link ----------------------------------------------------------------

#[component]
struct Child {
    #[prop(0)]
    shown: i32,
    #[link]
    shared: i32,
}

impl Child {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Text(format!("prop {}", self.shown.get())).id("child-prop")
                Text(format!("link {}", self.shared.get())).id("child-link")
                Button("child+").id("child-inc").on_click(move |_| self.shared.update(|v| *v += 1))
                Button("local").id("child-local").on_click(move |_| self.shown.set(-1))
            }
        }
    }
}

#[component]
struct Parent {
    #[state(10)]
    value: i32,
    #[state(100)]
    shared: i32,
}

impl Parent {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Text(format!("parent {} {}", self.value.get(), self.shared.get())).id("parent")
                Button("parent+").id("parent-inc").on_click(move |_| self.value.update(|v| *v += 1))
                Child(shown = self.value.get(), shared = self.shared)
            }
        }
    }
}

#[test]
fn prop_flows_down_link_flows_both_ways() {
    let mut t = TestApp::new::<Parent>(DeviceProfile::phone());
    assert_eq!(t.text("child-prop").unwrap(), "prop 10");
    t.click("parent-inc").unwrap();
    assert_eq!(t.text("child-prop").unwrap(), "prop 11");
    t.click("child-local").unwrap();
    assert_eq!(t.text("child-prop").unwrap(), "prop -1", "local edit");
    assert_eq!(
        t.text("parent").unwrap(),
        "parent 11 100",
        "does not flow up"
    );
    t.click("parent-inc").unwrap();
    assert_eq!(
        t.text("child-prop").unwrap(),
        "prop 12",
        "parent change resets it"
    );
    t.click("child-inc").unwrap();
    assert_eq!(
        t.text("parent").unwrap(),
        "parent 12 101",
        "link writes the parent's state"
    );
    assert_eq!(t.text("child-link").unwrap(), "link 101");
}

// ---- fine-grained reactivity ---------------------------------------------------------------

#[component]
struct Profile {
    #[state("Ada".to_string())]
    name: String,
    #[state(36)]
    age: u32,
}

impl Profile {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Text(self.name.get()).id("name")
                Text(format!("{}", self.age.get())).id("age")
                Text("static").id("static")
                Button("older").id("older").on_click(move |_| self.age.update(|a| *a += 1))
            }
        }
    }
}

#[test]
fn a_text_bound_to_one_field_is_the_only_node_rerun() {
    let mut t = TestApp::new::<Profile>(DeviceProfile::iot());
    t.render();
    reset_stats();
    t.click("older").unwrap();
    let s = stats();
    assert_eq!(s.bindings_run, 1, "exactly one binding re-ran");
    // The age text, plus the button's own pressed feedback going on and off.
    assert_eq!(
        s.node_updates, 3,
        "only the text and the pressed button changed"
    );
    assert_eq!(s.nodes_created, 0, "nothing rebuilt");
    assert_eq!(t.text("age").unwrap(), "37");
    assert_eq!(t.text("name").unwrap(), "Ada");
}

// ---- provide / consume ----------------------------------------------------------------------

#[component]
struct Leaf {
    #[consume(default = "none".to_string())]
    theme: String,
}

impl Leaf {
    fn build(&self) -> impl View {
        ui! {
            Button(format!("theme {}", self.theme.get())).id("leaf")
                .on_click(move |_| self.theme.set("set-by-leaf".into()))
        }
    }
}

#[component]
struct Middle {}

impl Middle {
    fn build(&self) -> impl View {
        ui! { Column() { Leaf() } }
    }
}

#[component]
struct Root {
    #[provide("light".to_string())]
    theme: String,
}

impl Root {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Text(self.theme.get()).id("root-theme")
                Button("dark").id("dark").on_click(move |_| self.theme.set("dark".into()))
                Middle()
            }
        }
    }
}

#[test]
fn provide_reaches_grandchildren_two_way() {
    let mut t = TestApp::new::<Root>(DeviceProfile::iot());
    assert_eq!(t.text("leaf").unwrap(), "theme light");
    t.click("dark").unwrap();
    assert_eq!(t.text("leaf").unwrap(), "theme dark");
    t.click("leaf").unwrap();
    assert_eq!(t.text("root-theme").unwrap(), "set-by-leaf");
}

// ---- storage decorators ------------------------------------------------------------------------

#[component]
struct Settings {
    #[storage_link("settings.volume", default = 5)]
    volume: u8,
    #[storage_prop("settings.volume", default = 5)]
    volume_copy: u8,
    #[local_storage_link("page.visits", default = 0)]
    visits: u32,
    #[local_storage_prop("page.visits", default = 0)]
    visits_copy: u32,
}

impl Settings {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Text(format!("{}/{}", self.volume.get(), self.volume_copy.get())).id("vol")
                Button("up").id("up").on_click(move |_| self.volume.update(|v| *v += 1))
                Button(format!("visits {}", self.visits.get())).id("visit")
                    .on_click(move |_| self.visits.update(|v| *v += 1))
                Button(format!("copy {}", self.visits_copy.get())).id("visit-copy")
                    .on_click(move |_| self.visits_copy.set(100))
            }
        }
    }
}

#[test]
fn storage_link_and_prop_follow_app_storage() {
    let mut t = TestApp::new::<Settings>(DeviceProfile::iot());
    assert_eq!(t.text("vol").unwrap(), "5/5");
    t.click("up").unwrap();
    assert_eq!(AppStorage::get::<u8>("settings.volume").unwrap(), 6);
    assert_eq!(t.text("vol").unwrap(), "6/6");
    AppStorage::set("settings.volume", 9u8).unwrap();
    assert_eq!(t.text("vol").unwrap(), "9/9");
    t.click("visit").unwrap();
    assert_eq!(t.text("visit").unwrap(), "visits 1");
    // #[local_storage_prop]: follows the page's key one way; a local edit stays local until
    // the key changes again.
    assert_eq!(t.text("visit-copy").unwrap(), "copy 1");
    t.click("visit-copy").unwrap();
    assert_eq!(t.text("visit-copy").unwrap(), "copy 100");
    assert_eq!(t.text("visit").unwrap(), "visits 1", "the key is untouched");
    t.click("visit").unwrap();
    assert_eq!(t.text("visit-copy").unwrap(), "copy 2");
}

// ---- watch and lifecycle --------------------------------------------------------------------

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn log(s: impl Into<String>) {
    LOG.with(|l| l.borrow_mut().push(s.into()));
}

#[component]
struct Watched {
    #[state(0)]
    #[watch(on_count)]
    count: i32,
}

impl Watched {
    fn on_count(&self) {
        log(format!("watch {}", self.count.get_untracked()));
    }
    fn about_to_appear(&self) {
        log("about_to_appear");
    }
    fn about_to_disappear(&self) {
        log("about_to_disappear");
    }
    fn build(&self) -> impl View {
        ui! { Button("inc").id("inc").on_click(move |_| self.count.update(|c| *c += 1)) }
    }
}

#[component]
struct Host {
    #[state(true)]
    show: bool,
}

impl Host {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Button("hide").id("hide").on_click(move |_| self.show.set(false))
                if self.show.get() { Watched() }
            }
        }
    }
}

#[test]
fn watch_and_lifecycle_callbacks_run_in_order() {
    LOG.with(|l| l.borrow_mut().clear());
    let mut t = TestApp::new::<Host>(DeviceProfile::iot());
    t.click("inc").unwrap();
    t.click("inc").unwrap();
    t.click("hide").unwrap();
    let log = LOG.with(|l| l.borrow().clone());
    assert_eq!(
        log,
        vec![
            "about_to_appear",
            "watch 1",
            "watch 2",
            "about_to_disappear"
        ]
    );
    assert!(t.inspect("inc").is_none());
}

// ---- builder params (slots) ---------------------------------------------------------------

#[component]
struct Card {
    #[prop("Card".to_string())]
    title: String,
    #[builder_param]
    content: BuilderParam,
}

impl Card {
    fn build(&self) -> impl View {
        ui! {
            Column(space = 4.vp()) {
                Text(self.title.get()).font_weight(FontWeight::Bold)
                self.content.view()
            }
            .padding(8.vp())
            .border(1.vp(), Color::GRAY, 8.vp())
        }
    }
}

#[component]
struct Page {}

impl Page {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Card(title = "trailing".to_string()) {
                    Text("inside").id("inside")
                }
                Card(content = || ui! { Text("named").id("named") })
            }
        }
    }
}

#[test]
fn builder_params_take_trailing_children_or_a_named_closure() {
    let mut t = TestApp::new::<Page>(DeviceProfile::iot());
    assert_eq!(t.text("inside").unwrap(), "inside");
    assert_eq!(t.text("named").unwrap(), "named");
    // The slot content is laid out inside the card, below its title.
    let inside = t.rect("inside").unwrap();
    assert!(inside.y > 8.0, "{inside:?}");
}

// ---- styles, extend, bind!, Observed, ForEach --------------------------------------------------

#[styles]
fn pill<W: CommonAttribute>(w: W) -> W {
    w.padding(6.vp())
        .border_radius(100.vp())
        .background_color(Color::ORANGE)
}

#[extend(Text)]
fn caption(t: Text, size: f32) -> Text {
    t.font_size(size.fp()).font_color(Color::GRAY)
}

#[derive(Observed, Clone, Debug, PartialEq)]
struct Todo {
    id: u32,
    title: String,
    done: bool,
}

#[component]
struct Todos {
    #[state(ObservedVec::new(vec![
        Todo { id: 1, title: "a".into(), done: false },
        Todo { id: 2, title: "b".into(), done: true },
    ]))]
    list: ObservedVec<Todo>,
    #[state(false)]
    all_done: bool,
}

impl Todos {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Text("todos").caption(12.0).pill().id("title")
                Toggle(ToggleType::Checkbox, is_on = bind!(self.all_done)).id("all")
                ForEach(self.list.get().handles(), |t| t.id.get_untracked(), |t: TodoObserved| {
                    Row() {
                        Text(t.title.get()).id(format!("title-{}", t.id.get_untracked()))
                        Toggle(ToggleType::Checkbox, is_on = bind!(t.done)).id(format!("done-{}", t.id.get_untracked()))
                    }
                })
            }
        }
    }
}

#[test]
fn styles_extend_bind_and_observed_rows() {
    let mut t = TestApp::new::<Todos>(DeviceProfile::phone());
    let title = t.inspect("title").unwrap();
    assert_eq!(title["$attrs"]["fontSize"], "12.00fp");
    assert_eq!(title["$attrs"]["padding"], "6.00vp");
    t.click("all").unwrap();
    assert_eq!(t.inspect("all").unwrap()["$attrs"]["isOn"], "true");
    reset_stats();
    t.click("done-1").unwrap();
    assert_eq!(t.inspect("done-1").unwrap()["$attrs"]["isOn"], "true");
    assert_eq!(
        stats().nodes_created,
        0,
        "toggling a row's field rebuilds nothing"
    );
    assert_eq!(t.text("title-2").unwrap(), "b");
}

#[test]
fn ui_expressions_that_read_nothing_are_evaluated_once() {
    let calls = Rc::new(RefCell::new(0));
    let c = calls.clone();
    let count = arkui::State::new(0);
    let mut app = arkui::App::with_view(DeviceProfile::iot(), move || {
        let c = c.clone();
        ui! {
            Column() {
                Text({ *c.borrow_mut() += 1; "fixed".to_string() })
                Text(format!("{}", count.get())).id("n")
            }
        }
    });
    count.set(1);
    count.set(2);
    assert_eq!(*calls.borrow(), 1);
    assert_eq!(app.inspector_by_id("n").unwrap()["$attrs"]["content"], "2");
}

/// Props of every integer width, given literals in `ui!` (ArkTS numbers are all `number`).
#[component]
struct Gauges {
    #[prop(0)]
    small: u8,
    #[prop(0)]
    wide: u64,
    #[prop(0)]
    index: usize,
    #[state(0)]
    signed: i16,
}

impl Gauges {
    fn build(&self) -> impl View {
        ui! {
            Text(format!("{} {} {} {}", self.small.get(), self.wide.get(), self.index.get(), self.signed.get()))
                .id("gauges")
        }
    }
}

#[test]
fn integer_literals_fit_any_integer_prop() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        ui! {
            Column {
                Gauges(small = 200, wide = 5_000_000_000, index = 3, signed = -7)
            }
        }
    });
    assert_eq!(t.text("gauges").unwrap(), "200 5000000000 3 -7");
}

/// A card that sets its own look on its root.
#[component]
struct Tile {
    #[state(0)]
    taps: i32,
}

impl Tile {
    fn build(&self) -> impl View {
        let taps = self.taps;
        ui! {
            Column {
                Text(format!("taps {}", self.taps.get())).id("tile-text")
            }
            .padding(10.0)
            .height(if self.taps.get() > 0 { 64.0 } else { 60.0 })
            .background_color(Color::RED)
            .on_click(move |_| taps.update(|t| *t += 1))
        }
    }
}

#[test]
fn attributes_on_an_instance_apply_to_it_and_keep_the_components_own() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        ui! {
            Column {
                Tile().width(200.0).margin(8.0).id("tile")
            }
            .width(pct(100.0))
            .align_items(HorizontalAlign::Start)
        }
    });
    let tile = t.rect("tile").unwrap();
    // The instance's size, margin and id...
    assert_eq!((tile.x, tile.width), (8.0, 200.0));
    // ...and the component's own height, padding and colour.
    assert_eq!(tile.height, 60.0);
    assert_eq!(t.rect("tile-text").unwrap().y, tile.y + 10.0, "its padding");
    let px = t.render().pixel(12, 12);
    assert_eq!(&px[..3], &[255, 0, 0]);
    // The component's state changing re-applies its own attributes, and only those.
    t.click("tile").unwrap();
    assert_eq!(t.text("tile-text").unwrap(), "taps 1");
    let tile = t.rect("tile").unwrap();
    assert_eq!((tile.x, tile.width, tile.height), (8.0, 200.0, 64.0));
}

/// A component that sets, reactively, an attribute its instance sets too.
#[component]
struct Sized {
    #[state(0)]
    taps: i32,
}

impl Sized {
    fn build(&self) -> impl View {
        let taps = self.taps;
        ui! {
            Column {}
                .height(if self.taps.get() > 0 { 48.0 } else { 40.0 })
                .width(if self.taps.get() > 0 { 120.0 } else { 100.0 })
                .on_click(move |_| taps.update(|t| *t += 1))
        }
    }
}

#[test]
fn an_instance_attribute_wins_over_the_components_reactive_one() {
    let mut t = TestApp::with_view(DeviceProfile::iot(), || {
        ui! {
            Column {
                Sized().width(200.0).id("sized")
            }
        }
    });
    assert_eq!(t.rect("sized").unwrap().width, 200.0);
    t.click("sized").unwrap();
    // The component's width changed to 120 and was not applied: the instance's stays...
    assert_eq!(t.rect("sized").unwrap().width, 200.0);
    // ...and what the instance did not set still follows the component's state.
    assert_eq!(t.rect("sized").unwrap().height, 48.0);
}

#[test]
fn an_instances_reactive_attribute_keeps_updating_over_the_components() {
    let wide = State::new(false);
    let mut t = TestApp::with_view(DeviceProfile::iot(), move || {
        ui! {
            Column {
                Sized().size(if wide.get() { 250.0 } else { 200.0 }, 30.0).id("sized")
            }
        }
    });
    t.click("sized").unwrap();
    assert_eq!(
        t.rect("sized").unwrap().width,
        200.0,
        "`size` covers the inner `width`"
    );
    wide.set(true);
    let r = t.rect("sized").unwrap();
    assert_eq!((r.width, r.height), (250.0, 30.0));
}
