//! Use after dispose (issue 3): a handle that outlived its component never panics. `try_*`
//! report [`ReactiveError::Disposed`]; `get`/`with` see the last value (a tombstone); writes
//! are logged no-ops.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use arkui_core::*;

#[test]
fn state_reads_see_the_last_value_and_writes_are_no_ops() {
    let scope = Scope::new_root();
    let name = scope.run(|| State::named("Ada".to_string(), "Card.name"));
    name.set("Grace".into());
    scope.dispose();
    assert!(!name.is_alive());
    assert_eq!(name.get(), "Grace");
    assert_eq!(name.with(String::len), 5);
    assert_eq!(name.get_untracked(), "Grace");
    name.update(|n| n.push('!'));
    name.set("ignored".into());
    assert_eq!(name.get(), "Grace", "writes after dispose change nothing");
    assert_eq!(
        name.try_get(),
        Err(ReactiveError::Disposed { what: "state" })
    );
    assert!(name.try_with(String::len).is_err());
    assert!(name.try_update(|n| n.clear()).is_err());
}

#[test]
fn an_explicitly_disposed_state_reads_its_last_value() {
    let n = State::new(3u8);
    n.dispose();
    assert_eq!(n.get(), 3);
    n.dispose(); // twice: no-op
    assert_eq!(n.get(), 3);
}

#[test]
fn computed_reads_after_dispose_do_not_panic() {
    let scope = Scope::new_root();
    let (price, total, never_read) = scope.run(|| {
        let price = State::new(10);
        let total = Computed::new(move || price.get() * 3);
        let never_read = Computed::new(move || price.get() + 1);
        (price, total, never_read)
    });
    assert_eq!(total.get(), 30);
    price.set(20);
    assert_eq!(total.get(), 60);
    scope.dispose();
    assert_eq!(total.get(), 60, "the last value computed");
    assert_eq!(
        never_read.get(),
        21,
        "computed once from its input's last value"
    );
    assert!(total.try_get().is_err());
    assert!(never_read.try_with(|v| *v).is_err());
}

#[test]
fn prop_and_link_reads_after_dispose_do_not_panic() {
    let parent = Scope::new_root();
    let (count, link) = parent.run(|| {
        let count = State::new(1);
        (count, Link::from(count))
    });
    let child = Scope::new_root();
    let (title, own) = child.run(|| (Prop::new("t".to_string()), Link::from(count)));
    link.set(2);
    child.dispose();
    // The child's handles are gone; the parent's state is alive and still linked.
    assert_eq!(title.get(), "t");
    assert_eq!(title.with(String::len), 1);
    title.update(|t| t.push('x'));
    title.set("y".into());
    assert_eq!(title.get(), "t");
    assert!(title.try_get().is_err());
    assert_eq!(own.get(), 2, "a disposed link still reads its live target");
    own.set(3);
    assert_eq!(
        count.get(),
        2,
        "but an unmounted component no longer writes"
    );
    parent.dispose();
    assert_eq!(link.get(), 2);
    assert_eq!(link.with(|v| v * 10), 20);
    link.update(|v| *v += 1);
    link.set(9);
    assert_eq!(link.get(), 2);
    assert_eq!(
        link.try_get(),
        Err(ReactiveError::Disposed { what: "link" })
    );
}

#[test]
fn a_handler_that_unmounts_its_component_still_reads_its_state() {
    // Far more states than are kept after a batch: inside the batch every one survives.
    let scope = Scope::new_root();
    let states: Vec<State<usize>> = scope.run(|| (0..500).map(State::new).collect());
    let seen = batch(|| {
        scope.dispose();
        states.iter().map(State::get).sum::<usize>()
    });
    assert_eq!(seen, (0..500).sum::<usize>());
}

#[test]
fn a_handle_used_long_after_gets_a_value_of_its_type_not_a_panic() {
    let old = State::new(7u64);
    old.dispose();
    // Many later disposals reclaim the old value.
    for i in 0..1000u64 {
        State::new(1000 + i).dispose();
    }
    let v = old.get();
    assert!(v == 7 || v >= 1000, "a u64 left by a disposed state: {v}");
    assert!(old.try_get().is_err());
}

#[test]
fn observed_collections_read_after_dispose_do_not_panic() {
    let scope = Scope::new_root();
    let (list, map) = scope.run(|| {
        let map = ObservedMap::new();
        map.insert("a", 1i32);
        (ObservedVec::new(vec![1i32, 2, 3]), map)
    });
    let second = list.get(1).unwrap();
    scope.dispose();
    assert_eq!(list.len(), 3);
    assert_eq!(second.get(), 2);
    assert_eq!(list.snapshot(), vec![1, 2, 3]);
    list.push(4); // a logged no-op
    assert_eq!(list.len(), 3);
    assert_eq!(map.keys(), vec!["a"]);
}

/// Callbacks someone else holds and calls later.
type Timers = Rc<RefCell<Vec<Box<dyn Fn()>>>>;

#[test]
fn a_timer_that_outlives_its_component_runs_without_panicking() {
    // Stands in for a platform timer: a callback the component handed to someone else.
    let timers: Timers = Rc::default();
    let last_seen = Rc::new(Cell::new(0));
    let show = State::new(true);
    let root = Scope::new_root();
    let col = root.run(|| NodeId::create("Column", NodeKind::Flex));
    let (t, seen) = (timers.clone(), last_seen.clone());
    root.run(|| {
        macro_support::branch(
            col,
            move || usize::from(!show.get()),
            move |i, container| {
                if i == 0 {
                    let ticks = State::named(41, "Clock.ticks");
                    let seen = seen.clone();
                    t.borrow_mut().push(Box::new(move || {
                        ticks.update(|v| *v += 1);
                        seen.set(ticks.get());
                    }));
                    container.append(NodeId::create("Text", NodeKind::Text));
                }
            },
        );
    });
    timers.borrow()[0]();
    assert_eq!(last_seen.get(), 42);
    show.set(false); // unmounts the clock
    timers.borrow()[0]();
    assert_eq!(
        last_seen.get(),
        42,
        "ran on the last value; the write was a no-op"
    );
    root.dispose();
}
