//! `Tabs` and `TabContent`: pages switched from a tab bar, ArkUI's `Tabs`.
//!
//! The bar is rebuilt from the `TabContent` children (their `tab_bar` labels) whenever the
//! children or the bar's settings change; switching a tab only restyles the bar and shows
//! one content, so the pages keep their state.

use std::rc::Rc;

use arkui_core::{
    Effect, Element, FlexDirection, Length, Link, LinkSource, NodeId, NodeKind, Scope, State,
    Widget, pct, untrack,
};

use crate::tab_bar_style::TabBarOptions;

/// Where the tab bar sits, ArkUI's `BarPosition`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum BarPosition {
    /// Top (or left when vertical): the default.
    #[default]
    Start,
    /// Bottom (or right when vertical).
    End,
}

/// How tab bar items share the bar, ArkUI's `BarMode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum BarMode {
    /// Items split the bar equally (the default).
    #[default]
    Fixed,
    /// Items keep their natural size; the bar scrolls when they do not fit.
    Scrollable,
}

pub(crate) fn label_of(node: NodeId) -> Option<String> {
    options_of(node).and_then(|o| o.label().map(str::to_string))
}

/// What a `TabContent` asked to show in the bar (kept in its node).
pub(crate) fn options_of(node: NodeId) -> Option<TabBarOptions> {
    node.extension::<TabBarOptions>()
}

/// One page of a [`Tabs`], ArkUI's `TabContent`, labelled in the bar by `tab_bar`.
///
/// ```
/// use arkui_widgets::TabContent;
/// let t = TabContent::new().tab_bar("Home");
/// assert_eq!(t.label().as_deref(), Some("Home"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TabContent(NodeId);

impl Widget for TabContent {
    fn node(self) -> NodeId {
        self.0
    }
}

impl Element<()> for TabContent {
    fn create(_: ()) -> TabContent {
        let n = NodeId::create("TabContent", NodeKind::Flex);
        n.set_layout(|l| {
            l.width = pct(100.0);
            l.height = pct(100.0);
            l.direction = FlexDirection::Column;
        });
        TabContent(n)
    }

    fn update(self, _: ()) {}
}

impl Default for TabContent {
    fn default() -> Self {
        TabContent::new()
    }
}

impl TabContent {
    /// An empty page.
    pub fn new() -> TabContent {
        TabContent::create(())
    }

    /// Append a child (the builder-API form of `{ }` in `ui!`).
    pub fn child(self, child: impl arkui_core::View) -> Self {
        self.0.append(child.into_node());
        self
    }

    /// `tabBar`: how this page shows in the bar: a label, a [`SubTabBarStyle`], a
    /// [`BottomTabBarStyle`] or a custom builder ([`TabBarOptions::builder`]).
    ///
    /// [`SubTabBarStyle`]: crate::SubTabBarStyle
    /// [`BottomTabBarStyle`]: crate::BottomTabBarStyle
    pub fn tab_bar(self, options: impl Into<TabBarOptions>) -> Self {
        let options = options.into();
        if let Some(label) = options.label() {
            self.0.set_inspector_attr("tabBar", label.to_string());
        }
        self.0.set_extension(options);
        self
    }

    /// The label set by `tab_bar`.
    pub fn label(self) -> Option<String> {
        label_of(self.0)
    }
}

pub(crate) type ChangeHandler = Rc<dyn Fn(usize)>;
pub(crate) type Restyle = Rc<dyn Fn(bool)>;

