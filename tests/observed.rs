//! Deep observation (issue 3): `#[derive(Observed)]` structs, nested structs and observed
//! collections as fields. A change to one field re-runs only the bindings that read it.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use arkui::platform::TestApp;
use arkui::prelude::*;
use arkui::{Observe, ObservedMap, ObservedVec, live_counts, reset_stats, stats};

#[derive(Observed, Clone, Debug, PartialEq)]
struct Address {
    city: String,
    zip: String,
}

#[derive(Observed, Clone, Debug, PartialEq)]
struct Person {
    name: String,
    age: u32,
    address: Address,
    tags: ObservedVec<String>,
    scores: ObservedMap<String, u32>,
}

fn ada() -> Person {
    let scores = ObservedMap::new();
    scores.insert("chess".to_string(), 7);
    Person {
        name: "Ada".into(),
        age: 36,
        address: Address {
            city: "London".into(),
            zip: "W1".into(),
        },
        tags: ObservedVec::new(vec!["maths".to_string()]),
        scores,
    }
}

#[component]
struct Card {
    #[state(ada().observe())]
    person: PersonObserved,
}

impl Card {
    fn build(&self) -> impl View {
        ui! {
            Column() {
                Row() {
                    Button("move").id("move").on_click(move |_| {
                        self.person.get().address.city.set("Paris".into());
                    })
                    Button("older").id("older").on_click(move |_| {
                        self.person.get().age.update(|a| *a += 1);
                    })
                    Button("tag").id("tag").on_click(move |_| self.person.get().tags.push("poetry".into()))
                    Button("score").id("score").on_click(move |_| {
                        self.person.get().scores.insert("go".into(), 3);
                    })
                }
                Text(self.person.get().name.get()).id("name")
                Text(format!("{}", self.person.get().age.get())).id("age")
                Text(self.person.get().address.city.get()).id("city")
                Text(self.person.get().address.zip.get()).id("zip")
                Text(format!("{} tags", self.person.get().tags.len())).id("tags")
                Text(format!("{:?}", self.person.get().scores.keys())).id("scores")
            }
        }
    }
}

/// Click `id`, and return how many bindings re-ran.
fn bindings_run_by(t: &mut TestApp, id: &str) -> u64 {
    t.render();
    reset_stats();
    t.click(id).unwrap();
    stats().bindings_run
}

#[test]
fn one_field_of_a_nested_struct_reruns_only_its_binding() {
    let mut t = TestApp::new::<Card>(DeviceProfile::iot());
    assert_eq!(bindings_run_by(&mut t, "move"), 1, "only the city text");
    assert_eq!(t.text("city").unwrap(), "Paris");
    assert_eq!(
        t.text("zip").unwrap(),
        "W1",
        "the sibling field kept its value"
    );
    assert_eq!(bindings_run_by(&mut t, "older"), 1, "only the age text");
    assert_eq!(t.text("age").unwrap(), "37");
}

#[test]
fn collections_inside_an_observed_struct_rerun_only_their_readers() {
    let mut t = TestApp::new::<Card>(DeviceProfile::iot());
    assert_eq!(bindings_run_by(&mut t, "tag"), 1, "only the tag count");
    assert_eq!(t.text("tags").unwrap(), "2 tags");
    assert_eq!(bindings_run_by(&mut t, "score"), 1, "only the score keys");
    assert_eq!(t.text("scores").unwrap(), r#"["chess", "go"]"#);
    assert_eq!(t.text("name").unwrap(), "Ada");
}

#[test]
fn snapshots_and_release_cover_nested_fields() {
    let people = ObservedVec::new(vec![ada()]);
    let first = people.get(0).unwrap();
    first.address.zip.set("NW1".into());
    let snap = first.snapshot();
    assert_eq!(snap.address.zip, "NW1");
    assert_eq!(snap.tags.snapshot(), vec!["maths".to_string()]);
    let before = live_counts().signals;
    let removed = people.remove(0).unwrap();
    assert_eq!(removed.name, "Ada");
    // name, age, city, zip, the tag list and its one tag, the score map and its one score.
    assert_eq!(
        before - live_counts().signals,
        8,
        "every nested signal is freed"
    );
}
