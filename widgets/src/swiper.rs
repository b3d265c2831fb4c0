//! `Swiper`: pages side by side, one shown at a time, changed by a swipe that snaps, by
//! autoplay on the frame clock, or by a controller; with indicator dots and optional loop.

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::{
    Breakpoint, ByBreakpoint, Color, CommonAttribute, Element, FlexDirection, HitTestMode,
    ItemAlign, LazyWindow, Length, LinkSource, MediaEnv, NodeId, NodeKind, ReadSignal, State,
    now_ms, observe_layout, pct, post_frame_callback, untrack,
};

use crate::handle::component_handle;
use crate::swiper_motion::{autoplay_tick, go_to, index_changed, install_pan, pass, total_pages};

/// ArkUI's indicator colours: unselected dots `#182431` at 10%, the selected one brand blue.
pub(crate) const DOT_COLOR: Color = Color::rgba(0x18, 0x24, 0x31, 0x1A);
pub(crate) const DOT_SELECTED: Color = Color::from_rgb(0x007DFF);
/// A dot is 6 vp; the selected one is 12 vp long.
pub(crate) const DOT_VP: f32 = 6.0;
/// A release faster than this (vp/s) turns the page even before half of it moved.
pub(crate) const FLICK_VP_S: f32 = 300.0;

pub(crate) type ChangeHandler = Rc<dyn Fn(usize)>;

pub(crate) struct Inner {
    pub(crate) node: NodeId,
    pub(crate) density: f32,
    pub(crate) index: State<usize>,
    pub(crate) vertical: bool,
    pub(crate) looping: bool,
    /// Current drag (or settle animation) displacement in px, positive = towards the next page.
    pub(crate) drag: f32,
    /// Settle animation: (start time, from, duration ms).
    pub(crate) settle: Option<(f64, f32, f32)>,
    pub(crate) generation: u64,
    pub(crate) samples: Vec<(f64, f32)>,
    pub(crate) autoplay: bool,
    pub(crate) interval: f64,
    pub(crate) duration: f32,
    pub(crate) last_change: f64,
    pub(crate) autoplay_running: bool,
    pub(crate) indicator: bool,
    pub(crate) dots: Option<NodeId>,
    pub(crate) dot_pool: Vec<NodeId>,
    pub(crate) cached_count: usize,
    pub(crate) window: LazyWindow,
    pub(crate) on_change: Option<ChangeHandler>,
    pub(crate) size: (f32, f32),
    pub(crate) last_index: usize,
    /// `displayCount` per breakpoint, and the app's breakpoint to pick it with.
    pub(crate) display: ByBreakpoint<u16>,
    pub(crate) breakpoint: ReadSignal<Breakpoint>,
}

impl Inner {
    /// Pages shown at once (at least one).
    pub(crate) fn display_count(&self) -> usize {
        usize::from(self.display.get(untrack(|| self.breakpoint.get())).max(1))
    }
}

/// A swiper's state, kept in its node and shared with the handlers and frame callbacks that
/// move it.
#[derive(Clone)]
struct SwiperState(Rc<RefCell<Inner>>);

pub(crate) fn state(n: NodeId) -> Option<Rc<RefCell<Inner>>> {
    n.extension::<SwiperState>().map(|s| s.0)
}

component_handle!(
    /// Pages shown one at a time, ArkUI's `Swiper`: a horizontal drag moves the pages and
    /// snaps to the nearest one on release (or to the next one after a flick); `autoplay`
    /// turns pages every `interval` ms on the frame clock; `loop` wraps around; dots show
    /// where you are. With a `LazyForEach` child only the current page and `cached_count`
    /// pages on each side exist.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile, State};
    /// use arkui_widgets::{Swiper, Text};
    /// let index = State::new(0usize);
    /// let mut app = App::with_view(DeviceProfile::iot(), move || {
    ///     let s = Swiper::new().width(200.0).height(100.0).bind_index(index).id("s");
    ///     for i in 0..3 {
    ///         s.child(Text::new(format!("page {i}")).id(format!("p{i}")));
    ///     }
    ///     s
    /// });
    /// app.frame();
    /// index.set(2);
    /// app.frame();
    /// let s = app.find_by_id("s").unwrap().rect().unwrap();
    /// assert_eq!(app.find_by_id("p2").unwrap().rect().unwrap().x, s.x);
    /// ```
    Swiper
);

