//! [`Repeat`], ArkUI's `Repeat`: rows for an array, keyed, each row reading its item and
//! index through a [`RepeatItem`] whose signals change when the row is moved or reused. With
//! [`Repeat::virtual_scroll`] inside a virtualising container (List, Grid, WaterFlow,
//! Swiper) only the container's window is built, and rows leaving it wait in a pool per
//! template to be rebound to the items entering it: scrolling builds nothing once the pools
//! are warm.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::rc::Rc;

use super::lazy_window::{LazyWindow, window_of};
use crate::list::{OnDuplicate, duplicate};
use crate::reactive::{Effect, ReadSignal, Scope, State, untrack};
use crate::row_holders::{RowHolders, detach_all};
use crate::tree::{NodeId, NodeKind};
use crate::view::Widget;

/// What a row's builder reads: its item and index, both reactive (they change when the row
/// is reused for another item, or moved), ArkUI's `RepeatItem`.
///
/// ```
/// use arkui_core::{RepeatItem, State};
/// let (item, index) = (State::new("a"), State::new(0usize));
/// let row = RepeatItem { item: item.into(), index: index.into() };
/// item.set("b"); // what a reuse does
/// assert_eq!((row.item.get(), row.index.get()), ("b", 0));
/// ```
#[derive(Debug)]
pub struct RepeatItem<T: 'static> {
    /// The item shown.
    pub item: ReadSignal<T>,
    /// Its index in the array.
    pub index: ReadSignal<usize>,
}

impl<T: 'static> Clone for RepeatItem<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for RepeatItem<T> {}

/// `virtualScroll({ totalCount })`: build only a virtualising container's window.
///
/// ```
/// let o = arkui_core::VirtualScrollOptions::default();
/// assert_eq!(o.total_count, None); // the array's length
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VirtualScrollOptions {
    /// How many items the data will have, when the array holds only those loaded so far:
    /// the container sizes its scroll range (and scroll bar) for this many.
    pub total_count: Option<usize>,
}

/// A template's options, ArkUI's `TemplateOptions`.
///
/// ```
/// let o = arkui_core::TemplateOptions { cached_count: Some(4) };
/// assert_eq!(o.cached_count, Some(4));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TemplateOptions {
    /// Rows of this template the pool keeps beyond those mounted. `None`: as many as the
    /// window shows.
    pub cached_count: Option<usize>,
}

/// A row builder: fills the holder with the row's view.
type Builder<T> = Rc<dyn Fn(RepeatItem<T>, NodeId)>;

/// A function of an item and its index (the key, the template id).
type ItemFn<T, R> = Rc<dyn Fn(&T, usize) -> R>;

