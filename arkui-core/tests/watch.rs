//! Watches that write back to the state they watch (issue 3): the write is applied, the
//! watchers go round again, and one that never settles is stopped by the cycle diagnostic
//! instead of overflowing the stack.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::cell::Cell;
use std::rc::Rc;

use arkui_core::*;

fn cycles() -> Vec<Vec<String>> {
    take_diagnostics()
        .into_iter()
        .filter_map(|d| match d {
            Diagnostic::ReactiveCycle { states } => Some(states),
            _ => None,
        })
        .collect()
}

#[test]
fn a_clamp_watch_writes_its_own_field() {
    take_diagnostics();
    let volume = State::named(0, "Player.volume");
    watch(volume, move |v| {
        if *v > 10 {
            volume.set(10);
        }
    });
    let (shown, runs) = (Rc::new(Cell::new(-1)), Rc::new(Cell::new(0)));
    let (s, r) = (shown.clone(), runs.clone());
    Effect::new(move || {
        s.set(volume.get());
        r.set(r.get() + 1);
    });
    volume.set(50);
    assert_eq!(volume.get(), 10);
    assert_eq!(shown.get(), 10, "bindings see the clamped value");
    assert_eq!(
        runs.get(),
        2,
        "and run once for the write and its correction"
    );
    volume.set(7);
    assert_eq!(volume.get(), 7, "in range: left alone");
    assert!(cycles().is_empty());
}

#[test]
fn a_field_watch_clamps_its_own_field() {
    take_diagnostics();
    // What `#[watch(clamp)]` generates.
    let level = State::named(0u8, "Meter.level");
    macro_support::watch_field(level, move || {
        if level.get_untracked() > 5 {
            level.set(5);
        }
    });
    level.update(|l| *l += 9);
    assert_eq!(level.get(), 5);
    assert!(cycles().is_empty());
}

#[test]
fn a_watch_that_keeps_incrementing_stops_with_the_diagnostic() {
    take_diagnostics();
    let n = State::named(0u64, "Runaway.n");
    let calls = Rc::new(Cell::new(0u32));
    let c = calls.clone();
    watch(n, move |v| {
        c.set(c.get() + 1);
        n.set(v + 1);
    });
    n.set(1);
    assert_eq!(cycles(), vec![vec!["Runaway.n".to_string()]]);
    assert_eq!(calls.get(), MAX_RERUNS_PER_FLUSH, "bounded");
    assert_eq!(n.get(), 1 + u64::from(MAX_RERUNS_PER_FLUSH));
    // The state and its watch still work afterwards (and are stopped again).
    n.set(0);
    assert_eq!(cycles().len(), 1);
}

#[test]
fn two_watches_writing_each_other_are_bounded() {
    take_diagnostics();
    let a = State::named(0i64, "Pair.a");
    let b = State::named(0i64, "Pair.b");
    watch(a, move |v| b.set(v + 1));
    watch(b, move |v| a.set(v + 1));
    a.set(1);
    let c = cycles();
    assert!(!c.is_empty());
    assert!(c.iter().flatten().any(|s| s.starts_with("Pair.")), "{c:?}");
    // Still usable afterwards.
    let (runs, r) = (Rc::new(Cell::new(0)), State::new(0));
    let rr = runs.clone();
    Effect::new(move || {
        r.get();
        rr.set(rr.get() + 1);
    });
    r.set(1);
    assert_eq!(runs.get(), 2);
}
