//! `Swiper`: pages side by side, one shown at a time, changed by a swipe that snaps, by
//! autoplay on the frame clock, or by a controller; with indicator dots and optional loop.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use arkui_core::{
    Color, CommonAttribute, Element, FlexDirection, Gesture, HitTestMode, ItemAlign, LazyWindow,
    Length, LinkSource, MediaEnv, NodeId, NodeKind, PanDirection, Positioning, Scope, State,
    now_ms, observe_layout, pct, post_frame_callback, untrack,
};

use crate::handle::component_handle;

/// ArkUI's indicator colours: unselected dots `#182431` at 10%, the selected one brand blue.
const DOT_COLOR: Color = Color::rgba(0x18, 0x24, 0x31, 0x1A);
const DOT_SELECTED: Color = Color::from_rgb(0x007DFF);
/// A dot is 6 vp; the selected one is 12 vp long.
const DOT_VP: f32 = 6.0;
/// A release faster than this (vp/s) turns the page even before half of it moved.
const FLICK_VP_S: f32 = 300.0;

type ChangeHandler = Rc<dyn Fn(usize)>;

struct Inner {
    node: NodeId,
    density: f32,
    index: State<usize>,
    vertical: bool,
    looping: bool,
    /// Current drag (or settle animation) displacement in px, positive = towards the next page.
    drag: f32,
    /// Settle animation: (start time, from, duration ms).
    settle: Option<(f64, f32, f32)>,
    generation: u64,
    samples: Vec<(f64, f32)>,
    autoplay: bool,
    interval: f64,
    duration: f32,
    last_change: f64,
    autoplay_running: bool,
    indicator: bool,
    dots: Option<NodeId>,
    dot_pool: Vec<NodeId>,
    cached_count: usize,
    window: LazyWindow,
    on_change: Option<ChangeHandler>,
    size: (f32, f32),
    last_index: usize,
}

thread_local! {
    static SWIPERS: RefCell<HashMap<NodeId, Rc<RefCell<Inner>>>> = RefCell::new(HashMap::new());
}

fn state(n: NodeId) -> Option<Rc<RefCell<Inner>>> {
    SWIPERS.with(|s| s.borrow().get(&n).cloned())
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
            looping: false,
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
        }));
        SWIPERS.with(|s| s.borrow_mut().insert(n, inner.clone()));
        if let Some(scope) = Scope::current() {
            scope.on_cleanup(move || {
                SWIPERS.with(|s| s.borrow_mut().remove(&n));
            });
        }
        observe_layout(n, move || pass(n));
        let index = inner.borrow().index;
        // The index changed (a swipe, the app, a controller): lay out, tell the app.
        arkui_core::Effect::new(move || {
            let i = index.get();
            untrack(|| index_changed(n, i));
        });
        install_pan(n, false);
        Swiper(n)
    }

    fn update(self, _: ()) {}
}

fn install_pan(n: NodeId, vertical: bool) {
    let dir = if vertical {
        PanDirection::Vertical
    } else {
        PanDirection::Horizontal
    };
    let pan = Gesture::pan(dir)
        .on_action_start(move |_| {
            if let Some(s) = state(n) {
                let mut s = s.borrow_mut();
                s.generation += 1;
                s.settle = None;
                s.samples.clear();
            }
        })
        .on_action_update(move |e| {
            let Some(st) = state(n) else { return };
            {
                let mut s = st.borrow_mut();
                let travel = if s.vertical { e.offset_y } else { e.offset_x } * s.density;
                if !travel.is_finite() {
                    return;
                }
                s.samples.push((now_ms(), travel));
                let now = now_ms();
                s.samples.retain(|(t, _)| now - t <= 100.0);
                s.drag = -travel;
                s.last_change = now;
            }
            pass(n);
        })
        .on_action_end(move |_| release(n))
        .on_action_cancel(move || release(n));
    n.gesture(pan);
}

/// The finger lifted: snap to the nearest page, or the next one after a flick.
fn release(n: NodeId) {
    let Some(st) = state(n) else { return };
    let (target, total) = {
        let s = st.borrow();
        let page = page_len(&s);
        let velocity = match (s.samples.first(), s.samples.last()) {
            (Some(a), Some(b)) if b.0 > a.0 => -(b.1 - a.1) / ((b.0 - a.0) as f32 / 1000.0),
            _ => 0.0,
        };
        let flick = FLICK_VP_S * s.density;
        let step: i64 = if page > 0.0 && s.drag.abs() > page / 2.0 {
            if s.drag > 0.0 { 1 } else { -1 }
        } else if velocity.abs() > flick && s.drag.abs() > 1.0 {
            if velocity > 0.0 { 1 } else { -1 }
        } else {
            0
        };
        let total = total_pages(&s);
        let current = untrack(|| s.index.get()) as i64;
        (current + step, total)
    };
    go_to(n, target, total);
}

