//! What `ui!` and `#[component]` expand to. Public so generated code can call it; the
//! functions are ordinary API and usable by hand, which is how the builder API works too.

use std::cell::RefCell;
use std::hash::Hash;
use std::rc::Rc;

use crate::reactive::{Effect, Scope, bind, track_collect, untrack};
use crate::tree::{NodeId, NodeKind};
use crate::view::{Element, View, Widget};

pub use crate::argument::{FromArgument, argument};

/// Implemented by `#[reusable]` components: what `ui!`'s `.reuse_id(..)` requires.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not reusable, so `.reuse_id(..)` has nothing to do",
    label = "not a #[reusable] component",
    note = "write #[reusable] above `{Self}`'s #[component] or #[component_v2]"
)]
pub trait Reusable {}

/// `Row(..).reuse_id(id)` in `ui!`: create the reusable component `C` with `create`,
/// taking it from the pool of instances with reuse id `id`.
pub fn with_reuse_id<C: Reusable, R>(
    id: &(impl std::fmt::Display + ?Sized),
    create: impl FnOnce() -> R,
) -> R {
    crate::set_next_reuse_id(id);
    create()
}

/// Create `E` from arguments computed by `args`; when they read state, later changes call
/// [`Element::update`] on the same instance.
pub fn create<E, A>(args: impl Fn() -> A + 'static) -> E
where
    E: Element<A>,
    A: 'static,
{
    let (value, deps) = track_collect(&args);
    let element = untrack(|| E::create(value));
    if !deps.is_empty() {
        crate::reactive::register_effect(deps, move || {
            let v = args();
            untrack(|| element.update(v));
        });
    }
    element
}

/// Bind one attribute: `apply` gets `compute`'s value now and again whenever state that
/// `compute` read changes. Reads nothing: runs once, costs nothing afterwards.
///
/// ```
/// use arkui_core::macro_support::attr;
/// use arkui_core::{CommonAttribute, Length, NodeId, NodeKind, State};
/// let n = NodeId::create("Column", NodeKind::Flex);
/// let w = State::new(10.0f32);
/// attr(move || w.get(), move |v| { n.width(v); });
/// w.set(20.0);
/// assert_eq!(n.layout_attrs().unwrap().width, Length::Vp(20.0));
/// ```
pub fn attr<T: 'static>(compute: impl Fn() -> T + 'static, apply: impl Fn(T) + 'static) {
    bind(compute, apply);
}

/// [`attr`] for the attribute `name` of `el`, as `ui!` binds it: a re-application is skipped
/// when a custom component's instance set the same attribute on `el`'s node from outside
/// (see [`instance_attrs`]), so the instance's value wins as in ArkUI.
pub fn attr_named<W: Widget, T: 'static>(
    el: W,
    name: &'static str,
    compute: impl Fn() -> T + 'static,
    apply: impl Fn(T) + 'static,
) {
    bind(compute, move |v| {
        if !crate::instance_attrs::overridden(el, name) {
            apply(v)
        }
    });
}

pub use crate::instance_attrs::register as instance_attrs;

/// Attach `child` as the last child of `parent`.
pub fn append(parent: impl Widget, child: impl View) {
    parent.node().append(child.into_node());
}

/// `if / else if / else` inside `ui!`: `which` picks a branch index, `build` fills a fresh
/// container for it. Switching branch unmounts the old branch (disposing its state and
/// bindings) and mounts the new one; re-evaluating to the same branch does nothing.
pub fn branch(
    parent: impl Widget,
    which: impl Fn() -> usize + 'static,
    build: impl Fn(usize, NodeId) + 'static,
) {
    let owner = Scope::current();
    let holder = NodeId::create("If", NodeKind::Fragment);
    parent.node().append(holder);
    let current: Rc<RefCell<Option<(usize, Scope, NodeId)>>> = Rc::new(RefCell::new(None));
    Effect::new(move || {
        let index = which();
        untrack(|| {
            if current
                .borrow()
                .as_ref()
                .is_some_and(|(i, _, _)| *i == index)
            {
                return;
            }
            if let Some((_, scope, _)) = current.borrow_mut().take() {
                scope.dispose();
            }
            let scope = match owner {
                Some(o) => o.run(Scope::new_child),
                None => Scope::new_root(),
            };
            let container = scope.run(|| {
                let c = NodeId::create("IfBranch", NodeKind::Fragment);
                build(index, c);
                c
            });
            holder.append(container);
            *current.borrow_mut() = Some((index, scope, container));
        });
    });
}

