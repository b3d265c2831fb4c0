//! `Navigation`: a home page with a title bar (three title modes, menus, a tool bar), and
//! pages pushed on a [`NavPathStack`] over it, ArkUI's `Navigation`. Each page on the stack
//! stays alive while it is there (covered pages keep their state) and hears its
//! `NavDestination` lifecycle. On wide screens (`mode` Auto at 600 vp and more, or Split)
//! the home page stays on the left and pages show beside it.
//!
//! Lifecycle order: a push runs the new page's `onWillAppear` (after it is built), the old
//! top's `onWillHide`, the new page's `onWillShow`, the old top's `onHidden`, the new page's
//! `onShown`. A pop runs the popped page's `onWillHide` and `onWillDisappear`, the uncovered
//! page's `onWillShow`, the popped page's `onHidden`, the uncovered page's `onShown`, then
//! destroys the popped page (its components' `about_to_disappear`).

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::{
    CommonAttribute, Effect, Element, FlexDirection, FontWeight, Length, LengthExt, NodeId,
    NodeKind, Scope, State, Visibility, Widget, media_query, pct, untrack,
};

use crate::containers::Column;
use crate::divider::Divider;
pub use crate::nav_bars::NavigationTitleMode;
use crate::nav_bars::{destination_title_bar, home_title_bar, toolbar};
use crate::nav_destination::{DestinationConfig, NavigationMenuItem};
use crate::nav_path_stack::{NavEntry, NavPathStack};
use crate::stack::Stack;
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

type DestinationBuilder = Rc<dyn Fn(&str, Option<&str>) -> NodeId>;

/// A page the Navigation built for an entry of its stack.
struct NavPage {
    id: u64,
    frame: NodeId,
    scope: Scope,
    config: DestinationConfig,
}

/// The pages alive, in stack order, and the builder they were built with.
#[derive(Default)]
struct Pages {
    list: Vec<NavPage>,
    built_with: Option<DestinationBuilder>,
}

/// How the home title bar looks; rebuilt when any of it changes.
#[derive(Clone, Default)]
struct HomeBar {
    mode: NavigationTitleMode,
    menus: Vec<NavigationMenuItem>,
    hide: bool,
    toolbar: Vec<NavigationMenuItem>,
    hide_toolbar: bool,
}

/// In stack mode, what stays in view over its usual visibility while a transition to or
/// from the home page plays: the home page while the first page slides over it, the pages
/// while the last one slides off it. Lingering content is taken out of the flow, over
/// (pages) or under (the home page) the other.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Linger {
    home: bool,
    pages: bool,
}

