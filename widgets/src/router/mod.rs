//! Page routing, ArkUI's `router`: pages registered by URL (`pages/Detail`) or by name,
//! a page stack with `push_url`, `replace_url`, `back` (to a page, with parameters),
//! `clear`, standard and single-instance modes, the page lifecycle (`on_page_show`,
//! `on_page_hide`, `on_back_press`) and page transitions. The system back (Back key,
//! unused Backspace, the edge swipe) asks the top page, then pops.
//!
//! Pages stay alive under the page that covers them (their state is kept) and are
//! destroyed when popped or replaced, as ArkUI does; at most [`MAX_PAGES`] are stacked.
//!
//! ```
//! use arkui_core::{App, CommonAttribute, DeviceProfile, Key};
//! use arkui_widgets::{Button, Router, RouterOptions, Text};
//! let r = Router::new()
//!     .route("pages/Index", move || {
//!         let r = Router::current().unwrap();
//!         Button::new("Open").id("open").on_click(move |_| {
//!             r.push_url(RouterOptions::new("pages/Detail")
//!                 .params(serde_json::json!({"id": 42}))).unwrap();
//!         })
//!     })
//!     .route("pages/Detail", move || {
//!         let r = Router::current().unwrap();
//!         Text::new(format!("item {}", r.get_params().unwrap()["id"])).id("title")
//!     });
//! let mut app = App::with_view(DeviceProfile::phone(), move || r.view("pages/Index"));
//! app.click_id("open").unwrap();
//! assert_eq!(r.get_length(), 2);
//! assert_eq!(r.get_state().unwrap().name, "Detail");
//! assert_eq!(app.find_by_id("title").unwrap().text().unwrap().content, "item 42");
//! app.press_key(Key::Back);
//! assert_eq!(r.get_length(), 1);
//! ```

mod page_hooks;
mod transition;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use arkui_core::{
    Alignment, CommonAttribute, Effect, Element, FlexDirection, HitTestMode, NodeId, NodeKind,
    Scope, State, TransitionEffect, View, Visibility, Widget, consume, pct, provide,
};

use page_hooks::PageHooks;
pub use page_hooks::{on_back_press, on_page_hide, on_page_show, page_transition};
/// Page parameters are JSON values: `router::json!({"id": 42})` builds one without a
/// dependency of the app's own.
pub use serde_json::{Value, json};
pub use transition::{PageTransition, RouteType, SlideEffect};

use crate::stack::Stack;
use crate::text::Text;
use crate::theme::theme;

/// The most pages a router stacks, ArkUI's limit; one more push fails with
/// [`RouterError::TooManyPages`].
pub const MAX_PAGES: usize = 32;

/// How a push or replace treats a page already on the stack, ArkUI's `RouterMode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RouterMode {
    /// Always a new page instance (the default).
    #[default]
    Standard,
    /// A page with the same URL already on the stack (the nearest the top) moves to the top,
    /// keeping its state; its parameters become the new ones when some are given.
    Single,
}

/// Where to go, ArkUI's `RouterOptions` (and `NamedRouterOptions`), with the mode.
///
/// ```
/// use arkui_widgets::{RouterMode, RouterOptions};
/// let o = RouterOptions::new("pages/Detail").params(serde_json::json!({"id": 1})).mode(RouterMode::Single);
/// assert_eq!(o.url(), "pages/Detail");
/// let short: RouterOptions = "pages/Index".into();
/// assert_eq!(short.url(), "pages/Index");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct RouterOptions {
    url: String,
    params: Option<Value>,
    mode: RouterMode,
}

impl RouterOptions {
    /// Go to `url` (a page URL, or a route name for the named-route calls).
    pub fn new(url: impl Into<String>) -> RouterOptions {
        RouterOptions {
            url: url.into(),
            params: None,
            mode: RouterMode::Standard,
        }
    }

    /// `params`: what the page reads with [`Router::get_params`].
    pub fn params(mut self, params: Value) -> Self {
        self.params = Some(params);
        self
    }

    /// The [`RouterMode`] (standard by default).
    pub fn mode(mut self, mode: RouterMode) -> Self {
        self.mode = mode;
        self
    }