/// Keyed `ForEach`: one child per item, identified by `key`. Items whose key survives keep
/// their nodes (moved, not rebuilt); new keys are built; vanished keys are unmounted.
/// A duplicate key is an error naming the key and the list: a panic in debug builds; in
/// release builds a logged [`crate::Diagnostic::DuplicateKey`], the duplicate skipped.
///
/// The builder comes before the key so that an annotated builder parameter
/// (`|row: RowObserved| ..`) fixes the item type before the key closure is checked.
pub fn for_each<T, K, I>(
    parent: impl Widget,
    items: impl Fn() -> I + 'static,
    build: impl Fn(T, NodeId) + 'static,
    key: impl Fn(&T) -> K + 'static,
) where
    I: IntoIterator<Item = T>,
    T: 'static,
    K: Eq + Hash + std::fmt::Debug + 'static,
{
    crate::list::for_each(parent.node(), items, key, build);
}

/// `LazyForEach` over a [`crate::DataSource`]: rows are built from items fetched by index
/// and kept in step with the source's change notifications.
pub fn lazy_for_each<T, K>(
    parent: impl Widget,
    source: Rc<dyn crate::DataSource<T>>,
    key: impl Fn(&T, usize) -> K + 'static,
    build: impl Fn(T, NodeId) + 'static,
) where
    T: 'static,
    K: Eq + Hash + std::fmt::Debug + 'static,
{
    crate::list::lazy_for_each(parent.node(), source, key, build, None);
}

/// A field's default when `#[state]` and friends are given no value: `Default::default()`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no default value for this component field",
    label = "give the field a value, e.g. `#[state(value)]` or `#[prop(value)]`, or implement `Default` for `{Self}`"
)]
pub trait DefaultValue {
    /// The default.
    fn default_value() -> Self;
}

impl<T: Default> DefaultValue for T {
    fn default_value() -> T {
        T::default()
    }
}

/// `#[consume]`: the nearest provided state, or (with an error diagnostic naming the field)
/// a local one holding the default.
pub fn consume_or<T: 'static>(
    name: &'static str,
    field: &'static str,
    default: impl FnOnce() -> T,
) -> crate::State<T> {
    crate::consume::<T>(Some(name)).unwrap_or_else(|| {
        log::error!(
            "{field}: no ancestor provides \"{name}\" of type {}; using the default. \
             Add `#[provide] {name}: ...` to an ancestor component",
            std::any::type_name::<T>()
        );
        crate::State::named(default(), field)
    })
}

/// `#[storage_link("key")]`: two-way with AppStorage, creating the key with the default.
/// A key holding another type gives a local value and an error log, never a panic.
pub fn storage_link<T: 'static>(key: &str, default: impl Fn() -> T) -> crate::Link<T> {
    match crate::AppStorage::link::<T>(key) {
        Ok(link) => link,
        Err(crate::StorageError::Missing { .. }) => {
            match crate::AppStorage::set_and_link(key, default()) {
                Ok(link) => link,
                Err(e) => {
                    log::error!("storage key \"{key}\": {e}; the component uses a local value");
                    crate::Link::from(crate::State::new(default()))
                }
            }
        }
        Err(e) => {
            log::error!("storage key \"{key}\": {e}; the component uses a local value instead");
            crate::Link::from(crate::State::new(default()))
        }
    }
}

