//! The round or square box Checkbox, CheckboxGroup and Radio draw: an outline when off, a
//! filled box with a mark (tick, bar or dot) when on.

use arkui_core::draw::{LineCap, LineJoin, PathData, Point, StrokeStyle};
use arkui_core::{Color, Length, LengthExt, NodeId, NodeKind, PaintCtx, Visibility, pct, untrack};

use crate::control::ROUND;

/// What the box shows inside when on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mark {
    /// Off: outline only.
    None,
    /// A tick (selected checkbox, tick radio).
    Tick,
    /// A horizontal bar (a partly selected group).
    Bar,
    /// A dot (dot radio).
    Dot,
}

/// ArkUI's default size of checkboxes and radios.
pub(crate) const BOX_SIZE: f32 = 20.0;
/// Outline width when off.
const OUTLINE: f32 = 1.5;

/// How the tick is painted.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Tick {
    shown: bool,
    color: Color,
    /// The side of the square the tick is drawn in, centred in the box.
    size: Length,
}

/// The tick's corners, in its square: short stroke down, long stroke up.
const TICK: [(f32, f32); 3] = [(0.22, 0.52), (0.43, 0.72), (0.8, 0.3)];
/// Stroke width as a share of the tick's square (2 vp in the default 14 vp square, as
/// ArkUI's `mark.strokeWidth` default).
const TICK_STROKE: f32 = 2.0 / 14.0;

/// The nodes of one box; the tick's look is kept in the box node.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SelectBox {
    pub(crate) node: NodeId,
    bar: NodeId,
    dot: NodeId,
}

fn paint_tick(cx: &mut PaintCtx<'_>) {
    let Some(tick) = cx.extension::<Tick>().copied().filter(|t| t.shown) else {
        return;
    };
    let (w, h) = cx.size();
    let side = cx.length(tick.size, w.min(h));
    if !(side.is_finite() && side > 0.0) {
        return;
    }
    let (x0, y0) = ((w - side) / 2.0, (h - side) / 2.0);
    let points = TICK.map(|(x, y)| Point::new(x0 + x * side, y0 + y * side));
    let style = StrokeStyle::new(side * TICK_STROKE)
        .with_cap(LineCap::Round)
        .with_join(LineJoin::Round);
    cx.stroke_path(&PathData::polyline(&points), &style, tick.color.into());
}

/// The colours a box is drawn with.
#[derive(Clone, Copy, Debug)]
pub(crate) struct BoxColors {
    /// Fill and outline when on.
    pub(crate) on: Color,
    /// Outline when off.
    pub(crate) off: Color,
    /// The mark.
    pub(crate) mark: Color,
}

impl SelectBox {
    /// A box whose inspector type is `tag`.
    pub(crate) fn new(tag: &'static str) -> SelectBox {
        let node = NodeId::create(tag, NodeKind::Stack);
        node.set_layout(|a| {
            a.width = BOX_SIZE.into();
            a.height = BOX_SIZE.into();
            a.border_width = Length::Vp(OUTLINE).into();
            a.flex_shrink = Some(0.0);
        });
        node.set_visual(|v| v.border_radius = [ROUND; 4]);
        // The tick is painted as a path: crisp at every density, whatever the fonts.
        node.set_extension(Tick {
            shown: false,
            color: Color::TRANSPARENT,
            size: Length::Vp(BOX_SIZE * 0.7),
        });
        node.set_painter(paint_tick);
        let bar = NodeId::create("CheckboxBar", NodeKind::Leaf);
        bar.set_layout(|a| {
            a.width = pct(50.0);
            a.height = 2.vp();
        });
        bar.set_visual(|v| v.border_radius = [ROUND; 4]);
        let dot = NodeId::create("RadioDot", NodeKind::Leaf);
        dot.set_layout(|a| {
            a.width = pct(45.0);
            a.height = pct(45.0);
        });
        dot.set_visual(|v| v.border_radius = [ROUND; 4]);
        for part in [bar, dot] {
            part.set_layout(|a| a.visibility = Visibility::Hidden);
            node.append(part);
        }
        SelectBox { node, bar, dot }
    }

    /// Square corners with this radius instead of a circle (`CheckBoxShape.ROUNDED_SQUARE`).
    pub(crate) fn set_radius(self, radius: Length) {
        self.node.set_visual(|v| v.border_radius = [radius; 4]);
    }

    /// The tick's size.
    pub(crate) fn set_mark_size(self, size: Length) {
        self.update_tick(|t| t.size = size);
    }

    fn update_tick(self, f: impl FnOnce(&mut Tick)) {
        let changed = self.node.update_extension(|t: &mut Tick| {
            let before = *t;
            f(t);
            *t != before
        });
        if changed == Some(true) {
            self.node.invalidate_paint();
        }
    }

    /// Draw `mark` (or the outline for [`Mark::None`]) in `colors`.
    pub(crate) fn show(self, mark: Mark, colors: BoxColors) {
        untrack(|| {
            let on = mark != Mark::None;
            self.node.set_visual(|v| {
                v.background_color = if on { colors.on } else { Color::TRANSPARENT };
                v.border_color = if on { colors.on } else { colors.off };
            });
            self.update_tick(|t| (t.shown, t.color) = (mark == Mark::Tick, colors.mark));
            for (part, kind) in [(self.bar, Mark::Bar), (self.dot, Mark::Dot)] {
                let shown = mark == kind;
                part.set_layout(|a| {
                    a.visibility = if shown {
                        Visibility::Visible
                    } else {
                        Visibility::Hidden
                    }
                });
                part.set_visual(|v| v.background_color = colors.mark);
            }
        });
    }
}
