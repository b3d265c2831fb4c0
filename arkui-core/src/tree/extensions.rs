//! Node-owned typed state: one slot per type, allocated on first use, freed with the node.
//!
//! What a component keeps per node (a control's pressed state, a scroller's physics, a list's
//! look, a decoded image) lives here instead of in a `thread_local!` map keyed by [`NodeId`]:
//! a node's lifetime is the only lifetime, so nothing needs a sweep and nothing leaks when a
//! node is freed outside a scope. In the spirit of masonry's property set.

use std::any::{Any, TypeId};

use super::node::NodeId;
use super::store::with_tree;

/// The typed slots of one node. Few nodes have any, and those have one or two: a short
/// vector searched linearly beats a hash map in size and speed.
#[derive(Default)]
pub(crate) struct Extensions {
    slots: Vec<(TypeId, Box<dyn Any>)>,
}

impl Extensions {
    fn position<T: 'static>(&self) -> Option<usize> {
        let id = TypeId::of::<T>();
        self.slots.iter().position(|(t, _)| *t == id)
    }

    pub(crate) fn get<T: 'static>(&self) -> Option<&T> {
        let i = self.position::<T>()?;
        self.slots[i].1.downcast_ref()
    }

    pub(crate) fn get_mut<T: 'static>(&mut self) -> Option<&mut T> {
        let i = self.position::<T>()?;
        self.slots[i].1.downcast_mut()
    }

    pub(crate) fn insert<T: 'static>(&mut self, value: T) -> Option<T> {
        let old = self.remove::<T>();
        self.push((TypeId::of::<T>(), Box::new(value)));
        old
    }

    /// Grow one slot at a time: most nodes have one or two, and a vector's first growth
    /// would reserve four (128 bytes) for each node that has any.
    fn push(&mut self, slot: (TypeId, Box<dyn Any>)) {
        if self.slots.len() == self.slots.capacity() {
            self.slots.reserve_exact(1);
        }
        self.slots.push(slot);
    }

    pub(crate) fn remove<T: 'static>(&mut self) -> Option<T> {
        let i = self.position::<T>()?;
        let (_, value) = self.slots.swap_remove(i);
        value.downcast().ok().map(|b| *b)
    }

    /// Take the boxed slot of `T` out (to run code on it with the tree unborrowed).
    fn take_slot<T: 'static>(&mut self) -> Option<Box<dyn Any>> {
        let i = self.position::<T>()?;
        Some(self.slots.swap_remove(i).1)
    }

    fn put_slot<T: 'static>(&mut self, slot: Box<dyn Any>) {
        self.push((TypeId::of::<T>(), slot));
    }
}

