//! `ImageAnimator`: a flip-book of images, ArkUI's `ImageAnimator`. Every frame is an
//! `Image` child decoded up front; playing shows one at a time on the app clock.
//!
//! Frames are timed by app timers ([`arkui_core::set_timeout`]) from when each frame was
//! due, so an app sleeps between frames, a late timer skips frames rather than drifting,
//! and tests step the clock exactly.

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::{
    CommonAttribute, Element, ImageFit, ImageSource, Length, NodeId, NodeKind, Scope, TimerId,
    Visibility, Widget, clear_timeout, now_ms, pct, set_timeout,
};

use crate::Image;

/// ArkUI's default `duration`: one second for all the frames together.
pub const IMAGE_ANIMATOR_DEFAULT_DURATION_MS: u32 = 1000;

/// Where an [`ImageAnimator`] stands, ArkUI's `AnimationStatus`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum AnimationStatus {
    /// Not started: the first frame shows (default).
    #[default]
    Initial,
    /// Playing.
    Running,
    /// Held on the frame it reached.
    Paused,
    /// Stopped: the frame `fillMode` says shows.
    Stopped,
}

/// What shows once an [`ImageAnimator`] stops, ArkUI's `FillMode` (only the end state
/// matters here: the animator has no delay before it starts).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FillMode {
    /// Back to the first frame.
    None,
    /// The last frame played stays (default).
    #[default]
    Forwards,
    /// Back to the first frame.
    Backwards,
    /// The last frame played stays.
    Both,
}

/// One frame of an [`ImageAnimator`], ArkUI's `ImageFrameInfo`.
///
/// ```
/// use arkui_widgets::ImageFrameInfo;
/// let f = ImageFrameInfo::new("walk-1.png").duration(80);
/// assert_eq!(f.duration, Some(80));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct ImageFrameInfo {
    /// The picture.
    pub src: ImageSource,
    /// Its width when the animator is not `fixedSize`.
    pub width: Option<Length>,
    /// Its height when the animator is not `fixedSize`.
    pub height: Option<Length>,
    /// Its top edge from the animator's, when not `fixedSize`.
    pub top: Option<Length>,
    /// Its left edge from the animator's, when not `fixedSize`.
    pub left: Option<Length>,
    /// How long it shows, ms. Once any frame has its own, the animator's `duration` no
    /// longer applies (as in ArkUI): a frame without one shows for no time.
    pub duration: Option<u32>,
}

impl ImageFrameInfo {
    /// A frame showing `src`.
    pub fn new(src: impl Into<ImageSource>) -> ImageFrameInfo {
        ImageFrameInfo {
            src: src.into(),
            width: None,
            height: None,
            top: None,
            left: None,
            duration: None,
        }
    }

    /// Its width (when not `fixedSize`).
    pub fn width(mut self, w: impl Into<Length>) -> Self {
        self.width = Some(w.into());
        self
    }

    /// Its height (when not `fixedSize`).
    pub fn height(mut self, h: impl Into<Length>) -> Self {
        self.height = Some(h.into());
        self
    }

    /// Its top edge (when not `fixedSize`).
    pub fn top(mut self, t: impl Into<Length>) -> Self {
        self.top = Some(t.into());
        self
    }

    /// Its left edge (when not `fixedSize`).
    pub fn left(mut self, l: impl Into<Length>) -> Self {
        self.left = Some(l.into());
        self
    }

    /// How long it shows, ms.
    pub fn duration(mut self, ms: u32) -> Self {
        self.duration = Some(ms);
        self
    }
}

type Handler = Option<Rc<dyn Fn()>>;

struct Inner {
    /// The scope the animator was built in: each image list gets a child scope of it, so
    /// a list set from a re-run attribute effect outlives that run.
    owner: Option<Scope>,
    /// The scope the current images were made in (disposed with them).
    images_scope: Option<Scope>,
    frames: Vec<(ImageFrameInfo, NodeId)>,
    status: AnimationStatus,
    duration: u32,
    reverse: bool,
    fixed_size: bool,
    fill_mode: FillMode,
    /// Plays of the whole sequence; -1 forever.
    iterations: i32,
    /// The step of the sequence shown (0 is the first frame played: the last image when
    /// reversed).
    step: usize,
    /// Plays finished in this run.
    played: i32,
    /// When the shown frame began, on the app clock.
    frame_start: f64,
    /// Time left of the shown frame when paused.
    paused_left: Option<f64>,
    /// `monitorInvisibleArea`: hold still out of sight.
    monitor: bool,
    /// Its visible share is watched.
    watching: bool,
    /// Out of sight while monitoring (no timer armed), and the time the shown frame had
    /// left when it went.
    hidden: bool,
    hidden_left: Option<f64>,
    timer: Option<TimerId>,
    /// Tells the running timer from cancelled ones.
    token: u64,
    on_start: Handler,
    on_pause: Handler,
    on_repeat: Handler,
    on_cancel: Handler,
    on_finish: Handler,
}

