//! `#[component_v2]`: ArkUI's `@ComponentV2`. On the struct: `#[local]`, `#[param]` (with
//! `#[once]`, `#[require]`), `#[event]`, `#[provider]`, `#[consumer]`, `#[builder_param]`.
//! On its `impl`: `#[monitor("a", "b.c")]` and `#[computed]` methods.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::parse::{Parse, ParseStream};
use syn::spanned::Spanned;
use syn::{Attribute, Expr, Ident, ImplItem, ItemImpl, ItemStruct, LitStr, Token, Type};

use crate::component::{Emit, emit, parse_fields};

enum Kind {
    Local,
    Param { once: bool, require: bool },
    Event(Box<syn::TypeBareFn>),
    Provider,
    Consumer,
    BuilderParam,
}

/// Decorators of V1 components, refused here with the V2 one to use instead.
const V1: &[(&str, &str)] = &[
    ("state", "#[local]"),
    ("prop", "#[param]"),
    (
        "link",
        "#[param] plus an #[event] that asks the parent to change it",
    ),
    ("provide", "#[provider]"),
    ("consume", "#[consumer]"),
    (
        "watch",
        "#[monitor(\"field\")] on a method of the component's impl",
    ),
    (
        "storage_link",
        "a #[local] field set from AppStorage in about_to_appear",
    ),
    (
        "storage_prop",
        "a #[local] field set from AppStorage in about_to_appear",
    ),
    (
        "local_storage_link",
        "a #[local] field set from LocalStorage in about_to_appear",
    ),
    (
        "local_storage_prop",
        "a #[local] field set from LocalStorage in about_to_appear",
    ),
];

const MAIN: &[&str] = &[
    "local",
    "param",
    "event",
    "provider",
    "consumer",
    "builder_param",
];

/// `#[local(default)]`, `#[provider(default, name = "alias")]`...
#[derive(Default)]
struct Args {
    default: Option<Expr>,
    name: Option<LitStr>,
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut a = Args::default();
        while !input.is_empty() {
            if input.peek(Ident) && input.peek2(Token![=]) && !input.peek2(Token![==]) {
                let key: Ident = input.parse()?;
                input.parse::<Token![=]>()?;
                match key.to_string().as_str() {
                    "name" => a.name = Some(input.parse()?),
                    "default" => a.default = Some(input.parse()?),
                    other => {
                        return Err(syn::Error::new(
                            key.span(),
                            format!(
                                "unknown option `{other}`: expected a default value, \
                                 `default = ..` or `name = \"..\"`"
                            ),
                        ));
                    }
                }
            } else if a.default.is_none() {
                a.default = Some(input.parse()?);
            } else {
                return Err(input.error("one default value only"));
            }
            if input.is_empty() {
                break;
            }
            input.parse::<Token![,]>()?;
        }
        Ok(a)
    }
}

struct Field {
    ident: Ident,
    vis: syn::Visibility,
    ty: Type,
    rest: Vec<Attribute>,
    kind: Kind,
    args: Args,
    span: Span,
}

fn attr_name(attr: &Attribute) -> String {
    attr.path()
        .get_ident()
        .map(ToString::to_string)
        .unwrap_or_default()
}

