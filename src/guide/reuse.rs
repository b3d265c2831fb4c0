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