impl Inner {
    /// How long step `i` shows, ms.
    fn delay(&self, step: usize) -> f64 {
        let n = self.frames.len();
        if n == 0 {
            return 0.0;
        }
        let own = self.frames.iter().any(|(f, _)| f.duration.is_some());
        if own {
            f64::from(self.frames[self.index(step)].0.duration.unwrap_or(0))
        } else {
            f64::from(self.duration) / n as f64
        }
    }

    /// The whole sequence's length, ms.
    fn total(&self) -> f64 {
        (0..self.frames.len()).map(|s| self.delay(s)).sum()
    }

    /// The image index of sequence step `step`.
    fn index(&self, step: usize) -> usize {
        let n = self.frames.len();
        if self.reverse {
            n.saturating_sub(1 + step.min(n.saturating_sub(1)))
        } else {
            step.min(n.saturating_sub(1))
        }
    }

    /// Show only the image of the current step.
    fn show(&self) {
        let shown = self.index(self.step);
        for (i, (_, n)) in self.frames.iter().enumerate() {
            n.visibility(if i == shown {
                Visibility::Visible
            } else {
                Visibility::Hidden
            });
        }
    }
}

type Shared = Rc<RefCell<Inner>>;

fn state(n: NodeId) -> Option<Shared> {
    n.extension::<Shared>()
}

/// A flip-book of images, ArkUI's `ImageAnimator`: `images` are decoded when set, and while
/// `state` is [`AnimationStatus::Running`] they show one after another, together for
/// `duration` ms (or each for its own [`ImageFrameInfo::duration`]), `iterations` times
/// (-1 forever), backwards when `reverse`. `fixedSize` (default true) stretches every image
/// to the animator's box; otherwise each takes its own size and position.
///
/// Events: `on_start` when it starts or resumes, `on_pause`, `on_repeat` at each new play,
/// `on_cancel` when set back to `Initial`, `on_finish` when the plays are done or it is
/// set to `Stopped`. Those a `state` change causes arrive at the app's next tick (so a
/// handler set after `state` in the chain hears the start).
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{AnimationStatus, ImageAnimator, ImageFrameInfo};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     ImageAnimator::new()
///         .images(vec![ImageFrameInfo::new("a.png"), ImageFrameInfo::new("b.png")])
///         .duration(200)
///         .state(AnimationStatus::Running)
///         .width(40.0)
///         .height(40.0)
///         .id("anim")
/// });
/// app.frame();
/// let anim = ImageAnimator::from_node(app.find_by_id("anim").unwrap()).unwrap();
/// assert_eq!(anim.current_index(), 0);
/// app.advance_time(100.0);
/// assert_eq!(anim.current_index(), 1);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImageAnimator(NodeId);

impl Widget for ImageAnimator {
    fn node(self) -> NodeId {
        self.0
    }
}

impl Element<()> for ImageAnimator {
    fn create(_: ()) -> ImageAnimator {
        ImageAnimator::new()
    }

    fn update(self, _: ()) {}
}

impl Default for ImageAnimator {
    fn default() -> ImageAnimator {
        ImageAnimator::new()
    }
}

impl ImageAnimator {
    /// An animator with no images yet, in the `Initial` state.
    pub fn new() -> ImageAnimator {
        let node = NodeId::create("ImageAnimator", NodeKind::Stack).clip(true);
        let owner = Scope::current();
        node.set_extension(Rc::new(RefCell::new(Inner {
            owner,
            images_scope: None,
            frames: Vec::new(),
            status: AnimationStatus::Initial,
            duration: IMAGE_ANIMATOR_DEFAULT_DURATION_MS,
            reverse: false,
            fixed_size: true,
            fill_mode: FillMode::Forwards,
            iterations: 1,
            step: 0,
            played: 0,
            frame_start: 0.0,
            paused_left: None,
            monitor: false,
            watching: false,
            hidden: false,
            hidden_left: None,
            timer: None,
            token: 0,
            on_start: None,
            on_pause: None,
            on_repeat: None,
            on_cancel: None,
            on_finish: None,
        })));
        let a = ImageAnimator(node);
        a.report();
        a
    }

