//! # From ArkTS to arkui-rs
//!
//! Every ArkTS construct next to its Rust form. The Rust snippets are doctests: each one
//! mounts the component headless with [`crate::platform::TestApp`] and asserts what it shows.
//!
//! ## A component and its state — `@Component`, `@State`, `build()`
//!
//! ```ts
//! @Component
//! struct Counter {
//!   @State count: number = 0
//!   build() {
//!     Column({ space: 12 }) {
//!       Text(`${this.count}`).fontSize(24)
//!       Button('Add').onClick(() => { this.count++ })
//!     }
//!   }
//! }
//! ```
//! ```
//! use arkui::prelude::*;
//! #[component]
//! struct Counter {
//!     #[state(0)]
//!     count: i32,
//! }
//! impl Counter {
//!     fn build(&self) -> impl View {
//!         ui! {
//!             Column(space = 12.vp()) {
//!                 Text(format!("{}", self.count.get())).font_size(24.fp()).id("n")
//!                 Button("Add").id("add").on_click(move |_| self.count.update(|c| *c += 1))
//!             }
//!         }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<Counter>(DeviceProfile::iot());
//! t.click("add").unwrap();
//! assert_eq!(t.text("n").unwrap(), "1");
//! ```
//! `build` runs once; the `Text` argument reads `count`, so it alone re-runs on a click.
//!
//! ## One-way from the parent — `@Prop`
//!
//! ```ts
//! @Component struct Badge { @Prop label: string = '' ... }
//! Badge({ label: this.title })
//! ```
//! ```
//! use arkui::prelude::*;
//! #[component]
//! struct Badge { #[prop] label: String }
//! impl Badge {
//!     fn build(&self) -> impl View { ui! { Text(self.label.get()).id("badge") } }
//! }
//! #[component]
//! struct Page { #[state("new".to_string())] title: String }
//! impl Page {
//!     fn build(&self) -> impl View { ui! { Column() { Badge(label = self.title.get()) } } }
//! }
//! let mut t = arkui::platform::TestApp::new::<Page>(DeviceProfile::iot());
//! assert_eq!(t.text("badge").unwrap(), "new");
//! ```
//!
//! ## Two-way with the parent — `@Link` and `$$`
//!
//! ```ts
//! @Component struct Switcher { @Link on: boolean ... }
//! Switcher({ on: $on })          // or Toggle({ type: ToggleType.Switch, isOn: $$this.on })
//! ```
//! ```
//! use arkui::prelude::*;
//! #[component]
//! struct Switcher { #[link] on: bool }
//! impl Switcher {
//!     fn build(&self) -> impl View {
//!         ui! { Button("flip").id("flip").on_click(move |_| self.on.update(|v| *v = !*v)) }
//!     }
//! }
//! #[component]
//! struct Page { #[state(false)] on: bool }
//! impl Page {
//!     fn build(&self) -> impl View {
//!         ui! {
//!             Column() {
//!                 Switcher(on = self.on)
//!                 Toggle(ToggleType::Switch, is_on = bind!(self.on)).id("toggle")
//!             }
//!         }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<Page>(DeviceProfile::iot());
//! t.click("flip").unwrap();
//! assert_eq!(t.inspect("toggle").unwrap()["$attrs"]["isOn"], "true");
//! ```
//!
//! ## Two-way with a built-in component — `TextInput({ text: $$this.name })`
//!
//! ```ts
//! @State name: string = ''
//! TextInput({ text: $$this.name })
//! Text(`hello ${this.name}`)
//! ```
//! ```
//! use arkui::prelude::*;
//! #[component]
//! struct Form { #[state(String::new())] name: String }
//! impl Form {
//!     fn build(&self) -> impl View {
//!         ui! {
//!             Column() {
//!                 TextInput(text = bind!(self.name)).width(200.vp()).id("name")
//!                 Text(format!("hello {}", self.name.get())).id("echo")
//!                 Button("reset").id("reset").on_click(move |_| self.name.set("Bob".into()))
//!             }
//!         }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<Form>(DeviceProfile::iot());
//! t.app().focus_id("name").unwrap();
//! t.app().handle_input(&arkui::InputEvent::Text("Ada".into())); // typing writes the state
//! assert_eq!(t.text("echo").unwrap(), "hello Ada");
//! t.click("reset").unwrap(); // and the state writes the field
//! assert_eq!(t.inspect("name").unwrap()["$attrs"]["text"], "Bob");
//! ```
//! `bind!(state)` is `$$`: the widget's `bind_text` (or `bind_is_on`, `bind_value`, ...)
//! links the attribute to the state both ways.
//!
//! ## Across levels — `@Provide` / `@Consume`
//!
//! ```ts
//! @Provide('theme') theme: string = 'light'      // in an ancestor
//! @Consume('theme') theme: string                  // in any descendant
//! ```
//! ```
//! use arkui::prelude::*;
//! #[component]
//! struct Leaf { #[consume] theme: String }
//! impl Leaf { fn build(&self) -> impl View { ui! { Text(self.theme.get()).id("leaf") } } }
//! #[component]
//! struct App { #[provide("dark".to_string())] theme: String }
//! impl App { fn build(&self) -> impl View { ui! { Column() { Leaf() } } } }
//! let mut t = arkui::platform::TestApp::new::<App>(DeviceProfile::iot());
//! assert_eq!(t.text("leaf").unwrap(), "dark");
//! ```
//! The nearest provider with the same type and name wins; `name = "alias"` sets the name.
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
//!
//! ## Reacting to a change — `@Watch`, `@Monitor`
//!
//! ```ts
//! @State @Watch('onCount') count: number = 0
//! onCount() { ... }
//! ```
//! ```
//! use arkui::prelude::*;
//! #[component]
//! struct Counter {
//!     #[state(0)]
//!     #[watch(on_count)]
//!     count: i32,
//!     #[state(0)]
//!     changes: i32,
//! }
//! impl Counter {
//!     fn on_count(&self) { self.changes.update(|c| *c += 1) }
//!     fn build(&self) -> impl View {
//!         ui! { Button(format!("{}", self.changes.get())).id("b").on_click(move |_| self.count.update(|c| *c += 1)) }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<Counter>(DeviceProfile::iot());
//! t.click("b").unwrap();
//! t.click("b").unwrap();
//! assert_eq!(t.text("b").unwrap(), "2");
//! ```
//! The method runs synchronously at each write, before the UI updates; it may write the
//! field it watches (a clamp), and one that never settles is stopped with a
//! [`crate::Diagnostic::ReactiveCycle`] naming the field.
//!
//! ## Once per change, with before and after — `@Monitor`
//!
//! ```ts
//! @Local count: number = 0
//! @Monitor('count') onCount(m: IMonitor) {
//!   this.log = `${m.value()?.before} -> ${m.value()?.now}`
//! }
//! ```
//! ```
//! use arkui::prelude::*;
//! #[component]
//! struct Cart {
//!     #[state(0)]
//!     count: i32,
//!     #[state(String::new())]
//!     log: String,
//! }
//! impl Cart {
//!     fn about_to_appear(&self) {
//!         let log = self.log;
//!         arkui::monitor(self.count, move |before, after| log.set(format!("{before} -> {after}")));
//!     }
//!     fn build(&self) -> impl View {
//!         ui! {
//!             Column() {
//!                 Button("add two").id("add").on_click(move |_| {
//!                     self.count.update(|c| *c += 1);
//!                     self.count.update(|c| *c += 1);
//!                 })
//!                 Text(self.log.get()).id("log")
//!             }
//!         }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<Cart>(DeviceProfile::iot());
//! t.click("add").unwrap();
//! assert_eq!(t.text("log").unwrap(), "0 -> 2"); // one call for the handler's two writes
//! ```
//! [`crate::monitor`] runs once after the handler (the batch), with the first old value and
//! the last new one, before the UI updates; a handler that ends where it started calls it
//! not at all.
//!
//! ## Derived values — `@Computed`
//!
//! ```ts
//! @Local price: number = 10
//! @Local qty: number = 1
//! @Computed get total(): number { return this.price * this.qty }
//! ```
//! ```
//! use std::cell::Cell;
//! use arkui::prelude::*;
//! use arkui::Computed;
//! thread_local! { static RUNS: Cell<u32> = const { Cell::new(0) }; }
//! #[component]
//! struct Cart {
//!     #[state(10)]
//!     price: i32,
//!     #[state(1)]
//!     qty: i32,
//! }
//! impl Cart {
//!     fn build(&self) -> impl View {
//!         let (price, qty) = (self.price, self.qty);
//!         let total = Computed::new(move || {
//!             RUNS.with(|r| r.set(r.get() + 1));
//!             price.get() * qty.get()
//!         });
//!         ui! {
//!             Column() {
//!                 Text(format!("total {}", total.get())).id("total")
//!                 Text(format!("with tax {}", total.get() * 11 / 10)).id("tax")
//!                 Button("one more").id("more").on_click(move |_| self.qty.update(|q| *q += 1))
//!             }
//!         }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<Cart>(DeviceProfile::iot());
//! assert_eq!(RUNS.with(Cell::get), 1); // two readers, one computation
//! t.click("more").unwrap();
//! assert_eq!(t.text("total").unwrap(), "total 20");
//! assert_eq!(t.text("tax").unwrap(), "with tax 22");
//! assert_eq!(RUNS.with(Cell::get), 2); // recomputed once, when an input changed
//! ```
//! A [`crate::Computed`] is lazy and cached: it recomputes only when a state it read changed
//! and someone reads it again.
//!
//! ## State management V2 — `@ComponentV2`
//!
//! | ArkTS (API 12+) | arkui-rs |
//! |---|---|
//! | `@ComponentV2 struct X` | `#[component_v2] struct X` |
//! | `@Local count: number = 0` | `#[local] count: i32` (`#[local(5)]` for another start) |
//! | `@Param title: string = ''` | `#[param] title: String` — read-only in the child |
//! | `@Param @Once start: number` | `#[param] #[once] start: i32` — first value only, then the child's |
//! | `@Param @Require title` | `#[param] #[require] title: String` — a [`crate::Diagnostic::MissingParam`] if not passed |
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
//! (nested `ObservedV2` structs and `ObservedVec`/`ObservedMap` fields are observed deeply)
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
//!
//! ## Reusable UI — `@Builder`, `@BuilderParam`, `@Styles`, `@Extend`
//!
//! ```ts
//! @Builder function header(title: string) { Text(title).fontSize(20) }
//! @Styles function card() { .padding(16).borderRadius(8) }
//! @Extend(Text) function caption(size: number) { .fontSize(size).fontColor(Color.Gray) }
//! @Component struct Card { @BuilderParam content: () => void ... }
//! Card() { Text('inside') }
//! ```
//! ```
//! use arkui::prelude::*;
//! #[builder]
//! fn header(title: &str) -> impl View {
//!     let title = title.to_string();
//!     ui! { Text(title.clone()).font_size(20.fp()).id("header") }
//! }
//! #[styles]
//! fn card<W: CommonAttribute>(w: W) -> W { w.padding(16.vp()).border_radius(8.vp()) }
//! #[extend(Text)]
//! fn caption(t: Text, size: f32) -> Text { t.font_size(size.fp()).font_color(Color::GRAY) }
//! #[component]
//! struct Card { #[builder_param] content: BuilderParam }
//! impl Card {
//!     fn build(&self) -> impl View { ui! { Column() { header("Card") self.content.view() }.card() } }
//! }
//! #[component]
//! struct Page {}
//! impl Page {
//!     fn build(&self) -> impl View { ui! { Card() { Text("inside").caption(12.0).id("inside") } } }
//! }
//! let mut t = arkui::platform::TestApp::new::<Page>(DeviceProfile::iot());
//! assert_eq!(t.text("header").unwrap(), "Card");
//! assert_eq!(t.inspect("inside").unwrap()["$attrs"]["fontSize"], "12.00fp");
//! ```
//!
//! ## Rendering control — `if/else`, `ForEach`, `LazyForEach`
//!
//! ```ts
//! if (this.items.length === 0) { Text('empty') } else {
//!   ForEach(this.items, (item: Item) => { Text(item.name) }, (item: Item) => item.id.toString())
//! }
//! ```
//! ```
//! use arkui::prelude::*;
//! #[derive(Clone)]
//! struct Item { id: u32, name: String }
//! #[component]
//! struct List { #[state(vec![Item { id: 1, name: "one".into() }])] items: Vec<Item> }
//! impl List {
//!     fn build(&self) -> impl View {
//!         ui! {
//!             Column() {
//!                 if self.items.get().is_empty() {
//!                     Text("empty").id("empty")
//!                 } else {
//!                     ForEach(self.items.get(), |item| item.id, |item: Item| {
//!                         Text(item.name.clone()).id(format!("item-{}", item.id))
//!                     })
//!                 }
//!                 Button("clear").id("clear").on_click(move |_| self.items.set(vec![]))
//!             }
//!         }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<List>(DeviceProfile::iot());
//! assert_eq!(t.text("item-1").unwrap(), "one");
//! t.click("clear").unwrap();
//! assert!(t.inspect("item-1").is_none());
//! assert_eq!(t.text("empty").unwrap(), "empty");
//! ```
//! In Rust the key function comes second (`ForEach(items, key, builder)`), and a missing key
//! is a compile error; two items with the same key panic in a debug build (naming the key)
//! and are skipped with a logged error in a release build. `LazyForEach(source, |item,
//! index| key, |item| { .. })` takes a [`crate::DataSource`] (for example
//! [`crate::VecDataSource`]) and follows its change notifications.
//!
//! ## Several conditions — `else if`
//!
//! ```ts
//! if (this.level > 10) { Text('high') } else if (this.level > 5) { Text('mid') } else { Text('low') }
//! ```
//! ```
//! use arkui::prelude::*;
//! #[component]
//! struct Gauge { #[state(0)] level: i32 }
//! impl Gauge {
//!     fn build(&self) -> impl View {
//!         ui! {
//!             Column() {
//!                 if self.level.get() > 10 {
//!                     Text("high").id("high")
//!                 } else if self.level.get() > 5 {
//!                     Text("mid").id("mid")
//!                 } else {
//!                     Text("low").id("low")
//!                 }
//!                 Button("+4").id("up").on_click(move |_| self.level.update(|l| *l += 4))
//!             }
//!         }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<Gauge>(DeviceProfile::iot());
//! assert!(t.inspect("low").is_some());
//! t.click("up").unwrap();
//! t.click("up").unwrap(); // 8
//! assert!(t.inspect("mid").is_some() && t.inspect("low").is_none());
//! ```
//! Switching branch unmounts the old one (disposing its state) and builds the new one;
//! staying in a branch rebuilds nothing.
//!
//! ## Keyed repetition of an observed array — `Repeat`
//!
//! ```ts
//! Repeat<Todo>(this.todos)
//!   .each((ri: RepeatItem<Todo>) => { Text(ri.item.title) })
//!   .key((todo: Todo) => todo.id.toString())
//! ```
//! ```
//! use arkui::prelude::*;
//! use arkui::ObservedVec;
//! #[derive(Observed, Clone)]
//! struct Todo { id: u32, title: String }
//! #[component]
//! struct Todos {
//!     #[state(ObservedVec::new(vec![Todo { id: 1, title: "write".into() }]))]
//!     todos: ObservedVec<Todo>,
//! }
//! impl Todos {
//!     fn build(&self) -> impl View {
//!         ui! {
//!             Column() {
//!                 Repeat(self.todos.get().handles(), |t| t.id.get_untracked(), |t: TodoObserved| {
//!                     Text(t.title.get()).id(format!("todo-{}", t.id.get_untracked()))
//!                 })
//!                 Button("add").id("add").on_click(move |_| {
//!                     self.todos.get().push(Todo { id: 2, title: "test".into() });
//!                 })
//!             }
//!         }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<Todos>(DeviceProfile::iot());
//! t.click("add").unwrap();
//! assert_eq!(t.text("todo-1").unwrap(), "write");
//! assert_eq!(t.text("todo-2").unwrap(), "test");
//! ```
//! `Repeat(items, key, builder)` is `ForEach` over an [`crate::ObservedVec`]'s handles:
//! adding a row builds one row, and changing an element's field updates that row in place.
//!
//! ## Long lists — `List`, `LazyForEach`, `cachedCount`, `Scroller`
//!
//! ```ts
//! List({ space: 4, scroller: this.scroller }) {
//!   LazyForEach(this.contacts, (c: string) => ListItem() { Text(c) }, (c: string) => c)
//! }.cachedCount(2).divider({ strokeWidth: 1 }).onScrollIndex((first, last) => { ... })
//! ```
//! ```
//! use std::rc::Rc;
//! use arkui::prelude::*;
//! use arkui::{DataSource, VecDataSource};
//! #[component]
//! struct Contacts { #[state(0usize)] first: usize }
//! impl Contacts {
//!     fn build(&self) -> impl View {
//!         let names: Vec<String> = (0..10_000).map(|i| format!("Contact {i}")).collect();
//!         let source: Rc<dyn DataSource<String>> = VecDataSource::new(names);
//!         ui! {
//!             List() {
//!                 LazyForEach(source.clone(), |name: &String, _| name.clone(), |name: String| {
//!                     ListItem() { Text(name.clone()).font_size(16.fp()) }.height(48.vp())
//!                 })
//!             }
//!             .space(4.vp())
//!             .cached_count(2)
//!             .divider(ListDivider::default())
//!             .on_scroll_index(move |first, _| self.first.set(first))
//!             .height(240.vp())
//!             .id("contacts")
//!         }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<Contacts>(DeviceProfile::iot());
//! let rows = |t: &mut arkui::platform::TestApp| {
//!     let list = t.app().find_by_id("contacts").unwrap();
//!     list.flattened_children().iter().filter(|n| n.tag() == Some("ListItem")).count()
//! };
//! assert!(rows(&mut t) <= 8); // 10,000 contacts; a screenful of rows exists
//! ```
//! Inside `List`, `Grid`, `WaterFlow` and `Swiper`, `LazyForEach` builds only the visible
//! rows plus `cached_count` on each side. `macro_support::repeat_virtual` (ArkUI's
//! `Repeat(..).virtualScroll().templateId(..)`) goes further: rows leaving the screen are
//! kept per template and rebound to new items, so scrolling builds nothing. A [`Scroller`]
//! (`scroll_to_index`, `scroll_to`, `current_offset`) drives a list from code;
//! `sticky(StickyStyle::Header)` pins `ListItemGroup` headers; `edge_effect` and
//! `scroll_bar` choose the overscroll and the bar.
//!
//! [`Scroller`]: crate::widgets::Scroller
//!
//! ## Nested objects — `@Observed` / `@ObjectLink`
//!
//! ```ts
//! @Observed class Todo { title: string; done: boolean }
//! @ObjectLink todo: Todo
//! ```
//! ```
//! use std::{cell::Cell, rc::Rc};
//! use arkui::prelude::*;
//! use arkui::{Effect, ObservedVec};
//! #[derive(Observed, Clone)]
//! struct Todo { title: String, done: bool }
//! let todos = ObservedVec::new(vec![
//!     Todo { title: "write".into(), done: false },
//!     Todo { title: "test".into(), done: false },
//! ]);
//! let (first, second): (TodoObserved, TodoObserved) = (todos.get(0).unwrap(), todos.get(1).unwrap());
//! // Count how often something that reads `read` runs (a `ui!` binding works the same way).
//! let runs = |read: Box<dyn Fn()>| {
//!     let n = Rc::new(Cell::new(0));
//!     let m = n.clone();
//!     Effect::new(move || { read(); m.set(m.get() + 1) });
//!     n
//! };
//! let first_done = runs(Box::new(move || { first.done.get(); }));
//! let first_title = runs(Box::new(move || { first.title.get(); }));
//! let second_done = runs(Box::new(move || { second.done.get(); }));
//! first.done.set(true); // re-runs only what read `done` of this element
//! assert_eq!((first_done.get(), first_title.get(), second_done.get()), (2, 1, 1));
//! assert!(todos.snapshot()[0].done);
//! ```
//! No `@ObjectLink` is needed: every field of every element is its own signal, nested
//! `#[derive(Observed)]` structs too, and an `ObservedVec` or `ObservedMap` field is
//! observed per element.
//!
//! ## Pages and lifecycle — `@Entry`, `aboutToAppear`, `onAppear`
//!
//! ```ts
//! @Entry @Component struct Index { aboutToAppear() { ... } build() { ... } }
//! ```
//! ```
//! use arkui::prelude::*;
//! #[entry]
//! #[component]
//! struct Index { #[state(String::new())] status: String }
//! impl Index {
//!     fn about_to_appear(&self) { self.status.set("ready".into()) }
//!     fn build(&self) -> impl View { ui! { Text(self.status.get()).id("s") } }
//! }
//! // fn main() -> Result<(), arkui::PlatformError> { arkui::launch::<Index>() }
//! let mut t = arkui::platform::TestApp::new::<Index>(DeviceProfile::iot());
//! assert_eq!(t.text("s").unwrap(), "ready");
//! ```
//!
//! ## Dialogs and toasts — `CustomDialogController`, `promptAction.showToast`
//!
//! ```ts
//! dialog: CustomDialogController = new CustomDialogController({ builder: Confirm(), autoCancel: true })
//! Button('Delete').onClick(() => this.dialog.open())
//! promptAction.showToast({ message: 'Saved', duration: 2000 })
//! ```
//! ```
//! use arkui::prelude::*;
//! #[component]
//! struct Files {}
//! impl Files {
//!     fn build(&self) -> impl View {
//!         let dialog = CustomDialogController::new(|| ui! { Text("Delete?").id("ask") })
//!             .auto_cancel(true);
//!         ui! { Button("Delete").id("delete").on_click(move |_| dialog.open()) }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<Files>(DeviceProfile::iot());
//! t.click("delete").unwrap();
//! assert!(t.inspect("ask").is_some()); // above the page, behind a mask
//! t.app().press_key(arkui::Key::Back); // Back closes the top dialog first
//! assert!(t.inspect("ask").is_none());
//! let toast = show_toast("Saved", 2000).unwrap(); // gone after 2 s of the frame clock
//! assert!(toast.is_open());
//! ```
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
