//! Which nodes can take focus.

use super::Visibility;
use super::node::Node;

/// Focusable (explicitly, or because it handles clicks), enabled and visible.
pub(crate) fn can_focus(n: &Node) -> bool {
    let i = &n.interaction;
    let wants = i.focusable.unwrap_or(n.on_click.is_some());
    wants && !i.disabled && n.layout.visibility == Visibility::Visible && !n.rect.is_empty()
}
