//! `Progress`: how far a task is, as a bar or a ring.

use arkui_core::draw::{LineCap, PathData, StrokeStyle};
use arkui_core::{
    Alignment, Color, Effect, Element, Length, NodeId, NodeKind, PaintCtx, State, Widget, pct,
    untrack,
};

use crate::control::ROUND;
use crate::numeric::{finite_or, progress_fraction, show};
use crate::theme::ThemedColor;

/// ArkUI's `ProgressType` (the kinds drawn so far).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ProgressType {
    /// A bar filling from the left (the default).
    #[default]
    Linear,
    /// A ring filling clockwise from twelve o'clock.
    Ring,
}

/// ArkUI's progress `style` options.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct ProgressStyle {
    /// `strokeWidth` in vp: the bar's height or the ring's width (default 4).
    pub stroke_width: Option<f32>,
}

/// ArkUI's default stroke.
const STROKE: f32 = 4.0;
/// Default diameter of a ring.
const RING: f32 = 48.0;

/// The nodes of the current type.
#[derive(Clone, Debug, Default)]
struct Parts {
    /// Linear: the filled part.
    fill: Option<NodeId>,
}

/// A progress indicator, ArkUI's `Progress`: `value` out of `total` (default 100), as a
/// bar or a ring. A total that is not positive is 100; the value is clamped into
/// `0..=total` (NaN is 0).
///
/// The ring is painted (no child nodes): a track circle and, over it, an arc with round ends
/// from twelve o'clock clockwise, both `strokeWidth` wide.
///
/// ```
/// use arkui_core::{App, CommonAttribute, DeviceProfile};
/// use arkui_widgets::{Progress, ProgressType};
/// let mut app = App::with_view(DeviceProfile::iot(), || {
///     Progress::new().value(30.0).progress_type(ProgressType::Ring).id("p")
/// });
/// let p = app.inspector_by_id("p").unwrap();
/// assert_eq!(p["$attrs"]["value"], "30");
/// assert_eq!(p["$attrs"]["type"], "ProgressType.Ring");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Progress {
    node: NodeId,
    kind: State<ProgressType>,
    value: State<f64>,
    total: State<f64>,
    stroke: State<f32>,
    color: ThemedColor,
    track: ThemedColor,
    parts: State<Parts>,
}

impl Widget for Progress {
    fn node(self) -> NodeId {
        self.node
    }
}

impl Element<()> for Progress {
    fn create(_: ()) -> Progress {
        Progress::create((ProgressType::Linear,))
    }

    fn update(self, _: ()) {}
}

impl Element<(ProgressType,)> for Progress {
    fn create((kind,): (ProgressType,)) -> Progress {
        let node = NodeId::create("Progress", NodeKind::Stack);
        let p = Progress {
            node,
            kind: State::new(kind),
            value: State::new(0.0),
            total: State::new(100.0),
            stroke: State::new(STROKE),
            color: ThemedColor::new(|t| t.brand),
            track: ThemedColor::new(|t| t.comp_background_secondary),
            parts: State::new(Parts::default()),
        };
        p.build(kind);
        Effect::new(move || {
            let kind = p.kind.get();
            let (value, total) = (p.value.get(), p.total.get());
            let f = progress_fraction(value, total);
            let (fg, bg, stroke) = (p.color.get(), p.track.get(), p.stroke.get());
            let parts = p.parts.get();
            untrack(|| {
                match kind {
                    ProgressType::Linear => {
                        node.set_visual(|v| v.background_color = bg);
                        if let Some(fill) = parts.fill {
                            fill.set_layout(|a| a.width = pct(f as f32 * 100.0));
                            fill.set_visual(|v| v.background_color = fg);
                        }
                    }
                    ProgressType::Ring => {
                        node.set_visual(|v| v.background_color = Color::TRANSPARENT);
                        // The painter reads the same states: draw them again.
                        let _ = (f, bg, stroke);
                        node.invalidate_paint();
                    }
                }
                node.set_inspector_attr("value", show(finite_or(value, 0.0)));
                node.set_inspector_attr("total", show(total));
                node.set_inspector_attr("type", format!("ProgressType.{kind:?}"));
                node.set_inspector_attr("color", fg.to_argb_string());
            });
        });
        p
    }

