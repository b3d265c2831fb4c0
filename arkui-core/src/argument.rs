//! [`FromArgument`]: how a positional argument in `ui!` (`Text("hi")`, `Image(path)`) becomes
//! the type the component takes.
//!
//! `ui!` wraps every positional argument in [`argument`], located at the argument's tokens,
//! so a wrong one is reported there, naming the type the component expected, rather than as
//! an unsatisfied `Element` bound on the component with every `From` impl in the dependency
//! tree listed after it. Components therefore take concrete argument types
//! (`Element<(String,)>`, not `Element<(S,)> where S: Into<String>`), and the conversions
//! live here.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

use crate::image::ImageSource;

/// Build `Self` from a positional argument of type `A`.
///
/// Every type converts from itself; add an impl to let a type of yours be passed where a
/// component expects `Self` (the orphan rule allows `impl FromArgument<MyType> for String`).
///
/// ```
/// use arkui_core::macro_support::{FromArgument, argument};
/// let s: String = argument("hi");
/// assert_eq!(s, "hi");
/// assert_eq!(String::from_argument('x'), "x");
/// let n: u32 = argument(7);
/// assert_eq!(n, 7);
/// ```
#[diagnostic::on_unimplemented(
    message = "this argument must be `{Self}`, but it is `{A}`",
    label = "expected `{Self}` here",
    note = "a component's positional arguments are converted one by one with `FromArgument`; \
            pass a `{Self}`, or a type with `impl FromArgument<{A}> for {Self}`"
)]
pub trait FromArgument<A>: Sized {
    /// Convert the argument.
    fn from_argument(argument: A) -> Self;
}

impl<T> FromArgument<T> for T {
    fn from_argument(argument: T) -> T {
        argument
    }
}

/// What `ui!` wraps each positional argument in (see the module docs).
pub fn argument<T: FromArgument<A>, A>(argument: A) -> T {
    T::from_argument(argument)
}

macro_rules! convert {
    ($target:ty: $($from:ty),* $(,)?) => {$(
        impl FromArgument<$from> for $target {
            fn from_argument(argument: $from) -> $target {
                <$target>::from(argument)
            }
        }
    )*};
}

convert!(String: &str, &String, &mut str, char, Box<str>, Cow<'_, str>);
convert!(ImageSource: &str, String, PathBuf, &Path, Vec<u8>, &'static [u8]);

impl FromArgument<Rc<str>> for String {
    fn from_argument(argument: Rc<str>) -> String {
        argument.to_string()
    }
}

impl FromArgument<Arc<str>> for String {
    fn from_argument(argument: Arc<str>) -> String {
        argument.to_string()
    }
}
