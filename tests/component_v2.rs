//! `#[component_v2]`: ArkUI V2's decorators as ArkUI documents them: what notifies, what does
//! not, monitor before/after values and batching, computed caching, provider/consumer.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::cell::RefCell;

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{Diagnostic, take_diagnostics};

// ---- #[param], #[once], #[event], #[local] -----------------------------------------------

#[component_v2]
struct Child {
    /// Follows the parent.
    #[param(0)]
    value: i32,
    /// Takes the parent's first value only, then is the child's.
    #[param(0)]
    #[once]
    start: i32,
    #[event]
    on_reset: fn(i32),
    #[local]
    clicks: u32,
}

impl Child {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Text(format!("value {} start {}", self.value.get(), self.start.get())).id("child")
                Text(format!("clicks {}", self.clicks.get())).id("clicks")
                Button("own").id("own").on_click(move |_| {
                    self.start.update(|s| *s += 100);
                    self.clicks.update(|c| *c += 1);
                })
                Button("reset").id("reset").on_click(move |_| self.on_reset.call(-1))
            }
        }
    }
}

#[component_v2]
struct Parent {
    #[local(1)]
    value: i32,
}

impl Parent {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Button("inc").id("inc").on_click(move |_| self.value.update(|v| *v += 1))
                Child(value = self.value.get(), start = self.value.get(),
                      on_reset = move |v| self.value.set(v))
            }
        }
    }
}

#[test]
fn a_param_follows_the_parent_a_once_param_keeps_its_first_value_an_event_reaches_the_parent() {
    let mut t = TestApp::new::<Parent>(DeviceProfile::phone());
    assert_eq!(t.text("child").as_deref(), Some("value 1 start 1"));
    t.click("inc").unwrap();
    t.click("inc").unwrap();
    assert_eq!(t.text("child").as_deref(), Some("value 3 start 1"));
    t.click("own").unwrap();
    assert_eq!(t.text("child").as_deref(), Some("value 3 start 101"));
    assert_eq!(t.text("clicks").as_deref(), Some("clicks 1"));
    // The child cannot write `value`: it asks the parent, whose change flows back down.
    t.click("reset").unwrap();
    assert_eq!(t.text("child").as_deref(), Some("value -1 start 101"));
}

// ---- #[require] -------------------------------------------------------------------------

#[component_v2]
struct Titled {
    #[param]
    #[require]
    title: String,
}

impl Titled {
    fn build(&self) -> impl View {
        ui! { Text(self.title.get()).id("titled") }
    }
}

#[component_v2]
struct ForgetsTitle {}

impl ForgetsTitle {
    fn build(&self) -> impl View {
        // By hand: `ui! { Titled() }` does not compile (tests/ui/v2_require_not_passed.rs).
        let titled = <Titled as arkui::Element<()>>::create(());
        arkui::Widget::finish(titled);
        titled
    }
}

#[component_v2]
struct PassesTitle {}

impl PassesTitle {
    fn build(&self) -> impl View {
        ui! { Column() { Titled(title = "Inbox") } }
    }
}

fn missing_params() -> Vec<(&'static str, &'static str)> {
    take_diagnostics()
        .into_iter()
        .filter_map(|d| match d {
            Diagnostic::MissingParam { component, param } => Some((component, param)),
            _ => None,
        })
        .collect()
}

#[test]
fn a_required_param_that_is_passed_shows_and_one_built_by_hand_without_it_is_reported() {
    let _ = take_diagnostics();
    let mut t = TestApp::new::<PassesTitle>(DeviceProfile::phone());
    assert_eq!(t.text("titled").as_deref(), Some("Inbox"));
    assert!(missing_params().is_empty());

    let mut t = TestApp::new::<ForgetsTitle>(DeviceProfile::phone());
    // Built with the default, and reported.
    assert_eq!(t.text("titled").as_deref(), Some(""));
    assert_eq!(missing_params(), vec![("Titled", "title")]);
}

// ---- #[monitor] and #[computed] ---------------------------------------------------------

