//! `ui!` constructs beyond the basics (issue 4): `else if` chains, `Repeat`, and two-way
//! `bind!` on a `TextInput`, each exercised through a real app.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{InputEvent, ObservedVec, reset_stats, stats};

// ---- if / else if / else -----------------------------------------------------------------

#[component]
struct Gauge {
    #[state(0)]
    level: i32,
}

impl Gauge {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                if self.level.get() > 10 {
                    Text("high").id("high")
                } else if self.level.get() > 5 {
                    Text("mid").id("mid")
                } else if self.level.get() > 0 {
                    Text("low").id("low")
                } else {
                    Text("none").id("none")
                }
                Button("up").id("up").on_click(move |_| self.level.update(|l| *l += 3))
            }
        }
    }
}

fn shown(t: &mut TestApp) -> Vec<&'static str> {
    ["high", "mid", "low", "none"]
        .into_iter()
        .filter(|id| t.inspect(id).is_some())
        .collect()
}

#[test]
fn else_if_chains_switch_branches() {
    let mut t = TestApp::new::<Gauge>(DeviceProfile::iot());
    assert_eq!(shown(&mut t), vec!["none"]);
    t.click("up").unwrap(); // 3
    assert_eq!(shown(&mut t), vec!["low"]);
    t.click("up").unwrap(); // 6
    assert_eq!(shown(&mut t), vec!["mid"]);
    reset_stats();
    t.click("up").unwrap(); // 9: still the middle branch
    assert_eq!(shown(&mut t), vec!["mid"]);
    assert_eq!(stats().nodes_created, 0, "the same branch is not rebuilt");
    t.click("up").unwrap(); // 12
    assert_eq!(shown(&mut t), vec!["high"]);
}

#[component]
struct Sign {
    #[state(0)]
    n: i32,
}

impl Sign {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                if self.n.get() > 0 {
                    Text("positive").id("pos")
                } else if self.n.get() < 0 {
                    Text("negative").id("neg")
                }
                Button("down").id("down").on_click(move |_| self.n.update(|n| *n -= 1))
            }
        }
    }
}

#[test]
fn an_else_if_chain_without_else_shows_nothing_when_no_branch_holds() {
    let mut t = TestApp::new::<Sign>(DeviceProfile::iot());
    assert!(t.inspect("pos").is_none() && t.inspect("neg").is_none());
    t.click("down").unwrap();
    assert_eq!(t.text("neg").unwrap(), "negative");
}

// ---- Repeat --------------------------------------------------------------------------------

#[derive(Observed, Clone, Debug, PartialEq)]
struct Row {
    id: u32,
    label: String,
}

#[component]
struct Rows {
    #[state(ObservedVec::new(vec![
        Row { id: 1, label: "one".into() },
        Row { id: 2, label: "two".into() },
    ]))]
    rows: ObservedVec<Row>,
}

impl Rows {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Repeat(self.rows.get().handles())
                    .each(|ri| {
                        Text(ri.item.get().label.get())
                            .id(format!("row-{}", ri.item.get().id.get_untracked()))
                    })
                    .key(|r: &RowObserved, _| r.id.get_untracked())
                Button("add").id("add").on_click(move |_| {
                    let rows = self.rows.get();
                    rows.insert(0, Row { id: 3, label: "three".into() });
                })
                Button("rename").id("rename").on_click(move |_| {
                    if let Some(r) = self.rows.get().get(1) {
                        r.label.set("TWO".into());
                    }
                })
            }
            .id("rows")
        }
    }
}

fn row_ids(t: &mut TestApp) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        if let Some(id) = v["$attrs"]["id"].as_str()
            && id.starts_with("row-")
        {
            out.push(id.to_string());
        }
        if let Some(children) = v["$children"].as_array() {
            children.iter().for_each(|c| walk(c, out));
        }
    }
    let mut out = Vec::new();
    walk(&t.inspect("rows").unwrap(), &mut out);
    out
}

#[test]
fn repeat_renders_an_observed_vec_keyed() {
    let mut t = TestApp::new::<Rows>(DeviceProfile::iot());
    assert_eq!(row_ids(&mut t), vec!["row-1", "row-2"]);
    reset_stats();
    t.click("add").unwrap();
    assert_eq!(row_ids(&mut t), vec!["row-3", "row-1", "row-2"]);
    assert_eq!(stats().rows_created, 1, "surviving keys keep their rows");
    reset_stats();
    t.click("rename").unwrap();
    assert_eq!(
        t.text("row-1").unwrap(),
        "TWO",
        "the second row is now id 1"
    );
    assert_eq!(t.text("row-2").unwrap(), "two");
    assert_eq!(stats().nodes_created, 0, "a field change rebuilds nothing");
}

// ---- TextInput(text = bind!(..)) -----------------------------------------------------------

#[component]
struct NameForm {
    #[state(String::new())]
    name: String,
}

impl NameForm {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                TextInput(text = bind!(self.name)).width(200.vp()).id("name")
                Text(format!("hello {}", self.name.get())).id("echo")
                Button("reset").id("reset").on_click(move |_| self.name.set("Bob".into()))
            }
        }
    }
}

#[test]
fn text_input_bind_is_two_way() {
    let mut t = TestApp::new::<NameForm>(DeviceProfile::iot());
    t.app().focus_id("name").unwrap();
    t.app().handle_input(&InputEvent::Text("Ada".into()));
    assert_eq!(
        t.text("echo").unwrap(),
        "hello Ada",
        "typing writes the state"
    );
    t.click("reset").unwrap();
    assert_eq!(
        t.inspect("name").unwrap()["$attrs"]["text"],
        "Bob",
        "setting the state updates the field"
    );
    assert_eq!(t.text("echo").unwrap(), "hello Bob");
}
