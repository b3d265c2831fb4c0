//! `#[reusable]`: ArkUI's `@Reusable` / `@ReusableV2` on a `#[component]` or
//! `#[component_v2]` struct. The attribute only marks the struct; the component macros
//! generate the pooling (see `arkui_core::create_reusable`).

use proc_macro2::TokenStream;
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Attribute, ItemStruct};

/// Whether `attr` is `#[reusable]` (any path ending in it).
fn is_marker(attr: &Attribute) -> bool {
    attr.path()
        .segments
        .last()
        .is_some_and(|s| s.ident == "reusable")
}

fn is_component(attr: &Attribute) -> bool {
    attr.path()
        .segments
        .last()
        .is_some_and(|s| s.ident == "component" || s.ident == "component_v2")
}

/// The component macro's own argument: empty, or `reusable` (what `#[reusable]` above it
/// writes).
pub(crate) fn parse_component_arg(attr: TokenStream, which: &str) -> syn::Result<bool> {
    if attr.is_empty() {
        return Ok(false);
    }
    let ident: syn::Ident = syn::parse2(attr.clone())
        .map_err(|_| syn::Error::new_spanned(&attr, format!("#[{which}] takes no arguments")))?;
    if ident == "reusable" {
        Ok(true)
    } else {
        Err(syn::Error::new_spanned(
            ident,
            format!(
                "#[{which}] takes no arguments; to make it reusable write #[reusable] above it"
            ),
        ))
    }
}

/// Remove a `#[reusable]` written below the component macro: whether there was one.
pub(crate) fn take_marker(item: &mut ItemStruct) -> bool {
    let before = item.attrs.len();
    item.attrs.retain(|a| !is_marker(a));
    item.attrs.len() != before
}

/// `#[reusable]` above `#[component]`: rewrite the component attribute to
/// `#[component(reusable)]`.
/// On a mistake the struct is still emitted (as written, or as a plain component), so the
/// error is the only one reported.
pub(crate) fn expand(attr: TokenStream, item: TokenStream) -> TokenStream {
    let mut parsed: ItemStruct = match syn::parse2(item.clone()) {
        Ok(s) => s,
        Err(e) => {
            let mut out = syn::Error::new(
                e.span(),
                "#[reusable] goes on a #[component] or #[component_v2] struct",
            )
            .into_compile_error();
            out.extend(item);
            return out;
        }
    };
    let checked = if attr.is_empty() {
        mark(&mut parsed)
    } else {
        Err(syn::Error::new_spanned(
            attr,
            "#[reusable] takes no arguments; give a reuse id at the use site: \
             `Row(..).reuse_id(\"kind\")`",
        ))
    };
    match checked {
        Ok(()) => parsed.into_token_stream(),
        Err(e) => {
            let mut out = e.into_compile_error();
            out.extend(parsed.into_token_stream());
            out
        }
    }
}

fn mark(item: &mut ItemStruct) -> syn::Result<()> {
    let Some(at) = item.attrs.iter().position(is_component) else {
        return Err(syn::Error::new(
            item.ident.span(),
            "#[reusable] needs #[component] or #[component_v2] on the same struct, below it \
             (ArkUI: `@Reusable @Component struct ..`)",
        ));
    };
    let path = item.attrs[at].path().clone();
    if !matches!(item.attrs[at].meta, syn::Meta::Path(_)) {
        return Err(syn::Error::new_spanned(
            &item.attrs[at],
            "the component attribute under #[reusable] takes no arguments",
        ));
    }
    item.attrs[at] = syn::parse_quote!(#[#path(reusable)]);
    Ok(())
}

/// The statements a reusable component's setter runs before applying `value`: record it
/// for `about_to_reuse`; with `skip_when_reusing` (a V1 `#[state]`, which ArkUI does not
/// refresh on reuse) return without applying it.
/// Spanned at the field's type: a type that is not `Clone` is reported there.
pub(crate) fn record(
    reusable: bool,
    core: &syn::Ident,
    field: &syn::Ident,
    ty: &syn::Type,
    skip_when_reusing: bool,
) -> TokenStream {
    if !reusable {
        return TokenStream::new();
    }
    let name = syn::LitStr::new(&field.to_string(), field.span());
    let call = quote_spanned! {ty.span()=>
        ::arkui::ComponentCore::record_reuse_param::<#ty>(self.#core, #name, &value)
    };
    if skip_when_reusing {
        quote! {
            if #call {
                return self;
            }
        }
    } else {
        quote! { #call; }
    }
}
