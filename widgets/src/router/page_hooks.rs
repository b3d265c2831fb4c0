//! Page lifecycle, ArkUI's `onPageShow`, `onPageHide`, `onBackPress` and `pageTransition`
//! of an `@Entry` component: registered while the router builds a page (in the route's
//! builder, a component's `build` or `about_to_appear`), kept with the page.

use std::rc::Rc;

use arkui_core::{State, consume, provide};

use super::transition::PageTransition;

/// The context name the page being built is provided under.
const PAGE: &str = "arkui.router.page";

/// What a page asked to be told, in registration order.
#[derive(Clone, Default)]
pub(crate) struct PageHooks {
    pub(crate) show: Vec<Rc<dyn Fn()>>,
    pub(crate) hide: Vec<Rc<dyn Fn()>>,
    pub(crate) back: Vec<Rc<dyn Fn() -> bool>>,
    pub(crate) transitions: Vec<PageTransition>,
}

impl PageHooks {
    /// Provide empty hooks in the current (page) scope.
    pub(crate) fn provide() -> State<PageHooks> {
        provide(Some(PAGE), PageHooks::default())
    }
}

fn register(what: &str, f: impl FnOnce(&mut PageHooks)) {
    match consume::<PageHooks>(Some(PAGE)) {
        Some(hooks) => hooks.update(f),
        None => log::error!(
            "{what} was called outside a page a Router built: call it while a route's builder \
             (or a component it builds) runs"
        ),
    }
}

/// `onPageShow`: `f` runs each time the page being built comes on top — when first shown,
/// and when the page above it is popped.
///
/// ```
/// use std::{cell::RefCell, rc::Rc};
/// use arkui_core::{App, DeviceProfile};
/// use arkui_widgets::{Router, Text, router};
/// let log = Rc::new(RefCell::new(Vec::new()));
/// let l = log.clone();
/// let r = Router::new().route("pages/Index", move || {
///     let l = l.clone();
///     router::on_page_show(move || l.borrow_mut().push("shown"));
///     Text::new("home")
/// });
/// let _app = App::with_view(DeviceProfile::iot(), move || r.view("pages/Index"));
/// assert_eq!(*log.borrow(), ["shown"]);
/// ```
pub fn on_page_show(f: impl Fn() + 'static) {
    register("router::on_page_show", |h| h.show.push(Rc::new(f)));
}

/// `onPageHide`: `f` runs each time the page being built stops being on top — covered by a
/// pushed page, replaced, or popped.
pub fn on_page_hide(f: impl Fn() + 'static) {
    register("router::on_page_hide", |h| h.hide.push(Rc::new(f)));
}

/// `onBackPress`: `f` runs on the system back (Back key, unused Backspace, edge swipe) while
/// the page being built is on top; `true` means the page handled it and the router does not
/// go back. A router's own `back()` does not ask it.
pub fn on_back_press(f: impl Fn() -> bool + 'static) {
    register("router::on_back_press", |h| h.back.push(Rc::new(f)));
}

/// `pageTransition`: how the page being built enters and exits, per route type; a side it
/// does not set uses the system's slide.
pub fn page_transition(sides: impl IntoIterator<Item = PageTransition>) {
    let sides: Vec<PageTransition> = sides.into_iter().collect();
    register("router::page_transition", |h| h.transitions.extend(sides));
}
