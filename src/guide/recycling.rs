//! # Component reuse: `@Reusable`, `@ReusableV2`, `reuseId`, `Repeat` templates
//!
//! | ArkTS | arkui-rs |
//! |---|---|
//! | `@Reusable @Component struct Row` | `#[reusable] #[component] struct Row` |
//! | `@ReusableV2 @ComponentV2 struct Row` | `#[reusable] #[component_v2] struct Row` |
//! | `aboutToReuse(params: Record<string, Object>)` | `fn about_to_reuse(&self, params: &ReuseParams)` (`params.get::<T>("name")`) |
//! | `aboutToRecycle()` | `fn about_to_recycle(&self)` |
//! | `Row().reuseId('kind')` / `.reuse({ reuseId: () => 'kind' })` | `Row(..).reuse_id("kind")` (the component's name by default) |
//! | `Repeat(arr).each(..).key(..)` | `Repeat(items).each(\|ri\| { .. }).key(\|item, index\| ..)` |
//! | `.virtualScroll({ totalCount })` | `.virtual_scroll()` / `.virtual_scroll(VirtualScrollOptions { total_count: Some(n) })` |
//! | `.templateId((item, i) => 'a').template('a', ri => {..}, { cachedCount: 3 })` | `.template_id(\|item, i\| "a").template("a", \|ri\| { .. }, TemplateOptions { cached_count: Some(3) })` |
//!
//! A reusable component that leaves the tree (its row scrolled out of a `List`, `Grid`,
//! `WaterFlow` or `Swiper`, its `ForEach` item removed, its `if` branch switched off) is not
//! destroyed: it goes into a pool kept by its parent component, nodes, state and bindings
//! intact, and `about_to_recycle` runs. The next component of the same type and reuse id
//! that parent creates comes from the pool: the parent's arguments are applied, then
//! `about_to_reuse` runs instead of `about_to_appear`, and nothing is built. As in ArkUI:
//!
//! - a V1 component's `#[prop]` and `#[link]` fields follow the new arguments by themselves;
//!   its `#[state]` fields keep their values, so set them from `params` in `about_to_reuse`;
//! - a V2 component starts over: `#[local]` fields go back to their initial values and
//!   `#[param]`s (`#[once]` too) take the new arguments; `#[event]` handlers are the ones the
//!   parent passes again, `#[provider]`/`#[consumer]` fields keep theirs, and monitors see
//!   the reset as a change;
//! - a reusable component cannot take `#[builder_param]` content: it keeps the view it
//!   built, so passed-in content would be the previous use's (a compile error says so);
//! - a pool holds at most [`crate::REUSE_POOL_CAPACITY`] components per parent, type and
//!   reuse id, and is dropped with its parent (the pooled components then disappear, and
//!   `about_to_disappear` runs).
//!
//! ```ts
//! @Reusable @Component struct Contact {
//!   @Prop name: string = ''
//!   @State index: number = 0
//!   aboutToReuse(params: Record<string, Object>) { this.index = params.index as number }
//!   build() { ListItem() { Text(`${this.name} #${this.index}`) } }
//! }
//! List() { LazyForEach(this.data, (n: number) => { Contact({ name: `c${n}`, index: n }) }, (n: number) => `${n}`) }
//! ```
//! ```
//! use std::rc::Rc;
//! use arkui::prelude::*;
//! use arkui::widgets::Scroller;
//! use arkui::{DataSource, VecDataSource};
//! #[reusable]
//! #[component]
//! struct Contact {
//!     #[prop]
//!     name: String,
//!     #[state]
//!     index: u32,
//! }
//! impl Contact {
//!     fn about_to_reuse(&self, params: &ReuseParams) {
//!         if let Some(i) = params.get::<u32>("index") {
//!             self.index.set(*i);
//!         }
//!     }
//!     fn build(&self) -> impl View {
//!         ui! { ListItem() { Text(format!("{} #{}", self.name.get(), self.index.get())) }.height(40.vp()) }
//!     }
//! }
//! let scroller = Scroller::new();
//! let mut t = arkui::platform::TestApp::with_view(DeviceProfile::iot(), move || {
//!     let source: Rc<dyn DataSource<u32>> = VecDataSource::new((0..10_000).collect());
//!     ui! {
//!         Column() {
//!             List() {
//!                 LazyForEach(source.clone(), |n: &u32, _| *n, |n: u32| {
//!                     Contact(name = format!("c{n}"), index = n)
//!                 })
//!             }
//!             .scroller(scroller)
//!             .height(240.vp())
//!         }
//!     }
//! });
//! scroller.scroll_to(0.0, 400.0);
//! t.app().frame();
//! arkui::reset_stats();
//! scroller.scroll_to(0.0, 4_000.0); // a hundred rows further
//! t.app().frame();
//! assert!(arkui::stats().components_reused > 0);
//! assert_eq!(arkui::stats().nodes_created, 0); // rows came from the pool
//! ```
//!
//! `Repeat` with `virtual_scroll` reuses whole rows itself (per template), so its rows need
//! not be reusable components; see [`crate::Repeat`] and the [rendering](super::rendering)
//! page.
