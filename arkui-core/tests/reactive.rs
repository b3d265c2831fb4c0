//! One test per semantic of the reactive runtime (issue 3).

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use arkui_core::*;

fn counter() -> (Rc<Cell<u32>>, impl Fn() + Clone) {
    let c = Rc::new(Cell::new(0));
    let c2 = c.clone();
    (c, move || c2.set(c2.get() + 1))
}

#[test]
fn effect_reruns_only_for_what_it_read() {
    let (a, b) = (State::new(1), State::new(1));
    let (runs, bump) = counter();
    Effect::new(move || {
        a.get();
        bump();
    });
    b.set(2);
    assert_eq!(runs.get(), 1, "b was not read");
    a.set(2);
    assert_eq!(runs.get(), 2);
}

#[test]
fn prop_local_write_holds_until_parent_changes() {
    let scope = Scope::new_root();
    let (parent, child) = scope.run(|| {
        let parent = State::new("p1".to_string());
        let child = Prop::new(String::new());
        // What `ui!` generates for `Child(title = parent.get())`.
        macro_support::attr(move || parent.get(), move |v| child.set_from_parent(v));
        (parent, child)
    });
    assert_eq!(child.get(), "p1");
    child.set("local".into());
    assert_eq!(child.get(), "local", "a local edit holds");
    assert_eq!(parent.get(), "p1", "and does not flow up");
    parent.set("p2".into());
    assert_eq!(child.get(), "p2", "the parent's change resets it");
    scope.dispose();
}

#[test]
fn link_is_two_way() {
    let parent = State::new(1);
    let link = Link::from(parent);
    let (parent_runs, bump) = counter();
    Effect::new(move || {
        parent.get();
        bump();
    });
    link.set(5);
    assert_eq!(parent.get(), 5);
    assert_eq!(
        parent_runs.get(),
        2,
        "the parent's readers see child writes"
    );
    parent.update(|v| *v += 1);
    assert_eq!(link.get(), 6);
}

#[test]
fn provide_is_shadowed_by_the_nearest_provider_and_is_reactive() {
    let root = Scope::new_root();
    root.run(|| {
        let theme = provide(Some("theme"), "light".to_string());
        let mid = Scope::new_child();
        mid.run(|| {
            let seen = Rc::new(RefCell::new(Vec::new()));
            let s = seen.clone();
            let consumed = consume::<String>(Some("theme")).expect("provided above");
            Effect::new(move || s.borrow_mut().push(consumed.get()));
            theme.set("dark".into());
            assert_eq!(*seen.borrow(), vec!["light", "dark"]);
            // A nearer provider of the same type and name wins below it.
            let inner = Scope::new_child();
            inner.run(|| {
                provide(Some("theme"), "inner".to_string());
                assert_eq!(consume::<String>(Some("theme")).unwrap().get(), "inner");
                assert!(
                    consume::<String>(Some("other")).is_none(),
                    "names must match"
                );
            });
            // Consumers write back (ArkUI's @Consume is two-way).
            consumed.set("from-child".into());
            assert_eq!(theme.get(), "from-child");
        });
    });
    root.dispose();
}

#[test]
fn computed_recomputes_only_when_an_input_changed() {
    let (a, b, unrelated) = (State::new(2), State::new(3), State::new(0));
    let (computes, bump) = counter();
    let product = Computed::new(move || {
        bump();
        a.get() * b.get()
    });
    let doubled = Computed::new(move || product.get() * 2);
    assert_eq!(computes.get(), 0, "lazy");
    assert_eq!(doubled.get(), 12);
    assert_eq!(product.get(), 6);
    assert_eq!(computes.get(), 1, "cached across readers");
    unrelated.set(9);
    assert_eq!(doubled.get(), 12);
    assert_eq!(computes.get(), 1, "an unrelated change recomputes nothing");
    batch(|| {
        a.set(4);
        b.set(5);
    });
    assert_eq!(computes.get(), 1, "stale, but not recomputed until read");
    assert_eq!(doubled.get(), 40);
    assert_eq!(computes.get(), 2);
    // Effects reading a computed re-run when its inputs change.
    let (runs, bump2) = counter();
    Effect::new(move || {
        doubled.get();
        bump2();
    });
    a.set(1);
    assert_eq!(runs.get(), 2);
}

#[test]
fn watch_is_synchronous_and_sees_every_write() {
    let s = State::new(0);
    let seen = Rc::new(RefCell::new(Vec::new()));
    let (runs, bump) = counter();
    let v = seen.clone();
    watch(s, move |x| v.borrow_mut().push(*x));
    Effect::new(move || {
        s.get();
        bump();
    });
    batch(|| {
        s.set(1);
        assert_eq!(
            *seen.borrow(),
            vec![1],
            "watch ran inside the batch, at the write"
        );
        assert_eq!(runs.get(), 1, "bindings wait for the batch");
        s.set(2);
    });
    assert_eq!(*seen.borrow(), vec![1, 2]);
    assert_eq!(runs.get(), 2);
}