    /// The animator built on `node`, if it is one.
    pub fn from_node(node: NodeId) -> Option<ImageAnimator> {
        state(node).map(|_| ImageAnimator(node))
    }

    fn with<R>(self, f: impl FnOnce(&mut Inner) -> R) -> Option<R> {
        state(self.0).map(|s| f(&mut s.borrow_mut()))
    }

    /// `images`: the frames, in order. Setting the same list again changes nothing; a new
    /// list starts over from its first frame (still playing if it was).
    pub fn images(self, frames: Vec<ImageFrameInfo>) -> Self {
        let same = self
            .with(|s| {
                s.frames.len() == frames.len()
                    && s.frames.iter().zip(&frames).all(|((a, _), b)| a == b)
            })
            .unwrap_or(true);
        if same {
            return self;
        }
        let Some((old, owner, fixed)) = self.with(|s| {
            s.frames.clear();
            (s.images_scope.take(), s.owner, s.fixed_size)
        }) else {
            return self;
        };
        if let Some(old) = old {
            old.dispose();
        }
        let scope = match owner {
            Some(o) => o.run(Scope::new_child),
            None => Scope::detached(Scope::new_root),
        };
        let made: Vec<(ImageFrameInfo, NodeId)> = scope.run(|| {
            frames
                .into_iter()
                .map(|f| {
                    let n = Image::new(f.src.clone()).node();
                    lay_out_frame(n, &f, fixed);
                    self.0.append(n);
                    (f, n)
                })
                .collect()
        });
        self.with(|s| {
            s.images_scope = Some(scope);
            s.frames = made;
            s.step = 0;
            s.played = 0;
            s.frame_start = now_ms();
            s.paused_left = None;
            s.show();
        });
        self.0.set_inspector_attr(
            "images",
            self.with(|s| s.frames.len()).unwrap_or(0).to_string(),
        );
        self.reschedule();
        self
    }

    /// `state`: play, pause, stop or reset (default `Initial`).
    pub fn state(self, status: AnimationStatus) -> Self {
        let Some(s) = state(self.0) else {
            return self;
        };
        let from = s.borrow().status;
        if from == status {
            return self;
        }
        let event: fn(&Inner) -> Handler = {
            let mut i = s.borrow_mut();
            i.status = status;
            let now = now_ms();
            match (from, status) {
                (AnimationStatus::Paused, AnimationStatus::Running) => {
                    let left = i.paused_left.take().unwrap_or(0.0);
                    let step = i.step;
                    i.frame_start = now + left - i.delay(step);
                    |i| i.on_start.clone()
                }
                (_, AnimationStatus::Running) => {
                    i.step = 0;
                    i.played = 0;
                    i.frame_start = now;
                    i.show();
                    |i| i.on_start.clone()
                }
                (_, AnimationStatus::Paused) => {
                    let step = i.step;
                    i.paused_left = Some((i.frame_start + i.delay(step) - now).max(0.0));
                    |i| i.on_pause.clone()
                }
                (_, AnimationStatus::Stopped) => {
                    i.paused_left = None;
                    if matches!(i.fill_mode, FillMode::None | FillMode::Backwards) {
                        i.step = 0;
                        i.show();
                    }
                    |i| i.on_finish.clone()
                }
                (_, AnimationStatus::Initial) => {
                    i.paused_left = None;
                    i.step = 0;
                    i.played = 0;
                    i.show();
                    |i| i.on_cancel.clone()
                }
            }
        };
        self.report();
        self.reschedule();
        emit(self.0, event);
        self
    }

    /// `duration`: ms for the whole sequence, shared by frames without their own (default
    /// 1000; 0 plays nothing).
    pub fn duration(self, ms: u32) -> Self {
        self.with(|s| s.duration = ms);
        self.report();
        self.reschedule();
        self
    }