/// Turn to page `target` (wrapped with `loop`, clamped otherwise), animating from where the
/// pages are now.
fn go_to(n: NodeId, target: i64, total: usize) {
    let Some(st) = state(n) else { return };
    let mut s = st.borrow_mut();
    if total == 0 {
        s.drag = 0.0;
        return;
    }
    let page = page_len(&s);
    let current = untrack(|| s.index.get()) as i64;
    let clamped = if s.looping {
        target.rem_euclid(total as i64)
    } else {
        target.clamp(0, total as i64 - 1)
    };
    // Keep the pages where they are on screen: the new index's displacement absorbs the step
    // (a wrap with `loop` counts as one step, not a run back over every page).
    let step = if s.looping {
        target - current
    } else {
        clamped - current
    };
    s.drag -= step as f32 * page;
    s.generation += 1;
    let generation = s.generation;
    s.settle = Some((now_ms(), s.drag, s.duration));
    s.last_change = now_ms();
    let index = s.index;
    drop(s);
    if clamped as usize != untrack(|| index.get()) {
        index.set(clamped as usize);
    }
    post_frame_callback(move |t| settle(n, t, generation));
    pass(n);
}

fn settle(n: NodeId, now: f64, generation: u64) {
    let Some(st) = state(n) else { return };
    let more = {
        let mut s = st.borrow_mut();
        if s.generation != generation {
            return;
        }
        let Some((t0, from, ms)) = s.settle else {
            return;
        };
        let p = (((now - t0) as f32) / ms.max(1.0)).clamp(0.0, 1.0);
        let eased = 1.0 - (1.0 - p).powi(3);
        s.drag = from * (1.0 - eased);
        if p >= 1.0 {
            s.settle = None;
            s.drag = 0.0;
        }
        s.settle.is_some()
    };
    pass(n);
    if more {
        post_frame_callback(move |t| settle(n, t, generation));
    }
}

fn index_changed(n: NodeId, i: usize) {
    let Some(st) = state(n) else { return };
    let handler = {
        let mut s = st.borrow_mut();
        s.last_change = now_ms();
        if s.last_index == i {
            None
        } else {
            s.last_index = i;
            s.on_change.clone()
        }
    };
    pass(n);
    if let Some(f) = handler {
        f(i);
    }
}

fn page_len(s: &Inner) -> f32 {
    if s.vertical { s.size.1 } else { s.size.0 }
}

fn total_pages(s: &Inner) -> usize {
    if s.window.is_connected() {
        s.window.total()
    } else {
        pages(s).len()
    }
}

/// The pages: a `LazyForEach`'s mounted rows, or the children (not the indicator).
fn pages(s: &Inner) -> Vec<(usize, NodeId)> {
    if s.window.is_connected() {
        return s
            .window
            .rows()
            .into_iter()
            .filter_map(|(i, row)| row.flattened_children().first().map(|n| (i, *n)))
            .collect();
    }
    let mut out = Vec::new();
    for c in s.node.children() {
        if Some(c) == s.dots {
            continue;
        }
        if c.is_fragment() {
            out.extend(c.flattened_children());
        } else {
            out.push(c);
        }
    }
    out.into_iter().enumerate().collect()
}