#[derive(Clone, PartialEq, Debug, Default)]
struct Book {
    title: String,
    pages: u32,
}

thread_local! {
    static SEEN: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static COMPUTES: RefCell<u32> = const { RefCell::new(0) };
}

#[component_v2]
struct Shelf {
    #[local]
    count: i32,
    #[local]
    book: Book,
}

#[component_v2]
impl Shelf {
    #[computed]
    fn summary(&self) -> String {
        COMPUTES.with(|c| *c.borrow_mut() += 1);
        format!("{} x {}", self.count.get(), self.book.with(|b| b.pages))
    }

    #[monitor("count", "book.pages")]
    fn changed(&self, m: &Monitor) {
        let mut line = m.dirty().join("+");
        if let Some(v) = m.value::<i32>("count") {
            line += &format!(" count {}->{}", v.before, v.now);
        }
        if let Some(v) = m.value::<u32>("book.pages") {
            line += &format!(" pages {}->{}", v.before, v.now);
        }
        SEEN.with(|s| s.borrow_mut().push(line));
    }

    #[monitor("summary")]
    fn summary_changed(&self, m: &Monitor) {
        let v = m.value::<String>("summary").unwrap();
        SEEN.with(|s| {
            s.borrow_mut()
                .push(format!("summary {} -> {}", v.before, v.now))
        });
    }

    fn build(&self) -> impl View {
        ui! {
            Column() {
                Text(self.summary()).id("summary")
                Text(self.summary()).id("summary-again")
                Button("both").id("both").on_click(move |_| {
                    self.count.update(|c| *c += 1);
                    self.book.update(|b| b.pages += 10);
                })
                Button("title").id("title").on_click(move |_| {
                    self.book.update(|b| b.title.push('!'));
                })
                Button("there-and-back").id("back").on_click(move |_| {
                    self.count.update(|c| *c += 5);
                    self.count.update(|c| *c -= 5);
                })
            }
        }
    }
}

fn seen() -> Vec<String> {
    SEEN.with(|s| s.borrow_mut().drain(..).collect())
}

#[test]
fn a_monitor_gets_each_changed_path_with_its_values_once_per_batch() {
    seen();
    let mut t = TestApp::new::<Shelf>(DeviceProfile::phone());
    assert!(seen().is_empty(), "no call at creation");
    t.click("both").unwrap();
    assert_eq!(
        seen(),
        vec![
            "count+book.pages count 0->1 pages 0->10".to_string(),
            "summary 0 x 0 -> 1 x 10".to_string()
        ]
    );
    // A field of `book` that is not watched changes: no call.
    t.click("title").unwrap();
    assert!(seen().is_empty());
    // Changed and changed back within one handler: no change.
    t.click("back").unwrap();
    assert!(seen().is_empty());
}

#[test]
fn a_computed_value_is_cached_and_recomputed_only_when_what_it_read_changes() {
    COMPUTES.with(|c| *c.borrow_mut() = 0);
    let mut t = TestApp::new::<Shelf>(DeviceProfile::phone());
    // Two texts and a monitor read it; it ran once.
    assert_eq!(COMPUTES.with(|c| *c.borrow()), 1);
    assert_eq!(t.text("summary").as_deref(), Some("0 x 0"));
    t.click("both").unwrap();
    assert_eq!(t.text("summary-again").as_deref(), Some("1 x 10"));
    assert_eq!(COMPUTES.with(|c| *c.borrow()), 2);
    seen();
}

// ---- #[provider] / #[consumer] ----------------------------------------------------------

#[component_v2]
struct Leaf {
    #[consumer(name = "accent")]
    accent: String,
    #[consumer(7u32, name = "size")]
    size: u32,
}

impl Leaf {
    fn build(&self) -> impl View {
        ui! {
            Button(format!("{} {}", self.accent.get(), self.size.get()))
                .id("leaf")
                .on_click(move |_| self.accent.set("teal".into()))
        }
    }
}

#[component_v2]
struct Middle {
    #[provider("green".to_string(), name = "accent")]
    accent: String,
}