    /// `reverse`: play from the last image to the first (default false).
    pub fn reverse(self, reverse: bool) -> Self {
        let changed = self
            .with(|s| {
                let c = s.reverse != reverse;
                s.reverse = reverse;
                if c && s.status != AnimationStatus::Running {
                    s.step = 0;
                    s.show();
                }
                c
            })
            .unwrap_or(false);
        if changed {
            self.report();
            self.reschedule();
        }
        self
    }

    /// `fixedSize`: every image fills the animator's box (default true); false sizes and
    /// places each by its [`ImageFrameInfo`].
    pub fn fixed_size(self, fixed: bool) -> Self {
        self.with(|s| {
            s.fixed_size = fixed;
            for (f, n) in &s.frames {
                lay_out_frame(*n, f, fixed);
            }
        });
        self.report();
        self
    }

    /// `fillMode`: what shows once it stops (default `Forwards`: the last frame played).
    pub fn fill_mode(self, mode: FillMode) -> Self {
        self.with(|s| s.fill_mode = mode);
        self.report();
        self
    }

    /// `iterations`: plays of the whole sequence (default 1; -1 forever; 0 plays nothing).
    pub fn iterations(self, n: i32) -> Self {
        self.with(|s| s.iterations = n.max(-1));
        self.report();
        self.reschedule();
        self
    }

    /// `monitorInvisibleArea`: out of sight (scrolled away, hidden) a running animator holds
    /// its frame and arms no timer, and goes on with the time the frame had left when it
    /// is back; its `state` stays `Running` and no events fire (default false: it plays
    /// on unseen).
    pub fn monitor_invisible_area(self, on: bool) -> Self {
        let node = self.0;
        let watch = self
            .with(|s| {
                s.monitor = on;
                on && !std::mem::replace(&mut s.watching, true)
            })
            .unwrap_or(false);
        if watch {
            arkui_core::observe_visible_area(node, vec![0.0], move |_, ratio| {
                set_hidden(node, ratio <= 0.0);
            });
        }
        if !on {
            set_hidden(node, false);
        }
        self.0
            .set_inspector_attr("monitorInvisibleArea", on.to_string());
        self
    }

    /// `onStart`: it started, or resumed from a pause.
    pub fn on_start(self, f: impl Fn() + 'static) -> Self {
        self.with(|s| s.on_start = Some(Rc::new(f)));
        self
    }

    /// `onPause`: it was paused.
    pub fn on_pause(self, f: impl Fn() + 'static) -> Self {
        self.with(|s| s.on_pause = Some(Rc::new(f)));
        self
    }

    /// `onRepeat`: a new play of the sequence begins.
    pub fn on_repeat(self, f: impl Fn() + 'static) -> Self {
        self.with(|s| s.on_repeat = Some(Rc::new(f)));
        self
    }

    /// `onCancel`: it was set back to `Initial`.
    pub fn on_cancel(self, f: impl Fn() + 'static) -> Self {
        self.with(|s| s.on_cancel = Some(Rc::new(f)));
        self
    }

    /// `onFinish`: its plays are done, or it was set to `Stopped`.
    pub fn on_finish(self, f: impl Fn() + 'static) -> Self {
        self.with(|s| s.on_finish = Some(Rc::new(f)));
        self
    }

    /// The index (into `images`) of the image showing.
    pub fn current_index(self) -> usize {
        self.with(|s| s.index(s.step)).unwrap_or(0)
    }

    /// Where it stands (a run that finished its plays is `Stopped`).
    pub fn status(self) -> AnimationStatus {
        self.with(|s| s.status).unwrap_or_default()
    }

    fn report(self) {
        let Some(s) = state(self.0) else { return };
        let s = s.borrow();
        let n = self.0;
        n.set_inspector_attr("state", format!("AnimationStatus.{:?}", s.status));
        n.set_inspector_attr("duration", s.duration.to_string());
        n.set_inspector_attr("reverse", s.reverse.to_string());
        n.set_inspector_attr("fixedSize", s.fixed_size.to_string());
        n.set_inspector_attr("fillMode", format!("FillMode.{:?}", s.fill_mode));
        n.set_inspector_attr("iterations", s.iterations.to_string());
    }

