//! `#[component]`: a struct of decorated fields becomes a `Copy` bundle of reactive handles
//! that `ui!` can create, pass arguments to, and build.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::parse::{Parse, ParseStream};
use syn::spanned::Spanned;
use syn::{Attribute, Expr, Fields, Ident, ItemStruct, LitStr, Token, Type};

/// What a field was declared as.
enum Kind {
    State,
    Prop,
    Link,
    Provide,
    Consume,
    StorageLink(LitStr),
    StorageProp(LitStr),
    LocalStorageLink(LitStr),
    LocalStorageProp(LitStr),
    BuilderParam,
}

struct Field {
    ident: Ident,
    vis: syn::Visibility,
    ty: Type,
    rest: Vec<Attribute>,
    kind: Kind,
    default: Option<Expr>,
    /// `name = "alias"` for provide/consume.
    alias: Option<LitStr>,
    watch: Option<Ident>,
    span: Span,
}

/// `#[decorator(...)]` arguments: a default expression, a key string, or `key = value` pairs.
#[derive(Default)]
struct Args {
    positional: Option<Expr>,
    default: Option<Expr>,
    name: Option<LitStr>,
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut a = Args::default();
        if input.is_empty() {
            return Ok(a);
        }
        if input.peek(Ident) && input.peek2(Token![=]) && !input.peek2(Token![==]) {
            while !input.is_empty() {
                let key: Ident = input.parse()?;
                input.parse::<Token![=]>()?;
                match key.to_string().as_str() {
                    "default" => a.default = Some(input.parse()?),
                    "name" => a.name = Some(input.parse()?),
                    other => {
                        return Err(syn::Error::new(
                            key.span(),
                            format!(
                                "unknown option `{other}`: expected `default = ..` or `name = \"..\"`"
                            ),
                        ));
                    }
                }
                if input.is_empty() {
                    break;
                }
                input.parse::<Token![,]>()?;
            }
        } else {
            a.positional = Some(input.parse()?);
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
                let key: Ident = input.parse()?;
                if key != "default" {
                    return Err(syn::Error::new(
                        key.span(),
                        "expected `default = ..` after the key",
                    ));
                }
                input.parse::<Token![=]>()?;
                a.default = Some(input.parse()?);
            }
        }
        Ok(a)
    }
}

/// `#[component_v2]`'s field decorators, refused in a V1 component.
const V2_DECORATORS: &[&str] = &[
    "local", "param", "once", "require", "event", "provider", "consumer",
];

const DECORATORS: &[&str] = &[
    "state",
    "prop",
    "link",
    "provide",
    "consume",
    "storage_link",
    "storage_prop",
    "local_storage_link",
    "local_storage_prop",
    "builder_param",
];

