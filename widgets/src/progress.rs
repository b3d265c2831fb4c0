//! `Progress`: how far a task is, as a bar, a ring, an eclipse, a scale ring or a capsule.

use arkui_core::{
    Alignment, Color, Effect, Element, Length, NodeId, NodeKind, PaintCtx, State, Widget, pct,
    untrack,
};

use crate::control::ROUND;
use crate::numeric::{finite_or, progress_fraction, show};
use crate::theme::ThemedColor;

/// ArkUI's `ProgressType`: the five kinds of progress indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ProgressType {
    /// A bar filling from the left (the default).
    #[default]
    Linear,
    /// A ring filling clockwise from twelve o'clock.
    Ring,
    /// A disc lit like a moon, from a crescent to full.
    Eclipse,
    /// Ticks round a circle, lit clockwise from twelve o'clock.
    ScaleRing,
    /// A capsule filling from the left.
    Capsule,
}

/// ArkUI's progress `style` options.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct ProgressStyle {
    /// `strokeWidth` in vp: the bar's height, the ring's width, the scale ring's tick
    /// length, the capsule's border (default 4; the capsule's 1).
    pub stroke_width: Option<f32>,
    /// `scaleCount`: ticks of a ScaleRing (default 120).
    pub scale_count: Option<u32>,
    /// `scaleWidth`: width of a ScaleRing's ticks in vp (default 2).
    pub scale_width: Option<f32>,
}

/// ArkUI's default stroke.
const STROKE: f32 = 4.0;
/// Default diameter of a ring, an eclipse and a scale ring.
const RING: f32 = 48.0;
/// Default height of a capsule.
const CAPSULE: f32 = 28.0;
/// A ScaleRing's default tick count and width (vp).
const SCALE_COUNT: u32 = 120;
const SCALE_WIDTH: f32 = 2.0;

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
    /// ScaleRing ticks: count and width (vp).
    scale: State<(u32, f32)>,
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
            scale: State::new((SCALE_COUNT, SCALE_WIDTH)),
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
                    _ => {
                        node.set_visual(|v| v.background_color = Color::TRANSPARENT);
                        // The painter reads the same states: draw them again.
                        let _ = (f, bg, stroke, p.scale.get());
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
            painted => {
                let (w, h) = if painted == ProgressType::Capsule {
                    (pct(100.0), Length::Vp(CAPSULE))
                } else {
                    (RING.into(), RING.into())
                };
                node.set_layout(|a| {
                    a.width = w;
                    a.height = h;
                    a.stack_align = Alignment::Center;
                });
                node.set_visual(|v| v.border_radius = [Length::Vp(0.0); 4]);
                node.set_painter(move |cx| self.paint(cx, painted));
            }
        }
        self.parts.set(parts);
    }

    /// The painted kinds.
    fn paint(self, cx: &mut PaintCtx<'_>, kind: ProgressType) {
        let (fraction, fg, bg, stroke, (count, width)) = untrack(|| {
            let f = progress_fraction(self.value.get(), self.total.get()) as f32;
            let stroke = self.stroke.get();
            (
                f,
                self.color.get(),
                self.track.get(),
                stroke,
                self.scale.get(),
            )
        });
        let stroke = if kind == ProgressType::Capsule && stroke == STROKE {
            1.0
        } else {
            stroke
        };
        let look = crate::progress_paint::Look {
            fraction,
            fg,
            bg,
            stroke: cx.vp(stroke),
            scale_count: count,
            scale_width: cx.vp(width),
        };
        match kind {
            ProgressType::Eclipse => crate::progress_paint::eclipse(cx, look),
            ProgressType::ScaleRing => crate::progress_paint::scale_ring(cx, look),
            ProgressType::Capsule => crate::progress_paint::capsule(cx, look),
            _ => crate::progress_paint::ring(cx, look),
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

    /// `style`: the stroke width, and a ScaleRing's tick count and width.
    pub fn style(self, style: ProgressStyle) -> Self {
        if let Some(w) = style.stroke_width.filter(|w| w.is_finite() && *w > 0.0) {
            self.stroke.set(w);
            if untrack(|| self.kind.get()) == ProgressType::Linear {
                self.node.set_layout(|a| a.height = Length::Vp(w));
            }
        }
        let (count, width) = untrack(|| self.scale.get());
        let count = style.scale_count.filter(|c| *c >= 2).unwrap_or(count);
        let width = style
            .scale_width
            .filter(|w| w.is_finite() && *w > 0.0)
            .unwrap_or(width);
        self.scale.set((count, width));
        self
    }
}
