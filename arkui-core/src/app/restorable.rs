//! State a node carries across a restart: what [`App::snapshot`](super::App::snapshot)
//! collects from the tree and [`App::restore`](super::App::restore) gives back, node by node.
//!
//! A node names each piece of its state (`NodeId::add_restorable`); a snapshot keys it by the
//! node's place in the tree: the nearest `.id()` above it, then each level's tag and its index
//! among same-tagged siblings (`#menu/Column[0]/Scroll[0]`). Keys by place survive an edit
//! that adds or removes nodes of other tags beside them, which is what a previewer's rebuild
//! usually is.

use std::collections::HashMap;
use std::rc::Rc;

use serde_json::Value;

use crate::State;
use crate::reactive::untrack;
use crate::tree::{NodeId, with_tree};

type Save = Rc<dyn Fn() -> Option<Value>>;
type Load = Rc<dyn Fn(&Value) -> bool>;

/// The named pieces of restorable state one node holds (a node extension, freed with it).
#[derive(Clone, Default)]
pub(crate) struct Restorables(Vec<(&'static str, Save, Load)>);

impl Restorables {
    /// Each piece's name and its value now (pieces with nothing to keep are left out).
    pub(crate) fn save(&self) -> Vec<(&'static str, Value)> {
        self.0
            .iter()
            .filter_map(|(name, save, _)| Some((*name, untrack(|| save())?)))
            .collect()
    }

    /// The loader of the piece called `name`.
    pub(crate) fn loader(&self, name: &str) -> Option<Load> {
        self.0
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|(_, _, load)| load.clone())
    }
}

impl NodeId {
    /// Let a piece of this node's state outlive a restart of the app: [`App::snapshot`]
    /// stores what `save` returns (`None`: nothing worth keeping now) under `name`, and
    /// [`App::restore`] hands it to `load` when a node at the same place in the new tree has
    /// a piece of that name (`load` returns `false` for a value it cannot take, which the
    /// restore reports). A second call with the same name replaces the first. Built-in
    /// components use it for scroll offsets, the navigation stack and selected tabs;
    /// `#[state]` fields of the types a snapshot carries get it from `#[component]`.
    ///
    /// [`App::snapshot`]: crate::App::snapshot
    /// [`App::restore`]: crate::App::restore
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, NodeId, NodeKind, State};
    /// let level = State::new(3u32);
    /// let build = move || {
    ///     let n = NodeId::create("Column", NodeKind::Flex).width(10.0).height(10.0);
    ///     n.add_restorable("level", move || Some(level.get().into()), move |v| {
    ///         v.as_u64().map(|l| level.set(l as u32)).is_some()
    ///     });
    ///     n
    /// };
    /// let mut app = App::with_view(DeviceProfile::iot(), build);
    /// let snap = app.snapshot();
    /// level.set(0);
    /// assert!(app.restore(&snap).is_empty());
    /// assert_eq!(level.get(), 3);
    /// ```
    pub fn add_restorable(
        self,
        name: &'static str,
        save: impl Fn() -> Option<Value> + 'static,
        load: impl Fn(&Value) -> bool + 'static,
    ) {
        let (save, load): (Save, Load) = (Rc::new(save), Rc::new(load));
        self.with_extension(|r: &mut Restorables| {
            match r.0.iter_mut().find(|(n, _, _)| *n == name) {
                Some(slot) => *slot = (name, save, load),
                None => r.0.push((name, save, load)),
            }
        });
    }
}

/// Register a component's `#[state]` field as restorable on its holder node when its type
/// is one a snapshot carries (the AppStorage set: numbers, `bool`, `char`, `String`, and
/// `Option`s and `Vec`s of them); other types are left as the component builds them.
pub(crate) fn restorable_state<T: 'static>(holder: NodeId, name: &'static str, state: State<T>) {
    let Some(codec) = crate::storage::codec_of::<T>() else {
        return;
    };
    holder.add_restorable(
        name,
        move || codec.save(&state),
        move |value| match codec.load(&state, value) {
            Some(set) => {
                set();
                true
            }
            None => false,
        },
    );
}

/// Every attached node under `root` that holds restorable state, with its key, in tree
/// order (the same tree gives the same keys; a key met twice gets `@2`, `@3`...).
pub(crate) fn restorable_nodes(root: NodeId) -> Vec<(String, NodeId, Restorables)> {
    let mut out = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    with_tree(|t| {
        // (node, its key); the root's own key is empty.
        let mut stack = vec![(root, String::new())];
        while let Some((id, key)) = stack.pop() {
            let Some(node) = t.nodes.get(id) else {
                continue;
            };
            if let Some(r) = node
                .extensions
                .as_ref()
                .and_then(|e| e.get::<Restorables>())
            {
                let n = seen.entry(key.clone()).or_default();
                *n += 1;
                let unique = match *n {
                    1 => key.clone(),
                    k => format!("{key}@{k}"),
                };
                out.push((unique, id, r.clone()));
            }
            let mut per_tag: HashMap<&'static str, usize> = HashMap::new();
            let mut children = Vec::with_capacity(node.children.len());
            for &child in &node.children {
                let Some(c) = t.nodes.get(child) else {
                    continue;
                };
                let index = per_tag.entry(c.tag).or_default();
                let key = match c.key.as_deref().filter(|k| !k.is_empty()) {
                    Some(own) => format!("#{own}"),
                    None if key.is_empty() => format!("{}[{index}]", c.tag),
                    None => format!("{key}/{}[{index}]", c.tag),
                };
                *index += 1;
                children.push((child, key));
            }
            stack.extend(children.into_iter().rev());
        }
    });
    out
}
