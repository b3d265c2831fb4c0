//! # arkui-macros
//!
//! The declarative surface of arkui-rs: [`ui!`] and [`macro@component`]. They are thin sugar:
//! every component becomes a call of its `Element` constructor, every attribute a method call
//! rustc type-checks (so errors point at your tokens and rust-analyzer completes them), and
//! every expression that reads state a fine-grained binding. Use them through the `arkui`
//! facade: `use arkui::prelude::*;`.
//!
//! ```
//! use arkui::prelude::*;
//!
//! #[component]
//! struct Counter {
//!     #[state(0)]
//!     count: i32,
//! }
//!
//! impl Counter {
//!     fn build(&self) -> impl View {
//!         ui! {
//!             Column(space = 8.vp()) {
//!                 Text(format!("{}", self.count.get())).id("label")
//!                 Button("Add").id("add").on_click(move |_| self.count.update(|c| *c += 1))
//!             }
//!         }
//!     }
//! }
//!
//! let mut app = arkui::App::new::<Counter>(DeviceProfile::iot());
//! app.click_id("add").unwrap();
//! assert_eq!(app.inspector_by_id("label").unwrap()["$attrs"]["content"], "1");
//! ```

mod component;
mod ui;

use proc_macro::TokenStream;

/// Declarative UI: `Component(args) { children } .attr(..)`, `if`/`else`, `ForEach`.
///
/// Expressions that read state (`self.count.get()`) become bindings that update just the
/// argument or attribute they feed; expressions that read nothing are evaluated once.
#[proc_macro]
pub fn ui(input: TokenStream) -> TokenStream {
    ui::expand_root(input.into())
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Turn a struct of `#[state]` / `#[prop]` fields into a component `ui!` can create.
/// The struct's `impl` must have `fn build(&self) -> impl View`.
#[proc_macro_attribute]
pub fn component(attr: TokenStream, item: TokenStream) -> TokenStream {
    let attr: proc_macro2::TokenStream = attr.into();
    if !attr.is_empty() {
        return syn::Error::new_spanned(attr, "#[component] takes no arguments")
            .into_compile_error()
            .into();
    }
    let item = syn::parse_macro_input!(item as syn::ItemStruct);
    component::expand(item)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}