fn parse_field(f: &syn::Field) -> syn::Result<Field> {
    let ident = f.ident.clone().expect("named fields have names");
    let mut main: Option<(&Attribute, String)> = None;
    let (mut once, mut require): (Option<&Attribute>, Option<&Attribute>) = (None, None);
    let mut rest = Vec::new();
    for attr in &f.attrs {
        let name = attr_name(attr);
        if let Some((_, instead)) = V1.iter().find(|(v1, _)| *v1 == name) {
            return Err(syn::Error::new(
                attr.span(),
                format!(
                    "`#[{name}]` is a V1 decorator and this is a #[component_v2]: V1 and V2 \
                     decorators do not mix in one component; use {instead}"
                ),
            ));
        }
        match name.as_str() {
            "once" => once = Some(attr),
            "require" => require = Some(attr),
            n if MAIN.contains(&n) => {
                if let Some((first, first_name)) = &main {
                    let mut e = syn::Error::new(
                        attr.span(),
                        format!(
                            "a field takes one of #[local], #[param], #[event], #[provider], \
                             #[consumer], #[builder_param], but `{ident}` also has \
                             `#[{first_name}]`"
                        ),
                    );
                    e.combine(syn::Error::new(first.span(), "first decorator here"));
                    return Err(e);
                }
                main = Some((attr, name));
            }
            _ => rest.push(attr.clone()),
        }
    }
    let Some((attr, name)) = main else {
        return Err(syn::Error::new(
            ident.span(),
            format!(
                "field `{ident}` of a #[component_v2] needs a decorator: `#[local]` for its own \
                 state, `#[param]` for a value from the parent, `#[event]` for a callback to it"
            ),
        ));
    };
    for (extra, what) in [(once, "once"), (require, "require")] {
        if let Some(extra) = extra
            && name != "param"
        {
            return Err(syn::Error::new(
                extra.span(),
                format!("`#[{what}]` goes with `#[param]` only, not with `#[{name}]`"),
            ));
        }
    }
    let args: Args = match &attr.meta {
        syn::Meta::Path(_) => Args::default(),
        syn::Meta::List(list) => list.parse_args()?,
        syn::Meta::NameValue(nv) => {
            return Err(syn::Error::new(
                nv.eq_token.span(),
                format!("`= value` is not valid here; write `#[{name}(value)]`"),
            ));
        }
    };
    let kind = match name.as_str() {
        "local" => Kind::Local,
        "param" => Kind::Param {
            once: once.is_some(),
            require: require.is_some(),
        },
        "event" => match &f.ty {
            Type::BareFn(bare) if bare.variadic.is_none() && bare.lifetimes.is_none() => {
                Kind::Event(Box::new(bare.clone()))
            }
            other => {
                return Err(syn::Error::new(
                    other.span(),
                    "an #[event] field is the callback's type, written as a `fn` type: \
                     `on_change: fn(i32)`, `on_pick: fn(String, usize) -> bool`",
                ));
            }
        },
        "provider" => Kind::Provider,
        "consumer" => Kind::Consumer,
        _ => Kind::BuilderParam,
    };
    let takes_default = matches!(
        kind,
        Kind::Local | Kind::Param { .. } | Kind::Provider | Kind::Consumer
    );
    if !takes_default && (args.default.is_some() || args.name.is_some()) {
        return Err(syn::Error::new(
            attr.span(),
            format!("`#[{name}]` takes no arguments"),
        ));
    }
    if args.name.is_some() && !matches!(kind, Kind::Provider | Kind::Consumer) {
        return Err(syn::Error::new(
            attr.span(),
            "`name = ..` is only for #[provider] and #[consumer]",
        ));
    }
    Ok(Field {
        ident,
        vis: f.vis.clone(),
        ty: f.ty.clone(),
        rest,
        kind,
        args,
        span: f.span(),
    })
}

