//! # Reacting to changes: `@Watch`, `@Monitor`, `@Computed`
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