    /// The URL (or route name).
    pub fn url(&self) -> &str {
        &self.url
    }
}

impl From<&str> for RouterOptions {
    fn from(url: &str) -> Self {
        RouterOptions::new(url)
    }
}

impl From<String> for RouterOptions {
    fn from(url: String) -> Self {
        RouterOptions::new(url)
    }
}

/// A page on the stack as ArkUI's `getState` describes it.
#[derive(Clone, Debug, PartialEq)]
pub struct RouterState {
    /// Position on the stack, 1 for the bottom page.
    pub index: usize,
    /// The page's name: the URL's last segment (`Detail` for `pages/Detail`), or the route
    /// name of a named route.
    pub name: String,
    /// The URL's directory with its trailing slash (`pages/`), empty for a named route.
    pub path: String,
    /// The page's parameters.
    pub params: Option<Value>,
}

/// Why a router call failed, with ArkUI's error code ([`code`](Self::code)).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RouterError {
    /// No page is registered at this URL or name.
    NotFound {
        /// What was asked for.
        url: String,
    },
    /// The stack already holds [`MAX_PAGES`] pages.
    TooManyPages,
    /// The router is not shown yet (`view` not called) or its view is gone.
    NotShown,
    /// A route was registered twice.
    DuplicateRoute {
        /// The URL or name registered twice.
        url: String,
    },
    /// `back_to` named a page that is not below the top one.
    NotOnStack {
        /// The URL or index asked for.
        url: String,
    },
}

impl RouterError {
    /// ArkUI's error code for the same failure (100001 for a router not shown, 100003 for
    /// too many pages, 200002 for an unknown URL); 401 (bad parameter) for the rest.
    pub fn code(&self) -> u32 {
        match self {
            RouterError::NotFound { .. } => 200_002,
            RouterError::TooManyPages => 100_003,
            RouterError::NotShown => 100_001,
            RouterError::DuplicateRoute { .. } | RouterError::NotOnStack { .. } => 401,
        }
    }
}

impl std::fmt::Display for RouterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RouterError::NotFound { url } => write!(
                f,
                "no page is registered at \"{url}\": add it with Router::route (or named_route \
                 for a name) before going there"
            ),
            RouterError::TooManyPages => write!(
                f,
                "the page stack already holds {MAX_PAGES} pages: replace_url, back or clear \
                 before pushing more"
            ),
            RouterError::NotShown => write!(
                f,
                "the router is not shown: call Router::view in the app's build before routing"
            ),
            RouterError::DuplicateRoute { url } => write!(
                f,
                "\"{url}\" is registered twice: each URL or name leads to one page"
            ),
            RouterError::NotOnStack { url } => write!(
                f,
                "no page \"{url}\" is below the top page: back_to goes back to a page on the stack"
            ),
        }
    }
}

impl std::error::Error for RouterError {}

type Builder = Rc<dyn Fn() -> NodeId>;

struct Route {
    key: String,
    named: bool,
    build: Builder,
}

/// A page on the stack: its own scope (destroyed with it) and the node it fills.
#[derive(Clone)]
struct Page {
    url: String,
    named: bool,
    params: Option<Value>,
    /// The full-size node the page's content sits in; what transitions move.
    frame: NodeId,
    scope: Scope,
    hooks: State<PageHooks>,
}

impl Page {
    fn hooks(&self) -> PageHooks {
        if self.hooks.is_alive() {
            self.hooks.get_untracked()
        } else {
            PageHooks::default()
        }
    }

    fn state(&self, index: usize) -> RouterState {
        let (path, name) = if self.named {
            (String::new(), self.url.clone())
        } else {
            match self.url.rfind('/') {
                Some(at) => (self.url[..=at].to_string(), self.url[at + 1..].to_string()),
                None => (String::new(), self.url.clone()),
            }
        };
        RouterState {
            index: index + 1,
            name,
            path,
            params: self.params.clone(),
        }
    }
}

#[derive(Default)]
struct Shared {
    routes: RefCell<Vec<Route>>,
    pages: RefCell<Vec<Page>>,
    /// The stack node pages are drawn in, and the scope pages are built under.
    host: Cell<Option<(NodeId, Scope)>>,
}

