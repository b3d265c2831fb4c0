//! `Progress`: how far a task is, as a bar or a ring.

use arkui_core::{
    Alignment, Color, Effect, Element, Length, NodeId, NodeKind, State, Widget, pct, untrack,
};

use crate::control::ROUND;
use crate::numeric::{finite_or, progress_fraction, show};
use crate::ring;
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
/// Dots drawing a ring's arc: enough to look continuous up to about 60 vp with the default
/// stroke; larger rings show segments.
const RING_DOTS: usize = 64;

/// The nodes of the current type.
#[derive(Clone, Debug, Default)]
struct Parts {
    /// Linear: the filled part.
    fill: Option<NodeId>,
    /// Ring: the track circle.
    track: Option<NodeId>,
    /// Ring: the arc.
    dots: Vec<NodeId>,
}

/// A progress indicator, ArkUI's `Progress`: `value` out of `total` (default 100), as a
/// bar or a ring. A total that is not positive is 100; the value is clamped into
/// `0..=total` (NaN is 0).
///
/// The ring is drawn as a smooth track circle with the arc made of round segments.
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
                        if let Some(track) = parts.track {
                            track.set_layout(|a| a.border_width = Length::Vp(stroke).into());
                            track.set_visual(|v| v.border_color = bg);
                        }
                        let lit = (f * parts.dots.len() as f64).round() as usize;
                        for (i, d) in parts.dots.iter().enumerate() {
                            let c = if i < lit { fg } else { Color::TRANSPARENT };
                            d.set_visual(|v| v.background_color = c);
                        }
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
                let track = NodeId::create("ProgressTrack", NodeKind::Leaf);
                track.set_layout(|a| {
                    a.width = pct(100.0);
                    a.height = pct(100.0);
                });
                track.set_visual(|v| v.border_radius = [ROUND; 4]);
                node.append(track);
                parts.track = Some(track);
                parts.dots = ring::dots(node, RING_DOTS, stroke);
            }
        }
        self.parts.set(parts);
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
            let (kind, parts) = untrack(|| (self.kind.get(), self.parts.get()));
            match kind {
                ProgressType::Linear => self.node.set_layout(|a| a.height = Length::Vp(w)),
                ProgressType::Ring => ring::place(&parts.dots, w),
            }
        }
        self
    }
}