/// Pages with a tab bar, ArkUI's `Tabs`. Clicking a tab, or moving focus onto it with the
/// arrow keys or a D-pad, shows its page; the selected tab is bold, in the brand colour, with
/// an indicator line under it. Tab items have ids `<content id>-tab` (or `tab-<i>` when
/// the content has no id).
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, State};
/// use arkui_widgets::{TabContent, Tabs, Text};
/// let index = State::new(0usize);
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     Tabs::new()
///         .child(TabContent::new().tab_bar("Home").id("home").child(Text::new("H")))
///         .child(TabContent::new().tab_bar("Me").id("me").child(Text::new("M")))
///         .bind_index(index)
///         .id("tabs")
/// });
/// app.click_id("me-tab").unwrap();
/// assert_eq!(index.get(), 1);
/// assert_eq!(app.inspector_by_id("tabs").unwrap()["$attrs"]["index"], "1");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Tabs {
    pub(crate) node: NodeId,
    pub(crate) bar: NodeId,
    pub(crate) content: NodeId,
    pub(crate) index: Link<usize>,
    pub(crate) position: State<BarPosition>,
    pub(crate) vertical: State<bool>,
    pub(crate) mode: State<BarMode>,
    pub(crate) bar_size: State<Option<Length>>,
    /// `barWidth` / `barHeight`.
    pub(crate) bar_width: State<Option<Length>>,
    pub(crate) bar_height: State<Option<Length>>,
    /// `animationDuration` in ms.
    pub(crate) animation_ms: State<f64>,
    /// `scrollable`: a swipe on the pages turns them.
    pub(crate) scrollable: State<bool>,
    pub(crate) on_tab_bar_click: State<Option<ChangeHandler>>,
    /// Restyles each tab item for selected (`true`) or not; set when the bar is built.
    pub(crate) restyle: State<Rc<Vec<Restyle>>>,
    /// The page shown last, so a change can slide from it.
    pub(crate) shown: State<Option<usize>>,
    /// A swipe is moving the pages with the finger: the next change settles from where
    /// they are instead of sliding from the edge.
    pub(crate) dragged: State<bool>,
    /// Bumped when the pages change, so the bar is rebuilt.
    pub(crate) version: State<u32>,
    pub(crate) on_change: State<Option<ChangeHandler>>,
}

impl Widget for Tabs {
    fn node(self) -> NodeId {
        self.node
    }

    fn set_children(self, build: Box<dyn FnOnce(NodeId)>) {
        build(self.content);
        self.version.update(|v| *v += 1);
    }
}

impl Element<()> for Tabs {
    fn create(_: ()) -> Tabs {
        let node = NodeId::create("Tabs", NodeKind::Flex);
        let bar = NodeId::create("TabBar", NodeKind::Flex);
        let content = NodeId::create("TabsContent", NodeKind::Stack);
        node.set_layout(|l| {
            l.width = pct(100.0);
            l.height = pct(100.0);
            l.direction = FlexDirection::Column;
        });
        content.set_layout(|l| {
            l.flex_grow = 1.0;
            l.flex_basis = Length::Vp(0.0);
        });
        node.append(bar);
        node.append(content);
        let t = Tabs {
            node,
            bar,
            content,
            index: Link::from(State::new(0)),
            position: State::new(BarPosition::Start),
            vertical: State::new(false),
            mode: State::new(BarMode::Fixed),
            bar_size: State::new(None),
            bar_width: State::new(None),
            bar_height: State::new(None),
            // ArkUI's default animationDuration.
            animation_ms: State::new(300.0),
            scrollable: State::new(true),
            on_tab_bar_click: State::new(None),
            restyle: State::new(Rc::new(Vec::new())),
            shown: State::new(None),
            dragged: State::new(false),
            version: State::new(0),
            on_change: State::new(None),
        };
        let items: State<Option<Scope>> = State::new(None);
        Effect::new(move || t.rebuild_bar(items));
        Effect::new(move || {
            t.version.get();
            let i = t.index.try_get().unwrap_or(0);
            untrack(|| t.show(i));
        });
        // A restart (the previewer's rebuild) shows the tab that was shown, as if picked
        // (so `on_change` and a bound index follow).
        node.add_restorable(
            "index",
            // Saved even at 0: the app may start on another tab.
            move || Some(untrack(|| t.index.try_get().unwrap_or(0)).into()),
            move |saved| match saved.as_u64().and_then(|i| usize::try_from(i).ok()) {
                Some(i) if i < t.pages().len() => {
                    t.select(i);
                    true
                }
                _ => false,
            },
        );
        t
    }

    fn update(self, _: ()) {}
}

impl Default for Tabs {
    fn default() -> Self {
        Tabs::new()
    }
}

impl Tabs {
    /// Tabs with no pages yet.
    pub fn new() -> Tabs {
        Tabs::create(())
    }

    /// Add a page (the builder-API form of a `TabContent` inside `{ }` in `ui!`).
    pub fn child(self, page: impl arkui_core::View) -> Self {
        self.content.append(page.into_node());
        self.version.update(|v| *v += 1);
        self
    }

    /// `index`: the page shown (one-way; see [`Tabs::bind_index`]).
    pub fn index(self, i: usize) -> Self {
        self.index.set(i);
        self
    }

    /// Two-way `index` (ArkUI's `$$this.index`).
    pub fn bind_index(self, source: impl LinkSource<usize>) -> Self {
        self.index.bind(source);
        self
    }

    /// `barPosition`: the bar before (default) or after the pages.
    pub fn bar_position(self, p: BarPosition) -> Self {
        self.position.set(p);
        self.node
            .set_inspector_attr("barPosition", format!("BarPosition.{p:?}"));
        self
    }

