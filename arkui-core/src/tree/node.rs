//! [`Node`] and its public handle [`NodeId`].

use std::rc::Rc;

use arkui_renderer::Rect;
use arkui_renderer::text::TextLayout;
use slotmap::{Key, KeyData, new_key_type};

use super::attrs::{ClickEvent, LayoutAttrs, Positioning, TextAttrs, Visual};
use super::store::with_tree;
use crate::Length;
use crate::reactive::Scope;

new_key_type! {
    /// A node in the component tree. `Copy`; stale ids (of unmounted nodes) are ignored by
    /// every setter and reported as `None` by getters.
    pub struct NodeId;
}

/// How a node takes part in layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeKind {
    /// A flex container (Column, Row, Button, the root).
    Flex,
    /// A leaf measured from its text.
    Text,
    /// A leaf sized only by its attributes (Blank, Divider, images of known size).
    Leaf,
    /// Transparent for layout and the inspector: its children are laid out as children of
    /// its parent (`if` branches, `ForEach`, custom components).
    Fragment,
    /// Children overlaid in one cell, placed by `stack_align` (ArkUI's `Stack`).
    Stack,
    /// A column grid (ArkUI's `GridRow`): children placed in `grid_cell`s.
    Grid,
    /// Children placed by alignment rules relative to the container and to each other
    /// (ArkUI's `RelativeContainer`).
    Relative,
    /// A flex container whose content may be larger than itself, shown through a scroll
    /// offset (ArkUI's `Scroll`).
    Scroll,
}

impl NodeKind {
    /// Whether this kind lays out children (everything but leaves and fragments).
    pub fn is_container(self) -> bool {
        !matches!(self, NodeKind::Text | NodeKind::Leaf | NodeKind::Fragment)
    }
}

pub(crate) type ClickHandler = Rc<dyn Fn(&ClickEvent)>;

/// The (width, height) a text was shaped within; `None` is unbounded.
pub(crate) type ShapeLimits = (Option<f32>, Option<f32>);

/// Cached text shaping: the limits it was shaped within and the result.
#[derive(Clone, Debug, Default)]
pub(crate) struct TextCache {
    /// Shaped layouts by (width, height) limit; the height is `None` unless the font size
    /// adapts to it.
    pub(crate) entries: Vec<(ShapeLimits, TextLayout)>,
    /// The `Span` children, in order, as layout last collected them; when there are any
    /// they are shaped instead of the content.
    pub(crate) spans: Vec<super::SpanAttrs>,
    /// The span nodes, in the same order (an `ImageSpan` draws its node's image).
    pub(crate) span_nodes: Vec<NodeId>,
}

