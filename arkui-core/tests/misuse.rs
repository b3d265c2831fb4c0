//! Misused handles never panic where a value exists: an unbound `@Link`, a state read or
//! written from inside its own `update`, a computed value read from inside its own
//! computation. Each is served by its documented fallback and leaves one
//! [`Diagnostic::ReactiveMisuse`]; `try_*` report the [`ReactiveError`]. Handles cannot reach
//! another thread at all (they are `!Send`, checked at compile time below).

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use arkui_core::*;

/// The errors of the `ReactiveMisuse` diagnostics reported since the last call.
fn misuses() -> Vec<(ReactiveError, String)> {
    take_diagnostics()
        .into_iter()
        .filter_map(|d| match d {
            Diagnostic::ReactiveMisuse { error, state, .. } => Some((error, state)),
            _ => None,
        })
        .collect()
}

const UNBOUND: ReactiveError = ReactiveError::Unbound { what: "link" };
const BORROWED: ReactiveError = ReactiveError::Borrowed { what: "state" };
const CYCLE: ReactiveError = ReactiveError::Cycle {
    what: "computed value",
};

// ---- unbound @Link --------------------------------------------------------------------

#[test]
fn an_unbound_link_reads_and_writes_a_local_default_and_reports_once() {
    misuses();
    let link = Link::<String>::unbound();
    assert_eq!(link.get(), "");
    assert_eq!(link.with(String::len), 0);
    link.set("typed".into());
    link.update(|s| s.push('!'));
    assert_eq!(link.get(), "typed!", "writes are kept, not lost");
    assert_eq!(link.try_get(), Err(UNBOUND));
    assert_eq!(link.try_with(String::len), Err(UNBOUND));
    assert_eq!(link.target(), None);
    let reported = misuses();
    assert_eq!(
        reported.iter().map(|(e, _)| e).collect::<Vec<_>>(),
        [&UNBOUND],
        "one diagnostic per link, however often it is used"
    );

    let parent = State::new("parent".to_string());
    link.bind(parent);
    assert_eq!(link.get(), "parent", "bound: the parent's value");
    link.set("both".into());
    assert_eq!(parent.get(), "both");
    assert_eq!(link.try_get().unwrap(), "both");
    assert!(misuses().is_empty());
}

#[test]
fn reading_an_unbound_link_in_a_binding_updates_once_it_is_bound() {
    let link = Link::<i32>::unbound();
    let seen = Rc::new(Cell::new(-1));
    let s = seen.clone();
    Effect::new(move || s.set(link.get()));
    assert_eq!(seen.get(), 0);
    let parent = State::new(5);
    link.bind(parent);
    assert_eq!(seen.get(), 5);
    parent.set(6);
    assert_eq!(seen.get(), 6);
    misuses();
}

#[test]
fn a_type_without_default_gives_its_own_placeholder() {
    #[derive(Clone, Debug, PartialEq)]
    enum Mode {
        Light,
        Dark,
    }
    misuses();
    let link = Link::unbound_or(Mode::Light);
    assert_eq!(link.get(), Mode::Light);
    link.set(Mode::Dark);
    assert_eq!(link.get(), Mode::Dark);
    assert_eq!(misuses().len(), 1);
}

#[test]
fn a_child_bound_to_an_unbound_link_shares_its_local_value() {
    let parent = Link::<i32>::unbound();
    let child = Link::from(State::new(100));
    child.bind(parent);
    child.set(7);
    assert_eq!(parent.get(), 7, "still two-way");
    parent.set(8);
    assert_eq!(child.get(), 8);
    misuses();
}

// ---- a state used inside its own update ------------------------------------------------

#[test]
fn a_read_inside_its_own_update_sees_the_value_before_the_update() {
    let n = State::named(1, "Counter.n");
    assert_eq!(n.get(), 1);
    misuses();
    n.update(|v| *v = n.get() + 1);
    assert_eq!(n.get(), 2);
    let inside = Rc::new(RefCell::new(Vec::new()));
    let log = inside.clone();
    n.update(|v| {
        *v = 100;
        log.borrow_mut().push(n.get());
        log.borrow_mut().push(n.with(|x| *x));
        log.borrow_mut().push(n.get_untracked());
    });
    assert_eq!(*inside.borrow(), [2, 2, 2], "the value before, not 100");
    assert_eq!(n.get(), 100);
    let reported = misuses();
    assert_eq!(reported.len(), 4, "one per read inside an update");
    assert!(
        reported
            .iter()
            .all(|(e, name)| *e == BORROWED && name == "Counter.n")
    );
}