/// `#[storage_prop("key")]`: a one-way copy of an AppStorage key.
pub fn storage_prop<T: Clone + 'static>(key: &str, default: impl FnOnce() -> T) -> crate::Prop<T> {
    let d = default();
    crate::AppStorage::set_and_prop(key, d.clone()).unwrap_or_else(|e| {
        log::error!("storage key \"{key}\": {e}; the component uses a local value instead");
        crate::Prop::new(d)
    })
}

/// `#[local_storage_link("key")]`: two-way with the page's LocalStorage.
pub fn local_storage_link<T: 'static>(key: &str, default: impl Fn() -> T) -> crate::Link<T> {
    let Some(storage) = crate::consume::<crate::LocalStorage>(None) else {
        log::error!("#[local_storage_link(\"{key}\")]: this component is not inside an App page");
        return crate::Link::from(crate::State::new(default()));
    };
    let storage = crate::untrack(|| storage.get());
    match storage.link::<T>(key) {
        Ok(link) => link,
        Err(crate::StorageError::Missing { .. }) => match storage.set_and_link(key, default()) {
            Ok(link) => link,
            Err(e) => {
                // The key was just found missing: only a disposed storage gets here.
                log::error!("local storage key \"{key}\": {e}; the component uses a local value");
                crate::Link::from(crate::State::new(default()))
            }
        },
        Err(e) => {
            log::error!(
                "local storage key \"{key}\": {e}; the component uses a local value instead"
            );
            crate::Link::from(crate::State::new(default()))
        }
    }
}

/// `#[local_storage_prop("key")]`: a one-way copy of the page's LocalStorage key (created with
/// the default when absent); a local edit stays local until the key changes.
pub fn local_storage_prop<T: Clone + 'static>(
    key: &str,
    default: impl Fn() -> T,
) -> crate::Prop<T> {
    let Some(storage) = crate::consume::<crate::LocalStorage>(None) else {
        log::error!("#[local_storage_prop(\"{key}\")]: this component is not inside an App page");
        return crate::Prop::new(default());
    };
    let storage = crate::untrack(|| storage.get());
    storage.set_and_prop(key, default()).unwrap_or_else(|e| {
        log::error!("local storage key \"{key}\": {e}; the component uses a local value instead");
        crate::Prop::new(default())
    })
}

/// Something `#[watch(method)]` can watch.
pub trait Watchable: Copy + 'static {
    /// Call `f` after every change of the value.
    fn on_change(self, f: Box<dyn Fn()>);
}

impl<T: 'static> Watchable for crate::State<T> {
    fn on_change(self, f: Box<dyn Fn()>) {
        crate::reactive::watch_change(self, f);
    }
}

impl<T: 'static> Watchable for crate::Prop<T> {
    fn on_change(self, f: Box<dyn Fn()>) {
        crate::reactive::watch_change(self.state(), f);
    }
}

impl<T: 'static> Watchable for crate::Link<T> {
    fn on_change(self, f: Box<dyn Fn()>) {
        // The link is bound after creation, so follow whatever it points at.
        let first = std::cell::Cell::new(true);
        crate::Effect::new(move || {
            let _ = self.try_with(|_| ());
            if !first.replace(false) {
                crate::untrack(&f);
            }
        });
    }
}

/// A `#[state]` field kept across a restart ([`App::snapshot`](crate::App::snapshot)) when a
/// snapshot carries its type.
pub fn restorable_state<T: 'static>(
    component: crate::ComponentCore,
    field: &'static str,
    state: crate::State<T>,
) {
    crate::app::restorable::restorable_state(component.holder(), field, state);
}

/// How a `#[monitor]` path reads its last segment: a handle's value, or a plain value's clone.
pub use crate::reactive::{ReadHandle, ReadPlain};

/// `#[consumer]` (V2): the nearest `#[provider]` of the same name and type above, shared
/// two-way; with none, the field's own default (ArkUI V2 documents this fallback, so it is
/// not an error).
pub fn consumer_or<T: 'static>(
    name: &'static str,
    field: &'static str,
    default: impl FnOnce() -> T,
) -> crate::State<T> {
    crate::consume::<T>(Some(name)).unwrap_or_else(|| crate::State::named(default(), field))
}