    /// Cancel the pending frame timer and, when running, set the next one.
    fn reschedule(self) {
        let Some(s) = state(self.0) else { return };
        let due = {
            let mut i = s.borrow_mut();
            if let Some(t) = i.timer.take() {
                clear_timeout(t);
            }
            i.token += 1;
            let playable = i.frames.len() > 1 && i.total() > 0.0 && i.iterations != 0;
            if i.status != AnimationStatus::Running || !playable || i.hidden {
                None
            } else {
                let step = i.step;
                Some((i.frame_start + i.delay(step), i.token))
            }
        };
        let Some((due, token)) = due else { return };
        let node = self.0;
        let id = set_timeout(due - now_ms(), move |now| advance(node, token, now));
        s.borrow_mut().timer = Some(id);
    }
}

/// Call the handler `pick` chooses at the app's next tick: a state set while the animator
/// is built comes before the handlers later in its attribute chain, and they still hear it.
fn emit(node: NodeId, pick: fn(&Inner) -> Handler) {
    set_timeout(0.0, move |_| {
        let f = state(node).and_then(|s| pick(&s.borrow()));
        if let Some(f) = f {
            f();
        }
    });
}

/// The animator left sight (`hidden`, while monitoring) or came back.
fn set_hidden(node: NodeId, hidden: bool) {
    let Some(s) = state(node) else { return };
    {
        let mut i = s.borrow_mut();
        let hidden = hidden && i.monitor;
        if i.hidden == hidden {
            return;
        }
        i.hidden = hidden;
        let now = now_ms();
        let step = i.step;
        if hidden {
            if i.status == AnimationStatus::Running {
                i.hidden_left = Some((i.frame_start + i.delay(step) - now).max(0.0));
            }
        } else if i.status == AnimationStatus::Running {
            // Back: the frame gets the time it had left (all of it if it started unseen).
            let left = i.hidden_left.take().unwrap_or(i.delay(step));
            i.frame_start = now + left - i.delay(step);
        } else {
            i.hidden_left = None;
        }
    }
    ImageAnimator(node).reschedule();
}

/// Size and place a frame's image: the whole box when `fixed`, else its own.
fn lay_out_frame(n: NodeId, f: &ImageFrameInfo, fixed: bool) {
    n.set_image_fit(ImageFit::Fill);
    if fixed {
        n.width(pct(100.0)).height(pct(100.0)).position(0.0, 0.0);
    } else {
        n.width(f.width.unwrap_or(Length::Auto))
            .height(f.height.unwrap_or(Length::Auto))
            .position(
                f.left.unwrap_or(Length::Vp(0.0)),
                f.top.unwrap_or(Length::Vp(0.0)),
            );
    }
}

/// A frame's time is up: show the step due at `now`, counting plays, and finish or go on.
fn advance(node: NodeId, token: u64, now: f64) {
    let Some(s) = state(node) else { return };
    let mut fire: Vec<Rc<dyn Fn()>> = Vec::new();
    {
        let mut i = s.borrow_mut();
        if i.token != token || i.status != AnimationStatus::Running {
            return;
        }
        i.timer = None;
        let n = i.frames.len();
        let total = i.total();
        // Whole plays missed by an app asleep for long are counted in one go (one
        // `on_repeat` for them), leaving the last play to run frame by frame.
        let behind = now - i.frame_start;
        if total > 0.0 && behind > 2.0 * total {
            let mut whole = ((behind - total) / total).floor();
            if i.iterations >= 0 {
                whole = whole.min(f64::from((i.iterations - i.played - 1).max(0)));
            }
            if whole >= 1.0 {
                i.frame_start += whole * total;
                i.played = i
                    .played
                    .saturating_add(whole.min(f64::from(i32::MAX)) as i32);
                fire.extend(i.on_repeat.clone());
            }
        }
        loop {
            let step = i.step;
            let end = i.frame_start + i.delay(step);
            if end > now {
                break;
            }
            i.frame_start = end;
            if step + 1 < n {
                i.step = step + 1;
                continue;
            }
            i.played += 1;
            if i.iterations >= 0 && i.played >= i.iterations {
                i.status = AnimationStatus::Stopped;
                if matches!(i.fill_mode, FillMode::None | FillMode::Backwards) {
                    i.step = 0;
                }
                fire.extend(i.on_finish.clone());
                break;
            }
            i.step = 0;
            fire.extend(i.on_repeat.clone());
        }
        i.show();
    }
    let a = ImageAnimator(node);
    a.report();
    a.reschedule();
    for f in fire {
        f();
    }
}