pub(crate) struct Node {
    pub(crate) tag: &'static str,
    pub(crate) kind: NodeKind,
    pub(crate) parent: Option<NodeId>,
    pub(crate) children: Vec<NodeId>,
    /// Children as layout sees them: fragments replaced by their own layout children.
    pub(crate) layout_children: Vec<NodeId>,
    /// Shared like the style: nodes with equal attributes (a list's rows) keep one copy,
    /// found during layout; written through [`NodeId::set_layout`] or [`Node::layout_mut`].
    pub(crate) layout: Rc<LayoutAttrs>,
    pub(crate) visual: Visual,
    pub(crate) text: Option<Box<TextAttrs>>,
    /// Shaped text and spans of a `Text` node, boxed on the first shaping: other nodes do
    /// not pay for it.
    pub(crate) text_cache: Option<Box<TextCache>>,
    /// On a `Span`: what it shows.
    pub(crate) span: Option<Box<super::SpanAttrs>>,
    pub(crate) on_click: Option<ClickHandler>,
    pub(crate) interaction: super::interaction::Interaction,
    pub(crate) on_appear: Option<Rc<dyn Fn()>>,
    pub(crate) on_disappear: Option<Rc<dyn Fn()>>,
    /// `on_appear` already fired.
    pub(crate) appeared: bool,
    pub(crate) key: Option<String>,
    /// Attributes a widget reports to the inspector beyond the universal ones.
    pub(crate) extra_attrs: Vec<(&'static str, String)>,
    /// The resolved taffy style, shared between nodes that resolve alike (a list's rows):
    /// a `taffy::Style` is over 500 bytes. Write through [`Node::style_mut`].
    pub(crate) style: Rc<taffy::Style>,
    pub(crate) style_dirty: bool,
    pub(crate) children_dirty: bool,
    /// taffy's layout cache, boxed on the first store: fragments and nodes never laid out
    /// do not pay its 400 bytes.
    pub(crate) cache: Option<Box<taffy::Cache>>,
    /// taffy's layout of this node, before and after rounding to whole pixels.
    pub(crate) unrounded: crate::layout::Placement,
    pub(crate) final_layout: crate::layout::Placement,
    /// Absolutely positioned boxes this node is the containing block of (taffy hoists them
    /// here; rounding reaches them only through this list).
    pub(crate) hoisted: Vec<NodeId>,
    /// Border box in window pixels, after layout.
    pub(crate) rect: Rect,
    /// On a root: something below changed since the last frame.
    pub(crate) frame_dirty: bool,
    /// On a root: something below needs layout (a subset of `frame_dirty`: paint-only
    /// changes such as colour, opacity or transform skip layout).
    pub(crate) layout_dirty: bool,
    /// Scroll containers: how far the content is scrolled, in pixels (x, y).
    pub(crate) scroll_offset: (f32, f32),
    /// Animatable attributes set since the last `.animation()` call.
    pub(crate) pending_props: crate::animation::AnimProps,
    /// `.animation()` settings and the insert/delete transition, which few nodes have.
    pub(crate) animation: Option<Box<crate::animation::NodeAnimation>>,
    /// Painted at least once (animations start only from something already shown).
    pub(crate) painted: bool,
    /// Grid children: the cell computed for the current breakpoint.
    pub(crate) grid_cell: Option<super::GridCell>,
    /// Grid containers: the breakpoint of their last layout.
    pub(crate) grid_bp: Option<crate::Breakpoint>,
    /// Grid containers: all children sit on one row, which then takes the whole height
    /// (so a GridCol of 100% height is the GridRow's height, as in ArkUI).
    pub(crate) grid_one_row: bool,
    /// RelativeContainer children: their alignment rules.
    pub(crate) align_rules: Option<Box<super::AlignRules>>,
    /// Hidden by its parent's `displayPriority` pass: `layout.visibility` reads `None` (so
    /// paint, hit testing and focus skip it) and this keeps what to restore.
    pub(crate) priority_hidden: Option<crate::layout::PriorityHidden>,
    /// What components keep per node ([`NodeId::with_extension`]), boxed on first use.
    pub(crate) extensions: Option<Box<super::extensions::Extensions>>,
    /// Where this node's own commands sit in its app's retained display list.
    pub(crate) fragment: Option<Box<crate::paint::Fragment>>,
    /// In the tree's queue of nodes to paint again ([`NodeTree::mark_paint_dirty`]).
    pub(crate) paint_queued: bool,
    /// On a root: the structure below changed (children, paint order, visibility), so the
    /// next frame records everything instead of patching changed nodes.
    pub(crate) repaint_all: bool,
}

thread_local! {
    /// The style of a node not laid out yet, shared by all of them.
    static DEFAULT_STYLE: Rc<taffy::Style> = Rc::new(taffy::Style::default());
    /// The layout attributes of a node that sets none, shared by all of them.
    static DEFAULT_LAYOUT: Rc<LayoutAttrs> = Rc::new(LayoutAttrs::default());
}

impl Node {
    /// The layout attributes to change in place (copied first when shared).
    pub(crate) fn layout_mut(&mut self) -> &mut LayoutAttrs {
        Rc::make_mut(&mut self.layout)
    }

    /// The style to change in place (copied first when another node shares it).
    pub(crate) fn style_mut(&mut self) -> &mut taffy::Style {
        Rc::make_mut(&mut self.style)
    }

    /// The insert/delete transition, if set.
    pub(crate) fn transition(&self) -> Option<&crate::animation::TransitionEffect> {
        self.animation.as_ref()?.transition.as_ref()
    }

    /// The animation settings to change, created on the first write.
    pub(crate) fn animation_mut(&mut self) -> &mut crate::animation::NodeAnimation {
        self.animation.get_or_insert_with(Box::default)
    }

    /// This node's value of type `T` ([`NodeId::with_extension`]), for passes that hold the
    /// tree.
    pub(crate) fn extension<T: 'static>(&self) -> Option<&T> {
        self.extensions.as_ref()?.get::<T>()
    }

