//! # Reusable UI: `@Builder`, `@BuilderParam`, `@Styles`, `@Extend`
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
//! ## Passing state into a `@Builder` by reference — `$$`
//!
//! An ArkTS `@Builder` takes its arguments by value: the UI it builds shows them as they
//! were at the call. Passed as one object literal (`$$`), they are read through, so the
//! builder's UI follows the state. In Rust the parameter's type says which: a plain value
//! is a copy; a [`crate::ReadSignal`] (from a `State`, a `#[prop]` or a V2 `#[param]`, with
//! `.into()`) or a [`crate::Computed`] (for a derived value) is read by the builder's
//! bindings, which re-run when it changes.
//!
//! ```ts
//! class Tmp { label: string = '' }
//! @Builder function byValue(label: string) { Text(`by value: ${label}`) }
//! @Builder function byReference($$: Tmp) { Text(`by reference: ${$$.label}`) }
//! // in build(): byValue(this.label)  byReference({ label: this.label })
//! ```
//! ```
//! use arkui::prelude::*;
//! use arkui::ReadSignal;
//! #[builder]
//! fn by_value(label: String) -> impl View {
//!     ui! { Text(format!("by value: {label}")).id("value") }
//! }
//! #[builder]
//! fn by_reference(label: ReadSignal<String>) -> impl View {
//!     ui! { Text(format!("by reference: {}", label.get())).id("reference") }
//! }
//! #[component]
//! struct Page { #[state(String::from("a"))] label: String }
//! impl Page {
//!     fn build(&self) -> impl View {
//!         ui! {
//!             Column() {
//!                 by_value(self.label.get_untracked())
//!                 by_reference(self.label.into())
//!                 Button("change").id("change").on_click(move |_| self.label.set("b".into()))
//!             }
//!         }
//!     }
//! }
//! let mut t = arkui::platform::TestApp::new::<Page>(DeviceProfile::iot());
//! t.click("change").unwrap();
//! assert_eq!(t.text("value").unwrap(), "by value: a"); // a copy, taken at the call
//! assert_eq!(t.text("reference").unwrap(), "by reference: b"); // follows the state
//! ```
