//! Parsing `ui!` bodies with syn, with errors that point at the offending tokens.

use syn::parse::{Parse, ParseStream};
use syn::{Expr, Ident, Pat, Path, Result, Token, braced, parenthesized};

use super::ast::{Attr, Element, ForEach, IfChain, ListKind, Node, Repeat, RepeatCall, Template};

/// A sequence of nodes (the inside of a `{ }` block or of the whole macro).
pub(crate) struct Nodes(pub(crate) Vec<Node>);

impl Parse for Nodes {
    fn parse(input: ParseStream<'_>) -> Result<Self> {
        let mut nodes = Vec::new();
        while !input.is_empty() {
            let node = parse_node(input)?;
            if input.peek(Token![.]) && matches!(node, Node::If(_) | Node::ForEach(_)) {
                let what = if matches!(node, Node::If(_)) {
                    "an `if`"
                } else {
                    "a list (ForEach)"
                };
                return Err(input.error(format!(
                    "attributes can only follow a component, but this one follows {what}; \
                     put the attribute on a component inside it, or wrap it in a container"
                )));
            }
            nodes.push(node);
            // Separators are optional, as in ArkTS.
            while input.peek(Token![;]) || input.peek(Token![,]) {
                input.parse::<proc_macro2::TokenTree>()?;
            }
        }
        Ok(Nodes(nodes))
    }
}

fn parse_node(input: ParseStream<'_>) -> Result<Node> {
    if input.peek(Token![if]) {
        return parse_if(input).map(Node::If);
    }
    if input.peek(Ident) && input.fork().parse::<Ident>().is_ok_and(|i| i == "Repeat") {
        return parse_repeat(input).map(|r| Node::Repeat(Box::new(r)));
    }
    if input.peek(Ident)
        && input
            .fork()
            .parse::<Ident>()
            .is_ok_and(|i| i == "ForEach" || i == "LazyForEach")
    {
        return parse_for_each(input).map(|f| Node::ForEach(Box::new(f)));
    }
    let fork = input.fork();
    if let Ok(path) = fork.call(Path::parse_mod_style)
        && path
            .segments
            .last()
            .is_some_and(|s| starts_uppercase(&s.ident))
        && !fork.peek(Token![::])
    {
        return parse_element(input).map(Node::Element);
    }
    // Anything else must be an expression producing a view: `card("title")`, `self.header()`.
    let expr: Expr = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected a component (`Text(\"hi\")`), `if`, `ForEach(..)` or a builder call \
             producing a view",
        )
    })?;
    Ok(Node::View(expr))
}

fn starts_uppercase(i: &Ident) -> bool {
    i.to_string().chars().next().is_some_and(char::is_uppercase)
}

fn parse_element(input: ParseStream<'_>) -> Result<Element> {
    let path = input.call(Path::parse_mod_style)?;
    let mut args = Vec::new();
    let mut named = Vec::new();
    if input.peek(syn::token::Paren) {
        let content;
        parenthesized!(content in input);
        while !content.is_empty() {
            if content.peek(Ident) && content.peek2(Token![=]) && !content.peek2(Token![==]) {
                let name: Ident = content.parse()?;
                content.parse::<Token![=]>()?;
                named.push((name, content.parse()?));
            } else {
                if !named.is_empty() {
                    return Err(content.error("positional arguments must come before named ones"));
                }
                args.push(content.parse()?);
            }
            if content.is_empty() {
                break;
            }
            content.parse::<Token![,]>()?;
        }
    }
    let mut children = Vec::new();
    if input.peek(syn::token::Brace) {
        let content;
        braced!(content in input);
        children = content.parse::<Nodes>()?.0;
    }
    let mut attrs = Vec::new();
    while input.peek(Token![.]) {
        input.parse::<Token![.]>()?;
        let name: Ident = input.parse()?;
        let content;
        parenthesized!(content in input);
        let list = content.parse_terminated(Expr::parse, Token![,])?;
        attrs.push(Attr {
            name,
            args: list.into_iter().collect(),
        });
    }
    Ok(Element {
        path,
        args,
        named,
        children,
        attrs,
    })
}

fn parse_if(input: ParseStream<'_>) -> Result<IfChain> {
    let span = input.span();
    let mut branches = Vec::new();
    let mut otherwise = None;
    input.parse::<Token![if]>()?;
    loop {
        let cond = Expr::parse_without_eager_brace(input)?;
        let content;
        braced!(content in input);
        branches.push((cond, content.parse::<Nodes>()?.0));
        if !input.peek(Token![else]) {
            break;
        }
        input.parse::<Token![else]>()?;
        if input.peek(Token![if]) {
            input.parse::<Token![if]>()?;
            continue;
        }
        let content;
        braced!(content in input);
        otherwise = Some(content.parse::<Nodes>()?.0);
        break;
    }
    Ok(IfChain {
        branches,
        otherwise,
        span,
    })
}

