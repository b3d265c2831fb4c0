//! The round or square box Checkbox, CheckboxGroup and Radio draw: an outline when off, a
//! filled box with a mark (tick, bar or dot) when on.

use arkui_core::{Color, Length, LengthExt, NodeId, NodeKind, Visibility, pct, untrack};

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

/// The nodes of one box.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SelectBox {
    pub(crate) node: NodeId,
    tick: NodeId,
    bar: NodeId,
    dot: NodeId,
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
        // A glyph keeps the tick crisp at every density without a path primitive.
        let tick = NodeId::create("Text", NodeKind::Text);
        tick.set_text(|t| {
            t.content = "\u{2713}".into();
            t.font_size = Length::Vp(BOX_SIZE * 0.7);
        });
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
        for part in [tick, bar, dot] {
            part.set_layout(|a| a.visibility = Visibility::Hidden);
            node.append(part);
        }
        SelectBox {
            node,
            tick,
            bar,
            dot,
        }
    }

    /// Square corners with this radius instead of a circle (`CheckBoxShape.ROUNDED_SQUARE`).
    pub(crate) fn set_radius(self, radius: Length) {
        self.node.set_visual(|v| v.border_radius = [radius; 4]);
    }

    /// The tick's size.
    pub(crate) fn set_mark_size(self, size: Length) {
        self.tick.set_text(|t| t.font_size = size);
    }

    /// Draw `mark` (or the outline for [`Mark::None`]) in `colors`.
    pub(crate) fn show(self, mark: Mark, colors: BoxColors) {
        untrack(|| {
            let on = mark != Mark::None;
            self.node.set_visual(|v| {
                v.background_color = if on { colors.on } else { Color::TRANSPARENT };
                v.border_color = if on { colors.on } else { colors.off };
            });
            for (part, kind) in [
                (self.tick, Mark::Tick),
                (self.bar, Mark::Bar),
                (self.dot, Mark::Dot),
            ] {
                let shown = mark == kind;
                part.set_layout(|a| {
                    a.visibility = if shown {
                        Visibility::Visible
                    } else {
                        Visibility::Hidden
                    }
                });
                if kind == Mark::Tick {
                    part.set_text(|t| t.font_color = colors.mark);
                } else {
                    part.set_visual(|v| v.background_color = colors.mark);
                }
            }
        });
    }
}
