//! `DataPanel`: several values as consecutive segments of a ring or a bar, each in its own
//! gradient, over a track.

use arkui_core::draw::{
    Brush, CornerRadii, Gradient, GradientKind, GradientStop, LineCap, PathData, Point, Rect,
    Spread, StrokeStyle,
};
use arkui_core::{Color, Element, Length, NodeId, NodeKind, PaintCtx, Widget};

use crate::handle::component_handle;

/// ArkUI's limit on the values one panel shows.
pub const MAX_DATA_PANEL_VALUES: usize = 9;
/// ArkUI's default ring width, vp.
const STROKE: f32 = 24.0;
/// Size of a circular panel given none, vp.
const SIZE: f32 = 120.0;

/// ArkUI's `DataPanelType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum DataPanelType {
    /// A ring from twelve o'clock, clockwise (the default).
    #[default]
    Circle,
    /// A bar from the left.
    Line,
}

/// ArkUI's default segment gradients (start and end colour of each of the nine values).
const DEFAULT_COLORS: [(u32, u32); 9] = [
    (0xF7CE00, 0xF99B11),
    (0xF76223, 0xF2400A),
    (0xF772AC, 0xE65392),
    (0xA575EB, 0xA12DF7),
    (0x7B79F7, 0x4B48F7),
    (0x4B8AF3, 0x335DEB),
    (0x73C1E6, 0x4FB4E3),
    (0xA5D61D, 0x69D14F),
    (0xA2A2B0, 0x8E8E93),
];

#[derive(Clone, Debug, PartialEq)]
struct PanelLook {
    values: Vec<f64>,
    max: f64,
    kind: DataPanelType,
    colors: Option<Vec<(Color, Color)>>,
    track: Color,
    stroke: f32,
}

impl PanelLook {
    /// Each value's share of the whole, in order (negative and non-finite values are 0;
    /// a max that is not positive is the values' sum; at most 9 values, and the shares add
    /// up to at most 1).
    fn shares(&self) -> Vec<f32> {
        let values: Vec<f64> = self
            .values
            .iter()
            .take(MAX_DATA_PANEL_VALUES)
            .map(|v| if v.is_finite() { v.max(0.0) } else { 0.0 })
            .collect();
        let sum: f64 = values.iter().sum();
        let max = if self.max.is_finite() && self.max > 0.0 {
            self.max
        } else {
            sum
        };
        if max <= 0.0 {
            return vec![0.0; values.len()];
        }
        let mut left = 1.0f64;
        values
            .iter()
            .map(|v| {
                let s = (v / max).min(left);
                left -= s;
                s as f32
            })
            .collect()
    }

    fn color(&self, i: usize) -> (Color, Color) {
        match &self.colors {
            Some(c) if !c.is_empty() => c[i % c.len()],
            _ => {
                let (a, b) = DEFAULT_COLORS[i % DEFAULT_COLORS.len()];
                (Color::from_rgb(a), Color::from_rgb(b))
            }
        }
    }
}

fn paint(cx: &mut PaintCtx<'_>) {
    let Some(p) = cx.extension::<PanelLook>().cloned() else {
        return;
    };
    let (w, h) = cx.size();
    let shares = p.shares();
    match p.kind {
        DataPanelType::Circle => {
            let width = cx.vp(p.stroke).min(w.min(h) / 2.0);
            let r = (w.min(h) - width) / 2.0;
            if r <= 0.0 || width <= 0.0 {
                return;
            }
            let (x, y) = (w / 2.0, h / 2.0);
            cx.stroke_path(
                &PathData::circle(x, y, r),
                &StrokeStyle::new(width),
                p.track.into(),
            );
            let mut at = -90.0f32;
            for (i, share) in shares.iter().enumerate() {
                let sweep = 360.0 * share;
                if sweep <= 0.0 {
                    continue;
                }
                let (c0, c1) = p.color(i);
                let brush = Brush::Gradient(Gradient {
                    kind: GradientKind::Sweep {
                        center: Point::new(x, y),
                        start_angle: at.rem_euclid(360.0),
                        end_angle: at.rem_euclid(360.0) + sweep,
                    },
                    stops: vec![GradientStop::new(0.0, c0), GradientStop::new(1.0, c1)],
                    spread: Spread::Pad,
                });
                let style = StrokeStyle::new(width).with_cap(LineCap::Butt);
                cx.stroke_path(&PathData::arc(x, y, r, at, sweep), &style, brush);
                at += sweep;
            }
        }
        DataPanelType::Line => {
            if w <= 0.0 || h <= 0.0 {
                return;
            }
            let bounds = Rect::new(0.0, 0.0, w, h);
            let radii = CornerRadii::uniform(h / 2.0);
            cx.fill_rounded_rect(bounds, radii, p.track);
            cx.push_rounded_clip(bounds, radii);
            let mut at = 0.0f32;
            for (i, share) in shares.iter().enumerate() {
                let len = w * share;
                if len <= 0.0 {
                    continue;
                }
                let (c0, c1) = p.color(i);
                let g = Gradient::linear(Point::new(at, 0.0), Point::new(at + len, 0.0), c0, c1);
                cx.fill_gradient(Rect::new(at, 0.0, len, h), CornerRadii::default(), g);
                at += len;
            }
            cx.pop_clip();
        }
    }
}

