//! Keyed ForEach: identity, moves, duplicates, and a property test of random mutations.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::*;
use proptest::prelude::*;

/// Mount a ForEach over `model` under a column; returns (column, model state, scope).
fn mount(initial: Vec<u32>) -> (NodeId, State<Vec<u32>>, Scope) {
    let scope = Scope::new_root();
    let (col, model) = scope.run(|| {
        let col = NodeId::create("Column", NodeKind::Flex);
        let model = State::new(initial);
        macro_support::for_each(
            col,
            move || model.get(),
            |k: u32, holder: NodeId| {
                let t = NodeId::create("Text", NodeKind::Text);
                t.set_text(|x| x.content = k.to_string());
                holder.append(t);
            },
            |k: &u32| *k,
        );
        (col, model)
    });
    (col, model, scope)
}

/// The rows as (key, text node) in order.
fn rows(col: NodeId) -> Vec<(u32, NodeId)> {
    let list = col.children()[0];
    list.children()
        .into_iter()
        .map(|holder| {
            let t = holder.children()[0];
            (t.text().unwrap().content.parse().unwrap(), t)
        })
        .collect()
}

#[test]
fn moved_keys_keep_their_nodes_and_counts_are_minimal() {
    let (col, model, scope) = mount((0..1000).collect());
    let before = rows(col);
    reset_stats();
    model.update(|v| v.swap(1, 998));
    let after = rows(col);
    assert_eq!(after[1].0, 998);
    assert_eq!(after[1].1, before[998].1, "the same node moved");
    let s = stats();
    assert_eq!((s.rows_moved, s.rows_created, s.rows_removed), (2, 0, 0));
    scope.dispose();
}

#[test]
#[cfg(debug_assertions)]
#[should_panic(expected = "duplicate key 2 in ForEach in Column")]
fn duplicate_keys_panic_in_debug_naming_the_key_and_the_list() {
    let _ = mount(vec![1, 2, 2, 3]);
}

#[test]
#[cfg(not(debug_assertions))]
fn duplicate_keys_are_reported_and_skipped_in_release() {
    take_diagnostics();
    let (col, _model, scope) = mount(vec![1, 2, 2, 3]);
    let keys: Vec<u32> = rows(col).into_iter().map(|(k, _)| k).collect();
    assert_eq!(keys, vec![1, 2, 3]);
    let d = take_diagnostics();
    assert!(
        matches!(&d[..], [Diagnostic::DuplicateKey { key, .. }] if key == "2"),
        "{d:?}"
    );
    scope.dispose();
}

#[test]
fn removed_rows_free_their_scopes() {
    let before = live_counts();
    let (col, model, scope) = mount((0..100).collect());
    let with_rows = live_counts();
    model.set(vec![]);
    let empty = live_counts();
    assert_eq!(rows(col).len(), 0);
    assert_eq!(
        with_rows.nodes - empty.nodes,
        136,
        "100 texts + 36 holders freed; 64 empty holders kept for the next rows"
    );
    assert_eq!(with_rows.scopes - empty.scopes, 100);
    // New rows take the kept holders: 64 rows cost 64 texts and no holder.
    reset_stats();
    model.set((0..64).collect());
    assert_eq!(stats().nodes_created, 64);
    scope.dispose();
    assert_eq!(live_counts(), before, "the kept holders go with the list");
}

#[derive(Debug, Clone)]
enum Op {
    Insert(usize, u32),
    Remove(usize),
    Move(usize, usize),
    Swap(usize, usize),
    Shuffle(u64),
    Replace(Vec<u32>),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0usize..40, 0u32..60).prop_map(|(i, k)| Op::Insert(i, k)),
        (0usize..40).prop_map(Op::Remove),
        (0usize..40, 0usize..40).prop_map(|(a, b)| Op::Move(a, b)),
        (0usize..40, 0usize..40).prop_map(|(a, b)| Op::Swap(a, b)),
        any::<u64>().prop_map(Op::Shuffle),
        prop::collection::vec(0u32..60, 0..30).prop_map(Op::Replace),
    ]
}

fn apply(v: &mut Vec<u32>, op: &Op) {
    match op {
        Op::Insert(i, k) => {
            if !v.contains(k) {
                let at = (*i).min(v.len());
                v.insert(at, *k);
            }
        }
        Op::Remove(i) => {
            if *i < v.len() {
                v.remove(*i);
            }
        }
        Op::Move(a, b) => {
            if *a < v.len() && *b < v.len() {
                let k = v.remove(*a);
                v.insert(*b, k);
            }
        }
        Op::Swap(a, b) => {
            if *a < v.len() && *b < v.len() {
                v.swap(*a, *b);
            }
        }
        Op::Shuffle(seed) => {
            let mut s = *seed | 1;
            for i in (1..v.len()).rev() {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                v.swap(i, (s % (i as u64 + 1)) as usize);
            }
        }
        Op::Replace(keys) => {
            let mut seen = Vec::new();
            for k in keys {
                if !seen.contains(k) {
                    seen.push(*k);
                }
            }
            *v = seen;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn mounted_rows_always_equal_the_model_and_survivors_keep_their_nodes(
        initial in prop::collection::btree_set(0u32..60, 0..25),
        ops in prop::collection::vec(op(), 1..25),
    ) {
        let initial: Vec<u32> = initial.into_iter().collect();
        let (col, model, scope) = mount(initial.clone());
        let mut expected = initial;
        let ids = Rc::new(RefCell::new(rows(col).into_iter().collect::<std::collections::HashMap<_, _>>()));
        for op in &ops {
            apply(&mut expected, op);
            model.set(expected.clone());
            let now = rows(col);
            let keys: Vec<u32> = now.iter().map(|(k, _)| *k).collect();
            prop_assert_eq!(&keys, &expected);
            let mut ids = ids.borrow_mut();
            for (k, node) in &now {
                if let Some(old) = ids.get(k) {
                    prop_assert_eq!(old, node, "key {} kept its node", k);
                }
            }
            *ids = now.into_iter().collect();
        }
        scope.dispose();
    }
}