/// The hooks `#[component_v2]` on an `impl` block fills in (monitors, computed values); a
/// component whose `impl` has none of them keeps these empty defaults.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a #[component_v2]",
    label = "#[component_v2] on this impl needs the struct to be #[component_v2] too",
    note = "its #[monitor] methods are installed when a #[component_v2] struct is created"
)]
pub trait ComponentV2Hooks {
    /// Install the `#[monitor]`s, in the component's scope, after its fields exist.
    fn __arkui_v2_setup(&self) {}
}

/// The value of `#[computed] fn name(&self)`: one cached [`Computed`](crate::Computed) per
/// component and name, created on the first read in the component's scope.
pub fn computed_in<T: Clone + 'static>(
    component: crate::ComponentCore,
    name: &'static str,
    compute: impl Fn() -> T + 'static,
) -> T {
    #[derive(Default)]
    struct Computeds(Vec<(&'static str, Box<dyn std::any::Any>)>);
    let holder = component.holder();
    let found = holder
        .with_extension(|c: &mut Computeds| {
            c.0.iter()
                .find(|(n, _)| *n == name)
                .and_then(|(_, v)| v.downcast_ref::<crate::Computed<T>>().copied())
        })
        .flatten();
    let computed = match found {
        Some(c) => c,
        None => {
            let c = component.scope().run(|| crate::Computed::new(compute));
            holder.with_extension(|cs: &mut Computeds| cs.0.push((name, Box::new(c))));
            c
        }
    };
    computed.get()
}

/// A parent passing a value to a `#[local]`, `#[provider]` or `#[consumer]` field is a
/// compile error naming the rule, through this trait, which no type implements.
#[diagnostic::on_unimplemented(
    message = "this field of a #[component_v2] is not set by its parent",
    label = "passed here",
    note = "#[local], #[provider] and #[consumer] fields initialise themselves; to take a value \
            from the parent, make the field a #[param]"
)]
pub trait NotSetByParent {}

/// A `#[require]` param the parent did not pass: reported (a [`Diagnostic`](crate::Diagnostic))
/// when the component is built.
pub fn require_passed(component: &'static str, field: &'static str, passed: bool) {
    if !passed {
        crate::reactive::report(crate::Diagnostic::MissingParam {
            component,
            param: field,
        });
    }
}

/// The `#[require]` params of a component, for [`check_required`]: every type has none
/// through this trait; a `#[component_v2]` with `#[require]` fields shadows it with an
/// inherent constant of the same name (inherent items win in path resolution).
pub trait NoRequiredParams {
    /// (param name, error message when it is not passed).
    const __ARKUI_REQUIRED: &'static [(&'static str, &'static str)] = &[];
}

impl<T: ?Sized> NoRequiredParams for T {}

/// `ui!`'s compile-time check of a component call: every `#[require]` param is among the
/// names passed, else compilation fails with the param's message.
///
/// ```
/// use arkui_core::macro_support::check_required;
/// const REQUIRED: &[(&str, &str)] = &[("title", "Card needs `title`")];
/// const _: () = check_required(REQUIRED, &["title", "width"]);
/// ```
pub const fn check_required(required: &[(&str, &str)], passed: &[&str]) {
    let mut i = 0;
    while i < required.len() {
        let mut j = 0;
        let mut found = false;
        while j < passed.len() {
            if str_eq(required[i].0, passed[j]) {
                found = true;
            }
            j += 1;
        }
        if !found {
            panic!("{}", required[i].1);
        }
        i += 1;
    }
}

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// `#[watch(method)]` on a field.
pub fn watch_field(field: impl Watchable, f: impl Fn() + 'static) {
    field.on_change(Box::new(f));
}

/// Trailing `{ children }` given to a component with no `#[builder_param]`.
pub fn children_without_slot(component: &str) {
    log::error!(
        "children were given to `{component}`, which has no #[builder_param] field to show them; \
         add `#[builder_param] content: BuilderParam` and call `self.content.view()` in build"
    );
}
