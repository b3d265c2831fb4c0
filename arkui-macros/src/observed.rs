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
        #[derive(Clone, Copy)]
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
