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

mod bundles;
mod component;
mod component_v2;
mod observed;
mod resources;
mod reusable;
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
    let reusable = match reusable::parse_component_arg(attr.into(), "component") {
        Ok(r) => r,
        Err(e) => return e.into_compile_error().into(),
    };
    let item = syn::parse_macro_input!(item as syn::ItemStruct);
    component::expand(item, reusable)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// ArkUI's `@ComponentV2`. On the struct: `#[local]` (own state), `#[param]` (read-only from
/// the parent; `#[once]` takes the first value only, `#[require]` must be passed), `#[event]`
/// (a callback to the parent, typed `fn(..)`), `#[provider]` / `#[consumer]` (shared with
/// descendants by name), `#[builder_param]`. On the component's `impl` (optional):
/// `#[monitor("a", "b.c")]` methods told what changed, and `#[computed]` cached getters.
///
/// ```
/// use arkui::prelude::*;
/// use arkui::platform::TestApp;
///
/// #[component_v2]
/// struct Stepper {
///     #[param(1)]
///     step: i32,
///     #[local]
///     value: i32,
///     #[event]
///     on_change: fn(i32),
/// }
///
/// #[component_v2]
/// impl Stepper {
///     #[computed]
///     fn doubled(&self) -> i32 {
///         self.value.get() * 2
///     }
///     #[monitor("value")]
///     fn changed(&self, m: &Monitor) {
///         if let Some(v) = m.value::<i32>("value") {
///             self.on_change.call(*v.now);
///         }
///     }
///     fn build(&self) -> impl View {
///         ui! {
///             Button(format!("{} ({})", self.value.get(), self.doubled()))
///                 .id("step")
///                 .on_click(move |_| self.value.update(|v| *v += self.step.get()))
///         }
///     }
/// }
///
/// #[component_v2]
/// struct Page {
///     #[local]
///     seen: i32,
/// }
///
/// impl Page {
///     fn build(&self) -> impl View {
///         ui! {
///             Column() {
///                 Stepper(step = 5, on_change = move |v| self.seen.set(v))
///                 Text(format!("seen {}", self.seen.get())).id("seen")
///             }
///         }
///     }
/// }
///
/// let mut t = TestApp::new::<Page>(DeviceProfile::phone());
/// t.click("step").unwrap();
/// t.click("step").unwrap();
/// assert_eq!(t.text("step").as_deref(), Some("10 (20)"));
/// assert_eq!(t.text("seen").as_deref(), Some("seen 10"));
/// ```
#[proc_macro_attribute]
pub fn component_v2(attr: TokenStream, item: TokenStream) -> TokenStream {
    let reusable = match reusable::parse_component_arg(attr.into(), "component_v2") {
        Ok(r) => r,
        Err(e) => return e.into_compile_error().into(),
    };
    let expanded = match syn::parse::<syn::Item>(item) {
        Ok(syn::Item::Struct(s)) => component_v2::expand_struct(s, reusable),
        // On a mistake the impl is still emitted (without the V2 attributes), so the error
        // is the only one reported, not also every method it holds going missing.
        Ok(syn::Item::Impl(i)) => {
            return component_v2::expand_impl(i.clone())
                .unwrap_or_else(|e| {
                    let mut plain = i;
                    component_v2::strip_v2_attrs(&mut plain);
                    let mut out = e.into_compile_error();
                    quote::ToTokens::to_tokens(&plain, &mut out);
                    out
                })
                .into();
        }
        Ok(other) => Err(syn::Error::new_spanned(
            other,
            "#[component_v2] goes on a struct (its fields) or on the struct's impl (its \
             #[monitor] and #[computed] methods)",
        )),
        Err(e) => Err(e),
    };
    expanded
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// ArkUI's `@Reusable` (and `@ReusableV2`): put it above `#[component]` or
/// `#[component_v2]`. An instance leaving the tree (a list row scrolled away, an `if` branch
/// switched off) goes into a pool kept by its parent component, nodes and state intact; the
/// next instance of the same type the parent creates is taken from there. Define
/// `about_to_reuse(&self, params: &ReuseParams)` to refresh it (V1 `#[state]` fields are
/// not refreshed for you, `#[prop]`s are; a V2 component's `#[local]` and `#[param]` fields
/// start over from their initial values) and `about_to_recycle(&self)` to learn it left.
/// A reusable component cannot take `#[builder_param]` content (it keeps the view it built). `.reuse_id("kind")` at the use
/// site keeps differently shaped instances apart.
///
/// ```
/// use arkui::prelude::*;
///
/// #[reusable]
/// #[component]
/// struct Row {
///     #[prop]
///     label: String,
///     #[state]
///     uses: u32,
/// }
///
/// impl Row {
///     fn about_to_reuse(&self, params: &ReuseParams) {
///         assert!(params.get::<String>("label").is_some());
///         self.uses.update(|n| *n += 1);
///     }
///     fn build(&self) -> impl View {
///         ui! { Text(format!("{} ({})", self.label.get(), self.uses.get())).id("row") }
///     }
/// }
///
/// #[component]
/// struct Page {
///     #[state(true)]
///     first: bool,
/// }
///
/// impl Page {
///     fn build(&self) -> impl View {
///         ui! {
///             Column() {
///                 if self.first.get() {
///                     Row(label = "a")
///                 } else {
///                     Row(label = "b")
///                 }
///                 Button("swap").id("swap").on_click(move |_| self.first.update(|f| *f = !*f))
///             }
///         }
///     }
/// }
///
/// let mut app = arkui::App::new::<Page>(DeviceProfile::iot());
/// arkui::reset_stats();
/// app.click_id("swap").unwrap();
/// assert_eq!(arkui::stats().components_reused, 1); // the "a" row became the "b" row
/// assert_eq!(app.inspector_by_id("row").unwrap()["$attrs"]["content"], "b (1)");
/// ```
#[proc_macro_attribute]
pub fn reusable(attr: TokenStream, item: TokenStream) -> TokenStream {
    reusable::expand(attr.into(), item.into()).into()
}

/// Split a struct into per-field signals: generates `NameObserved`, a `Copy` handle with one
/// reactive handle per field, and implements `arkui::Observe`.
///
/// ```
/// use arkui::prelude::*;
/// use arkui::{Observe, ObservedVec};
///
/// #[derive(Observed, Clone, Debug, PartialEq)]
/// struct Todo { title: String, done: bool }
///
/// let todos = ObservedVec::new(vec![Todo { title: "write".into(), done: false }]);
/// let first: TodoObserved = todos.get(0).unwrap();
/// first.done.set(true); // only readers of `done` re-run
/// assert_eq!(todos.snapshot()[0], Todo { title: "write".into(), done: true });
/// ```
#[proc_macro_derive(Observed)]
pub fn derive_observed(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    observed::expand(input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// ArkUI's `@ObservedV2` with `@Trace`: generates `NameTraced`, a `Copy` handle in which each
/// `#[trace]` field is its own signal (a traced field of an observable type, another
/// `ObservedV2` struct or an `ObservedVec`, is observed deeply) and every other field is an
/// `arkui::Untraced` that never notifies. Get a handle with `value.observe()` or
/// `arkui::make_observed(value)`.
///
/// ```
/// use arkui::prelude::*;
/// use arkui::{Effect, Observe};
/// use std::{cell::Cell, rc::Rc};
///
/// #[derive(ObservedV2, Clone, Debug, PartialEq)]
/// struct Book {
///     #[trace]
///     title: String,
///     note: String,
/// }
///
/// let book: BookTraced = Book { title: "Dune".into(), note: String::new() }.observe();
/// let runs = Rc::new(Cell::new(0));
/// let r = runs.clone();
/// Effect::new(move || { book.title.get(); book.note.get(); r.set(r.get() + 1); });
/// book.note.set("lent to Ada".into()); // untraced: nothing re-runs
/// assert_eq!(runs.get(), 1);
/// book.title.set("Dune Messiah".into()); // traced: its readers re-run
/// assert_eq!(runs.get(), 2);
/// assert_eq!(book.snapshot().note, "lent to Ada");
/// ```
#[proc_macro_derive(ObservedV2, attributes(trace))]
pub fn derive_observed_v2(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    observed::expand_v2(input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// An attribute bundle, ArkUI's `@Styles`: `fn name<W: CommonAttribute>(w: W) -> W`, then
/// `.name()` on any component in `ui!`.
///
/// ```
/// use arkui::prelude::*;
///
/// #[styles]
/// fn card<W: CommonAttribute>(w: W) -> W {
///     w.padding(16.vp()).border_radius(8.vp()).background_color(Color::WHITE)
/// }
///
/// let mut app = arkui::App::with_view(DeviceProfile::iot(), || ui! { Column() {}.card().id("c") });
/// assert_eq!(app.inspector_by_id("c").unwrap()["$attrs"]["padding"], "16.00vp");
/// ```
#[proc_macro_attribute]
pub fn styles(attr: TokenStream, item: TokenStream) -> TokenStream {
    if !attr.is_empty() {
        return syn::Error::new(
            proc_macro2::Span::call_site(),
            "#[styles] takes no arguments",
        )
        .into_compile_error()
        .into();
    }
    let func = syn::parse_macro_input!(item as syn::ItemFn);
    bundles::expand(func, "Styles", None)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// A bundle for one component type, ArkUI's `@Extend(Text)`: `fn name(t: Text, args..) -> Text`,
/// then `.name(args..)` on that component in `ui!`.
///
/// ```
/// use arkui::prelude::*;
///
/// #[extend(Text)]
/// fn title(t: Text, size: f32) -> Text {
///     t.font_size(size.fp()).font_weight(FontWeight::Bold)
/// }
///
/// let mut app = arkui::App::with_view(DeviceProfile::iot(), || ui! { Text("Hi").title(30.0).id("t") });
/// assert_eq!(app.inspector_by_id("t").unwrap()["$attrs"]["fontSize"], "30.00fp");
/// ```
#[proc_macro_attribute]
pub fn extend(attr: TokenStream, item: TokenStream) -> TokenStream {
    let target = match syn::parse::<syn::Path>(attr) {
        Ok(p) => p,
        Err(_) => {
            return syn::Error::new(
                proc_macro2::Span::call_site(),
                "write the component to extend: `#[extend(Text)]`",
            )
            .into_compile_error()
            .into();
        }
    };
    let func = syn::parse_macro_input!(item as syn::ItemFn);
    bundles::expand(func, "Extend", Some(target))
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// A builder function, ArkUI's `@Builder`: a function returning `impl View`, callable as a
/// child inside `ui!` (`card("title")`).
///
/// ```
/// use arkui::prelude::*;
///
/// #[builder]
/// fn badge(label: &str) -> impl View {
///     // Bindings outlive the call, so they capture owned values.
///     let label = label.to_string();
///     ui! { Text(label.clone()).font_color(Color::WHITE).background_color(Color::RED) }
/// }
///
/// let mut app = arkui::App::with_view(DeviceProfile::iot(), || ui! { Column() { badge("new") } });
/// assert_eq!(app.inspector_tree()["$children"][0]["$children"][0]["$attrs"]["content"], "new");
/// ```
#[proc_macro_attribute]
pub fn builder(attr: TokenStream, item: TokenStream) -> TokenStream {
    if !attr.is_empty() {
        return syn::Error::new(
            proc_macro2::Span::call_site(),
            "#[builder] takes no arguments",
        )
        .into_compile_error()
        .into();
    }
    let func = syn::parse_macro_input!(item as syn::ItemFn);
    if matches!(func.sig.output, syn::ReturnType::Default) {
        return syn::Error::new(
            func.sig.ident.span(),
            "a #[builder] function returns the view it builds: add `-> impl View`",
        )
        .into_compile_error()
        .into();
    }
    quote::quote!(#func).into()
}

/// Mark a `#[component]` as a page root, ArkUI's `@Entry`: it can be launched
/// (`arkui::launch::<Index>()`) and gets the page's LocalStorage.
#[proc_macro_attribute]
pub fn entry(attr: TokenStream, item: TokenStream) -> TokenStream {
    if !attr.is_empty() {
        return syn::Error::new(
            proc_macro2::Span::call_site(),
            "#[entry] takes no arguments",
        )
        .into_compile_error()
        .into();
    }
    let item = syn::parse_macro_input!(item as syn::ItemStruct);
    if !item.attrs.iter().any(|a| a.path().is_ident("component")) {
        return syn::Error::new(
            item.ident.span(),
            "#[entry] marks a component: put it above `#[component]` on the struct",
        )
        .into_compile_error()
        .into();
    }
    let name = &item.ident;
    quote::quote!(
        #item
        impl ::arkui::EntryComponent for #name {}
    )
    .into()
}

/// Typed resources with qualifiers, ArkUI's `$r(..)`: `resources!(mod r = "resources");`
/// turns a resource folder (relative to the crate) into `r::string::name()`,
/// `r::color::name()`, `r::float::name()`... that pick the best value for the current
/// locale, device type, colour mode and density, and `r::media::name()` images (files in
/// `media/` folders, compiled in, the closest density's file chosen). A missing resource is
/// a compile error.
#[proc_macro]
pub fn resources(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as resources::Input);
    resources::expand(input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}
