//! `Navigation` and `NavDestination`: a home page with a title bar, and pages pushed on a
//! [`NavPathStack`] over it, ArkUI's `Navigation`. On wide screens (`mode` Auto at 600 vp
//! and more, or Split) the home page stays on the left and pages show beside it.

use std::rc::Rc;

use arkui_core::{
    CommonAttribute, Effect, Element, FlexDirection, FontWeight, Length, LengthExt, NodeId,
    NodeKind, Scope, State, VerticalAlign, Visibility, Widget, media_query, pct, untrack,
};

use crate::containers::{Column, Row};
use crate::divider::Divider;
use crate::nav_path_stack::NavPathStack;
use crate::text::Text;
use crate::theme::theme;

/// How a `Navigation` lays out its home page and pages, ArkUI's `NavigationMode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum NavigationMode {
    /// Split at 600 vp and wider, stacked below (the default).
    #[default]
    Auto,
    /// Pages cover the home page.
    Stack,
    /// The home page on the left, pages on the right.
    Split,
}

/// ArkUI's breakpoint between stacked and split navigation.
pub const SPLIT_MIN_WIDTH_VP: f32 = 600.0;

/// A `NavDestination`'s title, kept in its node for the `Navigation` showing it.
#[derive(Clone)]
struct Title(String);

/// A page shown by a `Navigation` for a name on its stack, ArkUI's `NavDestination`. The
/// `Navigation` gives it a title bar with a back button (id `nav-back`).
///
/// ```
/// use arkui_widgets::NavDestination;
/// assert_eq!(NavDestination::new().title("Detail").get_title().as_deref(), Some("Detail"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NavDestination(NodeId);

impl Widget for NavDestination {
    fn node(self) -> NodeId {
        self.0
    }
}

impl Element<()> for NavDestination {
    fn create(_: ()) -> NavDestination {
        let n = NodeId::create("NavDestination", NodeKind::Flex);
        n.set_layout(|l| {
            l.direction = FlexDirection::Column;
            l.width = pct(100.0);
            l.height = pct(100.0);
        });
        NavDestination(n)
    }

    fn update(self, _: ()) {}
}

impl Default for NavDestination {
    fn default() -> Self {
        NavDestination::new()
    }
}

impl NavDestination {
    /// An empty page.
    pub fn new() -> NavDestination {
        NavDestination::create(())
    }

    /// Append a child (the builder-API form of `{ }` in `ui!`).
    pub fn child(self, child: impl arkui_core::View) -> Self {
        self.0.append(child.into_node());
        self
    }

    /// `title`: shown in the page's title bar.
    pub fn title(self, title: impl Into<String>) -> Self {
        let title = title.into();
        self.0.set_inspector_attr("title", title.clone());
        self.0.set_extension(Title(title));
        self
    }

    /// The title set.
    pub fn get_title(self) -> Option<String> {
        self.0.extension::<Title>().map(|t| t.0)
    }
}

type DestinationBuilder = Rc<dyn Fn(&str, Option<&str>) -> NodeId>;

/// A home page plus a stack of pages, ArkUI's `Navigation`. `nav_destination` builds the
/// page for each name pushed on the [`NavPathStack`]; the back button and the Back key pop.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Button, NavDestination, NavPathStack, Navigation, Text};
/// let stack = NavPathStack::new();
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     Navigation::new(stack)
///         .title("Mail")
///         .child(Button::new("Open").id("open")
///             .on_click(move |_| stack.push_path_by_name("detail", None)))
///         .nav_destination(|name, _| NavDestination::new().title(name).child(Text::new("body").id("body")))
/// });
/// app.click_id("open").unwrap();
/// assert!(app.find_by_id("body").is_some());
/// app.click_id("nav-back").unwrap();
/// assert_eq!(stack.size(), 0);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Navigation {
    node: NodeId,
    nav_bar: NodeId,
    home: NodeId,
    title: NodeId,
    pages: NodeId,
    stack: NavPathStack,
    mode: State<NavigationMode>,
    nav_bar_width: State<Length>,
    builder: State<Option<DestinationBuilder>>,
}

impl Widget for Navigation {
    fn node(self) -> NodeId {
        self.node
    }

    fn set_children(self, build: Box<dyn FnOnce(NodeId)>) {
        build(self.home);
    }
}