    /// This node's value of type `T`, to change in a pass that holds the tree.
    pub(crate) fn extension_mut<T: 'static>(&mut self) -> Option<&mut T> {
        self.extensions.as_mut()?.get_mut::<T>()
    }

    /// Drop the shaped text (its content or fonts changed).
    pub(crate) fn clear_shaped_text(&mut self) {
        if let Some(cache) = self.text_cache.as_mut() {
            cache.entries.clear();
        }
    }

    /// Drop taffy's cached layouts of this node.
    pub(crate) fn clear_cache(&mut self) {
        if let Some(cache) = self.cache.as_mut() {
            cache.clear();
        }
    }

    fn new(tag: &'static str, kind: NodeKind) -> Node {
        Node {
            tag,
            kind,
            parent: None,
            children: Vec::new(),
            layout_children: Vec::new(),
            layout: DEFAULT_LAYOUT.with(Rc::clone),
            visual: Visual::default(),
            text: (kind == NodeKind::Text).then(Box::default),
            text_cache: None,
            span: None,
            on_click: None,
            interaction: super::interaction::Interaction::default(),
            on_appear: None,
            on_disappear: None,
            appeared: false,
            key: None,
            extra_attrs: Vec::new(),
            style: DEFAULT_STYLE.with(Rc::clone),
            style_dirty: true,
            children_dirty: true,
            cache: None,
            unrounded: crate::layout::Placement::ZERO,
            final_layout: crate::layout::Placement::ZERO,
            hoisted: Vec::new(),
            rect: Rect::default(),
            frame_dirty: true,
            layout_dirty: true,
            scroll_offset: (0.0, 0.0),
            pending_props: crate::animation::AnimProps::default(),
            animation: None,
            painted: false,
            grid_cell: None,
            grid_bp: None,
            grid_one_row: false,
            align_rules: None,
            priority_hidden: None,
            extensions: None,
            fragment: None,
            paint_queued: false,
            repaint_all: true,
        }
    }
}

impl NodeId {
    /// Create a node owned by the current scope. `tag` is the component name the inspector
    /// reports as `$type`.
    ///
    /// ```
    /// use arkui_core::{NodeId, NodeKind};
    /// let column = NodeId::create("Column", NodeKind::Flex);
    /// let text = NodeId::create("Text", NodeKind::Text);
    /// column.append(text);
    /// assert_eq!(column.children(), vec![text]);
    /// assert_eq!(text.tag(), Some("Text"));
    /// ```
    pub fn create(tag: &'static str, kind: NodeKind) -> NodeId {
        let id = with_tree(|t| t.nodes.insert(Box::new(Node::new(tag, kind))));
        crate::stats::count(|s| s.nodes_created += 1);
        if let Some(scope) = Scope::current() {
            scope.own_node(id);
        }
        id
    }

