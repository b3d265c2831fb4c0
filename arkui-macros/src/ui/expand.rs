//! Code generation for `ui!`: every construct becomes calls of `::arkui::__private`.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Expr, Ident};

use super::ast::{Element, ForEach, IfChain, ListKind, Node};
use super::parse::Nodes;
use super::rewrite::{THIS, is_static, replace_self};

/// Expand a whole `ui!` invocation: exactly one root component.
pub(crate) fn expand_root(input: TokenStream) -> syn::Result<TokenStream> {
    let mut uses_self = false;
    let input = replace_self(input, &mut uses_self);
    let Nodes(nodes) = syn::parse2(input)?;
    let mut iter = nodes.into_iter();
    let root = match (iter.next(), iter.next()) {
        (None, _) => {
            return Err(syn::Error::new(
                Span::call_site(),
                "ui! needs one root component, e.g. `ui! { Column() { .. } }`",
            ));
        }
        (Some(_), Some(second)) => {
            return Err(syn::Error::new(
                node_span(&second),
                "ui! takes exactly one root component; wrap these components in a \
                 container such as `Column() { .. }`",
            ));
        }
        (Some(Node::If(chain)), None) => {
            return Err(syn::Error::new(
                chain.span,
                "the root of ui! must be a component, not an `if`; put the `if` inside a \
                 container such as `Column() { if .. { .. } }`",
            ));
        }
        (Some(Node::ForEach(f)), None) => {
            return Err(syn::Error::new(
                f.items.span(),
                "the root of ui! must be a component, not a ForEach; put it inside a container \
                 such as `Column() { ForEach(..) }`",
            ));
        }
        (Some(root), None) => root,
    };
    let mut g = Gen { counter: 0 };
    let body = match &root {
        Node::Element(e) => g.element(e),
        Node::View(expr) => quote!(#expr),
        Node::If(_) | Node::ForEach(_) => unreachable!("rejected above"),
    };
    let this = Ident::new(THIS, Span::call_site());
    let prelude = if uses_self {
        quote! {
            #[allow(unused_variables)]
            let #this = *self;
        }
    } else {
        quote!()
    };
    Ok(quote! {{
        #prelude
        #body
    }})
}

fn node_span(n: &Node) -> Span {
    match n {
        Node::Element(e) => e.path.span(),
        Node::If(i) => i.span,
        Node::ForEach(f) => f.items.span(),
        Node::View(e) => e.span(),
    }
}

struct Gen {
    counter: usize,
}

impl Gen {
    fn fresh(&mut self, base: &str) -> Ident {
        self.counter += 1;
        format_ident!(
            "__arkui_{}{}",
            base,
            self.counter,
            span = Span::mixed_site()
        )
    }

    /// An element expression evaluating to its handle.
    fn element(&mut self, e: &Element) -> TokenStream {
        let el = self.fresh("e");
        let path = &e.path;
        let span = path.span();
        let args = &e.args;
        let create = if args.iter().all(is_static) {
            quote_spanned! {span=>
                <#path as ::arkui::__private::Element<_>>::create((#(#args,)*))
            }
        } else {
            quote_spanned! {span=>
                ::arkui::__private::create::<#path, _>(move || (#(#args,)*))
            }
        };
        let mut stmts = Vec::new();
        for (name, value) in &e.named {
            stmts.push(self.attr(&el, name, std::slice::from_ref(value)));
        }
        if !e.children.is_empty() {
            let slot = self.fresh("slot");
            let body = self.children_into(&slot, &e.children);
            stmts.push(quote! {
                ::arkui::__private::Widget::set_children(
                    #el,
                    ::std::boxed::Box::new(move |#slot: ::arkui::__private::NodeId| { #body }),
                );
            });
        }
        stmts.push(quote! { ::arkui::__private::Widget::finish(#el); });
        for a in &e.attrs {
            stmts.push(self.attr(&el, &a.name, &a.args));
        }
        quote! {{
            let #el = #create;
            #(#stmts)*
            #el
        }}
    }

    /// One attribute call, bound reactively unless its arguments are static or it is an
    /// event handler (closures are set once; they read state when they run).
    fn attr(&mut self, el: &Ident, name: &Ident, args: &[Expr]) -> TokenStream {
        let span = name.span();
        // `name = bind!(state)`: two-way binding through the widget's `bind_name`.
        if let [Expr::Macro(m)] = args
            && m.mac.path.is_ident("bind")
        {
            let bind_name = format_ident!("bind_{}", name, span = span);
            let source = &m.mac.tokens;
            return quote_spanned! {span=> #el.#bind_name(#source); };
        }
        let is_event = name.to_string().starts_with("on_");
        if is_event || args.iter().all(is_static) {
            return quote_spanned! {span=> #el.#name(#(#args),*); };
        }
        let vals: Vec<Ident> = (0..args.len())
            .map(|i| format_ident!("__arkui_v{}", i, span = Span::mixed_site()))
            .collect();
        quote_spanned! {span=>
            ::arkui::__private::attr(move || (#(#args,)*), move |(#(#vals,)*)| { #el.#name(#(#vals),*); });
        }
    }

    /// Attach one child node (or conditional, or list) under `parent`.
    fn child(&mut self, parent: &Ident, node: &Node) -> TokenStream {
        match node {
            Node::Element(e) => {
                let child = self.element(e);
                quote! { ::arkui::__private::append(#parent, #child); }
            }
            Node::View(expr) => {
                quote_spanned! {expr.span()=> ::arkui::__private::append(#parent, #expr); }
            }
            Node::If(chain) => self.if_chain(parent, chain),
            Node::ForEach(f) => self.for_each(parent, f),
        }
    }

    fn children_into(&mut self, container: &Ident, nodes: &[Node]) -> TokenStream {
        let stmts: Vec<TokenStream> = nodes.iter().map(|n| self.child(container, n)).collect();
        quote! { #(#stmts)* }
    }

    fn if_chain(&mut self, parent: &Ident, chain: &IfChain) -> TokenStream {
        let frag = self.fresh("branch");
        let index = self.fresh("i");
        let n = chain.branches.len();
        let mut cond = quote!(#n);
        for (i, (c, _)) in chain.branches.iter().enumerate().rev() {
            cond = quote!(if #c { #i } else { #cond });
        }
        let mut arms = Vec::new();
        for (i, (_, body)) in chain.branches.iter().enumerate() {
            let b = self.children_into(&frag, body);
            arms.push(quote!(#i => { #b }));
        }
        if let Some(body) = &chain.otherwise {
            let b = self.children_into(&frag, body);
            arms.push(quote!(#n => { #b }));
        }
        quote! {
            ::arkui::__private::branch(
                #parent,
                move || -> usize { #cond },
                move |#index: usize, #frag: ::arkui::__private::NodeId| {
                    #[allow(unreachable_patterns)]
                    match #index { #(#arms)* _ => {} }
                },
            );
        }
    }

    fn for_each(&mut self, parent: &Ident, f: &ForEach) -> TokenStream {
        let frag = self.fresh("row");
        let items = &f.items;
        let key = &f.key;
        let pat = &f.pat;
        let body = self.children_into(&frag, &f.body);
        match f.kind {
            ListKind::ForEach | ListKind::Repeat => quote_spanned! {items.span()=>
                ::arkui::__private::for_each(
                    #parent,
                    move || #items,
                    #key,
                    move |#pat, #frag: ::arkui::__private::NodeId| { #body },
                );
            },
            ListKind::LazyForEach => quote_spanned! {items.span()=>
                ::arkui::__private::lazy_for_each(
                    #parent,
                    #items,
                    #key,
                    move |#pat, #frag: ::arkui::__private::NodeId| { #body },
                );
            },
        }
    }
}
