//! `Marquee`: one line of text that scrolls across its box when it is wider than the box,
//! ArkUI's `Marquee`. It moves `step` vp every 85 ms (ArkUI's pace: 6 vp is about 70 vp a
//! second), on the frame clock, so tests step it exactly.

use std::cell::RefCell;
use std::rc::Rc;

use arkui_core::{
    CommonAttribute, Element, FlexDirection, Length, NodeId, NodeKind, Widget, observe_layout, pct,
    post_frame_callback, vp2px,
};

use crate::Text;
use crate::text_font_attrs::text_font_attrs;

/// The time one `step` takes, ms (ArkUI's `DEFAULT_MARQUEE_SCROLL_DELAY`).
const STEP_MS: f64 = 85.0;

/// ArkUI's default step, vp.
pub const MARQUEE_DEFAULT_STEP: f32 = 6.0;

/// What a [`Marquee`] is built with, ArkUI's `MarqueeOptions`.
///
/// ```
/// use arkui_widgets::MarqueeOptions;
/// let o = MarqueeOptions::new("Breaking news", true);
/// assert_eq!((o.step, o.r#loop, o.from_start), (6.0, -1, true));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct MarqueeOptions {
    /// Whether it scrolls (false pauses it where it is).
    pub start: bool,
    /// vp moved every 85 ms (default 6; not positive or not finite is the default).
    pub step: f32,
    /// How many passes; 0 or less is forever (default -1).
    pub r#loop: i32,
    /// Scroll towards the start (leftwards in left-to-right text; default true); false
    /// scrolls the other way.
    pub from_start: bool,
    /// The text (line breaks are shown as spaces).
    pub src: String,
}

impl MarqueeOptions {
    /// Options for `src`, scrolling when `start`, with ArkUI's defaults.
    pub fn new(src: impl Into<String>, start: bool) -> MarqueeOptions {
        MarqueeOptions {
            start,
            step: MARQUEE_DEFAULT_STEP,
            r#loop: -1,
            from_start: true,
            src: src.into(),
        }
    }
}

/// Where the text of a marquee restarts after an attribute update, ArkUI's
/// `MarqueeUpdateStrategy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum MarqueeUpdateStrategy {
    /// Back to the start position.
    #[default]
    Default,
    /// Keep the current position.
    PreservePosition,
}

type Handler = Option<Rc<dyn Fn()>>;

struct Inner {
    text: NodeId,
    options: MarqueeOptions,
    strategy: MarqueeUpdateStrategy,
    /// The text's shift, px (negative: moved towards the start).
    offset: f64,
    /// Passes finished.
    passes: i32,
    /// Whether a frame callback is posted.
    ticking: bool,
    /// Any of it shows (`None` until the first layout measured it): out of sight it holds
    /// still, no frames asked for it.
    visible: Option<bool>,
    /// The frame time of the last step.
    last: Option<f64>,
    /// Whether `on_start` was called for the current run.
    announced: bool,
    finished: bool,
    on_start: Handler,
    on_bounce: Handler,
    on_finish: Handler,
}

fn state(n: NodeId) -> Option<Rc<RefCell<Inner>>> {
    n.extension::<Rc<RefCell<Inner>>>()
}

/// One line of text scrolling across its box, ArkUI's `Marquee`: when the text is at least
/// as wide as the box it moves [`MarqueeOptions::step`] vp every 85 ms, first out of the
/// box from where it stands, then (for each further pass) in from the far edge and out
/// again; `on_bounce` marks each pass, `on_finish` the last. Narrower text stands still.
/// The box is as wide as the text, at most its parent's width.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile, LengthExt};
/// use arkui_widgets::{Marquee, MarqueeOptions};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     Marquee::new(MarqueeOptions::new("A headline much wider than the box it is in", true))
///         .width(100.vp())
///         .id("m")
/// });
/// app.frame();
/// app.advance_time(16.0); // the first frame starts the clock
/// app.advance_time(16.0 + 850.0); // ten steps of 6 vp
/// let text = app.inspector_by_id("m-text").unwrap();
/// assert_eq!(text["$attrs"]["translate"], "{x: -60.00px, y: 0.00px}");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marquee(NodeId);

