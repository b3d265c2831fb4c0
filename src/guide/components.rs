//! # Components and their state: `@Component`, `@State`, `@Prop`, `@Link`, `@Provide`
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
