//! The syntax tree of a `ui!` body.

use proc_macro2::Span;
use syn::{Expr, Ident, Pat, Path};

/// One thing inside `{ }`: a component, a conditional, a list, or a view expression.
pub(crate) enum Node {
    Element(Element),
    If(IfChain),
    ForEach(Box<ForEach>),
    Repeat(Box<Repeat>),
    /// A call of a builder function or any expression producing a view (`card("x")`).
    View(Expr),
}

/// `Name(args) { children } .attr(..)*`
pub(crate) struct Element {
    pub(crate) path: Path,
    pub(crate) args: Vec<Expr>,
    pub(crate) named: Vec<(Ident, Expr)>,
    pub(crate) children: Vec<Node>,
    pub(crate) attrs: Vec<Attr>,
}

/// `.name(args)` after an element.
pub(crate) struct Attr {
    pub(crate) name: Ident,
    pub(crate) args: Vec<Expr>,
}

/// `if a { .. } else if b { .. } else { .. }`
pub(crate) struct IfChain {
    pub(crate) branches: Vec<(Expr, Vec<Node>)>,
    pub(crate) otherwise: Option<Vec<Node>>,
    pub(crate) span: Span,
}

/// Which list construct.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ListKind {
    /// `ForEach(items, key, builder)`.
    ForEach,
    /// `LazyForEach(source, key(item, index), builder)`.
    LazyForEach,
}

/// `ForEach(items, key_fn, |item| { children })`
pub(crate) struct ForEach {
    pub(crate) kind: ListKind,
    pub(crate) items: Expr,
    pub(crate) key: Expr,
    pub(crate) pat: Pat,
    pub(crate) body: Vec<Node>,
}

/// `Repeat(items).each(|ri| { .. }).key(..).virtual_scroll(..).template_id(..).template(..)`
pub(crate) struct Repeat {
    pub(crate) items: Expr,
    pub(crate) calls: Vec<RepeatCall>,
}

/// One call of a `Repeat` chain.
pub(crate) enum RepeatCall {
    /// `.each(|ri| { nodes })`
    Each { pat: Pat, body: Vec<Node> },
    /// `.template("kind", |ri| { nodes }, options?)`
    Template(Box<Template>),
    /// `.key(..)`, `.template_id(..)`, `.virtual_scroll(..)`: passed through.
    Plain { name: Ident, args: Vec<Expr> },
}

/// `.template("kind", |ri| { nodes }, options?)`
pub(crate) struct Template {
    pub(crate) name: Expr,
    pub(crate) pat: Pat,
    pub(crate) body: Vec<Node>,
    pub(crate) options: Option<Expr>,
}