    /// `vertical`: the bar runs down the side.
    pub fn vertical(self, on: bool) -> Self {
        self.vertical.set(on);
        self.node.set_inspector_attr("vertical", on.to_string());
        self
    }

    /// `barMode`: items share the bar equally (default) or scroll at their natural size.
    pub fn bar_mode(self, m: BarMode) -> Self {
        self.mode.set(m);
        self.node
            .set_inspector_attr("barMode", format!("BarMode.{m:?}"));
        self
    }

    /// The bar's thickness: its height, or its width when vertical (default 56 vp / 96 vp).
    pub fn bar_size(self, size: impl Into<Length>) -> Self {
        self.bar_size.set(Some(size.into()));
        self
    }

    /// `onChange`: called with the new index when the user switches page.
    pub fn on_change(self, f: impl Fn(usize) + 'static) -> Self {
        self.on_change.set(Some(Rc::new(f)));
        self
    }

    /// `barWidth`: the bar's width (its thickness when vertical; default the whole width,
    /// or 96 vp when vertical). Percentages are of the Tabs.
    pub fn bar_width(self, w: impl Into<Length>) -> Self {
        self.bar_width.set(Some(w.into()));
        self
    }

    /// `barHeight`: the bar's height (its length when vertical; default 56 vp, or the
    /// whole height when vertical). Percentages are of the Tabs.
    pub fn bar_height(self, h: impl Into<Length>) -> Self {
        self.bar_height.set(Some(h.into()));
        self
    }

    /// `animationDuration`: how long pages slide when the tab changes, in ms (default
    /// 300; 0 switches at once).
    pub fn animation_duration(self, ms: f64) -> Self {
        self.animation_ms
            .set(if ms.is_finite() { ms.max(0.0) } else { 300.0 });
        self
    }

    /// `scrollable`: whether a swipe across the pages turns them (default true).
    pub fn scrollable(self, on: bool) -> Self {
        self.scrollable.set(on);
        self
    }

    /// `onTabBarClick`: called with the index of the tab clicked, the selected one too.
    pub fn on_tab_bar_click(self, f: impl Fn(usize) + 'static) -> Self {
        self.on_tab_bar_click.set(Some(Rc::new(f)));
        self
    }

    /// `controller`: turn pages from code with a [`TabsController`].
    pub fn controller(self, c: TabsController) -> Self {
        c.target.set(Some(self));
        self
    }

    /// The pages, in order (through `if` and `ForEach` fragments).
    pub(crate) fn pages(self) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut stack: Vec<NodeId> = self.content.children().into_iter().rev().collect();
        while let Some(n) = stack.pop() {
            match n.tag() {
                Some("TabContent") => out.push(n),
                _ => stack.extend(n.children().into_iter().rev()),
            }
        }
        out
    }

    /// The user picked page `i` (a page past the last is ignored).
    pub(crate) fn select(self, i: usize) {
        if i >= self.pages().len() {
            return;
        }
        if untrack(|| self.index.try_get().ok()) == Some(i) {
            return;
        }
        self.index.set(i);
        if let Some(f) = untrack(|| self.on_change.get()) {
            f(i);
        }
    }
}

/// Turns a [`Tabs`]' pages from code, ArkUI's `TabsController`.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, State};
/// use arkui_widgets::{TabContent, Tabs, TabsController};
/// let c = TabsController::new();
/// let index = State::new(0usize);
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     Tabs::new().controller(c).bind_index(index)
///         .child(TabContent::new().tab_bar("A")).child(TabContent::new().tab_bar("B"))
/// });
/// app.frame();
/// c.change_index(1);
/// assert_eq!(index.get(), 1);
/// c.change_index(7); // no such page: nothing happens
/// assert_eq!(index.get(), 1);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TabsController {
    target: State<Option<Tabs>>,
}

impl Default for TabsController {
    fn default() -> Self {
        TabsController::new()
    }
}

impl TabsController {
    /// A controller bound to no Tabs yet.
    pub fn new() -> TabsController {
        TabsController {
            target: State::new(None),
        }
    }

    /// `changeIndex`: show page `index` (as a tap on its tab would, `on_change` included).
    pub fn change_index(self, index: usize) {
        if let Some(t) = self.target.get_untracked() {
            t.select(index);
        }
    }
}

impl PartialEq for Tabs {
    fn eq(&self, other: &Self) -> bool {
        self.node == other.node
    }
}

impl Eq for Tabs {}