/// An item wanted in the window: index, key, template, its builder, the item.
type Wanted<T, K> = (usize, K, &'static str, Option<Builder<T>>, T);

/// The template `each` builds (ArkUI's default template).
const EACH: &str = "";

/// ArkUI's `Repeat`: rows for the items `items` returns (re-read when the state it reads
/// changes). `each` builds a row; `key` identifies items (the index by default); a row whose
/// key survives an update keeps its nodes, and its `RepeatItem` gets the new index and, if it
/// differs (`PartialEq`), the new item. With
/// `template_id` and `template`, items of different kinds get differently built rows.
/// With `virtual_scroll`, inside a List, Grid, WaterFlow or Swiper only the visible rows
/// (plus the container's `cached_count`) exist, and rows leaving are reused for rows
/// entering, per template.
///
/// In `ui!`:
/// `Repeat(items).each(|ri| { .. }).key(|item, index| ..).virtual_scroll().template_id(|item, index| ..).template("kind", |ri| { .. })`.
///
/// ```
/// use arkui_core::{App, DeviceProfile, LazyWindow, NodeId, NodeKind, Repeat, State, VirtualScrollOptions, macro_support, reset_stats, stats};
/// # use arkui_core::CommonAttribute;
/// let data = State::new((0..1000).collect::<Vec<u32>>());
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     let list = NodeId::create("List", NodeKind::Flex).id("list");
///     LazyWindow::attach(list).set_range(0..5);
///     Repeat::new(move || data.get())
///         .each(|row, holder| {
///             let text = NodeId::create("Text", NodeKind::Text);
///             macro_support::attr(move || format!("{}", row.item.get()), move |s| text.set_text(|t| t.content = s));
///             holder.append(text);
///         })
///         .key(|n, _| *n)
///         .virtual_scroll(VirtualScrollOptions::default())
///         .mount(list);
///     list
/// });
/// let list = app.find_by_id("list").unwrap();
/// reset_stats();
/// LazyWindow::of(list).unwrap().set_range(500..505);
/// assert_eq!(stats().nodes_created, 0); // five rows reused, none built
/// assert_eq!(list.flattened_children()[0].text().unwrap().content, "500");
/// ```
pub struct Repeat<T: 'static, K = usize> {
    items: Box<dyn Fn() -> Vec<T>>,
    key: ItemFn<T, K>,
    each: Option<Builder<T>>,
    templates: Vec<(&'static str, Builder<T>, TemplateOptions)>,
    template_id: Option<ItemFn<T, String>>,
    virtual_scroll: Option<VirtualScrollOptions>,
}

impl<T: 'static> Repeat<T, usize> {
    /// Rows for the items `items` returns, keyed by index until [`Repeat::key`].
    pub fn new<I: IntoIterator<Item = T>>(items: impl Fn() -> I + 'static) -> Repeat<T, usize> {
        Repeat {
            items: Box::new(move || items().into_iter().collect()),
            key: Rc::new(|_, i| i),
            each: None,
            templates: Vec::new(),
            template_id: None,
            virtual_scroll: None,
        }
    }
}

impl<T: PartialEq + 'static, K: Eq + Hash + std::fmt::Debug + 'static> Repeat<T, K> {
    /// How each row is built (ArkUI's `each`), for items no [`Repeat::template`] claims.
    pub fn each(mut self, build: impl Fn(RepeatItem<T>, NodeId) + 'static) -> Self {
        self.each = Some(Rc::new(build));
        self
    }

