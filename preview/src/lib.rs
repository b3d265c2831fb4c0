//! # arkui-preview
//!
//! A live previewer for arkui-rs apps, in the manner of DevEco's Previewer: the app's entry
//! page under several device profiles side by side, rebuilt on every save and restarted with
//! its state (AppStorage values, text fields, focus) carried over.
//!
//! ```text
//! cargo run -p arkui-preview -- path/to/app [--profiles phone,tablet,tv,wearable,iot]
//! ```
//!
//! How it works: [`worker`] builds the crate with cargo (compile errors are read from cargo's
//! JSON messages and drawn in the preview, file and line included), starts the binary once
//! per profile, headless, with UI testing on (`ARKUI_UITEST=1`, `ARKUI_PROFILE=<name>`), and
//! drives each instance through the `arkui-uitest` socket: it captures frames, forwards
//! clicks made on a frame, and before a restart takes each instance's snapshot, which the
//! new instance starts from (`ARKUI_RESTORE`). [`view`] is the preview window, itself an
//! arkui-rs page. With no display it writes the page to `preview.png` (and the frames'
//! inspector trees to `preview.json`) after every build.
#![forbid(unsafe_code)]

pub mod cargo_build;
pub mod session;
pub mod view;
pub mod watch;
pub mod worker;

pub use cargo_build::{BuildOutcome, CompileError};
pub use watch::Watcher;
