//! Mount and unmount a 50-node component many times: the live allocation count must stay
//! flat after warm-up (a counting global allocator watches every allocation).
//!
//! `ARKUI_LEAK_CYCLES` sets the number of cycles (default 1,000,000; CI uses the default).

#![allow(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a failure is the test failing"
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

use arkui_core::*;

struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

// SAFETY: forwards to the system allocator unchanged; only counts calls.
#[allow(
    unsafe_code,
    reason = "a global allocator is unsafe by definition; it only counts"
)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as our caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(1, Ordering::Relaxed);
        // SAFETY: same contract as our caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as our caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// A component of 50 nodes with state, bindings, a computed value and a handler.
fn mount_component(parent: NodeId) -> Scope {
    let scope = Scope::new_child();
    scope.run(|| {
        let count = State::named(0u32, "Leak.count");
        let label = Computed::new(move || format!("n={}", count.get()));
        let col = NodeId::create("Column", NodeKind::Flex);
        for i in 0..49 {
            let t = NodeId::create("Text", NodeKind::Text);
            if i % 7 == 0 {
                macro_support::attr(move || label.get(), move |v| t.set_text(|x| x.content = v));
            }
            t.set_on_click(move |_| count.update(|c| *c += 1));
            col.append(t);
        }
        parent.append(col);
        count.set(1);
    });
    scope
}

#[test]
fn mount_unmount_cycles_keep_live_allocations_flat() {
    let cycles: u64 = std::env::var("ARKUI_LEAK_CYCLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let root = Scope::new_root();
    let parent = root.run(|| NodeId::create("Column", NodeKind::Flex));
    let warmup = 1_000.min(cycles / 2);
    let mut baseline = 0;
    let mut max_drift = 0isize;
    for i in 0..cycles {
        if i == warmup {
            baseline = LIVE.load(Ordering::Relaxed);
        }
        let scope = root.run(|| mount_component(parent));
        scope.dispose();
        if i > warmup && i % 1000 == 0 {
            let drift = LIVE.load(Ordering::Relaxed) - baseline;
            max_drift = max_drift.max(drift);
            assert!(
                drift.abs() <= 64,
                "after {i} cycles live allocations drifted by {drift}"
            );
        }
    }
    let drift = LIVE.load(Ordering::Relaxed) - baseline;
    println!(
        "{cycles} cycles of a 50-node component: final drift {drift}, max drift {max_drift} allocations"
    );
    assert!(
        drift.abs() <= 64,
        "live allocations drifted by {drift} after {cycles} cycles"
    );
    assert_eq!(live_counts().nodes, 1, "only the parent is left");
    root.dispose();
}