    /// The key of an item at an index: rows follow their key across updates. Keys must be
    /// unique; a duplicate is an error naming it (a panic in debug builds, a logged
    /// `Diagnostic::DuplicateKey` in release builds, the duplicate skipped).
    pub fn key<K2: Eq + Hash + std::fmt::Debug + 'static>(
        self,
        key: impl Fn(&T, usize) -> K2 + 'static,
    ) -> Repeat<T, K2> {
        Repeat {
            items: self.items,
            key: Rc::new(key),
            each: self.each,
            templates: self.templates,
            template_id: self.template_id,
            virtual_scroll: self.virtual_scroll,
        }
    }

    /// Build only the window of the virtualising container this is mounted in.
    pub fn virtual_scroll(mut self, options: VirtualScrollOptions) -> Self {
        self.virtual_scroll = Some(options);
        self
    }

    /// Which template an item's row uses; an id no [`Repeat::template`] names uses `each`.
    pub fn template_id<S: Into<String>>(mut self, id: impl Fn(&T, usize) -> S + 'static) -> Self {
        self.template_id = Some(Rc::new(move |t, i| id(t, i).into()));
        self
    }

    /// How rows of template `name` are built. Rows are reused only within their template.
    pub fn template(
        mut self,
        name: &'static str,
        build: impl Fn(RepeatItem<T>, NodeId) + 'static,
        options: TemplateOptions,
    ) -> Self {
        self.templates.retain(|(n, _, _)| *n != name);
        self.templates.push((name, Rc::new(build), options));
        self
    }

    /// Attach the rows under `parent`, keeping them in step with the items from now on.
    pub fn mount(self, parent: impl Widget) {
        let parent = parent.node();
        let container = NodeId::create("Repeat", NodeKind::Fragment);
        parent.append(container);
        let virtual_scroll = self.virtual_scroll;
        let host = virtual_scroll.and_then(|_| window_of(parent));
        let rows = Rc::new(RefCell::new(Rows {
            mounted: Vec::new(),
            pool: HashMap::new(),
            holders: RowHolders::new(),
            container,
        }));
        if let Some(owner) = Scope::current() {
            let rows = rows.clone();
            owner.on_cleanup(move || {
                let pooled: Vec<Slot<T>> = rows
                    .borrow_mut()
                    .pool
                    .drain()
                    .flat_map(|(_, v)| v)
                    .collect();
                for slot in pooled {
                    slot.scope.dispose();
                }
            });
        }
        let spec = Rc::new(self);
        Effect::new(move || {
            let items = (spec.items)();
            let range = host.map(LazyWindow::tracked_range);
            untrack(|| {
                let len = items.len();
                if let Some(h) = host {
                    let total = virtual_scroll.and_then(|v| v.total_count).unwrap_or(len);
                    h.connect(container, total.max(len));
                }
                let range = range.map_or(0..len, |r| r.start.min(len)..r.end.min(len));
                let pooling = virtual_scroll.is_some();
                rows.borrow_mut().reconcile(&spec, items, range, pooling);
            });
        });
    }

    fn template_of(&self, item: &T, index: usize) -> (&'static str, Option<Builder<T>>) {
        if let Some(id) = &self.template_id {
            let id = id(item, index);
            if let Some((name, build, _)) = self.templates.iter().find(|(n, _, _)| *n == id) {
                return (name, Some(build.clone()));
            }
        }
        (EACH, self.each.clone())
    }

    fn cached_count(&self, template: &str) -> Option<usize> {
        self.templates
            .iter()
            .find(|(n, _, _)| *n == template)
            .and_then(|(_, _, o)| o.cached_count)
    }
}

/// A built row: its scope (owning its nodes and bindings), holder and inputs.
struct Slot<T: 'static> {
    template: &'static str,
    scope: Scope,
    holder: NodeId,
    item: State<T>,
    index: State<usize>,
}

struct Rows<T: 'static, K> {
    /// The mounted rows in order, with their keys.
    mounted: Vec<(K, Slot<T>)>,
    pool: HashMap<&'static str, Vec<Slot<T>>>,
    /// Row holders, spare ones kept (a sliding window builds no node).
    holders: RowHolders,
    container: NodeId,
}

