//! # arkui-gallery
//!
//! The showcase app of arkui-rs, as a library of pages (so tests can mount them) plus the
//! `arkui-gallery` binary that shows them in a window or renders them headlessly.
//!
//! ```
//! let pages = arkui_gallery::pages::all();
//! assert!(pages.iter().any(|p| p.name == "counter"));
//! ```
#![forbid(unsafe_code)]

pub mod pages;