impl Element<()> for Swiper {
    fn create(_: ()) -> Swiper {
        let n = NodeId::create("Swiper", NodeKind::Flex);
        n.set_layout(|a| {
            a.direction = FlexDirection::Row;
            a.align_items = ItemAlign::Stretch;
            a.width = pct(100.0);
        });
        n.set_visual(|v| v.clip = true);
        let density = MediaEnv::current()
            .map(|m| untrack(|| m.density()))
            .filter(|d| d.is_finite() && *d > 0.0)
            .unwrap_or(1.0);
        let window = LazyWindow::attach(n);
        let dots = NodeId::create("SwiperIndicator", NodeKind::Flex);
        dots.set_layout(|a| {
            a.direction = FlexDirection::Row;
            a.align_items = ItemAlign::Center;
            a.space = Length::Vp(8.0);
            a.z_index = 1;
        });
        dots.hit_test_behavior(HitTestMode::None);
        n.append(dots);
        let inner = Rc::new(RefCell::new(Inner {
            node: n,
            density,
            index: State::new(0),
            vertical: false,
            // ArkUI's `loop` defaults to true.
            looping: true,
            drag: 0.0,
            settle: None,
            generation: 0,
            samples: Vec::new(),
            autoplay: false,
            interval: 3000.0,
            duration: 400.0,
            last_change: now_ms(),
            autoplay_running: false,
            indicator: true,
            dots: Some(dots),
            dot_pool: Vec::new(),
            cached_count: 1,
            window,
            on_change: None,
            size: (0.0, 0.0),
            last_index: 0,
            display: ByBreakpoint::new(1),
            breakpoint: arkui_core::breakpoint(),
        }));
        let index = inner.borrow().index;
        n.set_extension(SwiperState(inner));
        observe_layout(n, move || pass(n));
        // The index changed (a swipe, the app, a controller): lay out, tell the app.
        arkui_core::Effect::new(move || {
            let i = index.get();
            untrack(|| index_changed(n, i));
        });
        install_pan(n, false);
        // A restart (the previewer's rebuild) shows the page that was shown.
        n.add_restorable(
            "index",
            // Saved even at 0: the app may start on another page.
            move || Some(untrack(|| index.get()).into()),
            move |saved| match saved.as_u64().and_then(|i| usize::try_from(i).ok()) {
                Some(i) => {
                    let total = state(n).map_or(0, |st| total_pages(&st.borrow()));
                    index.set(i.min(total.saturating_sub(1)));
                    true
                }
                None => false,
            },
        );
        Swiper(n)
    }

    fn update(self, _: ()) {}
}

impl Default for Swiper {
    fn default() -> Self {
        Swiper::new()
    }
}

impl Swiper {
    /// An empty swiper.
    pub fn new() -> Swiper {
        Swiper::create(())
    }

    fn with(self, f: impl FnOnce(&mut Inner)) -> Self {
        if let Some(s) = state(self.0) {
            f(&mut s.borrow_mut());
        }
        pass(self.0);
        self
    }

    /// `index`: the page shown.
    pub fn index(self, i: usize) -> Self {
        if let Some(s) = state(self.0) {
            let index = s.borrow().index;
            index.set(i);
        }
        self
    }

    /// Two-way binding of the page shown (`index = bind!(state)` in `ui!`).
    pub fn bind_index(self, source: impl LinkSource<usize>) -> Self {
        if let Some(s) = state(self.0) {
            let index = s.borrow().index;
            let link = arkui_core::Link::from(index);
            link.bind(source);
            // The link drives our state both ways.
            let n = self.0;
            arkui_core::Effect::new(move || {
                if let Ok(v) = link.try_get() {
                    untrack(|| {
                        if index.get() != v {
                            index.set(v);
                        }
                    });
                }
            });
            arkui_core::Effect::new(move || {
                let v = index.get();
                untrack(|| {
                    if link.try_get().ok() != Some(v) {
                        link.set(v);
                    }
                });
                let _ = n;
            });
        }
        self
    }

    /// `displayCount`: pages shown side by side, each a share of the swiper (default 1);
    /// per breakpoint too (`ByBreakpoint::new(1).md(2).lg(3)`). A turn moves one page;
    /// without `loop` the last index is the one that shows the last page at the end.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{Swiper, Text};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     let s = Swiper::new().width(300.0).height(50.0).display_count(3u16);
    ///     for i in 0..5 {
    ///         s.child(Text::new(format!("{i}")).id(format!("p{i}")));
    ///     }
    ///     s
    /// });
    /// app.frame();
    /// let r = |app: &App, id: &str| app.find_by_id(id).unwrap().rect().unwrap();
    /// assert_eq!(r(&app, "p0").width, 100.0);
    /// assert_eq!(r(&app, "p2").x - r(&app, "p0").x, 200.0, "three across");
    /// // With `loop` (the default) the last page waits on the left of the first.
    /// assert_eq!(r(&app, "p4").x - r(&app, "p0").x, -100.0);
    /// ```
    pub fn display_count(self, n: impl Into<ByBreakpoint<u16>>) -> Self {
        let n = n.into();
        self.with(|s| s.display = n)
    }

