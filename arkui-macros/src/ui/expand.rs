//! Code generation for `ui!`: every construct becomes calls of `::arkui::__private`.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Expr, Ident};

use super::ast::{Element, ForEach, IfChain, ListKind, Node, Repeat, RepeatCall};
use super::parse::Nodes;
use super::rewrite::{THIS, contains_closure, is_static, replace_self};

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
        (Some(Node::Repeat(r)), None) => {
            return Err(syn::Error::new(
                r.items.span(),
                "the root of ui! must be a component, not a Repeat; put it inside a container \
                 such as `List() { Repeat(..) }`",
            ));
        }
        (Some(root), None) => root,
    };
    let mut g = Gen {
        counter: 0,
        captures: Vec::new(),
    };
    let body = match &root {
        Node::Element(e) => g.element(e),
        Node::View(expr) => quote!(#expr),
        Node::If(_) | Node::ForEach(_) | Node::Repeat(_) => unreachable!("rejected above"),
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
        Node::Repeat(r) => r.items.span(),
        Node::View(e) => e.span(),
    }
}

struct Gen {
    counter: usize,
    /// Variables bound by enclosing `ForEach` item patterns. Every closure the expansion
    /// creates clones the ones it mentions first, so `Text(item.name.clone())` and
    /// `.id(format!("row-{}", item.id))` can both use `item` (each binding owns a copy).
    captures: Vec<Ident>,
}

fn mentions(tokens: TokenStream, name: &Ident) -> bool {
    tokens.into_iter().any(|tt| match tt {
        proc_macro2::TokenTree::Ident(i) => i == *name,
        proc_macro2::TokenTree::Group(g) => mentions(g.stream(), name),
        _ => false,
    })
}

fn pattern_idents(pat: &syn::Pat, out: &mut Vec<Ident>) {
    match pat {
        syn::Pat::Ident(p) => out.push(p.ident.clone()),
        syn::Pat::Type(t) => pattern_idents(&t.pat, out),
        syn::Pat::Tuple(t) => t.elems.iter().for_each(|p| pattern_idents(p, out)),
        syn::Pat::TupleStruct(t) => t.elems.iter().for_each(|p| pattern_idents(p, out)),
        syn::Pat::Struct(s) => s.fields.iter().for_each(|f| pattern_idents(&f.pat, out)),
        syn::Pat::Reference(r) => pattern_idents(&r.pat, out),
        _ => {}
    }
}

/// An event handler attribute (`on_click`, or any taking a closure): set once, never bound.
fn is_handler(name: &Ident, args: &[Expr]) -> bool {
    name.to_string().starts_with("on_") || args.iter().any(contains_closure)
}