#[test]
fn monitor_runs_once_per_batch_with_before_and_after_before_bindings() {
    let s = State::new(10);
    let order = Rc::new(RefCell::new(Vec::new()));
    let o = order.clone();
    monitor(s, move |before, after| {
        o.borrow_mut().push(format!("monitor {before}->{after}"))
    });
    let o = order.clone();
    Effect::new(move || o.borrow_mut().push(format!("binding {}", s.get())));
    order.borrow_mut().clear();
    batch(|| {
        s.set(11);
        s.set(12);
        s.set(13);
    });
    assert_eq!(*order.borrow(), vec!["monitor 10->13", "binding 13"]);
    // Outside a batch each write is its own batch.
    order.borrow_mut().clear();
    s.set(14);
    assert_eq!(*order.borrow(), vec!["monitor 13->14", "binding 14"]);
}

#[test]
fn a_cycle_is_stopped_with_a_diagnostic_naming_the_state() {
    take_diagnostics();
    let ping = State::named(0u64, "Demo.ping");
    let pong = State::named(0u64, "Demo.pong");
    Effect::new(move || pong.set(ping.get() + 1));
    Effect::new(move || ping.set(pong.get() + 1));
    let d = take_diagnostics();
    assert!(!d.is_empty(), "the cycle was reported");
    let text = d[0].to_string();
    assert!(text.contains("Demo.p"), "{text}");
    assert!(matches!(&d[0], Diagnostic::ReactiveCycle { .. }));
    // The runtime still works afterwards.
    let (runs, bump) = counter();
    let other = State::new(0);
    Effect::new(move || {
        other.get();
        bump();
    });
    other.set(1);
    assert_eq!(runs.get(), 2);
}

#[test]
fn bounded_reentry_settles() {
    let (a, b) = (State::new(0), State::new(0));
    // Writes b from a: a re-entrant change that converges.
    Effect::new(move || b.set(a.get() * 2));
    a.set(21);
    assert_eq!(b.get(), 42);
    assert!(
        take_diagnostics()
            .iter()
            .all(|d| !matches!(d, Diagnostic::ReactiveCycle { .. }))
    );
}

#[test]
fn parent_bindings_run_first_and_a_disposed_branch_never_updates() {
    let flag = State::new(true);
    let inner_runs = Rc::new(Cell::new(0));
    let root = Scope::new_root();
    let parent = root.run(|| NodeId::create("Column", NodeKind::Flex));
    let ir = inner_runs.clone();
    root.run(|| {
        macro_support::branch(
            parent,
            move || usize::from(!flag.get()),
            move |i, container| {
                if i == 0 {
                    let ir = ir.clone();
                    let t = NodeId::create("Text", NodeKind::Text);
                    // Reads the same state as the condition.
                    macro_support::attr(
                        move || {
                            ir.set(ir.get() + 1);
                            flag.get()
                        },
                        move |v| t.set_text(|x| x.content = v.to_string()),
                    );
                    container.append(t);
                }
            },
        );
    });
    assert_eq!(inner_runs.get(), 1);
    flag.set(false);
    // The branch (shallower) ran first and unmounted the text: its binding did not run.
    assert_eq!(inner_runs.get(), 1);
    root.dispose();
}

#[test]
fn use_after_dispose_is_a_typed_error_not_a_panic() {
    let scope = Scope::new_root();
    let (s, c) = scope.run(|| {
        let s = State::new(1);
        (s, Computed::new(move || s.get()))
    });
    scope.dispose();
    assert_eq!(s.try_get(), Err(ReactiveError::Disposed { what: "state" }));
    assert!(s.try_set(2).is_err());
    s.set(3); // a logged no-op
    s.update(|v| *v += 1);
    assert_eq!(s.get(), 1, "get sees the last value instead of panicking");
    assert_eq!(s.with(|v| v * 2), 2);
    assert!(c.try_get().is_err());
    assert_eq!(c.get(), 1);
    assert!(!s.is_alive());
    scope.dispose(); // twice: no-op
}

#[test]
fn unmount_frees_every_signal_effect_scope_and_node() {
    let before = live_counts();
    let scope = Scope::new_root();
    scope.run(|| {
        let s = State::new(0);
        let col = NodeId::create("Column", NodeKind::Flex);
        for i in 0..10 {
            let t = NodeId::create("Text", NodeKind::Text);
            macro_support::attr(
                move || format!("{i}:{}", s.get()),
                move |v| t.set_text(|x| x.content = v),
            );
            col.append(t);
        }
        let child = Scope::new_child();
        child.run(|| Computed::new(move || s.get() + 1));
    });
    assert!(live_counts().nodes >= before.nodes + 11);
    scope.dispose();
    assert_eq!(live_counts(), before);
}

