//! # App, page and persisted state
//!
//! ## App-wide state — `AppStorage`, `@StorageLink`, `@StorageProp`
//!
//! ```ts
//! AppStorage.setOrCreate('volume', 5)
//! @StorageLink('volume') volume: number = 5
//! ```
//! ```
//! use arkui::prelude::*;
//! use arkui::AppStorage;
//! #[component]
//! struct Volume { #[storage_link("guide.volume", default = 5)] volume: u8 }
//! impl Volume {
//!     fn build(&self) -> impl View { ui! { Text(format!("{}", self.volume.get())).id("v") } }
//! }
//! let mut t = arkui::platform::TestApp::new::<Volume>(DeviceProfile::iot());
//! AppStorage::set("guide.volume", 9u8).unwrap();
//! assert_eq!(t.text("v").unwrap(), "9");
//! ```
//!
//! ## Page-scoped state — `LocalStorage`, `@LocalStorageLink`
//!
//! ```ts
//! let storage = new LocalStorage({ 'count': 1 })
//! @Entry(storage) @Component struct Page { @LocalStorageLink('count') count: number = 1 ... }
//! @Component struct Child { @LocalStorageLink('count') count: number = 1 ... }
//! ```
//! ```
//! use arkui::prelude::*;
//! #[component]
//! struct Child { #[local_storage_link("count", default = 1)] count: i32 }
//! impl Child {
//!     fn build(&self) -> impl View {
//!         ui! { Button("+1").id("inc").on_click(move |_| self.count.update(|c| *c += 1)) }
//!     }
//! }
//! #[component]
//! struct Page { #[local_storage_link("count", default = 1)] count: i32 }
//! impl Page {
//!     fn build(&self) -> impl View {
//!         ui! { Column() { Text(format!("{}", self.count.get())).id("n") Child() } }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<Page>(DeviceProfile::iot());
//! t.click("inc").unwrap(); // the child's write is the page's value
//! assert_eq!(t.text("n").unwrap(), "2");
//! ```
//! Every page gets its own [`crate::LocalStorage`]: two pages never share a `count`. Plain
//! Rust can hold one too (`LocalStorage::new()`, `set_and_link`, `get`).
//! `@LocalStorageProp('count')` is `#[local_storage_prop("count", default = 1)]`: a one-way
//! copy, whose local edits stay local until the key changes.
//!
//! ## Kept across runs — `PersistentStorage`
//!
//! ```ts
//! PersistentStorage.persistProp('brightness', 5)
//! @StorageLink('brightness') level: number = 5
//! ```
//! ```
//! use arkui::prelude::*;
//! use arkui::{AppStorage, PersistentStorage};
//! let file = std::env::temp_dir().join(format!("arkui-guide-{}.json", std::process::id()));
//! PersistentStorage::open(&file);
//! PersistentStorage::persist_prop("guide.brightness", 5u32).unwrap();
//! #[component]
//! struct Brightness { #[storage_link("guide.brightness", default = 5)] level: u32 }
//! impl Brightness {
//!     fn build(&self) -> impl View {
//!         ui! {
//!             Button(format!("{}", self.level.get())).id("b")
//!                 .on_click(move |_| self.level.update(|l| *l += 1))
//!         }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<Brightness>(DeviceProfile::iot());
//! t.click("b").unwrap();
//! PersistentStorage::flush(); // written off the UI thread: temp file, fsync, rename
//! let saved = std::fs::read_to_string(&file).unwrap();
//! assert_eq!(saved.trim(), r#"{"guide.brightness":6}"#);
//! // The next run: the saved value wins over the default.
//! PersistentStorage::close();
//! AppStorage::delete("guide.brightness");
//! PersistentStorage::open(&file);
//! PersistentStorage::persist_prop("guide.brightness", 5u32).unwrap();
//! assert_eq!(AppStorage::get::<u32>("guide.brightness").unwrap(), 6);
//! PersistentStorage::close();
//! # std::fs::remove_file(&file).ok();
//! ```
//! A missing or corrupt file starts from the defaults and reports a
//! [`crate::Diagnostic::Storage`]; it never crashes and never leaves a half-written file.
//!
//! ## Device settings — `Environment`
//!
//! ```ts
//! Environment.envProp('colorMode', ColorMode.LIGHT)
//! @StorageProp('colorMode') mode: ColorMode = ColorMode.LIGHT
//! ```
//! ```
//! use arkui::prelude::*;
//! use arkui::{ColorMode, Environment};
//! #[component]
//! struct Themed {}
//! impl Themed {
//!     fn build(&self) -> impl View {
//!         let mode = Environment::color_mode(); // a read-only signal
//!         ui! { Text(format!("{:?}", mode.get())).id("mode") }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<Themed>(DeviceProfile::iot());
//! Environment::set_color_mode(ColorMode::Light);
//! assert_eq!(t.text("mode").unwrap(), "Light");
//! Environment::set_color_mode(ColorMode::Dark); // what the platform does when the system turns dark
//! assert_eq!(t.text("mode").unwrap(), "Dark");
//! Environment::set_color_mode(ColorMode::Light);
//! ```
//! `Environment::locale()`, `font_scale()` and `layout_direction()` work the same way; no
//! `envProp` step is needed.
