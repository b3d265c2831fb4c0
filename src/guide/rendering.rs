//! # Rendering control and lists
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
//!                 Repeat(self.todos.get().handles())
//!                     .each(|ri| {
//!                         Text(ri.item.get().title.get())
//!                             .id(format!("todo-{}", ri.item.get().id.get_untracked()))
//!                     })
//!                     .key(|t: &TodoObserved, _| t.id.get_untracked())
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
//! `Repeat(items).each(|ri| ..).key(|item, index| ..)` gives each row a [`crate::RepeatItem`]:
//! `ri.item` and `ri.index` are signals, so a row whose key survives keeps its nodes and
//! just sees its new index. Over an [`crate::ObservedVec`]'s handles, adding a row builds
//! one row, and changing an element's field updates that row in place. A duplicate key is
//! an error naming it, as in `ForEach`.
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
//! rows plus `cached_count` on each side. `Repeat(items).each(..).virtual_scroll()` goes
//! further: rows leaving the screen are kept per template (`.template_id(|item, i| ..)`
//! picks one, `.template("kind", |ri| .., TemplateOptions { cached_count })` builds it) and
//! rebound to new items, so scrolling builds nothing; `VirtualScrollOptions { total_count }`
//! sizes the scroll range for data still loading. Rows written as `#[reusable]`
//! components get the same from `LazyForEach`: see [`macro@crate::reusable`]. A [`Scroller`]
//! (`scroll_to_index`, `scroll_to`, `current_offset`) drives a list from code;
//! `sticky(StickyStyle::Header)` pins `ListItemGroup` headers; `edge_effect` and
//! `scroll_bar` choose the overscroll and the bar.
//!
//! [`Scroller`]: crate::widgets::Scroller
