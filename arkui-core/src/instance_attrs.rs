//! Attributes set on a custom component's instance win over the component's own.
//!
//! `Tile().width(200.0)` applies `width` to the root node of `Tile`'s view, the same node
//! `Tile`'s `build` sets attributes on. When `Tile` re-applies a reactive `width` of its own
//! (its state changed), the instance's 200 must stay, as in ArkUI, where the instance's
//! attributes are applied on top of the component's. So `ui!` records, on that root node,
//! which attribute names each instance set ([`register`]), layer by layer (a component whose
//! root is another component's instance adds a layer inside), and a reactive attribute
//! re-applied by a layer below one that set the same name is skipped ([`overridden`]).
//!
//! Names, not values, are recorded: the instance's own reactive attributes keep updating
//! through their own bindings, and no argument is evaluated twice.

use crate::tree::NodeId;
use crate::view::Widget;

/// The instance layers on one root node, innermost first: each the instance's outer node
/// and the attribute names its `ui!` chain set.
#[derive(Default)]
struct InstanceLayers(Vec<(NodeId, &'static [&'static str])>);

/// Record that the instance `el` set the attributes `names` on its root node. A built-in
/// component (whose outer node is its node) has no inner attributes to win over: nothing
/// is recorded.
///
/// ```
/// use arkui_core::{CommonAttribute, Length, NodeId, NodeKind, State, Widget};
/// use arkui_core::macro_support::{attr_named, instance_attrs};
///
/// // A hand-made "component": a holder fragment whose first child is its root.
/// #[derive(Clone, Copy)]
/// struct Card(NodeId);
/// impl Widget for Card {
///     fn node(self) -> NodeId { self.0.children()[0] }
///     fn outer(self) -> NodeId { self.0 }
/// }
/// let holder = NodeId::create("Card", NodeKind::Fragment);
/// let root = NodeId::create("Column", NodeKind::Flex);
/// holder.append(root);
///
/// // The component binds its own width...
/// let wide = State::new(false);
/// attr_named(root, "width", move || if wide.get() { 120.0 } else { 100.0 }, move |w| {
///     root.width(w);
/// });
/// // ...and the instance sets one too.
/// let card = Card(holder).width(200.0);
/// instance_attrs(card, &["width"]);
///
/// wide.set(true);
/// assert_eq!(root.layout_attrs().unwrap().width, Length::Vp(200.0));
/// ```
pub fn register<W: Widget>(el: W, names: &'static [&'static str]) {
    let (outer, node) = (el.outer(), el.node());
    if names.is_empty() || outer == node {
        return;
    }
    node.with_extension(|layers: &mut InstanceLayers| {
        match layers.0.iter_mut().find(|(o, _)| *o == outer) {
            Some(layer) => layer.1 = names,
            None => layers.0.push((outer, names)),
        }
    });
}

/// Whether `el` re-applying the attribute `name` would overwrite what an instance outside
/// it set (then it is skipped).
pub(crate) fn overridden<W: Widget>(el: W, name: &str) -> bool {
    let node = el.node();
    if !node.has_extension::<InstanceLayers>() {
        return false;
    }
    let outer = el.outer();
    node.update_extension(|layers: &mut InstanceLayers| {
        // Layers outside `el`'s own: all of them when `el` is the built-in root itself.
        let from = layers
            .0
            .iter()
            .position(|(o, _)| *o == outer)
            .map_or(0, |i| i + 1);
        layers.0[from..]
            .iter()
            .any(|(_, names)| names.iter().any(|set| covers(set, name)))
    })
    .unwrap_or(false)
}

/// Whether setting the attribute `outer` also sets `inner` (`size` sets `width`). One way
/// only: a component's reactive `size` still applies when its instance set just `width`
/// (skipping it would freeze the height the instance did not set).
fn covers(outer: &str, inner: &str) -> bool {
    const GROUPS: &[(&str, &[&str])] = &[
        ("size", &["width", "height"]),
        ("border", &["border_width", "border_color", "border_radius"]),
        (
            "constraint_size",
            &["min_width", "max_width", "min_height", "max_height"],
        ),
    ];
    if outer == inner {
        return true;
    }
    GROUPS
        .iter()
        .any(|(group, parts)| *group == outer && parts.contains(&inner))
}

#[cfg(test)]
mod tests {
    use super::covers;

    #[test]
    fn a_group_attribute_covers_its_parts() {
        assert!(covers("size", "width"));
        assert!(!covers("width", "size"));
        assert!(covers("border", "border_color"));
        assert!(!covers("width", "height"));
        assert!(!covers("size", "margin"));
    }
}