impl NodeId {
    /// Run `f` on this node's value of type `T`, created with `T::default()` on first use.
    /// `None` for a stale id. The value is freed with the node.
    ///
    /// `f` runs with the tree unborrowed, so it may read and change nodes (this one too);
    /// only this same slot is out of the node while `f` runs (a nested `with_extension::<T>`
    /// on the same node sees a fresh default, and what it stores is replaced by `f`'s).
    ///
    /// ```
    /// use arkui_core::{NodeId, NodeKind};
    /// #[derive(Default)]
    /// struct Pressed(bool);
    /// let n = NodeId::create("Button", NodeKind::Flex);
    /// assert!(!n.has_extension::<Pressed>());
    /// n.with_extension(|p: &mut Pressed| p.0 = true);
    /// assert_eq!(n.with_extension(|p: &mut Pressed| p.0), Some(true));
    /// ```
    pub fn with_extension<T: Default + 'static, R>(self, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        self.run_on_slot(Some(T::default), f)
    }

    /// Run `f` on this node's value of type `T` if it has one (`None` otherwise, and for a
    /// stale id). Like [`NodeId::with_extension`], `f` runs with the tree unborrowed.
    ///
    /// ```
    /// use arkui_core::{NodeId, NodeKind};
    /// let n = NodeId::create("Row", NodeKind::Flex);
    /// assert_eq!(n.update_extension(|v: &mut u32| *v += 1), None);
    /// n.set_extension(1u32);
    /// n.update_extension(|v: &mut u32| *v += 1);
    /// assert_eq!(n.extension::<u32>(), Some(2));
    /// ```
    pub fn update_extension<T: 'static, R>(self, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        self.run_on_slot(None::<fn() -> T>, f)
    }

    fn run_on_slot<T: 'static, R>(
        self,
        create: Option<impl FnOnce() -> T>,
        f: impl FnOnce(&mut T) -> R,
    ) -> Option<R> {
        let mut slot = with_tree(|t| {
            let node = t.nodes.get_mut(self)?;
            let ext = node.extensions.get_or_insert_with(Box::default);
            match ext.take_slot::<T>() {
                Some(slot) => Some(slot),
                None => create.map(|c| Box::new(c()) as Box<dyn Any>),
            }
        })?;
        let r = match slot.downcast_mut::<T>() {
            Some(value) => f(value),
            None => unreachable!("extension slots are keyed by their TypeId"),
        };
        let stale = with_tree(|t| {
            // The node may have been freed by `f`: then the value goes with it (dropped
            // below, outside the tree's borrow).
            let Some(node) = t.nodes.get_mut(self) else {
                return Some(slot);
            };
            let ext = node.extensions.get_or_insert_with(Box::default);
            // A nested call stored its own value meanwhile: `f`'s is the newer one.
            let nested = ext.take_slot::<T>();
            ext.put_slot::<T>(slot);
            nested
        });
        drop(stale);
        Some(r)
    }

    /// A copy of this node's value of type `T`, if it has one.
    ///
    /// ```
    /// use arkui_core::{NodeId, NodeKind};
    /// let n = NodeId::create("Row", NodeKind::Flex);
    /// assert_eq!(n.extension::<u32>(), None);
    /// n.set_extension(7u32);
    /// assert_eq!(n.extension::<u32>(), Some(7));
    /// ```
    pub fn extension<T: Clone + 'static>(self) -> Option<T> {
        with_tree(|t| t.nodes.get(self)?.extensions.as_ref()?.get::<T>().cloned())
    }

    /// Whether this node has a value of type `T`.
    pub fn has_extension<T: 'static>(self) -> bool {
        with_tree(|t| {
            t.nodes
                .get(self)
                .and_then(|n| n.extensions.as_ref())
                .is_some_and(|e| e.position::<T>().is_some())
        })
    }

    /// Store `value` on this node, replacing its value of the same type (returned). On a
    /// stale id the value is handed back.
    ///
    /// ```
    /// use arkui_core::{NodeId, NodeKind};
    /// let n = NodeId::create("Row", NodeKind::Flex);
    /// assert_eq!(n.set_extension(String::from("a")), None);
    /// assert_eq!(n.set_extension(String::from("b")), Some(String::from("a")));
    /// ```
    pub fn set_extension<T: 'static>(self, value: T) -> Option<T> {
        let mut value = Some(value);
        let old = with_tree(|t| {
            let node = t.nodes.get_mut(self)?;
            let v = value.take()?;
            node.extensions.get_or_insert_with(Box::default).insert(v)
        });
        old.or(value)
    }

    /// Every live node on this thread (in any app) that carries a value of type `T`, in no
    /// particular order. It walks the whole arena: for rare events that reach nodes of one
    /// kind wherever they are (a theme change recolouring the texts that follow it), so
    /// no list of such nodes has to be kept beside them.
    ///
    /// ```
    /// use arkui_core::{NodeId, NodeKind};
    /// #[derive(Clone)]
    /// struct Tagged;
    /// let (a, b) = (NodeId::create("A", NodeKind::Leaf), NodeId::create("B", NodeKind::Leaf));
    /// b.set_extension(Tagged);
    /// assert_eq!(NodeId::all_with_extension::<Tagged>(), vec![b]);
    /// # let _ = a;
    /// ```
    pub fn all_with_extension<T: 'static>() -> Vec<NodeId> {
        with_tree(|t| {
            t.nodes
                .iter()
                .filter(|(_, n)| {
                    n.extensions
                        .as_ref()
                        .is_some_and(|e| e.position::<T>().is_some())
                })
                .map(|(id, _)| id)
                .collect()
        })
    }

    /// Take this node's value of type `T` out of it.
    ///
    /// ```
    /// use arkui_core::{NodeId, NodeKind};
    /// let n = NodeId::create("Row", NodeKind::Flex);
    /// n.set_extension(1.5f32);
    /// assert_eq!(n.remove_extension::<f32>(), Some(1.5));
    /// assert!(!n.has_extension::<f32>());
    /// ```
    pub fn remove_extension<T: 'static>(self) -> Option<T> {
        let value = with_tree(|t| t.nodes.get_mut(self)?.extensions.as_mut()?.remove::<T>());
        // Dropped here, outside the tree's borrow, by the caller.
        value
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::rc::Rc;

    use super::super::{NodeId, NodeKind, dispose_nodes};

    struct DropFlag(Rc<Cell<bool>>);
    impl Drop for DropFlag {
        fn drop(&mut self) {
            // The tree must not be borrowed while extensions drop: their values may own
            // scopes or handles that touch it.
            let _ = NodeId::create("Probe", NodeKind::Leaf);
            self.0.set(true);
        }
    }

    #[test]
    fn a_value_is_freed_with_its_node_outside_the_tree_borrow() {
        let dropped = Rc::new(Cell::new(false));
        let n = NodeId::create("Row", NodeKind::Flex);
        n.set_extension(DropFlag(dropped.clone()));
        dispose_nodes(&[n]);
        assert!(dropped.get());
        assert!(!n.is_alive());
    }

    #[test]
    fn the_closure_may_touch_the_tree() {
        let n = NodeId::create("Row", NodeKind::Flex);
        let child = n.with_extension(|count: &mut u8| {
            *count += 1;
            let c = NodeId::create("Text", NodeKind::Text);
            n.append(c);
            c
        });
        assert_eq!(n.children(), vec![child.unwrap()]);
        assert_eq!(n.extension::<u8>(), Some(1));
    }

    #[test]
    fn a_stale_id_has_nothing_and_stores_nothing() {
        let n = NodeId::create("Row", NodeKind::Flex);
        dispose_nodes(&[n]);
        assert_eq!(n.with_extension(|v: &mut u8| *v), None);
        assert_eq!(n.set_extension(3u8), Some(3));
        assert_eq!(n.extension::<u8>(), None);
    }
}
