//! `#[styles]` and `#[extend(Component)]`: attribute bundles usable as chained methods in
//! `ui!` (`.card_style()`), generated as an extension trait beside the function.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::spanned::Spanned;
use syn::{FnArg, ItemFn, Pat, ReturnType, Type};

fn camel(name: &str) -> String {
    name.split('_')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Expand a bundle function: `fn name(w: T, args..) -> T` plus `trait NameSuffix` with
/// `fn name(self, args..) -> Self` implemented for `T` (or every `T` meeting its bounds).
pub(crate) fn expand(
    func: ItemFn,
    suffix: &str,
    target: Option<syn::Path>,
) -> syn::Result<TokenStream> {
    let sig = &func.sig;
    let macro_name = if suffix == "Styles" {
        "#[styles]"
    } else {
        "#[extend(..)]"
    };
    let mut inputs = sig.inputs.iter();
    let Some(FnArg::Typed(first)) = inputs.next() else {
        return Err(syn::Error::new(
            sig.span(),
            format!(
                "{macro_name} functions take the component first and return it: \
                 `fn {}<W: CommonAttribute>(w: W) -> W`",
                sig.ident
            ),
        ));
    };
    let self_ty: &Type = &first.ty;
    if target.is_none() {
        styles_rules(sig, self_ty)?;
    }
    match &sig.output {
        ReturnType::Type(_, ret) if quote!(#ret).to_string() == quote!(#self_ty).to_string() => {}
        _ => {
            let span = match &sig.output {
                ReturnType::Type(_, ret) => ret.span(),
                ReturnType::Default => sig.ident.span(),
            };
            return Err(syn::Error::new(
                span,
                format!(
                    "{macro_name} functions return the component they were given (`-> {}`)",
                    quote!(#self_ty)
                ),
            ));
        }
    }
    if let Some(t) = &target {
        let given = quote!(#self_ty).to_string();
        if given != quote!(#t).to_string() {
            return Err(syn::Error::new(
                self_ty.span(),
                format!(
                    "#[extend({})] functions take a `{}` first, not `{given}`",
                    quote!(#t),
                    quote!(#t)
                ),
            ));
        }
    }
    let mut params = Vec::new();
    let mut names = Vec::new();
    for arg in inputs {
        let FnArg::Typed(pt) = arg else {
            return Err(syn::Error::new(
                arg.span(),
                "bundle functions cannot take self",
            ));
        };
        let Pat::Ident(pi) = &*pt.pat else {
            return Err(syn::Error::new(
                pt.pat.span(),
                "use a plain name for this parameter",
            ));
        };
        let (n, t) = (&pi.ident, &pt.ty);
        params.push(quote!(#n: #t));
        names.push(n.clone());
    }
    let name = &sig.ident;
    let vis = &func.vis;
    let trait_name = format_ident!("{}{}", camel(&name.to_string()), suffix);
    let (impl_generics, _, where_clause) = sig.generics.split_for_impl();
    let doc =
        format!("Extension trait that makes `{name}` callable as `.{name}(..)` in `ui!` chains.");
    Ok(quote! {
        #func

        #[doc = #doc]
        #[allow(non_camel_case_types)]
        #vis trait #trait_name {
            #[doc = concat!("Apply `", stringify!(#name), "`.")]
            fn #name(self, #(#params),*) -> Self;
        }

        impl #impl_generics #trait_name for #self_ty #where_clause {
            fn #name(self, #(#params),*) -> Self {
                #name(self, #(#names),*)
            }
        }
    })
}

/// ArkUI's rules for `@Styles`: it applies to any component (so the component is a type
/// parameter, not one concrete type) and takes no parameters (those are `@Extend`'s).
fn styles_rules(sig: &syn::Signature, self_ty: &Type) -> syn::Result<()> {
    let generic = sig.generics.type_params().any(
        |p| matches!(self_ty, Type::Path(tp) if tp.qself.is_none() && tp.path.is_ident(&p.ident)),
    );
    if !generic {
        return Err(syn::Error::new(
            self_ty.span(),
            format!(
                "a #[styles] bundle applies to every component, so it takes a type parameter: \
                 `fn {}<W: CommonAttribute>(w: W) -> W`; for one component type use \
                 `#[extend({})]`",
                sig.ident,
                quote!(#self_ty)
            ),
        ));
    }
    if let Some(extra) = sig.inputs.iter().nth(1) {
        return Err(syn::Error::new(
            extra.span(),
            "a #[styles] bundle takes no parameters besides the component (ArkUI's @Styles has \
             none); a bundle with parameters is #[extend(Component)]",
        ));
    }
    Ok(())
}