/// Place the pages and the dots.
fn pass(n: NodeId) {
    let Some(st) = state(n) else { return };
    let Some(rect) = n.rect() else { return };
    let clean = |v: f32| if v.is_finite() { v.max(0.0) } else { 0.0 };
    let (window, range, items, placements, dots) = {
        let mut s = st.borrow_mut();
        s.size = (clean(rect.width), clean(rect.height));
        let total = total_pages(&s);
        let index = untrack(|| s.index.get()).min(total.saturating_sub(1));
        let k = s.cached_count;
        let range = index.saturating_sub(k)..(index + k + 1).min(total);
        let page = page_len(&s);
        let items = pages(&s);
        let placements: Vec<(NodeId, f32)> = items
            .iter()
            .map(|(i, node)| {
                let mut d = *i as f32 - index as f32;
                if s.looping && total > 2 {
                    let half = total as f32 / 2.0;
                    if d > half {
                        d -= total as f32;
                    } else if d < -half {
                        d += total as f32;
                    }
                }
                (*node, d * page - s.drag)
            })
            .collect();
        let dots = dot_plan(&mut s, total, index);
        (s.window, range, items, placements, dots)
    };
    if window.is_connected() {
        window.set_range(range);
    }
    let vertical = st.borrow().vertical;
    let px = |v: f32| Length::Px(if v.is_finite() { v.round() } else { 0.0 });
    // Without a height of its own the swiper is as tall as its tallest page's content.
    let auto = n
        .layout_attrs()
        .is_some_and(|a| if vertical { a.width } else { a.height } == Length::Auto);
    let tallest = items
        .iter()
        .filter_map(|(_, p)| p.rect())
        .map(|r| if vertical { r.width } else { r.height })
        .fold(0.0f32, f32::max);
    if auto {
        n.set_layout(|a| {
            if vertical {
                a.min_width = px(tallest);
            } else {
                a.min_height = px(tallest);
            }
        });
    }
    for (node, at) in placements {
        node.set_layout(|a| {
            a.positioning = if vertical {
                Positioning::Absolute {
                    x: px(0.0),
                    y: px(at),
                }
            } else {
                Positioning::Absolute {
                    x: px(at),
                    y: px(0.0),
                }
            };
            if vertical {
                a.height = pct(100.0);
                if !auto {
                    a.width = pct(100.0);
                }
            } else {
                a.width = pct(100.0);
                if !auto {
                    a.height = pct(100.0);
                }
            }
        });
    }
    if let Some((holder, nodes, selected, size)) = dots {
        let d = st.borrow().density;
        for (i, dot) in nodes.iter().enumerate() {
            let on = i == selected;
            dot.set_layout(|a| {
                a.width = Length::Vp(if on { DOT_VP * 2.0 } else { DOT_VP });
                a.height = Length::Vp(DOT_VP);
                a.visibility = arkui_core::Visibility::Visible;
            });
            dot.set_visual(|v| {
                v.background_color = if on { DOT_SELECTED } else { DOT_COLOR };
                v.border_radius = [Length::Vp(DOT_VP / 2.0); 4];
            });
        }
        let count = nodes.len() as f32;
        let width = (count * DOT_VP + DOT_VP + (count - 1.0).max(0.0) * 8.0) * d;
        holder.set_layout(|a| {
            a.positioning = Positioning::Absolute {
                x: px((size.0 - width) / 2.0),
                y: px(size.1 - 20.0 * d),
            };
        });
    }
}

/// The dot nodes for `total` pages (created on demand, extra ones hidden).
type DotPlan = Option<(NodeId, Vec<NodeId>, usize, (f32, f32))>;

fn dot_plan(s: &mut Inner, total: usize, index: usize) -> DotPlan {
    let holder = s.dots?;
    let shown = if s.indicator { total.min(32) } else { 0 };
    while s.dot_pool.len() < shown {
        let dot = NodeId::create("SwiperDot", NodeKind::Leaf);
        holder.append(dot);
        s.dot_pool.push(dot);
    }
    for dot in &s.dot_pool[shown..] {
        dot.set_layout(|a| a.visibility = arkui_core::Visibility::None);
    }
    Some((holder, s.dot_pool[..shown].to_vec(), index, s.size))
}

/// Autoplay: turn the page every `interval` ms while nobody drags.
fn autoplay_tick(n: NodeId, now: f64) {
    let Some(st) = state(n) else { return };
    if !n.is_alive() {
        return;
    }
    let due = {
        let mut s = st.borrow_mut();
        if !s.autoplay {
            s.autoplay_running = false;
            return;
        }
        let dragging = !s.samples.is_empty() && s.settle.is_none() && s.drag != 0.0;
        !dragging && now - s.last_change >= s.interval
    };
    if due {
        let (current, total) = {
            let s = st.borrow();
            (untrack(|| s.index.get()) as i64, total_pages(&s))
        };
        let looping = st.borrow().looping;
        if looping || (current as usize) + 1 < total {
            go_to(n, current + 1, total);
        } else {
            go_to(n, 0, total);
        }
    }
    post_frame_callback(move |t| autoplay_tick(n, t));
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

    /// `loop`: after the last page comes the first.
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
///     Swiper::new().height(50.0).controller(c)
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