/// A home page plus a stack of pages, ArkUI's `Navigation`. `nav_destination` builds the
/// page for each name pushed on the [`NavPathStack`]; the back button and the system back
/// (Back key, unused Backspace, edge swipe) ask the top page's `on_back_pressed`, then pop.
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
/// // The page slides in over the home page (300 ms) before its back button is in place.
/// app.advance_time(1000.0);
/// app.frame();
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
    bar: State<HomeBar>,
    alive: State<Rc<RefCell<Pages>>>,
    linger: State<Linger>,
    /// Whether the last arrangement was split (read by transitions).
    split: State<bool>,
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
            .font_weight(FontWeight::Bold)
            .max_lines(1)
            .id("nav-title")
            .node();
        let home = Column::new().width(pct(100.0)).flex_grow(1.0).node();
        let nav_bar = Column::new()
            .child(home)
            .height(pct(100.0))
            .id("nav-bar")
            .node();
        let pages = Stack::new()
            .align_content(arkui_core::Alignment::TopStart)
            .height(pct(100.0))
            .flex_grow(1.0)
            .flex_basis(0.vp())
            .node();
        pages.set_key("nav-content");
        node.append(nav_bar);
        node.append(pages);
        let n = Navigation {
            node,
            nav_bar,
            home,
            title,
            pages,
            stack,
            mode: State::new(NavigationMode::Auto),
            nav_bar_width: State::new(240.vp()),
            builder: State::new(None),
            bar: State::new(HomeBar::default()),
            alive: State::new(Rc::default()),
            linger: State::new(Linger::default()),
            split: State::new(false),
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
            let linger = n.linger.get();
            untrack(|| n.arrange(split, depth, bar_width, linger));
        });
        // The home bars: built again (in a scope of their own) when their look changes.
        let bars_scope: State<Option<Scope>> = State::new(None);
        Effect::new(move || {
            let bar = n.bar.get();
            untrack(|| n.build_home_bars(&bar, bars_scope));
        });
        Effect::new(move || {
            let entries = n.stack.entries();
            let builder = n.builder.get();
            untrack(|| n.reconcile(&entries, builder));
        });
        // A restart (the previewer's rebuild) reopens the pages that were open.
        node.add_restorable("stack", move || n.stack.save(), move |v| n.stack.load(v));
        // The system back (Back key, unused Backspace, edge swipe) pops a page before
        // anything outside the Navigation sees it.
        node.set_inspector_attr("mode", "NavigationMode.Auto");
        node.set_on_back_press(move || n.back_pressed());
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

    /// `titleMode`: a large or a mini home title bar (default `Free`).
    pub fn title_mode(self, mode: NavigationTitleMode) -> Self {
        self.node
            .set_inspector_attr("titleMode", format!("NavigationTitleMode.{mode:?}"));
        self.bar.update(|b| b.mode = mode);
        self
    }

    /// `menus`: buttons at the end of the home title bar; past three, a "more" button
    /// (id `nav-menu-more`) lists the rest.
    pub fn menus(self, items: Vec<NavigationMenuItem>) -> Self {
        self.bar.update(|b| b.menus = items);
        self
    }

    /// `hideTitleBar`: no home title bar.
    pub fn hide_title_bar(self, hide: bool) -> Self {
        self.bar.update(|b| b.hide = hide);
        self
    }

    /// `toolbarConfiguration`: a tool bar under the home page (id `nav-toolbar`); past
    /// five items, a "more" button lists the rest.
    pub fn toolbar_configuration(self, items: Vec<NavigationMenuItem>) -> Self {
        self.bar.update(|b| b.toolbar = items);
        self
    }

    /// `hideToolBar`: no tool bar.
    pub fn hide_tool_bar(self, hide: bool) -> Self {
        self.bar.update(|b| b.hide_toolbar = hide);
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

    /// The back button or the system back: the top page may keep itself
    /// (`on_back_pressed`), else it is popped. `false` with no page pushed.
    fn back_pressed(self) -> bool {
        let pages = self.alive.get_untracked();
        let handler = pages
            .borrow()
            .list
            .last()
            .map(|p| p.config.on_back_pressed.clone());
        match handler {
            None => false,
            Some(Some(f)) if f() => true,
            Some(_) => self.stack.pop().is_some(),
        }
    }

    fn arrange(self, split: bool, depth: usize, bar_width: Length, linger: Linger) {
        let vis = |on: bool| {
            if on {
                Visibility::Visible
            } else {
                Visibility::None
            }
        };
        self.node.set_inspector_attr("split", split.to_string());
        if self.split.get_untracked() != split {
            self.split.set(split);
        }
        let aside = |on: bool| {
            if on {
                arkui_core::Positioning::Absolute {
                    x: Length::Vp(0.0),
                    y: Length::Vp(0.0),
                }
            } else {
                arkui_core::Positioning::InFlow
            }
        };
        let (home_lingers, pages_linger) = (
            !split && depth > 0 && linger.home,
            !split && depth == 0 && linger.pages,
        );
        self.nav_bar.set_layout(|l| {
            l.visibility = vis(split || depth == 0 || home_lingers);
            l.positioning = aside(home_lingers);
            l.width = if split { bar_width } else { pct(100.0) };
            l.flex_shrink = Some(0.0);
        });
        self.pages.set_layout(|l| {
            l.visibility = vis(split || depth > 0 || pages_linger);
            l.positioning = aside(pages_linger);
            l.width = if pages_linger {
                pct(100.0)
            } else {
                Length::Auto
            };
        });
        self.pages.set_visual(|v| {
            v.border_color = untrack(theme).background_fourth;
        });
        self.pages.set_layout(|l| {
            l.border_width.left = if split { 1.vp() } else { 0.vp() };
        });
    }

    fn build_home_bars(self, bar: &HomeBar, scope: State<Option<Scope>>) {
        if let Some(old) = scope.get_untracked() {
            old.dispose();
        }
        // The title node outlives the rebuilt bars (the app sets its text).
        if let Some(parent) = self.title.parent() {
            parent.remove_child(self.title);
        }
        let s = Scope::new_child();
        scope.set(Some(s));
        let (top, bottom) = s.run(|| {
            let top = (!bar.hide).then(|| {
                let (top, free) = home_title_bar(self.title, bar.mode, &bar.menus);
                // A Free bar collapses as the home page's scrolling content moves.
                match free {
                    Some(f) => crate::nested_scroll::set_parent(self.home, f),
                    None => crate::nested_scroll::clear_parent(self.home),
                }
                top
            });
            if bar.hide {
                crate::nested_scroll::clear_parent(self.home);
            }
            let bottom =
                (!bar.hide_toolbar && !bar.toolbar.is_empty()).then(|| toolbar(&bar.toolbar));
            (top, bottom)
        });
        let mut children: Vec<NodeId> = top.into_iter().collect();
        children.push(self.home);
        children.extend(bottom);
        self.nav_bar.set_children(children);
    }

    /// Bring the live pages in line with the stack: build pages for new entries, destroy
    /// those whose entries left, show the top one, and run the lifecycle in order.
    fn reconcile(self, entries: &[NavEntry], builder: Option<DestinationBuilder>) {
        let alive = self.alive.get_untracked();
        let (old_top, mut removed, kept) = {
            let mut pages = alive.borrow_mut();
            let same_builder = match (&pages.built_with, &builder) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            };
            pages.built_with = builder.clone();
            let old_top = pages.list.last().map(|p| p.id);
            let list = std::mem::take(&mut pages.list);
            // A new builder rebuilds every page; otherwise pages whose entries left go.
            let (kept, removed): (Vec<NavPage>, Vec<NavPage>) = list
                .into_iter()
                .partition(|p| same_builder && entries.iter().any(|e| e.id == p.id));
            (old_top, removed, kept)
        };
        let mut kept: Vec<Option<NavPage>> = kept.into_iter().map(Some).collect();
        let mut list = Vec::with_capacity(entries.len());
        for entry in entries {
            let existing = kept
                .iter_mut()
                .find(|p| p.as_ref().is_some_and(|p| p.id == entry.id))
                .and_then(Option::take);
            let page = match existing {
                Some(page) => page,
                None => {
                    let page = self.build_page(entry, builder.as_ref());
                    run(&page.config.on_will_appear);
                    page
                }
            };
            list.push(page);
        }
        self.pages
            .set_children(list.iter().map(|p| p.frame).collect());
        let new_top = list.last().map(|p| (p.id, p.config.clone(), p.frame));
        let frames: Vec<NodeId> = list.iter().map(|p| p.frame).collect();
        alive.borrow_mut().list = list;
        for f in &frames {
            let top = new_top.as_ref().is_some_and(|(_, _, t)| t == f);
            f.set_layout(|l| {
                l.visibility = if top {
                    Visibility::Visible
                } else {
                    Visibility::None
                };
            });
        }
        if new_top.as_ref().map(|t| t.0) != old_top {
            // The old top: still on the stack (covered) or leaving it.
            let leaving = removed.iter().position(|p| Some(p.id) == old_top);
            let covered = old_top.and_then(|id| {
                alive
                    .borrow()
                    .list
                    .iter()
                    .find(|p| p.id == id)
                    .map(|p| p.config.clone())
            });
            let old = leaving.map(|i| removed[i].config.clone()).or(covered);
            if let Some(old) = &old {
                run(&old.on_will_hide);
                if leaving.is_some() {
                    run(&old.on_will_disappear);
                }
            }
            if let Some((_, new, _)) = &new_top {
                run(&new.on_will_show);
            }
            if let Some(old) = &old {
                run(&old.on_hidden);
            }
            if let Some((_, new, _)) = &new_top {
                run(&new.on_shown);
            }
            // The system transition: a pushed page slides in from the end over the one it
            // covers, which drifts a little towards the start; a pop reverses it.
            let shown = self
                .node()
                .rect()
                .is_some_and(|r| r.width > 0.0 && r.height > 0.0);
            // In pixels: a page built this moment has no size yet to take a percentage of.
            let width = self
                .pages
                .rect()
                .filter(|r| r.width > 0.0)
                .or(self.node().rect())
                .map_or(0.0, |r| r.width);
            let slide = |frame: NodeId, share: f32, appearing: bool, done| {
                slide(frame, width * share, appearing, done);
            };
            let covered_frame = old_top.and_then(|id| {
                alive
                    .borrow()
                    .list
                    .iter()
                    .find(|p| p.id == id)
                    .map(|p| p.frame)
            });
            let new_frame = new_top.as_ref().map(|t| t.2);
            // Stacked, the home page takes part like a page: covered by the first push,
            // uncovered by the last pop.
            let stacked = !self.split.get_untracked();
            let n = self;
            match (leaving, covered_frame, new_frame) {
                (Some(i), _, new) if shown => {
                    let page = removed.remove(i);
                    let to_home = new.is_none() && stacked;
                    match new {
                        Some(new) => slide(new, -0.3, true, None),
                        None if stacked => {
                            n.linger.update(|l| l.pages = true);
                            slide(self.nav_bar, -0.3, true, None);
                        }
                        None => {}
                    }
                    // The popped page stays over the revealed one until it has slid out.
                    let frame = page.frame;
                    self.pages.append(frame);
                    frame.hit_test_behavior(arkui_core::HitTestMode::None);
                    let page = RefCell::new(Some(page));
                    slide(
                        frame,
                        1.0,
                        false,
                        Some(Box::new(move || {
                            if let Some(page) = page.borrow_mut().take() {
                                destroy(page);
                            }
                            if to_home {
                                n.linger.update(|l| l.pages = false);
                            }
                        })),
                    );
                }
                (None, None, Some(new)) if shown && stacked => {
                    // The first page slides over the home page, which drifts aside.
                    slide(new, 1.0, true, None);
                    n.linger.update(|l| l.home = true);
                    let home = self.nav_bar;
                    slide(
                        home,
                        -0.3,
                        false,
                        Some(Box::new(move || {
                            rest(home);
                            n.linger.update(|l| l.home = false);
                        })),
                    );
                }
                (Some(i), _, _) => destroy(removed.remove(i)),
                (None, Some(covered), Some(new)) if shown => {
                    slide(new, 1.0, true, None);
                    // The covered page stays in view while the new one slides over it.
                    covered.set_layout(|l| l.visibility = Visibility::Visible);
                    let alive = Rc::downgrade(&alive);
                    slide(
                        covered,
                        -0.3,
                        false,
                        Some(Box::new(move || {
                            // Still covered (not popped back to meanwhile): hide it, at rest.
                            let top = alive
                                .upgrade()
                                .and_then(|a| a.borrow().list.last().map(|p| p.frame));
                            if top != Some(covered) {
                                rest(covered);
                                covered.set_layout(|l| l.visibility = Visibility::None);
                            }
                        })),
                    );
                }
                _ => {}
            }
        }
        for page in removed.into_iter().rev() {
            run(&page.config.on_will_disappear);
            destroy(page);
        }
    }

    /// Build the page for `entry`, in a scope of its own under the Navigation's.
    fn build_page(self, entry: &NavEntry, builder: Option<&DestinationBuilder>) -> NavPage {
        let scope = Scope::new_child();
        let n = self;
        let (frame, config) = scope.run(|| {
            let body = match builder {
                Some(b) => b(&entry.name, entry.param.as_deref()),
                None => Text::new(format!("no nav_destination for \"{}\"", entry.name)).node(),
            };
            let config = DestinationConfig::find(body);
            let frame = Column::new().width(pct(100.0)).height(pct(100.0)).node();
            frame.set_inspector_attr("name", entry.name.clone());
            // Opaque: the split line and the home page stay out of the page.
            Effect::new(move || {
                let bg = theme().background_primary;
                frame.set_visual(|v| v.background_color = bg);
            });
            if !config.hide_title_bar {
                let title = config.title.clone().unwrap_or_else(|| entry.name.clone());
                frame.append(destination_title_bar(
                    title,
                    config.hide_back_button,
                    &config.menus,
                    move || {
                        n.back_pressed();
                    },
                ));
                frame.append(Divider::new().node());
            }
            frame.append(
                Column::new()
                    .child(body)
                    .width(pct(100.0))
                    .flex_grow(1.0)
                    .flex_basis(0.vp())
                    .node(),
            );
            (frame, config)
        });
        NavPage {
            id: entry.id,
            frame,
            scope,
            config,
        }
    }
}

fn run(hooks: &[Rc<dyn Fn()>]) {
    for h in hooks {
        h();
    }
}

/// How long the system transition of a push or pop takes, in milliseconds.
pub(crate) const TRANSITION_MS: f64 = 300.0;

/// A page frame back at rest: no offset, no animation.
fn rest(frame: NodeId) {
    frame.stop_animations();
    frame.set_visual(|v| v.translate = Default::default());
}

/// Slide `frame` between rest and `dx` pixels across: in from there (`appearing`) or out to
/// there, then run `done`.
fn slide(frame: NodeId, dx: f32, appearing: bool, done: Option<Box<dyn Fn()>>) {
    rest(frame);
    let effect = arkui_core::TransitionEffect::translate(Length::Px(dx), Length::Px(0.0));
    let mut param = arkui_core::AnimateParam::new(TRANSITION_MS).curve(arkui_core::Curve::Friction);
    if let Some(done) = done {
        param = param.on_finish(done);
    }
    frame.play_transition(&effect, appearing, param);
}

/// Destroy a page: its scope (components get `about_to_disappear`) and its nodes.
fn destroy(page: NavPage) {
    if let Some(parent) = page.frame.parent() {
        parent.remove_child(page.frame);
    }
    page.scope.dispose();
}
