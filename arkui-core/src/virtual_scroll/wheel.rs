//! Wheel and touchpad scrolling for containers that scroll themselves (List, Grid,
//! WaterFlow): the core scrolls `Scroll` nodes; these take the wheel through a handler.

use std::rc::Rc;

use crate::reactive::Scope;
use crate::tree::NodeId;

type WheelHandler = Rc<dyn Fn(f32, f32)>;

/// A node's wheel handler, kept in the node ([`NodeId::set_extension`]).
#[derive(Clone)]
struct Wheel(WheelHandler);

/// Let `node` take wheel turns over it: `f` gets the turn in pixels `(dx, dy)` (positive
/// `dy` scrolls the content up, as for a `Scroll`). The innermost such node, or `Scroll`,
/// under the pointer takes the turn. The handler goes with the node (and with the current
/// scope, if it ends first).
///
/// ```
/// use std::cell::Cell;
/// use std::rc::Rc;
/// use arkui_core::{App, CommonAttribute, DeviceProfile, InputEvent, NodeId, NodeKind, set_wheel_handler};
/// let seen = Rc::new(Cell::new(0.0));
/// let s = seen.clone();
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     let n = NodeId::create("List", NodeKind::Flex).width(100.0).height(100.0);
///     set_wheel_handler(n, move |_, dy| s.set(dy));
///     n
/// });
/// app.frame();
/// app.handle_input(&InputEvent::Scroll { x: 160.0, y: 50.0, dx: 0.0, dy: 30.0 });
/// assert_eq!(seen.get(), 30.0);
/// ```
pub fn set_wheel_handler(node: NodeId, f: impl Fn(f32, f32) + 'static) {
    node.set_extension(Wheel(Rc::new(f)));
    if let Some(scope) = Scope::current() {
        scope.on_cleanup(move || drop(node.remove_extension::<Wheel>()));
    }
}

/// Whether a node (held by a pass that has the tree) takes wheel turns itself.
pub(crate) fn has_wheel_handler(node: &crate::tree::Node) -> bool {
    node.extension::<Wheel>().is_some()
}

/// The wheel handler of `node`, if it has one.
pub(crate) fn wheel_handler(node: NodeId) -> Option<WheelHandler> {
    node.extension::<Wheel>().map(|w| w.0)
}
