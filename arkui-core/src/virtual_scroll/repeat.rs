//! `Repeat` with `virtualScroll` and templates: rows leaving a container's window are kept in
//! a pool per template instead of being unmounted, and rows entering it take one from the
//! pool and are rebound to their new item. Scrolling builds no nodes once the pools are warm.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use super::lazy_window::window_of;
use crate::list::{DataChangeListener, DataSource};
use crate::reactive::{Effect, ReadSignal, Scope, State, untrack};
use crate::tree::{NodeId, NodeKind};
use crate::view::Widget;

/// What a reused row's builder reads: its item and index, both reactive (they change when
/// the row is reused for another item), ArkUI's `RepeatItem`.
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
    /// Its index in the data.
    pub index: ReadSignal<usize>,
}

impl<T: 'static> Clone for RepeatItem<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for RepeatItem<T> {}

/// A built row: its scope (owning its nodes and bindings), holder and inputs.
struct Slot<T: 'static> {
    index: usize,
    template: &'static str,
    scope: Scope,
    holder: NodeId,
    item: State<T>,
    position: State<usize>,
}

struct Rows<T: 'static> {
    mounted: Vec<Slot<T>>,
    pool: HashMap<&'static str, Vec<Slot<T>>>,
    owner: Option<Scope>,
}

/// Rows a pool keeps per template beyond what is mounted: enough for a fast scroll to reuse
/// a whole screen, few enough to stay small.
const POOL_PER_TEMPLATE: usize = 64;

struct Version(State<u64>);

impl DataChangeListener for Version {
    fn on_data_reloaded(&self) {
        self.0.update(|v| *v += 1);
    }
    fn on_data_add(&self, _: usize) {
        self.0.update(|v| *v += 1);
    }
    fn on_data_delete(&self, _: usize) {
        self.0.update(|v| *v += 1);
    }
    fn on_data_move(&self, _: usize, _: usize) {
        self.0.update(|v| *v += 1);
    }
    fn on_data_change(&self, _: usize) {
        self.0.update(|v| *v += 1);
    }
}

/// `Repeat(..).virtualScroll().templateId(..)`: rows for `source` under `parent`, reused per
/// template. Inside a virtualising container (List, Grid, WaterFlow, Swiper) only its window
/// is built; elsewhere every row is. `template` names the kind of row an item needs: only
/// rows of the same template are reused for each other. `build` makes a row once; when the
/// row is reused its [`RepeatItem`] signals change and the bindings that read them re-run.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, LazyWindow, NodeId, NodeKind, VecDataSource, macro_support, reset_stats, stats};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     let list = NodeId::create("List", NodeKind::Flex).id("list");
///     LazyWindow::attach(list).set_range(0..5);
///     let source = VecDataSource::new((0..1000).collect::<Vec<u32>>());
///     macro_support::repeat_virtual(list, source, |_, _| "row", |row, holder| {
///         let text = NodeId::create("Text", NodeKind::Text);
///         macro_support::attr(move || format!("{}", row.item.get()), move |s| text.set_text(|t| t.content = s));
///         holder.append(text);
///     });
///     list
/// });
/// let list = app.find_by_id("list").unwrap();
/// reset_stats();
/// LazyWindow::of(list).unwrap().set_range(500..505);
/// assert_eq!(stats().nodes_created, 0); // five rows reused, none built
/// let first = list.flattened_children()[0];
/// assert_eq!(first.text().unwrap().content, "500");
/// ```
pub fn repeat_virtual<T: 'static>(
    parent: impl Widget,
    source: Rc<dyn DataSource<T>>,
    template: impl Fn(&T, usize) -> &'static str + 'static,
    build: impl Fn(RepeatItem<T>, NodeId) + 'static,
) {
    let parent = parent.node();
    let container = NodeId::create("Repeat", NodeKind::Fragment);
    parent.append(container);
    let version = State::new(0u64);
    source.register_data_change_listener(Rc::new(Version(version)));
    let host = window_of(parent);
    let rows = Rc::new(RefCell::new(Rows {
        mounted: Vec::new(),
        pool: HashMap::new(),
        owner: Scope::current(),
    }));
    if let Some(owner) = Scope::current() {
        let rows = rows.clone();
        owner.on_cleanup(move || {
            let mut r = rows.borrow_mut();
            for slot in r.pool.drain().flat_map(|(_, v)| v) {
                slot.scope.dispose();
            }
        });
    }
    let last_version = std::cell::Cell::new(None);
    Effect::new(move || {
        let v = version.get();
        let range = host.map(|h| h.tracked_range());
        let data_changed = last_version.replace(Some(v)).is_some_and(|was| was != v);
        untrack(|| {
            let total = source.total_count();
            if let Some(h) = host {
                h.connect(container, total);
            }
            let range = range.map_or(0..total, |r| r.start.min(total)..r.end.min(total));
            let mut r = rows.borrow_mut();
            reconcile(&mut r, range, &*source, &template, &build, data_changed);
            let order: Vec<NodeId> = r.mounted.iter().map(|s| s.holder).collect();
            drop(r);
            container.set_children(order);
        });
    });
}

fn reconcile<T: 'static>(
    r: &mut Rows<T>,
    range: Range<usize>,
    source: &dyn DataSource<T>,
    template: &dyn Fn(&T, usize) -> &'static str,
    build: &dyn Fn(RepeatItem<T>, NodeId),
    data_changed: bool,
) {
    let mut keep: Vec<Slot<T>> = Vec::with_capacity(range.len());
    let mut by_index: HashMap<usize, Slot<T>> = HashMap::new();
    for slot in r.mounted.drain(..) {
        if range.contains(&slot.index) && !data_changed {
            by_index.insert(slot.index, slot);
        } else {
            r.pool.entry(slot.template).or_default().push(slot);
        }
    }
    let mut built = 0u64;
    for i in range {
        if let Some(slot) = by_index.remove(&i) {
            keep.push(slot);
            continue;
        }
        let item = source.get_data(i);
        let t = template(&item, i);
        let slot = match r.pool.get_mut(t).and_then(Vec::pop) {
            Some(slot) => {
                slot.item.set(item);
                if untrack(|| slot.position.get()) != i {
                    slot.position.set(i);
                }
                Slot { index: i, ..slot }
            }
            None => {
                built += 1;
                let scope = match r.owner {
                    Some(o) => o.run(Scope::new_child),
                    None => Scope::new_root(),
                };
                scope.run(|| {
                    let item = State::new(item);
                    let position = State::new(i);
                    let holder = NodeId::create("RepeatItem", NodeKind::Fragment);
                    let row = RepeatItem {
                        item: item.into(),
                        index: position.into(),
                    };
                    build(row, holder);
                    Slot {
                        index: i,
                        template: t,
                        scope,
                        holder,
                        item,
                        position,
                    }
                })
            }
        };
        keep.push(slot);
    }
    // Pools stay bounded: beyond the cap, rows are unmounted for good.
    for pool in r.pool.values_mut() {
        while pool.len() > POOL_PER_TEMPLATE {
            if let Some(slot) = pool.pop() {
                slot.scope.dispose();
            }
        }
    }
    r.mounted = keep;
    crate::stats::count(|s| s.rows_created += built);
}