impl Element<(NavPathStack,)> for Navigation {
    fn create((stack,): (NavPathStack,)) -> Navigation {
        let node = NodeId::create("Navigation", NodeKind::Flex);
        node.set_layout(|l| {
            l.direction = FlexDirection::Row;
            l.width = pct(100.0);
            l.height = pct(100.0);
        });
        let title = Text::new("")
            .font_size(24.fp())
            .font_weight(FontWeight::Bold)
            .id("nav-title");
        let home = Column::new().width(pct(100.0)).flex_grow(1.0).node();
        let nav_bar = Column::new()
            .child(Row::new().child(title).padding(16.vp()).width(pct(100.0)))
            .child(home)
            .height(pct(100.0))
            .id("nav-bar")
            .node();
        let pages = Column::new()
            .height(pct(100.0))
            .flex_grow(1.0)
            .flex_basis(0.vp());
        pages.node().set_key("nav-content");
        node.append(nav_bar);
        node.append(pages.node());
        let n = Navigation {
            node,
            nav_bar,
            home,
            title: title.node(),
            pages: pages.node(),
            stack,
            mode: State::new(NavigationMode::Auto),
            nav_bar_width: State::new(240.vp()),
            builder: State::new(None),
        };
        let wide = media_query(&format!("(min-width: {SPLIT_MIN_WIDTH_VP}vp)")).ok();
        Effect::new(move || {
            let split = match n.mode.get() {
                NavigationMode::Split => true,
                NavigationMode::Stack => false,
                NavigationMode::Auto => wide.as_ref().is_some_and(|q| q.matches()),
            };
            let depth = n.stack.depth();
            let bar_width = n.nav_bar_width.get();
            untrack(|| n.arrange(split, depth, bar_width));
        });
        let page_scope: State<Option<Scope>> = State::new(None);
        Effect::new(move || {
            let top = n.stack.top();
            let builder = n.builder.get();
            untrack(|| n.show_top(top.map(|e| (e.name, e.param)), builder, page_scope));
        });
        // A restart (the previewer's rebuild) reopens the pages that were open.
        node.add_restorable("stack", move || n.stack.save(), move |v| n.stack.load(v));
        // The system back (Back key, unused Backspace, edge swipe) pops a page before
        // anything outside the Navigation sees it.
        node.set_inspector_attr("mode", "NavigationMode.Auto");
        node.set_on_back_press(move || n.stack.pop().is_some());
        n
    }

    fn update(self, _: (NavPathStack,)) {}
}

impl Navigation {
    /// A navigation over `stack`.
    pub fn new(stack: NavPathStack) -> Navigation {
        Navigation::create((stack,))
    }

    /// Append to the home page (the builder-API form of `{ }` in `ui!`).
    pub fn child(self, child: impl arkui_core::View) -> Self {
        self.home.append(child.into_node());
        self
    }

    /// `title`: the home page's title.
    pub fn title(self, title: impl Into<String>) -> Self {
        let title = title.into();
        self.node.set_inspector_attr("title", title.clone());
        self.title.set_text(|t| t.content = title);
        self
    }

    /// `mode`: stacked, split, or by width (default).
    pub fn mode(self, m: NavigationMode) -> Self {
        self.mode.set(m);
        self.node
            .set_inspector_attr("mode", format!("NavigationMode.{m:?}"));
        self
    }

    /// `navBarWidth`: the home page's width when split (default 240 vp).
    pub fn nav_bar_width(self, w: impl Into<Length>) -> Self {
        self.nav_bar_width.set(w.into());
        self
    }

    /// `navDestination`: build the page for a name (and its parameter) on the stack.
    pub fn nav_destination<V: arkui_core::View>(
        self,
        f: impl Fn(&str, Option<&str>) -> V + 'static,
    ) -> Self {
        self.builder
            .set(Some(Rc::new(move |name, param| f(name, param).into_node())));
        self
    }

    /// The stack this navigation shows.
    pub fn path_stack(self) -> NavPathStack {
        self.stack
    }

    fn arrange(self, split: bool, depth: usize, bar_width: Length) {
        let vis = |on: bool| {
            if on {
                Visibility::Visible
            } else {
                Visibility::None
            }
        };
        self.node.set_inspector_attr("split", split.to_string());
        self.nav_bar.set_layout(|l| {
            l.visibility = vis(split || depth == 0);
            l.width = if split { bar_width } else { pct(100.0) };
            l.flex_shrink = Some(0.0);
        });
        self.pages
            .set_layout(|l| l.visibility = vis(split || depth > 0));
        self.pages.set_visual(|v| {
            v.border_color = untrack(theme).background_fourth;
        });
        self.pages.set_layout(|l| {
            l.border_width.left = if split { 1.vp() } else { 0.vp() };
        });
    }

    fn show_top(
        self,
        top: Option<(String, Option<String>)>,
        builder: Option<DestinationBuilder>,
        scope: State<Option<Scope>>,
    ) {
        if let Some(old) = scope.get() {
            old.dispose();
        }
        let Some((name, param)) = top else {
            scope.set(None);
            return;
        };
        let s = Scope::new_child();
        scope.set(Some(s));
        let stack = self.stack;
        let page = s.run(|| {
            let body = match &builder {
                Some(b) => b(&name, param.as_deref()),
                None => Text::new(format!("no nav_destination for \"{name}\"")).node(),
            };
            let title = body
                .extension::<Title>()
                .map_or_else(|| name.clone(), |t| t.0);
            let back = Column::new()
                .child(Text::new("←").font_size(24.fp()))
                .padding(8.vp())
                .on_click(move |_| {
                    stack.pop();
                })
                .id("nav-back");
            let bar = Row::new()
                .child(back)
                .child(
                    Text::new(title)
                        .font_size(20.fp())
                        .font_weight(FontWeight::Bold)
                        .id("nav-destination-title"),
                )
                .align_items(VerticalAlign::Center)
                .space(8.vp())
                .padding(8.vp())
                .width(pct(100.0));
            let page = Column::new()
                .child(bar)
                .child(Divider::new())
                .child(
                    Column::new()
                        .child(body)
                        .width(pct(100.0))
                        .flex_grow(1.0)
                        .flex_basis(0.vp()),
                )
                .width(pct(100.0))
                .height(pct(100.0));
            page.node()
        });
        self.pages.set_children(vec![page]);
    }
}
