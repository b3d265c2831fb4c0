//! `LoadingProgress`: an indeterminate "busy" indicator, one painted node whose comet turns
//! on the app's frame clock while it is enabled and in sight.

use std::cell::Cell;
use std::rc::Rc;

use arkui_core::draw::{
    Brush, Gradient, GradientKind, GradientStop, LineCap, PathData, Point, Spread, StrokeStyle,
};
use arkui_core::{
    Color, Effect, Element, NodeId, NodeKind, PaintCtx, State, Widget, observe_visible_area,
    post_frame_callback, untrack,
};

use crate::theme::ThemedColor;

/// ArkUI's default size, vp.
const SIZE: f32 = 48.0;
/// One turn of the comet, ms.
pub const LOADING_PERIOD_MS: f64 = 1000.0;
/// How much of the circle the comet's fading tail covers, degrees.
const TAIL: f32 = 300.0;
/// The solid head's length, degrees.
const HEAD: f32 = 10.0;
/// The stroke, as a share of the indicator's side.
const STROKE: f32 = 0.1;

/// What the painter and the clock share: set by the component, read while painting.
#[derive(Default)]
struct Spin {
    /// Where the head is, in turns from twelve o'clock (0..1).
    phase: Cell<f32>,
    color: Cell<Option<Color>>,
    enabled: Cell<bool>,
    /// Whether any of it shows (`None` until the first layout measured it).
    visible: Cell<Option<bool>>,
    /// A frame callback is queued.
    ticking: Cell<bool>,
}

/// A loading indicator, ArkUI's `LoadingProgress`: a comet going clockwise round a circle,
/// its tail fading behind it, one turn a second.
///
/// It turns on the app's frame clock only while it is enabled and some of it is in sight:
/// out of sight, or with `enable_loading(false)`, it asks for no frames.
///
/// ```
/// use arkui_core::{App, Color, CommonAttribute, DeviceProfile};
/// use arkui_widgets::LoadingProgress;
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     LoadingProgress::new().color(Color::RED).id("busy")
/// });
/// let busy = app.inspector_by_id("busy").unwrap();
/// assert_eq!(busy["$attrs"]["color"], "#FFFF0000");
/// assert_eq!(busy["$attrs"]["enableLoading"], "true");
/// app.frame();
/// assert!(app.is_animating(), "a shown indicator turns");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct LoadingProgress {
    node: NodeId,
    color: ThemedColor,
    enabled: State<bool>,
}

impl Widget for LoadingProgress {
    fn node(self) -> NodeId {
        self.node
    }
}

impl Element<()> for LoadingProgress {
    fn create(_: ()) -> LoadingProgress {
        let node = NodeId::create("LoadingProgress", NodeKind::Leaf);
        node.set_layout(|a| {
            a.width = SIZE.into();
            a.height = SIZE.into();
        });
        let spin = Rc::new(Spin::default());
        node.set_extension(spin.clone());
        let painted = spin.clone();
        node.set_painter(move |cx| paint(cx, &painted));
        let l = LoadingProgress {
            node,
            color: ThemedColor::new(|t| t.icon_secondary),
            enabled: State::new(true),
        };
        Effect::new(move || {
            let (c, on) = (l.color.get(), l.enabled.get());
            untrack(|| {
                if let Some(s) = spin_of(node) {
                    s.color.set(Some(c));
                    s.enabled.set(on);
                }
                node.invalidate_paint();
                node.set_inspector_attr("color", c.to_argb_string());
                node.set_inspector_attr("enableLoading", on.to_string());
                kick(node);
            });
        });
        observe_visible_area(node, vec![0.0], move |_, ratio| {
            if let Some(s) = spin_of(node) {
                s.visible.set(Some(ratio > 0.0));
            }
            kick(node);
        });
        l
    }

    fn update(self, _: ()) {}
}

fn spin_of(node: NodeId) -> Option<Rc<Spin>> {
    node.extension::<Rc<Spin>>()
}

fn turning(s: &Spin) -> bool {
    s.enabled.get() && s.visible.get() == Some(true)
}

/// Start the clock if the indicator should turn and is not turning.
fn kick(node: NodeId) {
    let Some(s) = spin_of(node) else {
        return;
    };
    if s.ticking.get() || !turning(&s) {
        return;
    }
    s.ticking.set(true);
    post_frame_callback(move |t| step(node, t));
}

/// One frame: the comet's place on the clock, and the next frame if it still turns. A
/// freed node's callback finds no state and stops.
fn step(node: NodeId, now: f64) {
    let Some(s) = spin_of(node) else {
        return;
    };
    if !turning(&s) {
        s.ticking.set(false);
        return;
    }
    let phase = (now.rem_euclid(LOADING_PERIOD_MS) / LOADING_PERIOD_MS) as f32;
    if phase != s.phase.get() {
        s.phase.set(phase);
        node.invalidate_paint();
    }
    post_frame_callback(move |t| step(node, t));
}

/// The comet: its tail one arc under a sweep gradient that fades out behind the head, its
/// head a round-capped arc.
fn paint(cx: &mut PaintCtx<'_>, s: &Spin) {
    let Some(color) = s.color.get().filter(|_| s.enabled.get()) else {
        return;
    };
    let (w, h) = cx.size();
    let side = w.min(h);
    let width = (side * STROKE).max(1.0);
    let r = (side - width) / 2.0;
    if r <= 0.0 {
        return;
    }
    let (x, y) = (w / 2.0, h / 2.0);
    // Degrees clockwise from three o'clock (as `PathData::arc` and sweeps count), the head
    // turning from twelve.
    let head = s.phase.get() * 360.0 - 90.0;
    // A full-turn sweep from the head: offsets grow clockwise, so the tail (behind the
    // head) runs from `1 - TAIL / 360` (transparent) up to 1 (solid) at the head.
    let from = 1.0 - TAIL / 360.0;
    let fade = |at: f32, alpha: f32| {
        GradientStop::new(from + at * (1.0 - from), color.with_opacity(alpha))
    };
    let tail = Gradient {
        kind: GradientKind::Sweep {
            center: Point::new(x, y),
            start_angle: head,
            end_angle: head + 360.0,
        },
        stops: vec![fade(0.0, 0.0), fade(0.6, 0.3), fade(1.0, 1.0)],
        spread: Spread::Pad,
    };
    let arc = PathData::arc(x, y, r, head - TAIL, TAIL);
    cx.stroke_path(&arc, &StrokeStyle::new(width), Brush::Gradient(tail));
    // The head: a short round-capped arc, fully opaque.
    let round = StrokeStyle::new(width).with_cap(LineCap::Round);
    let tip = PathData::arc(x, y, r, head - HEAD, HEAD);
    cx.stroke_path(&tip, &round, color.into());
}

impl Default for LoadingProgress {
    fn default() -> Self {
        LoadingProgress::new()
    }
}

impl LoadingProgress {
    /// A loading indicator in the theme's secondary icon colour.
    pub fn new() -> LoadingProgress {
        LoadingProgress::create(())
    }

    /// `color`.
    pub fn color(self, c: Color) -> Self {
        self.color.set(c);
        self
    }

    /// `enableLoading`: `false` hides the indicator (it keeps its space) and stops its clock.
    pub fn enable_loading(self, on: bool) -> Self {
        self.enabled.set(on);
        self
    }
}
