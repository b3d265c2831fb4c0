//! [`Counting`]: a global allocator that forwards to the system's and counts live heap bytes
//! and their peak, for the memory figures (scene runner, heap tests).
//!
//! ```
//! use arkui_benches::alloc::{Counting, live_bytes, peak_bytes, reset_peak};
//! static _A: Counting = Counting; // `#[global_allocator]` in a binary or test
//! reset_peak();
//! assert!(peak_bytes() >= live_bytes());
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Forwards every call to [`System`], counting bytes live and the peak.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// Bytes allocated and not yet freed (0 unless [`Counting`] is the global allocator).
pub fn live_bytes() -> usize {
    CURRENT.load(Ordering::Relaxed)
}

/// The most bytes live at once since the last [`reset_peak`].
pub fn peak_bytes() -> usize {
    PEAK.load(Ordering::Relaxed)
}

/// Start measuring a new peak from what is live now.
pub fn reset_peak() {
    PEAK.store(live_bytes(), Ordering::Relaxed);
}

#[expect(
    unsafe_code,
    reason = "GlobalAlloc is an unsafe trait; this one only forwards to System"
)]
// SAFETY: every method forwards to `System` with the caller's arguments unchanged, so the
// contract GlobalAlloc requires holds as it does for System; the counters are plain atomics.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is; see the impl.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as is; see the impl.
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as is; see the impl.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
            let now = CURRENT.fetch_add(new_size, Ordering::Relaxed) + new_size;
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
}