/// `#[component_v2]` on the struct.
pub(crate) fn expand_struct(mut item: ItemStruct, reusable: bool) -> syn::Result<TokenStream> {
    let reusable = crate::reusable::take_marker(&mut item) || reusable;
    let fields = parse_fields(
        &item,
        "#[component_v2]",
        "struct Counter { #[local] count: i32 }",
        parse_field,
    )?;
    let name = &item.ident;
    let name_str = name.to_string();
    let core = format_ident!("__arkui_core");
    let (mut decls, mut inits, mut setters) = (Vec::new(), Vec::new(), Vec::new());
    let (mut after_init, mut on_finish, mut slots) = (Vec::new(), Vec::new(), Vec::new());
    // ArkUI's @ReusableV2: a reused instance starts over from its initial values.
    let mut on_reuse = Vec::new();
    // `#[require]` params, checked by the parent's `ui!` at compile time.
    let mut required = Vec::new();
    for f in &fields {
        let (ident, fvis, ty, rest) = (&f.ident, &f.vis, &f.ty, &f.rest);
        let label = LitStr::new(&format!("{name_str}.{ident}"), f.span);
        let field_str = LitStr::new(&ident.to_string(), ident.span());
        let alias = f.args.name.clone().unwrap_or_else(|| field_str.clone());
        let default = match &f.args.default {
            Some(e) => quote_spanned!(e.span()=> #e),
            None => quote_spanned!(ty.span()=>
                <#ty as ::arkui::__private::DefaultValue>::default_value()),
        };
        let not_set_by_parent = quote! {
            #[doc(hidden)]
            #[allow(dead_code, reason = "refuses the parent's argument with a clear error")]
            #fvis fn #ident<__V: ::arkui::__private::NotSetByParent>(self, _value: __V) -> Self {
                self
            }
        };
        let (field_ty, init) = match &f.kind {
            Kind::Local => {
                after_init.push(quote! {
                    ::arkui::__private::restorable_state(#core, #field_str, this.#ident);
                });
                setters.push(not_set_by_parent);
                on_reuse.push(quote! { this.#ident.set(#default); });
                (
                    quote!(::arkui::State<#ty>),
                    quote!(::arkui::State::named(#default, #label)),
                )
            }
            Kind::Param { once, require } => {
                let doc = format!("Pass `{ident}` from the parent.");
                let (param, conv) = crate::component::setter_param(ty);
                let record = crate::reusable::record(reusable, &core, ident, ty, false);
                setters.push(quote! {
                    #[doc = #doc]
                    #[allow(dead_code, reason = "called by the parent's ui!")]
                    #fvis fn #ident(self, value: #param) -> Self {
                        let value: #ty = #conv;
                        #record
                        self.#ident.set_from_parent(value);
                        self
                    }
                });
                on_reuse.push(quote! { this.#ident.reset(#default); });
                if *require {
                    let message = format!(
                        "{name_str}'s #[require] param `{ident}` must be passed: write \
                         `{name_str}({ident} = ..)`"
                    );
                    required.push(quote!((#field_str, #message)));
                    on_finish.push(quote! {
                        ::arkui::__private::require_passed(
                            #name_str, #field_str, self.#ident.was_passed());
                    });
                }
                if *once {
                    // After its first value the child owns it: kept across a restart.
                    after_init.push(quote! {
                        ::arkui::__private::restorable_state(#core, #field_str, this.#ident.state());
                    });
                    (
                        quote!(::arkui::OnceParam<#ty>),
                        quote!(::arkui::OnceParam::new(#default)),
                    )
                } else {
                    (
                        quote!(::arkui::Param<#ty>),
                        quote!(::arkui::Param::new(#default)),
                    )
                }
            }
            Kind::Event(bare) => {
                let inputs: Vec<&Type> = bare.inputs.iter().map(|a| &a.ty).collect();
                let output = &bare.output;
                let doc = format!("The parent's `{ident}` callback.");
                setters.push(quote! {
                    #[doc = #doc]
                    #[allow(dead_code, reason = "called by the parent's ui!")]
                    #fvis fn #ident(self, f: impl Fn(#(#inputs),*) #output + 'static) -> Self {
                        let f: ::std::rc::Rc<dyn Fn(#(#inputs),*) #output> = ::std::rc::Rc::new(f);
                        self.#ident.set_handler(f);
                        self
                    }
                });
                (
                    quote!(::arkui::Event<dyn Fn(#(#inputs),*) #output>),
                    quote!(::arkui::Event::new()),
                )
            }
            Kind::Provider => {
                setters.push(not_set_by_parent);
                (
                    quote!(::arkui::State<#ty>),
                    quote!(::arkui::provide(::core::option::Option::Some(#alias), #default)),
                )
            }
            Kind::Consumer => {
                setters.push(not_set_by_parent);
                (
                    quote!(::arkui::State<#ty>),
                    quote!(::arkui::__private::consumer_or(#alias, #label, || #default)),
                )
            }
            Kind::BuilderParam => {
                slots.push(ident.clone());
                let doc = format!("Fill the `{ident}` slot.");
                setters.push(quote! {
                    #[doc = #doc]
                    #[allow(dead_code, reason = "called by the parent's ui!")]
                    #fvis fn #ident<__V: ::arkui::View>(
                        self,
                        content: impl Fn() -> __V + 'static,
                    ) -> Self {
                        self.#ident.set_view(content);
                        self
                    }
                });
                (
                    quote!(::arkui::BuilderParam),
                    quote!(::arkui::BuilderParam::new()),
                )
            }
        };
        decls.push(quote_spanned! {f.span=> #(#rest)* #fvis #ident: #field_ty });
        inits.push(quote! { #ident: #init });
    }
    // Monitors start once the parent's arguments are in: its first values are no change
    // (ArkUI's @Monitor does not fire on initialisation).
    on_finish.push(quote! {
        self.#core.scope().run(|| {
            #[allow(unused_imports)]
            use ::arkui::__private::ComponentV2Hooks as _;
            self.__arkui_v2_setup();
        });
    });
    let mut out = emit(&Emit {
        item: &item,
        core: &core,
        decls,
        inits,
        setters,
        after_init,
        slots,
        on_finish: quote!(#(#on_finish)*),
        reusable,
        on_reuse: quote!(#(#on_reuse)*),
    });
    out.extend(quote! {
        impl ::arkui::__private::ComponentV2Hooks for #name {}
    });
    if !required.is_empty() {
        out.extend(quote! {
            impl #name {
                #[doc(hidden)]
                pub const __ARKUI_REQUIRED: &'static [(&'static str, &'static str)] =
                    &[#(#required),*];
            }
        });
    }
    Ok(out)
}

/// `#[monitor("a", "b.c")]`'s paths.
struct Paths(Vec<LitStr>);

impl Parse for Paths {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let list = input.parse_terminated(<LitStr as Parse>::parse, Token![,])?;
        Ok(Paths(list.into_iter().collect()))
    }
}

/// `#[component_v2]` on the component's `impl`: monitors and computed values.
pub(crate) fn expand_impl(mut item: ItemImpl) -> syn::Result<TokenStream> {
    let core = format_ident!("__arkui_core");
    let self_ty = item.self_ty.clone();
    let mut monitors = Vec::new();
    let mut computed_names = Vec::new();
    let mut hidden = Vec::new();
    // Computed names first: a monitor may watch one.
    for it in &item.items {
        if let ImplItem::Fn(f) = it
            && f.attrs.iter().any(|a| a.path().is_ident("computed"))
        {
            computed_names.push(f.sig.ident.to_string());
        }
    }
    for it in &mut item.items {
        let ImplItem::Fn(f) = it else { continue };
        let monitor = f.attrs.iter().position(|a| a.path().is_ident("monitor"));
        let computed = f.attrs.iter().position(|a| a.path().is_ident("computed"));
        if let (Some(_), Some(c)) = (monitor, computed) {
            return Err(syn::Error::new(
                f.attrs[c].span(),
                "a method is either #[monitor] or #[computed], not both",
            ));
        }
        if let Some(at) = monitor {
            let attr = f.attrs.remove(at);
            let paths = match &attr.meta {
                syn::Meta::List(list) => list.parse_args::<Paths>()?.0,
                _ => Vec::new(),
            };
            if paths.is_empty() {
                return Err(syn::Error::new(
                    attr.span(),
                    "#[monitor] needs the paths it watches: `#[monitor(\"count\", \"book.title\")]`",
                ));
            }
            check_monitor_signature(&f.sig)?;
            let method = &f.sig.ident;
            let mut reads = Vec::new();
            for lit in &paths {
                reads.push(path_read(lit, &computed_names)?);
            }
            monitors.push(quote! {
                ::arkui::monitor_paths(
                    ::std::vec![#(#reads),*],
                    move |m: &::arkui::Monitor| this.#method(m),
                );
            });
        } else if let Some(at) = computed {
            let attr = f.attrs.remove(at);
            if !matches!(attr.meta, syn::Meta::Path(_)) {
                return Err(syn::Error::new(
                    attr.span(),
                    "#[computed] takes no arguments",
                ));
            }
            let sig = &f.sig;
            let ok = sig.inputs.len() == 1
                && matches!(sig.inputs.first(), Some(syn::FnArg::Receiver(r)) if r.reference.is_some() && r.mutability.is_none())
                && !matches!(sig.output, syn::ReturnType::Default)
                && sig.generics.params.is_empty();
            if !ok {
                return Err(syn::Error::new(
                    sig.span(),
                    "a #[computed] method takes `&self` only and returns its value: \
                     `fn total(&self) -> i32`",
                ));
            }
            let name = sig.ident.clone();
            let name_str = LitStr::new(&name.to_string(), name.span());
            let inner = format_ident!("__arkui_computed_{}", name);
            let mut body_fn = f.clone();
            body_fn.sig.ident = inner.clone();
            body_fn.vis = syn::Visibility::Inherited;
            body_fn.attrs.retain(|a| !a.path().is_ident("doc"));
            hidden.push(quote! { #[doc(hidden)] #body_fn });
            let block: syn::Block = syn::parse_quote!({
                let this = *self;
                ::arkui::__private::computed_in(self.#core, #name_str, move || this.#inner())
            });
            f.block = block;
        }
    }
    // The struct must be #[component_v2]: only its creation installs the monitors.
    let check = quote_spanned! {self_ty.span()=>
        const _: fn() = || {
            fn is_v2<T: ::arkui::__private::ComponentV2Hooks>() {}
            is_v2::<#self_ty>();
        };
    };
    let setup = quote! {
        #check
        impl #self_ty {
            #(#hidden)*

            #[doc(hidden)]
            #[allow(dead_code, reason = "called when the component is created")]
            fn __arkui_v2_setup(&self) {
                #[allow(unused_variables)]
                let this = *self;
                #(#monitors)*
            }
        }
    };
    Ok(quote! {
        #item
        #setup
    })
}

fn check_monitor_signature(sig: &syn::Signature) -> syn::Result<()> {
    let ok = sig.inputs.len() == 2
        && matches!(sig.inputs.first(), Some(syn::FnArg::Receiver(r)) if r.reference.is_some() && r.mutability.is_none())
        && matches!(sig.output, syn::ReturnType::Default);
    if ok {
        Ok(())
    } else {
        Err(syn::Error::new(
            sig.span(),
            "a #[monitor] method takes `&self` and what changed: \
             `fn on_change(&self, m: &Monitor)`",
        ))
    }
}

/// The `monitor_path(..)` for one path: its first segment is a field (or a `#[computed]`
/// method) of the component, the rest fields of its value. Each segment is spanned at the
/// path string, so a name that does not exist is reported there.
fn path_read(lit: &LitStr, computed: &[String]) -> syn::Result<TokenStream> {
    let path = lit.value();
    let mut segments = Vec::new();
    for seg in path.split('.') {
        match syn::parse_str::<Ident>(seg) {
            Ok(_) => segments.push(Ident::new(seg, lit.span())),
            Err(_) => {
                return Err(syn::Error::new(
                    lit.span(),
                    format!(
                        "`{path}` is not a path of fields: write names joined by dots, \
                         `\"book.title\"`"
                    ),
                ));
            }
        }
    }
    let (first, rest) = segments.split_first().expect("split gives one segment");
    // The last segment is read by method resolution: a reactive handle (a traced field, a
    // `State`) gives its value, anything else a clone (`ReadHandle` / `ReadPlain`).
    let read = if computed.iter().any(|c| first == c) {
        quote_spanned!(lit.span()=> {
            #[allow(unused_imports)]
            use ::arkui::__private::{ReadHandle as _, ReadPlain as _};
            let v = this.#first();
            (&v #(.#rest)*).__arkui_read()
        })
    } else {
        quote_spanned!(lit.span()=> this.#first.with(|v| {
            #[allow(unused_imports)]
            use ::arkui::__private::{ReadHandle as _, ReadPlain as _};
            (&(*v) #(.#rest)*).__arkui_read()
        }))
    };
    Ok(quote! {
        ::arkui::monitor_path(#lit, move || #read)
    })
}

/// Remove `#[monitor]` and `#[computed]` from the methods of `item`.
pub(crate) fn strip_v2_attrs(item: &mut ItemImpl) {
    for it in &mut item.items {
        if let ImplItem::Fn(f) = it {
            f.attrs
                .retain(|a| !a.path().is_ident("monitor") && !a.path().is_ident("computed"));
        }
    }
}
