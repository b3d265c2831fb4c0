//! `Gauge`: a value on a ring of coloured segments, from a start angle to an end angle.

use arkui_core::draw::{LineCap, PathData, StrokeStyle};
use arkui_core::{Color, Element, Length, NodeId, NodeKind, PaintCtx, Widget};

use crate::handle::component_handle;

/// ArkUI's default ring width, vp.
const STROKE: f32 = 4.0;
/// Size of a gauge given none, vp.
const SIZE: f32 = 120.0;

/// What a gauge draws from, kept in its node.
#[derive(Clone, Debug, PartialEq)]
struct GaugeLook {
    value: f64,
    min: f64,
    max: f64,
    /// Degrees, 0 at twelve o'clock, clockwise (ArkUI's convention).
    start: f32,
    end: f32,
    /// Segment colours and weights, in order along the ring.
    colors: Vec<(Color, f32)>,
    /// Ring width, vp.
    stroke: f32,
    indicator: bool,
}

impl Default for GaugeLook {
    fn default() -> Self {
        GaugeLook {
            value: 0.0,
            min: 0.0,
            max: 100.0,
            start: 0.0,
            end: 360.0,
            colors: vec![(Color::from_rgb(0x007DFF), 1.0)],
            stroke: STROKE,
            indicator: true,
        }
    }
}

impl GaugeLook {
    /// The value's place between min and max, 0..=1 (a range that is empty or not finite
    /// counts as 0..100, as ArkUI's defaults).
    fn fraction(&self) -> f32 {
        let (min, max) = if self.min.is_finite() && self.max.is_finite() && self.max > self.min {
            (self.min, self.max)
        } else {
            (0.0, 100.0)
        };
        let v = if self.value.is_finite() {
            self.value
        } else {
            min
        };
        ((v - min) / (max - min)).clamp(0.0, 1.0) as f32
    }

    /// The sweep in degrees: from start to end clockwise, a full turn when they meet.
    fn sweep(&self) -> (f32, f32) {
        let s = if self.start.is_finite() {
            self.start
        } else {
            0.0
        };
        let e = if self.end.is_finite() {
            self.end
        } else {
            360.0
        };
        let mut sweep = (e - s).rem_euclid(360.0);
        if sweep < 1e-3 {
            sweep = 360.0;
        }
        (s, sweep)
    }
}

fn paint(cx: &mut PaintCtx<'_>) {
    let Some(g) = cx.extension::<GaugeLook>().cloned() else {
        return;
    };
    let (w, h) = cx.size();
    let width = cx.vp(g.stroke.max(0.0)).min(w.min(h) / 4.0);
    let r = w.min(h) / 2.0 - width / 2.0 - width * 0.5;
    if r <= 0.0 || width <= 0.0 {
        return;
    }
    let (x, y) = (w / 2.0, h / 2.0);
    let (start, sweep) = g.sweep();
    // Ours measures from three o'clock; ArkUI's from twelve.
    let from = start - 90.0;
    let colors: Vec<(Color, f32)> = g
        .colors
        .iter()
        .filter(|(_, wt)| wt.is_finite() && *wt > 0.0)
        .copied()
        .collect();
    let total: f32 = colors.iter().map(|c| c.1).sum();
    let mut at = from;
    let butt = StrokeStyle::new(width).with_cap(LineCap::Butt);
    for (color, weight) in &colors {
        let part = sweep * weight / total;
        cx.stroke_path(&PathData::arc(x, y, r, at, part), &butt, (*color).into());
        at += part;
    }
    // A ring that does not close gets round ends, each in its segment's colour.
    if sweep < 360.0
        && let (Some(first), Some(last)) = (colors.first(), colors.last())
    {
        for (deg, color) in [(from, first.0), (from + sweep, last.0)] {
            let a = deg.to_radians();
            let dot = PathData::circle(x + r * a.cos(), y + r * a.sin(), width / 2.0);
            cx.fill_path(&dot, arkui_core::draw::FillRule::NonZero, color.into());
        }
    }
    if g.indicator {
        let a = (from + sweep * g.fraction()).to_radians();
        let (px, py) = (x + r * a.cos(), y + r * a.sin());
        let knob = width * 0.9;
        cx.fill_path(
            &PathData::circle(px, py, knob),
            arkui_core::draw::FillRule::NonZero,
            Color::WHITE.into(),
        );
        cx.stroke_path(
            &PathData::circle(px, py, knob),
            &StrokeStyle::new((width * 0.35).max(1.0)),
            Color::from_argb(0xE500_0000).into(),
        );
    }
}