#[test]
fn app_storage_link_and_prop() {
    AppStorage::set_or_create("count.test", 1i32).unwrap();
    let link = AppStorage::link::<i32>("count.test").unwrap();
    let prop = AppStorage::prop::<i32>("count.test").unwrap();
    link.set(2);
    assert_eq!(AppStorage::get::<i32>("count.test").unwrap(), 2);
    assert_eq!(prop.get(), 2);
    prop.set(100);
    assert_eq!(
        AppStorage::get::<i32>("count.test").unwrap(),
        2,
        "prop is one-way"
    );
    AppStorage::set("count.test", 3).unwrap();
    assert_eq!(prop.get(), 3, "the store's change overrides the local edit");
    assert!(matches!(
        AppStorage::get::<String>("count.test"),
        Err(StorageError::TypeMismatch { .. })
    ));
    assert!(matches!(
        AppStorage::link::<i32>("nope"),
        Err(StorageError::Missing { .. })
    ));
    assert!(AppStorage::delete("count.test"));
    assert!(
        link.try_get().is_err(),
        "a deleted key's links report errors"
    );
}

#[test]
fn local_storage_is_per_page() {
    let (a, b) = (LocalStorage::new(), LocalStorage::new());
    a.set_or_create("k", 1u8).unwrap();
    b.set_or_create("k", 2u8).unwrap();
    assert_eq!(a.get::<u8>("k").unwrap(), 1);
    assert_eq!(b.get::<u8>("k").unwrap(), 2);
    let before = live_counts().signals;
    a.dispose();
    assert_eq!(
        live_counts().signals,
        before - 1,
        "disposing a page frees its values"
    );
    assert!(!a.has("k"));
}

#[test]
fn environment_signals_follow_the_profile() {
    let mode = Environment::color_mode();
    let mut profile = DeviceProfile::iot();
    profile.dark_mode = true;
    let _app = App::with_view(profile, || NodeId::create("Column", NodeKind::Flex));
    assert_eq!(mode.get(), ColorMode::Dark);
    Environment::set_locale("ar-EG");
    assert_eq!(Environment::layout_direction().get(), LayoutDirection::Rtl);
    Environment::set_locale("en-US");
}

#[test]
fn observed_vec_updates_one_element_without_touching_the_others() {
    let list = ObservedVec::new((0..5).map(|i| i * 10).collect::<Vec<i32>>());
    let runs: Vec<Rc<Cell<u32>>> = (0..5).map(|_| Rc::new(Cell::new(0))).collect();
    for (i, r) in runs.iter().enumerate() {
        let h = list.get(i).unwrap();
        let r = r.clone();
        Effect::new(move || {
            h.get();
            r.set(r.get() + 1);
        });
    }
    list.update(3, |v| *v = 99);
    let counts: Vec<u32> = runs.iter().map(|r| r.get()).collect();
    assert_eq!(counts, vec![1, 1, 1, 2, 1]);
    list.swap(0, 4);
    assert_eq!(list.snapshot(), vec![40, 10, 20, 99, 0]);
    assert_eq!(list.remove(1), Some(10));
    list.retain(|h| h.get_untracked() != 20);
    assert_eq!(list.snapshot(), vec![40, 99, 0]);
}

#[test]
fn lazy_for_each_follows_data_source_notifications() {
    let source = VecDataSource::new(vec!["a".to_string(), "b".to_string()]);
    let root = Scope::new_root();
    let col = root.run(|| NodeId::create("Column", NodeKind::Flex));
    root.run(|| {
        macro_support::lazy_for_each(
            col,
            source.clone(),
            |s: &String, _| s.clone(),
            |s, holder| {
                let t = NodeId::create("Text", NodeKind::Text);
                t.set_text(|x| x.content = s);
                holder.append(t);
            },
        );
    });
    let texts = || -> Vec<String> {
        fn walk(n: NodeId, out: &mut Vec<String>) {
            if let Some(t) = n.text() {
                out.push(t.content);
            }
            for c in n.children() {
                walk(c, out);
            }
        }
        let mut out = Vec::new();
        walk(col, &mut out);
        out
    };
    assert_eq!(texts(), vec!["a", "b"]);
    source.push("c".into());
    source.insert(0, "z".into());
    assert_eq!(texts(), vec!["z", "a", "b", "c"]);
    source.move_item(0, 3);
    source.remove(0);
    assert_eq!(texts(), vec!["b", "c", "z"]);
    source.reload(vec!["x".into()]);
    assert_eq!(texts(), vec!["x"]);
    root.dispose();
}

#[test]
fn on_appear_fires_after_the_first_frame_and_on_disappear_on_unmount() {
    let show = State::new(true);
    let log = Rc::new(RefCell::new(Vec::new()));
    let l = log.clone();
    let mut app = App::with_view(DeviceProfile::iot(), move || {
        let col = NodeId::create("Column", NodeKind::Flex);
        let l = l.clone();
        macro_support::branch(
            col,
            move || usize::from(!show.get()),
            move |i, c| {
                if i == 0 {
                    let t = NodeId::create("Text", NodeKind::Text);
                    let (a, b) = (l.clone(), l.clone());
                    t.set_on_appear(move || a.borrow_mut().push("appear"));
                    t.set_on_disappear(move || b.borrow_mut().push("disappear"));
                    c.append(t);
                }
            },
        );
        col
    });
    assert!(log.borrow().is_empty(), "not before the first frame");
    app.frame();
    assert_eq!(*log.borrow(), vec!["appear"]);
    app.frame();
    assert_eq!(log.borrow().len(), 1, "once");
    show.set(false);
    assert_eq!(*log.borrow(), vec!["appear", "disappear"]);
}