fn parse_for_each(input: ParseStream<'_>) -> Result<ForEach> {
    let kw: Ident = input.parse()?;
    let kind = match kw.to_string().as_str() {
        "LazyForEach" => ListKind::LazyForEach,
        _ => ListKind::ForEach,
    };
    let content;
    parenthesized!(content in input);
    let items: Expr = content.parse()?;
    if content.is_empty() {
        return Err(syn::Error::new(
            kw.span(),
            format!(
                "{kw} needs three arguments: the items, a key function (`|item| item.id`) and \
                 an item builder (`|item| {{ Text(..) }}`)"
            ),
        ));
    }
    content.parse::<Token![,]>()?;
    if content.peek(Token![|]) || content.peek(Token![move]) {
        // Two arguments: a closure whose body is a `{ .. }` block of components is the item
        // builder (the key is missing); any other closure is the key (the builder is missing).
        let fork = content.fork();
        if let Ok(Expr::Closure(c)) = fork.parse::<Expr>()
            && (fork.is_empty() || (fork.peek(Token![,]) && fork.peek2(syn::parse::End)))
        {
            let message = if matches!(*c.body, Expr::Block(_)) {
                format!(
                    "{kw} is missing its key function: write `{kw}(items, |item| item.id, |item| {{ .. }})`; \
                     keys let the list move rows instead of rebuilding them"
                )
            } else {
                format!(
                    "{kw} is missing its item builder: write `{kw}(items, |item| item.id, |item| {{ .. }})`"
                )
            };
            return Err(syn::Error::new(kw.span(), message));
        }
    }
    let key: Expr = content.parse()?;
    content.parse::<Token![,]>().map_err(|_| {
        syn::Error::new(
            kw.span(),
            "ForEach is missing its item builder: write `ForEach(items, |item| item.id, |item| { .. })`",
        )
    })?;
    let (pat, body) = parse_row_builder(&content)?;
    if content.peek(Token![,]) {
        content.parse::<Token![,]>()?;
    }
    if !content.is_empty() {
        return Err(content.error(format!("{kw} takes exactly three arguments")));
    }
    Ok(ForEach {
        kind,
        items,
        key,
        pat,
        body,
    })
}

/// `move? |pat (: Type)?| { nodes }` (or a single node): a row builder.
fn parse_row_builder(content: ParseStream<'_>) -> Result<(Pat, Vec<Node>)> {
    content.parse::<Option<Token![move]>>()?;
    content.parse::<Token![|]>()?;
    let pat = Pat::parse_single(content)?;
    let pat = if content.peek(Token![:]) {
        let colon: Token![:] = content.parse()?;
        let ty: syn::Type = content.parse()?;
        Pat::Type(syn::PatType {
            attrs: Vec::new(),
            pat: Box::new(pat),
            colon_token: colon,
            ty: Box::new(ty),
        })
    } else {
        pat
    };
    content.parse::<Token![|]>()?;
    let body = if content.peek(syn::token::Brace) {
        let inner;
        braced!(inner in content);
        inner.parse::<Nodes>()?.0
    } else {
        vec![parse_node(content)?]
    };
    Ok((pat, body))
}

/// `Repeat(items)` and its chain of `.each`, `.key`, `.virtual_scroll`, `.template_id`,
/// `.template` calls.
fn parse_repeat(input: ParseStream<'_>) -> Result<Repeat> {
    let kw: Ident = input.parse()?;
    let content;
    parenthesized!(content in input);
    if content.is_empty() {
        return Err(syn::Error::new(
            kw.span(),
            "Repeat needs its items: `Repeat(self.items.get()).each(|ri| { Text(ri.item.get()) })`",
        ));
    }
    let items: Expr = content.parse()?;
    if !content.is_empty() {
        return Err(content.error(
            "Repeat takes only its items; rows come from `.each(|ri| { .. })` and keys from \
             `.key(|item, index| ..)`, as in ArkUI: \
             `Repeat(items).each(|ri| { Text(ri.item.get()) }).key(|item, _| item.id)`",
        ));
    }
    let mut calls = Vec::new();
    let mut has_each = false;
    while input.peek(Token![.]) {
        input.parse::<Token![.]>()?;
        let name: Ident = input.parse()?;
        let args;
        parenthesized!(args in input);
        let call = match name.to_string().as_str() {
            "each" => {
                has_each = true;
                let (pat, body) = parse_row_builder(&args)?;
                RepeatCall::Each { pat, body }
            }
            "template" => {
                let kind: Expr = args.parse()?;
                args.parse::<Token![,]>().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "template takes a name and a row builder: `.template(\"kind\", |ri| { .. })`",
                    )
                })?;
                let (pat, body) = parse_row_builder(&args)?;
                let options = if args.peek(Token![,]) && !args.peek2(syn::parse::End) {
                    args.parse::<Token![,]>()?;
                    Some(args.parse::<Expr>()?)
                } else {
                    None
                };
                RepeatCall::Template(Box::new(Template {
                    name: kind,
                    pat,
                    body,
                    options,
                }))
            }
            "key" | "template_id" | "virtual_scroll" => {
                let list = args.parse_terminated(Expr::parse, Token![,])?;
                RepeatCall::Plain {
                    name,
                    args: list.into_iter().collect(),
                }
            }
            other => {
                return Err(syn::Error::new(
                    name.span(),
                    format!(
                        "Repeat has no `.{other}(..)`: expected `each`, `key`, `virtual_scroll`, \
                         `template_id` or `template`; put attributes on the rows instead"
                    ),
                ));
            }
        };
        if !args.is_empty() {
            args.parse::<Option<Token![,]>>()?;
            if !args.is_empty() {
                return Err(args.error("unexpected argument"));
            }
        }
        calls.push(call);
    }
    if !has_each {
        return Err(syn::Error::new(
            kw.span(),
            "Repeat is missing its row builder: add `.each(|ri| { Text(ri.item.get()) })`",
        ));
    }
    Ok(Repeat { items, calls })
}