impl Shared {
    fn builder(&self, url: &str, named: bool) -> Result<Builder, RouterError> {
        self.routes
            .borrow()
            .iter()
            .find(|r| r.key == url && r.named == named)
            .map(|r| r.build.clone())
            .ok_or_else(|| RouterError::NotFound {
                url: url.to_string(),
            })
    }

    fn host(&self) -> Result<(NodeId, Scope), RouterError> {
        match self.host.get() {
            Some((node, scope)) if node.is_alive() && scope.is_alive() => Ok((node, scope)),
            _ => Err(RouterError::NotShown),
        }
    }

    fn pages(&self) -> Vec<Page> {
        self.pages.borrow().clone()
    }

    fn top(&self) -> Option<Page> {
        self.pages.borrow().last().cloned()
    }

    fn is_top(&self, frame: NodeId) -> bool {
        self.pages.borrow().last().is_some_and(|p| p.frame == frame)
    }

    /// The page nearest the top with this URL (or name).
    fn position(&self, url: &str, named: bool) -> Option<usize> {
        self.pages
            .borrow()
            .iter()
            .rposition(|p| p.url == url && p.named == named)
    }
}

/// ArkUI's `router`: a page stack over registered routes. `Copy`; pages find theirs with
/// [`Router::current`]. See the [module docs](self) for an example.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Router {
    shared: State<Rc<Shared>>,
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Router")
            .field("pages", &self.pages.borrow().len())
            .finish()
    }
}

impl Default for Router {
    fn default() -> Self {
        Router::new()
    }
}

/// The node a [`Router`] shows its pages in ([`Router::view`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RouterView(NodeId);

impl Widget for RouterView {
    fn node(self) -> NodeId {
        self.0
    }
}

impl Router {
    /// A router with no routes.
    pub fn new() -> Router {
        Router {
            shared: State::new(Rc::new(Shared::default())),
        }
    }

    fn shared(self) -> Rc<Shared> {
        self.shared.get_untracked()
    }

    /// The router whose page (or view) is being built, for a page to keep and route with.
    pub fn current() -> Option<Router> {
        consume::<Router>(None).map(|r| r.get_untracked())
    }

    /// Register the page at `url` (ArkUI's `pages/Name` in `main_pages.json`); `build` makes
    /// a fresh instance each time the page is pushed. A URL registered twice keeps its first
    /// page and logs the mistake; [`try_route`](Self::try_route) returns it instead.
    pub fn route<V: View>(self, url: impl Into<String>, build: impl Fn() -> V + 'static) -> Self {
        if let Err(e) = self.add(url.into(), false, Rc::new(move || build().into_node())) {
            log::error!("{e}");
        }
        self
    }

    /// [`route`](Self::route), failing on a URL registered before.
    ///
    /// ```
    /// use arkui_widgets::{Router, RouterError, Text};
    /// let r = Router::new().try_route("pages/A", || Text::new("a")).unwrap();
    /// assert_eq!(r.try_route("pages/A", || Text::new("again")).unwrap_err().code(), 401);
    /// ```
    pub fn try_route<V: View>(
        self,
        url: impl Into<String>,
        build: impl Fn() -> V + 'static,
    ) -> Result<Self, RouterError> {
        self.add(url.into(), false, Rc::new(move || build().into_node()))?;
        Ok(self)
    }

    /// Register the component `E` (usually an `#[entry]` component) as the page at `url`,
    /// a fresh instance per push.
    ///
    /// ```
    /// use arkui_core::{App, DeviceProfile};
    /// use arkui_widgets::{Router, Text};
    /// # use arkui_core::{Element, NodeId, Widget};
    /// # #[derive(Clone, Copy)] struct Home(NodeId);
    /// # impl Widget for Home { fn node(self) -> NodeId { self.0 } }
    /// # impl Element<()> for Home {
    /// #     fn create(_: ()) -> Home { Home(Text::new("home").id("home").node()) }
    /// #     fn update(self, _: ()) {}
    /// # }
    /// # use arkui_core::CommonAttribute;
    /// let r = Router::new().page::<Home>("pages/Index");
    /// let app = App::with_view(DeviceProfile::iot(), move || r.view("pages/Index"));
    /// assert!(app.find_by_id("home").is_some());
    /// ```
    pub fn page<E: Element<()>>(self, url: impl Into<String>) -> Self {
        self.route(url, component::<E>)
    }