impl Middle {
    fn build(&self) -> impl View {
        ui! { Column() { Text(self.accent.get()).id("middle") Leaf() } }
    }
}

#[component_v2]
struct Top {
    #[provider("blue".to_string(), name = "accent")]
    accent: String,
}

impl Top {
    fn build(&self) -> impl View {
        ui! { Column() { Text(self.accent.get()).id("top") Middle() } }
    }
}

#[test]
fn a_consumer_shares_the_nearest_provider_two_way_and_falls_back_to_its_default() {
    let mut t = TestApp::new::<Top>(DeviceProfile::phone());
    // The nearest provider wins; `size` has no provider: its own default.
    assert_eq!(t.text("leaf").as_deref(), Some("green 7"));
    t.click("leaf").unwrap();
    assert_eq!(t.text("middle").as_deref(), Some("teal"), "two-way");
    assert_eq!(
        t.text("top").as_deref(),
        Some("blue"),
        "the outer one is untouched"
    );
    let _ = take_diagnostics();
}

// ---- state restored across a restart -----------------------------------------------------

#[test]
fn local_fields_are_kept_by_a_snapshot() {
    let mut t = TestApp::new::<Parent>(DeviceProfile::phone());
    t.click("inc").unwrap();
    t.click("own").unwrap();
    let snap = t.app().snapshot();
    let mut fresh = TestApp::new::<Parent>(DeviceProfile::phone());
    assert!(fresh.app().restore(&snap).is_empty());
    fresh.render();
    assert_eq!(fresh.text("clicks").as_deref(), Some("clicks 1"));
    assert_eq!(fresh.text("child").as_deref(), Some("value 2 start 101"));
}

// ---- #[derive(ObservedV2)] and #[trace] --------------------------------------------------

#[derive(ObservedV2, Clone, Debug, PartialEq)]
struct Author {
    #[trace]
    name: String,
}

#[derive(ObservedV2, Clone, Debug)]
struct Novel {
    #[trace]
    title: String,
    #[trace]
    author: Author,
    #[trace]
    chapters: arkui::ObservedVec<String>,
    /// Not traced: changing it re-runs nothing.
    note: String,
}

fn novel() -> NovelTraced {
    arkui::make_observed(Novel {
        title: "Dune".into(),
        author: Author {
            name: "Herbert".into(),
        },
        chapters: arkui::ObservedVec::new(vec!["One".into()]),
        note: String::new(),
    })
}

thread_local! {
    static RUNS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

fn ran(what: &'static str) {
    RUNS.with(|r| r.borrow_mut().push(what));
}

fn runs() -> Vec<&'static str> {
    RUNS.with(|r| r.borrow_mut().drain(..).collect())
}

#[component_v2]
struct Reader {
    #[local(novel())]
    book: NovelTraced,
}

#[component_v2]
impl Reader {
    #[monitor("book.author.name", "book.title")]
    fn renamed(&self, m: &Monitor) {
        let v = m.first::<String>().unwrap();
        SEEN.with(|s| {
            s.borrow_mut()
                .push(format!("{}: {} -> {}", v.path, v.before, v.now))
        });
    }

    fn build(&self) -> impl View {
        let book = self.book;
        ui! {
            Column() {
                Text({ ran("title"); book.get().title.get() }).id("title")
                Text({ ran("author"); book.get().author.name.get() }).id("author")
                Text({ ran("chapters"); book.get().chapters.len().to_string() }).id("chapters")
                Text({ ran("note"); book.get().note.get() }).id("note")
                Button("note").id("set-note").on_click(move |_| book.get().note.set("lent".into()))
                Button("author").id("set-author")
                    .on_click(move |_| book.get().author.name.set("F. Herbert".into()))
                Button("chapter").id("add-chapter")
                    .on_click(move |_| book.get().chapters.push("Two".into()))
                Button("title").id("set-title")
                    .on_click(move |_| book.get().title.set("Dune Messiah".into()))
            }
        }
    }
}

