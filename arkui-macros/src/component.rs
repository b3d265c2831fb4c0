//! `#[component]`: a struct of decorated fields becomes a `Copy` bundle of reactive handles
//! that `ui!` can create, pass props to, and build.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Attribute, Expr, Fields, ItemStruct, Type};

/// What a field was declared as.
enum Decorator {
    /// `#[state]` / `#[state(default)]`: owned by the component.
    State(Option<Expr>),
    /// `#[prop]` / `#[prop(default)]`: set by the parent.
    Prop(Option<Expr>),
}

const KNOWN: &[&str] = &[
    "state",
    "prop",
    "link",
    "provide",
    "consume",
    "storage_link",
    "storage_prop",
    "local_storage_link",
    "watch",
    "builder_param",
];

fn decorator(field: &syn::Field) -> syn::Result<(Decorator, Vec<Attribute>)> {
    let mut found: Option<(Decorator, &Attribute)> = None;
    let mut rest = Vec::new();
    for attr in &field.attrs {
        let Some(name) = attr.path().get_ident().map(|i| i.to_string()) else {
            rest.push(attr.clone());
            continue;
        };
        if !KNOWN.contains(&name.as_str()) {
            rest.push(attr.clone());
            continue;
        }
        if let Some((_, first)) = &found {
            let mut e = syn::Error::new(
                attr.span(),
                format!(
                    "a field takes one decorator, but this one also has `#[{}]`; choose one",
                    first
                        .path()
                        .get_ident()
                        .map(|i| i.to_string())
                        .unwrap_or_default()
                ),
            );
            e.combine(syn::Error::new(first.span(), "first decorator here"));
            return Err(e);
        }
        let default = match &attr.meta {
            syn::Meta::Path(_) => None,
            syn::Meta::List(list) => Some(list.parse_args::<Expr>()?),
            syn::Meta::NameValue(nv) => {
                return Err(syn::Error::new(
                    nv.span(),
                    format!("write the default in parentheses: `#[{name}(value)]`"),
                ));
            }
        };
        let d = match name.as_str() {
            "state" => Decorator::State(default),
            "prop" => Decorator::Prop(default),
            other => {
                return Err(syn::Error::new(
                    attr.span(),
                    format!("`#[{other}]` is not supported by this version of #[component] yet"),
                ));
            }
        };
        found = Some((d, attr));
    }
    match found {
        Some((d, _)) => Ok((d, rest)),
        None => Err(syn::Error::new(
            field.span(),
            "every field of a #[component] needs a decorator: `#[state]` for the component's own \
             state or `#[prop]` for a value from the parent",
        )),
    }
}

pub(crate) fn expand(item: ItemStruct) -> syn::Result<TokenStream> {
    if !item.generics.params.is_empty() {
        return Err(syn::Error::new(
            item.generics.span(),
            "#[component] structs cannot be generic",
        ));
    }
    let Fields::Named(named) = &item.fields else {
        return Err(syn::Error::new(
            item.fields.span(),
            "#[component] needs a struct with named fields, e.g. `struct Counter { #[state] count: i32 }`",
        ));
    };
    let name = &item.ident;
    let vis = &item.vis;
    let attrs = &item.attrs;
    let name_str = name.to_string();
    let mut fields = Vec::new();
    let mut inits = Vec::new();
    let mut setters = Vec::new();
    for f in &named.named {
        let (dec, rest) = decorator(f)?;
        let ident = f.ident.as_ref().expect("named fields have names");
        let fvis = &f.vis;
        let ty: &Type = &f.ty;
        let span = f.ty.span();
        let default = |d: &Option<Expr>| match d {
            Some(e) => quote_spanned!(e.span()=> #e),
            None => quote_spanned!(span=> <#ty as ::core::default::Default>::default()),
        };
        match dec {
            Decorator::State(d) => {
                let d = default(&d);
                fields.push(quote! { #(#rest)* #fvis #ident: ::arkui::State<#ty> });
                inits.push(quote! { #ident: ::arkui::State::new(#d) });
                let doc = format!("Set the initial value of `{ident}` from the parent.");
                setters.push(quote! {
                    #[doc = #doc]
                    #fvis fn #ident(self, value: impl ::core::convert::Into<#ty>) -> Self {
                        self.#ident.set(value.into());
                        self
                    }
                });
            }
            Decorator::Prop(d) => {
                let d = default(&d);
                fields.push(quote! { #(#rest)* #fvis #ident: ::arkui::Prop<#ty> });
                inits.push(quote! { #ident: ::arkui::Prop::new(#d) });
                let doc = format!("Pass `{ident}` from the parent (one-way).");
                setters.push(quote! {
                    #[doc = #doc]
                    #fvis fn #ident(self, value: impl ::core::convert::Into<#ty>) -> Self {
                        self.#ident.set_from_parent(value.into());
                        self
                    }
                });
            }
        }
    }
    let core = format_ident!("__arkui_core");
    Ok(quote! {
        #(#attrs)*
        #[derive(Clone, Copy)]
        #vis struct #name {
            #(#fields,)*
            #core: ::arkui::ComponentCore,
        }

        impl #name {
            #(#setters)*
        }

        impl ::arkui::Element<()> for #name {
            fn create(_: ()) -> Self {
                let #core = ::arkui::ComponentCore::new(#name_str);
                #core.scope().run(|| #name { #(#inits,)* #core })
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
                self.#core.build(move || ::arkui::View::into_node(self.build()));
            }
        }
    })
}
