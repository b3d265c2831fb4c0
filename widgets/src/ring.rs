//! Dots around a circle, placed in percent of their parent so the ring follows whatever
//! size the parent is laid out at: LoadingProgress's ring of fading dots. (Progress's ring is
//! painted as an arc through a `PaintCtx`.)
//!
//! The dots are in-flow children of a Stack aligned top-left, moved by `offset`: absolutely
//! positioned (`position`) nodes get empty rects while layout snaps to pixels.

use arkui_core::{Alignment, Edges, Length, NodeId, NodeKind, Positioning, pct};

use crate::control::ROUND;

/// `count` dots of `dot` vp, the first at twelve o'clock, going clockwise, appended to
/// `parent` (a square Stack, which they align top-left).
pub(crate) fn dots(parent: NodeId, count: usize, dot: f32) -> Vec<NodeId> {
    parent.set_layout(|a| a.stack_align = Alignment::TopStart);
    let dots: Vec<NodeId> = (0..count)
        .map(|_| {
            let d = NodeId::create("RingSegment", NodeKind::Leaf);
            d.set_visual(|v| v.border_radius = [ROUND; 4]);
            parent.append(d);
            d
        })
        .collect();
    place(&dots, dot);
    dots
}

/// Size and place `dots` (of `dot` vp) evenly around the parent's inscribed circle, their
/// centres on the circle of radius `50% - dot / 2`.
pub(crate) fn place(dots: &[NodeId], dot: f32) {
    let n = dots.len().max(1) as f32;
    for (i, d) in dots.iter().enumerate() {
        let angle = std::f32::consts::TAU * i as f32 / n;
        let (sin, cos) = angle.sin_cos();
        // centre = 50% + (50% - dot/2)·sin: the percent part goes in the position and the
        // vp part in the margin, since a length has one unit.
        let (fx, fy) = (1.0 + sin, 1.0 - cos);
        d.set_layout(|a| {
            a.width = Length::Vp(dot);
            a.height = Length::Vp(dot);
            a.positioning = Positioning::Offset {
                x: pct(50.0 * fx),
                y: pct(50.0 * fy),
            };
            a.margin = Edges {
                left: Length::Vp(-dot / 2.0 * fx),
                top: Length::Vp(-dot / 2.0 * fy),
                right: Length::Vp(0.0),
                bottom: Length::Vp(0.0),
            };
        });
    }
}