#[test]
fn only_traced_fields_notify_and_only_their_readers_re_run() {
    seen();
    let mut t = TestApp::new::<Reader>(DeviceProfile::phone());
    let mut first = runs();
    first.sort_unstable();
    assert_eq!(first, vec!["author", "chapters", "note", "title"]);
    t.click("set-note").unwrap();
    assert!(
        runs().is_empty(),
        "an untraced field changed: nothing re-runs"
    );
    assert_eq!(t.text("note").as_deref(), Some(""), "and nothing shows it");
    t.click("set-author").unwrap();
    assert_eq!(
        runs(),
        vec!["author"],
        "a nested traced field: its reader only"
    );
    assert_eq!(t.text("author").as_deref(), Some("F. Herbert"));
    t.click("add-chapter").unwrap();
    assert_eq!(runs(), vec!["chapters"]);
    assert_eq!(t.text("chapters").as_deref(), Some("2"));
    t.click("set-title").unwrap();
    assert_eq!(runs(), vec!["title"]);
    // The monitor followed the nested path and the title, not the note.
    assert_eq!(
        seen(),
        vec![
            "book.author.name: Herbert -> F. Herbert".to_string(),
            "book.title: Dune -> Dune Messiah".to_string()
        ]
    );
}

// ---- a monitor does not fire for the parent's first values ------------------------------

#[component_v2]
struct Stepped {
    #[param(1)]
    step: i32,
}

#[component_v2]
impl Stepped {
    #[monitor("step")]
    fn step_changed(&self, m: &Monitor) {
        let v = m.value::<i32>("step").unwrap();
        SEEN.with(|s| {
            s.borrow_mut()
                .push(format!("step {} -> {}", v.before, v.now))
        });
    }

    fn build(&self) -> impl View {
        ui! { Text(format!("step {}", self.step.get())).id("step") }
    }
}

#[component_v2]
struct Stepper {
    #[local(5)]
    step: i32,
}

impl Stepper {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Stepped(step = self.step.get())
                Button("more").id("more").on_click(move |_| self.step.set(6))
            }
        }
    }
}

#[test]
fn a_monitor_starts_after_the_parent_s_first_values() {
    seen();
    let mut t = TestApp::new::<Stepper>(DeviceProfile::phone());
    assert_eq!(t.text("step").as_deref(), Some("step 5"));
    assert!(seen().is_empty(), "mounting with step = 5 is no change");
    t.click("more").unwrap();
    assert_eq!(seen(), vec!["step 5 -> 6".to_string()]);
}

// ---- a traced Set ------------------------------------------------------------------------

#[derive(ObservedV2, Clone, Debug)]
struct Tagged {
    #[trace]
    tags: arkui::ObservedSet<String>,
    #[trace]
    title: String,
}

#[test]
fn a_traced_set_notifies_its_readers_when_an_item_is_added_or_deleted_and_only_then() {
    use std::cell::Cell;
    use std::rc::Rc;
    let scope = arkui::Scope::new_root();
    scope.run(|| {
        let t = arkui::make_observed(Tagged {
            tags: arkui::ObservedSet::from_items(["a".to_string()]),
            title: "x".into(),
        });
        let runs = Rc::new(Cell::new(0));
        let r = runs.clone();
        arkui::Effect::new(move || {
            t.tags.contains(&"b".to_string());
            r.set(r.get() + 1);
        });
        assert_eq!(runs.get(), 1);
        t.title.set("y".into());
        assert_eq!(
            runs.get(),
            1,
            "another traced field: the set's readers stay"
        );
        assert!(t.tags.insert("b".into()));
        assert_eq!(runs.get(), 2, "add");
        assert!(!t.tags.insert("b".into()));
        assert_eq!(runs.get(), 2, "adding what is there changes nothing");
        assert!(t.tags.remove(&"a".to_string()));
        assert_eq!(runs.get(), 3, "delete");
        t.tags.clear();
        t.tags.clear();
        assert_eq!(runs.get(), 4, "clear, once");
        assert!(t.tags.is_empty());
    });
    scope.dispose();
}
