//! `#[derive(Observed)]`: a struct observed field by field.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::spanned::Spanned;
use syn::{DeriveInput, Fields};

pub(crate) fn expand(input: DeriveInput) -> syn::Result<TokenStream> {
    let syn::Data::Struct(data) = &input.data else {
        return Err(syn::Error::new(
            input.ident.span(),
            "#[derive(Observed)] works on structs with named fields",
        ));
    };
    let Fields::Named(named) = &data.fields else {
        return Err(syn::Error::new(
            data.fields.span(),
            "#[derive(Observed)] needs named fields",
        ));
    };
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new(
            input.generics.span(),
            "#[derive(Observed)] structs cannot be generic",
        ));
    }
    let name = &input.ident;
    let vis = &input.vis;
    let handle = format_ident!("{}Observed", name);
    let idents: Vec<_> = named
        .named
        .iter()
        .map(|f| f.ident.clone().expect("named"))
        .collect();
    let tys: Vec<_> = named.named.iter().map(|f| f.ty.clone()).collect();
    let vises: Vec<_> = named.named.iter().map(|f| f.vis.clone()).collect();
    let doc = format!(
        "`{name}` observed per field: each field is its own reactive handle, so a change to one \
         field re-runs only what read that field."
    );
    Ok(quote! {
        #[doc = #doc]
        #[doc = ""]
        #[doc = "Two handles are equal when they are the same signals (the same observed value)."]
        #[derive(Clone, Copy, PartialEq)]
        #vis struct #handle {
            #(
                #[doc = concat!("The `", stringify!(#idents), "` field.")]
                #vises #idents: <#tys as ::arkui::Observe>::Handle,
            )*
        }

        impl ::arkui::Observe for #name {
            type Handle = #handle;
            fn observe(self) -> #handle {
                #handle { #( #idents: ::arkui::Observe::observe(self.#idents), )* }
            }
            fn snapshot(h: #handle) -> #name {
                #name { #( #idents: <#tys as ::arkui::Observe>::snapshot(h.#idents), )* }
            }
            fn release(h: #handle) {
                #( <#tys as ::arkui::Observe>::release(h.#idents); )*
            }
        }

        impl #handle {
            /// A plain copy of the whole value (subscribing to every field).
            #vis fn snapshot(self) -> #name {
                <#name as ::arkui::Observe>::snapshot(self)
            }
        }
    })
}

/// `#[derive(ObservedV2)]`: ArkUI's `@ObservedV2` with `@Trace`. Generates `NameTraced`, a
/// `Copy` handle whose `#[trace]` fields are observed (deeply: a traced field of an
/// observable type gets that type's handle) and whose other fields are `Untraced`: they
/// hold a value but never notify.
pub(crate) fn expand_v2(input: DeriveInput) -> syn::Result<TokenStream> {
    let syn::Data::Struct(data) = &input.data else {
        return Err(syn::Error::new(
            input.ident.span(),
            "#[derive(ObservedV2)] works on structs with named fields",
        ));
    };
    let Fields::Named(named) = &data.fields else {
        return Err(syn::Error::new(
            data.fields.span(),
            "#[derive(ObservedV2)] needs named fields",
        ));
    };
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new(
            input.generics.span(),
            "#[derive(ObservedV2)] structs cannot be generic",
        ));
    }
    let name = &input.ident;
    let vis = &input.vis;
    let handle = format_ident!("{}Traced", name);
    let (mut decls, mut observe, mut snapshot, mut release) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for f in &named.named {
        let ident = f.ident.clone().expect("named");
        let (ty, fvis) = (&f.ty, &f.vis);
        let mut traced = false;
        for attr in &f.attrs {
            if attr.path().is_ident("trace") {
                if !matches!(attr.meta, syn::Meta::Path(_)) {
                    return Err(syn::Error::new(attr.span(), "#[trace] takes no arguments"));
                }
                traced = true;
            }
        }
        if traced {
            let doc = format!("The traced `{ident}` field: reading it subscribes.");
            decls.push(quote! {
                #[doc = #doc]
                #fvis #ident: <#ty as ::arkui::Observe>::Handle
            });
            observe.push(quote! { #ident: ::arkui::Observe::observe(self.#ident) });
            snapshot.push(quote! { #ident: <#ty as ::arkui::Observe>::snapshot(h.#ident) });
            release.push(quote! { <#ty as ::arkui::Observe>::release(h.#ident); });
        } else {
            let doc = format!("The untraced `{ident}` field: it never notifies.");
            decls.push(quote! {
                #[doc = #doc]
                #fvis #ident: ::arkui::Untraced<#ty>
            });
            observe.push(quote! { #ident: ::arkui::Untraced::new(self.#ident) });
            snapshot.push(quote! { #ident: h.#ident.get() });
            release.push(quote! { h.#ident.dispose(); });
        }
    }
    let doc = format!(
        "`{name}` observed as ArkUI's `@ObservedV2`: its `#[trace]` fields notify their \
         readers, its other fields never do."
    );
    Ok(quote! {
        #[doc = #doc]
        #[doc = ""]
        #[doc = "Two handles are equal when they are the same signals (the same observed value)."]
        #[derive(Clone, Copy, PartialEq)]
        #vis struct #handle {
            #(#decls,)*
        }

        impl ::arkui::Observe for #name {
            type Handle = #handle;
            fn observe(self) -> #handle {
                #handle { #(#observe,)* }
            }
            fn snapshot(h: #handle) -> #name {
                #name { #(#snapshot,)* }
            }
            fn release(h: #handle) {
                #(#release)*
            }
        }

        impl #handle {
            /// A plain copy of the whole value (subscribing to every traced field).
            #vis fn snapshot(self) -> #name {
                <#name as ::arkui::Observe>::snapshot(self)
            }
        }

        impl ::arkui::__private::ReadHandle for #handle {
            type Value = #name;
            fn __arkui_read(&self) -> #name {
                <#name as ::arkui::Observe>::snapshot(*self)
            }
        }
    })
}