/// A setter's parameter type and the expression turning `value` into the field's type. An
/// integer field takes its own type, so a literal (`count = 5` for a `u8`) infers to it;
/// `impl Into<u8>` would default the literal to `i32`, which has no `Into<u8>`.
pub(crate) fn setter_param(ty: &syn::Type) -> (TokenStream, TokenStream) {
    const INTEGERS: [&str; 12] = [
        "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
    ];
    let integer = matches!(ty, syn::Type::Path(p)
        if p.qself.is_none() && p.path.get_ident().is_some_and(|i| INTEGERS.contains(&i.to_string().as_str())));
    if integer {
        (quote!(#ty), quote!(value))
    } else {
        (
            quote!(impl ::core::convert::Into<#ty>),
            quote!(value.into()),
        )
    }
}

fn key_arg(name: &str, args: &Args, span: Span) -> syn::Result<LitStr> {
    match &args.positional {
        Some(Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        })) => Ok(s.clone()),
        _ => Err(syn::Error::new(
            span,
            format!("#[{name}] needs the storage key as a string: `#[{name}(\"key\")]`"),
        )),
    }
}

fn parse_field(f: &syn::Field) -> syn::Result<Field> {
    let ident = f.ident.clone().expect("named fields have names");
    let mut found: Option<(Kind, Args, &Attribute)> = None;
    let mut watch = None;
    let mut rest = Vec::new();
    for attr in &f.attrs {
        let name = attr
            .path()
            .get_ident()
            .map(ToString::to_string)
            .unwrap_or_default();
        if name == "watch" {
            let method: Ident = attr.parse_args().map_err(|_| {
                syn::Error::new(
                    attr.span(),
                    "write the method to call: `#[watch(on_count_change)]`",
                )
            })?;
            watch = Some(method);
            continue;
        }
        if V2_DECORATORS.contains(&name.as_str()) {
            return Err(syn::Error::new(
                attr.span(),
                format!(
                    "`#[{name}]` is a V2 decorator and this is a #[component]: V1 and V2 \
                     decorators do not mix in one component; make the struct \
                     #[component_v2] (and use V2 decorators only), or use #[state] / #[prop]"
                ),
            ));
        }
        if !DECORATORS.contains(&name.as_str()) {
            rest.push(attr.clone());
            continue;
        }
        if let Some((_, _, first)) = &found {
            let mut e = syn::Error::new(
                attr.span(),
                format!(
                    "a field takes one decorator, but `{ident}` also has `#[{}]`; choose one \
                     (only `#[watch(..)]` combines with others)",
                    first
                        .path()
                        .get_ident()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                ),
            );
            e.combine(syn::Error::new(first.span(), "first decorator here"));
            return Err(e);
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
        let span = attr.span();
        let kind = match name.as_str() {
            "state" => Kind::State,
            "prop" => Kind::Prop,
            "link" => Kind::Link,
            "provide" => Kind::Provide,
            "consume" => Kind::Consume,
            "storage_link" => Kind::StorageLink(key_arg(&name, &args, span)?),
            "storage_prop" => Kind::StorageProp(key_arg(&name, &args, span)?),
            "local_storage_link" => Kind::LocalStorageLink(key_arg(&name, &args, span)?),
            "local_storage_prop" => Kind::LocalStorageProp(key_arg(&name, &args, span)?),
            _ => Kind::BuilderParam,
        };
        found = Some((kind, args, attr));
    }
    let Some((kind, args, attr)) = found else {
        return Err(syn::Error::new(
            ident.span(),
            format!(
                "field `{ident}` of a #[component] needs a decorator: `#[state]` for the \
                 component's own state, `#[prop]` for a value from the parent, `#[link]` for a \
                 parent's state shared two-way"
            ),
        ));
    };
    let is_storage = matches!(
        kind,
        Kind::StorageLink(_)
            | Kind::StorageProp(_)
            | Kind::LocalStorageLink(_)
            | Kind::LocalStorageProp(_)
    );
    let default = if is_storage {
        args.default
    } else {
        args.default.or(args.positional)
    };
    match kind {
        Kind::Link if default.is_some() => {
            return Err(syn::Error::new(
                default.as_ref().map_or(attr.span(), Spanned::span),
                "a #[link] field cannot have its own initial value: it always shows the parent's \
                 state; remove the value and pass the state from the parent (`Child(field = self.state)`)",
            ));
        }
        Kind::BuilderParam if default.is_some() => {
            return Err(syn::Error::new(
                attr.span(),
                "#[builder_param] takes no default",
            ));
        }
        _ => {}
    }
    if args.name.is_some() && !matches!(kind, Kind::Provide | Kind::Consume) {
        return Err(syn::Error::new(
            attr.span(),
            "`name = ..` is only for #[provide] and #[consume]",
        ));
    }
    if watch.is_some() && matches!(kind, Kind::BuilderParam) {
        return Err(syn::Error::new(
            attr.span(),
            "#[watch] cannot watch a #[builder_param]",
        ));
    }
    Ok(Field {
        ident,
        vis: f.vis.clone(),
        ty: f.ty.clone(),
        rest,
        kind,
        default,
        alias: args.name,
        watch,
        span: f.span(),
    })
}

/// Each named field of `item` parsed by `parse`, with every field's error reported at once.
/// `what` names the macro in messages (`#[component]`), `example` shows a declaration.
pub(crate) fn parse_fields<F>(
    item: &ItemStruct,
    what: &str,
    example: &str,
    parse: impl Fn(&syn::Field) -> syn::Result<F>,
) -> syn::Result<Vec<F>> {
    if !item.generics.params.is_empty() {
        return Err(syn::Error::new(
            item.generics.span(),
            format!("{what} structs cannot be generic"),
        ));
    }
    let Fields::Named(named) = &item.fields else {
        return Err(syn::Error::new(
            item.ident.span(),
            format!("{what} needs a struct with named fields, e.g. `{example}`"),
        ));
    };
    let mut errors: Option<syn::Error> = None;
    let mut fields = Vec::new();
    for f in &named.named {
        match parse(f) {
            Ok(f) => fields.push(f),
            Err(e) => match &mut errors {
                Some(all) => all.combine(e),
                None => errors = Some(e),
            },
        }
    }
    match errors {
        Some(e) => Err(e),
        None => Ok(fields),
    }
}

pub(crate) fn expand(mut item: ItemStruct, reusable: bool) -> syn::Result<TokenStream> {
    let reusable = crate::reusable::take_marker(&mut item) || reusable;
    let fields = parse_fields(
        &item,
        "#[component]",
        "struct Counter { #[state] count: i32 }",
        parse_field,
    )?;
    let slots: Vec<&Field> = fields
        .iter()
        .filter(|f| matches!(f.kind, Kind::BuilderParam))
        .collect();
    let name = &item.ident;
    let name_str = name.to_string();
    let core = format_ident!("__arkui_core");
    let mut decls = Vec::new();
    let mut inits = Vec::new();
    let mut setters = Vec::new();
    let mut watches = Vec::new();
    let mut restorables = Vec::new();
    for f in &fields {
        let (ident, fvis, ty, rest) = (&f.ident, &f.vis, &f.ty, &f.rest);
        let span = f.ty.span();
        let label = LitStr::new(&format!("{name_str}.{ident}"), f.span);
        let default = match &f.default {
            Some(e) => quote_spanned!(e.span()=> #e),
            None => {
                quote_spanned!(span=> <#ty as ::arkui::__private::DefaultValue>::default_value())
            }
        };
        let alias = f
            .alias
            .clone()
            .unwrap_or_else(|| LitStr::new(&ident.to_string(), ident.span()));
        let (field_ty, init) = match &f.kind {
            Kind::State => (
                quote!(::arkui::State<#ty>),
                quote!(::arkui::State::named(#default, #label)),
            ),
            Kind::Prop => (
                quote!(::arkui::Prop<#ty>),
                quote!(::arkui::Prop::new(#default)),
            ),
            // Until the parent binds it, a link reads and writes a local `Default` value; the
            // span puts a missing `Default` on the user's field type.
            Kind::Link => (
                quote!(::arkui::Link<#ty>),
                quote_spanned!(ty.span()=> ::arkui::Link::<#ty>::unbound()),
            ),
            Kind::Provide => (
                quote!(::arkui::State<#ty>),
                quote!(::arkui::provide(::core::option::Option::Some(#alias), #default)),
            ),
            Kind::Consume => (
                quote!(::arkui::State<#ty>),
                quote!(::arkui::__private::consume_or(#alias, #label, || #default)),
            ),
            Kind::StorageLink(key) => (
                quote!(::arkui::Link<#ty>),
                quote!(::arkui::__private::storage_link(#key, || #default)),
            ),
            Kind::StorageProp(key) => (
                quote!(::arkui::Prop<#ty>),
                quote!(::arkui::__private::storage_prop(#key, || #default)),
            ),
            Kind::LocalStorageLink(key) => (
                quote!(::arkui::Link<#ty>),
                quote!(::arkui::__private::local_storage_link(#key, || #default)),
            ),
            Kind::LocalStorageProp(key) => (
                quote!(::arkui::Prop<#ty>),
                quote!(::arkui::__private::local_storage_prop(#key, || #default)),
            ),
            Kind::BuilderParam => (
                quote!(::arkui::BuilderParam),
                quote!(::arkui::BuilderParam::new()),
            ),
        };
        let _ = ty;
        decls.push(quote_spanned! {f.span=> #(#rest)* #fvis #ident: #field_ty });
        inits.push(quote! { #ident: #init });
        let doc = match &f.kind {
            Kind::State | Kind::Provide => format!("Initial value of `{ident}`, from the parent."),
            Kind::Prop => format!("Pass `{ident}` from the parent (one-way)."),
            Kind::Link => format!("Bind `{ident}` to the parent's state (two-way)."),
            Kind::BuilderParam => format!("Fill the `{ident}` slot."),
            _ => format!("Override `{ident}`."),
        };
        let (param, conv) = setter_param(ty);
        let setter = match &f.kind {
            Kind::State | Kind::Provide | Kind::Consume => {
                // ArkUI does not refresh a reused component's @State: about_to_reuse does.
                let record = crate::reusable::record(reusable, &core, ident, ty, true);
                quote! {
                    #[doc = #doc]
                    #[allow(dead_code, reason = "called by the parent's ui!")]
                    #fvis fn #ident(self, value: #param) -> Self {
                        let value: #ty = #conv;
                        #record
                        self.#ident.set(value);
                        self
                    }
                }
            }
            Kind::Prop | Kind::StorageProp(_) | Kind::LocalStorageProp(_) => {
                let record = crate::reusable::record(reusable, &core, ident, ty, false);
                quote! {
                    #[doc = #doc]
                    #[allow(dead_code, reason = "called by the parent's ui!")]
                    #fvis fn #ident(self, value: #param) -> Self {
                        let value: #ty = #conv;
                        #record
                        self.#ident.set_from_parent(value);
                        self
                    }
                }
            }
            Kind::Link | Kind::StorageLink(_) | Kind::LocalStorageLink(_) => quote! {
                #[doc = #doc]
                #[allow(dead_code, reason = "called by the parent's ui!")]
                #fvis fn #ident(self, source: impl ::arkui::LinkSource<#ty>) -> Self {
                    self.#ident.bind(source);
                    self
                }
            },
            Kind::BuilderParam => quote! {
                #[doc = #doc]
                #[allow(dead_code, reason = "called by the parent's ui!")]
                #fvis fn #ident<__V: ::arkui::View>(self, content: impl Fn() -> __V + 'static) -> Self {
                    self.#ident.set_view(content);
                    self
                }
            },
        };
        setters.push(setter);
        if matches!(f.kind, Kind::State) {
            let field = LitStr::new(&ident.to_string(), ident.span());
            restorables.push(quote! {
                ::arkui::__private::restorable_state(#core, #field, this.#ident);
            });
        }
        if let Some(method) = &f.watch {
            watches.push(quote_spanned! {method.span()=>
                ::arkui::__private::watch_field(this.#ident, move || this.#method());
            });
        }
    }
    let slots: Vec<Ident> = slots.iter().map(|f| f.ident.clone()).collect();
    let mut after_init = restorables;
    after_init.extend(watches);
    Ok(emit(&Emit {
        item: &item,
        core: &core,
        decls,
        inits,
        setters,
        after_init,
        slots,
        on_finish: TokenStream::new(),
        reusable,
        on_reuse: TokenStream::new(),
    }))
}

/// What a component struct expands to, V1 or V2 alike.
pub(crate) struct Emit<'a> {
    pub(crate) item: &'a ItemStruct,
    pub(crate) core: &'a Ident,
    /// The generated struct's fields (the core is added).
    pub(crate) decls: Vec<TokenStream>,
    /// `field: init` for each field.
    pub(crate) inits: Vec<TokenStream>,
    /// Methods the parent's `ui!` calls.
    pub(crate) setters: Vec<TokenStream>,
    /// Statements run with `this` in the component's scope once its fields exist.
    pub(crate) after_init: Vec<TokenStream>,
    /// `#[builder_param]` fields, in order.
    pub(crate) slots: Vec<Ident>,
    /// Statements run (as `self`) when the parent has passed its arguments, before build.
    pub(crate) on_finish: TokenStream,
    /// `#[reusable]`: instances go into a pool when they leave the tree.
    pub(crate) reusable: bool,
    /// Statements run (as `this`) when a reusable instance leaves its pool, before the
    /// parent's arguments are applied.
    pub(crate) on_reuse: TokenStream,
}

pub(crate) fn emit(e: &Emit<'_>) -> TokenStream {
    let (name, vis, attrs, core) = (&e.item.ident, &e.item.vis, &e.item.attrs, e.core);
    let name_str = name.to_string();
    // Spanned at the struct name so a missing `build` is reported there.
    let build_call = quote_spanned!(name.span()=> self.build());
    let (decls, inits, setters, after_init, on_finish) =
        (&e.decls, &e.inits, &e.setters, &e.after_init, &e.on_finish);
    let set_children = match e.slots.as_slice() {
        [] => quote! {
            fn set_children(self, _build: ::std::boxed::Box<dyn FnOnce(::arkui::NodeId)>) {
                ::arkui::__private::children_without_slot(#name_str);
            }
        },
        [ident] => {
            quote! {
                fn set_children(self, build: ::std::boxed::Box<dyn FnOnce(::arkui::NodeId)>) {
                    self.#ident.set_once(build);
                }
            }
        }
        _ => {
            let first = &e.slots[0];
            quote! {
                // With several slots, trailing children fill the first one.
                fn set_children(self, build: ::std::boxed::Box<dyn FnOnce(::arkui::NodeId)>) {
                    self.#first.set_once(build);
                }
            }
        }
    };
    let fresh = quote! {
        let #core = ::arkui::ComponentCore::new(#name_str);
        #core.scope().run(|| {
            let this = #name { #(#inits,)* #core };
            #(#after_init)*
            this
        })
    };
    // A reused instance keeps the view it built; content passed into a slot would be the
    // previous parent's. Refused rather than shown stale.
    let slot_error = match (e.reusable, e.slots.first()) {
        (true, Some(slot)) => syn::Error::new(
            slot.span(),
            "a #[reusable] component keeps the view it built when it is reused, so it cannot \
             take #[builder_param] content (it would show the previous use's); pass the data \
             as a #[prop] or #[param] and build the content inside",
        )
        .into_compile_error(),
        _ => TokenStream::new(),
    };
    let (create, reuse_finish, marker) = if e.reusable && e.slots.is_empty() {
        let on_reuse = &e.on_reuse;
        (
            quote! {
                ::arkui::create_reusable::<Self>(
                    #name_str,
                    ::arkui::ReuseHooks {
                        core: |this| this.#core,
                        recycle: |this| {
                            #[allow(unused_imports)]
                            use ::arkui::ComponentLifecycle as _;
                            this.about_to_recycle();
                        },
                        reset: |this| {
                            let _ = this;
                            #on_reuse
                        },
                    },
                    || { #fresh },
                )
            },
            // A reused instance keeps its view: it is told, not built.
            quote! {
                if let ::core::option::Option::Some(params) = self.#core.finish_reuse() {
                    self.#core.scope().run(|| self.about_to_reuse(&params));
                    return;
                }
            },
            quote! { impl ::arkui::__private::Reusable for #name {} },
        )
    } else {
        (fresh, TokenStream::new(), TokenStream::new())
    };
    quote! {
        #slot_error
        #marker

        #(#attrs)*
        #[derive(Clone, Copy)]
        #vis struct #name {
            #(#decls,)*
            #core: ::arkui::ComponentCore,
        }

        impl #name {
            #(#setters)*
        }

        impl ::arkui::ComponentLifecycle for #name {}

        impl ::arkui::Element<()> for #name {
            fn create(_: ()) -> Self {
                #create
            }
            fn update(self, _: ()) {}
        }

        impl ::arkui::Widget for #name {
            fn node(self) -> ::arkui::NodeId {
                self.#core.node()
            }
            fn outer(self) -> ::arkui::NodeId {
                self.#core.holder()
            }
            fn finish(self) {
                #[allow(unused_imports)]
                use ::arkui::ComponentLifecycle as _;
                #reuse_finish
                #on_finish
                self.#core.scope().run(|| self.about_to_appear());
                self.#core.scope().on_cleanup(move || self.about_to_disappear());
                self.#core.build(move || ::arkui::View::into_node(#build_call));
            }
            #set_children
        }
    }
}