impl Widget for Marquee {
    fn node(self) -> NodeId {
        self.0
    }
}

text_font_attrs!(Marquee, |m: Marquee| m.text_node());

impl Element<(MarqueeOptions,)> for Marquee {
    fn create((options,): (MarqueeOptions,)) -> Marquee {
        Marquee::new(options)
    }

    fn update(self, (options,): (MarqueeOptions,)) {
        self.set_options(options);
    }
}

impl Marquee {
    /// A marquee showing `options.src`.
    pub fn new(options: MarqueeOptions) -> Marquee {
        let n = NodeId::create("Marquee", NodeKind::Flex);
        n.set_layout(|l| l.direction = FlexDirection::Row);
        let n = n
            .clip(true)
            .constraint_size(Length::Auto, pct(100.0), Length::Auto, Length::Auto);
        // The text keeps its one-line width however narrow the box: it is what moves.
        let text = Text::new(shown(&options.src)).flex_shrink(0.0).max_lines(1);
        text.node()
            .set_text(|t| t.word_break = arkui_core::WordBreak::Normal);
        n.append(text.node());
        n.set_extension(Rc::new(RefCell::new(Inner {
            text: text.node(),
            options: options.clone(),
            strategy: MarqueeUpdateStrategy::Default,
            offset: 0.0,
            passes: 0,
            ticking: false,
            visible: None,
            last: None,
            announced: false,
            finished: false,
            on_start: None,
            on_bounce: None,
            on_finish: None,
        })));
        report(n, &options);
        // A new size or text may make it wide enough to scroll (or not).
        observe_layout(n, move || kick(n));
        // Out of sight it holds where it is; back in sight it moves on.
        arkui_core::observe_visible_area(n, vec![0.0], move |_, ratio| {
            if let Some(s) = state(n) {
                s.borrow_mut().visible = Some(ratio > 0.0);
            }
            kick(n);
        });
        Marquee(n)
    }

    /// The text node that moves (its id is the marquee's with "-text" appended, once the
    /// marquee has an id).
    pub fn text_node(self) -> NodeId {
        state(self.0).map_or(self.0, |s| s.borrow().text)
    }

    /// Change the options; a new text restarts from the start position unless
    /// [`MarqueeUpdateStrategy::PreservePosition`].
    pub fn set_options(self, options: MarqueeOptions) {
        let Some(s) = state(self.0) else {
            return;
        };
        let restart = {
            let mut s = s.borrow_mut();
            let text_changed = s.options.src != options.src;
            if text_changed {
                s.text.set_text(|t| t.content = shown(&options.src));
            }
            s.options = options.clone();
            let restart = text_changed && s.strategy == MarqueeUpdateStrategy::Default;
            if restart {
                s.offset = 0.0;
                s.passes = 0;
                s.finished = false;
                s.announced = false;
            }
            restart
        };
        if restart {
            place(self.0);
        }
        report(self.0, &options);
        kick(self.0);
    }

    /// `marqueeUpdateStrategy`: where a new text starts.
    pub fn marquee_update_strategy(self, strategy: MarqueeUpdateStrategy) -> Self {
        if let Some(s) = state(self.0) {
            s.borrow_mut().strategy = strategy;
        }
        self
    }

    /// `onStart`: scrolling began (or began again with new text).
    pub fn on_start(self, f: impl Fn() + 'static) -> Self {
        if let Some(s) = state(self.0) {
            s.borrow_mut().on_start = Some(Rc::new(f));
        }
        self
    }

    /// `onBounce`: a pass ended.
    pub fn on_bounce(self, f: impl Fn() + 'static) -> Self {
        if let Some(s) = state(self.0) {
            s.borrow_mut().on_bounce = Some(Rc::new(f));
        }
        self
    }

