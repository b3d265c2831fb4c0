//! Token rewriting: `self` → the copied component handle, and the "reads no state" test.

use proc_macro2::{Group, Ident, TokenStream, TokenTree};
use syn::Expr;

/// The name `ui!` binds the copied `*self` to.
pub(crate) const THIS: &str = "__arkui_this";

/// Replace every `self` token by [`THIS`] (keeping its span, so errors point at the user's
/// `self`). Returns whether any was found.
pub(crate) fn replace_self(tokens: TokenStream, found: &mut bool) -> TokenStream {
    tokens
        .into_iter()
        .map(|tt| match tt {
            TokenTree::Ident(i) if i == "self" => {
                *found = true;
                TokenTree::Ident(Ident::new(THIS, i.span()))
            }
            TokenTree::Group(g) => {
                let mut ng = Group::new(g.delimiter(), replace_self(g.stream(), found));
                ng.set_span(g.span());
                TokenTree::Group(ng)
            }
            other => other,
        })
        .collect()
}

/// True when `e` certainly reads no state: literals, constants (`Color::RED`), unit
/// conversions on literals (`12.vp()`), and operators, tuples and arrays of those.
/// Anything else is bound reactively (which costs nothing more than one call when it
/// turns out to read nothing).
pub(crate) fn is_static(e: &Expr) -> bool {
    match e {
        Expr::Lit(_) => true,
        Expr::Path(p) => {
            p.qself.is_none()
                && p.path.segments.last().is_some_and(|s| {
                    let name = s.ident.to_string();
                    // `Color::RED`, `FontWeight::Bold`, `MAX`: constants and enum variants.
                    p.path.segments.len() > 1
                        || name
                            .chars()
                            .all(|c| c.is_uppercase() || c == '_' || c.is_ascii_digit())
                })
        }
        Expr::MethodCall(m) => {
            is_static(&m.receiver)
                && m.args.iter().all(is_static)
                && matches!(
                    m.method.to_string().as_str(),
                    "vp" | "fp" | "px" | "lpx" | "with_opacity"
                )
        }
        Expr::Call(c) => {
            // `pct(100.0)` and enum tuple variants like `Some(3)` of static arguments.
            matches!(&*c.func, Expr::Path(p) if p.path.is_ident("pct") || p.path.is_ident("Some"))
                && c.args.iter().all(is_static)
        }
        Expr::Unary(u) => is_static(&u.expr),
        Expr::Binary(b) => is_static(&b.left) && is_static(&b.right),
        Expr::Paren(p) => is_static(&p.expr),
        Expr::Group(g) => is_static(&g.expr),
        Expr::Tuple(t) => t.elems.iter().all(is_static),
        Expr::Array(a) => a.elems.iter().all(is_static),
        Expr::Reference(r) => is_static(&r.expr),
        Expr::Cast(c) => is_static(&c.expr),
        _ => false,
    }
}

/// True when `e` contains a closure anywhere (`.gesture(Gesture::tap(1).on_action(|e| ..))`):
/// such arguments are handlers, set once; re-evaluating them would also need every captured
/// value to be cloneable.
pub(crate) fn contains_closure(e: &Expr) -> bool {
    struct Finder(bool);
    impl<'ast> syn::visit::Visit<'ast> for Finder {
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {
            self.0 = true;
        }
        fn visit_macro(&mut self, m: &'ast syn::Macro) {
            // Macro arguments are not parsed: a `|` there (`vec![g.on_action(|e| ..)]`) is
            // taken as a closure.
            fn has_bar(ts: proc_macro2::TokenStream) -> bool {
                ts.into_iter().any(|tt| match tt {
                    TokenTree::Punct(p) => p.as_char() == '|',
                    TokenTree::Group(g) => has_bar(g.stream()),
                    _ => false,
                })
            }
            self.0 |= has_bar(m.tokens.clone());
        }
    }
    let mut f = Finder(false);
    syn::visit::Visit::visit_expr(&mut f, e);
    f.0
}