    /// [`page`](Self::page) for a named route.
    pub fn named_page<E: Element<()>>(self, name: impl Into<String>) -> Self {
        self.named_route(name, component::<E>)
    }

    /// Register a named route (ArkUI's `@Entry({ routeName })`), reached with
    /// [`push_named_route`](Self::push_named_route) and
    /// [`replace_named_route`](Self::replace_named_route).
    pub fn named_route<V: View>(
        self,
        name: impl Into<String>,
        build: impl Fn() -> V + 'static,
    ) -> Self {
        if let Err(e) = self.add(name.into(), true, Rc::new(move || build().into_node())) {
            log::error!("{e}");
        }
        self
    }

    fn add(self, key: String, named: bool, build: Builder) -> Result<(), RouterError> {
        let shared = self.shared();
        let mut routes = shared.routes.borrow_mut();
        if routes.iter().any(|r| r.key == key && r.named == named) {
            return Err(RouterError::DuplicateRoute { url: key });
        }
        routes.push(Route { key, named, build });
        Ok(())
    }

    /// Show the router, starting at the page registered at `url`: the node to put at the
    /// root of the app (or anywhere a full-size page stack belongs). An unknown URL shows
    /// the error in place of the page.
    pub fn view(self, url: &str) -> RouterView {
        let host = Stack::new()
            .align_content(Alignment::TopStart)
            .width(pct(100.0))
            .height(pct(100.0))
            .node();
        host.set_inspector_attr("router", "true");
        let scope = Scope::current().unwrap_or_else(Scope::new_root);
        scope.run(|| provide(None, self));
        let shared = self.shared();
        shared.host.set(Some((host, scope)));
        host.set_on_back_press(move || self.system_back());
        host.add_restorable("router", move || Some(self.save()), move |v| self.load(v));
        if let Err(e) = self.open_first(url, false, None) {
            log::error!("{e}");
            host.append(Text::new(e.to_string()).id("router-error").node());
        }
        RouterView(host)
    }

    /// Empty the stack (no transitions, no hide callbacks) and open `url` alone.
    fn open_first(self, url: &str, named: bool, params: Option<Value>) -> Result<(), RouterError> {
        let shared = self.shared();
        let build = shared.builder(url, named)?;
        for p in shared.pages.take().into_iter().rev() {
            destroy(&p, None);
        }
        let page = self.build(url, named, params, &build, None)?;
        run_show(&page);
        Ok(())
    }

    /// `pushUrl`: open the page at `options.url` on top.
    pub fn push_url(self, options: impl Into<RouterOptions>) -> Result<(), RouterError> {
        self.push(options.into(), false)
    }

    /// `pushNamedRoute`: open the named route `options.url` on top.
    pub fn push_named_route(self, options: impl Into<RouterOptions>) -> Result<(), RouterError> {
        self.push(options.into(), true)
    }

    /// `replaceUrl`: open the page at `options.url` in place of the top page, which is
    /// destroyed.
    pub fn replace_url(self, options: impl Into<RouterOptions>) -> Result<(), RouterError> {
        self.replace(options.into(), false)
    }

    /// `replaceNamedRoute`: [`replace_url`](Self::replace_url) for a named route.
    pub fn replace_named_route(self, options: impl Into<RouterOptions>) -> Result<(), RouterError> {
        self.replace(options.into(), true)
    }

    fn push(self, o: RouterOptions, named: bool) -> Result<(), RouterError> {
        let shared = self.shared();
        let build = shared.builder(&o.url, named)?;
        shared.host()?;
        if o.mode == RouterMode::Single
            && let Some(at) = shared.position(&o.url, named)
        {
            self.bring_to_top(at, o.params, false);
            return Ok(());
        }
        if shared.pages.borrow().len() >= MAX_PAGES {
            return Err(RouterError::TooManyPages);
        }
        let below = shared.top();
        let page = self.build(&o.url, named, o.params, &build, Some(RouteType::Push))?;
        if let Some(below) = below {
            run_hide(&below);
            self.cover(&below, RouteType::Push);
        }
        run_show(&page);
        Ok(())
    }