    /// The component name, or `None` for a stale id.
    pub fn tag(self) -> Option<&'static str> {
        with_tree(|t| t.nodes.get(self).map(|n| n.tag))
    }

    /// Whether the node still exists.
    pub fn is_alive(self) -> bool {
        with_tree(|t| t.nodes.contains_key(self))
    }

    /// A number unique among live nodes, reported as the inspector's `$ID`.
    pub fn index(self) -> u32 {
        (self.data().as_ffi() & 0xFFFF_FFFF) as u32
    }

    pub(crate) fn to_taffy(self) -> taffy::NodeId {
        taffy::NodeId::from(self.data().as_ffi())
    }

    pub(crate) fn from_taffy(id: taffy::NodeId) -> NodeId {
        NodeId::from(KeyData::from_ffi(u64::from(id)))
    }

    /// Append `child` as the last child, detaching it from any previous parent.
    pub fn append(self, child: NodeId) {
        with_tree(|t| t.insert_child(self, child, None));
    }

    /// Insert `child` at `index` among the children (clamped to the end).
    pub fn insert(self, index: usize, child: NodeId) {
        with_tree(|t| t.insert_child(self, child, Some(index)));
    }

    /// Replace the children with `children`, in order. Children listed that have another
    /// parent are skipped; former children that are not listed are detached.
    pub fn set_children(self, children: Vec<NodeId>) {
        with_tree(|t| t.set_children(self, children));
    }

    /// Detach `child` from this node (the child itself stays alive).
    pub fn remove_child(self, child: NodeId) {
        with_tree(|t| t.detach(child));
    }

    /// The logical children, fragments included.
    pub fn children(self) -> Vec<NodeId> {
        with_tree(|t| {
            t.nodes
                .get(self)
                .map(|n| n.children.clone())
                .unwrap_or_default()
        })
    }

    /// The parent, if attached.
    pub fn parent(self) -> Option<NodeId> {
        with_tree(|t| t.nodes.get(self).and_then(|n| n.parent))
    }

    /// Change layout attributes; re-lays out only when something changed. Inside
    /// `animate_to`, or with `.animation()` set for the attribute, width and height animate.
    pub fn set_layout(self, f: impl FnOnce(&mut LayoutAttrs)) {
        with_tree(|t| {
            let Some(node) = t.nodes.get_mut(self) else {
                return;
            };
            // The app sees and edits its own visibility, not the one displayPriority forced.
            let hidden = node.priority_hidden.take();
            let mut after = LayoutAttrs::clone(&node.layout);
            if let Some(h) = hidden {
                after.visibility = h.visibility;
            }
            let before = after.clone();
            f(&mut after);
            if after == before {
                // Still hidden as it was.
                node.priority_hidden = hidden;
                return;
            }
            match Rc::get_mut(&mut node.layout) {
                Some(own) => *own = after,
                None => node.layout = Rc::new(after),
            }
            node.style_dirty = true;
            crate::stats::count(|s| s.node_updates += 1);
            if moved_only(&before, &node.layout) {
                // Where a placed node sits is its parent's business: its own size, its
                // children and their cached layouts stay valid (taffy keys a node's cache on
                // the space it is given, so a move that changes that space still misses).
                t.mark_position_dirty(self);
            } else {
                // Children resolve their styles from their parent's (defaults, placement).
                for c in node.children.clone() {
                    if let Some(child) = t.nodes.get_mut(c) {
                        child.style_dirty = true;
                    }
                }
                t.mark_layout_dirty(self);
            }
            // Borders and padding are drawn; visibility and zIndex change what is drawn.
            t.mark_paint_dirty(self);
            let after = &t.nodes[self].layout;
            if after.visibility != before.visibility || after.z_index != before.z_index {
                t.mark_structure_dirty(self);
            }
            crate::animation::on_layout_change(t, self, &before);
        });
    }

    /// Change painting attributes; repaints only when something changed. Inside
    /// `animate_to`, or with `.animation()` set, opacity, colour, radius and transforms
    /// animate.
    pub fn set_visual(self, f: impl FnOnce(&mut Visual)) {
        with_tree(|t| {
            let Some(node) = t.nodes.get_mut(self) else {
                return;
            };
            let before = node.visual.clone();
            f(&mut node.visual);
            if node.visual == before {
                return;
            }
            crate::stats::count(|s| s.node_updates += 1);
            t.mark_paint_dirty(self);
            crate::animation::on_visual_change(t, self, &before);
        });
    }

    /// Change text attributes (on a `Text` node); re-measures only when something changed.
    pub fn set_text(self, f: impl FnOnce(&mut TextAttrs)) {
        with_tree(|t| {
            let Some(node) = t.nodes.get_mut(self) else {
                return;
            };
            let Some(text) = node.text.as_mut() else {
                return;
            };
            let before = (**text).clone();
            f(text);
            if **text != before {
                crate::stats::count(|s| s.node_updates += 1);
                node.clear_shaped_text();
                t.mark_layout_dirty(self);
            }
        });
    }

    /// The text attributes of a `Text` node.
    pub fn text(self) -> Option<TextAttrs> {
        with_tree(|t| t.nodes.get(self).and_then(|n| n.text.as_deref().cloned()))
    }

    /// The layout attributes.
    pub fn layout_attrs(self) -> Option<LayoutAttrs> {
        with_tree(|t| t.nodes.get(self).map(|n| LayoutAttrs::clone(&n.layout)))
    }

    /// The painting attributes.
    pub fn visual(self) -> Option<Visual> {
        with_tree(|t| t.nodes.get(self).map(|n| n.visual.clone()))
    }

    /// The text attributes of a Text node (`None` for other nodes).
    pub fn text_attrs(self) -> Option<TextAttrs> {
        with_tree(|t| t.nodes.get(self).and_then(|n| n.text.as_deref().cloned()))
    }

    /// Set the click handler (replacing any previous one).
    pub fn set_on_click(self, f: impl Fn(&ClickEvent) + 'static) {
        with_tree(|t| {
            if let Some(node) = t.nodes.get_mut(self) {
                node.on_click = Some(Rc::new(f));
            }
        });
    }

    /// Run `f` once, after the first frame in which this node is part of an app's tree
    /// (ArkUI's `onAppear`).
    pub fn set_on_appear(self, f: impl Fn() + 'static) {
        with_tree(|t| {
            if let Some(node) = t.nodes.get_mut(self) {
                node.on_appear = Some(Rc::new(f));
                node.appeared = false;
                t.pending_appear.push(self);
            }
        });
    }

    /// Run `f` when this node is unmounted (ArkUI's `onDisAppear`).
    pub fn set_on_disappear(self, f: impl Fn() + 'static) {
        with_tree(|t| {
            if let Some(node) = t.nodes.get_mut(self) {
                node.on_disappear = Some(Rc::new(f));
            }
        });
    }

    /// Change interaction settings (focus, keys, hit testing).
    pub(crate) fn set_interaction(self, f: impl FnOnce(&mut super::interaction::Interaction)) {
        with_tree(|t| {
            if let Some(node) = t.nodes.get_mut(self) {
                f(&mut node.interaction);
                t.mark_paint_dirty(self);
            }
        });
    }

    /// The breakpoint a grid container (`GridRow`) was last laid out at: its own
    /// breakpoints' if it has some, else the window's. `None` before its first layout or on
    /// another kind of node.
    pub fn grid_breakpoint(self) -> Option<crate::Breakpoint> {
        with_tree(|t| t.nodes.get(self).and_then(|n| n.grid_bp))
    }

    /// The node's `responseRegion` (x, y, width, height from its top left), if set.
    ///
    /// ```
    /// use arkui_core::{CommonAttribute, Length, NodeId, NodeKind, pct};
    /// let n = NodeId::create("Row", NodeKind::Flex);
    /// assert_eq!(n.current_response_region(), None);
    /// let n = n.response_region(-10.0, 0.0, pct(120.0), pct(100.0));
    /// assert_eq!(n.current_response_region().unwrap().0, Length::Vp(-10.0));
    /// n.set_response_region(None);
    /// assert_eq!(n.current_response_region(), None);
    /// ```
    #[allow(clippy::type_complexity, reason = "ArkUI's four-part region, as set")]
    pub fn current_response_region(self) -> Option<(Length, Length, Length, Length)> {
        with_tree(|t| {
            t.nodes
                .get(self)
                .and_then(|n| n.interaction.handlers().and_then(|h| h.response_region))
        })
    }

    /// Set or clear (`None`) the node's `responseRegion`: for a component that widens its
    /// hit area for a while and gives the app's own region back after.
    #[allow(clippy::type_complexity, reason = "ArkUI's four-part region, as set")]
    pub fn set_response_region(self, r: Option<(Length, Length, Length, Length)>) {
        self.set_interaction(|i| i.handlers_mut().response_region = r);
    }

    /// Remove every gesture added with `.gesture()` / `.priority_gesture()` /
    /// `.parallel_gesture()`: for a component that sets its own again when its settings
    /// change (a Tabs' swipe follows its orientation).
    ///
    /// ```
    /// use arkui_core::{CommonAttribute, Gesture, NodeId, NodeKind, PanDirection};
    /// let n = NodeId::create("Column", NodeKind::Flex).gesture(Gesture::pan(PanDirection::All));
    /// n.clear_gestures();
    /// ```
    pub fn clear_gestures(self) {
        self.set_interaction(super::interaction::Interaction::clear_gestures);
    }

    /// Whether the node can take focus now: focusable (explicitly, or by handling clicks),
    /// enabled, and visible.
    pub fn is_focusable(self) -> bool {
        with_tree(|t| {
            t.nodes
                .get(self)
                .is_some_and(|n| super::focus_rules::can_focus(n))
        })
    }

    /// Set the inspector key, ArkUI's `.id()`.
    pub fn set_key(self, key: impl Into<String>) {
        let key = key.into();
        with_tree(|t| {
            if let Some(node) = t.nodes.get_mut(self) {
                node.key = Some(key);
            }
        });
    }

    /// The inspector key.
    pub fn key(self) -> Option<String> {
        with_tree(|t| t.nodes.get(self).and_then(|n| n.key.clone()))
    }

    /// Set a widget-specific attribute the inspector reports under `$attrs`.
    pub fn set_inspector_attr(self, name: &'static str, value: impl Into<String>) {
        let value = value.into();
        with_tree(|t| {
            let Some(node) = t.nodes.get_mut(self) else {
                return;
            };
            match node.extra_attrs.iter_mut().find(|(n, _)| *n == name) {
                Some(slot) => slot.1 = value,
                None => node.extra_attrs.push((name, value)),
            }
        });
    }

    /// Scroll a `Scroll` node's content to `(x, y)` pixels (clamped to the content at the
    /// next layout).
    pub fn set_scroll_offset(self, x: f32, y: f32) {
        with_tree(|t| {
            let Some(node) = t.nodes.get_mut(self) else {
                return;
            };
            let (x, y) = (
                if x.is_finite() { x } else { 0.0 },
                if y.is_finite() { y } else { 0.0 },
            );
            if node.scroll_offset != (x, y) {
                node.scroll_offset = (x, y);
                t.mark_layout_dirty(self);
            }
        });
    }

    /// The current scroll offset (pixels).
    pub fn scroll_offset(self) -> (f32, f32) {
        with_tree(|t| t.nodes.get(self).map_or((0.0, 0.0), |n| n.scroll_offset))
    }

    /// Set this node's alignment rules inside a `RelativeContainer`.
    pub fn set_align_rules(self, rules: super::AlignRules) {
        with_tree(|t| {
            let Some(node) = t.nodes.get_mut(self) else {
                return;
            };
            node.align_rules = Some(Box::new(rules));
            t.mark_layout_dirty(self);
        });
    }

    /// The border box in window pixels from the last layout.
    pub fn rect(self) -> Option<Rect> {
        with_tree(|t| t.nodes.get(self).map(|n| n.rect))
    }

    /// The border box's size in vp from the last layout (its pixels over the density it
    /// was laid out at).
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind};
    /// let mut app = App::with_view(DeviceProfile::phone(), || {
    ///     let column = NodeId::create("Column", NodeKind::Flex);
    ///     column.set_children(vec![NodeId::create("Box", NodeKind::Leaf).width(30.0).height(10.0)]);
    ///     column
    /// });
    /// app.frame();
    /// let b = app.root().children()[0];
    /// assert_eq!(b.size_vp(), Some((30.0, 10.0))); // 90 x 30 px on a 3x phone
    /// ```
    pub fn size_vp(self) -> Option<(f32, f32)> {
        with_tree(|t| {
            let d = if t.density > 0.0 { t.density } else { 1.0 };
            t.nodes
                .get(self)
                .map(|n| (n.rect.width / d, n.rect.height / d))
        })
    }
}

/// Whether `after` differs from `before` only in where an absolutely placed node sits
/// (`position`'s x and y): a move its parent makes, that leaves the node's own layout alone.
fn moved_only(before: &LayoutAttrs, after: &LayoutAttrs) -> bool {
    matches!(
        (before.positioning, after.positioning),
        (Positioning::Absolute { .. }, Positioning::Absolute { .. })
    ) && LayoutAttrs {
        positioning: before.positioning,
        ..after.clone()
    } == *before
}

#[cfg(test)]
mod tests {
    use super::Node;

    /// Every node costs this much heap whatever it is (the arena holds boxed nodes; it was a
    /// 2,104-byte slot per node, and twice as many slots as nodes, before; benches/README.md,
    /// "Heap: the iot settings page"). Attribute groups most nodes never set stay boxed out
    /// of line; this bound keeps the node from silently regrowing.
    #[test]
    fn a_node_stays_small() {
        let size = std::mem::size_of::<Node>();
        println!("size_of::<Node>() = {size} B");
        assert!(
            size <= NODE_BOUND,
            "a node is {size} B, over {NODE_BOUND} B"
        );
    }

    /// 536 B measured on 2026-12-02 (x86_64), plus some room.
    const NODE_BOUND: usize = 576;
}