component_handle!(
    /// ArkUI's `Gauge`: `value` between `min` and `max` (default 0..100) shown by a knob on a
    /// ring from `start_angle` to `end_angle` (degrees, 0 at twelve o'clock, clockwise;
    /// default a full turn), the ring drawn in coloured segments sized by their weights.
    /// With no size set it is 120 vp square.
    ///
    /// ```
    /// use arkui_core::{App, Color, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::Gauge;
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     Gauge::new(75.0)
    ///         .start_angle(210.0)
    ///         .end_angle(150.0)
    ///         .colors(vec![(Color::GREEN, 1.0), (Color::ORANGE, 1.0), (Color::RED, 1.0)])
    ///         .id("g")
    /// });
    /// let attrs = &app.inspector_by_id("g").unwrap()["$attrs"];
    /// assert_eq!(attrs["value"], "75");
    /// assert_eq!(attrs["startAngle"], "210");
    /// ```
    Gauge
);

impl Element<()> for Gauge {
    fn create(_: ()) -> Gauge {
        let node = NodeId::create("Gauge", NodeKind::Leaf);
        node.set_content_size(Some((Length::Vp(SIZE), Length::Vp(SIZE))));
        node.set_extension(GaugeLook::default());
        node.set_painter(paint);
        let g = Gauge(node);
        g.attrs();
        g
    }

    fn update(self, _: ()) {}
}

impl Default for Gauge {
    fn default() -> Self {
        Gauge::create(())
    }
}

impl Gauge {
    /// A gauge at `value` out of 0..100.
    pub fn new(value: f64) -> Gauge {
        Gauge::default().value(value)
    }

    fn edit(self, f: impl FnOnce(&mut GaugeLook)) -> Self {
        let changed = self.0.update_extension(|g: &mut GaugeLook| {
            let before = g.clone();
            f(g);
            *g != before
        });
        if changed == Some(true) {
            self.0.invalidate_paint();
            self.attrs();
        }
        self
    }

    fn attrs(self) {
        if let Some(g) = self.0.extension::<GaugeLook>() {
            let n = self.node();
            n.set_inspector_attr("value", crate::numeric::show(g.value));
            n.set_inspector_attr("min", crate::numeric::show(g.min));
            n.set_inspector_attr("max", crate::numeric::show(g.max));
            n.set_inspector_attr("startAngle", crate::numeric::show(f64::from(g.start)));
            n.set_inspector_attr("endAngle", crate::numeric::show(f64::from(g.end)));
            n.set_inspector_attr("strokeWidth", format!("{}vp", g.stroke));
        }
    }

    /// `value`.
    pub fn value(self, v: f64) -> Self {
        self.edit(|g| g.value = v)
    }

    /// `min` and `max` (an empty or reversed range counts as 0..100).
    pub fn range(self, min: f64, max: f64) -> Self {
        self.edit(|g| {
            g.min = min;
            g.max = max;
        })
    }

    /// `startAngle`, degrees from twelve o'clock, clockwise (default 0).
    pub fn start_angle(self, deg: f32) -> Self {
        self.edit(|g| g.start = deg)
    }

    /// `endAngle` (default 360).
    pub fn end_angle(self, deg: f32) -> Self {
        self.edit(|g| g.end = deg)
    }

    /// `colors`: segments as (colour, weight), in order along the ring; non-positive
    /// weights are skipped.
    pub fn colors(self, colors: Vec<(Color, f32)>) -> Self {
        self.edit(|g| g.colors = colors)
    }

    /// `strokeWidth`, vp (default 4).
    pub fn stroke_width(self, w: f32) -> Self {
        if w.is_finite() && w > 0.0 {
            self.edit(|g| g.stroke = w)
        } else {
            self
        }
    }

    /// Show the knob at the value (default on).
    pub fn indicator(self, on: bool) -> Self {
        self.edit(|g| g.indicator = on)
    }
}