    fn replace(self, o: RouterOptions, named: bool) -> Result<(), RouterError> {
        let shared = self.shared();
        let build = shared.builder(&o.url, named)?;
        shared.host()?;
        let Some(old) = shared.top() else {
            return self.push(o, named);
        };
        if o.mode == RouterMode::Single
            && let Some(at) = shared.position(&o.url, named)
        {
            self.bring_to_top(at, o.params, true);
            return Ok(());
        }
        let page = self.build(&o.url, named, o.params, &build, Some(RouteType::Push))?;
        shared.pages.borrow_mut().retain(|p| p.frame != old.frame);
        run_hide(&old);
        run_show(&page);
        destroy(&old, Some(RouteType::Push));
        Ok(())
    }

    /// Move the page at `at` to the top (single-instance mode), replacing the top page or
    /// covering it.
    fn bring_to_top(self, at: usize, params: Option<Value>, replace: bool) {
        let shared = self.shared();
        let Some(old) = shared.top() else { return };
        let moved = {
            let mut pages = shared.pages.borrow_mut();
            let mut moved = pages.remove(at);
            if params.is_some() {
                moved.params = params;
            }
            pages.push(moved.clone());
            if replace && moved.frame != old.frame {
                pages.retain(|p| p.frame != old.frame);
            }
            moved
        };
        if moved.frame == old.frame {
            return;
        }
        // Drawn last: over every other page.
        if let Some((host, _)) = shared.host.get() {
            host.append(moved.frame);
        }
        run_hide(&old);
        if !replace {
            self.cover(&old, RouteType::Push);
        }
        reveal(&moved, RouteType::Push);
        run_show(&moved);
        if replace {
            destroy(&old, Some(RouteType::Push));
        }
    }

    /// `back`: back to the page below the top one (nothing on the first page).
    pub fn back(self) {
        let len = self.shared().pages.borrow().len();
        if len > 1 {
            self.back_to_position(len - 2, None);
        }
    }

    /// `back({ url, params })`: back to the page nearest the top with `options.url`,
    /// destroying the pages above it; with parameters, they become the page's.
    pub fn back_to(self, options: impl Into<RouterOptions>) -> Result<(), RouterError> {
        let o = options.into();
        let shared = self.shared();
        let len = shared.pages.borrow().len();
        let at = shared
            .pages
            .borrow()
            .iter()
            .take(len.saturating_sub(1))
            .rposition(|p| p.url == o.url);
        match at {
            Some(at) => {
                self.back_to_position(at, o.params);
                Ok(())
            }
            None => Err(RouterError::NotOnStack { url: o.url }),
        }
    }

    /// `back(index, params)`: back to the page at `index` (1 for the bottom page).
    pub fn back_to_index(self, index: usize, params: Option<Value>) -> Result<(), RouterError> {
        let len = self.shared().pages.borrow().len();
        if index == 0 || index >= len {
            return Err(RouterError::NotOnStack {
                url: format!("#{index}"),
            });
        }
        self.back_to_position(index - 1, params);
        Ok(())
    }

    fn back_to_position(self, at: usize, params: Option<Value>) {
        let shared = self.shared();
        let (target, gone) = {
            let mut pages = shared.pages.borrow_mut();
            if at + 1 >= pages.len() {
                return;
            }
            let gone = pages.split_off(at + 1);
            if params.is_some() {
                pages[at].params = params;
            }
            (pages[at].clone(), gone)
        };
        let Some((top, between)) = gone.split_last() else {
            return;
        };
        run_hide(top);
        reveal(&target, RouteType::Pop);
        run_show(&target);
        destroy(top, Some(RouteType::Pop));
        for p in between.iter().rev() {
            destroy(p, None);
        }
    }

    /// `clear`: destroy every page but the top one.
    pub fn clear(self) {
        let shared = self.shared();
        let gone = {
            let mut pages = shared.pages.borrow_mut();
            let keep = pages.len().saturating_sub(1);
            pages.drain(..keep).collect::<Vec<_>>()
        };
        for p in gone.iter().rev() {
            destroy(p, None);
        }
    }