    /// `onFinish`: the last pass ended; the text is back at its start.
    pub fn on_finish(self, f: impl Fn() + 'static) -> Self {
        if let Some(s) = state(self.0) {
            s.borrow_mut().on_finish = Some(Rc::new(f));
        }
        self
    }

    /// The id, given to the marquee and (with "-text") to its moving text.
    pub fn id(self, id: impl Into<String>) -> Self {
        let id = id.into();
        self.text_node().set_key(format!("{id}-text"));
        self.0.set_key(id);
        self
    }
}

/// The text as shown: one line.
fn shown(src: &str) -> String {
    src.replace(['\n', '\r'], " ")
}

fn report(n: NodeId, o: &MarqueeOptions) {
    n.set_inspector_attr("src", o.src.clone());
    n.set_inspector_attr("start", o.start.to_string());
    n.set_inspector_attr("step", format!("{}", o.step));
    n.set_inspector_attr("loop", o.r#loop.to_string());
    n.set_inspector_attr("fromStart", o.from_start.to_string());
}

/// Put the text at its offset.
fn place(n: NodeId) {
    let Some(s) = state(n) else {
        return;
    };
    let (text, offset) = {
        let s = s.borrow();
        (s.text, s.offset)
    };
    text.set_visual(|v| v.translate = (Length::Px(offset as f32), Length::Px(0.0)));
}

/// The text's and the box's widths, px, once laid out.
fn widths(text: NodeId, n: NodeId) -> Option<(f64, f64)> {
    let (t, b) = (text.rect()?, n.rect()?);
    Some((f64::from(t.width), f64::from(b.width)))
}

/// Start the frame callbacks if it should be moving and is not.
fn kick(n: NodeId) {
    let Some(s) = state(n) else {
        return;
    };
    {
        let mut s = s.borrow_mut();
        if s.ticking || !s.options.start || s.finished || s.visible != Some(true) {
            return;
        }
        match widths(s.text, n) {
            Some((text, width)) if text >= width && width > 0.0 => {}
            _ => return,
        }
        s.ticking = true;
        s.last = None;
    }
    post_frame_callback(move |t| step(n, t));
}

/// One frame of scrolling.
fn step(n: NodeId, now: f64) {
    let Some(s) = state(n) else {
        return;
    };
    let mut calls: Vec<Rc<dyn Fn()>> = Vec::new();
    let again = {
        let mut s = s.borrow_mut();
        let scrollable = widths(s.text, n).filter(|(t, w)| t >= w && *w > 0.0);
        let Some((text, width)) =
            scrollable.filter(|_| s.options.start && !s.finished && s.visible == Some(true))
        else {
            s.ticking = false;
            return;
        };
        if !s.announced {
            s.announced = true;
            calls.extend(s.on_start.clone());
        }
        let step = if s.options.step.is_finite() && s.options.step > 0.0 {
            s.options.step
        } else {
            MARQUEE_DEFAULT_STEP
        };
        let speed = f64::from(vp2px(step)) / STEP_MS;
        let dt = s.last.map_or(0.0, |last| (now - last).max(0.0));
        s.last = Some(now);
        let dir = if s.options.from_start { -1.0 } else { 1.0 };
        s.offset += dir * speed * dt;
        // A pass ends when the text has left the box: past its start edge going one way,
        // past its far edge going the other.
        let ended = if s.options.from_start {
            s.offset <= -text
        } else {
            s.offset >= width
        };
        if ended {
            s.passes += 1;
            calls.extend(s.on_bounce.clone());
            let limit = s.options.r#loop;
            if limit > 0 && s.passes >= limit {
                s.finished = true;
                s.offset = 0.0;
                calls.extend(s.on_finish.clone());
            } else {
                // The next pass comes in from the far edge.
                s.offset = if s.options.from_start { width } else { -text };
            }
        }
        let again = !s.finished;
        s.ticking = again;
        again
    };
    place(n);
    for f in calls {
        f();
    }
    if again {
        post_frame_callback(move |t| step(n, t));
    }
}