    fn update(self, _: (ProgressType,)) {}
}

impl Default for Progress {
    fn default() -> Self {
        Progress::new()
    }
}

impl Progress {
    /// A linear progress bar at 0 of 100.
    pub fn new() -> Progress {
        Progress::create(())
    }

    /// Replace the children with those of `kind` and give the node that kind's default size.
    fn build(self, kind: ProgressType) {
        let node = self.node;
        let stroke = untrack(|| self.stroke.get());
        node.set_children(Vec::new());
        node.clear_painter();
        let mut parts = Parts::default();
        match kind {
            ProgressType::Linear => {
                node.set_layout(|a| {
                    a.width = pct(100.0);
                    a.height = Length::Vp(stroke);
                    a.stack_align = Alignment::Start;
                });
                node.set_visual(|v| v.border_radius = [ROUND; 4]);
                let fill = NodeId::create("ProgressFill", NodeKind::Leaf);
                fill.set_layout(|a| a.height = pct(100.0));
                fill.set_visual(|v| v.border_radius = [ROUND; 4]);
                node.append(fill);
                parts.fill = Some(fill);
            }
            ProgressType::Ring => {
                node.set_layout(|a| {
                    a.width = RING.into();
                    a.height = RING.into();
                    a.stack_align = Alignment::Center;
                });
                node.set_visual(|v| v.border_radius = [Length::Vp(0.0); 4]);
                node.set_painter(move |cx| self.paint_ring(cx));
            }
        }
        self.parts.set(parts);
    }

    /// The ring: a track circle and the arc of the value over it, inscribed in the node.
    fn paint_ring(self, cx: &mut PaintCtx<'_>) {
        let (f, fg, bg, stroke) = untrack(|| {
            let f = progress_fraction(self.value.get(), self.total.get()) as f32;
            (f, self.color.get(), self.track.get(), self.stroke.get())
        });
        let (w, h) = cx.size();
        let side = w.min(h);
        let width = cx.vp(stroke).clamp(0.0, side / 2.0);
        let r = (side - width) / 2.0;
        if r <= 0.0 || width <= 0.0 {
            return;
        }
        let (x, y) = (w / 2.0, h / 2.0);
        cx.stroke_path(
            &PathData::circle(x, y, r),
            &StrokeStyle::new(width),
            bg.into(),
        );
        if f > 0.0 {
            let arc = PathData::arc(x, y, r, -90.0, 360.0 * f.min(1.0));
            let style = StrokeStyle::new(width).with_cap(LineCap::Round);
            cx.stroke_path(&arc, &style, fg.into());
        }
    }

    /// `value`, clamped into `0..=total`.
    pub fn value(self, v: impl Into<f64>) -> Self {
        self.value.set(v.into());
        self
    }

    /// `total` (default 100; not positive: 100).
    pub fn total(self, v: impl Into<f64>) -> Self {
        self.total.set(v.into());
        self
    }

    /// `type`: bar or ring. Changing it rebuilds the indicator at that type's default size.
    pub fn progress_type(self, kind: ProgressType) -> Self {
        if untrack(|| self.kind.get()) != kind {
            self.build(kind);
            self.kind.set(kind);
        }
        self
    }

    /// `color`: the filled part (default: brand).
    pub fn color(self, c: Color) -> Self {
        self.color.set(c);
        self
    }

    /// `backgroundColor`: for Progress, ArkUI's name for the track colour.
    pub fn background_color(self, c: Color) -> Self {
        self.track.set(c);
        self
    }

    /// `style`: the stroke width.
    pub fn style(self, style: ProgressStyle) -> Self {
        if let Some(w) = style.stroke_width.filter(|w| w.is_finite() && *w > 0.0) {
            self.stroke.set(w);
            if untrack(|| self.kind.get()) == ProgressType::Linear {
                self.node.set_layout(|a| a.height = Length::Vp(w));
            }
        }
        self
    }
}