    /// `getLength`: pages on the stack.
    pub fn get_length(self) -> usize {
        self.shared().pages.borrow().len()
    }

    /// `getState`: the top page.
    pub fn get_state(self) -> Option<RouterState> {
        let pages = self.shared().pages();
        pages.last().map(|p| p.state(pages.len() - 1))
    }

    /// `getStateByIndex`: the page at `index` (1 for the bottom page).
    pub fn get_state_by_index(self, index: usize) -> Option<RouterState> {
        let pages = self.shared().pages();
        let at = index.checked_sub(1)?;
        pages.get(at).map(|p| p.state(at))
    }

    /// `getStateByUrl`: every page with this URL, bottom first.
    pub fn get_state_by_url(self, url: &str) -> Vec<RouterState> {
        self.shared()
            .pages()
            .iter()
            .enumerate()
            .filter(|(_, p)| p.url == url)
            .map(|(i, p)| p.state(i))
            .collect()
    }

    /// `getParams`: the top page's parameters (inside a page's builder: that page's).
    pub fn get_params(self) -> Option<Value> {
        self.shared().top().and_then(|p| p.params)
    }

    /// The system back: the top page's `on_back_press` handlers (last registered first)
    /// may take it; else pop. `false` on the first page, so the back reaches what is
    /// outside the router (or the platform, which may close the app).
    fn system_back(self) -> bool {
        let shared = self.shared();
        let Some(top) = shared.top() else {
            return false;
        };
        if top.hooks().back.iter().rev().any(|h| h()) {
            return true;
        }
        if shared.pages.borrow().len() > 1 {
            self.back();
            return true;
        }
        false
    }

    /// Build the page at `url` on top; `enter` is the route it enters by (none for the
    /// first page, which shows without a transition).
    fn build(
        self,
        url: &str,
        named: bool,
        params: Option<Value>,
        build: &Builder,
        enter: Option<RouteType>,
    ) -> Result<Page, RouterError> {
        let shared = self.shared();
        let (host, host_scope) = shared.host()?;
        let scope = host_scope.run(Scope::new_child);
        let (frame, hooks) = scope.run(|| {
            let hooks = PageHooks::provide();
            let frame = NodeId::create("Page", NodeKind::Flex);
            frame.set_layout(|l| l.direction = FlexDirection::Column);
            let frame = frame.width(pct(100.0)).height(pct(100.0));
            frame.set_inspector_attr("url", url.to_string());
            // Opaque, so the page below does not show through while one slides over it.
            Effect::new(move || {
                let bg = theme().background_primary;
                frame.set_visual(|v| v.background_color = bg);
            });
            (frame, hooks)
        });
        let page = Page {
            url: url.to_string(),
            named,
            params,
            frame,
            scope,
            hooks,
        };
        // On the stack before its builder runs, so the builder reads its own parameters.
        shared.pages.borrow_mut().push(page.clone());
        let content = scope.run(|| build());
        frame.append(content);
        if let Some(route) = enter {
            let t = transition::pick(&page.hooks().transitions, true, route);
            if !t.is_still() {
                frame.transition(TransitionEffect::asymmetric(
                    t.effect().clone().animation(t.param()),
                    TransitionEffect::IDENTITY,
                ));
                // Once it has appeared, removal is the router's to animate (or not).
                frame.set_on_appear(move || frame.clear_transition());
            }
        }
        host.append(frame);
        Ok(page)
    }

    /// `page` is covered by a new top page: play its exit, then hide it (its state stays).
    fn cover(self, page: &Page, route: RouteType) {
        let t = transition::pick(&page.hooks().transitions, false, route);
        rest(page.frame);
        let frame = page.frame;
        if t.is_still() {
            settle(frame);
            return;
        }
        let shared = self.shared();
        let weak = Rc::downgrade(&shared);
        frame.play_transition(
            t.effect(),
            false,
            t.param().on_finish(move || {
                // Still covered (not popped back to meanwhile): hide it, at rest.
                if let Some(shared) = weak.upgrade()
                    && !shared.is_top(frame)
                    && shared.pages.borrow().iter().any(|p| p.frame == frame)
                {
                    rest(frame);
                    settle(frame);
                }
            }),
        );
    }

