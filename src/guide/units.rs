//! # Units: `vp`, `fp`, `px`, `lpx`, percent
//!
//! ## Units — `vp`, `fp`, `px`, `lpx`, percent
//!
//! ArkTS's `width(100)` is vp, `fontSize(16)` is fp, `'50%'` is percent. In Rust write
//! `100.vp()` (or a plain number), `16.fp()`, `pct(50.0)`, `1.px()`, `360.lpx()`.
//!
//! ```
//! use arkui::prelude::*;
//! let mut t = arkui::platform::TestApp::with_view(DeviceProfile::phone(), || {
//!     ui! { Column() {}.width(pct(50.0)).height(100.vp()).id("half") }
//! });
//! let r = t.rect("half").unwrap();
//! assert_eq!((r.width, r.height), (540.0, 300.0)); // phone: 1080 px wide, density 3
//! ```
