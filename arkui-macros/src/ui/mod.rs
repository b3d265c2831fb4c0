//! `ui!`: parse the declarative syntax, then expand it to plain calls of arkui-core's API.

mod ast;
mod expand;
mod parse;
mod rewrite;

pub(crate) use expand::expand_root;
