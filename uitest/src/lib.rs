//! # arkui-uitest
//!
//! UiTest for arkui-rs: a driver outside the app that finds components and acts on them as a
//! user would, over a local socket the app opens only when asked to.
//!
//! An app opts in with `ARKUI_UITEST=1` in its environment (or `LaunchOptions::uitest`); never
//! by default. It then listens on a Unix socket in the user's runtime folder (mode 0600,
//! inside a 0700 folder; see [`paths`]), writes a random token to a 0600 file beside it, and
//! accepts only a peer of its own user that presents the token. The [`protocol`] is
//! versioned and length-prefixed, with size limits checked before anything is read.
//!
//! The model is UiTest's: a [`Driver`] connected to one app, [`On`] selectors,
//! [`Component`]s that can be clicked, typed into and dragged, and the inspector JSON in
//! ArkUI's `getInspectorTree()` shape from [`Driver::dump_layout`].
//!
//! ```no_run
//! use std::time::Duration;
//! use arkui_uitest::{Driver, On};
//! # fn main() -> Result<(), arkui_uitest::Error> {
//! let app = std::process::Command::new("arkui-gallery").env("ARKUI_UITEST", "1").spawn().unwrap();
//! let driver = Driver::wait_for_app(app.id(), Duration::from_secs(20))?;
//! driver.wait_for_component(&On::new().text("Counter"), Duration::from_secs(5))?.click()?;
//! driver.wait_for_component(&On::new().type_("Button").text("+1"), Duration::from_secs(5))?.click()?;
//! driver.assert_component_exist(&On::new().id("label").text("1"))?;
//! # Ok(()) }
//! ```
//!
//! The `arkui-uitest` command line does the same from a shell: `arkui-uitest dump`,
//! `arkui-uitest click text=Counter`, `arkui-uitest screencap out.png` (see `--help`).
#![forbid(unsafe_code)]

mod component;
mod driver;
mod error;
mod on;
pub mod paths;
pub mod protocol;

pub use component::{Bounds, Component};
pub use driver::{
    CLICK_MS, DEFAULT_FLING_SPEED, DEFAULT_SWIPE_SPEED, DOUBLE_CLICK_GAP_MS, Driver, LONG_CLICK_MS,
    SWIPE_SPEED_RANGE,
};
pub use error::Error;
pub use on::{MatchPattern, On};
