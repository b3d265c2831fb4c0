//! # arkui-benches
//!
//! Criterion benchmarks (`benches/`) and the scene runner used for side-by-side comparisons
//! with other frameworks. Figures and the commands that produced them are in `README.md`.
//!
//! ```
//! let mut b = arkui_benches::jsbench::JsBench::new();
//! b.create(10);
//! assert_eq!(b.rows.len(), 10);
//! ```
// Unsafe only in `alloc` (a GlobalAlloc impl must be an unsafe impl); denied elsewhere.
#![deny(unsafe_code)]

pub mod alloc;
pub mod jsbench;
pub mod list_scene;
pub mod path_scenes;
pub mod rng;

/// Seed for every generated input, so runs are comparable.
pub const SEED: u64 = 0x00A2_C01E;
