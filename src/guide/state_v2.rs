//! # State management V2: `@ComponentV2`, `@ObservedV2`, `AppStorageV2`, `PersistenceV2`
//!
//! ## State management V2 — `@ComponentV2`
//!
//! | ArkTS (API 12+) | arkui-rs |
//! |---|---|
//! | `@ComponentV2 struct X` | `#[component_v2] struct X` |
//! | `@Local count: number = 0` | `#[local] count: i32` (`#[local(5)]` for another start) |
//! | `@Param title: string = ''` | `#[param] title: String` — read-only in the child |
//! | `@Param @Once start: number` | `#[param] #[once] start: i32` — first value only, then the child's |
//! | `@Param @Require title` | `#[param] #[require] title: String` — a compile error in `ui!` if not passed (a [`crate::Diagnostic::MissingParam`] when built by hand) |
//! | `@Event onChange: (v: number) => void` | `#[event] on_change: fn(i32)`, called with `self.on_change.call(v)` |
//! | `@Provider('k') v` / `@Consumer('k') v` | `#[provider(default, name = "k")]` / `#[consumer(default, name = "k")]` |
//! | `@Monitor('a', 'b.c') f(m: IMonitor)` | `#[monitor("a", "b.c")] fn f(&self, m: &Monitor)` in a `#[component_v2] impl` |
//! | `@Computed get total()` | `#[computed] fn total(&self) -> T` in a `#[component_v2] impl` |
//! | `AppStorageV2.connect(T, 'k', () => new T())` | `AppStorageV2::connect(Some("k"), T::default)` |
//! | `PersistenceV2.connect(T, 'k', () => new T())` | `PersistenceV2::connect(Some("k"), T::default)` |
//!
//! ```ts
//! @ComponentV2 struct Counter {
//!   @Param step: number = 1
//!   @Local value: number = 0
//!   @Event onChange: (v: number) => void = () => {}
//!   @Computed get label(): string { return `${this.value} (+${this.step})` }
//!   @Monitor('value') changed(m: IMonitor) { this.onChange(m.value()?.now) }
//!   build() { Button(this.label).onClick(() => this.value += this.step) }
//! }
//! ```
//! ```
//! use arkui::prelude::*;
//! #[component_v2]
//! struct Counter {
//!     #[param(1)]
//!     step: i32,
//!     #[local]
//!     value: i32,
//!     #[event]
//!     on_change: fn(i32),
//! }
//! #[component_v2]
//! impl Counter {
//!     #[computed]
//!     fn label(&self) -> String {
//!         format!("{} (+{})", self.value.get(), self.step.get())
//!     }
//!     #[monitor("value")]
//!     fn changed(&self, m: &Monitor) {
//!         if let Some(v) = m.value::<i32>("value") {
//!             self.on_change.call(*v.now);
//!         }
//!     }
//!     fn build(&self) -> impl View {
//!         ui! {
//!             Button(self.label())
//!                 .id("counter")
//!                 .on_click(move |_| self.value.update(|v| *v += self.step.get()))
//!         }
//!     }
//! }
//! #[component_v2]
//! struct Page {
//!     #[local]
//!     total: i32,
//! }
//! impl Page {
//!     fn build(&self) -> impl View {
//!         ui! {
//!             Column() {
//!                 Counter(step = 3, on_change = move |v| self.total.set(v))
//!                 Text(format!("total {}", self.total.get())).id("total")
//!             }
//!         }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<Page>(DeviceProfile::iot());
//! t.click("counter").unwrap();
//! assert_eq!(t.text("counter").unwrap(), "3 (+3)");
//! assert_eq!(t.text("total").unwrap(), "total 3");
//! ```
//! The rules are compile errors at your tokens, as ArkTS's are: writing a `#[param]`
//! (`self.step.set(..)`), passing a `#[local]` from the parent, an `#[event]` that is not a
//! `fn(..)` type, a `#[monitor]` path naming no field, and V1 decorators in a
//! `#[component_v2]` (or the reverse). A monitor runs once per batch with each changed
//! path's `before` and `now`; a path whose value ends where it started calls nothing.
//! Paths go into fields of plain values (`"book.pages"`): the monitor compares that field,
//! so other fields of `book` changing do not call it.
//!
//! ## Observed classes — `@ObservedV2`, `@Trace`, `UIUtils.makeObserved`
//!
//! ```ts
//! @ObservedV2 class Book { @Trace title: string = ''; note: string = '' }
//! @Local book: Book = new Book()
//! Text(this.book.title)   // re-renders when title changes, never for note
//! ```
//! ```
//! use arkui::prelude::*;
//! #[derive(ObservedV2, Clone)]
//! struct Book {
//!     #[trace]
//!     title: String,
//!     note: String,
//! }
//! #[component_v2]
//! struct Shelf {
//!     #[local(arkui::make_observed(Book { title: "Dune".into(), note: String::new() }))]
//!     book: BookTraced,
//! }
//! impl Shelf {
//!     fn build(&self) -> impl View {
//!         let book = self.book;
//!         ui! {
//!             Column() {
//!                 Text(book.get().title.get()).id("title")
//!                 Button("rename").id("rename")
//!                     .on_click(move |_| book.get().title.set("Dune Messiah".into()))
//!             }
//!         }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<Shelf>(DeviceProfile::iot());
//! t.click("rename").unwrap();
//! assert_eq!(t.text("title").unwrap(), "Dune Messiah");
//! ```
//! `#[derive(ObservedV2)]` makes `BookTraced`, a handle whose `#[trace]` fields are signals
//! (nested `ObservedV2` structs and `ObservedVec`/`ObservedMap`/`ObservedSet` fields, ArkTS's
//! traced arrays, maps and sets, are observed deeply)
//! and whose other fields are `Untraced`: readable and writable, never notifying. A
//! `#[monitor("book.title")]` path walks traced fields and compares the value it ends in.
//!
//! ## App-wide and persisted V2 state — `AppStorageV2`, `PersistenceV2`
//!
//! ```ts
//! let s = AppStorageV2.connect(Session, 'session', () => new Session())!
//! let p = PersistenceV2.connect(Settings, 'settings', () => new Settings())!
//! ```
//! ```
//! use arkui::{AppStorageV2, PersistenceV2};
//! #[derive(Clone, Default, serde::Serialize, serde::Deserialize)]
//! struct Settings { volume: u8 }
//! let session = AppStorageV2::connect(Some("session"), || "guest".to_string()).unwrap();
//! assert_eq!(session.get(), "guest");
//! let file = std::env::temp_dir().join(format!("arkui-guide-p2-{}.json", std::process::id()));
//! PersistenceV2::open(&file);
//! let settings = PersistenceV2::connect(Some("settings"), Settings::default).unwrap();
//! settings.update(|s| s.volume = 4); // saved after the update, off the UI thread
//! PersistenceV2::close();
//! # std::fs::remove_file(&file).ok();
//! ```
//! Values changed in one update are saved in one file, so a crash (even `kill -9` mid-save)
//! never leaves one key from before an update and another from after it; a corrupt file,
//! another format version or a value that no longer fits its type gives the default plus a
//! [`crate::Diagnostic::Storage`].
