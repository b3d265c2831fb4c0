//! # arkui-benches
//!
//! Criterion benchmarks (`benches/`) and the scene runner used for side-by-side comparisons
//! with other frameworks. Figures and the commands that produced them are in `README.md`.
//!
//! ```
//! assert_eq!(arkui_benches::SEED, 0x00A2_C01E);
//! ```
#![forbid(unsafe_code)]

/// Seed for every generated input, so runs are comparable.
pub const SEED: u64 = 0x00A2_C01E;