component_handle!(
    /// ArkUI's `DataPanel`: up to nine `values` as consecutive segments of a ring (the
    /// default) or a bar, each its share of `max` (default 100; not positive: the values'
    /// sum), each in its own gradient (ArkUI's nine by default), over a track. A circle with
    /// no size set is 120 vp square.
    ///
    /// ```
    /// use arkui_core::{App, CommonAttribute, DeviceProfile};
    /// use arkui_widgets::{DataPanel, DataPanelType};
    /// let mut app = App::with_view(DeviceProfile::iot(), || {
    ///     DataPanel::new(vec![20.0, 30.0, 10.0]).panel_type(DataPanelType::Line).id("d")
    /// });
    /// let attrs = &app.inspector_by_id("d").unwrap()["$attrs"];
    /// assert_eq!(attrs["values"], "[20, 30, 10]");
    /// assert_eq!(attrs["type"], "DataPanelType.Line");
    /// ```
    DataPanel
);

impl Element<()> for DataPanel {
    fn create(_: ()) -> DataPanel {
        let node = NodeId::create("DataPanel", NodeKind::Leaf);
        node.set_extension(PanelLook {
            values: Vec::new(),
            max: 100.0,
            kind: DataPanelType::Circle,
            colors: None,
            track: Color::from_argb(0x0818_2431),
            stroke: STROKE,
        });
        node.set_content_size(Some((Length::Vp(SIZE), Length::Vp(SIZE))));
        node.set_painter(paint);
        let d = DataPanel(node);
        d.attrs();
        d
    }

    fn update(self, _: ()) {}
}

impl Default for DataPanel {
    fn default() -> Self {
        DataPanel::create(())
    }
}

impl DataPanel {
    /// A circular panel of `values` out of 100.
    pub fn new(values: Vec<f64>) -> DataPanel {
        DataPanel::default().values(values)
    }

    fn edit(self, f: impl FnOnce(&mut PanelLook)) -> Self {
        let changed = self.0.update_extension(|p: &mut PanelLook| {
            let before = p.clone();
            f(p);
            *p != before
        });
        if changed == Some(true) {
            self.0.invalidate_paint();
            self.attrs();
        }
        self
    }

    fn attrs(self) {
        if let Some(p) = self.0.extension::<PanelLook>() {
            let n = self.node();
            let values: Vec<String> = p.values.iter().map(|v| crate::numeric::show(*v)).collect();
            n.set_inspector_attr("values", format!("[{}]", values.join(", ")));
            n.set_inspector_attr("max", crate::numeric::show(p.max));
            n.set_inspector_attr("type", format!("DataPanelType.{:?}", p.kind));
        }
    }

    /// `values` (at most nine are shown).
    pub fn values(self, values: Vec<f64>) -> Self {
        if values.len() > MAX_DATA_PANEL_VALUES {
            log::warn!(
                "DataPanel shows at most {MAX_DATA_PANEL_VALUES} values; {} given, the rest are ignored",
                values.len()
            );
        }
        self.edit(|p| p.values = values)
    }

    /// `max` (default 100; not positive: the values' sum).
    pub fn max(self, max: f64) -> Self {
        self.edit(|p| p.max = max)
    }

    /// `type`: ring or bar. A bar with no size set takes the width and 20 vp of height.
    pub fn panel_type(self, kind: DataPanelType) -> Self {
        let size = match kind {
            DataPanelType::Circle => (Length::Vp(SIZE), Length::Vp(SIZE)),
            DataPanelType::Line => (Length::Vp(SIZE * 2.0), Length::Vp(20.0)),
        };
        self.0.set_content_size(Some(size));
        self.edit(|p| p.kind = kind)
    }

    /// `valueColors`: a gradient (start, end) per value, repeated when fewer.
    pub fn value_colors(self, colors: Vec<(Color, Color)>) -> Self {
        self.edit(|p| p.colors = Some(colors))
    }

    /// `trackBackgroundColor`.
    pub fn track_background_color(self, c: Color) -> Self {
        self.edit(|p| p.track = c)
    }

    /// `strokeWidth` of the ring, vp (default 24).
    pub fn stroke_width(self, w: f32) -> Self {
        if w.is_finite() && w > 0.0 {
            self.edit(|p| p.stroke = w)
        } else {
            self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn look(values: Vec<f64>, max: f64) -> PanelLook {
        PanelLook {
            values,
            max,
            kind: DataPanelType::Circle,
            colors: None,
            track: Color::TRANSPARENT,
            stroke: STROKE,
        }
    }

    #[test]
    fn shares_follow_arkui_rules() {
        assert_eq!(look(vec![25.0, 25.0], 100.0).shares(), vec![0.25, 0.25]);
        // A max that is not positive: the sum.
        assert_eq!(look(vec![1.0, 3.0], 0.0).shares(), vec![0.25, 0.75]);
        // Never more than the whole; bad values are 0.
        assert_eq!(
            look(vec![80.0, 80.0, f64::NAN], 100.0).shares(),
            vec![0.8, 0.2, 0.0]
        );
        assert_eq!(
            look(vec![1.0; 12], 0.0).shares().len(),
            MAX_DATA_PANEL_VALUES
        );
    }
}