    /// `loop`: after the last page comes the first (on by default, as in ArkUI).
    pub fn looping(self, on: bool) -> Self {
        self.with(|s| s.looping = on)
    }

    /// `vertical`: pages stacked vertically, swiped up and down.
    pub fn vertical(self, on: bool) -> Self {
        self.0.set_layout(|a| {
            a.direction = if on {
                FlexDirection::Column
            } else {
                FlexDirection::Row
            }
        });
        if on {
            install_pan(self.0, true);
        }
        self.with(|s| s.vertical = on)
    }

    /// `indicator`: show the dots (default on).
    pub fn indicator(self, on: bool) -> Self {
        self.with(|s| s.indicator = on)
    }

    /// `autoPlay`: turn pages by themselves every `interval` ms.
    pub fn autoplay(self, on: bool) -> Self {
        let n = self.0;
        let start = state(n).is_some_and(|s| {
            let mut s = s.borrow_mut();
            s.autoplay = on;
            s.last_change = now_ms();
            let start = on && !s.autoplay_running;
            s.autoplay_running |= on;
            start
        });
        if start {
            post_frame_callback(move |t| autoplay_tick(n, t));
        }
        self
    }

    /// `interval`: ms between autoplay turns (default 3000; at least 100).
    pub fn interval(self, ms: f64) -> Self {
        let ms = if ms.is_finite() {
            ms.max(100.0)
        } else {
            3000.0
        };
        self.with(|s| s.interval = ms)
    }

    /// `duration`: ms a page turn animates (default 400).
    pub fn duration(self, ms: f32) -> Self {
        let ms = if ms.is_finite() { ms.max(0.0) } else { 400.0 };
        self.with(|s| s.duration = ms)
    }

    /// `cachedCount`: pages kept mounted on each side of the current one (default 1).
    pub fn cached_count(self, n: usize) -> Self {
        self.with(|s| s.cached_count = n.min(1000))
    }

    /// `onChange`: called with the new index after the page changed.
    pub fn on_change(self, f: impl Fn(usize) + 'static) -> Self {
        self.with(|s| s.on_change = Some(Rc::new(f)))
    }

    /// `controller`: bind a controller.
    pub fn controller(self, c: SwiperController) -> Self {
        c.target.set(Some(self.0));
        self
    }

    /// The page shown now.
    pub fn current_index(self) -> usize {
        state(self.0).map_or(0, |s| untrack(|| s.borrow().index.get()))
    }
}

/// Turns a [`Swiper`]'s pages from code, ArkUI's `SwiperController`.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Swiper, SwiperController, Text};
/// let c = SwiperController::new();
/// let mut app = App::with_view(DeviceProfile::iot(), move || {
///     Swiper::new().height(50.0).controller(c).looping(false)
///         .child(Text::new("a")).child(Text::new("b"))
/// });
/// app.frame();
/// c.show_next();
/// assert_eq!(c.index(), 1);
/// c.show_next(); // the last page: stays without `loop`
/// assert_eq!(c.index(), 1);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SwiperController {
    target: State<Option<NodeId>>,
}

impl Default for SwiperController {
    fn default() -> Self {
        SwiperController::new()
    }
}

impl SwiperController {
    /// A controller bound to nothing yet.
    pub fn new() -> SwiperController {
        SwiperController {
            target: State::new(None),
        }
    }

    fn step(self, by: i64) {
        let Some(n) = untrack(|| self.target.try_get().ok().flatten()) else {
            return;
        };
        let Some(st) = state(n) else { return };
        let (current, total) = {
            let s = st.borrow();
            (untrack(|| s.index.get()) as i64, total_pages(&s))
        };
        go_to(n, current + by, total);
    }

    /// `showNext`.
    pub fn show_next(self) {
        self.step(1);
    }

    /// `showPrevious`.
    pub fn show_previous(self) {
        self.step(-1);
    }

    /// `changeIndex`: go to page `index` (clamped).
    pub fn change_index(self, index: usize) {
        let Some(n) = untrack(|| self.target.try_get().ok().flatten()) else {
            return;
        };
        if let Some(st) = state(n) {
            let total = total_pages(&st.borrow());
            let index = index.min(total.saturating_sub(1));
            let s = st.borrow().index;
            s.set(index);
        }
    }

    /// The page shown by the bound swiper.
    pub fn index(self) -> usize {
        untrack(|| self.target.try_get().ok().flatten()).map_or(0, |n| Swiper(n).current_index())
    }
}
