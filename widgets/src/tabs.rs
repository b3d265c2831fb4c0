//! `Tabs` and `TabContent`: pages switched from a tab bar, ArkUI's `Tabs`.
//!
//! The bar is rebuilt from the `TabContent` children (their `tab_bar` labels) whenever the
//! children or the bar's settings change; switching a tab only restyles the bar and shows
//! one content, so the pages keep their state.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use arkui_core::{
    Color, CommonAttribute, Effect, Element, FlexAlign, FlexDirection, FontWeight, ItemAlign,
    Length, LengthExt, Link, LinkSource, NodeId, NodeKind, Scope, State, Visibility, Widget, pct,
    untrack,
};

use crate::containers::Column;
use crate::scroll::{Scroll, ScrollDirection};
use crate::text::Text;
use crate::theme::theme;

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

thread_local! {
    static LABELS: RefCell<HashMap<NodeId, String>> = RefCell::new(HashMap::new());
}

fn label_of(node: NodeId) -> Option<String> {
    LABELS.with(|l| l.borrow().get(&node).cloned())
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

    /// `tabBar`: the label of this page in the bar.
    pub fn tab_bar(self, label: impl Into<String>) -> Self {
        let label = label.into();
        self.0.set_inspector_attr("tabBar", label.clone());
        let node = self.0;
        LABELS.with(|l| {
            let mut l = l.borrow_mut();
            l.retain(|n, _| n.is_alive());
            l.insert(node, label);
        });
        self
    }

    /// The label set by `tab_bar`.
    pub fn label(self) -> Option<String> {
        label_of(self.0)
    }
}

type ChangeHandler = Rc<dyn Fn(usize)>;

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
    node: NodeId,
    bar: NodeId,
    content: NodeId,
    index: Link<usize>,
    position: State<BarPosition>,
    vertical: State<bool>,
    mode: State<BarMode>,
    bar_size: State<Option<Length>>,
    /// Bumped when the pages change, so the bar is rebuilt.
    version: State<u32>,
    on_change: State<Option<ChangeHandler>>,
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

    /// The pages, in order (through `if` and `ForEach` fragments).
    fn pages(self) -> Vec<NodeId> {
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

    /// The user picked page `i`.
    fn select(self, i: usize) {
        if untrack(|| self.index.try_get().ok()) == Some(i) {
            return;
        }
        self.index.set(i);
        if let Some(f) = untrack(|| self.on_change.get()) {
            f(i);
        }
    }

    fn rebuild_bar(self, items: State<Option<Scope>>) {
        self.version.get();
        let (vertical, position, mode) =
            (self.vertical.get(), self.position.get(), self.mode.get());
        let size = self.bar_size.get();
        untrack(|| {
            if let Some(old) = items.get() {
                old.dispose();
            }
            let scope = Scope::new_child();
            items.set(Some(scope));
            self.node.set_layout(|l| {
                l.direction = if vertical {
                    FlexDirection::Row
                } else {
                    FlexDirection::Column
                };
            });
            // The pages take the rest of the bar's axis and the whole cross axis.
            self.content.set_layout(|l| {
                if vertical {
                    l.width = Length::Auto;
                    l.height = pct(100.0);
                } else {
                    l.width = pct(100.0);
                    l.height = Length::Auto;
                }
            });
            let order = match position {
                BarPosition::Start => vec![self.bar, self.content],
                BarPosition::End => vec![self.content, self.bar],
            };
            self.node.set_children(order);
            let thickness = size.unwrap_or(if vertical { 96.vp() } else { 56.vp() });
            self.bar.set_layout(|l| {
                l.direction = if vertical {
                    FlexDirection::Column
                } else {
                    FlexDirection::Row
                };
                if vertical {
                    l.width = thickness;
                    l.height = pct(100.0);
                } else {
                    l.width = pct(100.0);
                    l.height = thickness;
                }
                l.flex_shrink = Some(0.0);
            });
            let pages = self.pages();
            let row = scope.run(|| {
                let row = NodeId::create("TabBarItems", NodeKind::Flex);
                row.set_layout(|l| {
                    l.direction = if vertical {
                        FlexDirection::Column
                    } else {
                        FlexDirection::Row
                    };
                    l.align_items = ItemAlign::Stretch;
                    if mode == BarMode::Fixed || vertical {
                        l.width = pct(100.0);
                        l.height = pct(100.0);
                    } else {
                        l.height = pct(100.0);
                    }
                });
                for (i, page) in pages.iter().enumerate() {
                    row.append(self.item(i, *page, mode, vertical));
                }
                row
            });
            let holder = if mode == BarMode::Scrollable && !vertical {
                scope.run(|| {
                    Scroll::new()
                        .scrollable(ScrollDirection::Horizontal)
                        .width(pct(100.0))
                        .height(pct(100.0))
                        .child(row)
                        .node()
                })
            } else {
                row
            };
            self.bar.set_children(vec![holder]);
            self.show(self.index.try_get().unwrap_or(0));
        });
    }

    fn item(self, i: usize, page: NodeId, mode: BarMode, vertical: bool) -> NodeId {
        let label = label_of(page).unwrap_or_else(|| format!("Tab {}", i + 1));
        let id = page
            .key()
            .map_or_else(|| format!("tab-{i}"), |k| format!("{k}-tab"));
        let text = Text::new(label)
            .font_size(16.fp())
            .id(format!("{id}-label"));
        let line = Column::new()
            .width(24.vp())
            .height(2.vp())
            .border_radius(1.vp())
            .margin(arkui_core::Edges {
                top: 6.vp(),
                ..arkui_core::Edges::ZERO
            })
            .id(format!("{id}-indicator"));
        let item = Column::new()
            .child(text)
            .child(line)
            .justify_content(FlexAlign::Center)
            .align_items(arkui_core::HorizontalAlign::Center)
            .on_click(move |_| self.select(i))
            .on_focus(move || self.select(i))
            .id(id);
        if mode == BarMode::Fixed || vertical {
            item.flex_grow(1.0).flex_basis(Length::Vp(0.0))
        } else {
            item.padding(arkui_core::Edges::symmetric(16.vp(), 0.vp()))
        }
        .node()
    }

    /// Show page `i` and mark its tab.
    fn show(self, i: usize) {
        let colors = theme();
        self.node.set_inspector_attr("index", i.to_string());
        for (k, page) in self.pages().into_iter().enumerate() {
            let on = k == i;
            page.set_layout(|l| {
                l.visibility = if on {
                    Visibility::Visible
                } else {
                    Visibility::None
                };
            });
            let Some(key) = page
                .key()
                .map(|k| format!("{k}-tab"))
                .or(Some(format!("tab-{k}")))
            else {
                continue;
            };
            for n in self.bar_nodes() {
                match n.key() {
                    Some(ref id) if *id == format!("{key}-label") => n.set_text(|t| {
                        t.font_color = if on {
                            colors.font_emphasize
                        } else {
                            colors.font_secondary
                        };
                        t.font_weight = if on {
                            FontWeight::Medium
                        } else {
                            FontWeight::Regular
                        };
                    }),
                    Some(ref id) if *id == format!("{key}-indicator") => n.set_visual(|v| {
                        v.background_color = if on { colors.brand } else { Color::TRANSPARENT };
                    }),
                    _ => {}
                }
            }
        }
    }

    /// Every node of the bar.
    fn bar_nodes(self) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut stack = vec![self.bar];
        while let Some(n) = stack.pop() {
            out.push(n);
            stack.extend(n.children());
        }
        out
    }
}