impl Gen {
    /// `let x = x.clone();` for every captured item variable `tokens` mention.
    fn clones(&self, tokens: TokenStream) -> TokenStream {
        let lets = self
            .captures
            .iter()
            .filter(|c| mentions(tokens.clone(), c))
            .map(|c| {
                quote_spanned! {c.span()=> let #c = ::core::clone::Clone::clone(&#c); }
            });
        quote!(#(#lets)*)
    }

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
        // Each argument converts on its own, at its own tokens: a wrong one is reported there,
        // naming the type the component takes.
        let args: Vec<TokenStream> = e
            .args
            .iter()
            .map(|a| quote_spanned! {a.span()=> ::arkui::__private::argument(#a)})
            .collect();
        let create = if e.args.iter().all(is_static) {
            quote_spanned! {span=>
                <#path as ::arkui::__private::Element<_>>::create((#(#args,)*))
            }
        } else {
            let plain = &e.args;
            let clones = self.clones(quote!(#(#plain)*));
            quote_spanned! {span=>
                { #clones ::arkui::__private::create::<#path, _>(move || (#(#args,)*)) }
            }
        };
        let mut stmts = Vec::new();
        for (name, value) in &e.named {
            stmts.push(self.attr(&el, name, std::slice::from_ref(value)));
        }
        if !e.children.is_empty() {
            let slot = self.fresh("slot");
            let body = self.children_into(&slot, &e.children);
            let clones = self.clones(body.clone());
            stmts.push(quote! {{
                #clones
                ::arkui::__private::Widget::set_children(
                    #el,
                    ::std::boxed::Box::new(move |#slot: ::arkui::__private::NodeId| { #body }),
                );
            }});
        }
        stmts.push(quote! { ::arkui::__private::Widget::finish(#el); });
        // The names of the attributes this chain sets (not handlers): on a custom component
        // they win over the same attributes its `build` binds (see `instance_attrs`).
        let names: Vec<String> = e
            .attrs
            .iter()
            .filter(|a| !is_handler(&a.name, &a.args) && a.name != "reuse_id")
            .map(|a| a.name.to_string())
            .collect();
        if !names.is_empty() {
            stmts.push(quote! { ::arkui::__private::instance_attrs(#el, &[#(#names),*]); });
        }
        for a in e.attrs.iter().filter(|a| a.name != "reuse_id") {
            stmts.push(self.attr(&el, &a.name, &a.args));
        }
        // `#[require]` params not passed are a compile error at the component's name (no
        // check for `Self`, which a nested constant cannot name).
        if path.segments.first().is_none_or(|s| s.ident != "Self") {
            let passed: Vec<String> = e.named.iter().map(|(n, _)| n.to_string()).collect();
            stmts.insert(
                0,
                quote_spanned! {span=>
                    const _: () = {
                        #[allow(unused_imports)]
                        use ::arkui::__private::NoRequiredParams as _;
                        ::arkui::__private::check_required(#path::__ARKUI_REQUIRED, &[#(#passed),*])
                    };
                },
            );
        }
        // `.reuse_id(id)` picks the pool the instance comes from: it acts at creation.
        let create = match e.attrs.iter().find(|a| a.name == "reuse_id") {
            Some(a) => {
                let id = &a.args;
                quote_spanned! {a.name.span()=>
                    ::arkui::__private::with_reuse_id::<#path, _>(&(#(#id),*), || #create)
                }
            }
            None => create,
        };
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
        let clones = self.clones(quote!(#(#args)*));
        if is_handler(name, args) || args.iter().all(is_static) {
            return quote_spanned! {span=> { #clones #el.#name(#(#args),*); } };
        }
        let name_str = name.to_string();
        let vals: Vec<Ident> = (0..args.len())
            .map(|i| format_ident!("__arkui_v{}", i, span = Span::mixed_site()))
            .collect();
        quote_spanned! {span=>
            { #clones ::arkui::__private::attr_named(#el, #name_str, move || (#(#args,)*), move |(#(#vals,)*)| { #el.#name(#(#vals),*); }); }
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
            Node::Repeat(r) => self.repeat(parent, r),
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
        let clones = self.clones(quote!(#cond #(#arms)*));
        quote! {{
            #clones
            ::arkui::__private::branch(
                #parent,
                move || -> usize { #cond },
                move |#index: usize, #frag: ::arkui::__private::NodeId| {
                    #[allow(unreachable_patterns)]
                    match #index { #(#arms)* _ => {} }
                },
            );
        }}
    }

    /// A row builder closure `move |pat, holder| { body }`, with the enclosing item
    /// variables it mentions cloned for it.
    fn row_builder(&mut self, pat: &syn::Pat, body: &[Node]) -> TokenStream {
        let frag = self.fresh("row");
        let mut bound = Vec::new();
        pattern_idents(pat, &mut bound);
        let depth = self.captures.len();
        self.captures.extend(bound);
        let body = self.children_into(&frag, body);
        self.captures.truncate(depth);
        let clones = self.clones(body.clone());
        let closure = quote!(move |#pat, #frag: ::arkui::__private::NodeId| { #body });
        if clones.is_empty() {
            closure
        } else {
            quote!({ #clones #closure })
        }
    }

    fn repeat(&mut self, parent: &Ident, r: &Repeat) -> TokenStream {
        let items = &r.items;
        let mut chain = Vec::new();
        for call in &r.calls {
            chain.push(match call {
                RepeatCall::Each { pat, body } => {
                    let builder = self.row_builder(pat, body);
                    quote!(.each(#builder))
                }
                RepeatCall::Template(t) => {
                    let name = &t.name;
                    let builder = self.row_builder(&t.pat, &t.body);
                    let options = match &t.options {
                        Some(o) => quote!(#o),
                        None => quote!(::core::default::Default::default()),
                    };
                    quote_spanned!(name.span()=> .template(#name, #builder, #options))
                }
                RepeatCall::Plain { name, args } => {
                    let clones = self.clones(quote!(#(#args)*));
                    if name == "virtual_scroll" && args.is_empty() {
                        quote_spanned!(name.span()=> .virtual_scroll(::core::default::Default::default()))
                    } else if clones.is_empty() {
                        quote_spanned!(name.span()=> .#name(#(#args),*))
                    } else {
                        quote_spanned!(name.span()=> .#name({ #clones #(#args),* }))
                    }
                }
            });
        }
        let clones = self.clones(quote!(#items));
        quote_spanned! {items.span()=>
            { #clones ::arkui::Repeat::new(move || #items) #(#chain)* .mount(#parent); }
        }
    }

    fn for_each(&mut self, parent: &Ident, f: &ForEach) -> TokenStream {
        let frag = self.fresh("row");
        let items = &f.items;
        let key = &f.key;
        let pat = &f.pat;
        let mut bound = Vec::new();
        pattern_idents(pat, &mut bound);
        let depth = self.captures.len();
        self.captures.extend(bound);
        let body = self.children_into(&frag, &f.body);
        self.captures.truncate(depth);
        // Enclosing item variables the list's closures mention are cloned once for them.
        let outer = self.clones(quote!(#items #key #body));
        let call = match f.kind {
            ListKind::ForEach => quote_spanned! {items.span()=>
                ::arkui::__private::for_each(
                    #parent,
                    move || #items,
                    move |#pat, #frag: ::arkui::__private::NodeId| { #body },
                    #key,
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
        };
        quote!({ #outer #call })
    }
}