    /// The pages as a snapshot keeps them: `[{"url", "named", "params"}]`, bottom first.
    fn save(self) -> Value {
        self.shared()
            .pages()
            .iter()
            .map(|p| serde_json::json!({"url": p.url, "named": p.named, "params": p.params}))
            .collect()
    }

    /// Reopen pages [`save`](Self::save)d before; `false` (and the stack unchanged) for
    /// anything else, or a page no longer registered.
    fn load(self, saved: &Value) -> bool {
        let Some(items) = saved.as_array() else {
            return false;
        };
        let parsed: Option<Vec<(String, bool, Option<Value>)>> = items
            .iter()
            .map(|i| {
                let params = i.get("params").filter(|p| !p.is_null()).cloned();
                Some((
                    i["url"].as_str()?.to_string(),
                    i["named"].as_bool()?,
                    params,
                ))
            })
            .collect();
        let shared = self.shared();
        let Some(parsed) = parsed.filter(|p| {
            !p.is_empty()
                && p.len() <= MAX_PAGES
                && p.iter().all(|(u, n, _)| shared.builder(u, *n).is_ok())
        }) else {
            return false;
        };
        let mut items = parsed.into_iter();
        let Some((url, named, params)) = items.next() else {
            return false;
        };
        if self.open_first(&url, named, params).is_err() {
            return false;
        }
        for (url, named, params) in items {
            let opts = RouterOptions {
                url,
                params,
                mode: RouterMode::Standard,
            };
            let below = shared.top();
            let Ok(build) = shared.builder(&opts.url, named) else {
                return false;
            };
            let Ok(page) = self.build(&opts.url, named, opts.params, &build, None) else {
                return false;
            };
            if let Some(below) = below {
                run_hide(&below);
                settle(below.frame);
            }
            run_show(&page);
        }
        true
    }
}

/// A fresh, finished instance of the component `E`.
fn component<E: Element<()>>() -> E {
    let e = E::create(());
    e.finish();
    e
}

/// Put a page frame back at rest: no transition running, its own look.
fn rest(frame: NodeId) {
    frame.stop_animations();
    frame.set_visual(|v| {
        v.opacity = 1.0;
        v.translate = Default::default();
        v.scale = (1.0, 1.0);
    });
}

/// Hide a covered page. `Hidden`, not `None`: it keeps its layout, so the transition that
/// uncovers it later slides by its real size.
fn settle(frame: NodeId) {
    frame.set_layout(|l| l.visibility = Visibility::Hidden);
}

/// Show a page again (popped back to, or brought to the top) with its enter transition.
fn reveal(page: &Page, route: RouteType) {
    let frame = page.frame;
    rest(frame);
    frame.set_layout(|l| l.visibility = Visibility::Visible);
    let t = transition::pick(&page.hooks().transitions, true, route);
    if !t.is_still() {
        frame.play_transition(t.effect(), true, t.param());
    }
}

/// Destroy a page: with its exit transition for `route`, it stays in place (under the
/// router's clip, over the page below, ignoring touches) until the transition ends; then, or
/// at once, its scope is disposed (components get `about_to_disappear`) and its nodes freed.
fn destroy(page: &Page, route: Option<RouteType>) {
    let frame = page.frame;
    let scope = page.scope;
    rest(frame);
    // A page never laid out has nothing on screen to animate.
    let shown = frame
        .rect()
        .is_some_and(|r| r.width > 0.0 && r.height > 0.0);
    let gone = move || {
        if let Some(parent) = frame.parent() {
            parent.remove_child(frame);
        }
        scope.dispose();
    };
    match route.map(|r| transition::pick(&page.hooks().transitions, false, r)) {
        Some(t) if shown && !t.is_still() => {
            frame.hit_test_behavior(HitTestMode::None);
            frame.play_transition(t.effect(), false, t.param().on_finish(gone));
        }
        _ => gone(),
    }
}

fn run_show(page: &Page) {
    for f in page.hooks().show {
        f();
    }
}

fn run_hide(page: &Page) {
    for f in page.hooks().hide {
        f();
    }
}