#[test]
fn try_reads_inside_its_own_update_report_borrowed() {
    let n = State::new(1);
    let got = Rc::new(RefCell::new(None));
    let g = got.clone();
    n.update(|v| {
        *v = 2;
        *g.borrow_mut() = Some((n.try_get(), n.try_with(|x| *x), n.try_set(9)));
    });
    assert_eq!(
        got.borrow_mut().take().unwrap(),
        (Err(BORROWED), Err(BORROWED), Err(BORROWED))
    );
    assert_eq!(n.get(), 2, "try_set reported and did nothing");
}

#[test]
fn a_set_inside_its_own_update_is_applied_right_after_it() {
    let n = State::named(1, "Form.n");
    let seen = Rc::new(RefCell::new(Vec::new()));
    let s = seen.clone();
    Effect::new(move || s.borrow_mut().push(n.get()));
    misuses();
    n.update(|v| {
        *v = 2;
        n.set(3);
        n.set(4);
        *v = 5; // the outer closure finishes first; the kept writes follow, in order
    });
    assert_eq!(n.get(), 4, "no write was lost");
    assert_eq!(
        seen.borrow().last(),
        Some(&4),
        "bindings see the final value"
    );
    assert_eq!(
        misuses(),
        [(BORROWED, "Form.n".into()), (BORROWED, "Form.n".into())]
    );
}

#[test]
fn a_set_inside_its_own_with_is_applied_when_the_read_ends() {
    let n = State::new(1);
    misuses();
    let read = n.with(|v| {
        n.set(v + 1);
        *v
    });
    assert_eq!(read, 1);
    assert_eq!(n.get(), 2);
    assert_eq!(misuses().len(), 1);
}

#[test]
fn a_nested_update_is_not_applied_and_says_so() {
    let n = State::new(1);
    misuses();
    n.update(|v| {
        *v = 2;
        n.update(|v| *v += 10);
    });
    assert_eq!(n.get(), 2);
    let reported = take_diagnostics();
    assert!(
        matches!(
            &reported[..],
            [Diagnostic::ReactiveMisuse { error, fallback, .. }]
                if *error == BORROWED && fallback.contains("not applied")
        ),
        "{reported:?}"
    );
}

#[test]
#[should_panic(expected = "it was never read with `get` before, so no earlier value was kept")]
fn a_state_never_read_before_has_no_earlier_value_and_says_why() {
    // Nothing was kept, so there is no value to return: a clear message, not a RefCell one.
    let n = State::new(1);
    n.update(|v| *v = n.get() + 1);
}

// ---- a computed value read inside its own computation ----------------------------------

#[test]
fn a_computed_read_inside_its_computation_sees_its_value_before() {
    let n = State::new(1);
    let me: Rc<Cell<Option<Computed<i32>>>> = Rc::default();
    let tried = Rc::new(RefCell::new(Vec::new()));
    let (m, t) = (me.clone(), tried.clone());
    let total = Computed::new(move || {
        let own = m.get().map_or(0, |c| {
            t.borrow_mut().push(c.try_get());
            c.get()
        });
        n.get() * 10 + own
    });
    assert_eq!(total.get(), 10);
    me.set(Some(total));
    misuses();
    n.set(2);
    assert_eq!(total.get(), 30, "20 plus the value before, 10");
    assert_eq!(*tried.borrow(), [Err(CYCLE)]);
    assert_eq!(misuses(), [(CYCLE, "<computed value>".into())]);
    assert_eq!(total.get(), 30, "cached: no further cycle");
    assert!(misuses().is_empty());
}

#[test]
#[should_panic(expected = "there is no earlier value to return")]
fn a_computed_reading_itself_in_its_first_computation_says_why() {
    let me: Rc<Cell<Option<Computed<i32>>>> = Rc::default();
    let m = me.clone();
    let c = Computed::new(move || m.get().map_or(0, |c| c.get()) + 1);
    me.set(Some(c));
    c.get();
}

// ---- another thread ------------------------------------------------------------------------

/// Compiles only for types that are not `Send` (with a `Send` type both impls apply and the
/// call is ambiguous), so making a handle `Send` again fails this test's build.
trait AmbiguousIfSend<A> {
    fn check() {}
}
impl<T: ?Sized> AmbiguousIfSend<()> for T {}
impl<T: ?Sized + Send> AmbiguousIfSend<u8> for T {}

/// As above, for `Sync`.
trait AmbiguousIfSync<A> {
    fn check() {}
}
impl<T: ?Sized> AmbiguousIfSync<()> for T {}
impl<T: ?Sized + Sync> AmbiguousIfSync<u8> for T {}

#[test]
fn handles_cannot_cross_threads() {
    <State<i32> as AmbiguousIfSend<_>>::check();
    <State<i32> as AmbiguousIfSync<_>>::check();
    <Link<i32> as AmbiguousIfSend<_>>::check();
    <Prop<i32> as AmbiguousIfSend<_>>::check();
    <ReadSignal<i32> as AmbiguousIfSend<_>>::check();
    <Computed<i32> as AmbiguousIfSend<_>>::check();
}
