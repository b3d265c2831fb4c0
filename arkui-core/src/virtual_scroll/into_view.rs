//! Scrolling a focused component into view: containers that scroll themselves (List, Grid,
//! WaterFlow) register a handler; when focus moves to a component inside one (a D-pad press
//! on a TV), the handlers of its scrolling ancestors are called, innermost first.

use std::rc::Rc;

use crate::reactive::Scope;
use crate::tree::NodeId;

type IntoView = Rc<dyn Fn(NodeId)>;

/// A container's scroll-into-view handler, kept in the node.
#[derive(Clone)]
struct IntoViewHandler(IntoView);

/// Call `f` with the newly focused component whenever focus moves to a descendant of
/// `container`, so the container can scroll it into view. The handler goes with the
/// container (and with the current scope, if it ends first).
///
/// ```
/// use std::cell::Cell;
/// use std::rc::Rc;
/// use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind, set_scroll_into_view};
/// let seen = Rc::new(Cell::new(None));
/// let s = seen.clone();
/// let mut app = App::with_view(DeviceProfile::tv(), move || {
///     let list = NodeId::create("List", NodeKind::Flex).width(100.0).height(100.0);
///     let row = NodeId::create("Row", NodeKind::Flex).size(50.0, 20.0).focusable(true).id("row");
///     list.append(row);
///     set_scroll_into_view(list, move |n| s.set(n.key()));
///     list
/// });
/// app.frame(); // a TV focuses its first focusable component
/// assert_eq!(seen.take(), Some("row".to_string()));
/// ```
pub fn set_scroll_into_view(container: NodeId, f: impl Fn(NodeId) + 'static) {
    container.set_extension(IntoViewHandler(Rc::new(f)));
    if let Some(scope) = Scope::current() {
        scope.on_cleanup(move || drop(container.remove_extension::<IntoViewHandler>()));
    }
}

/// The handlers of `node`'s ancestors, innermost first.
pub(crate) fn into_view_handlers(node: NodeId) -> Vec<IntoView> {
    let mut out = Vec::new();
    let mut at = node.parent();
    while let Some(a) = at {
        if let Some(f) = a.extension::<IntoViewHandler>() {
            out.push(f.0);
        }
        at = a.parent();
    }
    out
}