impl<T: PartialEq + 'static, K: Eq + Hash + std::fmt::Debug + 'static> Rows<T, K> {
    /// Make the mounted rows those of `items[range]`: rows whose key survives (with the same
    /// template) stay; the others go to their template's pool (`pooling`) or away; missing
    /// rows come from the pool or are built.
    fn reconcile(
        &mut self,
        spec: &Repeat<T, K>,
        items: Vec<T>,
        range: std::ops::Range<usize>,
        pooling: bool,
    ) {
        let on_duplicate = if cfg!(debug_assertions) {
            OnDuplicate::Panic
        } else {
            OnDuplicate::Skip
        };
        let start = range.start;
        let mut wanted: Vec<Wanted<T, K>> = Vec::new();
        let mut seen: HashSet<&K> = HashSet::new();
        let keyed: Vec<(usize, K, T)> = items
            .into_iter()
            .enumerate()
            .skip(start)
            .take(range.len())
            .map(|(i, t)| (i, (spec.key)(&t, i), t))
            .collect();
        let mut skip = vec![false; keyed.len()];
        for (n, (_, k, _)) in keyed.iter().enumerate() {
            if !seen.insert(k) {
                duplicate(self.container, k, on_duplicate);
                skip[n] = true;
            }
        }
        drop(seen);
        for ((i, k, t), skip) in keyed.into_iter().zip(skip) {
            if !skip {
                let (template, build) = spec.template_of(&t, i);
                wanted.push((i, k, template, build, t));
            }
        }
        // Which mounted rows stay: same key, same template.
        let mut by_key: HashMap<K, Slot<T>> = HashMap::new();
        let mut leaving = Vec::new();
        let wanted_keys: HashMap<&K, &'static str> =
            wanted.iter().map(|(_, k, tpl, _, _)| (k, *tpl)).collect();
        for (key, slot) in self.mounted.drain(..) {
            if wanted_keys.get(&key) == Some(&slot.template) {
                by_key.insert(key, slot);
            } else {
                leaving.push(slot);
            }
        }
        drop(wanted_keys);
        // Leaving rows go first, so that entering rows find them (or the reusable components
        // in them) in a pool. One `set_children` detaches them all: clearing stays linear.
        if !pooling {
            let doomed: HashSet<NodeId> = leaving.iter().map(|s| s.holder).collect();
            detach_all(self.container, &doomed);
        }
        for slot in leaving {
            self.release(slot, pooling);
        }
        let mut built = 0u64;
        let mut mounted = Vec::with_capacity(wanted.len());
        for (i, k, template, build, t) in wanted {
            if let Some(slot) = by_key.remove(&k) {
                // The same key can carry a changed item (keys by index do, by default).
                if untrack(|| slot.item.with(|old| *old != t)) {
                    slot.item.set(t);
                }
                if untrack(|| slot.index.get()) != i {
                    slot.index.set(i);
                }
                mounted.push((k, slot));
                continue;
            }
            let reused = self.pool.get_mut(template).and_then(Vec::pop);
            let slot = match reused {
                Some(slot) => {
                    slot.item.set(t);
                    if untrack(|| slot.index.get()) != i {
                        slot.index.set(i);
                    }
                    slot
                }
                None => {
                    built += 1;
                    self.build(template, build, t, i)
                }
            };
            mounted.push((k, slot));
        }
        self.mounted = mounted;
        // The order first: pooled holders leave the container in this one pass, so that
        // trimming the pools below does not detach them one by one.
        let order: Vec<NodeId> = self.mounted.iter().map(|(_, s)| s.holder).collect();
        self.container.set_children(order);
        // Pools stay bounded: a template keeps its cached count, else a window's worth.
        let window = self.mounted.len();
        for (template, pool) in self.pool.iter_mut() {
            let cap = spec.cached_count(template).unwrap_or(window);
            while pool.len() > cap {
                if let Some(slot) = pool.pop() {
                    slot.scope.dispose();
                }
            }
        }
        crate::stats::count(|s| s.rows_created += built);
    }

    /// A row leaves: pooled (its holder stays in the container until the final
    /// `set_children`), or unmounted (already detached) keeping its empty holder.
    fn release(&mut self, slot: Slot<T>, pooling: bool) {
        if pooling {
            self.pool.entry(slot.template).or_default().push(slot);
            return;
        }
        crate::stats::count(|s| s.rows_removed += 1);
        self.holders.unmount(slot.scope, slot.holder);
    }

    fn build(
        &mut self,
        template: &'static str,
        build: Option<Builder<T>>,
        item: T,
        index: usize,
    ) -> Slot<T> {
        let scope = match self.holders.owner() {
            Some(o) => o.run(Scope::new_child),
            None => Scope::new_root(),
        };
        let holder = self.holders.holder(scope, "RepeatItem");
        scope.run(|| {
            let item = State::new(item);
            let position = State::new(index);
            let row = RepeatItem {
                item: item.into(),
                index: position.into(),
            };
            match build {
                Some(build) => build(row, holder),
                None => log::error!(
                    "Repeat has no `each` and no template for this item: its row is empty; \
                     give it `.each(|ri| ..)`"
                ),
            }
            Slot {
                template,
                scope,
                holder,
                item,
                index: position,
            }
        })
    }
}
